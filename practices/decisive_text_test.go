package practices_test

import (
	"strings"
	"testing"
)

// TestAnimalProductsIntoEUForAFirmAlreadyThere: the border-control-post
// gap holds for an EU market new to the firm, and its sentence says so. It
// said "You are about to sell food with products of animal origin in the
// EU from outside it" to uk-food-eu, which already ships its sauces to
// Ireland through the same checks (fix26, session 26).
func TestAnimalProductsIntoEUForAFirmAlreadyThere(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := profilePlan(t, c, "uk-food-eu", "en")
	found := false
	for _, a := range p.Actions {
		if a.Decisive == nil || a.Decisive.ID != "animal-products-into-eu" {
			continue
		}
		found = true
		if strings.Contains(a.Decisive.Text, "about to sell") || !strings.Contains(a.Decisive.Text, "new to you") {
			t.Errorf("uk-food-eu sells in Ireland already; the gap reads %q", a.Decisive.Text)
		}
	}
	if !found {
		t.Error("uk-food-eu: no action decisive by animal-products-into-eu")
	}
}

// TestAlcoholIntoEUForAFirmAlreadyThere: the same for drinks — the excise
// gap holds for an EU market new to the firm, and a Hampshire gin distiller
// that already sells in the Netherlands is not told it is "about to sell …
// in the EU from outside it" (fix26, session 26).
func TestAlcoholIntoEUForAFirmAlreadyThere(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "uk-gin-eu", whatIf{replace: map[string]string{
		"  exports: none\n":                    "  exports: occasional\n  export-share: under-5\n  current-markets: [NL]\n",
		"  finance.currency: not-considered\n": "  finance.currency: not-considered\n  finance.payment-terms: checks\n",
	}})
	found := false
	for _, a := range p.Actions {
		if a.Decisive == nil || a.Decisive.ID != "alcohol-new-eu-market-from-outside" {
			continue
		}
		found = true
		if strings.Contains(a.Decisive.Text, "about to sell") || !strings.Contains(a.Decisive.Text, "new to you") {
			t.Errorf("a distiller selling in the Netherlands already reads %q", a.Decisive.Text)
		}
	}
	if !found {
		t.Error("uk-gin-eu with a Dutch market: no action decisive by alcohol-new-eu-market-from-outside")
	}
}
