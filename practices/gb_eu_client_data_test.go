package practices_test

import (
	"regexp"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestUKClientDataStepWaitsForTheDecision: a UK firm that processes EU
// business clients' personal data is told of the GDPR processing agreement
// once it has decided to export — not while it still considers whether to,
// as its twin for an EU firm with UK clients (global-eu-gb-client-data)
// waits (session 21): its plan is then for deciding, and choosing a market
// comes first.
func TestUKClientDataStepWaitsForTheDecision(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tt := range []struct {
		decision string
		want     bool
	}{
		{"committed", true},
		{"decided", true},
		{"considering", false},
		{"not-considered", false},
	} {
		t.Run(tt.decision, func(t *testing.T) {
			t.Parallel()
			p := editedPlan(t, c, "uk-cyber-eu", assessment.BuildOptions{Now: planClock, ShowAll: true}, func(b []byte) []byte {
				return regexp.MustCompile(`(?m)^  strategy\.decision: .*$`).ReplaceAll(b, []byte("  strategy.decision: "+tt.decision))
			})
			if got := inPlan(p, "global-gb-eu-client-data"); got != tt.want {
				t.Errorf("the EU clients' data step offered = %v, want %v", got, tt.want)
			}
		})
	}
}
