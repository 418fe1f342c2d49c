package assessment

import (
	"slices"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
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

// TestBuyerReachOneTarget: whether the waiting buyer's order is for more
// than one of the firm's target markets is not asked of a firm with one
// target market (session 18: hr-sauerkraut-private-label-at's Austrian
// chain, Austria its one target, was asked it). Its plan is the plan of
// "one", as before the question: the firm's own brand, unregistered in
// Austria, stays a decisive gap — also for a file that answered "all"
// while the question was asked, since an answer to a question not asked
// is ignored. A firm that adds a second target market is asked it, and a
// complete file is reopened to ask it.
func TestBuyerReachOneTarget(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const target = "  target-markets: [AT]\n"
	const reach = "  buyer-market: AT\n"
	for _, c := range []struct {
		name  string
		edits [][2]string
		asked bool
		brand bool // own-brand-unprotected decisive
	}{
		{"one target", nil, false, true},
		{"one target, answered one", [][2]string{{reach, reach + "  buyer-reach: one\n"}}, false, true},
		{"one target, answered all", [][2]string{{reach, reach + "  buyer-reach: all\n"}}, false, true},
		{"one target, answered some", [][2]string{{reach, reach + "  buyer-reach: some\n"}}, false, true},
		{"two targets", [][2]string{{target, "  target-markets: [AT, DE]\n"}}, true, true},
		{"two targets, all", [][2]string{{target, "  target-markets: [AT, DE]\n"}, {reach, reach + "  buyer-reach: all\n"}}, true, false},
	} {
		f := editedProfile(t, cat, "hr-sauerkraut-private-label-at", c.edits...)
		asked := slices.ContainsFunc(Applicable(cat, f), func(q *catalogue.Question) bool { return q.ID == ProfileBuyerReach })
		if asked != c.asked {
			t.Errorf("%s: buyer-reach asked %v, want %v", c.name, asked, c.asked)
		}
		_, answered := f.Answer(ProfileBuyerReach)
		if reopen := SituationMissing(cat, f); reopen != (c.asked && !answered) {
			t.Errorf("%s: reopened to ask the situation %v, want %v", c.name, reopen, c.asked && !answered)
		}
		p, err := Build(cat, f, BuildOptions{Now: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		brand := slices.ContainsFunc(p.Actions, func(a Action) bool { return a.Decisive != nil && a.Decisive.ID == "own-brand-unprotected" })
		if brand != c.brand {
			t.Errorf("%s: the own brand's registration decisive %v, want %v", c.name, brand, c.brand)
		}
	}
}
