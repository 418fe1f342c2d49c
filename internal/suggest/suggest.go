// Package suggest finds what an unknown word was probably meant to be: the
// one "did you mean" of eis, for commands, flags, flag values, catalogue IDs
// and keys, and config keys alike. It knows nothing of where the words come
// from and returns candidates, never sentences.
//
// A candidate is suggested for a word when, compared without regard to case,
//
//  1. it is the word in another case ("Plan" → "plan");
//  2. it is at most Limit(word) edits away, counting a swap of two
//     neighbouring letters as one edit (optimal string alignment distance,
//     in runes): "lst" → "list", "anwsers" → "answers";
//  3. the word (two runes or more) starts the candidate or one of its parts
//     after a '-', '_', '.', '/' or space: "dk" → "dk-central",
//     "financ" → "finance", "hampshire" → "uk-hampshire".
//
// Only the best of these are suggested — the word in another case, else the
// fewest edits, else the parts — in sorted order: a candidate one edit away
// is what was meant, not another two edits away. The word itself and empty
// candidates are never suggested.
//
// An Index is built once for a set of candidates and searches each distinct
// word once (look-ups are remembered). A search does not compare the word
// with every candidate: candidates one edit away share a one-rune deletion
// with it, and candidates two edits away share a deletion of at most two
// runes, so indexes of those deletions find them directly. A file with
// thousands of unknown references thus costs time linear in its size.
package suggest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Limit is how many edits away a candidate may be from word to be
// suggested: none for a single rune, one for two or three runes, two for
// longer words (a typo, not another word).
func Limit(word string) int {
	switch n := utf8.RuneCountInString(word); {
	case n <= 1:
		return 0
	case n <= 3:
		return 1
	default:
		return 2
	}
}

// For returns up to n candidates suggested for word, sorted. It builds
// an index for one look-up; use New for many.
func For(word string, candidates []string, n int) []string {
	return New(candidates).Lookup(word, n)
}

// Index answers look-ups against one set of candidates. It is safe for
// concurrent use.
type Index struct {
	cands []cand // sorted by s, so an index orders as its candidate does

	once   sync.Once
	starts []part    // every part start of every candidate, sorted
	lens   []bool    // lens[n]: some candidate has n runes
	dels1  delTable  // every candidate, whole and less one rune
	once2  sync.Once // builds dels2 and long
	dels2  delTable  // short candidates less two runes
	long   []int32   // candidates too long for dels2, by length

	mu   sync.Mutex
	memo map[memoKey][]string

	// del2Max is maxDel2 (tests lower it); compared counts the candidates
	// compared with a word by distance (tests read it).
	del2Max  int
	compared atomic.Int64
}

type cand struct {
	s     string   // as given
	lower []rune   // lower-cased
	h     []uint64 // prefix hashes of lower
	p     []uint64 // powers of the hash base, up to len(lower) at least
}

// part is where a part of a candidate starts.
type part struct{ i, at int32 }

// delTable finds the candidates under the hash of one of their deletions.
type delTable struct {
	// ents are hash<<32 | candidate, sorted.
	ents []uint64
	// dir[b] is the first entry whose hash's top bits are b (or more).
	dir   []uint32
	shift uint
}

// add records candidate i under hash h.
func (t *delTable) add(h uint32, i int32) { t.ents = append(t.ents, uint64(h)<<32|uint64(uint32(i))) }

// seal sorts the entries and builds the directory.
func (t *delTable) seal() {
	slices.Sort(t.ents)
	bits := uint(1)
	for 2<<bits < len(t.ents) && bits < 24 {
		bits++
	}
	t.shift = 32 - bits
	t.dir = make([]uint32, 1<<bits+1)
	b := 0
	for k, e := range t.ents {
		for hb := int(uint32(e>>32) >> t.shift); b <= hb; b++ {
			t.dir[b] = uint32(k)
		}
	}
	for ; b < len(t.dir); b++ {
		t.dir[b] = uint32(len(t.ents))
	}
}

// each calls f with every candidate under hash h.
func (t *delTable) each(h uint32, f func(i int32)) {
	if t.dir == nil {
		return
	}
	b := h >> t.shift
	for k := t.dir[b]; k < t.dir[b+1]; k++ {
		if e := t.ents[k]; uint32(e>>32) == h {
			f(int32(uint32(e)))
		}
	}
}

type memoKey struct {
	word string
	n    int
}

// maxDel2 bounds the runes of a candidate in the two-deletion index
// (which holds about n²/2 entries for a candidate of n runes); longer
// candidates are compared one by one.
const maxDel2 = 48

// New indexes candidates (duplicates and empty strings are dropped). The
// indexes proper are built by the first look-ups that need them.
func New(candidates []string) *Index {
	seen := make(map[string]bool, len(candidates))
	ix := &Index{del2Max: maxDel2}
	for _, c := range candidates {
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		ix.cands = append(ix.cands, cand{s: c, lower: []rune(strings.ToLower(c))})
	}
	slices.SortFunc(ix.cands, func(a, b cand) int { return strings.Compare(a.s, b.s) })
	return ix
}

