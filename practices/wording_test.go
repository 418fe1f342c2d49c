package practices_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
)

// TestWordingFitsTheFirm: a plan's words fit what the firm sells and where
// it sells (advisor review 5, pattern 5) — no customs agent, import duties
// for "your product", materials and freight, or food labels for a firm that
// sells services or software, or parts to drawings; no step about China,
// South-East Asia, Latin America or India for a firm that targets none of
// them; no blanket "quote in the buyer's currency" for machinery; and no
// reason that reads as the questionnaire's boilerplate.
func TestWordingFitsTheFirm(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	everywhere := []string{
		"changes with whom you talk to",
		"You know some support exists",
		// stock text about other markets (advisor review 8, pattern 2): the China IP helpdesk's
		// answer time in every firm's helpdesk step, the UK–EU agreement in every origin step
		"the China helpdesk",
		"the UK–EU agreement, for one",
	}
	for _, tc := range []struct {
		name string
		not  []string
	}{
		{"hr-it-services", []string{"customs agent", "materials, staff and shipping", "materials, wages and freight", "import duties and rules for your product"}},
		// a design studio is told of customs rules only as what applies to goods (advisor review 9,
		// pattern 3: "VAT and customs rules" as a services firm's Why)
		{"hr-undecided-micro", []string{"customs agent", "import duties and rules for your product", "VAT and customs rules"}},
		{"dk-software-startup", []string{"customs agent", "South-East Asia, Latin America or India"}},
		// It has its first US customers, by referral (its notes): no "you do not sell in your target
		// market yet" (advisor review 8, pattern 2)
		// nor "United States: not among the markets you sell in today" — it has not named the US among
		// its current markets, which is all its answers say (advisor review 9, pattern 3)
		{"dk-saas-scaleup", []string{"customs agent", "materials, staff and shipping", "you do not sell in your target market yet", "not among the markets you sell in"}},
		{"uk-engineering-unsure", []string{"prepacked food"}},
		// A UK firm is not told to check the EUIPO's SME Fund, which is for SMEs established in the
		// EU (advisor review 9, pattern 1)
		{"uk-food-eu", []string{"SME Fund is open", "If you are an SME in the EU"}},
		// Furniture makers that buy timber already placed on the EU market are downstream operators
		// under the amended EUDR (Regulation (EU) 2025/2650): they keep their suppliers' statement
		// reference numbers and file no statement of their own; the step asks their role first and is
		// not titled or led by "file the statement" (advisor review 6, pattern 4)
		{"pl-subcontractor-own-brand", []string{"South-East Asia, Latin America or India", "File the due-diligence statement", "Prepare the due-diligence statement", "Great Britain"}},
		{"pl-furniture-de", []string{"South-East Asia, Latin America or India", "File the due-diligence statement", "Prepare the due-diligence statement",
			"Great Britain",                      // it targets Germany only: no UK filing clause in its trademark step (advisor review 8, pattern 2)
			"apply for the mark at home first"}}, // an EU trade mark needs no mark at home (advisor review 9, pattern 1)
		{"dk-aalborg-outside", []string{"which can put foreign buyers off", "such as quoting in the buyer's currency",
			"machines you place on the market from that day need", // deck cranes: no blanket "quote in their currency"
			// the Machinery Regulation and class-approval steps say its product rules: no general CE
			// technical file after them (advisor review 8, pattern 2)
			"Build the technical file — drawings, test reports",
			// most industrial goods enter Norway duty-free: no "proof of origin for duty-free entry"
			// for deck cranes (advisor review 9, pattern 4)
			"proof of origin for duty-free entry"}},
		// Ship-mounted machinery was outside the Directive: the Machinery Regulation step asks whether a
		// machine is in scope instead of asserting new declarations, and names no ships to packaging-line
		// makers (advisor review 6, pattern 4)
		{"it-machinery-maker", []string{"seagoing ships", "outside the Directive"}},
		// An Italian firm: no UK government page as its payment step's link; the payment step says
		// why it comes with the offer in its own words (advisor review 8, pattern 2)
		{"it-packaging-mexico", []string{"seagoing ships", "outside the Directive", "great.gov.uk"}},
		{"ie-food-producer", []string{"your GB importer", "your importer in GB", "your importer there"}}, // it sells through a Belfast distributor and has no GB importer yet (advisor review 6, pattern 4)
		// The US duty check's reasons are about the US and the export price, not the firm's VAT and
		// customs rules for all its sales abroad (advisor review 6, pattern 4)
		{"pt-cork-us", []string{"VAT and customs rules for your sales abroad", "the customs rules — for your sales abroad",
			// only a US broker's figure of the day will do (action 1): the route step does not send it to
			// Access2Markets for the US duty (advisor review 9, pattern 4)
			"Look up the duty for your product's customs code in Access2Markets"}},
		{"pt-olive-oil-coop", []string{"VAT and customs rules for your sales abroad", "the customs rules — for your sales abroad"}},
		{"hr-food-unsure", nil},
		// A web shop's customers are consumers: they write reviews and are written to, not phoned and
		// asked for an introduction to a firm like them (advisor review 12)
		{"ie-knitwear-online", []string{"Call the two or three most important",
			"a written reference, and whether they know another firm", "a written reference and an introduction to a firm like them"}},
		// Firms that already sell in their target markets under their own brand: the trademark
		// step's title told them to file "before you enter them" (advisor review 15e)
		{"pl-amber-jewellery", []string{"before you enter them"}},
		{"dk-machinery-service-se", []string{"before you enter them"}},
		// A brewery is not told that "imported wine" reaches US consumers through the three tiers,
		// nor to look for importers of "wines of your country" (adv17c, session 17)
		{"ie-craft-brewery-us", []string{"imported wine reaches", "wines of your country", "carry your wine", "ex-cellar"}},
		{"pt-wine-cooperative", nil},
		// A marble processor bound for Saudi Arabia is not told, in the SABER step's title, step or
		// summary, what ceramic tiles need as if it made them (session 22, lead's read of its plan)
		{"pt-marble-gulf", []string{"for ceramic tiles, the Saudi Quality Mark", "Ceramic tiles also need"}},
		{"it-manufacturer-india", nil},
		{"it-packaging-mexico", nil},
	} {
		p := profilePlan(t, c, tc.name, "en")
		out := wideText(t, p)
		for _, s := range append(append([]string{}, everywhere...), tc.not...) {
			if strings.Contains(out, s) {
				t.Errorf("%s: the plan says %q", tc.name, s)
			}
		}
	}
}

