package suggest

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/hbollon/go-edlib"
)

func TestFor(t *testing.T) {
	t.Parallel()
	commands := []string{"assess", "plan", "practices", "questions", "schema", "validate", "version", "help", "completion"}
	regions := []string{"dk-central", "eu", "global", "hr-koprivnica-krizevci", "ie-donegal", "it-emilia-romagna", "non-eu", "other-eu", "pl-pomorskie", "pt-alentejo", "uk-hampshire"}
	ids := []string{"dk-screening-growth-potential", "dk-trade-council", "eu-access2markets", "eu-een", "eu-ip-sme-helpdesks"}
	tests := []struct {
		name  string
		word  string
		cands []string
		n     int
		want  []string
	}{
		{"swap beats two edits", "knid", []string{"id", "kind", "text"}, 1, []string{"kind"}},
		{"swap is one edit", "anwsers", []string{"answers", "save", "resume", "lang"}, 3, []string{"answers"}},
		{"dropped letter", "lst", []string{"list", "show"}, 3, []string{"list"}},
		{"format value", "jsn", []string{"text", "markdown", "json", "github"}, 3, []string{"json"}},
		{"prefix of a value", "financ", []string{"finance", "markets", "strategy"}, 3, []string{"finance"}},
		{"part of an ID", "dk", regions, 3, []string{"dk-central"}},
		{"a part in the middle", "hampshire", regions, 3, []string{"uk-hampshire"}},
		{"several parts start so", "eu", ids, 3, []string{"eu-access2markets", "eu-een", "eu-ip-sme-helpdesks"}},
		{"typos before parts", "eu", append([]string{"es"}, regions...), 3, []string{"es"}},
		{"parts when no typo", "eu", regions, 3, []string{"non-eu", "other-eu"}},
		{"another case first", "Plan", commands, 3, []string{"plan"}},
		{"command typo", "shcema", commands, 3, []string{"schema"}},
		{"only the nearest", "strategy.pln", []string{"strategy.plant", "strategy.plans", "strategy.plan"}, 3, []string{"strategy.plan"}},
		{"ties sorted", "strategy.planx", []string{"strategy.plant", "strategy.plans", "strategy.plan"}, 3, []string{"strategy.plan", "strategy.plans", "strategy.plant"}},
		{"at most n", "strategy.planx", []string{"strategy.plant", "strategy.plans", "strategy.plan"}, 1, []string{"strategy.plan"}},
		{"one edit beats two", "noen", []string{"none", "one", "oneof"}, 3, []string{"none"}},
		{"itself is never suggested", "plan", []string{"plan", "plans"}, 3, []string{"plans"}},
		{"two edits for a long word", "mrket", []string{"markets", "marketing"}, 3, []string{"markets"}},
		{"not three", "finance.credit", []string{"strategy.plan", "markets"}, 3, nil},
		{"one edit for a short word", "lsit", []string{"list"}, 3, []string{"list"}},
		{"two edits too many for three runes", "xyz", []string{"x", "zyxw"}, 3, nil},
		{"one rune: only another case", "X", []string{"x", "y"}, 3, []string{"x"}},
		{"one rune starts nothing", "d", regions, 3, nil},
		{"runes, not bytes", "aaaøøø", []string{"øøøøøø"}, 3, nil},
		{"runes: within two", "aøøøøø", []string{"øøøøøø"}, 3, []string{"øøøøøø"}},
		{"duplicates and empty once", "markts", []string{"markets", "", "markets"}, 3, []string{"markets"}},
		{"n zero", "markets", []string{"market"}, 0, nil},
		{"empty word", "", regions, 3, nil},
		{"no candidates", "plan", nil, 3, nil},
		{"practice ID typo", "dk-trade-councl", ids, 3, []string{"dk-trade-council"}},
		{"a word of a practice ID", "screening", ids, 3, []string{"dk-screening-growth-potential"}},
		{"nothing like it", "xyz-nothing-like-it", ids, 3, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := For(tt.word, tt.cands, tt.n); !slices.Equal(got, tt.want) {
				t.Errorf("For(%q, %q, %d) = %q, want %q", tt.word, tt.cands, tt.n, got, tt.want)
			}
		})
	}
}

func TestLimit(t *testing.T) {
	t.Parallel()
	for word, want := range map[string]int{"": 0, "x": 0, "ø": 0, "ab": 1, "abc": 1, "øøø": 1, "abcd": 2, "strategy.plan": 2} {
		if got := Limit(word); got != want {
			t.Errorf("Limit(%q) = %d, want %d", word, got, want)
		}
	}
}

// slow is the specification of Lookup, by brute force.
func slow(word string, cands []string, n int) []string {
	type h struct {
		s    string
		rank int
	}
	var hits []h
	w := strings.ToLower(word)
	limit := Limit(word)
	seen := map[string]bool{}
	for _, c := range cands {
		if c == "" || c == word || seen[c] {
			continue
		}
		seen[c] = true
		lc := strings.ToLower(c)
		rank := -1
		if d := edlib.OSADamerauLevenshteinDistance(w, lc); d <= limit {
			rank = d
		} else if utf8.RuneCountInString(w) >= 2 {
			for at := 0; at < len(lc); at++ {
				if (at == 0 || strings.ContainsRune("-_./ ", rune(lc[at-1]))) && strings.HasPrefix(lc[at:], w) {
					rank = limit + 1
					break
				}
			}
		}
		if rank >= 0 {
			hits = append(hits, h{c, rank})
		}
	}
	slices.SortFunc(hits, func(a, b h) int { return cmp.Or(cmp.Compare(a.rank, b.rank), strings.Compare(a.s, b.s)) })
	var out []string
	for _, x := range hits {
		if len(out) < n && x.rank == hits[0].rank {
			out = append(out, x.s)
		}
	}
	return out
}