// Len is the number of distinct candidates.
func (ix *Index) Len() int { return len(ix.cands) }

// Lookup returns up to n candidates suggested for word, sorted (see the
// package doc); nil when none is near or n ≤ 0.
func (ix *Index) Lookup(word string, n int) []string {
	if n <= 0 || word == "" || len(ix.cands) == 0 {
		return nil
	}
	key := memoKey{word, n}
	ix.mu.Lock()
	got, ok := ix.memo[key]
	ix.mu.Unlock()
	if !ok {
		got = ix.search(word, n)
		ix.mu.Lock()
		if ix.memo == nil {
			ix.memo = map[memoKey][]string{}
		}
		ix.memo[key] = got
		ix.mu.Unlock()
	}
	return slices.Clone(got)
}

func (ix *Index) build() {
	for i := range ix.cands {
		c := &ix.cands[i]
		c.h = prefixHashes(c.lower)
		c.p = powers(len(c.lower))
		for len(ix.lens) <= len(c.lower) {
			ix.lens = append(ix.lens, false)
		}
		ix.lens[len(c.lower)] = true
		for at := range c.lower {
			if at == 0 || isSep(c.lower[at-1]) {
				ix.starts = append(ix.starts, part{int32(i), int32(at)})
			}
		}
		ix.dels1.add(hashDel(c.h, c.p, -1, -1), int32(i))
		for d := range c.lower {
			ix.dels1.add(hashDel(c.h, c.p, d, -1), int32(i))
		}
	}
	slices.SortFunc(ix.starts, func(a, b part) int {
		return cmp.Or(slices.Compare(ix.cands[a.i].lower[a.at:], ix.cands[b.i].lower[b.at:]), cmp.Compare(a.i, b.i))
	})
	ix.dels1.seal()
}

func (ix *Index) build2() {
	for i := range ix.cands {
		c := &ix.cands[i]
		if len(c.lower) > ix.del2Max {
			ix.long = append(ix.long, int32(i))
			continue
		}
		for d := range c.lower {
			for e := d + 1; e < len(c.lower); e++ {
				ix.dels2.add(hashDel(c.h, c.p, d, e), int32(i))
			}
		}
	}
	ix.dels2.seal()
	slices.SortFunc(ix.long, func(a, b int32) int { return cmp.Compare(len(ix.cands[a].lower), len(ix.cands[b].lower)) })
}

// isSep reports whether r separates the parts of a name.
func isSep(r rune) bool {
	switch r {
	case '-', '_', '.', '/', ' ':
		return true
	}
	return false
}

// search finds the suggestions for word. Ranks: 0 the word in another
// case, 1…Limit the edits, Limit+1 a part the word starts.
func (ix *Index) search(word string, n int) []string {
	ix.once.Do(ix.build)
	w := []rune(strings.ToLower(word))
	wh := prefixHashes(w)
	p := powers(len(w))
	// has reports whether some candidate has n runes: probes for a
	// deletion that only a candidate of another length could share are
	// left out.
	has := func(n int) bool { return n >= 0 && n < len(ix.lens) && ix.lens[n] }
	limit := Limit(word)
	var sc rows
	defer func() { ix.compared.Add(sc.calls) }()
	rank := map[int32]int{}
	note := func(i int32, r int) {
		if ix.cands[i].s == word {
			return
		}
		if old, ok := rank[i]; !ok || r < old {
			rank[i] = r
		}
	}
	// verify notes the candidates under hash h in t that are within max
	// edits of the word.
	verify := func(t *delTable, h uint32, max int) {
		t.each(h, func(i int32) {
			if d, ok := sc.distance(w, ix.cands[i].lower, max); ok {
				note(i, d)
			}
		})
	}

	// At most one edit: the word and the candidate, each whole or less
	// one rune, are equal. (Zero edits is the word in another case.)
	n0, n1, n2 := len(w), len(w)-1, len(w)-2 // the word's length, less one, less two
	if has(n0) || has(n0+1) {
		verify(&ix.dels1, hashDel(wh, p, -1, -1), min(limit, 1))
	}
	if limit >= 1 && (has(n1) || has(n0)) {
		for d := range w {
			verify(&ix.dels1, hashDel(wh, p, d, -1), 1)
		}
	}

	// Parts the word starts.
	if len(w) >= 2 {
		at, _ := slices.BinarySearchFunc(ix.starts, w, func(p part, w []rune) int {
			return slices.Compare(ix.cands[p.i].lower[p.at:], w)
		})
		for ; at < len(ix.starts); at++ {
			p := ix.starts[at]
			if rest := ix.cands[p.i].lower[p.at:]; len(rest) < len(w) || !slices.Equal(rest[:len(w)], w) {
				break
			}
			note(p.i, limit+1)
		}
	}

	// Two edits, when fewer than n were found within one: the word and the
	// candidate, each less at most two runes, are equal (a swap is undone
	// by deleting the same rune on both sides).
	if limit >= 2 && countBelow(rank, 2) < n {
		ix.once2.Do(ix.build2)
		if has(n0 + 2) {
			verify(&ix.dels2, hashDel(wh, p, -1, -1), 2) // the word whole, the candidate less two
		}
		for d := range w {
			h := hashDel(wh, p, d, -1)
			if has(n1) || has(n0) {
				verify(&ix.dels1, h, 2) // the word less one, the candidate less at most one
			}
			if has(n0 + 1) {
				verify(&ix.dels2, h, 2) // the word less one, the candidate less two
			}
			c1, c2 := has(n2) || has(n1), has(n0)
			for e := d + 1; e < len(w) && (c1 || c2); e++ {
				h := hashDel(wh, p, d, e)
				if c1 {
					verify(&ix.dels1, h, 2) // the word less two, the candidate less at most one
				}
				if c2 {
					verify(&ix.dels2, h, 2) // both less two
				}
			}
		}
		// Candidates too long for the index, of a length within reach.
		lo, _ := slices.BinarySearchFunc(ix.long, len(w)-2, func(i int32, l int) int { return cmp.Compare(len(ix.cands[i].lower), l) })
		for _, i := range ix.long[lo:] {
			if len(ix.cands[i].lower) > len(w)+2 {
				break
			}
			if d, ok := sc.distance(w, ix.cands[i].lower, 2); ok {
				note(i, d)
			}
		}
	}

	if len(rank) == 0 {
		return nil
	}
	type hit struct {
		i    int32
		rank int
	}
	hits := make([]hit, 0, len(rank))
	for i, r := range rank {
		hits = append(hits, hit{i, r})
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.i, b.i)) })
	var out []string
	for _, h := range hits {
		if len(out) == n || h.rank > hits[0].rank {
			break
		}
		out = append(out, ix.cands[h.i].s)
	}
	return out
}

