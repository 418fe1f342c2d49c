package assessment

import (
	"slices"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
)

// TestGatesBeforeTheDoor: a gate — a decisive step of priority 2 (the
// market choice the door's own first step asks for, the EU border post for
// animal products) or one whose rule is due within three months of the
// plan's date (the Machinery Regulation on 20 January 2027) — comes before
// a door that starts the plan, and before the firm's other decisive
// steps; the door stays "now". A rule due later than that keeps its own
// priority (advisor review 7, pattern 3).
func TestGatesBeforeTheDoor(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		profile        string
		day            time.Time
		before, after  string // practice IDs: before comes before after
		doorStaysInNow bool
	}{
		{"pt-wine-cooperative", planDay, "global-choose-first-market", "pt-aicep-portugal-global", true},
		{"ie-micro-food", planDay, "global-choose-first-market", "ie-leo-mentoring", true},
		{"uk-food-eu", planDay, "global-eu-animal-products-entry", "uk-export-academy-support", true},
		// Seven weeks before the Machinery Regulation applies: before
		// the search for buyers in China.
		{"it-machinery-maker", planDay, "global-machinery-regulation", "eu-sme-centre-china", false},
		// Seven months before: the rule's own priority, ranked.
		{"it-machinery-maker", time.Date(2026, 6, 3, 0, 0, 0, 0, time.UTC), "eu-sme-centre-china", "global-machinery-regulation", false},
	} {
		f, _, err := answers.Load("../../practices/testdata/profiles/"+c.profile+".yaml", cat)
		if err != nil || f == nil {
			t.Fatalf("%s: %v", c.profile, err)
		}
		p, err := Build(cat, f, BuildOptions{Now: c.day})
		if err != nil {
			t.Fatal(err)
		}
		shown := shownActions(p)
		at := func(id string) int {
			return slices.IndexFunc(shown, func(a Action) bool { return a.Practice == id })
		}
		b, a := at(c.before), at(c.after)
		if b < 0 || a < 0 {
			t.Errorf("%s %s: %s at %d, %s at %d: both must be shown", c.profile, c.day.Format(time.DateOnly), c.before, b, c.after, a)
			continue
		}
		if b > a {
			t.Errorf("%s %s: %s (#%d) comes after %s (#%d)", c.profile, c.day.Format(time.DateOnly), c.before, b+1, c.after, a+1)
		}
		if c.doorStaysInNow && (!shown[a].Door || !shown[a].StartHere || shown[a].Horizon != HorizonNow) {
			t.Errorf("%s: the door %s: door %v, start here %v, horizon %s; want the door that starts the plan, now", c.profile, c.after, shown[a].Door, shown[a].StartHere, shown[a].Horizon)
		}
	}
}
