package practices_test

import (
	"os"
	"path/filepath"
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
			b, err := os.ReadFile(filepath.Join("testdata", "profiles", "uk-cyber-eu.yaml"))
			if err != nil {
				t.Fatal(err)
			}
			b = regexp.MustCompile(`(?m)^  strategy\.decision: .*$`).ReplaceAll(b, []byte("  strategy.decision: "+tt.decision))
			path := filepath.Join(t.TempDir(), "uk-cyber-eu.yaml")
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			f, diags, err := loadAnswers(path, c)
			if err != nil || f == nil {
				t.Fatalf("%s: %v %v", path, err, diags)
			}
			p, err := buildIn("en", c, f, assessment.BuildOptions{Now: planClock, ShowAll: true})
			if err != nil {
				t.Fatal(err)
			}
			got := false
			for _, a := range p.Actions {
				if a.Practice == "global-gb-eu-client-data" {
					got = true
				}
				for _, x := range a.Alternatives {
					if x.Practice == "global-gb-eu-client-data" {
						got = true
					}
				}
			}
			if got != tt.want {
				t.Errorf("the EU clients' data step offered = %v, want %v", got, tt.want)
			}
		})
	}
}
