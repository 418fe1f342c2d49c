package practices_test

import "testing"

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
		unasked  map[string]string // the answers the firm is then not asked, removed
		want     bool
	}{
		{"committed", nil, true},
		{"decided", nil, true},
		{"considering", nil, false},
		{"not-considered", map[string]string{
			"  strategy.export-plan: written\n":        "",
			"  strategy.target-markets: prioritised\n": "",
			"  strategy.funding: in-place\n":           "",
		}, false},
	} {
		t.Run(tt.decision, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "uk-cyber-eu", whatIf{showAll: true, replace: tt.unasked, edits: []regexpEdit{
				{`(?m)^  strategy\.decision: .*$`, "  strategy.decision: " + tt.decision},
			}})
			if got := inPlan(p, "global-gb-eu-client-data"); got != tt.want {
				t.Errorf("the EU clients' data step offered = %v, want %v", got, tt.want)
			}
		})
	}
}
