package catalogue

// nearest returns the ID in ids closest to id by edit distance, when it is
// close enough to be a likely typo (at most 2 edits, or a third of id's
// length for long IDs), else "". Ties go to the first in sorted order.
func nearest(id string, ids []string) string {
	best, bestD := "", 0
	for _, c := range ids {
		if c == id || c == "" {
			continue
		}
		d := editDistance(id, c)
		if best == "" || d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= max(2, len([]rune(id))/3) {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