// TestTrademarkStepNamesTheUKFiling: a firm targeting Great Britain is told,
// in the trademark step, that an EU trade mark does not cover GB, which needs
// a UK filing of its own (since 1 January 2021; advisor review 6,
// dk-software-startup fault 1) — for a firm whose other targets are in the
// EU, in the title of the UK filing named beside its EU trade mark (advisor
// review 9, pattern 1).
func TestTrademarkStepNamesTheUKFiling(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := profilePlan(t, c, "dk-software-startup", "en")
	const want = "File your trademark in the UK before you launch in Great Britain — an EU trade mark does not cover it"
	if !strings.Contains(strings.Join(strings.Fields(wideText(t, p)), " "), want) { // the text is wrapped
		t.Errorf("the plan of a firm targeting GB does not say %q", want)
	}
}

// inClientTeams makes hr-it-services a firm whose developers work in its
// German clients' teams (its own profile delivers from Koprivnica).
var inClientTeams = map[string]string{"work-on-site: remote": "work-on-site: client-team"}

// TestLabourLeasingStatesTheRuleInForce: the labour-leasing step of a firm
// whose developers work for German clients says the Federal Employment
// Agency's rule in force — since 1 October 2025, purely remote work from
// abroad is not licensable leasing — and never the reversed 2024 view that
// it was (advisor review 7, hr-it-services fault 1).
func TestLabourLeasingStatesTheRuleInForce(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "hr-it-services", whatIf{replace: inClientTeams})
	if !inPlan(p, "global-de-labour-leasing-check") {
		t.Fatal("hr-it-services, its developers in German clients' teams, has no labour-leasing step")
	}
	out := wideText(t, p)
	if want := "since 1 October 2025"; !strings.Contains(out, want) {
		t.Errorf("the labour-leasing step does not say %q", want)
	}
	for _, stale := range []string{"since October 2024", "Since October 2024"} {
		if strings.Contains(out, stale) {
			t.Errorf("the plan still says %q: the 2024 view on remote work was reversed on 1 October 2025", stale)
		}
	}
}

