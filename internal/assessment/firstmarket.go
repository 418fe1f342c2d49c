package assessment

import (
	"slices"

	"github.com/eis-project/eis/internal/diag"
)

// PracticeChooseFirstMarket is the step that asks a firm aiming at two or
// more markets at once to choose one to start with.
const PracticeChooseFirstMarket = "global-choose-first-market"

// The facts about a candidate market that make it easier to start with,
// strongest first. Each is a fact the plan already holds: the firm's
// current markets and the market kinds the catalogue derives from the
// countries (customs union, single market, languages, currency,
// neighbours). Nothing else about a market is assumed.
const (
	FirstMarketSells     = "sells"      // the firm already sells there
	FirstMarketNoCustoms = "no-customs" // goods cross no customs border
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
type FirstMarket struct {
	Market string
	Facts  []string
	Others []string
	Differ bool
}

// firstMarketFacts lists the facts that hold for market m, in the order
// of the constants above. A firm selling goods (or not saying) is told
// about the customs border; a firm selling only services about the
// single market.
func (pl *planner) firstMarketFacts(m string) []string {
	k := pl.fm.Kinds(m)
	var out []string
	if !pl.fm.New(m) {
		out = append(out, FirstMarketSells)
	}
	if pl.fx.sellsGoods() {
		if k&kCustomsUnion != 0 {
			out = append(out, FirstMarketNoCustoms)
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
	facts := make([][]string, len(targets))
	for i, m := range targets {
		facts[i] = pl.firstMarketFacts(m)
	}
	return chooseFirstMarket(targets, facts)
}

// chooseFirstMarket is the comparison: a candidate is chosen when, against
// every other, it has all the other's facts and at least one more.
func chooseFirstMarket(targets []string, facts [][]string) FirstMarket {
	differ := false
	for i := range targets {
		for j := range targets {
			if i != j && !sameSet(facts[i], facts[j]) {
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
			if !subset(facts[j], facts[i]) || sameSet(facts[i], facts[j]) {
				best = false
				break
			}
			for _, f := range facts[i] {
				if !slices.Contains(facts[j], f) && !slices.Contains(ahead, f) {
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

func sameSet(a, b []string) bool { return subset(a, b) && subset(b, a) }

// firstMarketReason is the sentence the market choice's Why adds: which
// candidate looks easiest to start with on the plan's facts and why, or
// that those facts do not decide it. Its kind is fact: a fact of the firm's markets, said beside the decisive gap. ok is false when the firm has fewer
// than two known target markets.
func (pl *planner) firstMarketReason() (Msg, bool) {
	if len(pl.fm.Targets) < 2 || pl.fm.home == nil {
		return Msg{}, false
	}
	fmk := pl.firstMarket()
	if fmk.Market == "" {
		id := "assessment.reason.firstMarket.same"
		if fmk.Differ {
			id = "assessment.reason.firstMarket.mixed"
		}
		return msg(ReasonFact, "", diag.M(id)), true
	}
	facts := diag.List{Sep: ", "}
	for _, f := range fmk.Facts {
		facts.Items = append(facts.Items, diag.M("assessment.firstMarket.fact."+f))
	}
	return msg(ReasonFact, fmk.Market, diag.M("assessment.reason.firstMarket.choose",
		CountryName(pl.cat, fmk.Market), facts, pl.fx.countryList(fmk.Others, 0))), true
}
