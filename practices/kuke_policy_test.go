package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestKUKEPointsOngoingSalesToPolicyWithoutBorders: a Pomorskie paint maker
// selling regularly to DIY chains in Germany and Sweden was sent to KUKE's
// individual policy, which covers one short-term contract, mainly for
// capital goods; for ongoing sales KUKE's own page offers the "Policy
// without Borders" to exporters of any size and sector (fit23, session 23).
// Its KUKE action links that page and its first step says which policy fits
// which sales.
func TestKUKEPointsOngoingSalesToPolicyWithoutBorders(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "pl-paints-diy-de-se-ua", whatIf{})
	i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == "pl-kuke-export-credit-insurance" })
	if i < 0 {
		t.Fatal("no KUKE action")
	}
	a := p.Actions[i]
	if !strings.HasSuffix(a.URL, "/policy-without-borders/") {
		t.Errorf("the KUKE action links %s, not the Policy without Borders page", a.URL)
	}
	if len(a.Steps) == 0 || !strings.Contains(a.Steps[0], "Policy without Borders") || !strings.Contains(a.Steps[0], "individual policy") {
		t.Errorf("the KUKE action's first step does not say which policy fits which sales: %q", a.Steps)
	}
}
