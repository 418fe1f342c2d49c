package assessment

import (
	"slices"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// The market choice holds back the other markets' actions: when the
// action that asks the firm to choose one market to start with may be
// shown and the plan's facts name the easiest market (firstMarket), an
// action that concerns only the other candidate markets — the US
// trademark, the US importer, while Germany is the suggestion — waits in
// --all for the firm to take that market up. An action for the suggested
// market, for several markets, or for none in particular stays. With no
// market suggested (the facts tie or point different ways), or one that
// only a trade agreement sets apart (FirstMarket.holds), nothing waits in
// --all (but see choiceDefers below).
// A need group is won first by a practice that does not wait (groupUp): the
// trademark for the target markets, Germany among them, before the US
// filing, which stays its alternative.

// With no market suggested, the choice still comes before what is done for
// one market: an action whose decisive rule (for a decisive action) or
// practice (for any other) is about some of the candidate markets but not
// all of them — Great Britain's border
// checks while the firm chooses between the US and GB — waits for the
// choice, after it, as the US steps do (the first-market rule's defers:),
// and says why (waitsForChoice). One about markets common to all the
// candidates stays: the EU border post is the same for France and the
// Netherlands (advisor review 13, left 1; advisor review 7).

// marketChoice is the market-choice action and the plan's comparison of
// its target markets, each worked out once per plan (see marketHolder and
// firstMarket).
type marketChoice struct {
	done, fmDone bool
	action       *candidate
	fm           FirstMarket
}

// marketHolder is the market-choice action that holds c back, or nil.
func (pl *planner) marketHolder(c *candidate) *candidate {
	a := pl.marketChoice()
	if a == nil || a == c || a.group == "" || !a.specific || a.stepBack || !pl.forOthers(c) {
		return nil
	}
	return a
}

// marketChoice is the market-choice candidate when the plan's facts
// suggest a market to start with and that suggestion holds the others
// back (FirstMarket.holds), else nil; worked out once.
func (pl *planner) marketChoice() *candidate {
	mc := &pl.choice
	if !mc.done {
		mc.done = true
		for _, c := range pl.actions {
			if c.p.ID == PracticeChooseFirstMarket {
				mc.action = c
			}
		}
		if mc.action != nil && !pl.firstMarket().holds() {
			mc.action = nil
		}
	}
	return mc.action
}

// forOthers reports whether c (not the door) concerns only candidate
// markets other than the suggested one, while a market is suggested.
func (pl *planner) forOthers(c *candidate) bool {
	if c.door || pl.marketChoice() == nil || c.p.ID == PracticeChooseFirstMarket {
		return false
	}
	ms, ok := pl.actionMarkets(c)
	return ok && onlyOthers(ms, pl.choice.fm.Market, pl.choice.fm.Others)
}

// onlyOthers reports whether markets ms are some of others and not the
// suggested market.
func onlyOthers(ms []string, suggested string, others []string) bool {
	return len(ms) > 0 && !slices.Contains(ms, suggested) && subset(ms, others)
}

// actionMarkets are the firm's markets an action concerns: those its
// practice serves (its markets: list or its eligibility's target markets,
// the markets the plan says it serves) and those its rule's market
// conditions matched, both where both are given; ok is false when neither
// ties it to markets (it concerns the firm as a whole).
func (pl *planner) actionMarkets(c *candidate) ([]string, bool) {
	var ms []string
	ok := false
	if c.vd.restricted && len(c.vd.served) > 0 {
		ms, ok = slices.Clone(c.vd.served), true
	}
	if rm, restricted := pl.ruleMarkets(c.p.When); restricted {
		if ok {
			ms = slices.DeleteFunc(ms, func(m string) bool { return !slices.Contains(rm, m) })
		} else {
			ms, ok = rm, true
		}
	}
	return ms, ok
}

// ruleMarkets are the markets a true rule needs: the markets its market
// conditions (on kinds or countries) matched. restricted is false when the
// rule holds without any such condition — a branch of an any that holds
// on its own, a not, or no market condition at all.
func (pl *planner) ruleMarkets(r *catalogue.Rule) (ms []string, restricted bool) {
	if r == nil {
		return nil, false
	}
	add := func(sub []string) {
		for _, m := range sub {
			if !slices.Contains(ms, m) {
				ms = append(ms, m)
			}
		}
		restricted = true
	}
	if m := r.Markets; m != nil && m.Named == nil && (len(m.Kinds) > 0 || len(m.Countries) > 0) {
		var match []string
		pl.fx.eachMarket(m, func(c string, ok bool) {
			if ok {
				match = append(match, c)
			}
		})
		add(match)
	}
	for _, s := range r.All {
		if sub, ok := pl.ruleMarkets(s); ok {
			add(sub)
		}
	}
	if len(r.Any) > 0 {
		var union []string
		all := true
		for _, s := range r.Any {
			if !pl.fx.holds(s) {
				continue
			}
			sub, ok := pl.ruleMarkets(s)
			if !ok {
				all = false
				break
			}
			union = append(union, sub...)
		}
		if all && len(union) > 0 {
			add(union)
		}
	}
	return ms, restricted
}

// choiceDefers reports whether deferral d — the rule that asks the firm to
// choose one market to start with — defers c for its markets (see
// choiceMarkets).
func (pl *planner) choiceDefers(d deferral, c *candidate) bool {
	if d.action == c || !pl.isChoice(d) {
		return false
	}
	_, ok := pl.choiceMarkets(c)
	return ok
}

// isChoice reports whether deferral d is the market choice's: the rule
// whose action asks the firm to choose one market to start with.
func (pl *planner) isChoice(d deferral) bool {
	return d.action != nil && d.action.p.ID == PracticeChooseFirstMarket
}

// choiceMarkets are the candidate markets c is about, when they are only
// some of them and no market is suggested: its decisive rule's markets, for
// a decisive action, else its practice's (see actionMarkets). ok is false
// for the door, the market choice itself, an action about all the
// candidates or none in particular, any action while the plan says to
// start where a waiting buyer is, and any action while a market is
// suggested (marketHolder decides then).
func (pl *planner) choiceMarkets(c *candidate) ([]string, bool) {
	if c.door || c.p.ID == PracticeChooseFirstMarket || pl.marketChoice() != nil {
		return nil, false
	}
	if fm := pl.firstMarket(); fm.Buyer != "" || len(fm.Order) > 0 || fm.OrderFrom != "" {
		// The plan says to start where the waiting buyer is (or where its
		// order is for), and names the market to take up next: the choice
		// is as good as made, and each step keeps its own place — the samples' customs
		// for Japan as much as the EU deforestation rule, which binds the
		// firm's sales in the EU whichever market comes first.
		return nil, false
	}
	if c.decisive != nil {
		// A decisive action stands for its rule's need: a rule about
		// the firm's markets as a whole (its brand not registered in
		// its target markets) is common to all the candidates, whatever
		// route its action takes (a Madrid filing, for the members among
		// them).
		if ms, ok := pl.ruleMarkets(c.decisive.When); ok {
			return someOf(ms, pl.fm.Targets)
		}
		return nil, false
	}
	if ms, ok := pl.actionMarkets(c); ok {
		return someOf(ms, pl.fm.Targets)
	}
	return nil, false
}

// someOf are the candidates among ms, when they are some of candidates but
// not all of them.
func someOf(ms, candidates []string) ([]string, bool) {
	var in []string
	for _, m := range candidates {
		if slices.Contains(ms, m) {
			in = append(in, m)
		}
	}
	if len(in) == 0 || len(in) == len(candidates) {
		return nil, false
	}
	return in, true
}

// waitsForChoice is the sentence of an action that the market choice
// defers for its markets (see choiceMarkets), while that choice is shown:
// which of the candidates it is for, and that it comes once the firm
// starts there. It does not name the choice — the action's "Do first"
// (Action.After) does, right below it (plantext14: the title said twice).
func (pl *planner) waitsForChoice(c *candidate) (Msg, bool) {
	for _, d := range pl.deferrals {
		if !pl.choiceDefers(d, c) || pl.shown(d.action) == nil {
			continue
		}
		ms, _ := pl.choiceMarkets(c)
		return msg(ReasonWait, d.action.p.ID, diag.N("assessment.reason.market.waitsForChoice",
			min(len(ms), 2), pl.fx.countryList(ms, 0))), true
	}
	return Msg{}, false
}

// heldBackMsg says why c waits for by: the market choice names the
// markets c is for and the one it suggests; another holding step comes
// first.
func (pl *planner) heldBackMsg(c, by *candidate) Msg {
	if by == pl.marketHolder(c) {
		ms, _ := pl.actionMarkets(c)
		return msg("held-back", by.p.ID, diag.M("assessment.heldBack.market", diag.Text(by.p.Title),
			pl.fx.countryList(ms, 0), CountryName(pl.cat, pl.choice.fm.Market)))
	}
	return msg("held-back", by.p.ID, diag.M("assessment.heldBack", diag.Text(by.p.Title)))
}
