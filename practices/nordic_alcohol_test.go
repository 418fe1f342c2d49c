package practices_test

import (
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestNordicAlcoholRoutes: as Sweden's Systembolaget, Norway's Vinmonopolet
// (drinks over 4.7%) buys only from Norwegian wholesalers registered with
// the Tax Administration, and shops and restaurants buy from them too; in
// Finland grocery shops may sell beer, cider and wine up to 8.0% (since
// 10 June 2024) and Alko alone the stronger drinks, by tender. A winery
// aiming at one of them is told its route now, as the decisive step, with
// no separate partner choice beside it; aiming at both, with Finland
// suggested as the start, it is told Finland's route, and Norway's waits
// with Norway — not the other way round because Norway's rule is a gate
// (bev27, session 27: it-lambrusco-winery-no-fi thought a shop in Oslo or
// Helsinki could order a pallet straight from it).
func TestNordicAlcoholRoutes(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		no = "global-no-alcohol-vinmonopolet-importer"
		fi = "global-fi-alcohol-alko-route"
	)
	find := func(p assessment.Plan, id string) *assessment.Action {
		for i := range p.Actions {
			if p.Actions[i].Practice == id {
				return &p.Actions[i]
			}
		}
		return nil
	}
	for _, tc := range []struct {
		market, id, rule, other string
		inEU                    bool // no currency or customs questions asked
	}{
		{`target-markets: ["NO"]`, no, "no-vinmonopolet", fi, false},
		{`target-markets: [FI]`, fi, "fi-alko", no, true},
	} {
		replace := map[string]string{`target-markets: ["NO", FI]`: tc.market}
		if tc.inEU {
			replace["  finance.currency: not-considered\n"] = ""
			replace["  logistics.customs-docs: forwarder\n"] = ""
		}
		p := planWith(t, c, "it-lambrusco-winery-no-fi", whatIf{showAll: true, replace: replace})
		a := find(p, tc.id)
		switch {
		case a == nil:
			t.Errorf("%s: no %s action", tc.market, tc.id)
			continue
		case !a.Shown || a.Horizon != assessment.HorizonNow:
			t.Errorf("%s: %s shown %v in %q, want shown now", tc.market, tc.id, a.Shown, a.Horizon)
		case a.Decisive == nil || a.Decisive.ID != tc.rule:
			t.Errorf("%s: %s decisive %+v, want %s", tc.market, tc.id, a.Decisive, tc.rule)
		}
		for _, x := range p.Actions {
			if x.Shown && x.Group == "partner-search" {
				t.Errorf("%s: a partner-search action %s beside the importer route", tc.market, x.Practice)
			}
		}
		if x := find(p, tc.other); x != nil {
			t.Errorf("%s: %s offered too (shown %v)", tc.market, tc.other, x.Shown)
		}
	}

	both := planWith(t, c, "it-lambrusco-winery-no-fi", whatIf{})
	if a := find(both, fi); a == nil || !a.Shown || a.Horizon != assessment.HorizonNow || a.Decisive == nil || a.Decisive.ID != "fi-alko" {
		t.Errorf("Norway and Finland, Finland suggested: Finland's route %+v, want shown now as fi-alko's step", a)
	}
	if a := find(both, no); a != nil && a.Shown {
		t.Errorf("Norway and Finland, Finland suggested: Norway's route shown (%q) before the firm takes Norway up", a.Horizon)
	}
}
