package assessment

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// TestTargetsRankActionsThatCloseThem: with a readiness target on one
// dimension, the plan says the gap, marks the actions that work on that
// dimension, and puts them first within each horizon (after the plan's
// first action); the set of actions does not change.
func TestTargetsRankActionsThatCloseThem(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	f := answersAt(cat, "occasional", 0)
	base, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	// The dimension of the last shown action that is not first in its horizon.
	var dim string
	for i := len(base.Actions[:base.TopActions]) - 1; i > 0 && dim == ""; i-- {
		if base.Actions[i].Horizon == base.Actions[i-1].Horizon && len(base.Actions[i].Dimensions) > 0 {
			dim = base.Actions[i].Dimensions[0]
		}
	}
	if dim == "" {
		t.Fatal("no action to move in the base plan")
	}
	g := *f
	g.Targets = &answers.Targets{Stage: "established", Readiness: map[string]int{dim: 100}}
	p, err := Build(cat, &g, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	if p.Targets == nil || len(p.Targets.Dimensions) != 1 || p.Targets.Dimensions[0].ID != dim || p.Targets.Dimensions[0].Gap <= 0 {
		t.Fatalf("targets = %+v, want a gap in %s", p.Targets, dim)
	}
	if p.Targets.Stage == nil || p.Targets.Stage.Reached {
		t.Errorf("stage target = %+v, want established, not reached", p.Targets.Stage)
	}
	ids := func(as []Action) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.Practice)
		}
		return out
	}
	if a, b := ids(base.Actions), ids(p.Actions); len(a) != len(b) || p.Actions[0].Practice != base.Actions[0].Practice {
		t.Fatalf("targets changed the actions or the first one:\n%v\n%v", a, b)
	}
	// Within each horizon of the shown actions, those that close the gap
	// come before those that do not (the door and decisive ones first).
	for i := 1; i < p.TopActions; i++ {
		prev, cur := p.Actions[i-1], p.Actions[i]
		if prev.Horizon == cur.Horizon && len(prev.Closes) == 0 && !prev.Door && prev.Decisive == nil && len(cur.Closes) > 0 {
			t.Errorf("%s (closes %v) comes after %s, which closes nothing", cur.Practice, cur.Closes, prev.Practice)
		}
	}
	moved := false
	for _, a := range p.Actions[:p.TopActions] {
		if slices.Contains(a.Dimensions, dim) && !slices.Contains(a.Closes, dim) {
			t.Errorf("%s works on %s but is not marked as closing it", a.Practice, dim)
		}
		moved = moved || len(a.Closes) > 0
	}
	if !moved {
		t.Error("no shown action closes the gap")
	}
}
