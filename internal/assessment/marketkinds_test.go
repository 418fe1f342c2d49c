package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// TestOnlyMarketKinds: a practice of low impact is not specific on the
// kind of the firm's markets alone ("Your market, the Netherlands, is in
// the EU": brexit24, session 24), but a programme for the market, a market
// new to the firm, or any gap of the firm beside the kind still counts.
func TestOnlyMarketKinds(t *testing.T) {
	t.Parallel()
	m := func(kind, ref string) Msg { return msg(kind, ref, diag.M("x")) }
	cases := []struct {
		name string
		rs   []Msg
		want bool
	}{
		{"no reason", nil, false},
		{"in the EU", []Msg{m(ReasonMarket, "eu-member")}, true},
		{"far and English-speaking", []Msg{m(ReasonMarket, "far"), m(ReasonMarket, "english-speaking")}, true},
		{"a programme for the market", []Msg{m(ReasonMarket, "served")}, false},
		{"a market new to the firm", []Msg{m(ReasonMarket, "new")}, false},
		{"in the EU and a gap", []Msg{m(ReasonMarket, "eu-member"), m(ReasonGap, "legal-compliance.vat-customs")}, false},
		{"a decisive gap", []Msg{m(ReasonDecisive, "new-customs-border")}, false},
	}
	for _, tc := range cases {
		if got := onlyMarketKinds(tc.rs); got != tc.want {
			t.Errorf("%s: onlyMarketKinds = %v, want %v", tc.name, got, tc.want)
		}
	}
}
