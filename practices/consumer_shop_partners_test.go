package practices_test

import "testing"

// TestConsumerWebShopIsNotToldToChooseADistributor: a firm that sells only
// to consumers and only online has no agent or distributor to choose — not
// as an action, nor as an alternative to another (session 21: a Polish
// candle web shop weighing its route read "Also possible: choose and check
// an agent or distributor" under PAIH's action) — whatever it answered about
// its route; a web shop that also sells to businesses, or through
// distributors, may still be offered it.
func TestConsumerWebShopIsNotToldToChooseADistributor(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	tests := []struct {
		name, profile, route string
		sellsTo, sellsHow    string // replacement lines, or "" to keep the profile's
		extra                string // answers to the questions the change asks
		want                 bool
	}{
		{"uk shop, no route yet", "uk-accessories-webshop-eu-us", "undecided", "", "", "", false},
		{"uk shop, weighing routes", "uk-accessories-webshop-eu-us", "considering", "", "", "", false},
		{"pl shop, weighing routes", "pl-cosmetics-webshop-de-se", "considering", "", "", "", false},
		{"pl shop, no route yet", "pl-cosmetics-webshop-de-se", "undecided", "", "", "", false},
		{"uk shop that also sells to shops", "uk-accessories-webshop-eu-us", "undecided", "  sells-to:\n    - b2c\n    - b2b\n", "", "\n  finance.payment-terms: none\n  finance.export-finance: unaware", true},
		{"uk shop that also sells through distributors", "uk-accessories-webshop-eu-us", "undecided", "", "  sells-how:\n    - own-brand\n    - online\n    - distributor-agent\n", "\n  sales-channels.partners: need-one", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			w := whatIf{showAll: true, edits: []regexpEdit{
				{`(?m)^  sales-channels\.route: .*$`, "  sales-channels.route: " + tt.route + tt.extra},
			}}
			if tt.sellsTo != "" {
				w.edits = append(w.edits, regexpEdit{`(?m)^  sells-to:\n(    - .*\n)+`, tt.sellsTo})
			}
			if tt.sellsHow != "" {
				w.edits = append(w.edits, regexpEdit{`(?m)^  sells-how:\n(    - .*\n)+`, tt.sellsHow})
			}
			p := planWith(t, c, tt.profile, w)
			if got := inPlan(p, "global-choose-distributor"); got != tt.want {
				t.Errorf("choosing an agent or distributor offered = %v, want %v", got, tt.want)
			}
		})
	}
}
