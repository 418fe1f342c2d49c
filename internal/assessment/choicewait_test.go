package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestChoiceDefersSomeMarketsSteps: while the firm is told to choose one
// market to start with and the plan's facts suggest none, a step about some
// of the candidate markets but not all — Great Britain's border checks
// while a smoked-fish maker chooses between the US and GB — waits for the
// choice, after it, as the US steps do, and says so for its markets; a step
// about markets common to all the candidates stays "now": the EU border
// post for a UK firm choosing between France and the Netherlands (advisor
// review 13, left 1; advisor review 7), the smoked-fish maker's trademark,
// a decisive need for every market it may choose.
func TestChoiceDefersSomeMarketsSteps(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		name, profile string
		replace       map[string]string // edits of the profile's answers
		// practice → the candidate markets it waits for, as its sentence
		// names them (shown after the choice, saying so); practices shown
		// "now", saying nothing of it
		waits map[string][]string
		now   []string
	}{
		{"smoked fish to the US and GB: both markets' steps wait", "pl-smoked-fish-us-gb", nil,
			map[string][]string{
				"global-gb-animal-products-entry":      {"Great Britain"},
				"global-us-seafood-haccp":              {"United States"},
				"global-us-food-facility-registration": {"United States"},
			},
			// Its brand is unregistered in both markets: a need common
			// to the candidates, whichever filing meets it.
			[]string{PracticeChooseFirstMarket, "global-gb-trademark"}},
		{"English sauces to France and the Netherlands: the EU border is for both", "uk-food-eu", nil,
			nil,
			[]string{PracticeChooseFirstMarket, "global-eu-animal-products-entry"}},
		// Ireland's euro and the single market against Britain's
		// language: the facts point different ways, no market is
		// suggested, and the GB border step is for one of the two.
		{"Irish dairy to GB and France: the GB border step waits", "ie-food-producer",
			map[string]string{
				"target-markets: [GB]":                   "target-markets: [GB, FR]",
				"people-skills.international-experience": "people-skills.languages: basic\n  people-skills.international-experience",
				"offer-adaptation.fit":                   "offer-adaptation.materials: english\n  offer-adaptation.fit",
			},
			map[string][]string{"global-gb-animal-products-entry": {"Great Britain"}},
			[]string{PracticeChooseFirstMarket}},
		// One target market: there is no choice to wait for.
		{"Irish dairy to GB only: nothing waits", "ie-food-producer", nil,
			nil,
			[]string{"global-gb-animal-products-entry"}},
	} {
		var edits [][2]string
		for old, new := range c.replace {
			edits = append(edits, [2]string{old, new})
		}
		f := editedProfile(t, cat, c.profile, edits...)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		find := func(id string) *Action {
			for i := range p.Actions {
				if p.Actions[i].Practice == id && p.Actions[i].Shown {
					return &p.Actions[i]
				}
			}
			return nil
		}
		waiting := func(a *Action) *Msg {
			for i, r := range a.Reasons {
				if r.ID == "assessment.reason.market.waitsForChoice" {
					return &a.Reasons[i]
				}
			}
			return nil
		}
		for id, ms := range c.waits {
			a := find(id)
			if a == nil {
				t.Errorf("%s: %s is not shown", c.name, id)
				continue
			}
			if a.Horizon == Horizons[0] || !slices.Contains(a.After, PracticeChooseFirstMarket) {
				t.Errorf("%s: %s is in %s after %v, want after the market choice", c.name, id, a.Horizon, a.After)
			}
			r := waiting(a)
			if r == nil {
				t.Errorf("%s: %s does not say it waits for the choice: %v", c.name, id, msgTexts("en", a.Reasons))
				continue
			}
			if r.Ref != PracticeChooseFirstMarket {
				t.Errorf("%s: %s waits for %q", c.name, id, r.Ref)
			}
			text := say("en", r.Message)
			for _, m := range ms {
				if !strings.Contains(text, m) {
					t.Errorf("%s: %s: %q does not name %s", c.name, id, text, m)
				}
			}
			// The choice is named once, by "Do first" (After): the
			// sentence says only which markets, and why it waits.
			if choice := i18n.Get("en").Pick(cat.Practice(PracticeChooseFirstMarket).Title); strings.Contains(text, choice) {
				t.Errorf("%s: %s: %q names the choice %q again beside Do first", c.name, id, text, choice)
			}
		}
		for _, id := range c.now {
			a := find(id)
			if a == nil || a.Horizon != Horizons[0] {
				t.Errorf("%s: %s is not shown now: %+v", c.name, id, a)
				continue
			}
			if r := waiting(a); r != nil {
				t.Errorf("%s: %s says it waits: %s", c.name, id, r.Text)
			}
		}
	}
}

// TestSomeOf: an action waits for the market choice only when it is about
// some of the candidate markets, not all of them and not none.
func TestSomeOf(t *testing.T) {
	t.Parallel()
	candidates := []string{"US", "GB"}
	for _, c := range []struct {
		ms   []string
		want []string
		ok   bool
	}{
		{[]string{"GB"}, []string{"GB"}, true},
		{[]string{"US", "DE"}, []string{"US"}, true}, // a market that is no candidate says nothing
		{[]string{"GB", "US"}, nil, false},           // common to all the candidates
		{[]string{"US", "GB", "DE"}, nil, false},
		{[]string{"DE"}, nil, false}, // none of them
		{nil, nil, false},
	} {
		got, ok := someOf(c.ms, candidates)
		if ok != c.ok || !slices.Equal(got, c.want) {
			t.Errorf("someOf(%v) = %v, %v; want %v, %v", c.ms, got, ok, c.want, c.ok)
		}
	}
}
