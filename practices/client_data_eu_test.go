package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestSoftwareBuyerDataAgreementInsideEU: an EU firm answering an EU
// business client's enquiry for software or a service in which it holds
// the client's personal data sends the GDPR's Article 28 processing
// agreement with its proposal — a Koprivnica app studio that would host a
// Munich retailer's customer accounts was told nothing of it (adv26,
// session 26). A UK firm reads it in its own client-data action
// (uk-cyber-eu), and a firm with no EU target (pl-games-japan) does not.
func TestSoftwareBuyerDataAgreementInsideEU(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const id, step = "global-answer-software-services-buyer", 6
	action := func(p assessment.Plan) *assessment.Action {
		for i := range p.Actions {
			if p.Actions[i].Practice == id {
				return &p.Actions[i]
			}
		}
		return nil
	}
	for _, tc := range []struct {
		profile string
		want    bool
	}{
		{"hr-app-studio-de", true}, {"uk-cyber-eu", false}, {"pl-games-japan", false},
	} {
		a := action(planWith(t, c, tc.profile, whatIf{}))
		if a == nil {
			t.Errorf("%s: no %s action", tc.profile, id)
			continue
		}
		has := slices.ContainsFunc(a.Steps, func(s string) bool { return strings.Contains(s, "Article 28") })
		if left := slices.Contains(a.LeftOutSteps, step); has == left {
			t.Errorf("%s: the processing-agreement step listed %v, left out %v", tc.profile, has, left)
		}
		if has != tc.want {
			t.Errorf("%s: the processing-agreement step listed %v, want %v", tc.profile, has, tc.want)
		}
	}
}
