package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// goodsQuestions are about shipping goods: delivery terms, transport and
// customs paperwork.
var goodsQuestions = []string{"logistics.incoterms", "logistics.delivery", "logistics.customs-docs"}

// goodsPractices are the actions about shipping goods.
var goodsPractices = []string{"global-incoterms-terms-of-sale", "global-customs-hs-codes", "eu-access2markets"}

// worstAnswers fills in the questionnaire as it is asked, question by
// question (an answer can switch later questions on or off): the profile
// from profile, any other question from override, else its lowest-scoring
// option (multiple choice: that option alone). It returns the file and the
// IDs of the questions asked.
func worstAnswers(t *testing.T, c *catalogue.Catalogue, profile, override map[string][]string) (*answers.File, []string) {
	t.Helper()
	f := answers.New(c, "en", edition)
	var asked []string
	for q := assessment.NextUnanswered(c, f); q != nil; q = assessment.NextUnanswered(c, f) {
		asked = append(asked, q.ID)
		if len(asked) > 200 {
			t.Fatal("the questionnaire does not end")
		}
		opts, ok := override[q.ID]
		if !ok {
			opts, ok = profile[q.ID]
		}
		if !ok {
			if q.Dimension == "" {
				t.Fatalf("profile question %s has no answer in the test", q.ID)
			}
			var low *catalogue.Option
			for _, o := range q.Options {
				if o.Score != nil && (low == nil || *o.Score < *low.Score) {
					low = o
				}
			}
			if low == nil {
				t.Fatalf("%s has no scored option", q.ID)
			}
			opts = []string{low.ID}
		}
		f.Set(q.ID, answers.Multiple(opts...), edition)
	}
	f.Complete = true
	return f, asked
}

// TestServiceFirmsAreNotAskedAboutGoods: a firm that sells no goods
// (software, services, tourism) is not asked how it ships goods nor how it
// prices freight, and however weak its answers elsewhere, its plan has no
// goods action (Incoterms, customs codes, the goods portal, product
// compliance, export pricing); a firm selling goods or food with the same
// weak answers is asked and gets them — the CE step (product compliance)
// only a firm that sells goods. A file from before sells-what was
// asked goes by the sector, as before.
func TestServiceFirmsAreNotAskedAboutGoods(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	profile := func(sector string, sells ...string) map[string][]string {
		// A target market across a customs border: the customs question
		// applies by market.
		p := map[string][]string{
			"region": {"dk-central"}, "sector": {sector}, "size": {"small"}, "turnover": {"500k-2m"}, "years-trading": {"over-5"},
			"sells-to": {"b2b"}, "sells-how": {"own-brand"}, "regulated-goods": {"none"}, "exports": {"occasional"}, "export-share": {"under-5"},
			"current-markets": {"SE"}, "target-markets": {"GB", "US", "CN"},
			"waiting-buyer": {"nothing"}, "main-constraint": {"finding-buyers"}, "work-on-site": {"remote"}, "client-data": {"yes"}, "software-security": {"ordinary"},
		}
		if len(sells) > 0 {
			p["sells-what"] = sells
		}
		return p
	}
	tests := []struct {
		name      string
		profile   map[string][]string
		wantAsked bool
	}{
		{"software", profile("software-ict", "software-digital"), false},
		{"remote services", profile("traded-services", "services-remote"), false},
		{"services on site", profile("traded-services", "services-in-person"), false},
		{"tourism", profile("tourism", "tourism"), false},
		{"goods", profile("manufacturing", "goods"), true},
		{"food", profile("food", "food-drink"), true},
		{"goods and software", profile("software-ict", "goods", "software-digital"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, asked := worstAnswers(t, c, tt.profile, nil)
			for _, id := range append(append([]string{}, goodsQuestions...), "offer-adaptation.export-price") {
				if got := slices.Contains(asked, id); got != tt.wantAsked {
					t.Errorf("%s asked = %v, want %v", id, got, tt.wantAsked)
				}
			}
			if got := slices.Contains(asked, "offer-adaptation.service-price"); got == tt.wantAsked {
				t.Errorf("offer-adaptation.service-price asked = %v, want %v", got, !tt.wantAsked)
			}
			if ds := assessment.Check(c, f); len(ds) > 0 {
				t.Fatalf("the answers do not check: %v", ds)
			}
			plan, err := buildIn("en", c, f, assessment.BuildOptions{Now: edition, ShowAll: true})
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range append(append([]string{}, goodsPractices...), "global-product-compliance", "global-export-pricing") {
				want := tt.wantAsked
				if id == "global-product-compliance" && !slices.Contains(tt.profile["sells-what"], "goods") {
					want = false // a CE technical file is for products, not food or drink (advisor review 7, pt-wine-cooperative)
				}
				if got := inPlan(plan, id); got != want {
					t.Errorf("plan has %s = %v, want %v", id, got, want)
				}
			}
			// No market section speaks of customs to a firm without goods.
			for _, m := range plan.Markets {
				for _, n := range m.Notes {
					if n.Topic == "customs" && !tt.wantAsked {
						t.Errorf("%s: customs note %s for a firm without goods", m.Country, n.ID)
					}
				}
			}
		})
	}
	// An answers file from before sells-what was asked goes by the sector.
	for _, tt := range []struct {
		sector string
		asked  bool
	}{{"software-ict", false}, {"traded-services", false}, {"tourism", false}, {"manufacturing", true}, {"creative", true}} {
		f, _ := worstAnswers(t, c, profile(tt.sector, "goods"), nil)
		delete(f.Answers, "sells-what")
		var asked []string
		for _, q := range assessment.Applicable(c, f) {
			asked = append(asked, q.ID)
		}
		for _, id := range goodsQuestions {
			if got := slices.Contains(asked, id); got != tt.asked {
				t.Errorf("sector %s, no sells-what: %s asked = %v, want %v", tt.sector, id, got, tt.asked)
			}
		}
	}
}

