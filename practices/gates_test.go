package practices_test

import (
	"maps"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// inPlan says whether practice id is anywhere in p: an action (shown or
// not) or an alternative.
func inPlan(p assessment.Plan, id string) bool {
	for _, a := range p.Actions {
		if a.Practice == id {
			return true
		}
		for _, x := range a.Alternatives {
			if x.Practice == id {
				return true
			}
		}
	}
	return false
}

func shownIn(p assessment.Plan, id string) bool {
	for _, a := range p.Actions {
		if a.Practice == id && a.Shown {
			return true
		}
	}
	return false
}

// TestGatesReachTheFirmsTheyFit: the dated and border rules that are steps
// (advisor review 5, pattern 1) reach the firms that said they sell such
// goods, in the direction they sell, and no other: the Machinery
// Regulation only a machinery maker selling in the EU; Great Britain's
// checks on animal products an EU firm selling them there; the EU's border
// control posts a firm from outside the EU — not an Irish firm selling to
// France, whose goods cross no such border; the US duty check a firm whose
// goods are new to the US, not software, not a firm that sells there; the
// US importer of the three tiers a firm selling alcohol there, not olive oil;
// the retail food certificate a private-label food maker new to an IFS
// country, not one that sells only its own brand; the A1 and posting
// declaration a firm that installs on site in new EU or EEA markets, not
// one whose new markets are Mexico or China; the class approval and wheel
// mark a maker of equipment fitted on board ships, not a packaging-machine
// maker; Proposition 65 and the FDA's food-contact status a maker of
// consumer goods new to the US that has not checked its rules there, not
// olive oil or wine, not a furniture maker selling in Germany; the Croatian
// stay and work permit a Croatian firm whose capacity holds back its
// exports, not an Irish one, not one held back by finding buyers; the
// usage-rights contract and the reverse charge a firm selling services to
// businesses in the EU on home terms or unsure of VAT, not one on export
// terms with VAT known, not a maker of goods; the German labour-leasing
// check a firm selling its people's work to clients in Germany, not one
// whose clients are elsewhere; the supplier approval a subcontractor making
// goods to other firms' orders for new markets, not one launching its own
// brand, not a private-label food maker, not one that meets its buyers' rules;
// the employer of record or US subsidiary a software firm whose own sales
// people sell to businesses new to the US, not one whose markets are in
// Europe, not a maker of goods.
func TestGatesReachTheFirmsTheyFit(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		machinery = "global-machinery-regulation"
		intoGB    = "global-gb-animal-products-entry"
		intoEU    = "global-eu-animal-products-entry"
		usDuty    = "global-us-duty-check"
		usWine    = "global-us-alcohol-importer-first"
		ifs       = "global-retail-food-certificate"
		posting   = "global-posted-workers-a1"
		marine    = "global-marine-class-wheelmark"
		prop65    = "global-us-prop65-food-contact"
		permit    = "hr-third-country-work-permit"
		services  = "global-services-rights-reverse-charge"
		leasing   = "global-de-labour-leasing-check"
		approval  = "global-subcontract-supplier-approval"
		usPeople  = "global-us-employer-of-record-or-subsidiary"
	)
	cases := []struct {
		name, profile string
		repl          map[string]string
		shown, absent []string
	}{
		{"machine maker selling in the EU", "it-packaging-mexico", nil, []string{machinery}, []string{posting, marine}},
		{"deck equipment installed in Norway and Germany", "dk-aalborg-outside", nil, []string{posting, marine, machinery}, nil},
		{"the same firm, no ship equipment", "dk-aalborg-outside",
			map[string]string{"regulated-goods: [machinery, marine]": "regulated-goods: [machinery]"}, []string{machinery}, []string{marine}},
		{"technicians only to China and Vietnam", "it-machinery-maker", nil, nil, []string{posting, marine}},
		{"the same firm, no machinery", "it-packaging-mexico",
			map[string]string{"regulated-goods: [machinery]": "regulated-goods: [none]"}, nil, []string{machinery}},
		{"Irish dairy to GB", "ie-food-producer", nil, []string{intoGB}, []string{intoEU}},
		{"Irish dairy to GB and France", "ie-food-producer",
			map[string]string{
				"target-markets: [GB]":                   "target-markets: [GB, FR]",
				"people-skills.international-experience": "people-skills.languages: basic\n  people-skills.international-experience",
				"offer-adaptation.fit":                   "offer-adaptation.materials: english\n  offer-adaptation.fit",
			}, []string{intoGB}, []string{intoEU}},
		{"Irish food without animal products to GB", "ie-food-producer",
			map[string]string{"regulated-goods: [animal-products]": "regulated-goods: [none]"}, nil, []string{intoGB, intoEU}},
		{"English dairy sauces to France and the Netherlands", "uk-food-eu", nil, []string{intoEU}, []string{intoGB}},
		{"cork homeware new to the US", "pt-cork-us", nil, []string{usDuty, prop65}, []string{usWine}},
		{"the same homeware, its rules already met", "pt-cork-us",
			map[string]string{"legal-compliance.product-rules: think-so": "legal-compliance.product-rules: compliant"}, nil, []string{prop65}},
		{"oak furniture for consumers, to Germany only", "pl-furniture-de", nil, nil, []string{prop65}},
		{"wine new to the US: an importer first", "pt-wine-cooperative",
			map[string]string{"target-markets: [DE, US]": "target-markets: [US]"}, []string{usWine}, []string{prop65}},
		{"olive oil new to the US: no three tiers", "pt-olive-oil-coop", nil, nil, []string{usWine, ifs, prop65}},
		{"Croatian software firm held back by hiring, delivering from home", "hr-it-services", nil, []string{permit}, []string{leasing}},
		{"the same firm, its developers in German clients' teams", "hr-it-services",
			map[string]string{"work-on-site: remote": "work-on-site: client-team"}, []string{permit, leasing}, nil},
		{"the same firm, its developers at clients' sites for weeks", "hr-it-services",
			map[string]string{"work-on-site: remote": "work-on-site: on-site"}, []string{leasing}, nil},
		{"the same firm, its developers visiting for a few days", "hr-it-services",
			map[string]string{"work-on-site: remote": "work-on-site: visits"}, nil, []string{leasing}},
		{"the same firm in German clients' teams, without German clients", "hr-it-services",
			map[string]string{"work-on-site: remote": "work-on-site: client-team", "current-markets: [SI, AT, DE]": "current-markets: [SI, AT]", "target-markets: [DE, AT]": "target-markets: [AT]"}, nil, []string{leasing}},
		{"the same firm held back by finding buyers", "hr-it-services",
			map[string]string{"main-constraint: capacity": "main-constraint: finding-buyers"}, nil, []string{permit}},
		{"Irish micro food firm held back by capacity: not Croatian", "ie-micro-food", nil, nil, []string{permit}},
		{"Croatian design studio, undecided", "hr-undecided-micro", nil, []string{services}, []string{permit, leasing}},
		{"the same studio with export terms and VAT known", "hr-undecided-micro",
			map[string]string{"legal-compliance.contracts: home-terms": "legal-compliance.contracts: export-terms",
				"legal-compliance.vat-customs: unknown": "legal-compliance.vat-customs: known"}, nil, []string{services}},
		{"software services on export terms, VAT known", "hr-it-services", nil, nil, []string{services}},
		{"cork homeware: goods, no services terms", "pt-cork-us", nil, nil, []string{services}},
		{"private-label food to Austria", "hr-food-unsure",
			map[string]string{"target-markets: [SI, AT]": "target-markets: [AT]"}, []string{ifs}, nil},
		{"the same food under its own brand only", "hr-food-unsure",
			map[string]string{"sells-how: [own-brand, white-label]": "sells-how: [own-brand]"}, nil, []string{ifs}},
		{"SaaS new to the US: no goods, no duty step", "dk-saas-scaleup", nil, nil, []string{usDuty}},
		{"machinery already sold in the US", "it-machinery-maker", nil, nil, []string{usDuty}},
		{"SaaS sold by its own sales people, new to the US", "dk-saas-scaleup", nil, []string{usPeople}, nil},
		{"a SaaS start-up whose markets are in Europe", "dk-software-startup", nil, nil, []string{usPeople}},
		{"cork homeware new to the US: goods, through distributors", "pt-cork-us", nil, nil, []string{usPeople}},
		{"build-to-print parts to Germany and France", "uk-engineering-unsure", nil, []string{approval}, nil},
		{"the same parts maker, its buyers' rules met", "uk-engineering-unsure",
			map[string]string{"legal-compliance.product-rules: dont-know": "legal-compliance.product-rules: compliant"}, nil, []string{approval}},
		{"a subcontractor launching its own brand", "pl-subcontractor-own-brand", nil, nil, []string{approval}},
		{"private-label food: the retail standard, not supplier approval", "hr-food-unsure", nil, nil, []string{approval}},
		{"English sauces without animal products", "uk-food-eu",
			map[string]string{"regulated-goods: [animal-products]": "regulated-goods: [none]"}, nil, []string{intoGB, intoEU}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, tc.profile, whatIf{replace: tc.repl})
			for _, id := range tc.shown {
				if !shownIn(p, id) {
					t.Errorf("%s is not a shown action", id)
				}
			}
			for _, id := range tc.absent {
				if inPlan(p, id) {
					t.Errorf("%s is in the plan", id)
				}
			}
		})
	}
}