// TestPackagingRegisterFollowsTheDeliveryTerm: a Polish furniture maker that
// delivers to German retailers is told that whoever carries the goods' risk
// into Germany — the seller under DAP or DDP — registers the packaging in
// LUCID, not only a seller to consumers (advisor review 7, pl-furniture-de
// fault 1); and the consumer brand's product-safety step, which carries
// LUCID, comes with its web-shop step, not in 3–12 months, and is no CE
// technical file for outdoor furniture (pl-subcontractor-own-brand faults 1
// and 2).
func TestPackagingRegisterFollowsTheDeliveryTerm(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := profilePlan(t, c, "pl-furniture-de", "en")
	out := strings.Join(strings.Fields(wideText(t, p)), " ") // the text is wrapped
	if want := "or deliver DAP or DDP to a German retailer, register in the LUCID packaging register"; !strings.Contains(out, want) {
		t.Errorf("pl-furniture-de's plan does not say %q", want)
	}
	p = profilePlan(t, c, "pl-subcontractor-own-brand", "en")
	var web, gpsr *assessment.Action
	for i := range p.Actions {
		switch a := &p.Actions[i]; a.Practice {
		case "global-multilingual-website":
			web = a
		case "global-gpsr-product-safety":
			gpsr = a
		case "global-product-compliance":
			if a.Shown {
				t.Error("pl-subcontractor-own-brand is shown the CE technical file for outdoor furniture")
			}
		}
	}
	if web == nil || gpsr == nil || !web.Shown || !gpsr.Shown {
		t.Fatalf("pl-subcontractor-own-brand: web shop %v, product safety %v: want both shown", web != nil && web.Shown, gpsr != nil && gpsr.Shown)
	}
	if gpsr.Horizon != web.Horizon {
		t.Errorf("the product-safety step is in %s, the web-shop step in %s: want them together", gpsr.Horizon, web.Horizon)
	}
}

// TestOnSiteWorkNamesTheA1: a Croatian software firm whose people may work
// on site at German clients is told, in its labour-leasing step, to get
// their A1 certificates before they travel — the posting step fires only for
// services in person (advisor review 7, hr-it-services fault 3).
func TestOnSiteWorkNamesTheA1(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "hr-it-services", whatIf{replace: inClientTeams})
	out := strings.Join(strings.Fields(wideText(t, p)), " ")
	if want := "apply to your social security institution for their A1 certificate"; !strings.Contains(out, want) {
		t.Errorf("hr-it-services' plan does not say %q", want)
	}
}

// TestNoWhyTwice: no two actions a plan shows give the same first reason —
// the payment step a waiting buyer's offer brings along repeated the offer's
// own sentence, "A foreign buyer is waiting for your answer now…", word for
// word (advisor review 8, it-packaging-mexico); the product-safety step the
// web shop brings along repeated the web shop's, "they cannot buy from you
// online yet" (advisor review 9, pl-subcontractor-own-brand). Every test
// firm.
func TestNoWhyTwice(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, pr := range firmProfiles {
		name := pr.name
		p := profilePlan(t, c, name, "en")
		seen := map[string]string{}
		for _, a := range p.Actions {
			if !a.Shown || len(a.Reasons) == 0 {
				continue
			}
			why := a.Reasons[0].Text
			if other, ok := seen[why]; ok {
				t.Errorf("%s: %s and %s both open with %q", name, other, a.Practice, why)
			}
			seen[why] = a.Practice
		}
	}
}

// TestStatusLinesAreDated: a trade agreement's or a tariff's status in a
// plan says what was last found and on which day it was checked, not a
// plan of the past as if it were news (advisor review 8, pattern 1 and
// "Facts that need checking"): EU–India expected to be signed in December
// 2026, EU–Mexico signed on 22 May 2026, the US Section 122 surcharge's
// 150 days to 24 July 2026, the UK–EU SPS talks; and the labour-leasing
// step links a page that states the rule of 1 October 2025, not an article
// on EU enlargement.
func TestStatusLinesAreDated(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tc := range []struct {
		name      string
		want, not []string
	}{
		{"it-manufacturer-india", []string{"signature in December 2026", "could not be confirmed on 3 December 2026"}, []string{"in January 2026 both sides expected"}},
		{"it-packaging-mexico", []string{"was signed on 22 May 2026", "could not be confirmed on 3 December 2026"}, []string{"was due to be signed"}},
		{"pt-olive-oil-coop", []string{"no later change was found on 3 December 2026"}, nil},
		{"pt-cork-us", []string{"limits to 150 days (to 24 July 2026)", "could not be confirmed on 3 December 2026"}, []string{"then a temporary surcharge and new investigations"}},
		{"ie-food-producer", []string{"could not be confirmed on 3 December 2026"}, []string{"opened talks in November 2025"}},
		{"uk-food-eu", []string{"that it applies could not be confirmed on 3 December 2026"}, nil},
		{"hr-it-services", nil, []string{"hrm.de"}},
	} {
		p := profilePlan(t, c, tc.name, "en")
		out := strings.Join(strings.Fields(wideText(t, p)), " ")
		for _, s := range tc.want {
			if !strings.Contains(out, s) {
				t.Errorf("%s: the plan does not say %q", tc.name, s)
			}
		}
		for _, s := range tc.not {
			if strings.Contains(out, s) {
				t.Errorf("%s: the plan says %q", tc.name, s)
			}
		}
	}
}