// TestServiceFirmsVATGapSaysNoCustoms: a firm that sells only services or
// software reads its VAT gap without customs — "you do not know the VAT
// rules for your sales abroad" — while a firm that sells goods or food,
// alone or beside services, still reads "and, for goods, the customs
// rules" (advisor review 10, leftover 2: the design studio of
// hr-undecided-micro was told of customs rules as the reason for its
// reverse-charge invoices). In every catalogue language; and the studio's
// plan speaks of no customs rules.
func TestServiceFirmsVATGapSaysNoCustoms(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	const vat = "legal-compliance.vat-customs"
	q := c.Question(vat)
	if q == nil {
		t.Fatalf("no question %s", vat)
	}
	profile := func(sector string, sells ...string) map[string][]string {
		return map[string][]string{
			"region": {"hr-koprivnica-krizevci"}, "sector": {sector}, "size": {"micro"}, "turnover": {"50k-500k"}, "years-trading": {"over-5"},
			"sells-to": {"b2b"}, "sells-how": {"own-brand"}, "regulated-goods": {"none"}, "exports": {"occasional"}, "export-share": {"under-5"},
			"current-markets": {"AT"}, "target-markets": {"DE", "US"}, "sells-what": sells,
			"waiting-buyer": {"nothing"}, "main-constraint": {"finding-buyers"}, "work-on-site": {"remote"}, "client-data": {"yes"}, "software-security": {"ordinary"},
		}
	}
	customs := map[string]string{"en": "customs", "da": "told", "it": "dogan", "pl": "cel", "pt": "aduaneir", "hr": "carin"}
	for _, tt := range []struct {
		name     string
		profile  map[string][]string
		services bool
	}{
		{"software", profile("software-ict", "software-digital"), true},
		{"remote services", profile("traded-services", "services-remote"), true},
		{"services on site", profile("traded-services", "services-in-person"), true},
		{"services and software", profile("traded-services", "services-remote", "software-digital"), true},
		{"goods", profile("manufacturing", "goods"), false},
		{"food", profile("food", "food-drink"), false},
		{"goods and services", profile("manufacturing", "goods", "services-in-person"), false},
	} {
		for _, option := range []string{"unknown", "partly"} {
			o := q.Option(option)
			if o == nil || o.Gap == "" {
				t.Fatalf("%s has no option %s with a gap", vat, option)
			}
			f, _ := worstAnswers(t, c, tt.profile, map[string][]string{vat: {option}})
			gap := assessment.NewFacts(c, f).Gap(o)
			if option == "unknown" {
				// "Don't know": the question's unknown text, by the same rule.
				checkVATText(t, c, tt.name+", don't know", assessment.NewFacts(c, f).Unknown(q), tt.services)
			}
			for _, lang := range c.Meta.Languages {
				word, ok := customs[lang]
				if !ok {
					t.Fatalf("no word for customs in %s", lang)
				}
				s := gap.In(lang)
				if s == "" || !strings.Contains(s, "VAT") && !strings.Contains(s, "IVA") && !strings.Contains(s, "moms") && !strings.Contains(s, "PDV") {
					t.Errorf("%s, %s, %s: the gap %q names no VAT", tt.name, option, lang, s)
				}
				if got := strings.Contains(strings.ToLower(s), word); got == tt.services {
					t.Errorf("%s, %s, %s: the gap %q speaks of customs = %v, want %v", tt.name, option, lang, s, got, !tt.services)
				}
			}
		}
	}
	// The design studio's plan speaks of no customs rules (its
	// reverse-charge step's reason is the decisive VAT rule of
	// services-terms, which says why).
	text := wideText(t, profilePlan(t, c, "hr-undecided-micro", "en"))
	if strings.Contains(text, "for goods, the customs rules") {
		t.Errorf("hr-undecided-micro: the plan speaks of customs rules")
	}
}

