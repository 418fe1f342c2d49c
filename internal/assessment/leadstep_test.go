package assessment

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestLeadStepFollowsTheGap: an action whose steps serve different gaps
// leads with the step of this firm's gap (advisor review 11, left item:
// hr-undecided-micro, a design studio that does not know its VAT rules,
// was given the reverse-charge practice's usage-rights clause as its first
// step while its reason is VAT). The studio's plan, with its contracts and
// VAT answers varied: a weak VAT answer leads with the invoicing step (3),
// else the first step (the clause) leads.
func TestLeadStepFollowsTheGap(t *testing.T) {
	cat := embedded(t)
	const id = "global-services-rights-reverse-charge"
	src, err := os.ReadFile("../../practices/testdata/profiles/hr-undecided-micro.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		contracts, vat string
		want           int
	}{
		{"home-terms", "unknown", 3}, // the studio as it answered
		{"home-terms", "partly", 3},
		{"home-terms", "dont-know", 3},
		{"reviewed", "unknown", 3},
		{"home-terms", "handled", 0},
		{"none", "known", 0},
	} {
		t.Run(tc.contracts+"/"+tc.vat, func(t *testing.T) {
			b := regexp.MustCompile(`(?m)^  legal-compliance\.contracts: .*$`).ReplaceAll(src, []byte("  legal-compliance.contracts: "+tc.contracts))
			b = regexp.MustCompile(`(?m)^  legal-compliance\.vat-customs: .*$`).ReplaceAll(b, []byte("  legal-compliance.vat-customs: "+tc.vat))
			path := filepath.Join(t.TempDir(), "hr-undecided-micro.yaml")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			f, _, err := answers.Load(path, cat)
			if err != nil || f == nil {
				t.Fatalf("%s: %v", path, err)
			}
			p, err := Build(cat, f, BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			var a *Action
			for i := range p.Actions {
				if p.Actions[i].Practice == id {
					a = &p.Actions[i]
				}
			}
			if a == nil {
				t.Fatalf("no action %s", id)
			}
			if a.LeadStep != tc.want {
				t.Errorf("LeadStep = %d, want %d", a.LeadStep, tc.want)
			}
			found := false
			for _, s := range p.FirstSteps {
				if s.Kind == "action" && s.Practice == id {
					found = true
					if s.Step != tc.want {
						t.Errorf("first step: Step = %d, want %d", s.Step, tc.want)
					}
				}
			}
			if a.Shown && !found && len(p.FirstSteps) < MaxFirstSteps {
				t.Errorf("shown action %s is not among the first steps %+v", id, p.FirstSteps)
			}
			if tc.contracts == "home-terms" && tc.vat == "unknown" && !found {
				t.Errorf("the studio's first steps lack %s: %+v", id, p.FirstSteps)
			}
		})
	}
}