// TestFoodImportGatesAreSteps: a target market's food-import gate is a
// step, not only a note in the market's section (advisor review 11, review
// 10's leftover: pt-olive-oil-coop) — the FDA registration of the plant and
// the prior notice of each shipment for a food firm new to the US; for a
// Portuguese food firm new to Brazil, Brazil's requirements as the DGAV
// publishes them (for olive oil, each lot analysed by a recognised
// laboratory). Each for a firm that has not met the rules there: shown for
// the market the firm starts with — Brazil, for the olive-oil coop — and
// held back for the other (the FDA step waits, and is no alternative to the
// Brazilian step); not for goods, not once the rules are met, and the DGAV's
// requirements not for a firm outside Portugal.
func TestFoodImportGatesAreSteps(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		fda    = "global-us-food-facility-registration"
		brazil = "global-br-food-dgav-requirements"
	)
	type want struct{ inPlan, shown bool }
	usOnly := map[string]string{"target-markets: [BR, US]": "target-markets: [US]"}
	for _, tc := range []struct {
		name, profile string
		repl          map[string]string
		fda, brazil   want
	}{
		{"olive oil to Brazil and the US: Brazil first, the US waits", "pt-olive-oil-coop", nil, want{true, false}, want{true, true}},
		{"olive oil, the US its one new market", "pt-olive-oil-coop", usOnly, want{true, true}, want{false, false}},
		{"the same oil for the US only, its rules met", "pt-olive-oil-coop",
			map[string]string{"target-markets: [BR, US]": "target-markets: [US]", "legal-compliance.product-rules: think-so": "legal-compliance.product-rules: compliant"}, want{false, false}, want{false, false}},
		{"olive oil from Italy to Brazil and the US", "pt-olive-oil-coop",
			map[string]string{"region: pt-alentejo": "region: other-eu\n  home-country: IT"}, want{true, false}, want{false, false}},
		{"cork homeware new to the US: goods", "pt-cork-us", nil, want{false, false}, want{false, false}},
		{"food to Slovenia and Austria", "hr-food-unsure", nil, want{false, false}, want{false, false}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, tc.profile, whatIf{replace: tc.repl})
			for id, w := range map[string]want{fda: tc.fda, brazil: tc.brazil} {
				if got := inPlan(p, id); got != w.inPlan {
					t.Errorf("%s in the plan = %v, want %v", id, got, w.inPlan)
				}
				if got := shownIn(p, id); got != w.shown {
					t.Errorf("%s shown = %v, want %v", id, got, w.shown)
				}
			}
			for _, a := range p.Actions {
				for _, x := range a.Alternatives {
					if a.Practice == brazil && x.Practice == fda {
						t.Errorf("the FDA registration is an alternative to the Brazilian requirements")
					}
				}
			}
		})
	}
}

