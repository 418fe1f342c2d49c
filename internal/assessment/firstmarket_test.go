package assessment

import (
	"slices"
	"testing"
)

// TestChooseFirstMarket: a candidate is named only when it has every fact
// another candidate has and more; the why is the facts the others lack.
func TestChooseFirstMarket(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name    string
		targets []string
		facts   [][]string
		market  string
		why     []string
		differ  bool
	}{
		{"single market and currency beat a customs border", []string{"DE", "US"},
			[][]string{{FirstMarketNoCustoms, FirstMarketCurrency}, {}}, "DE", []string{FirstMarketNoCustoms, FirstMarketCurrency}, true},
		{"the second candidate can win", []string{"GB", "XI"},
			[][]string{{FirstMarketLanguage}, {FirstMarketSells, FirstMarketNoCustoms, FirstMarketLanguage}}, "XI", []string{FirstMarketSells, FirstMarketNoCustoms}, true},
		{"facts shared by all are no reason", []string{"BR", "US"},
			[][]string{{FirstMarketLanguage, FirstMarketNeighbour}, {FirstMarketNeighbour}}, "BR", []string{FirstMarketLanguage}, true},
		{"the same facts decide nothing", []string{"FR", "NL"},
			[][]string{{FirstMarketCurrency}, {FirstMarketCurrency}}, "", nil, false},
		{"no facts at all decide nothing", []string{"CN", "VN"},
			[][]string{nil, nil}, "", nil, false},
		{"facts pointing different ways decide nothing", []string{"NO", "DE"},
			[][]string{{FirstMarketSells}, {FirstMarketNoCustoms}}, "", nil, true},
		{"three candidates: one must beat both", []string{"SI", "AT", "DE"},
			[][]string{{FirstMarketNoCustoms, FirstMarketNeighbour}, {FirstMarketNoCustoms, FirstMarketNeighbour}, {FirstMarketNoCustoms}}, "", nil, true},
		{"three candidates: the why is what any other lacks", []string{"SI", "AT", "US"},
			[][]string{{FirstMarketNoCustoms, FirstMarketNeighbour}, {FirstMarketNoCustoms}, {}}, "SI", []string{FirstMarketNoCustoms, FirstMarketNeighbour}, true},
	} {
		got := chooseFirstMarket(tc.targets, tc.facts)
		if got.Market != tc.market || !slices.Equal(got.Facts, tc.why) || got.Differ != tc.differ {
			t.Errorf("%s: got %+v, want market %q why %v differ %v", tc.name, got, tc.market, tc.why, tc.differ)
		}
		if got.Market != "" && (len(got.Others) != len(tc.targets)-1 || slices.Contains(got.Others, got.Market)) {
			t.Errorf("%s: others %v", tc.name, got.Others)
		}
	}
}
