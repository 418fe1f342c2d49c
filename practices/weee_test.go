package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestWEEEStepsByCountryAndRoute: a firm that sells electrical or
// electronic equipment in EU markets is told to register as its producer,
// for the equipment and for its batteries, with the steps of the countries
// and the route it sells by — Germany's authorised representative and
// stiftung ear, France's éco-organisme and UIN, the marketplaces' check —
// and its CE file whatever the route; a firm that sells through importers
// or distributors gets no country's registration steps, and no decisive
// rule: the first step tells it the importer usually registers (helper
// eee24, session 24: pl-led-lamps-webshop-de-fr read nothing of it). A firm that said it
// sells no such equipment is never told.
func TestWEEEStepsByCountryAndRoute(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		id      = "global-eu-weee-batteries-registration"
		targets = "  target-markets:\n    - DE\n    - FR\n"
		route   = "  sells-how:\n    - own-brand\n    - online\n"
	)
	for _, tt := range []struct {
		name     string
		replace  map[string]string
		offered  bool
		steps    []int // listed, in the catalogue's numbering
		leftOut  []int
		decisive string
	}{
		{"web shop to Germany and France", nil, true, []int{1, 2, 3, 4, 5}, nil, "eu-weee-registration-selling"},
		// It already sells to German consumers: Germany's steps stay
		// beside Austria's (pkg28, session 28).
		{"web shop to Austria", map[string]string{targets: "  target-markets:\n    - AT\n"}, true, []int{1, 2, 4, 5}, []int{3}, "eu-weee-registration-selling"},
		{"through distributors", map[string]string{
			route: "  sells-how:\n    - own-brand\n    - distributor-agent\n",
			"  sales-channels.contacts: one-or-two\n": "  sales-channels.contacts: one-or-two\n  sales-channels.partners: need-one\n",
		}, true, []int{1, 5}, []int{2, 3, 4}, ""},
		{"no electrical equipment", map[string]string{"    - electrical\n": ""}, false, nil, nil, ""},
		// Lamps already sold to German consumers, the plan aimed only at
		// the US: registered in Germany it must be all the same, before
		// anything else (pkg28, session 28: the registration asked only
		// for an EU target market).
		{"web shop to the US, lamps already sold in Germany", map[string]string{targets: "  target-markets:\n    - US\n", "  logistics.capacity: with-difficulty\n": "  logistics.capacity: with-difficulty\n  logistics.customs-docs: with-help\n"}, true, []int{1, 2, 4, 5}, []int{3}, "eu-weee-registration-selling"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "pl-led-lamps-webshop-de-fr", whatIf{showAll: true, replace: tt.replace})
			if got := inPlan(p, id); got != tt.offered {
				t.Fatalf("%s offered = %v, want %v", id, got, tt.offered)
			}
			if !tt.offered {
				return
			}
			var a *assessment.Action
			for i := range p.Actions {
				if p.Actions[i].Practice == id {
					a = &p.Actions[i]
				}
			}
			if a == nil {
				t.Fatalf("%s is only an alternative", id)
			}
			steps := c.Practice(id).Steps
			for _, n := range tt.steps {
				if !slices.Contains(a.Steps, steps[n-1].In("en")) || slices.Contains(a.LeftOutSteps, n) {
					t.Errorf("step %d not listed (left out: %v)", n, a.LeftOutSteps)
				}
			}
			for _, n := range tt.leftOut {
				if !slices.Contains(a.LeftOutSteps, n) {
					t.Errorf("step %d listed, want it left out (left out: %v)", n, a.LeftOutSteps)
				}
			}
			got := ""
			if a.Decisive != nil {
				got = a.Decisive.ID
			}
			if got != tt.decisive {
				t.Errorf("decisive rule %q, want %q", got, tt.decisive)
			}
			// Where it already sells, the registration comes now.
			if tt.decisive == "eu-weee-registration-selling" && a.Horizon != "now" {
				t.Errorf("horizon %s, want now", a.Horizon)
			}
		})
	}
}

// TestWEEEFrenchSellerAndBatteryMarks: a producer that sells to French
// consumers itself is their distributor too — it shows the éco-participation
// apart from the price and offers free one-for-one take-back, also at a
// distance (ecosystem's pages on the Environmental Code) — and its
// batteries carry the crossed-out bin since 18 August 2025 and a QR code
// from 18 February 2027 (Batteries Regulation, Article 13). eee24 left
// both out; a small web shop must act on them (regs25, session 25). The
// French step is the one shown to a firm that sells there online or
// directly (TestWEEEStepsByCountryAndRoute), the marks belong to the CE
// step every such firm reads.
func TestWEEEFrenchSellerAndBatteryMarks(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := c.Practice("global-eu-weee-batteries-registration")
	if p == nil || len(p.Steps) < 5 {
		t.Fatal("no global-eu-weee-batteries-registration with its five steps")
	}
	oneForOne := map[string]string{"en": "one for one", "da": "ét for ét", "it": "uno contro uno", "pl": "jeden za jeden", "pt": "um por um", "hr": "jedan za jedan"}
	for _, lang := range c.Meta.Languages {
		fr, ce := p.Steps[2].In(lang), p.Steps[4].In(lang)
		if !strings.Contains(fr, "éco-participation") {
			t.Errorf("%s: the France step does not name the éco-participation: %q", lang, fr)
		}
		if w, ok := oneForOne[lang]; !ok || !strings.Contains(fr, w) {
			t.Errorf("%s: the France step does not name one-for-one take-back (or no words to look for): %q", lang, fr)
		}
		if !strings.Contains(ce, "QR") || !strings.Contains(ce, "2027") || !strings.Contains(ce, "2025") {
			t.Errorf("%s: the CE step does not give the batteries' marks and dates: %q", lang, ce)
		}
	}
}