// TestIndexMatchesBruteForce checks the index against the specification
// on random words over a small alphabet (so that near words are common).
func TestIndexMatchesBruteForce(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abcA-.ø")
	word := func() string {
		n := rng.IntN(8)
		rs := make([]rune, n)
		for i := range rs {
			rs[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return string(rs)
	}
	for round := 0; round < 300; round++ {
		cands := make([]string, rng.IntN(40))
		for i := range cands {
			cands[i] = word()
		}
		ix := New(cands)
		if round%3 == 0 {
			ix.del2Max = 3 // longer candidates are compared one by one
		}
		for k := 0; k < 20; k++ {
			w := word()
			if k%4 == 0 && len(cands) > 0 {
				w = cands[rng.IntN(len(cands))] // a known word: itself left out
			}
			n := 1 + rng.IntN(5)
			if got, want := ix.Lookup(w, n), slow(w, cands, n); !slices.Equal(got, want) {
				t.Fatalf("Lookup(%q, %d) in %q = %q, want %q", w, n, cands, got, want)
			}
		}
	}
}

func TestDistance(t *testing.T) {
	t.Parallel()
	pairs := [][2]string{{"", ""}, {"", "abc"}, {"ca", "ac"}, {"ca", "abc"}, {"kitten", "sitting"}, {"anwsers", "answers"}, {"abcdef", "badcfe"}, {"øx", "xø"}}
	var sc rows
	for _, p := range pairs {
		want := edlib.OSADamerauLevenshteinDistance(p[0], p[1])
		for limit := 0; limit <= 4; limit++ {
			d, ok := sc.distance([]rune(p[0]), []rune(p[1]), limit)
			if ok != (want <= limit) || ok && d != want {
				t.Errorf("distance(%q, %q, %d) = %d, %v; OSA distance is %d", p[0], p[1], limit, d, ok, want)
			}
		}
	}
}

// TestLookupRemembers: each distinct word is searched once, and what a
// caller does with the result does not change the next answer.
func TestLookupRemembers(t *testing.T) {
	t.Parallel()
	ix := New([]string{"answers", "assess"})
	a := ix.Lookup("anwsers", 3)
	a[0] = "changed"
	if b := ix.Lookup("anwsers", 3); !slices.Equal(b, []string{"answers"}) {
		t.Errorf("second look-up = %q", b)
	}
	if len(ix.memo) != 1 {
		t.Errorf("memo holds %d words, want 1", len(ix.memo))
	}
}

func TestConcurrentLookups(t *testing.T) {
	t.Parallel()
	ix := New([]string{"dk-central", "uk-hampshire", "pt-alentejo"})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Go(func() {
			for _, w := range []string{"dk", "hampshire", "pt-alentjo", "zz"} {
				ix.Lookup(w, 2)
			}
		})
	}
	wg.Wait()
	if got := ix.Lookup("pt-alentjo", 2); !slices.Equal(got, []string{"pt-alentejo"}) {
		t.Errorf("got %q", got)
	}
}

// manyIDs is n practice-like IDs that are all near one another.
func manyIDs(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s-%05d-export-programme", prefix, i)
	}
	return out
}

// TestManyUnknownIsNotQuadratic: 4,000 distinct unknown references
// against 4,000 IDs (the hostile file of issue 13), near the IDs, the same
// length but farther, and of other lengths. Comparing each with every ID,
// as eis once did, takes 48 million comparisons (13 s for 4,000); the
// indexes compare a word only with the few candidates that share a
// deletion with it.
func TestManyUnknownIsNotQuadratic(t *testing.T) {
	t.Parallel()
	ix := New(manyIDs("p", 4000))
	words := slices.Concat(manyIDs("q", 4000), manyIDs("xyz", 4000), manyIDs("zzzzz", 4000))
	for _, w := range words {
		if len(ix.Lookup(w, 1)) > 1 {
			t.Fatal("more than asked for")
		}
	}
	if got := ix.Lookup("q-00017-export-programme", 1); !slices.Equal(got, []string{"p-00017-export-programme"}) {
		t.Errorf("near word: %q", got)
	}
	if n := ix.compared.Load(); n > int64(4*len(words)) {
		t.Errorf("%d words made %d comparisons, want at most a few each", len(words), n)
	}
}

func BenchmarkManyUnknown(b *testing.B) {
	ids := manyIDs("p", 4000)
	near, far := manyIDs("q", 4000), manyIDs("zzzzz", 4000)
	for b.Loop() {
		ix := New(ids)
		for i := range near {
			ix.Lookup(near[i], 1)
			ix.Lookup(far[i], 1)
		}
	}
}