// checkVATText checks that a VAT sentence names VAT in every catalogue
// language, and speaks of customs or import duties only to a firm that
// sells goods (services false).
func checkVATText(t *testing.T, c *catalogue.Catalogue, name string, text catalogue.Text, services bool) {
	t.Helper()
	duty := map[string]string{"en": "dut", "da": "told", "it": "dazi", "pl": "cł", "pt": "direitos", "hr": "carin"}
	vat := map[string]string{"en": "VAT", "da": "moms", "it": "IVA", "pl": "VAT", "pt": "IVA", "hr": "PDV"}
	for _, lang := range c.Meta.Languages {
		s := text.In(lang)
		if !strings.Contains(s, vat[lang]) {
			t.Errorf("%s, %s: %q names no VAT", name, lang, s)
		}
		if got := strings.Contains(strings.ToLower(s), duty[lang]); got == services {
			t.Errorf("%s, %s: %q speaks of duties = %v, want %v", name, lang, s, got, !services)
		}
	}
}

// TestVATQuestionSpeaksOfDutiesForGoodsOnly: the VAT question is asked of
// every firm, a software or services firm too, so its text and its help
// speak of import duties and customs only in a clause about goods — in
// every catalogue language, sentence by sentence — and say what changes for
// VAT without one (advisor review 11, review 10's leftover: the question
// asked a design studio how "VAT and import duties" work, so "Partly" was
// its honest answer).
func TestVATQuestionSpeaksOfDutiesForGoodsOnly(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	q := c.Question("legal-compliance.vat-customs")
	if q == nil {
		t.Fatal("no question legal-compliance.vat-customs")
	}
	// Stems: customs or duties, and goods, lower case.
	duty := map[string][]string{
		"en": {"dut", "customs"}, "da": {"told"}, "it": {"dazi", "dogan"},
		"pl": {"cł", "cel"}, "pt": {"direitos", "aduaneir"}, "hr": {"carin"},
	}
	goods := map[string]string{"en": "goods", "da": "varer", "it": "merci", "pl": "towar", "pt": "mercadoria", "hr": "rob"}
	vat := map[string]string{"en": "VAT", "da": "moms", "it": "IVA", "pl": "VAT", "pt": "IVA", "hr": "PDV"}
	speaksOfDuty := func(lang, s string) bool {
		s = strings.ToLower(s)
		for _, w := range duty[lang] {
			if strings.Contains(s, w) {
				return true
			}
		}
		return false
	}
	for _, lang := range c.Meta.Languages {
		if duty[lang] == nil || goods[lang] == "" {
			t.Fatalf("no words for duties and goods in %s", lang)
		}
		for _, part := range []struct {
			name string
			text string
		}{{"text", q.Text.In(lang)}, {"help", q.Help.In(lang)}} {
			if part.text == "" {
				t.Errorf("%s %s: empty", lang, part.name)
				continue
			}
			vatAlone := false
			for _, sentence := range strings.SplitAfter(part.text, ". ") {
				if !speaksOfDuty(lang, sentence) {
					vatAlone = vatAlone || strings.Contains(sentence, vat[lang])
					continue
				}
				if !strings.Contains(strings.ToLower(sentence), goods[lang]) {
					t.Errorf("%s %s: %q speaks of duties or customs, not for goods alone", lang, part.name, sentence)
				}
			}
			if part.name == "help" && !vatAlone {
				t.Errorf("%s help: no sentence on VAT without duties: %q", lang, part.text)
			}
		}
	}
}

// TestTourismFirmMeetsItsRegionalTourismAgency: an Alentejo tourism firm
// looking for foreign tour operators is shown the region's tourism
// promotion agency for fairs and roadshows — as the door where it starts
// (advisor review 16e), a trade-fairs action or beside one — and a firm that
// sells goods is not (advisor review 13: pt-agritourism-operators was pointed
// to "the regional tourism agency" unnamed).
func TestTourismFirmMeetsItsRegionalTourismAgency(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const arpta = "pt-arpta-tourism-promotion"
	offered := func(p assessment.Plan) bool {
		for _, a := range p.Actions {
			if !a.Shown {
				continue
			}
			if a.Practice == arpta {
				return true
			}
			for _, alt := range a.Alternatives {
				if alt.Practice == arpta {
					return true
				}
			}
		}
		return false
	}
	if !offered(profilePlan(t, c, "pt-agritourism-operators", "en")) {
		t.Errorf("pt-agritourism-operators: %s is neither a shown action nor an alternative to one", arpta)
	}
	for _, name := range []string{"pt-cork-us", "pt-wine-cooperative"} {
		if offered(profilePlan(t, c, name, "en")) {
			t.Errorf("%s sells goods, but is offered %s", name, arpta)
		}
	}
}
