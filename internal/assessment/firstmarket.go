package assessment

import (
	"slices"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// PracticeChooseFirstMarket is the step that asks a firm aiming at two or
// more markets at once to choose one to start with.
const PracticeChooseFirstMarket = "global-choose-first-market"

// The facts about a candidate market that make it easier to start with,
// strongest first. Each is a fact the plan already holds: where the
// buyer waiting for the firm's answer is (the profile's buyer-market), the
// firm's current markets and the market kinds the catalogue derives from
// the countries (customs union, single market, languages, currency,
// neighbours), and the trade agreement a market's customs note names
// (catalogue.TradeAgreement). Nothing else about a market is assumed.
const (
	FirstMarketBuyer     = "buyer"      // a buyer waits there for the firm's answer
	FirstMarketSells     = "sells"      // the firm already sells there
	FirstMarketNoCustoms = "no-customs" // goods cross no customs border
	FirstMarketAgreement = "agreement"  // a trade agreement removes most duties on goods
	FirstMarketSingle    = "single"     // inside the single market (services)
	FirstMarketLanguage  = "language"   // a language of the firm's home is spoken there
	FirstMarketCurrency  = "currency"   // the firm's own currency
	FirstMarketNeighbour = "neighbour"  // next door
)

// FirstMarket is what the plan's facts say about where to start among the
// firm's target markets: Market, when one candidate has every fact another
// has and more (Facts: those it has and at least one other lacks; Others:
// the other candidates); else Market is empty and Differ says whether the
// facts point different ways (true) or do not tell them apart (false).
//
// A waiting buyer is the strongest fact: its market, when it has every
// other fact too, is Market like any other. When the facts point different
// ways, Buyer is the market where the buyer waits — the plan still says to
// start there — and Easier and EasierFacts are the candidates and facts
// that would make another start easier; such a suggestion holds nothing
// back in --all (see marketChoice) nor makes it wait for the choice (see
// choiceMarkets): the other markets' facts stay true, and a step they call
// for — the EU deforestation rule for Germany while a Tokyo shop waits —
// keeps its place.
type FirstMarket struct {
	Market string
	Facts  []string
	Others []string
	Differ bool

	Buyer       string
	Easier      []string
	EasierFacts []string

	// Order are the target markets the waiting buyer's order is for, when
	// it is for some of them and the firm named them (orderMarkets): the
	// plan says to start there, with the order, and Others are the markets
	// to choose among next. Market and Buyer are empty then; like the
	// buyer's market, it holds nothing back.
	Order []string

	// OrderFrom is the country of a waiting buyer that is none of the
	// firm's target markets, when the firm said the buyer's order is for
	// one of them (buyer-reach: one; orderFromElsewhere): the plan says to
	// start with that market, which the firm knows and the plan does not,
	// and Others are all the targets. Market and Buyer are empty then; like
	// Order, it holds nothing back.
	OrderFrom string
}

// firstMarketFacts lists the facts that hold for market m, in the order
// of the constants above. A firm selling goods (or not saying) is told
// about the customs border and, beyond it, about a trade agreement that
// removes most duties on goods (a market inside the customs union needs
// none: no-customs covers it, see hasFact); a firm selling only services
// about the single market — an agreement on goods does not touch what it
// sells.
func (pl *planner) firstMarketFacts(m string) []string {
	k := pl.fm.Kinds(m)
	var out []string
	if m == pl.fx.waitingBuyerMarket() {
		out = append(out, FirstMarketBuyer)
	}
	if !pl.fm.New(m) {
		out = append(out, FirstMarketSells)
	}
	if pl.fx.sellsGoods() {
		if k&kCustomsUnion != 0 {
			out = append(out, FirstMarketNoCustoms)
		} else if pl.tradeAgreement(m) != nil {
			out = append(out, FirstMarketAgreement)
		}
	} else if k&kSingleMarket != 0 {
		out = append(out, FirstMarketSingle)
	}
	if k&kSameLanguage != 0 {
		out = append(out, FirstMarketLanguage)
	}
	if k&kSameCurrency != 0 {
		out = append(out, FirstMarketCurrency)
	}
	if k&kNeighbour != 0 {
		out = append(out, FirstMarketNeighbour)
	}
	return out
}

// tradeAgreement is the trade agreement the customs note for market m
// names for the firm (the note the market's section shows, notesFor), or
// nil.
func (pl *planner) tradeAgreement(m string) *catalogue.TradeAgreement {
	for _, n := range pl.notesFor(m, "customs", nil) {
		if n.TradeAgreement != nil {
			return n.TradeAgreement
		}
	}
	return nil
}

// firstMarket compares the firm's target markets on firstMarketFacts,
// once per plan: the market choice's reason and the actions it holds back
// read the same comparison.
func (pl *planner) firstMarket() FirstMarket {
	if mc := &pl.choice; !mc.fmDone {
		mc.fmDone, mc.fm = true, pl.compareTargets()
	}
	return pl.choice.fm
}

// compareTargets is firstMarket's comparison.
func (pl *planner) compareTargets() FirstMarket {
	targets := pl.fm.Targets
	if len(targets) < 2 || pl.fm.home == nil {
		return FirstMarket{}
	}
	if o := pl.fx.orderMarkets(); len(o) > 0 {
		// The buyer has chosen some of the markets: they come first,
		// together, whatever the facts say of one against another (adv18b:
		// the Swedish chain buying for Sweden and Denmark, where the plan
		// said "Denmark: not so").
		fm := FirstMarket{Order: o}
		for _, m := range targets {
			if !slices.Contains(o, m) {
				fm.Others = append(fm.Others, m)
			}
		}
		return fm
	}
	if c := pl.fx.orderFromElsewhere(); c != "" {
		// The order is for one of the targets, and the buyer is not in
		// it: the firm knows which it is, the plan's facts cannot (a
		// Norwegian chain ordering for its Danish stores was compared on
		// the facts, and the plan said they come out even).
		return FirstMarket{OrderFrom: c, Others: slices.Clone(targets)}
	}
	facts := make([][]string, len(targets))
	for i, m := range targets {
		facts[i] = pl.firstMarketFacts(m)
	}
	fm := chooseFirstMarket(targets, facts)
	if b := pl.fx.waitingBuyerMarket(); fm.Market == "" && b != "" {
		// The buyer's market lacks a fact another has: start there all
		// the same, and say which market would be easier and why.
		bf := facts[slices.Index(targets, b)]
		fm.Buyer = b
		for i, m := range targets {
			if m == b {
				continue
			}
			fm.Others = append(fm.Others, m)
			lacks := false
			for _, f := range facts[i] {
				if !hasFact(bf, f) {
					lacks = true
					if !slices.Contains(fm.EasierFacts, f) {
						fm.EasierFacts = append(fm.EasierFacts, f)
					}
				}
			}
			if lacks {
				fm.Easier = append(fm.Easier, m)
			}
		}
		slices.SortStableFunc(fm.EasierFacts, func(x, y string) int { return factRank(x) - factRank(y) })
	}
	return fm
}

// firstMarketFactOrder are the facts, strongest first, as the constants
// above.
var firstMarketFactOrder = []string{FirstMarketBuyer, FirstMarketSells, FirstMarketNoCustoms, FirstMarketAgreement, FirstMarketSingle,
	FirstMarketLanguage, FirstMarketCurrency, FirstMarketNeighbour}

// factRank orders the facts as firstMarketFactOrder.
func factRank(f string) int { return slices.Index(firstMarketFactOrder, f) }

// hasFact reports whether a market with facts fs has fact f: a market
// inside the firm's customs union has what a trade agreement gives, and
// more — no duty and no customs border at all.
func hasFact(fs []string, f string) bool {
	return slices.Contains(fs, f) || f == FirstMarketAgreement && slices.Contains(fs, FirstMarketNoCustoms)
}

// chooseFirstMarket is the comparison: a candidate is chosen when, against
// every other, it has all the other's facts (hasFact) and at least one more.
func chooseFirstMarket(targets []string, facts [][]string) FirstMarket {
	differ := false
	for i := range targets {
		for j := range targets {
			if i != j && !sameFacts(facts[i], facts[j]) {
				differ = true
			}
		}
	}
	for i, m := range targets {
		best := true
		var ahead []string
		var others []string
		for j, o := range targets {
			if i == j {
				continue
			}
			others = append(others, o)
			if !coveredBy(facts[j], facts[i]) || sameFacts(facts[i], facts[j]) {
				best = false
				break
			}
			for _, f := range facts[i] {
				if !hasFact(facts[j], f) && !slices.Contains(ahead, f) {
					ahead = append(ahead, f)
				}
			}
		}
		if best {
			// In the order of facts[i] (the constants' order).
			var ordered []string
			for _, f := range facts[i] {
				if slices.Contains(ahead, f) {
					ordered = append(ordered, f)
				}
			}
			return FirstMarket{Market: m, Facts: ordered, Others: others, Differ: true}
		}
	}
	return FirstMarket{Differ: differ}
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// coveredBy reports whether a market with facts b has every fact of a
// (hasFact).
func coveredBy(a, b []string) bool {
	for _, x := range a {
		if !hasFact(b, x) {
			return false
		}
	}
	return true
}

func sameFacts(a, b []string) bool { return coveredBy(a, b) && coveredBy(b, a) }

// holds reports whether the suggested market holds the other candidates'
// actions back (marketChoice): only when it is ahead on a fact besides a
// trade agreement. An agreement cuts the duty only on goods that meet its
// rules of origin, which the plan cannot check — smoked salmon made of
// Norwegian fish is not of EU origin — so it makes that market the
// suggestion, and the other markets' steps still wait for the firm's
// choice, as when the facts tie (pl-smoked-fish-us-gb, adv20b).
func (fm FirstMarket) holds() bool {
	return fm.Market != "" && slices.ContainsFunc(fm.Facts, func(f string) bool { return f != FirstMarketAgreement })
}

// firstMarketReason is the sentence the market choice's Why adds: which
// candidate looks easiest to start with on the plan's facts and why, or
// that those facts do not decide it. Its kind is fact: a fact of the firm's markets, said beside the decisive gap. ok is false when the firm has fewer
// than two known target markets.
func (pl *planner) firstMarketReason() (Msg, bool) {
	if len(pl.fm.Targets) < 2 || pl.fm.home == nil {
		return Msg{}, false
	}
	fmk := pl.firstMarket()
	if len(fmk.Order) > 0 {
		id := "assessment.reason.firstMarket.order"
		if len(fmk.Order) == 1 {
			id = "assessment.reason.firstMarket.orderSingle"
		}
		return msg(ReasonFact, "", diag.N(id, len(fmk.Others),
			pl.fx.countryList(fmk.Order, 0), pl.fx.countryList(fmk.Others, 0))), true
	}
	if fmk.OrderFrom != "" {
		return msg(ReasonFact, "", diag.M("assessment.reason.firstMarket.orderOne", CountryName(pl.cat, fmk.OrderFrom))), true
	}
	if fmk.Market == "" && fmk.Buyer != "" {
		id := "assessment.reason.firstMarket.buyer"
		if pl.buyerGate(fmk.Buyer) {
			id = "assessment.reason.firstMarket.buyerGate"
		}
		return msg(ReasonFact, fmk.Buyer, diag.N(id, len(fmk.Easier),
			CountryName(pl.cat, fmk.Buyer), pl.fx.countryList(fmk.Easier, 0), pl.firstMarketFactList(fmk.EasierFacts, fmk.Easier))), true
	}
	if fmk.Market == "" {
		id := "assessment.reason.firstMarket.same"
		if fmk.Differ {
			id = "assessment.reason.firstMarket.mixed"
		}
		if !pl.fx.sellsGoods() {
			// Its comparison has the single market, not the customs
			// border (firstMarketFacts), and what it leaves out are the
			// rules, tax and travel of a service, not duties.
			id += "Services"
		}
		return msg(ReasonFact, "", diag.M(id)), true
	}
	id := "assessment.reason.firstMarket.choose"
	if slices.Contains(fmk.Facts, FirstMarketAgreement) {
		// The catalogue names the agreements of some markets only (a
		// customs note's trade_agreement): Mexico's, say, or a British
		// firm's with Korea, it does not, so "not so" of the others is as
		// far as it knows.
		id = "assessment.reason.firstMarket.chooseAgreement"
	}
	return msg(ReasonFact, fmk.Market, diag.M(id,
		CountryName(pl.cat, fmk.Market), pl.firstMarketFactList(fmk.Facts, []string{fmk.Market}), pl.fx.countryList(fmk.Others, 0))), true
}

// buyerGate reports whether the plan shows a gate for market m: a decisive
// action of priority 2 or more — a rule without which the goods may not be
// sold there and that takes time: a plant's listing, a licence, a
// registration — whose rule is about m alone. While it holds, a first order
// for the buyer waiting in m is not "within reach" (adv17e, session 17:
// pt-cheese-brazil-fr's Brazilian importer waits for cheese from a plant
// Brazil has not listed yet, which takes months). A gate holds back only
// what it covers, so the reason says that the rest of what the firm sells
// need not wait: a dairy that sells olive oil too can ship its oil while
// the cheese waits for the listing (adv18f, session 18).
func (pl *planner) buyerGate(m string) bool {
	for _, c := range pl.actions {
		d := c.decisive
		if d == nil || d.Priority < 2 || !pl.shows(c) {
			continue
		}
		if ms, ok := pl.ruleMarkets(d.When); ok && len(ms) == 1 && ms[0] == m {
			return true
		}
	}
	return false
}

// firstMarketFactList names facts, as the market choice's reason says them
// of markets: a trade agreement by its name, each of the markets' once.
func (pl *planner) firstMarketFactList(fs, markets []string) diag.List {
	// A colon's list of unlike facts ("you already sell there, no customs
	// border"): commas read better than "and" between a clause and a noun.
	facts := diag.List{Sep: ", "}
	for _, f := range fs {
		if f != FirstMarketAgreement {
			facts.Items = append(facts.Items, diag.M("assessment.firstMarket.fact."+f))
			continue
		}
		// A market that charges no duty whatever the goods' origin
		// (AnyOrigin: Switzerland's industrial goods since 2024) has the
		// fact in its own words: "an agreement that removes most duties on
		// goods meeting its rules of origin" would give it a borrowed
		// reason.
		names := diag.List{Sep: "; "}
		var own []any
		var seen []*catalogue.TradeAgreement
		for _, m := range markets {
			a := pl.tradeAgreement(m)
			if a == nil || slices.Contains(seen, a) {
				continue
			}
			seen = append(seen, a)
			if a.AnyOrigin {
				own = append(own, diag.Text(a.Name))
			} else {
				names.Items = append(names.Items, diag.Text(a.Name))
			}
		}
		// Both kinds, for different markets, stand apart by a semicolon:
		// a comma would read the Swiss fact as one more clause of the
		// agreement's.
		var both []any
		if len(names.Items) > 0 {
			both = append(both, diag.N("assessment.firstMarket.fact."+f, len(names.Items), names))
		}
		both = append(both, own...)
		if len(both) == 1 {
			facts.Items = append(facts.Items, both[0])
		} else {
			facts.Items = append(facts.Items, diag.List{Items: both, Sep: "; "})
		}
	}
	return facts
}
