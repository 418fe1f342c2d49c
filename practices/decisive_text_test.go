package practices_test

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
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
	for _, text := range decisiveTexts(t, p, "animal-products-into-eu", "uk-food-eu") {
		if strings.Contains(text, "about to sell") || !strings.Contains(text, "new to you") {
			t.Errorf("uk-food-eu sells in Ireland already; the gap reads %q", text)
		}
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
	for _, text := range decisiveTexts(t, p, "alcohol-new-eu-market-from-outside", "uk-gin-eu with a Dutch market") {
		if strings.Contains(text, "about to sell") || !strings.Contains(text, "new to you") {
			t.Errorf("a distiller selling in the Netherlands already reads %q", text)
		}
	}
}

// decisiveTexts are the sentences of p's actions that the gap id decides
// (Action.Decisive), in the plan's order; firm names the plan when there
// is none, which fails the test: a check of the sentence that found no
// action to check would pass on nothing.
func decisiveTexts(t *testing.T, p assessment.Plan, id, firm string) []string {
	t.Helper()
	var out []string
	for _, a := range p.Actions {
		if a.Decisive != nil && a.Decisive.ID == id {
			out = append(out, a.Decisive.Text)
		}
	}
	if len(out) == 0 {
		t.Errorf("%s: no action decisive by %s", firm, id)
	}
	return out
}
