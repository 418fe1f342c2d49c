package assessment

import (
	"slices"
	"testing"
)

// TestMarketChoiceHoldsBack: when the market choice is an action and the
// plan's facts name the easiest market, the actions for the other
// candidate markets only wait in --all, saying they wait for the choice;
// actions for the suggested market or for every market stay. With no
// market suggested, nothing waits for the choice (advisor review 7,
// pattern 1).
func TestMarketChoiceHoldsBack(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		name, profile string
		replace       [2]string // an edit of the profile's answers
		// practice IDs: not shown, held by the choice; not shown (an
		// action held back, or an alternative where a practice for the
		// suggested market too meets the need); shown
		held, notShown, kept []string
	}{
		{"wine: Germany first, the US steps wait", "pt-wine-cooperative", [2]string{},
			[]string{"global-us-alcohol-importer-first", "global-us-duty-check", "global-customs-hs-codes", "global-us-food-facility-registration"},
			[]string{"global-us-trademark", "eu-access2markets"},
			[]string{"global-choose-first-market", "global-alcohol-excise-eu", "global-export-time-and-budget", "global-eu-trademark"}},
		{"olive oil: Brazil first, the US duty and FDA registration wait", "pt-olive-oil-coop", [2]string{},
			[]string{"global-us-duty-check", "global-us-food-facility-registration"}, []string{"eu-access2markets"}, []string{"global-choose-first-market", "global-customs-hs-codes"}}, // the customs step serves Brazil too; the portal is its alternative (advisor review 10)
		// With no CE step for food (a food firm's rules step is not a
		// technical file), the GB customs step (the portal before advisor
		// review 10) is the rules action and waits.
		{"Irish micro food: the GB customs step waits", "ie-micro-food", [2]string{},
			[]string{"global-customs-hs-codes"}, []string{"global-customs-hs-codes", "eu-access2markets"}, []string{"global-choose-first-market"}},
		// Its product rules are the Machinery Regulation and class-approval steps (no general CE
		// step, advisor review 8): the Norwegian border's customs step (the portal before advisor
		// review 10) is the rules action, and waits.
		{"marine deck: Germany first, the Norwegian border's customs step waits", "dk-aalborg-outside", [2]string{},
			[]string{"global-customs-hs-codes"}, []string{"global-customs-hs-codes", "eu-access2markets", "global-product-compliance"}, []string{"global-choose-first-market", "global-machinery-regulation"}},
		// Selling in the US already, Germany without a customs border:
		// the facts point different ways, no market is suggested.
		{"no suggestion: nothing waits", "pt-wine-cooperative", [2]string{"current-markets: [BE, NL]", "current-markets: [BE, NL, US]"},
			nil, nil, []string{"global-choose-first-market", "global-eu-trademark"}},
		// A Tokyo shop waits for samples: the choice says to start with
		// Japan, though Germany would be easier — and nothing waits, the
		// EU deforestation step for Germany least of all (advisor review
		// 13b: Germany was suggested, and the customs step for the
		// Japanese samples waited for it).
		{"buyer in Japan: Japan first, nothing waits", "dk-design-furniture-jp", [2]string{},
			nil, nil, []string{"global-choose-first-market", "global-eudr-due-diligence", "global-madrid-designation"}}, // the customs routine is held back by nothing (--all: three steps a horizon), the filing that covers Japan is shown
		// The buyer outside its target markets: the facts decide, as
		// before the question.
		{"buyer in Korea: Germany first, the Japanese customs step waits", "dk-design-furniture-jp", [2]string{"buyer-market: JP", "buyer-market: KR"},
			[]string{"global-ask-forwarder-customs-routine", "eu-business-hub-japan-korea"}, nil, []string{"global-choose-first-market", "global-eudr-due-diligence"}},
	} {
		var edits [][2]string
		if c.replace[0] != "" {
			edits = append(edits, c.replace)
		}
		f := editedProfile(t, cat, c.profile, edits...)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		var held []string
		for _, a := range p.Actions {
			if a.HeldBack != nil && a.HeldBack.Ref == PracticeChooseFirstMarket {
				held = append(held, a.Practice)
				if a.Shown || a.HeldBack.ID != "assessment.heldBack.market" {
					t.Errorf("%s: %s shown %v, held back by %s", c.name, a.Practice, a.Shown, a.HeldBack.ID)
				}
			}
		}
		slices.Sort(held)
		want := slices.Clone(c.held)
		slices.Sort(want)
		if !slices.Equal(held, want) {
			t.Errorf("%s: held back by the market choice %v, want %v", c.name, held, want)
		}
		shown := shownActions(p)
		for _, id := range c.notShown {
			if slices.ContainsFunc(shown, func(a Action) bool { return a.Practice == id }) {
				t.Errorf("%s: %s is shown", c.name, id)
			}
		}
		for _, id := range c.kept {
			if !slices.ContainsFunc(shown, func(a Action) bool { return a.Practice == id }) {
				t.Errorf("%s: %s is not shown", c.name, id)
			}
		}
	}
}

// TestOnlyOthers: an action waits only when every market it is for is
// another candidate's, not the suggested one's.
func TestOnlyOthers(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		ms   []string
		want bool
	}{
		{[]string{"US"}, true},
		{[]string{"US", "BR"}, true},
		{[]string{"DE", "US"}, false}, // the suggested market too
		{[]string{"DE"}, false},
		{[]string{"US", "NL"}, false}, // a market the firm sells in today
		{nil, false},                  // for no market in particular
	} {
		if got := onlyOthers(c.ms, "DE", []string{"US", "BR"}); got != c.want {
			t.Errorf("onlyOthers(%v) = %v, want %v", c.ms, got, c.want)
		}
	}
}