// TestBrazilAnimalProductsListing: food of animal origin enters Brazil only
// from a plant on MAPA's list, proposed by the home veterinary authority,
// with each product registered and each consignment under the agreed
// certificate (adv17e, session 17: pt-cheese-brazil-fr was told only
// olive oil's rules). The listing is a step for any such firm new to
// Brazil that has not met the rules there — first, in "now", when rules
// are its main limit or a buyer there waits; by the base rule otherwise —
// and the olive-oil step is not for it; the olive-oil coop keeps its step
// and never reads the listing.
func TestBrazilAnimalProductsListing(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		listing = "global-br-animal-products-listing"
		olive   = "global-br-food-dgav-requirements"
	)
	calm := map[string]string{"  buyer-market: BR\n": "", "waiting-buyer: samples": "waiting-buyer: nothing", "main-constraint: rules": "main-constraint: finding-buyers"}
	for _, tc := range []struct {
		name, profile string
		repl          map[string]string
		rule          string // the decisive rule of the listing's action; "" when it is not in the plan
		olive         bool   // the olive-oil step in the plan
	}{
		{"sheep's-milk cheese, a Brazilian importer waits", "pt-cheese-brazil-fr", nil, "animal-products-into-brazil-first", false},
		{"the same cheese, nobody waiting, buyers its limit", "pt-cheese-brazil-fr", calm, "animal-products-into-brazil", false},
		{"the same cheese from Italy", "pt-cheese-brazil-fr", map[string]string{"region: pt-alentejo": "region: other-eu\n  home-country: IT"}, "animal-products-into-brazil-first", false},
		{"the same cheese, its rules met", "pt-cheese-brazil-fr", map[string]string{"legal-compliance.product-rules: think-so": "legal-compliance.product-rules: compliant"}, "", false},
		{"olive oil to Brazil and the US", "pt-olive-oil-coop", nil, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, tc.profile, whatIf{replace: tc.repl})
			if got := inPlan(p, olive); got != tc.olive {
				t.Errorf("%s in the plan = %v, want %v", olive, got, tc.olive)
			}
			if tc.rule == "" {
				if inPlan(p, listing) {
					t.Errorf("%s is in the plan", listing)
				}
				return
			}
			for _, a := range p.Actions {
				if a.Practice != listing {
					continue
				}
				if !a.Shown {
					t.Errorf("%s is not shown", listing)
				}
				if a.Decisive == nil || a.Decisive.ID != tc.rule {
					t.Errorf("%s decisive = %+v, want %s", listing, a.Decisive, tc.rule)
				}
				return
			}
			t.Errorf("%s is not an action", listing)
		})
	}
}