// countBelow counts the ranks below r.
func countBelow(rank map[int32]int, r int) int {
	n := 0
	for _, x := range rank {
		if x < r {
			n++
		}
	}
	return n
}

// Hashing: a polynomial hash over runes, modulo 2⁶⁴, so that the hash of a
// string less one or two runes comes from its prefix hashes in constant
// time. Equal hashes are only a hint: every hit is checked by distance.
const hashBase = 0x100000001b3

// pow[k] is hashBase^k, for k up to the longest string hashed so far.
var (
	powMu sync.Mutex
	pow   = []uint64{1}
)

func powers(n int) []uint64 {
	powMu.Lock()
	defer powMu.Unlock()
	for len(pow) <= n {
		pow = append(pow, pow[len(pow)-1]*hashBase)
	}
	return pow
}

// prefixHashes returns h with h[k] the hash of s[:k].
func prefixHashes(s []rune) []uint64 {
	h := make([]uint64, len(s)+1)
	for k, r := range s {
		h[k+1] = h[k]*hashBase + uint64(r) + 1
	}
	return h
}

// hashDel is the hash of the string whose prefix hashes are h, less the
// runes at d and e (d < e; -1 for none), mixed and cut to 32 bits; p holds
// the powers of the base up to the string's length.
func hashDel(h, p []uint64, d, e int) uint32 {
	n := len(h) - 1
	// sub is the hash of s[a:b].
	sub := func(a, b int) uint64 { return h[b] - h[a]*p[b-a] }
	var x uint64
	switch {
	case d < 0:
		x = h[n]
	case e < 0:
		x = h[d]*p[n-d-1] + sub(d+1, n)
	default:
		x = (h[d]*p[e-d-1]+sub(d+1, e))*p[n-e-1] + sub(e+1, n)
	}
	// Mix in the length, so that strings of different lengths seldom
	// collide, and spread the bits (splitmix64's finaliser).
	x ^= uint64(n-btoi(d >= 0)-btoi(e >= 0)) << 56
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return uint32(x >> 32)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rows is scratch space for distance, reused across one search.
type rows struct {
	prev2, prev, cur []int
	calls            int64
}

// distance is the optimal string alignment distance of a and b (edits:
// insert, delete, substitute, swap two neighbours) when it is at most max,
// and false when it is more; it gives up as soon as that is certain.
func (r *rows) distance(a, b []rune, max int) (int, bool) {
	r.calls++
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a)-len(b) > max {
		return 0, false
	}
	if len(b) == 0 {
		return len(a), len(a) <= max
	}
	if cap(r.cur) < len(b)+1 {
		r.prev2, r.prev, r.cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	// Three rows of the matrix over b, for a's runes i-2, i-1 and i.
	prev2, prev, cur := r.prev2[:len(b)+1], r.prev[:len(b)+1], r.cur[:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			// Every alignment crosses this row, so none ends within max.
			// (A swap skips a row, but the cell it starts from leads into
			// the skipped row by one substitution, for no more.)
			return 0, false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	d := prev[len(b)]
	return d, d <= max
}
