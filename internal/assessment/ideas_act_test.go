package assessment

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// buildProfile builds the plan of a test profile, its region and home
// country answers replaced when region is set.
func buildProfile(t *testing.T, cat *catalogue.Catalogue, name, region, home string) Plan {
	t.Helper()
	path := filepath.Join("../../practices/testdata/profiles", name+".yaml")
	if region != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		b = regexp.MustCompile(`(?m)^  home-country: .*\n`).ReplaceAll(b, nil)
		b = regexp.MustCompile(`(?m)^  region: .*$`).ReplaceAll(b, []byte("  region: "+region+"\n  home-country: "+home))
		path = filepath.Join(t.TempDir(), name+".yaml")
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	f, _, err := answers.Load(path, cat)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	p, err := Build(cat, f, BuildOptions{Now: testNow})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// TestIdeasTheFirmCanActOn: an idea from another region is one the firm
// can act on (advisor review 9, pattern 5). Another country's national
// institution is no idea for a firm whose own country the catalogue covers
// (trade.gov.pl for a UK firm beside great.gov.uk, HBOR's state insurance
// for an Irish firm, the Danish Trade Council for a UK firm that has DBT);
// a need its own country met with a programme since closed gets no idea
// (Emilia-Romagna's collective promotion call for a UK firm whose
// Tradeshow Access Programme closed); an uncertain picture gets none. A
// firm from a country the catalogue does not cover still learns from
// another country's national institution.
func TestIdeasTheFirmCanActOn(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tc := range []struct {
		name string
		not  []string
	}{
		{"ie-food-producer", []string{"hr-hbor-export-insurance"}},
		{"uk-engineering-unsure", []string{"pl-trade-gov-pl", "dk-trade-council", "it-collective-promotion-projects"}},
		{"uk-food-eu", []string{"it-collective-promotion-projects"}},
		{"hr-food-unsure", []string{"pl-trade-gov-pl", "it-export-consortia"}},
	} {
		p := buildProfile(t, cat, tc.name, "", "")
		for _, i := range p.Ideas {
			if slices.Contains(tc.not, i.Practice) {
				t.Errorf("%s: idea %s", tc.name, i.Practice)
			}
			if pr := cat.Practice(i.Practice); pr != nil && pr.Level == "national" {
				t.Errorf("%s: idea %s is another country's national institution", tc.name, i.Practice)
			}
		}
		if p.Uncertain != nil && len(p.Ideas) > 0 {
			t.Errorf("%s: uncertain picture with %d ideas", tc.name, len(p.Ideas))
		}
	}
	// The same start-up based in Switzerland, whose national support the
	// catalogue does not hold: the Danish Trade Council is an idea for it.
	p := buildProfile(t, cat, "dk-software-startup", "non-eu", "CH")
	if !slices.ContainsFunc(p.Ideas, func(i Idea) bool { return i.Practice == "dk-trade-council" }) {
		t.Errorf("a Swiss start-up gets no national idea: %+v", p.Ideas)
	}
}
