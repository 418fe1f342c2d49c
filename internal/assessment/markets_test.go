package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// TestNoteFits: a market note's business-model conditions. sells_what,
// sells_to and sells_how hold when the firm chose one of the options, and
// when it has not answered (an older answers file sees the general facts);
// regulated_goods holds only when the firm said so.
func TestNoteFits(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	base := []string{"region=pt-alentejo", "sector=food", "size=small", "sells-what=food-drink,"}
	tests := []struct {
		name  string
		pairs []string
		note  catalogue.MarketNote
		want  bool
	}{
		{"no conditions", nil, catalogue.MarketNote{}, true},
		{"sells_to b2c, firm sells to consumers", []string{"sells-to=b2b,b2c"}, catalogue.MarketNote{SellsTo: []string{"b2c"}}, true},
		{"sells_to b2c, firm sells to businesses only", []string{"sells-to=b2b,"}, catalogue.MarketNote{SellsTo: []string{"b2c"}}, false},
		{"sells_to b2c, not answered", nil, catalogue.MarketNote{SellsTo: []string{"b2c"}}, true},
		{"sells_how online, firm sells online", []string{"sells-how=own-brand,online"}, catalogue.MarketNote{SellsHow: []string{"online"}}, true},
		{"sells_how online, firm sells through distributors", []string{"sells-how=distributor-agent,"}, catalogue.MarketNote{SellsHow: []string{"online"}}, false},
		{"sells_how, one of several", []string{"sells-how=direct,own-brand"}, catalogue.MarketNote{SellsHow: []string{"online", "own-brand"}}, true},
		{"sells_what goods, firm sells food only", nil, catalogue.MarketNote{SellsWhat: []string{"goods"}}, false},
		{"regulated_goods alcohol, firm sells wine", []string{"regulated-goods=alcohol,"}, catalogue.MarketNote{RegulatedGoods: []string{"alcohol"}}, true},
		{"regulated_goods alcohol, firm said none", []string{"regulated-goods=none,"}, catalogue.MarketNote{RegulatedGoods: []string{"alcohol"}}, false},
		{"regulated_goods alcohol, firm sells wood only", []string{"regulated-goods=eudr,"}, catalogue.MarketNote{RegulatedGoods: []string{"alcohol"}}, false},
		{"regulated_goods alcohol, not answered: never a guess", nil, catalogue.MarketNote{RegulatedGoods: []string{"alcohol"}}, false},
		{"every condition must hold", []string{"sells-to=b2c,", "regulated-goods=none,"}, catalogue.MarketNote{SellsTo: []string{"b2c"}, RegulatedGoods: []string{"alcohol"}}, false},
	}
	for _, tt := range tests {
		fx := NewFacts(cat, file(cat, append(append([]string{}, base...), tt.pairs...)...))
		if got := fx.noteFits(&tt.note); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestMarketNotesBySectorAndChannel: the embedded catalogue's notes follow
// what, to whom and how a firm sells (advisor review 3, fault 4) — wine is
// an excise good inside the EU and needs the TTB's label approval in the
// US, olive oil is neither; consumer parcels, packaging and product safety
// only where the firm sells to consumers or consumer products; the
// deforestation regulation only for its goods.
func TestMarketNotesBySectorAndChannel(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	pt := []string{"region=pt-alentejo", "sector=food", "size=small", "exports=occasional", "current-markets=BE"}
	pl := []string{"region=pl-pomorskie", "sector=manufacturing", "size=small", "sells-what=goods,", "exports=none"}
	tests := []struct {
		name      string
		pairs     []string
		market    string
		want, not []string
	}{
		{"wine to DE: no excise on still wine there, but EMCS; not 'no customs duty' alone", append(pt, "sells-what=food-drink,", "regulated-goods=alcohol,", "sells-to=b2b,", "target-markets=DE,US"), "DE",
			[]string{"de-alcohol-excise", "intra-eu-vat"}, []string{"intra-eu-no-customs", "intra-eu-excise", "de-consumer-packaging"}},
		{"wine to FR: the destination country's excise, not 'no customs duty' alone", append(pt, "sells-what=food-drink,", "regulated-goods=alcohol,", "sells-to=b2b,", "target-markets=FR"), "FR",
			[]string{"intra-eu-excise", "intra-eu-vat"}, []string{"intra-eu-no-customs", "de-alcohol-excise"}},
		{"wine to the US: the TTB's label approval", append(pt, "sells-what=food-drink,", "regulated-goods=alcohol,", "sells-to=b2b,", "target-markets=DE,US"), "US",
			[]string{"us-alcohol-fda-ttb"}, []string{"us-food-fda", "us-consumer-parcels"}},
		{"olive oil to DE: no excise", append(pt, "sells-what=food-drink,", "regulated-goods=none,", "sells-to=b2b,", "target-markets=DE,US"), "DE",
			[]string{"intra-eu-no-customs"}, []string{"intra-eu-excise"}},
		{"olive oil to the US: FDA, no wine labels", append(pt, "sells-what=food-drink,", "regulated-goods=none,", "sells-to=b2b,", "target-markets=DE,US"), "US",
			[]string{"us-food-fda"}, []string{"us-alcohol-fda-ttb"}},
		{"food, regulated goods not answered: no excise guessed", append(pt, "sells-what=food-drink,", "sells-to=b2b,", "target-markets=DE"), "DE",
			[]string{"intra-eu-no-customs"}, []string{"intra-eu-excise"}},
		{"olive oil to Brazil", append(pt, "sells-what=food-drink,", "regulated-goods=none,", "target-markets=BR"), "BR",
			[]string{"brazil-food-portugal", "mercosur-interim-agreement-brazil"}, []string{"outside-customs-union", "brazil-food"}}, // the EU–Mercosur note replaces the general customs note (advisor review 8)
		{"Italian food to Brazil: no Portuguese olive oil's line", []string{"region=it-emilia-romagna", "sector=food", "size=small", "sells-what=food-drink,", "regulated-goods=none,", "target-markets=BR"}, "BR",
			[]string{"brazil-food"}, []string{"brazil-food-portugal"}}, // adv19b: the DGAV's rules for olive oil from Portugal reached every food firm
		{"web shop to the US: the end of the $800 de minimis", append(pt, "sells-what=goods,", "regulated-goods=none,", "sells-to=b2b,b2c", "sells-how=online,", "target-markets=US"), "US",
			[]string{"us-consumer-parcels", "outside-customs-union"}, nil},
		{"B2B only to the US: no consumer parcels", append(pt, "sells-what=goods,", "regulated-goods=none,", "sells-to=b2b,", "target-markets=US"), "US",
			nil, []string{"us-consumer-parcels"}},
		{"Irish web shop to GB: UK VAT up to £135", []string{"region=ie-donegal", "sector=food", "size=micro", "sells-what=food-drink,", "regulated-goods=none,", "sells-to=b2c,", "sells-how=online,", "target-markets=GB"}, "GB",
			[]string{"gb-consumer-vat", "gb-customs-from-eu"}, nil},
		// The packaging notes have a topic of their own: the GPSR's note
		// stands beside them (pkg28, session 28).
		{"B2C to DE: LUCID and the GPSR", append(pl, "regulated-goods=eudr,consumer-products", "sells-to=b2c,", "sells-how=own-brand,online", "target-markets=DE,NL"), "DE",
			[]string{"de-consumer-packaging", "eu-product-safety", "eu-deforestation", "intra-eu-no-customs"}, nil},
		// From its web shop the firm is the producer of the packaging in the
		// Netherlands under the EU Packaging Regulation (pack26, session 26):
		// that note, and the GPSR's beside it.
		{"consumer products to NL from a web shop: the PPWR and the GPSR", append(pl, "regulated-goods=eudr,consumer-products", "sells-to=b2c,", "sells-how=own-brand,online", "target-markets=DE,NL"), "NL",
			[]string{"eu-consumer-packaging", "eu-product-safety", "eu-deforestation"}, []string{"de-consumer-packaging"}},
		{"consumer products to NL through distributors: the GPSR, no packaging producer", append(pl, "regulated-goods=eudr,consumer-products", "sells-to=b2c,", "sells-how=own-brand,distributor-agent", "target-markets=DE,NL"), "NL",
			[]string{"eu-product-safety", "eu-deforestation"}, []string{"eu-consumer-packaging"}},
		{"oak furniture to German retailers: GPSR, EUDR, no LUCID", append(pl, "regulated-goods=eudr,consumer-products", "sells-to=b2b,", "sells-how=own-brand,direct", "target-markets=DE"), "DE",
			[]string{"eu-product-safety", "eu-deforestation"}, []string{"de-consumer-packaging"}},
		{"parts for machine builders: neither GPSR nor EUDR", append(pl, "regulated-goods=none,", "sells-to=b2b,", "sells-how=white-label,", "target-markets=DE"), "DE",
			nil, []string{"eu-product-safety", "eu-deforestation", "de-consumer-packaging"}},
		{"own-brand deck equipment, not for consumers: no GPSR", append(pl, "regulated-goods=none,", "sells-to=b2b,", "sells-how=own-brand,online", "target-markets=DE"), "DE",
			nil, []string{"eu-product-safety"}},
		{"valves to India: BIS", []string{"region=it-emilia-romagna", "sector=manufacturing", "size=medium", "sells-what=goods,", "regulated-goods=none,", "sells-to=b2b,", "target-markets=IN"}, "IN",
			[]string{"india-bis-qco", "india-eu-fta-not-in-force"}, []string{"outside-customs-union"}}, // the EU–India note replaces the general customs note (advisor review 8)
	}
	for _, tt := range tests {
		p := plan(t, cat, tt.pairs...)
		got, found := marketNotes(p, tt.market)
		if !found {
			t.Errorf("%s: no section for %s", tt.name, tt.market)
			continue
		}
		checkNotes(t, tt.name+": notes", got, tt.want, tt.not)
	}
}

// TestCheckGainedProfileQuestion: a complete answers file saved before the
// profile asked regulated-goods still checks and makes a plan (the notice
// names the missing profile fact, see ProfileSituation), and assess
// --resume reopens it to ask the question; without the answer no excise or
// deforestation note is shown.
func TestCheckGainedProfileQuestion(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := completeAnswers(cat)
	if _, ok := f.Answer(ProfileRegulatedGoods); !ok {
		t.Fatal("the complete answers do not answer regulated-goods")
	}
	delete(f.Answers, ProfileRegulatedGoods)
	if ds := Check(cat, f); ds.HasErrors() {
		t.Errorf("file older than the question: %v", ds)
	}
	if !SituationMissing(cat, f) {
		t.Error("resuming does not reopen the file to ask regulated-goods")
	}
	p, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range p.Markets {
		for _, n := range m.Notes {
			if n.ID == "intra-eu-excise" || n.ID == "eu-deforestation" || n.ID == "eu-product-safety" {
				t.Errorf("%s: note %s shown without the answer", m.Country, n.ID)
			}
		}
	}
}

// TestSpokenLanguageMajority: a team that speaks "the language of our main
// target market" speaks the language most of its target markets share —
// German for Austria, Germany and Slovenia (advisor review 13:
// hr-metal-own-product read "German — not one of yours" for Austria and
// Germany), French for France and Belgium, whose first language is Dutch
// (session 19: a French-speaking team read "French — not one of yours" for
// France) — and none of them when no language is the main one. A market
// with several languages says which of them the team speaks.
func TestSpokenLanguageMajority(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	hr := []string{"region=hr-koprivnica-krizevci", "sector=manufacturing", "size=medium", "sells-what=goods,", "exports=few-markets", "people-skills.languages=market-language"}
	const (
		spoken   = "assessment.market.lang.spoken"
		spokenOf = "assessment.market.lang.spokenOf"
		other    = "assessment.market.lang.other"
	)
	tests := []struct {
		name    string
		targets string
		line    map[string]string // market: its language line
		of      string            // the language named by spokenOf lines
	}{
		{"German in two of three", "target-markets=AT,DE,SI", map[string]string{"AT": spoken, "DE": spoken, "SI": other}, ""},
		{"German alone", "target-markets=AT,DE", map[string]string{"AT": spoken, "DE": spoken}, ""},
		{"German or French: not said which", "target-markets=DE,FR", map[string]string{"DE": other, "FR": other}, ""},
		{"French in France and Belgium", "target-markets=FR,BE", map[string]string{"FR": spoken, "BE": spokenOf}, "French"},
		{"Belgium alone: its first language", "target-markets=BE", map[string]string{"BE": spokenOf}, "Dutch"},
		{"Switzerland and Germany: German", "target-markets=CH,DE", map[string]string{"CH": spokenOf, "DE": spoken}, "German"},
	}
	for _, tt := range tests {
		p := plan(t, cat, append(hr, tt.targets)...)
		seen := 0
		for _, m := range p.Markets {
			want, ok := tt.line[m.Country]
			if !ok {
				continue
			}
			seen++
			got := ""
			for _, l := range m.Lines {
				if strings.HasPrefix(l.ID, "assessment.market.lang.") {
					got = l.ID
					if l.ID == spokenOf {
						if said := i18n.English.Format(l.Message); !strings.HasSuffix(said, tt.of+".") {
							t.Errorf("%s: %s says %q, want the team speaking %s", tt.name, m.Country, said, tt.of)
						}
					}
				}
			}
			if got != want {
				t.Errorf("%s: %s has language line %s, want %s", tt.name, m.Country, got, want)
			}
		}
		if seen != len(tt.line) {
			t.Errorf("%s: %d of %d markets in the plan", tt.name, seen, len(tt.line))
		}
	}
}

// TestCloseLanguages: Serbian, Bosnian and Montenegro's Serbian are
// understood by a Croatian firm's team — "close", not "not one of
// yours" — and count as a shared language when it chooses a first market;
// Slovenian is not (advisor review 14a, hr-honey-serbia).
func TestCloseLanguages(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	tests := []struct {
		name string
		args []string
		line map[string]string // market: its language line
	}{
		{"Croatian firm, Western Balkans", []string{"region=hr-koprivnica-krizevci", "target-markets=RS,BA,ME,SI"},
			map[string]string{"RS": "assessment.market.lang.close", "BA": "assessment.market.lang.close", "ME": "assessment.market.lang.close", "SI": "assessment.market.lang.other"}},
		{"Danish firm, Serbia", []string{"region=dk-central", "target-markets=RS"},
			map[string]string{"RS": "assessment.market.lang.other"}},
	}
	for _, tt := range tests {
		p := plan(t, cat, append([]string{"sector=food", "size=micro", "sells-what=food-drink,", "exports=one-market", "current-markets=AT,"}, tt.args...)...)
		for _, m := range p.Markets {
			want, ok := tt.line[m.Country]
			if !ok {
				continue
			}
			got := ""
			for _, l := range m.Lines {
				if strings.HasPrefix(l.ID, "assessment.market.lang.") {
					got = l.ID
				}
			}
			if got != want {
				t.Errorf("%s: %s language line %q, want %q", tt.name, m.Country, got, want)
			}
			close := slices.Contains(m.Kinds, "same-language")
			if close != (want == "assessment.market.lang.close") {
				t.Errorf("%s: %s same-language kind %v", tt.name, m.Country, close)
			}
		}
	}
}

// TestSomeLanguagesShared: a market with several languages, only some of
// them the firm's, says which — Canada's "English, French" was "the same
// as yours" to an Irish distillery (adv15d, session 15), Belgium's Dutch,
// French and German the same to a Dutch firm; a market whose languages are
// all the firm's keeps "the same as yours".
func TestSomeLanguagesShared(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		name        string
		args        []string
		market      string
		line        string
		own, others int // how many languages each list names
	}{
		{"Irish firm, Canada", []string{"region=ie-donegal", "target-markets=CA,"}, "CA", "assessment.market.lang.some", 1, 1},
		{"Irish firm, Great Britain", []string{"region=ie-donegal", "target-markets=GB,"}, "GB", "assessment.market.lang.same", 0, 0},
		{"Dutch firm, Belgium", []string{"region=other-eu", "home-country=NL", "target-markets=BE,"}, "BE", "assessment.market.lang.some", 1, 2},
		{"Danish firm, Germany", []string{"region=dk-central", "target-markets=DE,"}, "DE", "assessment.market.lang.other", 0, 0},
	} {
		lines, found := languageLines(t, cat, tt.args, tt.market)
		for _, l := range lines {
			if l.ID != tt.line {
				t.Errorf("%s: language line %q, want %q", tt.name, l.ID, tt.line)
				continue
			}
			if tt.line == "assessment.market.lang.some" {
				own, others := l.Message.Args[1].(diag.List), l.Message.Args[2].(diag.List)
				if len(own.Items) != tt.own || len(others.Items) != tt.others {
					t.Errorf("%s: %d own and %d other languages, want %d and %d", tt.name, len(own.Items), len(others.Items), tt.own, tt.others)
				}
			}
		}
		if !found {
			t.Errorf("%s: no section for %s", tt.name, tt.market)
		}
	}
}

// languageLines are the language lines of the section on market in the
// plan of a micro food firm that sells in France and answered args; found
// says whether the plan has a section on it.
func languageLines(t *testing.T, cat *catalogue.Catalogue, args []string, market string) (lines []Msg, found bool) {
	t.Helper()
	p := plan(t, cat, append([]string{"sector=food", "size=micro", "sells-what=food-drink,", "exports=one-market", "current-markets=FR,"}, args...)...)
	for _, m := range p.Markets {
		if m.Country != market {
			continue
		}
		found = true
		for _, l := range m.Lines {
			if strings.HasPrefix(l.ID, "assessment.market.lang.") {
				lines = append(lines, l)
			}
		}
	}
	return lines, found
}

// TestLanguageLineBusinessLanguage: a market's language line says what a
// firm must speak there, so an official language business is not done in
// is not "not yours" (advisor review 16b: a British firm aiming at Ireland
// read "English, Irish — yours: English; not yours: Irish"). The line, in
// English, for firms and markets with more than one official language;
// Canada's French, Belgium's German and Finland's Swedish stay.
func TestLanguageLineBusinessLanguage(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		name   string
		args   []string
		market string
		want   string
	}{
		{"British firm, Ireland", []string{"region=uk-hampshire", "target-markets=IE,"}, "IE",
			"Language: English, Irish — business there is done in English, which you speak."},
		{"British firm, Malta", []string{"region=uk-hampshire", "target-markets=MT,"}, "MT",
			"Language: Maltese, English — business there is done in English, which you speak."},
		{"German firm, Luxembourg", []string{"region=other-eu", "home-country=DE", "target-markets=LU,"}, "LU",
			"Language: Luxembourgish, French, German — yours: German; not yours: French."},
		{"Irish firm, Northern Ireland", []string{"region=ie-donegal", "target-markets=XI,"}, "XI",
			"Language: English, Irish — the same as yours."},
		{"Irish firm, Canada", []string{"region=ie-donegal", "target-markets=CA,"}, "CA",
			"Language: English, French — yours: English; not yours: French."},
		{"Dutch firm, Belgium", []string{"region=other-eu", "home-country=NL", "target-markets=BE,"}, "BE",
			"Language: Dutch, French, German — yours: Dutch; not yours: French, German."},
		{"Swedish firm, Finland", []string{"region=other-eu", "home-country=SE", "target-markets=FI,"}, "FI",
			"Language: Finnish, Swedish — yours: Swedish; not yours: Finnish."},
		{"French firm, Switzerland", []string{"region=other-eu", "home-country=FR", "target-markets=CH,"}, "CH",
			"Language: German, French, Italian — yours: French; not yours: German, Italian."},
	} {
		lines, _ := languageLines(t, cat, tt.args, tt.market)
		var got []string
		for _, l := range lines {
			got = append(got, i18n.English.Format(l.Message))
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: language lines %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestNotesOfDifferentGoodsBothShown: one note per topic, but notes about
// different regulated goods do not replace each other (a firm selling
// wooden furniture and textiles reads the deforestation rule and the
// textile label), while a note for some goods still replaces the general
// note of its topic, and a note naming the country the general one
// (Germany's alcohol excise note replaces the EU's, which replaces "no
// customs border").
func TestNotesOfDifferentGoodsBothShown(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		name      string
		args      []string
		want, not []string
	}{
		{"wood and textiles", []string{"sells-what=goods,", "regulated-goods=eudr,textiles,consumer-products,"}, []string{"eu-deforestation", "eu-textile-labelling"}, nil},
		{"textiles only", []string{"sells-what=goods,", "regulated-goods=textiles,"}, []string{"eu-textile-labelling"}, []string{"eu-deforestation"}},
		{"wood only", []string{"sells-what=goods,", "regulated-goods=eudr,"}, []string{"eu-deforestation"}, []string{"eu-textile-labelling"}},
		{"alcohol", []string{"sector=food", "sells-what=food-drink,", "regulated-goods=alcohol,"}, []string{"de-alcohol-excise"}, []string{"intra-eu-excise", "intra-eu-no-customs"}},
	} {
		args := append([]string{"region=pl-pomorskie", "size=small", "sells-to=b2b,b2c,", "exports=one-market", "current-markets=CZ,", "target-markets=DE,"}, tt.args...)
		if !strings.HasPrefix(tt.args[0], "sector=") {
			args = append(args, "sector=manufacturing")
		}
		notes, _ := marketNotes(plan(t, cat, args...), "DE")
		checkNotes(t, tt.name+": DE notes", notes, tt.want, tt.not)
	}
}
