package catalogue

import "github.com/agnivade/levenshtein"

// nearest returns the ID in ids closest to id by edit distance, when it is
// close enough to be a likely typo (at most 2 edits, or a third of id's
// length for long IDs), else "". Ties go to the first in sorted order.
func nearest(id string, ids []string) string {
	best, bestD := "", 0
	for _, c := range ids {
		if c == id || c == "" {
			continue
		}
		d := levenshtein.ComputeDistance(id, c)
		if best == "" || d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= max(2, len([]rune(id))/3) {
		return best
	}
	return ""
}
