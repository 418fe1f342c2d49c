package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
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
		// A trade agreement that removes most duties (adv20b, session 20):
		// it beats no agreement, and the customs union beats it.
		{"a trade agreement beats none", []string{"US", "CA"},
			[][]string{{}, {FirstMarketAgreement}}, "CA", []string{FirstMarketAgreement}, true},
		{"no customs border beats a trade agreement", []string{"CA", "DE"},
			[][]string{{FirstMarketAgreement}, {FirstMarketNoCustoms}}, "DE", []string{FirstMarketNoCustoms}, true},
		{"no customs border beats a trade agreement, the other facts alike", []string{"NO", "DE"},
			[][]string{{FirstMarketAgreement, FirstMarketNeighbour}, {FirstMarketNoCustoms, FirstMarketNeighbour}}, "DE", []string{FirstMarketNoCustoms}, true},
		{"agreements on both sides decide nothing", []string{"GB", "KR"},
			[][]string{{FirstMarketAgreement}, {FirstMarketAgreement}}, "", nil, false},
		{"an agreement against a language decides nothing", []string{"KR", "US"},
			[][]string{{FirstMarketAgreement}, {FirstMarketLanguage}}, "", nil, true},
		{"an agreement does not outweigh where the firm sells", []string{"CA", "DE"},
			[][]string{{FirstMarketSells, FirstMarketAgreement}, {FirstMarketNoCustoms}}, "", nil, true},
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

// TestFirstMarketTradeAgreement: the market choice of a firm that sells
// goods weighs the trade agreement its customs notes name, and says it by
// name: pl-linen-us-ca, a Polish maker of linen choosing between the United
// States and Canada, was told the two come out even while its Canadian note
// described CETA's zero duty (adv19h, session 19); an EU firm choosing
// between Great Britain and the United States has the Trade and Cooperation
// Agreement on its side. A firm that sells only services is not told about
// agreements on goods.
func TestFirstMarketTradeAgreement(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		profile, id string
		v           []string
		reason, ref string // the market choice's reason: message ID and market
		names       string // what the English reason names
	}{
		{"pl-linen-us-ca", "", nil, "assessment.reason.firstMarket.chooseAgreement", "CA", "CETA (EU–Canada)"}, // as it answered
		{"pl-smoked-fish-us-gb", "", nil, "assessment.reason.firstMarket.chooseAgreement", "GB", "the EU–UK Trade and Cooperation Agreement"},
		{"pl-linen-us-ca", ProfileSellsWhat, []string{"services-remote"}, "assessment.reason.firstMarket.sameServices", "", ""},
		// Japan's and Switzerland's agreements (adv21b, session 21): linen
		// to Japan or Switzerland rather than the United States; smoked fish
		// to Switzerland is food, which the 1972 agreement leaves out, so it
		// does not count there (ch-customs-food-from-eu names no agreement).
		{"pl-linen-us-ca", ProfileTargetMarkets, []string{"US", "JP"}, "assessment.reason.firstMarket.chooseAgreement", "JP", "the EU–Japan Economic Partnership Agreement"},
		{"pl-linen-us-ca", ProfileTargetMarkets, []string{"US", "CH"}, "assessment.reason.firstMarket.chooseAgreement", "CH", "no import duty on industrial goods of any origin since 1 January 2024"},
		{"pl-smoked-fish-us-gb", ProfileTargetMarkets, []string{"US", "CH"}, "assessment.reason.firstMarket.same", "", ""},
		// A British firm's own agreements: aircraft parts to Australia rather
		// than the United States, to Japan rather than China (against the
		// United States, Japan's agreement meets English: mixed).
		{"uk-aero-subcontractor-fr", ProfileTargetMarkets, []string{"US", "AU"}, "assessment.reason.firstMarket.chooseAgreement", "AU", "the UK–Australia free trade agreement"},
		{"uk-aero-subcontractor-fr", ProfileTargetMarkets, []string{"CN", "JP"}, "assessment.reason.firstMarket.chooseAgreement", "JP", "the UK–Japan Comprehensive Economic Partnership Agreement"},
		// New Zealand's and Canada's (session 23): aircraft parts to either
		// rather than to China.
		{"uk-aero-subcontractor-fr", ProfileTargetMarkets, []string{"CN", "NZ"}, "assessment.reason.firstMarket.chooseAgreement", "NZ", "the UK–New Zealand free trade agreement"},
		{"uk-aero-subcontractor-fr", ProfileTargetMarkets, []string{"CN", "CA"}, "assessment.reason.firstMarket.chooseAgreement", "CA", "the UK–Canada Trade Continuity Agreement"},
		// The Stabilisation and Association Agreements (session 23): Serbia's
		// freed industrial goods and most farm products, so it counts for
		// linen and for smoked fish; Bosnia and Herzegovina's freed
		// industrial goods only — linen, not fish.
		{"pl-linen-us-ca", ProfileTargetMarkets, []string{"US", "RS"}, "assessment.reason.firstMarket.chooseAgreement", "RS", "the EU–Serbia Stabilisation and Association Agreement"},
		{"pl-linen-us-ca", ProfileTargetMarkets, []string{"US", "BA"}, "assessment.reason.firstMarket.chooseAgreement", "BA", "the EU–Bosnia and Herzegovina Stabilisation and Association Agreement"},
		{"pl-smoked-fish-us-gb", ProfileTargetMarkets, []string{"US", "RS"}, "assessment.reason.firstMarket.chooseAgreement", "RS", "the EU–Serbia Stabilisation and Association Agreement"},
		{"pl-smoked-fish-us-gb", ProfileTargetMarkets, []string{"US", "BA"}, "assessment.reason.firstMarket.same", "", ""},
		// Vietnam's (session 24): over 99 % of duties, most gone by now,
		// the rest within ten years of August 2020 — for linen and for fish.
		{"pl-linen-us-ca", ProfileTargetMarkets, []string{"US", "VN"}, "assessment.reason.firstMarket.chooseAgreement", "VN", "the EU–Vietnam free trade agreement"},
		{"pl-smoked-fish-us-gb", ProfileTargetMarkets, []string{"US", "VN"}, "assessment.reason.firstMarket.chooseAgreement", "VN", "the EU–Vietnam free trade agreement"},
	} {
		f := signalProfile(t, cat, c.profile, c.id, c.v...)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		got := firstMarketReasonOf(p)
		if got == nil {
			t.Errorf("%s %v: the market choice gives no comparison", c.profile, c.v)
			continue
		}
		en := say("en", got.Message)
		if got.ID != c.reason || got.Ref != c.ref || !strings.Contains(en, c.names) {
			t.Errorf("%s %v: the market choice says %s about %q, want %s about %q naming %q: %s", c.profile, c.v, got.ID, got.Ref, c.reason, c.ref, c.names, en)
		}
	}
}

