package render

import (
	"slices"
	"testing"
)

// TestLeadFirst: an action lists its lead step first and the others after
// it in their order; a lead of 0, or one outside the steps, keeps the
// catalogue's order.
func TestLeadFirst(t *testing.T) {
	for _, tc := range []struct {
		step, n int
		want    []int
	}{
		{0, 3, []int{0, 1, 2}},
		{1, 3, []int{0, 1, 2}},
		{3, 3, []int{2, 0, 1}},
		{2, 3, []int{1, 0, 2}},
		{4, 3, []int{0, 1, 2}},
		{-1, 2, []int{0, 1}},
		{1, 0, []int{}},
	} {
		if got := leadFirst(tc.step, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("leadFirst(%d, %d) = %v, want %v", tc.step, tc.n, got, tc.want)
		}
	}
}
