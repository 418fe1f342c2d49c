package catalogue

import (
	"reflect"
	"testing"
)

func TestNearestN(t *testing.T) {
	t.Parallel()
	ids := []string{"strategy.plan", "strategy.plans", "strategy.plant", "markets", "marketing", "øøøøøø"}
	tests := []struct {
		name string
		in   string
		n    int
		want []string
	}{
		{"nearest first, ties sorted", "strategy.pln", 3, []string{"strategy.plan", "strategy.plans", "strategy.plant"}},
		{"at most n", "strategy.pln", 2, []string{"strategy.plan", "strategy.plans"}},
		{"itself is left out", "strategy.plan", 5, []string{"strategy.plans", "strategy.plant"}},
		{"too far", "finance.credit", 3, nil},
		{"n zero", "markets", 0, nil},
		{"short word: two edits", "mrket", 3, []string{"markets"}},
		// 6 runes (12 bytes) allow 2 edits, not 4: the threshold counts runes.
		{"runes, not bytes", "aaaøøø", 3, nil},
		{"runes: within two", "aøøøøø", 3, []string{"øøøøøø"}},
		{"duplicates once", "markts", 3, []string{"markets"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cands := ids
			if tt.name == "duplicates once" {
				cands = append([]string{"markets", ""}, ids...)
			}
			if got := Nearest(tt.in, cands, tt.n); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Nearest(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}
