package practices_test

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestUKEFExipWhereTheStateInsures: UK Export Finance insures a short
// contract only where the private market does not — not with a buyer in
// any EU country or in Australia, Canada, Iceland, Japan, New Zealand,
// Norway, Switzerland or the United States (UKEF's earlier guidance, the
// EU's marketable-risk list). EXIP's rule said "outside the OECD": it was
// offered for Romania and Bulgaria (EU, outside the OECD) and refused for
// Mexico, Chile or Korea (OECD members UKEF can cover) — uk25, session 25.
func TestUKEFExipWhereTheStateInsures(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tc := range []struct {
		market string
		offer  bool
	}{
		{"US", false}, {"RO", false}, {"BG", false}, {"NO", false}, {"JP", false},
		{"MX", true}, {"KR", true}, {"CL", true}, {"TR", true}, {"AE", true},
	} {
		w := whatIf{showAll: true}
		if tc.market != "US" {
			w.replace = map[string]string{
				"target-markets: [US]": "target-markets: [" + tc.market + "]",
				// asked once a target market speaks another language
				"  people-skills.export-responsible:": "  people-skills.languages: english\n  offer-adaptation.materials: english\n  people-skills.export-responsible:",
			}
		}
		p := planWith(t, c, "uk-medtech-us", w)
		refused := slices.ContainsFunc(p.NotForYou, func(n assessment.NotForYou) bool { return n.Practice == "uk-ukef-exip" })
		if refused == tc.offer {
			t.Errorf("target %s: EXIP refused = %v, want %v", tc.market, refused, !tc.offer)
		}
	}
}