// TestBrazilFoodSaysEachKind: a firm that sells food of animal origin may
// sell other food too — an Alentejo dairy its olive oil — and answers the
// profile as one that sells cheese alone. Its Brazil section says what
// applies to each kind, from the source of each: MAPA's listing for food
// of animal origin, and the DGAV's olive-oil rules for its oil (adv18f,
// session 18: the section held the listing only, so the firm read nothing
// of the lot analysis its oil needs). A firm selling no food of animal
// origin reads only the olive-oil rules. The olive-oil rules are the
// DGAV's, for olive oil from Portugal: the same firms based in Italy read
// neither them nor the DGAV's page (adv19b, session 19: the note told
// every food firm aiming at Brazil what Portugal's olive oil needs).
func TestBrazilFoodSaysEachKind(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		animal = "https://gov.br/agricultura/pt-br/internacional/english/importing/animal/importing-animal-products"
		olive  = "https://www.dgav.pt/comerciointernacional/conteudo/exportacao-para-paises-terceiros/generos-alimenticios-de-origem-nao-animal/azeite-exportacao-para-o-brasil/"
	)
	italy := map[string]string{"region: pt-alentejo": "region: other-eu\n  home-country: IT"}
	for _, tc := range []struct {
		name, profile string
		repl          map[string]string
		animal, olive bool
	}{
		{"cheese, and olive oil too", "pt-cheese-brazil-fr", nil, true, true},
		{"olive oil only", "pt-olive-oil-coop", nil, false, true},
		{"the same cheese from Italy", "pt-cheese-brazil-fr", italy, true, false},
		{"the same food from Italy", "pt-olive-oil-coop", italy, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, tc.profile, whatIf{replace: tc.repl})
			cited := map[string]bool{}
			for _, m := range p.Markets {
				if m.Country != "BR" {
					continue
				}
				for _, n := range m.Notes {
					for _, s := range n.Sources {
						cited[s.URL] = true
					}
				}
			}
			if cited[animal] != tc.animal {
				t.Errorf("Brazil section cites MAPA's rules for food of animal origin = %v, want %v", cited[animal], tc.animal)
			}
			if cited[olive] != tc.olive {
				t.Errorf("Brazil section cites the DGAV's olive-oil rules = %v, want %v", cited[olive], tc.olive)
			}
		})
	}
}

