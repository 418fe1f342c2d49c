package catalogue

import (
	"cmp"
	"slices"

	"github.com/hbollon/go-edlib"
)

// Nearest returns up to n of candidates closest to s by edit distance
// (Levenshtein, counted in runes), nearest first and ties in sorted order,
// for "did you mean" hints. A candidate counts only when it is a likely
// typo: at most max(2, runes(s)/3) edits away. s itself and empty
// candidates are never suggested; n ≤ 0 returns nil.
func Nearest(s string, candidates []string, n int) []string {
	if n <= 0 {
		return nil
	}
	limit := max(2, len([]rune(s))/3)
	type hit struct {
		id string
		d  int
	}
	var hits []hit
	for _, c := range candidates {
		if c == s || c == "" {
			continue
		}
		if d := edlib.OSADamerauLevenshteinDistance(s, c); d <= limit {
			hits = append(hits, hit{c, d})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.d, b.d), cmp.Compare(a.id, b.id))
	})
	hits = slices.CompactFunc(hits, func(a, b hit) bool { return a.id == b.id })
	out := make([]string, 0, min(n, len(hits)))
	for _, h := range hits[:min(n, len(hits))] {
		out = append(out, h.id)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// nearest is the one ID in ids that Nearest suggests for id, or "".
func nearest(id string, ids []string) string {
	if near := Nearest(id, ids, 1); len(near) > 0 {
		return near[0]
	}
	return ""
}
