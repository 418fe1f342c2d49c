package assessment

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// constraintPlan is the plan of a firm with many decisive gaps (lowest
// answers, own brand unregistered, a new customs border, partners wanted)
// whose main constraint is constraint.
func constraintPlan(t *testing.T, cat *catalogue.Catalogue, constraint string) Plan {
	t.Helper()
	f := answersAt(cat, "few-markets", 0)
	f.Set(ProfileMainConstraint, answers.Single(constraint), f.Updated)
	f.Set(ProfileWaitingBuyer, answers.Single("nothing"), f.Updated)
	p, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// shownActions are p's shown actions, in order.
func shownActions(p Plan) []Action {
	var out []Action
	for _, a := range p.Actions {
		if a.Shown {
			out = append(out, a)
		}
	}
	return out
}

// afterDoor is the first shown action that is not the door.
func afterDoor(t *testing.T, p Plan) Action {
	t.Helper()
	for _, a := range shownActions(p) {
		if !a.Door {
			return a
		}
	}
	t.Fatal("no shown action but the door")
	return Action{}
}

// decisiveRule is the decisive rule id of group g in cat.
func decisiveRule(t *testing.T, cat *catalogue.Catalogue, g, id string) *catalogue.Decisive {
	t.Helper()
	grp := cat.Group(g)
	if grp == nil {
		t.Fatalf("no group %s", g)
	}
	for _, d := range grp.Decisive {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("group %s has no decisive rule %s", g, id)
	return nil
}

// TestMainConstraintOrder: the firm's own main constraint is not
// contradicted by its plan. Time: the named person with time comes right
// after the door, before the other decisive gaps that would fill "now"
// (its rule's priority). Capacity: the capacity step comes right after the
// door, and what would bring more buyers (its rule's defers) waits until
// 3–12 months, after it. Both are data: another priority or no
// defer_until changes the order.
func TestMainConstraintOrder(t *testing.T) {
	t.Parallel()
	cat := embedded(t)

	p := constraintPlan(t, cat, "time")
	var decisive int
	for _, a := range shownActions(p) {
		if a.Decisive != nil && !a.Door {
			decisive++
		}
	}
	if decisive < 3 {
		t.Fatalf("the firm has %d decisive actions besides the door; the test needs three or more to compete for 'now'", decisive)
	}
	if a := afterDoor(t, p); a.Group != "export-capacity" || a.Horizon != HorizonNow {
		t.Errorf("time as the main constraint: after the door comes %s (%s, %s), want the export-capacity action now", a.Practice, a.Group, a.Horizon)
	}

	p = constraintPlan(t, cat, "capacity")
	capIdx := -1
	rule := decisiveRule(t, cat, "delivery-capacity", "capacity-limits-growth")
	for i, a := range shownActions(p) {
		if a.Group == "delivery-capacity" {
			capIdx = i
		}
		if a.Door || !slices.Contains(rule.Defers, a.Group) {
			continue
		}
		if capIdx < 0 || a.Horizon != HorizonMonths312 {
			t.Errorf("capacity as the main constraint: %s (%s) is shown at %d in %s, before the capacity step or before 3–12 months", a.Practice, a.Group, i+1, a.Horizon)
		}
		if !slices.Contains(a.After, "global-capacity-before-buyers") {
			t.Errorf("%s does not say to plan the capacity first: after %v", a.Practice, a.After)
		}
	}
	if a := afterDoor(t, p); a.Group != "delivery-capacity" || a.Horizon != HorizonNow {
		t.Errorf("capacity as the main constraint: after the door comes %s (%s, %s), want the delivery-capacity action now", a.Practice, a.Group, a.Horizon)
	}
	deferred := 0
	for _, a := range p.Actions {
		if !a.Door && slices.Contains(rule.Defers, a.Group) {
			deferred++
		}
	}
	if deferred == 0 {
		t.Fatal("no action of a deferred need: the test shows nothing")
	}

	// The order is the data's: a higher priority for the unregistered
	// brand puts it before the time step.
	cat2 := embedded(t)
	decisiveRule(t, cat2, "ip-protection", "own-brand-unprotected").Priority = 5
	if a := afterDoor(t, constraintPlan(t, cat2, "time")); a.Group != "ip-protection" {
		t.Errorf("own-brand-unprotected at priority 5: after the door comes %s (%s), want ip-protection", a.Practice, a.Group)
	}
	// Without defer_until, deferred needs wait only for the horizon after
	// the capacity step's; without defers, nothing waits.
	cat3 := embedded(t)
	decisiveRule(t, cat3, "delivery-capacity", "capacity-limits-growth").DeferUntil = ""
	early := false
	for _, a := range shownActions(constraintPlan(t, cat3, "capacity")) {
		if !a.Door && slices.Contains(rule.Defers, a.Group) {
			if a.Horizon == HorizonNow {
				t.Errorf("without defer_until, %s is still 'now' beside the capacity step", a.Practice)
			}
			early = early || a.Horizon == HorizonNext3
		}
	}
	if !early {
		t.Error("without defer_until, no deferred action comes in the next 3 months: defer_until has no effect to test")
	}
	cat4 := embedded(t)
	decisiveRule(t, cat4, "delivery-capacity", "capacity-limits-growth").Defers = nil
	now := false
	for _, a := range shownActions(constraintPlan(t, cat4, "capacity")) {
		now = now || !a.Door && slices.Contains(rule.Defers, a.Group) && a.Horizon == HorizonNow
	}
	if !now {
		t.Error("without defers, no buyer-finding action is 'now': the deferral has no effect to test")
	}
}

// TestDeferHorizons: the catalogue's defer_until values are the plan's
// horizons after "now".
func TestDeferHorizons(t *testing.T) {
	t.Parallel()
	if !slices.Equal(catalogue.DeferHorizons, Horizons[1:]) {
		t.Errorf("catalogue.DeferHorizons = %v, want %v", catalogue.DeferHorizons, Horizons[1:])
	}
}