// TestFirstMarketAnyOrigin: Switzerland has charged no duty on industrial
// goods of any origin since 1 January 2024, so the market choice says that
// of it — not that an agreement "removes most duties on goods meeting its
// rules of origin", a borrowed reason (agree23's leftover, session 24) —
// in every language, for an EU firm and a British one alike; beside an
// agreement of another market each reads in its own words. A British firm
// that sells food as well has no Swiss note that frees what it sells, so
// Switzerland does not count for it.
func TestFirstMarketAnyOrigin(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		profile string
		targets []string
		sells   []string // sells-what, when not the profile's own
		buyer   string   // buyer-market, when not the profile's own
		reason  string
		ref     string
		says    []string // what the English reason says
		plants  bool     // the firm sells plants or seeds (regulated-goods)
	}{
		{"pl-linen-us-ca", []string{"US", "CH"}, nil, "", "assessment.reason.firstMarket.chooseAgreement", "CH",
			[]string{"no import duty on industrial goods of any origin since 1 January 2024, when Switzerland abolished its industrial tariffs"}, false},
		{"uk-aero-subcontractor-fr", []string{"CN", "CH"}, nil, "", "assessment.reason.firstMarket.chooseAgreement", "CH",
			[]string{"no import duty on industrial goods of any origin since 1 January 2024"}, false},
		{"uk-aero-subcontractor-fr", []string{"CN", "CH"}, []string{"goods", "food-drink"}, "", "assessment.reason.firstMarket.same", "", nil, false},
		// Plants and seeds are farm products: Switzerland still charges
		// duty on them, for an EU firm as for a British one.
		{"pl-linen-us-ca", []string{"US", "CH"}, nil, "", "assessment.reason.firstMarket.same", "", nil, true},
		{"uk-aero-subcontractor-fr", []string{"CN", "CH"}, nil, "", "assessment.reason.firstMarket.same", "", nil, true},
		// A buyer waits in China; Switzerland and Japan would be easier,
		// each for its own fact, in its own words: the agreement's rules
		// of origin for Japan only.
		{"uk-aero-subcontractor-fr", []string{"CN", "CH", "JP"}, nil, "CN", "assessment.reason.firstMarket.buyer", "CN",
			[]string{"a trade agreement, the UK–Japan Comprehensive Economic Partnership Agreement, that removes most duties on goods meeting its rules of origin",
				"no import duty on industrial goods of any origin since 1 January 2024"}, false},
	} {
		f := signalProfile(t, cat, c.profile, ProfileTargetMarkets, c.targets...)
		if c.sells != nil {
			f.Set(ProfileSellsWhat, answers.Multiple(c.sells...), f.Updated)
		}
		if c.plants {
			f.Set("regulated-goods", answers.Multiple("plants"), f.Updated)
		}
		if c.buyer != "" {
			f.Set("buyer-market", answers.Single(c.buyer), f.Updated)
		}
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		got := firstMarketReasonOf(p)
		if got == nil {
			t.Errorf("%s %v: the market choice gives no comparison", c.profile, c.targets)
			continue
		}
		en := say("en", got.Message)
		if got.ID != c.reason || got.Ref != c.ref {
			t.Errorf("%s %v %v: the market choice says %s about %q, want %s about %q: %s", c.profile, c.targets, c.sells, got.ID, got.Ref, c.reason, c.ref, en)
		}
		for _, w := range c.says {
			if !strings.Contains(en, w) {
				t.Errorf("%s %v: the market choice does not say %q: %s", c.profile, c.targets, w, en)
			}
		}
		if strings.Contains(en, "rules of origin") && slices.Contains(c.targets, "CH") && !slices.Contains(c.targets, "JP") {
			t.Errorf("%s %v: the market choice gives Switzerland an agreement's reason: %s", c.profile, c.targets, en)
		}
		if !slices.Contains(c.targets, "CH") || c.says == nil {
			continue
		}
		for _, lang := range []string{"da", "it", "pl", "pt", "hr"} {
			s := say(lang, got.Message)
			if want := map[string]string{"da": "uanset oprindelse", "it": "di qualsiasi origine", "pl": "bez względu na ich pochodzenie", "pt": "de qualquer origem", "hr": "bilo kojeg podrijetla"}[lang]; !strings.Contains(s, want) {
				t.Errorf("%s %v in %s: the market choice does not say %q: %s", c.profile, c.targets, lang, want, s)
			}
		}
	}
}
