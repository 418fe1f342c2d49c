package practices_test

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestWebShopBesideOwnSalesNamesDutyOnlyAcrossABorder: a maker that sells
// to shops itself and whose web shop already sends parcels to consumers
// abroad is told of the duty on each parcel only when one of its targets
// is behind a customs border; with all of them inside its customs union
// the web-shop step's reason names the VAT, the delivery and the returns
// (adv21h, session 21), as it does for a web shop alone.
func TestWebShopBesideOwnSalesNamesDutyOnlyAcrossABorder(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tt := range []struct {
		markets, rule string
		unasked       map[string]string // the answers the firm is then not asked, removed
	}{
		{"[DE, US]", "consumer-parcels-beside-own-sales", nil},
		{"[DE]", "consumer-parcels-beside-own-sales-no-customs", map[string]string{"  logistics.customs-docs: with-help\n": ""}},
	} {
		t.Run(tt.markets, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "pl-amber-jewellery", whatIf{replace: tt.unasked, edits: []regexpEdit{
				{`(?m)^  (current|target)-markets: .*$`, "  ${1}-markets: " + tt.markets},
			}})
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == "global-webshop-consumers-abroad" })
			if i < 0 {
				t.Fatal("no web-shop action")
			}
			if !slices.ContainsFunc(p.Actions[i].Reasons, func(m assessment.Msg) bool {
				return m.ID == "assessment.reason.decisive" && m.Ref == tt.rule
			}) {
				t.Errorf("the web-shop action's reasons %+v lack the rule %s", p.Actions[i].Reasons, tt.rule)
			}
		})
	}
}
