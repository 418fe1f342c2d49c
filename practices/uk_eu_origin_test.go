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
// on the EU said the rule).
func TestUKEUOriginInCustomsNotes(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	tests := []struct {
		id        string
		otherwise string // what goods that do not meet the rules pay, in English
	}{
		{"gb-customs-from-eu", "UK Global Tariff"},
		{"eu-from-gb", "the EU's normal duty"},
		{"eu-from-gb-food", "the EU's normal duty"},
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
