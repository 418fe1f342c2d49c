package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestMarketsBuyerAtom: `markets: {buyer: true}` matches the target market
// where a waiting buyer is; with `all: true`, every target market must be
// it — the firm whose one target market has its buyer waiting
// (hr-sauerkraut-private-label-at's Austrian chain), which needs no importer
// to introduce it there. Without a buyer waiting (or with the buyer in a
// country that is not a target), nothing matches; kinds and countries
// narrow it further.
func TestMarketsBuyerAtom(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	one := &catalogue.MarketsRef{Buyer: true}
	every := &catalogue.MarketsRef{Buyer: true, All: true}
	eu := &catalogue.MarketsRef{Buyer: true, Kinds: []string{"intra-eu"}}
	for _, c := range []struct {
		name             string
		pairs            []string
		one, every, inEU bool
	}{
		{"one target, buyer there", []string{"target-markets=AT,", "waiting-buyer=enquiry", "buyer-market=AT"}, true, true, true},
		{"samples asked", []string{"target-markets=AT,", "waiting-buyer=samples", "buyer-market=AT"}, true, true, true},
		{"two targets, buyer in one", []string{"target-markets=DE,AT,", "waiting-buyer=enquiry", "buyer-market=AT"}, true, false, true},
		{"buyer outside the EU", []string{"target-markets=NO,", "waiting-buyer=enquiry", "buyer-market=NO"}, true, true, false},
		{"buyer in a current market, not a target", []string{"current-markets=SI,", "target-markets=AT,", "waiting-buyer=enquiry", "buyer-market=SI"}, false, false, false},
		{"no buyer waiting", []string{"target-markets=AT,", "waiting-buyer=nothing", "buyer-market=AT"}, false, false, false},
		{"where the buyer is not answered", []string{"target-markets=AT,", "waiting-buyer=enquiry"}, false, false, false},
	} {
		f := file(cat, append([]string{"region=hr-koprivnica-krizevci"}, c.pairs...)...)
		fx := NewFacts(cat, f)
		for _, a := range []struct {
			what string
			r    *catalogue.MarketsRef
			want bool
		}{{"buyer", one, c.one}, {"buyer, all", every, c.every}, {"buyer, intra-eu", eu, c.inEU}} {
			rule := &catalogue.Rule{Markets: a.r}
			got, _ := fx.Eval(rule)
			if got != a.want || fx.holds(rule) != a.want {
				t.Errorf("%s: {%s} = %v (holds %v), want %v", c.name, a.what, got, fx.holds(rule), a.want)
			}
		}
	}
}
