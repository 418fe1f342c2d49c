package assessment

import (
	"slices"
	"testing"
	"time"
)

// TestBuyerReachMarketChoice: a firm that makes goods under other firms'
// labels, whose waiting buyer orders for all its target markets
// (buyer-reach: all), is not told to choose one of them to start with —
// the buyer has chosen (adv16a, adv16e: it-knitwear-private-label-de's
// German chain buys for its stores in Germany and Sweden, and the plan
// said to choose between them). Any other answer, "don't know" and a file
// from before the question keep the market choice, starting with the
// buyer's market; so does pl-outerwear-private-label-nordics with a
// Swedish chain waiting that buys for Sweden only, while one buying for
// Denmark and Sweden stands it down.
func TestBuyerReachMarketChoice(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const knit = "  buyer-reach: all\n"
	const outer = "  waiting-buyer: nothing\n"
	for _, c := range []struct {
		profile string
		edit    [2]string
		choice  bool
	}{
		{"it-knitwear-private-label-de", [2]string{knit, knit}, false},
		{"it-knitwear-private-label-de", [2]string{knit, indentLine("buyer-reach: some")}, true},
		{"it-knitwear-private-label-de", [2]string{knit, indentLine("buyer-reach: one")}, true},
		{"it-knitwear-private-label-de", [2]string{knit, indentLine("buyer-reach: dont-know")}, true},
		{"it-knitwear-private-label-de", [2]string{knit, ""}, true},
		{"pl-outerwear-private-label-nordics", [2]string{outer, "  waiting-buyer: enquiry\n  buyer-market: SE\n  buyer-reach: all\n"}, false},
		{"pl-outerwear-private-label-nordics", [2]string{outer, "  waiting-buyer: enquiry\n  buyer-market: SE\n  buyer-reach: one\n"}, true},
		{"pl-outerwear-private-label-nordics", [2]string{outer, outer}, true},
	} {
		f := editedProfile(t, cat, c.profile, c.edit)
		p, err := Build(cat, f, BuildOptions{Now: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		choice := slices.ContainsFunc(p.Actions, func(a Action) bool {
			return a.Practice == "global-choose-first-market" ||
				a.Decisive != nil && a.Decisive.ID == "several-markets-at-once"
		})
		if choice != c.choice {
			t.Errorf("%s with %q: told to choose one market to start with: %v, want %v", c.profile, c.edit[1], choice, c.choice)
		}
		if c.edit[1] == "" && !SituationMissing(cat, f) {
			t.Errorf("%s without buyer-reach: not reopened to ask it", c.profile)
		}
	}
}