// wideText is p rendered as text in its language, 1000 columns wide (a
// test that looks for a long sentence still joins its words: the text
// renderer may wrap).
func wideText(t *testing.T, p assessment.Plan) string {
	t.Helper()
	var buf bytes.Buffer
	if err := render.Plan(&buf, p, "text", render.Options{Width: 1000, Locale: i18n.Get(p.Language)}); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestRegulatedGoodsFactsNameEveryMarketTheyServe: a regulated-goods
// answer's fact is the reason a practice gives for any market its rule
// reaches, so it names the rules of each — the toy fact spoke only of the
// US children's product certificate, and the medical-device fact only of
// the FDA, when the EU toy step (session 16) and the Swiss and British
// representative step (adv16f) read the same answers.
func TestRegulatedGoodsFactsNameEveryMarketTheyServe(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	q := c.Question("regulated-goods")
	if q == nil {
		t.Fatal("no regulated-goods question")
	}
	for _, tc := range []struct {
		option string
		names  []string
	}{
		{"toys", []string{"EU", "US"}},
		{"medical-devices", []string{"US", "Switzerland", "Great Britain"}},
		// A fish processor going to France read "which the US lets in only
		// from processors that follow the FDA's seafood HACCP rule" as the
		// reason for its EU actions (adv17c, session 17).
		{"fish", []string{"every market", "US"}},
	} {
		found := false
		for _, o := range q.Options {
			if o.ID != tc.option {
				continue
			}
			found = true
			fact := o.Fact.In("en")
			for _, n := range tc.names {
				if !strings.Contains(fact, n) {
					t.Errorf("%s: fact %q does not name %s", tc.option, fact, n)
				}
			}
		}
		if !found {
			t.Errorf("no option %s", tc.option)
		}
	}
}

// TestStepsNameTheFirmsCase: a step written for some firms reaches them,
// and not the others (adv17c, session 17). A firm in Ireland sending chilled
// seafood to the Continent chooses between a direct ferry and the landbridge
// through Great Britain, which takes the load out of the EU and back in; a
// firm that sells to public bodies, whose waiting buyer is in the EU, first
// asks how the buyer will buy — above the EU thresholds a pilot gives no
// right to the order.
func TestStepsNameTheFirmsCase(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		seafood = "global-eu-seafood-buyer-file"
		tenders = "global-public-tenders-abroad"
	)
	for _, tc := range []struct {
		profile, practice string
		step              int // counting from 1
		listed            bool
		leads             bool // the action's first step
	}{
		{"ie-chilled-fish-france", seafood, 4, true, false},
		{"ie-shellfish-france", seafood, 4, true, false},
		{"dk-heat-sensors-de", tenders, 5, true, true},
		{"dk-engineering-public-no", tenders, 5, false, false}, // its waiting buyer is in Norway, outside the EU
	} {
		p := profilePlan(t, c, tc.profile, "en")
		pr := c.Practice(tc.practice)
		if pr == nil || len(pr.Steps) < tc.step {
			t.Errorf("%s has no step %d", tc.practice, tc.step)
			continue
		}
		var act *assessment.Action
		for i := range p.Actions {
			if p.Actions[i].Practice == tc.practice {
				act = &p.Actions[i]
			}
		}
		if act == nil {
			t.Errorf("%s: no %s action", tc.profile, tc.practice)
			continue
		}
		text := pr.Steps[tc.step-1].In("en")
		if got := slices.Contains(act.Steps, text); got != tc.listed {
			t.Errorf("%s: %s step %d listed = %v, want %v", tc.profile, tc.practice, tc.step, got, tc.listed)
		}
		if tc.leads && (len(act.Steps) == 0 || act.Steps[0] != text) {
			t.Errorf("%s: %s step %d does not lead", tc.profile, tc.practice, tc.step)
		}
	}
}

