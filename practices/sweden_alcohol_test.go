package practices_test

import (
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestSwedenAlcoholThroughImporter: drinks over 3.5 % reach Swedish
// shoppers only through Systembolaget, and Systembolaget, bars and
// restaurants buy them only from wholesalers the Swedish Tax Agency has
// approved. A brewery aiming at Sweden alone is told, now and as its
// decisive route, to find a Swedish importer — the importer is its partner
// there, so no separate partner choice stands beside it; aiming at Germany
// alone, it is told nothing of Sweden (adv26, session 26:
// pl-craft-brewery-se-de thought a Swedish shop could simply order from it,
// and its plan spoke only of excise and labels).
func TestSwedenAlcoholThroughImporter(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const id = "global-se-alcohol-systembolaget-importer"
	find := func(p assessment.Plan) *assessment.Action {
		for i := range p.Actions {
			if p.Actions[i].Practice == id {
				return &p.Actions[i]
			}
		}
		return nil
	}

	se := planWith(t, c, "pl-craft-brewery-se-de", whatIf{replace: map[string]string{"target-markets: [SE, DE]": "target-markets: [SE]"}})
	a := find(se)
	switch {
	case a == nil:
		t.Fatalf("Sweden alone: no %s action", id)
	case !a.Shown || a.Horizon != assessment.HorizonNow:
		t.Errorf("Sweden alone: %s shown %v in %q, want shown now", id, a.Shown, a.Horizon)
	case a.Decisive == nil || a.Decisive.ID != "se-systembolaget":
		t.Errorf("Sweden alone: %s decisive %+v, want se-systembolaget", id, a.Decisive)
	}
	for _, x := range se.Actions {
		if x.Shown && x.Group == "partner-search" {
			t.Errorf("Sweden alone: a partner-search action %s beside the importer route", x.Practice)
		}
	}

	de := planWith(t, c, "pl-craft-brewery-se-de", whatIf{showAll: true, replace: map[string]string{"target-markets: [SE, DE]": "target-markets: [DE]"}})
	if a := find(de); a != nil {
		t.Errorf("Germany alone: %s offered (shown %v)", id, a.Shown)
	}
}
