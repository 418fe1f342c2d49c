package practices_test

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/practices"
)

// TestPackagingNotesLeaveGPSRToItsNote: the packaging notes — who registers
// and pays for the packaging that reaches consumers in a market — have a
// topic of their own, so a section for consumer products shows the GPSR's
// note (eu-product-safety) beside them, and none of them says the GPSR: a
// jam or gin maker read "for consumer products other than food, the GPSR
// also applies" under every EU market it sells to (pkg28, session 28; from
// session 22 they carried the GPSR sentence, standing in for
// eu-product-safety in the one note a topic shows).
func TestPackagingNotesLeaveGPSRToItsNote(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	checked := 0
	for _, n := range c.MarketNotes {
		if n.Topic != "packaging" {
			continue
		}
		checked++
		for _, lang := range c.Meta.Languages {
			if s, _ := n.Text.Get(lang); strings.Contains(s, "GPSR") {
				t.Errorf("%s (%s): says the GPSR, which eu-product-safety says beside it", n.ID, lang)
			}
		}
	}
	if checked < 5 {
		t.Errorf("%d notes of topic packaging, want the German, Austrian, French, Italian and EU ones at least", checked)
	}
	// A food web shop's French and Italian sections say nothing of the
	// GPSR; a consumer-products one's show its note beside the packaging.
	food := planWith(t, c, "pt-preserves-webshop-fr-it", whatIf{replace: map[string]string{"legal-compliance.product-rules: think-so": "legal-compliance.product-rules: compliant"}})
	for _, v := range food.Markets {
		for _, n := range v.Notes {
			if strings.Contains(n.Text, "GPSR") {
				t.Errorf("food web shop, %s: note %s says the GPSR", v.Country, n.ID)
			}
		}
	}
	if got := noteIDsOf(food, "FR"); !strings.Contains(strings.Join(got, " "), "fr-consumer-packaging-epr") {
		t.Errorf("food web shop, FR: notes %v lack its packaging note", got)
	}
}
