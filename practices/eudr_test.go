package practices_test

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestEUDRBindsAFirmInTheEUWhereverItSells: the EU deforestation
// regulation covers placing wood and the other covered goods on the EU
// market and exporting them from it, so a firm in the EU that sells them
// is bound at home and on its exports, whatever markets it targets — the
// Donegal window maker selling into Great Britain was told nothing of it
// 25 days before it applies (cbam24, session 24, ie-timber-windows-gb).
// Its action is decisive there and carries the export step; a firm in the
// EU with EU markets only reads the step on the EU market without the
// export step; a firm outside the EU hears of it only for EU markets.
func TestEUDRBindsAFirmInTheEUWhereverItSells(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		region  = "  region: ie-donegal\n"
		targets = "  target-markets:\n    - GB\n    - XI\n"
		id      = "global-eudr-due-diligence"
	)
	for _, tt := range []struct {
		name       string
		replace    map[string]string
		offered    bool
		decisive   string // the decisive rule's ID, "" for none
		exportStep bool
	}{
		{"from Donegal, into Great Britain", nil, true, "eudr-sold-from-eu", true},
		{"from Donegal, into Great Britain and Malta", map[string]string{targets: targets + "    - MT\n"}, true, "eudr-applies", true},
		{"from Hampshire, into the US", map[string]string{region: "  region: uk-hampshire\n", targets: "  target-markets:\n    - US\n", "  buyer-market: GB\n": "  buyer-market: US\n"}, false, "", false},
		{"no covered goods", map[string]string{"    - eudr\n": ""}, false, "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "ie-timber-windows-gb", whatIf{showAll: true, replace: tt.replace})
			if got := inPlan(p, id); got != tt.offered {
				t.Fatalf("the EUDR step offered = %v, want %v", got, tt.offered)
			}
			if !tt.offered {
				return
			}
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == id })
			if i < 0 {
				t.Fatalf("the EUDR step is only an alternative, want it the action")
			}
			a := p.Actions[i]
			got := ""
			if a.Decisive != nil {
				got = a.Decisive.ID
			}
			if got != tt.decisive {
				t.Errorf("decisive by %q, want %q", got, tt.decisive)
			}
			if left := slices.Contains(a.LeftOutSteps, 6); left == tt.exportStep {
				t.Errorf("the export step left out = %v, want %v", left, !tt.exportStep)
			}
		})
	}
}
