package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// TestConsumerNotesCarryGPSR: a section shows one note per topic, so a
// note on selling to consumers in an EU country that stands in for
// eu-product-safety (same topic, the goods it is for not set apart) says
// its GPSR sentence, in every language — France's packaging note hid it
// (session 22), where Germany's and Austria's carry it.
func TestConsumerNotesCarryGPSR(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	var gpsr *catalogue.MarketNote
	for _, n := range c.MarketNotes {
		if n.ID == "eu-product-safety" {
			gpsr = n
		}
	}
	if gpsr == nil {
		t.Fatal("no note eu-product-safety")
	}
	checked := 0
	for _, n := range c.MarketNotes {
		if n == gpsr || n.Topic != gpsr.Topic || len(n.Countries) == 0 {
			continue
		}
		if len(n.RegulatedGoods) > 0 && !slices.Contains(n.RegulatedGoods, "consumer-products") {
			continue
		}
		if len(n.SellsWhat) > 0 && !slices.Contains(n.SellsWhat, "goods") {
			continue
		}
		if !slices.ContainsFunc(n.Countries, func(code string) bool {
			x := c.Country(code)
			return x != nil && x.InGroup(catalogue.GroupEU)
		}) {
			continue
		}
		checked++
		for _, lang := range []string{"en", "da", "it", "pl", "pt", "hr"} {
			if s, _ := n.Text.Get(lang); !strings.Contains(s, "GPSR") {
				t.Errorf("%s (%s): no GPSR sentence, yet it stands in for eu-product-safety", n.ID, lang)
			}
		}
	}
	if checked < 3 {
		t.Errorf("checked %d notes, want the German, Austrian and French ones at least", checked)
	}
}
