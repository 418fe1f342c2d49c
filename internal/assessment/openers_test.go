package assessment

import (
	"slices"
	"testing"
)

// TestDistinctOpeners: no two shown actions open with the same reason — the
// later one leads with a reason of its own where it has one, else the
// earlier one does; an action with one reason keeps it, and actions left
// to --all are not counted (adv21e, session 21).
func TestDistinctOpeners(t *testing.T) {
	t.Parallel()
	r := func(id string) Msg { return Msg{Kind: ReasonGap, Ref: id, ID: "assessment.reason.gap"} }
	act := func(shown bool, ids ...string) Action {
		a := Action{Shown: shown}
		for _, id := range ids {
			a.Reasons = append(a.Reasons, r(id))
		}
		return a
	}
	tests := []struct {
		name string
		in   []Action
		want [][]string // the Refs of each action's reasons, in order
	}{
		{"distinct already", []Action{act(true, "a", "b"), act(true, "b", "c")}, [][]string{{"a", "b"}, {"b", "c"}}},
		{"the later one moves", []Action{act(true, "a"), act(true, "a", "b", "c")}, [][]string{{"a"}, {"b", "a", "c"}}},
		// the door came first with three reasons, the one-page plan after
		// it with one: the door leads with another (uk-installers-de-nl)
		{"the earlier one moves", []Action{act(true, "plan", "skills", "vat"), act(true, "plan")}, [][]string{{"skills", "plan", "vat"}, {"plan"}}},
		{"skips an opener taken", []Action{act(true, "b"), act(true, "a"), act(true, "a", "b", "c")}, [][]string{{"b"}, {"a"}, {"c", "a", "b"}}},
		{"neither can move", []Action{act(true, "a"), act(true, "a")}, [][]string{{"a"}, {"a"}}},
		{"not shown is not counted", []Action{act(false, "a"), act(true, "a", "b")}, [][]string{{"a"}, {"a", "b"}}},
		{"no reasons", []Action{act(true), act(true, "a")}, [][]string{nil, {"a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			distinctOpeners(tt.in)
			for i, a := range tt.in {
				var got []string
				for _, m := range a.Reasons {
					got = append(got, m.Ref)
				}
				if !slices.Equal(got, tt.want[i]) {
					t.Errorf("action %d: reasons %v, want %v", i, got, tt.want[i])
				}
			}
		})
	}
}
