package practices_test

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/practices"
)

// TestUKEUOriginInCustomsNotes: both directions' customs notes between the
// EU and Great Britain say the Trade and Cooperation Agreement's rule —
// zero duty only for goods that meet its rules of origin, claimed with a
// statement on origin or the importer's knowledge — and what the other
// goods pay (adv19i, session 19: an EU firm's note on Great Britain said
// only that there were customs declarations, while a Hampshire firm's note
// on the EU said the rule). An EU exporter's statement on origin needs its
// REX number from €6,000 a consignment (Access2Markets, session 24); a
// British exporter's needs only its EORI number, whatever the value, so the
// notes on the EU for British firms name no REX.
func TestUKEUOriginInCustomsNotes(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	tests := []struct {
		id        string
		otherwise string // what goods that do not meet the rules pay, in English
		rex       bool   // the €6,000 limit above which the exporter needs a REX number
	}{
		{"gb-customs-from-eu", "UK Global Tariff", true},
		{"eu-from-gb", "the EU's normal duty", false},
		{"eu-from-gb-food", "the EU's normal duty", false},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			t.Parallel()
			for _, n := range c.MarketNotes {
				if n.ID != tt.id {
					continue
				}
				en := n.Text.In("en")
				for _, want := range []string{"Trade and Cooperation Agreement", "rules of origin", "statement on origin", "importer's own knowledge", tt.otherwise} {
					if !strings.Contains(en, want) {
						t.Errorf("%s (en) does not say %q: %s", tt.id, want, en)
					}
				}
				for _, lang := range []string{"en", "da", "it", "pl", "pt", "hr"} {
					t6 := n.Text.In(lang)
					says := strings.Contains(t6, "REX") && strings.ContainsAny(t6, "€") &&
						(strings.Contains(t6, "6,000") || strings.Contains(t6, "6.000") || strings.Contains(t6, "6000"))
					if says != tt.rex {
						t.Errorf("%s (%s) says the €6,000 REX limit: %v, want %v: %s", tt.id, lang, says, tt.rex, t6)
					}
				}
				if tt.otherwise == "UK Global Tariff" {
					for _, lang := range []string{"da", "it", "pl", "pt", "hr"} {
						if s := n.Text.In(lang); !strings.Contains(s, "UK Global Tariff") {
							t.Errorf("%s (%s) does not name the UK Global Tariff: %s", tt.id, lang, s)
						}
					}
				}
				return
			}
			t.Fatalf("no market note %s", tt.id)
		})
	}
}

// TestSAAOriginDeclarationLimit: under the Stabilisation and Association
// Agreements' pan-Euro-Mediterranean rules any exporter may make out an
// origin declaration on the invoice for a consignment up to €6,000, above
// that only an approved exporter (Irish Revenue, session 24): a Croatian
// honey producer's first small shipment to Serbia needs neither an EUR.1
// nor an approval, a larger one does.
func TestSAAOriginDeclarationLimit(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	approved := map[string]string{"en": "approved exporter", "da": "godkendt eksportør", "it": "esportatore autorizzato",
		"pl": "upoważniony eksporter", "pt": "exportador autorizado", "hr": "ovlašteni izvoznik"}
	for _, id := range []string{"serbia-saa-origin", "bosnia-saa-food", "bosnia-saa-origin", "western-balkans-saa-origin"} {
		found := false
		for _, n := range c.MarketNotes {
			if n.ID != id {
				continue
			}
			found = true
			for lang, word := range approved {
				s := n.Text.In(lang)
				if !strings.Contains(s, "€") || !(strings.Contains(s, "6,000") || strings.Contains(s, "6.000") || strings.Contains(s, "6000")) || !strings.Contains(s, word) {
					t.Errorf("%s (%s) does not say the €6,000 limit and the %s: %s", id, lang, word, s)
				}
			}
		}
		if !found {
			t.Errorf("no market note %s", id)
		}
	}
}
