package aggregate

import "testing"

// TestBreakdownHidesOneMore: with a single group under MinGroup, the
// smallest shown group is suppressed too (else the small one is the total
// minus the rest) — and marked Hidden, because it is not "< 5": the
// Central Denmark firms of answersgen's first 300 (9 exploring, 12 first
// exports, 13 expanding, 1 established) showed "Exploring < 5".
func TestBreakdownHidesOneMore(t *testing.T) {
	t.Parallel()
	ids := []string{"exploring", "first-exports", "expanding", "established"}
	for _, tt := range []struct {
		name string
		n    map[string]int
		want []Count
	}{
		{"one small group", map[string]int{"exploring": 9, "first-exports": 12, "expanding": 13, "established": 1},
			[]Count{{Suppressed: true, Hidden: true}, {N: 12}, {N: 13}, {Suppressed: true}}},
		{"two small groups", map[string]int{"exploring": 3, "first-exports": 12, "expanding": 13, "established": 1},
			[]Count{{Suppressed: true}, {N: 12}, {N: 13}, {Suppressed: true}}},
		{"none small", map[string]int{"exploring": 5, "first-exports": 12, "expanding": 13, "established": 6},
			[]Count{{N: 5}, {N: 12}, {N: 13}, {N: 6}}},
		{"an empty group is small", map[string]int{"exploring": 5, "first-exports": 12, "expanding": 13},
			[]Count{{Suppressed: true, Hidden: true}, {N: 12}, {N: 13}, {Suppressed: true}}},
	} {
		got := breakdown(ids, tt.n)
		if len(got) != len(tt.want) {
			t.Fatalf("%s: %d groups, want %d", tt.name, len(got), len(tt.want))
		}
		for i, g := range got {
			if g.Count != tt.want[i] {
				t.Errorf("%s: %s = %+v, want %+v", tt.name, g.ID, g.Count, tt.want[i])
			}
		}
	}
}