// TestMoneyForAnOrderNamesTheRoute: a firm short of money, with a buyer
// waiting for its offer on an order it could not pay for until paid, is
// told its country's route to finance that order, by name, first among
// its money steps (the decisive money-for-waiting-order): KUKE's guarantee
// of a loan for an export contract in Pomorskie, HBOR's export preparation
// loan or its insurance of the bank's loan in Koprivnica-Križevci (adv18f,
// session 18: both read only the general working-capital method, or
// nothing). The same firm without an order in sight is not told of them:
// neither pays for fairs or travel. In the Alentejo and Donegal, where the
// catalogue holds no sourced state route for an order, the working-capital
// method's bank step leads instead, by a rule that promises no state
// guarantee (they read no money step at all).
func TestMoneyForAnOrderNamesTheRoute(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		kuke = "pl-kuke-export-contract-loan-guarantee"
		hbor = "hr-hbor-export-order-finance"
	)
	order := func(region string) map[string]string {
		m := map[string]string{
			"region: it-emilia-romagna": "region: " + region,
			"waiting-buyer: nothing":    "waiting-buyer: enquiry\n  buyer-market: DE",
		}
		if region == "pl-pomorskie" { // złoty: the currency question is asked
			m["finance.export-finance"] = "finance.currency: not-considered\n  finance.export-finance"
		}
		return m
	}
	noOrder := func(region string) map[string]string {
		m := order(region)
		delete(m, "waiting-buyer: nothing")
		return m
	}
	const method = "global-working-capital-plan"
	for _, tc := range []struct {
		name  string
		repl  map[string]string
		shown string // the export-finance action; "" when neither route is in the plan
		rule  string // its decisive rule
	}{
		{"Pomeranian biscuits, a German buyer waiting", order("pl-pomorskie"), kuke, "money-for-waiting-order"},
		{"Koprivnica biscuits, a German buyer waiting", order("hr-koprivnica-krizevci"), hbor, "money-for-waiting-order"},
		{"Pomeranian biscuits, nobody waiting", noOrder("pl-pomorskie"), "", ""},
		{"Koprivnica biscuits, nobody waiting", noOrder("hr-koprivnica-krizevci"), "", ""},
		{"Alentejo biscuits, a German buyer waiting", order("pt-alentejo"), method, "money-for-waiting-order-bank"},
		{"Donegal biscuits, a German buyer waiting", order("ie-donegal"), method, "money-for-waiting-order-bank"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "it-biscuits-money-de", whatIf{replace: tc.repl})
			if tc.shown == "" {
				for _, id := range []string{kuke, hbor} {
					if inPlan(p, id) {
						t.Errorf("%s is in the plan", id)
					}
				}
				return
			}
			for _, a := range p.Actions {
				if a.Practice != tc.shown {
					continue
				}
				if !a.Shown {
					t.Errorf("%s is not shown", tc.shown)
				}
				if a.Decisive == nil || a.Decisive.ID != tc.rule {
					t.Errorf("%s decisive = %+v, want %s", tc.shown, a.Decisive, tc.rule)
				}
				return
			}
			t.Errorf("%s is not an action", tc.shown)
		})
	}
}

// TestMoneyForExportWorkKoprivnica: a Koprivnica-Križevci firm short of
// money for the export work, with no order to finance, reads a money step
// (session 19: it read none — no Croatian grant for fairs is open, and
// HBOR's routes finance an order): a bank loan with HAMAG-BICRO's
// guarantee, whose first step asks whether a grant has opened, shown now
// and decisive. A buyer waiting on an order it could not fund keeps HBOR's
// order route; a firm held back by something else reads neither.
func TestMoneyForExportWorkKoprivnica(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const hamag = "hr-hamag-bicro-loan-guarantee"
	base := map[string]string{"region: it-emilia-romagna": "region: hr-koprivnica-krizevci"}
	with := func(extra map[string]string) map[string]string {
		m := maps.Clone(base)
		maps.Copy(m, extra)
		return m
	}
	for _, tc := range []struct {
		name  string
		repl  map[string]string
		shown bool
	}{
		{"nobody waiting", base, true},
		{"a buyer waiting on an order it could not fund", with(map[string]string{"waiting-buyer: nothing": "waiting-buyer: enquiry\n  buyer-market: DE"}), false},
		{"held back by time, not money", with(map[string]string{"main-constraint: money": "main-constraint: time"}), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "it-biscuits-money-de", whatIf{replace: tc.repl})
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == hamag })
			if !tc.shown {
				if i >= 0 && p.Actions[i].Shown {
					t.Errorf("%s is shown", hamag)
				}
				return
			}
			if i < 0 || !p.Actions[i].Shown {
				t.Fatalf("%s is not shown", hamag)
			}
			a := p.Actions[i]
			if a.Horizon != assessment.HorizonNow {
				t.Errorf("%s in %s, want now", hamag, a.Horizon)
			}
			if a.Decisive == nil || a.Decisive.ID != "money-for-export-work-guarantee" {
				t.Errorf("%s decisive = %+v, want money-for-export-work-guarantee", hamag, a.Decisive)
			}
		})
	}
}