// TestOSSThresholdCountsLastYear: the web-shop step's €10,000 for
// distance sales counts this calendar year and the last (Article 59c of
// the VAT Directive), so a shop that already sells to consumers in
// another EU country checks whether it is past it already (session 17: a
// Danish knitwear shop selling regularly to Swedish consumers read "once
// your sales pass €10,000 a year").
func TestOSSThresholdCountsLastYear(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := c.Practice("global-webshop-consumers-abroad")
	if p == nil || len(p.Steps) == 0 {
		t.Fatal("no web-shop practice with steps")
	}
	for lang, want := range map[string]string{
		"en": "in this calendar year or the last",
		"da": "i år eller sidste kalenderår",
		"it": "nell'anno solare in corso o in quello precedente",
		"pl": "w bieżącym lub poprzednim roku kalendarzowym",
		"pt": "no ano civil em curso ou no anterior",
		"hr": "u tekućoj ili prethodnoj kalendarskoj godini",
	} {
		if got := p.Steps[0].In(lang); !strings.Contains(got, want) {
			t.Errorf("%s: the OSS step %q does not say %q", lang, got, want)
		}
	}
}

// TestPlaceConditionLeadsTheCheck: a programme for firms of one town, in a
// catalogue region wider than it, says so first in its "Check you qualify"
// note — a firm elsewhere in the region reads it before the rest, not after
// the size and ownership conditions (session 21: the City of Koprivnica's
// subsidies named the city last, to firms of all Koprivnica-Križevci).
func TestPlaceConditionLeadsTheCheck(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tc := range []struct{ practice, place string }{
		{"hr-koprivnica-city-subsidies", "Koprivnic"},
	} {
		p := c.Practice(tc.practice)
		if p == nil || p.Eligibility == nil || p.Eligibility.Note.Len() == 0 {
			t.Fatalf("%s: no such practice with an eligibility note", tc.practice)
		}
		for lang, note := range p.Eligibility.Note.All() {
			lead, _, found := strings.Cut(note, ":")
			if !found || !strings.Contains(lead, tc.place) {
				t.Errorf("%s (%s): the note's first words %q do not name %s", tc.practice, lang, lead, tc.place)
			}
		}
	}
}

// TestMarketChoiceSaysWhatThePlanDoes: the market-choice need's title holds
// on every path — the plan may say to start with several markets together,
// those a waiting buyer's order is for — so it is its method's own opening
// words ("Choose where to start"), not "the market"; and the buyer-reach
// question's help says what the plan does with "one": the market the order
// is for (session 21: it said "suggesting the buyer's market" for a buyer in
// none of them; session 22: the plan asks which, since the order is not
// always for the buyer's own country).
func TestMarketChoiceSaysWhatThePlanDoes(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	g, p := c.Group("first-market"), c.Practice("global-choose-first-market")
	if g == nil || p == nil {
		t.Fatal("no first-market group or global-choose-first-market")
	}
	for lang, title := range g.Title.All() {
		if pt := p.Title.In(lang); !strings.HasPrefix(pt, title+",") {
			t.Errorf("%s: the need's title %q is not the opening of its method's title %q", lang, title, pt)
		}
	}
	orderFor := map[string]string{
		"en": "the market the order is for", "da": "det marked, ordren er til", "it": "mercato a cui è destinato l'ordine",
		"pl": "rynku, którego dotyczy zamówienie", "pt": "mercado a que a encomenda se destina", "hr": "tržištu za koje je narudžba",
	}
	found := false
	for _, q := range c.Profile {
		if q.ID != "buyer-reach" {
			continue
		}
		found = q.Help.Len() > 0
		for lang, h := range q.Help.All() {
			if w := orderFor[lang]; w == "" || !strings.Contains(h, w) {
				t.Errorf("%s: the buyer-reach help does not say the plan starts with the market the order is for (%q): %q", lang, w, h)
			}
		}
	}
	if !found {
		t.Error("no buyer-reach question with help")
	}
}

// TestMarketChoiceMixedHoldsForThreeMarkets: when no candidate market has
// every fact the others have, the reason says so in words that hold for
// three markets too — a Hampshire web shop choosing among France, Germany
// and the United States read "each of your candidate markets has something
// the other lacks", though France and Germany are alike on every fact the
// choice weighs (lead, session 23).
func TestMarketChoiceMixedHoldsForThreeMarkets(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	out := strings.Join(strings.Fields(wideText(t, profilePlan(t, c, "uk-accessories-webshop-eu-us", "en"))), " ")
	if want := "none of your candidate markets has every advantage the others have"; !strings.Contains(out, want) {
		t.Errorf("the plan does not say %q", want)
	}
	if old := "has something the other lacks"; strings.Contains(out, old) {
		t.Errorf("the plan says %q", old)
	}
}
