package assessment

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestDoorBeforeItsOwnOrganisationsService: a Hampshire subcontractor that
// sells direct, aims at one EU market new to it and has one or two
// contacts there has the Department for Business and Trade's trade team in
// that market as the action for its partner gap — the plan had said "this
// catalogue has no programme or method for the need above" — and, the
// team being reached through an International Trade Adviser, the door's
// meeting with the adviser (the same department) comes before it, though
// the firm exports and knows where support is: it asks once (uk27,
// session 27). The steel fabricator's CBAM data, which its EU buyers need
// for every import, comes before both. An agency of another organisation
// still comes before the door for such a firm (the Trade Council before
// the Erhvervshus for dk-saas-scaleup: advisor review 5).
func TestDoorBeforeItsOwnOrganisationsService(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tc := range []struct {
		profile string
		order   []string // shown actions in this order (others may come between)
	}{
		{"uk-steel-fabricator-ie-nl", []string{"global-eu-cbam-emissions-data", "uk-export-academy-support", "uk-dbt-overseas-network"}},
		{"uk-machining-money-de", []string{"uk-ukef-general-export-facility", "uk-export-academy-support", "uk-dbt-overseas-network"}},
	} {
		t.Run(tc.profile, func(t *testing.T) {
			t.Parallel()
			f, _, err := answers.Load(filepath.Join("..", "..", "practices", "testdata", "profiles", tc.profile+".yaml"), cat)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Build(cat, f, BuildOptions{Now: planDay})
			if err != nil {
				t.Fatal(err)
			}
			var shown []string
			for _, a := range p.Actions {
				if a.Shown {
					shown = append(shown, a.Practice)
				}
				if a.Practice == "uk-dbt-overseas-network" && !slices.Contains(a.After, "uk-export-academy-support") {
					t.Errorf("the trade team's action does not name the adviser's meeting to do first (after: %v)", a.After)
				}
			}
			at := -1
			for _, id := range tc.order {
				i := slices.Index(shown, id)
				if i <= at {
					t.Fatalf("shown %v: want %v in this order", shown, tc.order)
				}
				at = i
			}
			for _, n := range p.Notices {
				if n.ID == "assessment.notice.decisiveNoAction" {
					t.Errorf("notice %s: the partner gap has the trade team's action", n.ID)
				}
			}
		})
	}
	t.Run("dk-saas-scaleup", func(t *testing.T) {
		t.Parallel()
		f, _, err := answers.Load(filepath.Join("..", "..", "practices", "testdata", "profiles", "dk-saas-scaleup.yaml"), cat)
		if err != nil {
			t.Fatal(err)
		}
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		tc, door := -1, -1
		for i, a := range p.Actions {
			if !a.Shown {
				continue
			}
			if a.Practice == "dk-trade-council" {
				tc = i
			}
			if a.Door {
				door = i
			}
		}
		if tc < 0 || door >= 0 && door < tc {
			t.Errorf("the Trade Council (action %d) should be shown, before the door (action %d)", tc, door)
		}
	})
}
