package assessment

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// BuildOptions are the inputs of Build besides the catalogue and answers.
type BuildOptions struct {
	// Now is the plan's time: it stamps the plan and decides which calls have expired.
	Now time.Time
	// Warnings to carry into the plan, e.g. from loading the answers file.
	Warnings []diag.Message
	// ShowAll asks the text formats to show every action and the
	// programmes that are not for the firm (Plan.ShowAll); the plan's
	// data is the same either way.
	ShowAll bool
}

// Build turns the answers in f into a plan against cat: readiness per
// dimension and axis, the stage with its reason (and per target market),
// one action per need group — placed in horizons, capped, decisive gaps
// first — with alternatives and at most three reasons each, a section per
// target market, the programmes that are not for the firm, ideas from other
// regions, the first steps, what to clarify and with whom, notes and
// warnings. It is deterministic: the same inputs give an identical plan. An
// incomplete file gives a plan too, with a warning.
func Build(cat *catalogue.Catalogue, f *answers.File, opts BuildOptions) (Plan, error) {
	if cat == nil {
		return Plan{}, errors.New("assessment: no catalogue")
	}
	if f == nil {
		return Plan{}, errors.New("assessment: no answers")
	}
	fx := NewFacts(cat, f)
	sc := fx.scores()
	fm := fx.Firm()
	p := Plan{
		SchemaVersion: SchemaVersion,
		Generated:     opts.Now.UTC(),
		Catalogue:     CatRef{ID: cat.Meta.ID, Version: cat.Meta.Version, Digest: cat.Digest},
		Overall:       sc.overall,
		Stage:         stageView(cat, sc.stage),
		FirstSteps:    []FirstStep{},
		Actions:       []Action{},
		Markets:       []MarketView{},
		NotForYou:     []NotForYou{},
		Ideas:         []Idea{},
		Notices:       []Msg{},
		ToClarify:     []Clarify{},
		ShowAll:       opts.ShowAll,
	}
	p.Respondent, p.WarningMessages = respondent(f, fx)
	p.WarningMessages = append(append([]diag.Message{}, opts.Warnings...), p.WarningMessages...)
	p.Profile = profileView(cat, fx, fm)

	for _, d := range cat.Dimensions {
		ds := sc.dims[d.ID]
		p.Dimensions = append(p.Dimensions, Dimension{
			ID: d.ID, Axis: d.Axis, Weight: d.Weight,
			Score: ds.Score, Answered: ds.Answered, Excluded: ds.Excluded,
		})
	}
	seenAxis := map[string]bool{}
	for _, d := range cat.Dimensions {
		if seenAxis[d.Axis] {
			continue
		}
		seenAxis[d.Axis] = true
		p.Axes = append(p.Axes, Axis{ID: d.Axis, Score: sc.axes[d.Axis]})
	}

	p.ToClarify = clarify(cat, fx)
	missing := fx.missing()
	p.Complete = len(missing) == 0
	p.TotalDimensions = len(cat.Dimensions)
	partly, unanswered := fx.openDimensions(missing)
	p.PartlyAnsweredDimensions = len(partly)
	p.AnsweredDimensions = p.TotalDimensions - len(partly) - len(unanswered)
	// The warning is about scored questions: those the scores leave out.
	// A profile question without an answer — one the catalogue gained
	// after the file was saved, such as where the waiting buyer is — is
	// named by the notice on profile answers, and a warning that "the
	// scores leave it out" would make a finished file look broken.
	if n := scoredCount(missing); n > 0 {
		p.WarningMessages = append(p.WarningMessages, diag.N("assessment.warn.incomplete", n, n))
	}
	p.Uncertain = uncertainty(fx)

	pl := &planner{cat: cat, fx: fx, sc: sc, fm: fm, now: opts.Now}
	pl.collect()
	pl.groupUp()
	pl.markDecisive()
	caps := []int{CapNow, CapNext, CapLater}
	switch {
	case p.Uncertain != nil:
		caps = []int{CapUncertain, CapUncertain, CapUncertain}
	case undecided(fx, p.Stage.ID):
		// Until the owners decide, the plan is for deciding: the next
		// three months, time rather than money, and no orders or buyers
		// yet (what follows, what costs much and the after_decision needs
		// are in --all).
		caps[len(caps)-1] = 0
		pl.undecided = true
	}
	if fewHands(fx) {
		// Capacity-bound: what it can do in the next three months, the
		// rest when those are done (--all keeps it).
		for i := range caps {
			caps[i] = min(caps[i], CapFewHands[i])
		}
	}
	if noFullTimeExport(fx) {
		// One person beside other work: the next three months, the
		// decisive steps first (place orders them so).
		for i := range caps {
			caps[i] = min(caps[i], CapNoFullTime[i])
		}
	}
	pl.place(caps)
	p.Actions, p.TopActions = pl.actionViews()
	p.NotForYou = pl.notForYouViews()
	p.Markets = pl.marketViews(p.Actions)
	if p.Uncertain == nil {
		// Ideas are chosen by the firm's gaps; with a quarter and more of
		// its answers "don't know" the gaps are not known, and the plan
		// leads with what to clarify (advisor review 9, pattern 5).
		p.Ideas = pl.ideaViews()
	}
	applyTargets(cat, f, &p)
	p.FirstSteps = firstSteps(cat, fx, p)
	p.Notices = notices(cat, fx, f, pl, p)
	p.Notes = notes(cat, f)
	return p, nil
}

// fewHands reports whether the firm's capacity to deliver is what limits
// its sales abroad: its plan is shorter (CapFewHands) — the capacity step
// and a few others; more steps would bring buyers it cannot serve, and
// the people who would take them are the ones already short. A micro firm
// or one short of time is not, by that alone: a named person with time
// can carry a full plan, and a small firm's undecided plan is already the
// next three months' (undecided).
func fewHands(fx *Facts) bool {
	return fx.one(ProfileMainConstraint) == "capacity"
}

// QuestionExportResponsible is the question who does the export work.
const QuestionExportResponsible = "people-skills.export-responsible"

// noFullTimeExport reports whether nobody has dedicated time for the
// export work: nobody in particular does it, the owner when there is
// time, or a named person part of the week. Its plan takes CapNoFullTime.
// "Don't know" says nothing.
func noFullTimeExport(fx *Facts) bool {
	switch fx.one(QuestionExportResponsible) {
	case "nobody", "owner-spare-time", "part-time":
		return true
	}
	return false
}

// undecided reports whether the firm is exploring and its owners have not
// decided to sell abroad (not discussed, or considering): its plan covers
// what to find out and whom to talk to before deciding.
func undecided(fx *Facts, stage string) bool {
	d := fx.one(QuestionDecision)
	return stage == StageExploring && (d == "not-considered" || d == "considering")
}

// candidate is a practice on its way to the plan: an action, an
// alternative, a practice that is not for the firm, or an idea.
type candidate struct {
	p      *catalogue.Practice
	scope  string
	groups []string // the primary group first, then also
	why    []reason // the atoms that made its when true
	vd     verdict
	gap    float64
	fit    float64
	// fitMarket is the market whose stage made the practice fit.
	fitMarket string
	market    bool // it serves a target market (MarketBonus)
	rank      float64

	// Set when grouping and placing.
	group        string // the group it is the action of ("" when none)
	alternatives []*candidate
	decisive     *catalogue.Decisive
	door         bool
	// doorFirst: the door comes before the decisive steps (see doorFirst).
	doorFirst bool
	earliest  int
	horizon   int
	placed    bool
	order     int
	// specific: one of its reasons is about the need it meets (see
	// reasonsOf); an action without one is not shown.
	specific bool
	// stepBack: a general method whose need a programme in the plan
	// covers (Group.CoveredBy) or a shown practice does the work of
	// (Practice.CoversGroups), or a generic door where a named
	// organisation is the door; not shown.
	stepBack bool
}

// planner builds the plan's actions from the catalogue and the facts.
type planner struct {
	cat *catalogue.Catalogue
	fx  *Facts
	sc  *scores
	fm  *Firm
	now time.Time

	actions   []*candidate // action candidates, by rank
	notForYou []*candidate
	ideas     []*candidate
	winners   []*candidate // one per group, in group order
	byGroup   map[string]*candidate
	// door is the first contact with public support (see chooseDoor), or nil.
	door *candidate
	// decisiveNoAction are decisive rules that hold for groups without an action.
	decisiveNoAction []*catalogue.Decisive
	// deferrals are the decisive rules that hold and defer other needs
	// (Decisive.Defers), with their action (nil when their group has none).
	deferrals []deferral
	// holds are the decisive rules that hold and hold other needs back or
	// bring them along (Decisive.HoldsBack, Decisive.Brings).
	holds []deferral
	// undecided: the owners have not decided to export (see undecided);
	// place then leaves out high-cost actions.
	undecided bool
	// choice is the market-choice action and its suggestion (see
	// marketHolder).
	choice marketChoice
}

// groupOf is the primary need group of p: its group, or (an extension's
// practice without one) a group of its own.
func groupOf(p *catalogue.Practice) string {
	if p.Group != "" {
		return p.Group
	}
	return "practice:" + p.ID
}

// collect sorts every practice: an action candidate (available, running,
// its rule true, eligible or to check), not for the firm (the same, but
// not eligible), an idea candidate (another region's, not of the firm's own
// country, with a firm-facing idea, its rule true), or nothing.
func (pl *planner) collect() {
	for _, p := range pl.cat.Practices {
		// Most practices' rules are false for a firm: their reasons,
		// which are never shown, are not worked out.
		if !pl.fx.holds(p.When) {
			continue
		}
		_, why := pl.fx.Eval(p.When)
		scope, available := scopeOf(pl.cat, p, pl.fm)
		c := &candidate{p: p, scope: scope, why: why, groups: append([]string{groupOf(p)}, p.Also...)}
		if !available {
			r := pl.cat.Region(p.Region)
			ownCountry := r != nil && pl.fm.Home != "" && r.Country == pl.fm.Home
			if scope == ScopeOtherRegion && (r == nil || r.Scope != "eu" && r.Scope != "global") && !ownCountry && hasText(p.Idea) && pl.profileFits(p) {
				c.vd = verdict{v: EligibleYes}
				pl.score(c)
				// An idea is for firms at the stages the practice
				// served: a consortium to share an export manager is
				// nothing to owners who have not decided to export.
				// (Stages only rank the firm's own actions; an idea
				// from elsewhere has no such plea.)
				// An idea from a programme that serves particular
				// markets (its markets:, as for an action) is for a firm
				// that targets one of them: InterTradeIreland's
				// cross-border sales person for Northern Ireland is no
				// idea for a Danish start-up (advisor reviews 6 and 7;
				// c.market: score found a target among them).
				if c.fit >= 1 && (len(p.Markets) == 0 || c.market) {
					pl.ideas = append(pl.ideas, c)
				}
			}
			continue
		}
		if !running(p, pl.now) {
			continue
		}
		c.vd = eligibility(pl.cat, pl.fx, p)
		if betweenCalls(p, pl.now) {
			// A call that has closed is no action; the programme is
			// listed with when it closed, to watch for the next.
			c.vd.raise(EligibleNo)
			c.vd.no = append([]Msg{msg("call", p.ID, diag.M("assessment.elig.no.betweenCalls", p.LastCallClosed.String()))}, c.vd.no...)
		} else if callUnconfirmed(p, pl.now) {
			// So is a call the catalogue could not confirm, a year and
			// more after it opened, with no end known.
			c.vd.raise(EligibleNo)
			c.vd.no = append([]Msg{msg("call", p.ID, diag.M("assessment.elig.no.callUnconfirmed", p.ValidFrom.String()))}, c.vd.no...)
		}
		pl.score(c)
		if c.vd.v == EligibleNo {
			pl.notForYou = append(pl.notForYou, c)
			continue
		}
		pl.actions = append(pl.actions, c)
	}
	sortByRank(pl.actions)
	sort.SliceStable(pl.notForYou, func(i, j int) bool {
		a, b := pl.notForYou[i], pl.notForYou[j]
		if scopeOrder[a.scope] != scopeOrder[b.scope] {
			return scopeOrder[a.scope] < scopeOrder[b.scope]
		}
		if a.rank != b.rank {
			return a.rank > b.rank
		}
		return a.p.ID < b.p.ID
	})
}

// profileFits reports whether the firm's profile answers (size, sector,
// what and how it sells, …) and the kinds of its target markets are not
// ruled out by p's eligibility: an idea from another region is for firms
// like the one it served, with markets like theirs, wherever they are (an
// idea about markets outside the OECD is nothing to a firm aiming at GB).
func (pl *planner) profileFits(p *catalogue.Practice) bool {
	e := p.Eligibility
	if e == nil {
		return true
	}
	only := *e
	only.HomeCountries, only.Check = nil, false
	cp := *p
	cp.Eligibility, cp.Markets = &only, nil
	return eligibility(pl.cat, pl.fx, &cp).v != EligibleNo
}

// score computes a candidate's gap, fit and rank (a candidate that is not
// for the firm is ranked as if it were).
func (pl *planner) score(c *candidate) {
	c.gap = pl.gapOf(c)
	c.fit, c.fitMarket = stageFit(pl.cat, c.p, pl.sc.stage, c.vd.served, c.vd.restricted)
	for _, m := range pl.fm.Targets {
		if slices.Contains(c.p.Markets, m) {
			c.market = true
		}
	}
	scope := c.scope
	if scope == ScopeOtherRegion {
		scope = ""
	}
	c.rank = Rank(c.p, c.gap, c.fit, scope, c.market, c.vd.v == EligibleCheck)
}

// gapOf is the largest shortfall among the answers and scores that made
// c's rule true, else the mean shortfall of its dimensions (see Rank).
func (pl *planner) gapOf(c *candidate) float64 {
	best, found := 0.0, false
	for _, r := range c.why {
		s, ok := pl.shortfall(r)
		if ok && !r.gate {
			found = true
			best = max(best, s)
		}
	}
	if found {
		return best
	}
	if len(c.p.Dimensions) == 0 {
		return UnknownGap
	}
	sum := 0.0
	for _, d := range c.p.Dimensions {
		if ds := pl.sc.dims[d]; ds != nil && ds.Score != nil {
			sum += 1 - *ds.Score
		} else {
			sum += UnknownGap
		}
	}
	return sum / float64(len(c.p.Dimensions))
}

// shortfall is how far an answer or a score_below atom is from full
// readiness; false for atoms that are no gap (profile, markets, stage,
// score_at_least, not applicable).
func (pl *planner) shortfall(r reason) (float64, bool) {
	switch r.kind {
	case TraceAnswer:
		v, ok := pl.fx.given[r.ref]
		q := pl.cat.Question(r.ref)
		if !ok || q == nil {
			return 0, false
		}
		switch v.Reserved() {
		case catalogue.DontKnow:
			return DontKnowGap, true
		case catalogue.NotApplicable:
			return 0, false
		}
		x, ok := pl.fx.QuestionScore(q, v)
		if !ok {
			return 0, false
		}
		return 1 - x, true
	case TraceScore:
		if !r.below {
			return 0, false
		}
		if ds := pl.sc.dims[r.ref]; ds != nil && ds.Score != nil {
			return 1 - *ds.Score, true
		}
	}
	return 0, false
}

func sortByRank(cs []*candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].rank != cs[j].rank {
			return cs[i].rank > cs[j].rank
		}
		if scopeOrder[cs[i].scope] != scopeOrder[cs[j].scope] {
			return scopeOrder[cs[i].scope] < scopeOrder[cs[j].scope]
		}
		return cs[i].p.ID < cs[j].p.ID
	})
}

// groupUp makes one action per need group: groups in order of their best
// candidate's rank (ties: groups.yaml order), each won by its best
// candidate that has not won another group — first among the practices
// whose own group it is, then (for a group none of those meets) among
// those that list it in also; the first contact is a programme of the
// firm's own region or country when one fits (a method only where none
// does); a group that prefers what can be shown (see prefersShowable) is
// won by a member with a reason about the need — one of its own, else one
// that lists it in also and won nothing else — before one without. The
// door is chosen last (see chooseDoor). The group's other candidates are
// its alternatives.
func (pl *planner) groupUp() {
	order := map[string]int{}
	for i, g := range pl.cat.Groups {
		order[g.ID] = i
	}
	members := map[string][]*candidate{}
	var groups []string
	for _, c := range pl.actions { // by rank: a group's best candidate comes first
		for _, g := range c.groups {
			if _, seen := members[g]; !seen {
				groups = append(groups, g)
			}
			members[g] = append(members[g], c)
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := members[groups[i]][0], members[groups[j]][0]
		if a.rank != b.rank {
			return a.rank > b.rank
		}
		oi, iok := order[groups[i]]
		oj, jok := order[groups[j]]
		if iok != jok {
			return iok
		}
		if oi != oj {
			return oi < oj
		}
		return groups[i] < groups[j]
	})
	pl.byGroup = map[string]*candidate{}
	won := map[*candidate]bool{}
	pick := func(g string, ok func(c *candidate) bool) *candidate {
		// One for the market to start with before one that would wait
		// for the market choice (see marketHolder).
		for _, wait := range []bool{false, true} {
			for _, c := range members[g] {
				if !won[c] && ok(c) && pl.forOthers(c) == wait {
					return c
				}
			}
		}
		return nil
	}
	// unshown are the needs whose own practices have none that could be
	// shown there (see prefersShowable): one that lists the need in also
	// and could be is its action instead, when no need of its own took it.
	unshown := map[string]bool{}
	for _, primary := range []bool{true, false} {
		for _, g := range groups {
			if w := pl.byGroup[g]; w != nil {
				if !primary && unshown[g] {
					if alt := pick(g, func(c *candidate) bool { return c.groups[0] != g && pl.showsFor(c, g) }); alt != nil {
						w.group = ""
						won[alt] = true
						alt.group = g
						pl.byGroup[g] = alt
					}
				}
				continue
			}
			mine := func(c *candidate) bool { return (c.groups[0] == g) == primary }
			var winner *candidate
			if g == GroupFirstContact {
				winner = pick(g, func(c *candidate) bool {
					return mine(c) && c.p.Type == "programme" && (c.scope == ScopeOwnRegion || c.scope == ScopeOwnCountry)
				})
			}
			d := pl.holdingDecisive(g)
			if winner == nil && d != nil {
				// First the practice written for the rule: its rule asks
				// all that the decisive rule asks (see writtenFor) — the
				// German building-site action for the rule about German
				// building sites, ahead of the general A1 step that a
				// building firm's weak answers ranked higher (adv16c had
				// to lower its cost to win).
				winner = pick(g, func(c *candidate) bool {
					return mine(c) && writtenFor(c.p.When, d.When) && pl.sameMarkets(d, c) && (!d.Act || acts(c))
				})
			}
			if winner == nil && d != nil {
				// The action of a decisive group must work on its gap,
				// so it is won first by a practice that the answers
				// behind the gap (the questions of the rule that holds)
				// made fit. A gap only doing closes (act: a filing) takes a
				// practice that acts on it before advice about it (a
				// helpdesk), which stays an alternative (see acts).
				// Within that: first one written for the very
				// situation the rule names — its rule asks the firm's
				// markets what the decisive rule asks (the customs
				// routine of the shipments a firm already makes, for
				// markets behind a border it knows) — then any that
				// works on the gap.
				// First of all, one that serves a market the rule holds
				// for (see servesWhereHolds): the US filing for a firm
				// that plans to register its brand in the US, new to it,
				// before the EU trade mark for Germany, where it sells
				// already (adv27).
				qs := map[string]bool{}
				answerQuestions(d.When, qs)
				ms := marketConditions(d.When, nil)
				for _, pass := range []struct{ there, acting bool }{{true, true}, {true, false}, {false, true}, {false, false}} {
					acting := pass.acting
					if winner != nil || len(qs) == 0 || acting && !d.Act {
						continue
					}
					ok := func(c *candidate) bool {
						return mine(c) && worksOn(c, qs) && (!acting || acts(c)) && (!pass.there || pl.servesWhereHolds(d, c))
					}
					if acting {
						// A filing: the one that covers the market
						// where a buyer waits, the market the firm
						// starts in (a Madrid filing designating Japan
						// for a Tokyo shop's samples, before the EU
						// trade mark for Germany; advisor review 13).
						winner = pick(g, func(c *candidate) bool { return ok(c) && pl.coversBuyerMarket(c) })
					}
					if winner == nil && len(ms) > 0 {
						winner = pick(g, func(c *candidate) bool { return ok(c) && asksMarkets(c.p.When, ms) })
					}
					if winner == nil {
						// One about the rule's markets before one tied to
						// others, which could not carry the rule's sentence
						// (see markDecisive): the packaging of the parcels a
						// web shop sends to France today, not the US
						// portal of a firm aiming at the US (pkg27, session 27).
						winner = pick(g, func(c *candidate) bool { return ok(c) && pl.sameMarkets(d, c) })
					}
					if winner == nil {
						winner = pick(g, ok)
					}
				}
			}
			if winner == nil {
				winner = pick(g, mine)
				if winner != nil && d == nil && pl.prefersShowable(g) && !pl.showsFor(winner, g) {
					// It could not be shown: a weak area is its only
					// reason, so the need would leave the plan. A member
					// with a reason about the need is its action (see
					// prefersShowable); the first stays its alternative
					// and wins no other need, as it would not have.
					if alt := pick(g, func(c *candidate) bool { return mine(c) && pl.showsFor(c, g) }); alt != nil {
						won[winner] = true
						winner = alt
					} else if primary {
						unshown[g] = true
					}
				}
			}
			if winner == nil {
				continue
			}
			won[winner] = true
			winner.group = g
			pl.byGroup[g] = winner
		}
	}
	// A need whose decisive rule holds, left with no action, takes a
	// practice that lists it in also from the need that practice won, when
	// that need's own rule does not hold: the decisive need is the one the
	// plan must act on, and the other need gets its next member, or waits
	// (svc26, session 26: a Donegal e-learning micro-firm whose main limit is
	// finding buyers read "this catalogue has no programme or method for the
	// need above" while LEO's grant for exploring a new market, which lists
	// that need, had won the need of export grants).
	for _, g := range groups {
		if pl.byGroup[g] != nil || g == GroupFirstContact {
			continue
		}
		d := pl.holdingDecisive(g)
		if d == nil {
			continue
		}
		for _, c := range members[g] {
			from := c.group
			if c.groups[0] == g || from == "" || from == GroupFirstContact || pl.holdingDecisive(from) != nil || !pl.sameMarkets(d, c) {
				continue
			}
			c.group = g
			pl.byGroup[g] = c
			delete(pl.byGroup, from)
			if next := pick(from, func(x *candidate) bool { return x.groups[0] == from }); next != nil {
				won[next] = true
				next.group = from
				pl.byGroup[from] = next
			}
			break
		}
	}
	pl.door = pl.chooseDoor(groups, members[GroupFirstContact])
	for _, g := range groups {
		if w := pl.byGroup[g]; w != nil {
			pl.winners = append(pl.winners, w)
		}
	}
	for _, w := range pl.winners {
		for _, c := range members[w.group] {
			if c.group == "" && !pl.kindsOnly(c, w.group) {
				w.alternatives = append(w.alternatives, c)
			}
		}
	}
}

// chooseDoor is the plan's door, the first contact with public support:
// the first contact's action (groups are the needs in groupUp's order,
// members the first contact's candidates), unless that is a general method
// or there is none and a programme of the firm's own region or country
// lists the first contact in also — a national agency with offices abroad
// (ICE, PAIH, AICEP) is the door rather than a general method. The agency
// is the door as the action of the need it won (ICE, market entry), or,
// where it won none (the EU SME Centre took market entry for a firm aiming
// at China), as the first contact's action, the method its alternative.
// Before planner17 only the first was tried: 15 of answersgen's firms
// 1001–4000 had "map the support around you" as their door while their
// national agency stood unused in --all. A general method that a winning
// agency replaces as the door steps back.
func (pl *planner) chooseDoor(groups []string, members []*candidate) *candidate {
	door := pl.byGroup[GroupFirstContact]
	if door != nil && !generic(door) {
		return door
	}
	named := func(c *candidate) bool {
		return c != door && c.p.Type == "programme" && (c.scope == ScopeOwnRegion || c.scope == ScopeOwnCountry) &&
			slices.Contains(c.p.Also, GroupFirstContact)
	}
	for _, g := range groups {
		if w := pl.byGroup[g]; w != nil && named(w) {
			if door != nil {
				door.stepBack = true
			}
			return w
		}
	}
	for _, c := range members { // by rank
		if c.group == "" && named(c) {
			if door != nil {
				door.group = ""
			}
			c.group = GroupFirstContact
			pl.byGroup[GroupFirstContact] = c
			return c
		}
	}
	return door
}

// prefersShowable reports whether need group g is won first by a member
// that can be shown there (see showsFor), before a better-ranked one that
// cannot: EIFO, on a weak finance score alone, took a Danish firm's export
// finance from the working-capital plan its answer asked for, and was
// then left out as having no reason about the need — and the need with it
// (planner16). Not the first contact, whose door has rules of its own
// (doorFirst, namesNoReason), nor a need a decisive rule that holds makes
// urgent or brings along: its action is shown by that rule, whichever
// member wins, and the rule chooses it (the gap's answers, acting first).
// groupUp has found that no decisive rule of g's own holds.
func (pl *planner) prefersShowable(g string) bool {
	if g == GroupFirstContact {
		return false
	}
	brings := func(d *catalogue.Decisive) bool { return d != nil && slices.Contains(d.Brings, g) }
	for _, grp := range pl.cat.Groups {
		if slices.ContainsFunc(grp.Decisive, brings) && brings(pl.holdingOf(grp.Decisive)) {
			return false
		}
	}
	return true
}

// showsFor reports whether c, as the action of need group g, would have a
// reason about that need — the test markDecisive makes (specific) before
// an action may be shown.
func (pl *planner) showsFor(c *candidate, g string) bool {
	if grp := pl.cat.Group(g); grp == nil || len(grp.Questions) == 0 {
		return true
	}
	old := c.group
	c.group = g
	_, specific := pl.reasonsOf(c)
	c.group = old
	return specific
}

// sameMarkets reports whether c may be decisive rule d's action as to
// markets: unless both d's rule and c are tied to particular markets of
// the firm and share none.
func (pl *planner) sameMarkets(d *catalogue.Decisive, c *candidate) bool {
	dm, restricted := pl.ruleMarkets(d.When)
	if !restricted {
		return true
	}
	cm, ok := pl.actionMarkets(c)
	return !ok || slices.ContainsFunc(cm, func(m string) bool { return slices.Contains(dm, m) })
}

// servesWhereHolds reports whether c may be decisive rule d's action as
// to the markets d's conditions on the firm's history with them (new,
// new_border) match: unless c is tied to particular markets of the firm
// and none of them is one of those. A rule with no such condition, or a
// practice not tied to markets, always may. sameMarkets does not see a
// condition on new markets alone (markets: {new: true}), which ties a
// rule to no kind or country; this does (adv27: "we plan to register our
// brand" in a scale-up's new US market was answered with the EU trade
// mark for Germany, where it already sells).
func (pl *planner) servesWhereHolds(d *catalogue.Decisive, c *candidate) bool {
	var dm []string
	for _, m := range marketConditions(d.When, nil) {
		pl.fx.eachMarket(m, func(x string, match bool) {
			if match && !slices.Contains(dm, x) {
				dm = append(dm, x)
			}
		})
	}
	if len(dm) == 0 {
		return true
	}
	cm, ok := pl.actionMarkets(c)
	return !ok || slices.ContainsFunc(cm, func(m string) bool { return slices.Contains(dm, m) })
}

// acts reports whether c acts on its need rather than advises on it: it
// is not marked advice (a helpdesk, a portal). A decisive rule that only
// doing closes (act: true, a filing) takes an acting practice as its
// action where one works on the gap, and decisive actions of equal
// priority that act come before advice (advisor review 8, pattern 3: the
// IP helpdesk stood in for filing the mark, and a portal came before the
// filing).
func acts(c *candidate) bool {
	return !c.p.Advice
}

// holdingDecisive is group g's decisive rule that holds (see
// holdingOf), or nil.
func (pl *planner) holdingDecisive(g string) *catalogue.Decisive {
	grp := pl.cat.Group(g)
	if grp == nil {
		return nil
	}
	return pl.holdingOf(grp.Decisive)
}

// holdingOf is the decisive rule of ds that holds with the highest
// priority, the first of them in the catalogue's order, or nil. A gate — a
// licence or an approval without which the goods may not be sold or
// installed there (Canada's electrical approval) — is the need's rule
// before a gap the group's earlier rule names (a subcontractor's quality
// certificate), so its practice is the need's action (advisor review 13b:
// ie-engineering-canada's Canadian approval was only an alternative to the
// ISO 9001 step, in three months).
// While the market choice suggests where to start, a rule about that
// market (or about all the firm's markets) comes before one about only
// the markets that wait, whatever their priorities: the need's action is
// then the step for the market the firm starts in (bev27, session 27: a
// winery aiming at Norway and Finland, Finland suggested, read Norway's
// importer route — Vinmonopolet's gate, priority 1 — held back, and
// nothing of Alko and Finland's shops, the route it was to start with).
func (pl *planner) holdingOf(ds []*catalogue.Decisive) *catalogue.Decisive {
	var best *catalogue.Decisive
	bestWaits := false
	for _, d := range ds {
		if d == nil || !pl.fx.holds(d.When) {
			continue
		}
		waits := pl.ruleForOthers(d)
		if best == nil || bestWaits && !waits || waits == bestWaits && d.Priority > best.Priority {
			best, bestWaits = d, waits
		}
	}
	return best
}

// ruleForOthers reports whether decisive rule d is about only candidate
// markets other than the suggested one, while a market is suggested (as
// forOthers for an action).
func (pl *planner) ruleForOthers(d *catalogue.Decisive) bool {
	if pl.marketChoice() == nil {
		return false
	}
	ms, ok := pl.ruleMarkets(d.When)
	return ok && onlyOthers(ms, pl.choice.fm.Market, pl.choice.fm.Others)
}

// answerQuestions adds the questions of r's answer conditions to qs.
func answerQuestions(r *catalogue.Rule, qs map[string]bool) {
	if r == nil {
		return
	}
	if r.Answer != nil {
		qs[r.Answer.Question] = true
	}
	for _, x := range r.All {
		answerQuestions(x, qs)
	}
	for _, x := range r.Any {
		answerQuestions(x, qs)
	}
}

// marketConditions appends r's market conditions on the firm's history
// with its markets (new, new_border) that are not negated.
func marketConditions(r *catalogue.Rule, out []*catalogue.MarketsRef) []*catalogue.MarketsRef {
	if r == nil {
		return out
	}
	if r.Markets != nil && (r.Markets.New || r.Markets.NewBorder) {
		out = append(out, r.Markets)
	}
	for _, x := range r.All {
		out = marketConditions(x, out)
	}
	for _, x := range r.Any {
		out = marketConditions(x, out)
	}
	return out
}

// asksMarkets reports whether rule r has a market condition (not negated)
// equal to one of ms.
func asksMarkets(r *catalogue.Rule, ms []*catalogue.MarketsRef) bool {
	for _, m := range marketConditions(r, nil) {
		for _, d := range ms {
			if m.New == d.New && m.NewBorder == d.NewBorder && m.All == d.All && m.Of == d.Of && m.Buyer == d.Buyer &&
				slices.Equal(m.Kinds, d.Kinds) && slices.Equal(m.Countries, d.Countries) &&
				(m.Named == nil) == (d.Named == nil) && (m.Named == nil || *m.Named == *d.Named) {
				return true
			}
		}
	}
	return false
}

// writtenFor reports whether rule r asks all that rule d asks: each of
// d's conditions (the parts of an all, of an all within it, …, else the
// rule itself) is one of r's. A practice whose rule is so written holds
// only where the decisive rule d holds: it is written for the very need d
// makes urgent.
func writtenFor(r, d *catalogue.Rule) bool {
	if r == nil || d == nil {
		return false
	}
	if onlyAll(d) {
		for _, x := range d.All {
			if !writtenFor(r, x) {
				return false
			}
		}
		return true
	}
	return hasCondition(r, d)
}

// hasCondition reports whether x is one of r's conditions (see writtenFor).
func hasCondition(r, x *catalogue.Rule) bool {
	if onlyAll(r) {
		return slices.ContainsFunc(r.All, func(y *catalogue.Rule) bool { return hasCondition(y, x) })
	}
	return sameRule(r, x)
}

// onlyAll reports whether r is an all and nothing else.
func onlyAll(r *catalogue.Rule) bool {
	return len(r.All) > 0 && r.Any == nil && r.Not == nil && r.Answer == nil && r.Profile == nil && r.ScoreBelow == nil &&
		r.ScoreAtLeast == nil && r.Stage == nil && r.Markets == nil
}

// sameRule reports whether a and b ask the same, wherever they are written.
func sameRule(a, b *catalogue.Rule) bool {
	if a == nil || b == nil {
		return a == b
	}
	return slices.EqualFunc(a.All, b.All, sameRule) && slices.EqualFunc(a.Any, b.Any, sameRule) && sameRule(a.Not, b.Not) &&
		sameAnswer(a.Answer, b.Answer) && sameAnswer(a.Profile, b.Profile) &&
		samePtr(a.ScoreBelow, b.ScoreBelow) && samePtr(a.ScoreAtLeast, b.ScoreAtLeast) &&
		slices.Equal(a.Stage, b.Stage) && sameMarketsRef(a.Markets, b.Markets)
}

func sameAnswer(a, b *catalogue.AnswerIn) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Question == b.Question && slices.Equal(a.In, b.In)
}

func sameMarketsRef(a, b *catalogue.MarketsRef) bool {
	if a == nil || b == nil {
		return a == b
	}
	return slices.Equal(a.Kinds, b.Kinds) && slices.Equal(a.Countries, b.Countries) && a.Of == b.Of && a.All == b.All &&
		a.New == b.New && a.NewBorder == b.NewBorder && samePtr(a.Named, b.Named) && a.Buyer == b.Buyer && a.AtLeast == b.AtLeast
}

// samePtr reports whether a and b are both nil or point to equal values.
func samePtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// worksOn reports whether an answer to one of qs made c's rule true.
func worksOn(c *candidate, qs map[string]bool) bool {
	for _, r := range c.why {
		if r.kind == TraceAnswer && !r.gate && qs[r.ref] {
			return true
		}
	}
	return false
}

// deferral is a decisive rule that holds and makes other needs wait: the
// firm's own main constraint (capacity) before buyer-finding.
type deferral struct {
	rule   *catalogue.Decisive
	action *candidate // the rule's group's action, or nil
}

// markDecisive marks each action whose group's decisive rule holds (see
// holdingOf), and the door (see chooseDoor).
// A decisive rule that holds for a group without an action is kept for a
// notice; one that defers needs is kept for place.
func (pl *planner) markDecisive() {
	for _, g := range pl.cat.Groups {
		if d := pl.holdingOf(g.Decisive); d != nil {
			w := pl.byGroup[g.ID]
			if w != nil && !pl.sameMarkets(d, w) {
				// The need's action is for other markets than the
				// ones the rule is about (a wine label for Germany,
				// while the rule is about the US border, whose steps
				// wait for the market choice): it is not the rule's
				// step, and the rule's sentence is no reason for it.
				w = nil
			} else if w != nil {
				if w.decisive == nil {
					w.decisive = d
				}
			} else {
				pl.decisiveNoAction = append(pl.decisiveNoAction, d)
			}
			if len(d.Defers) > 0 {
				pl.deferrals = append(pl.deferrals, deferral{rule: d, action: w})
			}
			if len(d.HoldsBack) > 0 || len(d.Brings) > 0 {
				pl.holds = append(pl.holds, deferral{rule: d, action: w})
			}
		}
	}
	if door := pl.door; door != nil { // see chooseDoor
		door.door = true
		door.doorFirst = pl.doorFirst(door)
	}
	for _, w := range pl.winners {
		_, w.specific = pl.reasonsOf(w)
		if w.door && (pl.namesNoReason() || pl.begunWithBuyer()) && w.decisive == nil && !w.doorFirst {
			continue // a door after the firm's own steps: only with a reason of its own
		}
		if g := pl.needOf(w); w.door || w.decisive != nil || g == nil || len(g.Questions) == 0 {
			// The door, a decisive gap, and a need whose answers the
			// catalogue does not name (a catalogue of one's own) are
			// shown whatever their reasons.
			w.specific = true
		}
	}
}

// QuestionSupportUse is the question whether the firm knows which public
// export support fits it and whom to call.
const QuestionSupportUse = "networks.support-use"

// doorFirst reports whether the door comes before the firm's decisive
// steps: for a firm new to exporting (it does not export, or only now and
// then) that has not organised its export work yet (see organised), or one
// that does not know what public support exists (or did not say), when
// the catalogue could confirm the door's facts. An exporter that knows
// where support is starts with its decisive step, the door after it, and
// so does a firm with a written export plan and someone with export
// experience and time for it, who knows where support is: it sells abroad
// only now and then, but it has done what the door's first steps ask
// (planner16: an ERP consultancy with a dedicated export manager, a
// written plan and its markets chosen was told to start at ICE by writing
// down its priority market, ahead of the A1 certificates its consultants
// need before they go on site in Germany). A firm new to exporting with a
// buyer waiting, which knows support exists, starts at the door only when
// the door has a reason of its own (see begunWithBuyer). A door the
// catalogue could not confirm (confidence unverified) is never where a
// firm starts — it is a place to ask.
func (pl *planner) doorFirst(door *candidate) bool {
	if door.p.Confidence == "unverified" {
		return false
	}
	if pl.begunWithBuyer() && door.decisive == nil {
		if _, own := pl.reasonsOf(door); !own {
			return false
		}
	}
	if pl.newToExporting() && !pl.organised() {
		return true
	}
	switch pl.fx.one(QuestionSupportUse) {
	case "", "unaware": // "" also when it answered "don't know"
		return true
	}
	return false
}

// begunWithBuyer reports whether a firm new to exporting (see
// newToExporting) has a foreign buyer waiting for its answer (an enquiry,
// or samples asked for) and knows that public export support exists: it
// has begun, and starts with the buyer and its own decisive steps. Its
// door starts the plan, and is shown, only with a reason of its own — a gap in the door's need, a market, a decisive gap —
// not a weak area alone (advisor review 16e: a Gdynia facade subcontractor
// asked for a price by a Hamburg main contractor, its questions German
// posting and construction rules, was told "start here" at PAIH, by
// writing a brief on "the type of buyer or distributor you need", because
// its market knowledge scored 44%). A door with such a reason still
// starts a firm new to exporting: the Alentejo estate answering a Dutch
// operator starts at its regional tourism promotion agency, whose fairs
// and workshops with tour operators meet its gaps.
func (pl *planner) begunWithBuyer() bool {
	if !pl.newToExporting() {
		return false // a regular exporter: see doorFirst and namesNoReason
	}
	if !pl.fx.buyerWaits() {
		return false
	}
	switch pl.fx.one(QuestionSupportUse) {
	case "", "unaware":
		return false
	}
	return true
}

// namesNoReason reports whether the firm's answer "we know some names of
// public support, but not what fits us" is no reason for the door: the firm
// exports regularly and so starts with its own decisive steps, not at the
// door (advisor review 6, pattern 5). A firm new to exporting starts there
// for it, also where the door is a place to ask (unverified).
func (pl *planner) namesNoReason() bool {
	return !pl.newToExporting() && pl.fx.one(QuestionSupportUse) == "aware"
}

// asksLater reports whether c is public support the catalogue could not
// confirm (a programme whose facts are unverified — the door included)
// for a firm that exports regularly and answered that it knows some names
// of public support, but not what fits it (see namesNoReason): it is a
// place to ask, not a "now" action, even when a decisive rule holds for
// its need; it comes after the firm's own decisive steps, from the next
// three months (advisor review 6: an unconfirmed Trade Council at an
// hourly fee was a SaaS scale-up's first action, ahead of US sales tax
// and its US trademark). A programme written for the very situation its
// need's decisive rule names — its rule asks the firm's markets what the
// rule asks — is not: asking it is the step the rule calls for, and its
// steps say what to ask (gulf-kenya 13: SACE, asked before the offer goes
// whether it insures the 90 days' credit a new Kenyan buyer wants, came
// after the offer in three months). So is an agency's advice in the
// market that the firm pays for (a market-entry service whose cost is not
// low), confirmed or not: its fee buys help the firm can ask for once its
// own decisive steps are under way (research18: the Trade Council, once
// its business conditions of 2025 confirmed it, came back as the SaaS
// scale-up's first action, ahead of its US sales tax and trademark).
func (pl *planner) asksLater(c *candidate) bool {
	if c.p.Type != "programme" || !pl.namesNoReason() {
		return false
	}
	if c.p.Confidence != "unverified" && !paidAgency(c) {
		return false
	}
	if c.decisive != nil {
		if ms := marketConditions(c.decisive.When, nil); len(ms) > 0 && asksMarkets(c.p.When, ms) {
			return false
		}
	}
	return true
}

// QuestionExportPlan is the question whether the firm has an export plan.
const QuestionExportPlan = "strategy.export-plan"

// organised reports whether the firm has organised its export work: a
// person or team with export experience and dedicated time for it, and a
// written export plan.
func (pl *planner) organised() bool {
	if pl.fx.one(QuestionExportResponsible) != "dedicated" {
		return false
	}
	switch pl.fx.one(QuestionExportPlan) {
	case "written", "reviewed":
		return true
	}
	return false
}

// newToExporting reports whether the firm does not export or exports only
// now and then: where it starts is the door (see doorFirst, namesNoReason).
func (pl *planner) newToExporting() bool {
	switch pl.fx.one(ProfileExports) {
	case "none", "occasional":
		return true
	}
	return false
}

// generic reports whether c is a general method: a practice any firm can
// use (global), or an EU-wide one for no particular market.
func generic(c *candidate) bool {
	return c.scope == ScopeGlobal || c.scope == ScopeEU && len(c.p.Markets) == 0
}

// covered reports whether c is a general method whose need a programme
// shown in the plan covers (its group's covered_by; the door covers the
// first contact), or a shown practice does the work of (its
// covers_groups, for every target market of the firm: see coversFor).
func (pl *planner) covered(c *candidate) bool {
	if pl.doorDoes(c) || pl.doorSaysAll(c) {
		return true
	}
	g := pl.cat.Group(c.group)
	if g == nil || !generic(c) {
		return false
	}
	for _, w := range pl.winners {
		if w == c || !w.placed {
			continue
		}
		if w.p.Type == "programme" && (slices.Contains(g.CoveredBy, w.group) || w.door && slices.Contains(g.CoveredBy, GroupFirstContact)) {
			return true
		}
		// The need it stands for, or its own (a partner choice that
		// stands for the market entry where no agency serves the market).
		if pl.coversFor(w, g.ID) || pl.coversFor(w, c.groups[0]) {
			return true
		}
	}
	return false
}

// doorDoes reports whether the door, placed in the plan, does c's work:
// c meets a need the door can also stand for (its also), and both open
// with the same reason — the UK Export Academy's free seminars and
// advisers and Open to Export's free guides both said "You learn the
// practical side of exporting as you go" (adv17b, session 17:
// uk-machining-money-de) — or every reason c gives is one the door's
// action answers, shown or not (it shows MaxReasons): c adds nothing the
// door does not do (uk27, session 27: the
// Academy opened with "You know some names of public export support" for
// uk-cad-software-eu and uk-cyber-eu, and Open to Export, impact low, took
// a slot of the short plan on the same "learn as you go", ranked by the
// own-country bonus over trade fairs and the partner choice of a firm
// whose limit is finding buyers). The door's programme stays; c is its
// alternative's equal in --all.
func (pl *planner) doorDoes(c *candidate) bool {
	w := pl.door // the one candidate marked door (see chooseDoor)
	if w == nil || w == c || !w.placed || !slices.Contains(w.p.Also, c.group) {
		return false
	}
	wr, _ := pl.reasonsOf(w)
	cr, _ := pl.reasonsOf(c)
	if len(wr) == 0 || len(cr) == 0 {
		return false
	}
	if wr[0].Kind == cr[0].Kind && wr[0].Ref == cr[0].Ref && wr[0].ID == cr[0].ID {
		return true
	}
	wr = pl.allReasonsOf(w)
	for _, m := range cr {
		if !slices.ContainsFunc(wr, func(x Msg) bool { return sameReason(x, m) }) {
			return false
		}
	}
	return true
}

// sameReason reports whether a and b are the same reason: kind, ref, message
// and its arguments.
func sameReason(a, b Msg) bool {
	return a.Kind == b.Kind && a.Ref == b.Ref && a.ID == b.ID && fmt.Sprint(a.Args...) == fmt.Sprint(b.Args...)
}

// doorSaysAll reports whether c is a general method, not decisive, whose
// every reason is one the door shows, while the door is placed in the
// plan: the plan would say the same "why" twice and has no other to give
// c (see distinctOpeners), and the door's advice answers it first — "You
// learn the practical side of exporting as you go" behind the UK Export
// Academy and, again, behind a part-time export manager at high cost
// (brexit24, session 24: uk-steel-fabricator-ie-nl, where they were the
// door's only reason; uk27, session 27: uk-cad-software-eu, where the door
// gives two more, and a one-page export plan for "your export plan is
// only in your heads" beside the Academy's seminars that help write one).
// c stays in --all.
func (pl *planner) doorSaysAll(c *candidate) bool {
	w := pl.door
	if w == nil || w == c || !w.placed || c.decisive != nil || !generic(c) {
		return false
	}
	wr, _ := pl.reasonsOf(w)
	cr, specific := pl.reasonsOf(c)
	if len(wr) == 0 || len(cr) == 0 || len(cr) > len(wr) || !specific {
		return false
	}
	for _, m := range cr {
		if !slices.ContainsFunc(wr, func(x Msg) bool { return sameReason(x, m) }) {
			return false
		}
	}
	return true
}

// coversFor reports whether w does the work of need group g (its
// covers_groups) for the firm: for every target market, when w serves
// some markets only. A liquor board's route, whose first step appoints the
// board's agent, leaves no separate "choose an agent or distributor" for
// a distillery aiming at Canada alone; aiming at Germany too, it needs one
// there (advisor review 15d).
func (pl *planner) coversFor(w *candidate, g string) bool {
	if !slices.Contains(w.p.CoversGroups, g) {
		return false
	}
	if !w.vd.restricted {
		return true
	}
	if len(pl.fm.Targets) == 0 {
		return false
	}
	for _, m := range pl.fm.Targets {
		if !slices.Contains(w.vd.served, m) {
			return false
		}
	}
	return true
}

// noBuyerYet reports whether the firm has named target markets, sells in
// none of them yet, is still looking for a partner there and has no buyer
// waiting for a quote or samples: the needs
// that come with buyers (after_decision) wait until it has one.
func (pl *planner) noBuyerYet() bool {
	if len(pl.fm.Targets) == 0 {
		return false
	}
	if pl.fx.buyerWaits() {
		return false // a buyer is waiting for a quote or samples
	}
	for _, m := range pl.fm.Targets {
		if !pl.fm.New(m) {
			return false
		}
	}
	v, ok := pl.fx.given[QuestionPartners]
	return ok && (v.Has("need-one") || v.Has("searching"))
}

// QuestionPartners is the question whether the firm has partners abroad.
const QuestionPartners = "sales-channels.partners"

// GroupExportGrant is the need for co-funding of an export project; an
// undecided firm's plan leaves it to --all: there is no project to co-fund
// yet, and its door is where it asks which subsidies exist (advisor review
// 11: an undecided design studio was sent to the City's yearly call).
const GroupExportGrant = "export-grant"

// GroupFirstContact is the need group whose action is the plan's door:
// the first contact with public support.
const GroupFirstContact = "first-contact"

// GroupBuyerWaiting is the need group of a foreign buyer waiting for the
// firm's answer: when its decisive rule holds, its action comes first.
const GroupBuyerWaiting = "buyer-waiting"

// place puts the actions in horizons, at most caps[h] in horizon h, in
// this order: the door first; then the decisive actions, by their rule's
// priority, then rank; then what the door leads to (practices to do after
// it); then the rest, each part by rank — every action preceded by the
// actions it should follow (after: a practice, or the action of its
// group), so that a well-ranked action is not left out because its first
// step ranked low. An action's earliest horizon is now for the door and
// decisive ones, else its effort's (low: now, medium: next 3 months,
// high: 3–12 months; an after_decision need not before the next 3
// months); it waits for the actions it should follow to be placed in an
// earlier horizon, or earlier in the same one when they take little
// effort. An action a holding decisive rule defers (its defers:, the door
// excepted) waits for that rule's action to be placed in an earlier
// horizon, and for its defer_until. What does not fit stays unplaced
// (shown with --all).
func (pl *planner) place(caps []int) {
	// A general method steps back when a programme placed in the plan
	// covers its need; placing again may place another in its stead.
	for range 4 {
		pl.placeOnce(caps)
		changed := false
		for _, c := range pl.winners {
			if c.placed && !c.stepBack && pl.covered(c) {
				c.stepBack, changed = true, true
			}
		}
		if !changed {
			return
		}
		for _, c := range pl.winners {
			c.placed, c.horizon, c.order = false, 0, 0
		}
	}
	pl.placeOnce(caps)
}

// leftOut reports whether an action that may be shown was not placed:
// the caps left it to --all.
func (pl *planner) leftOut() bool {
	for _, c := range pl.winners {
		if !c.placed && pl.shows(c) {
			return true
		}
	}
	return false
}

// shows reports whether c may be shown at all: it has a reason about its
// need, has not stepped back, and (a need that comes with buyers) the firm
// has a buyer in a target market or a decisive gap makes it urgent.
func (pl *planner) shows(c *candidate) bool {
	if !c.specific || c.stepBack {
		return false
	}
	if c.decisive == nil && !c.door && pl.afterDecision(c) && pl.noBuyerYet() {
		return false
	}
	return c.door || pl.heldBackBy(c) == nil
}

// heldBackBy is the action of a holding decisive rule that holds c's need
// back (its holds_back), when that action may be shown: it does c's work
// (a waiting buyer's offer carries the delivered price and the terms), or
// c would contradict it (buyer events for a firm that cannot deliver
// more). nil when none does. A decisive action about the sales the firm
// already makes (see bindsSalesMade) is not held back by a rule of lower
// priority, as it does not wait for one (see deferredBy): the US duty check
// takes the US portal's place, not that of the packaging registration for
// the parcels a web shop sends to France today (pkg27, session 27).
func (pl *planner) heldBackBy(c *candidate) *candidate {
	for _, h := range pl.holds {
		if bindsSalesMade(c.decisive) && c.decisive.Priority > h.rule.Priority {
			continue
		}
		if a := h.action; a != nil && a != c && a.specific && !a.stepBack && slices.Contains(h.rule.HoldsBack, c.group) {
			return a
		}
	}
	return pl.marketHolder(c)
}

// brought are the actions a holding decisive rule of c's brings along
// (its brings): they come right after c, in c's horizon.
func (pl *planner) brought(c *candidate) []*candidate {
	var out []*candidate
	for _, h := range pl.holds {
		if h.action != c {
			continue
		}
		for _, g := range h.rule.Brings {
			if w := pl.byGroup[g]; w != nil && w != c && !w.door {
				out = append(out, w)
			}
		}
	}
	return out
}

// coversBuyerMarket reports whether c concerns the target market where
// the waiting buyer is (see buyerMarket).
func (pl *planner) coversBuyerMarket(c *candidate) bool {
	b := pl.fx.waitingBuyerMarket()
	if b == "" {
		return false
	}
	ms, ok := pl.actionMarkets(c)
	return ok && slices.Contains(ms, b)
}

// placedBy is the decisive rule that decided c's place: its own, or (an
// action brought along, see brought) the rule of the action that brings
// it, while that action is shown — the payment terms of a waiting buyer's
// offer are there because the buyer waits.
func (pl *planner) placedBy(c *candidate) *catalogue.Decisive {
	if c.decisive != nil {
		return c.decisive
	}
	if by := pl.bringer(c); by != nil && by.decisive != nil && pl.shows(by) {
		return by.decisive
	}
	return nil
}

// bringer is the action that brings c along (see brought), or nil.
func (pl *planner) bringer(c *candidate) *candidate {
	for _, h := range pl.holds {
		if h.action != nil && h.action != c && slices.Contains(h.rule.Brings, c.group) && pl.byGroup[c.group] == c {
			return h.action
		}
	}
	return nil
}

func (pl *planner) placeOnce(caps []int) {
	byRank := append([]*candidate{}, pl.winners...)
	sortByRank(byRank)
	var door *candidate
	for _, c := range byRank {
		if c.door {
			door = c
		}
	}
	follows := func(c *candidate) bool {
		return door != nil && c != door && slices.Contains(c.p.After, door.p.ID)
	}
	// A buyer waiting for an answer comes before everything, the door
	// included: the likeliest next sale does not wait for a first meeting.
	var first []*candidate
	for _, c := range byRank {
		if c.decisive != nil && !c.door && c.group == GroupBuyerWaiting {
			first = append(first, c)
		}
	}
	// By priority, then (equal priority) acting before advice (see
	// acts), then rank.
	byPriority := append([]*candidate{}, byRank...)
	sort.SliceStable(byPriority, func(i, j int) bool {
		a, b := byPriority[i], byPriority[j]
		if pa, pb := pl.priority(a), pl.priority(b); pa != pb {
			return pa > pb
		}
		return acts(a) && !acts(b)
	})
	if door != nil && door.doorFirst {
		// A gate comes before the door that starts the plan (see
		// beforeDoor): the door's own first step asks for the market
		// the gate chooses, and a rule due within weeks does not wait
		// for a first meeting.
		for _, c := range byPriority {
			if pl.beforeDoor(c) {
				first = append(first, c)
			}
		}
		first = append(first, door)
	}
	// The decisive actions by their rule's priority (the firm's own main
	// constraint before the gaps that would fill "now" otherwise), then
	// rank; a door that does not come first (see doorFirst) comes after
	// them, even when it is decisive itself (an agency with people in the
	// market, for a firm whose limit is finding buyers): the firm starts
	// with its own decisive steps. Decisive public support the catalogue
	// could not confirm, and an agency's advice the firm pays for, come
	// after the firm's other decisive steps for a firm that exports and
	// needs no door (see asksLater).
	for _, part := range []struct {
		in  []*candidate
		has func(c *candidate) bool
	}{
		{byPriority, func(c *candidate) bool { return ownDecisive(c) && !pl.asksLater(c) }},
		{byPriority, func(c *candidate) bool { return ownDecisive(c) && pl.asksLater(c) }},
		{byRank, func(c *candidate) bool { return c.door && !c.doorFirst }},
		{byRank, func(c *candidate) bool { return c.decisive == nil && !c.door && follows(c) }},
		{byRank, func(c *candidate) bool { return c.decisive == nil && !c.door && !follows(c) }},
	} {
		for _, c := range part.in {
			if part.has(c) {
				first = append(first, c)
			}
		}
	}
	var order []*candidate
	in := map[*candidate]bool{}
	var add func(c *candidate, depth int)
	add = func(c *candidate, depth int) {
		if in[c] || depth > len(pl.winners) {
			return
		}
		for _, id := range c.p.After {
			if pre := pl.prerequisite(id, c); pre != nil {
				add(pre, depth+1)
			}
		}
		for _, pre := range pl.deferrers(c) {
			add(pre, depth+1)
		}
		if !in[c] {
			in[c] = true
			order = append(order, c)
		}
		for _, b := range pl.brought(c) {
			add(b, depth+1)
		}
	}
	for _, c := range first {
		add(c, 0)
	}
	for _, c := range order {
		l, ok := effortLevel[c.p.Effort]
		if !ok {
			l = 1
		}
		if c.door || c.decisive != nil {
			l = 0
			if pl.filingBeforeDecision(c) {
				l = 1
			}
		} else if pl.afterDecision(c) {
			// The needs that come with orders and buyers (payment risk,
			// export finance) wait for the steps that find them, unless
			// a decisive gap makes them urgent.
			l = max(l, 1)
		} else if pl.undecided && c.group == GroupExportGrant {
			// Co-funding is for an export project: not before the
			// owners have decided on one.
			l = max(l, 1)
		}
		if by := pl.bringer(c); by != nil && pl.shows(by) {
			// It comes with the action that brings it: the payment of
			// the offer secured before the offer goes.
			l = by.earliest
		}
		if pl.asksLater(c) {
			l = max(l, 1) // public support not confirmed, or paid advice: asked about after the firm's own steps
		}
		for _, d := range pl.deferredBy(c) {
			if i := slices.Index(Horizons, d.rule.DeferUntil); i > 0 {
				l = max(l, i)
			}
		}
		c.earliest = l
	}
	placed := make([]int, len(caps))
	n := 0
	for h := range caps {
		for _, c := range order {
			if placed[h] == caps[h] {
				break
			}
			if c.placed || c.earliest > h || !pl.shows(c) || !pl.readyAt(c, h) {
				continue
			}
			if pl.undecided && !c.door && c.decisive == nil && (c.p.Cost == "high" || pl.afterDecision(c) || c.group == GroupExportGrant) {
				continue
			}
			c.placed, c.horizon, c.order = true, h, n
			placed[h]++
			n++
		}
	}
}

// GatePriority is the decisive priority of a gate: a step that decides
// where or whether the firm can sell (which market to start with, a
// licence without which the goods may not be sold).
const GatePriority = 2

// DueSoonMonths is how close to the plan's date a decisive rule's due date
// (Decisive.Due) makes it a gate: within three months either side.
const DueSoonMonths = 3

// beforeDoor reports whether c is a gate that comes before a door that
// starts the plan (advisor review 7, pattern 3): a decisive action of
// priority GatePriority or more (see priority) — the market choice the
// door's own first step asks for, a licence, a rule due within weeks. A
// waiting buyer comes first anyway; public support asked about later
// does not.
func (pl *planner) beforeDoor(c *candidate) bool {
	return ownDecisive(c) && !pl.asksLater(c) && pl.priority(c) >= GatePriority
}

// paidAgency reports whether c is an agency's advice in the market
// (GroupMarketEntry) that the firm pays for: its cost is medium or high.
func paidAgency(c *candidate) bool {
	return c.group == GroupMarketEntry && (c.p.Cost == "medium" || c.p.Cost == "high")
}

// ownDecisive reports whether c is one of the firm's own decisive steps:
// a decisive action that is neither the door nor the waiting buyer (both
// placed by rules of their own).
func ownDecisive(c *candidate) bool {
	return c.decisive != nil && !c.door && c.group != GroupBuyerWaiting
}

// dueSoon reports whether c's decisive rule is due (Decisive.Due) within
// DueSoonMonths of the plan's date, either side.
func (pl *planner) dueSoon(c *candidate) bool {
	if c.decisive == nil || c.decisive.Due == nil || pl.now.IsZero() {
		return false
	}
	day := pl.now.UTC().Truncate(24 * time.Hour)
	d := c.decisive.Due.Time()
	return !d.After(day.AddDate(0, DueSoonMonths, 0)) && !d.Before(day.AddDate(0, -DueSoonMonths, 0))
}

// filingBeforeDecision reports whether c is a filing for particular
// markets — the action of a decisive rule that only doing closes (act:
// true, the trademark), in a need about particular markets (market_scoped)
// — in the plan of a firm whose owners have not decided to export: it
// comes in the next 3 months at the earliest, not "now", as the firm has
// not chosen those markets yet (advisor review 9, pattern 1:
// dk-software-startup's UK filing "now" before it had decided to export).
// Its other decisive steps (asking the users or the client it has abroad)
// stay "now".
func (pl *planner) filingBeforeDecision(c *candidate) bool {
	if !pl.undecided || c.door || c.decisive == nil || !c.decisive.Act {
		return false
	}
	g := pl.cat.Group(c.group)
	return g != nil && g.MarketScoped
}

// afterDecision reports whether c's need comes once a firm has decided to
// export (its group's after_decision).
func (pl *planner) afterDecision(c *candidate) bool {
	g := pl.cat.Group(c.group)
	return g != nil && g.AfterDecision
}

// readyAt reports whether every action c should follow is placed before h,
// or in h itself when it takes little effort (a portal to read before the
// agency it leads to: both in the next three months, in that order), and
// every action whose rule defers c is placed before h.
func (pl *planner) readyAt(c *candidate, h int) bool {
	for _, id := range c.p.After {
		pre := pl.prerequisite(id, c)
		if pre == nil {
			continue
		}
		if !pre.placed || pre.horizon > h || pre.horizon == h && pre.p.Effort != "low" {
			return false
		}
	}
	for _, pre := range pl.deferrers(c) {
		if !pre.placed || pre.horizon >= h {
			return false
		}
	}
	return true
}

// priority is the priority of c's decisive rule (0 when it has none); a
// rule due soon (see dueSoon) is a gate: GatePriority at least — the
// Machinery Regulation seven weeks away comes before the search for
// buyers in China.
func (pl *planner) priority(c *candidate) int {
	if c.decisive == nil {
		return 0
	}
	if pl.dueSoon(c) {
		return max(c.decisive.Priority, GatePriority)
	}
	if pl.fileWhereBuyerWaits(c) {
		return max(c.decisive.Priority, BuyerMarketFilingPriority)
	}
	return c.decisive.Priority
}

// BuyerMarketFilingPriority is the decisive priority of a filing that
// covers the market where a buyer waits (see fileWhereBuyerWaits): as the
// firm's own main constraint, after the gates and before the firm's other
// decisive steps.
const BuyerMarketFilingPriority = 1

// fileWhereBuyerWaits reports whether c is a filing — the action of a
// decisive rule that only doing closes (act: true), in a need about
// particular markets — that covers the market where a buyer waits for
// samples: they will show the brand there before long, and the mark is
// filed first (advisor review 13: dk-design-furniture-jp's mark went to
// --all while a Tokyo shop waited for its samples; the Madrid filing
// designating Japan now comes before the customs routine and the rest).
func (pl *planner) fileWhereBuyerWaits(c *candidate) bool {
	if c.decisive == nil || !c.decisive.Act || c.door {
		return false
	}
	if g := pl.cat.Group(c.group); g == nil || !g.MarketScoped {
		return false
	}
	if w, ok := pl.fx.given[ProfileWaitingBuyer]; !ok || !w.Has("samples") {
		// Samples put the branded product in the buyer's hands, often in
		// its shop; an enquiry is answered with a quote, and the steps the
		// buyer asked for come first (uk-cyber-eu's Dutch client's
		// data-protection questions).
		return false
	}
	if pl.sellsOnlyAtDistance() {
		// A trial of software or a remote service puts nothing branded on
		// the buyer's shelf: the trial's own terms — the client's data
		// first — come before the filing (advisor review 15b: uk-cyber-eu,
		// asked for a pilot, had its EU trade mark "now" and the Dutch
		// client's data-protection questions in three months).
		return false
	}
	return pl.coversBuyerMarket(c)
}

// sellsOnlyAtDistance reports whether the firm said it sells nothing but
// software, digital products or services delivered at a distance.
func (pl *planner) sellsOnlyAtDistance() bool {
	v, ok := pl.fx.given[ProfileSellsWhat]
	if !ok || len(v.Options) == 0 {
		return false
	}
	for _, o := range v.Options {
		if o != "software-digital" && o != "services-remote" {
			return false
		}
	}
	return true
}

// deferredBy are the holding decisive rules that defer c's need: c waits
// for their action and their defer_until. The door and a rule's own
// action wait for nothing, nor does a decisive action about the sales the
// firm already makes (see bindsSalesMade) for a rule of lower priority,
// nor for the market choice, whatever its priority: the packaging of the
// parcels it already sends is registered before the next market is
// chosen, and the GPSR that binds them is met before it (gpsr28, session
// 28: pl-candles-webshop-de-at's safety step waited for the choice). The market choice defers, beside its defers:,
// an action about some of the candidate markets only (see choiceDefers).
func (pl *planner) deferredBy(c *candidate) []deferral {
	if c.door {
		return nil
	}
	var out []deferral
	for _, d := range pl.deferrals {
		if bindsSalesMade(c.decisive) && (c.decisive.Priority > d.rule.Priority || pl.isChoice(d)) {
			continue
		}
		if d.action != c && (slices.Contains(d.rule.Defers, c.group) || pl.choiceDefers(d, c)) {
			out = append(out, d)
		}
	}
	return out
}

// bindsSalesMade reports whether decisive rule d is about sales the firm
// already makes: one of its conditions (the parts of an all) names the
// countries where it has customers today (current-markets) — a duty that
// binds those sales now, whatever market it takes up next.
func bindsSalesMade(d *catalogue.Decisive) bool {
	if d == nil || d.When == nil {
		return false
	}
	var asks func(r *catalogue.Rule) bool
	asks = func(r *catalogue.Rule) bool {
		if onlyAll(r) {
			return slices.ContainsFunc(r.All, asks)
		}
		return r.Profile != nil && r.Profile.Question == ProfileCurrentMarkets
	}
	return asks(d.When)
}

// deferrers are the actions of the rules that defer c (see deferredBy)
// that may be shown: c follows them.
func (pl *planner) deferrers(c *candidate) []*candidate {
	var out []*candidate
	for _, d := range pl.deferredBy(c) {
		if d.action != nil && d.action != c {
			if pre := pl.shown(d.action); pre != nil {
				out = append(out, pre)
			}
		}
	}
	return out
}

// prerequisite is the action that stands for practice id: id's own action,
// or the action of id's need group. A door that does not come first (see
// doorFirst) is nothing to do first: an exporter that knows where support
// is goes straight to the agency the door would refer it to — unless that
// service is the door's own organisation's (see sameOrganisation): the
// firm reaches it through the door's meeting, which comes first, and asks
// once (uk27, session 27: a Hampshire steel fabricator was told to ask its
// International Trade Adviser for the department's trade team in the
// Netherlands, then to book a meeting with an International Trade
// Adviser).
func (pl *planner) prerequisite(id string, self *candidate) *candidate {
	var pre *candidate
	for _, w := range pl.winners {
		if w.p.ID == id && w != self {
			pre = w
			break
		}
	}
	if p := pl.cat.Practice(id); pre == nil && p != nil {
		if w := pl.byGroup[groupOf(p)]; w != nil && w != self {
			pre = w
		}
	}
	if pre == nil || pre.door && !pre.doorFirst && !sameOrganisation(pre, self) {
		return nil
	}
	return pl.shown(pre)
}

// sameOrganisation reports whether a and b are programmes of one
// organisation (the catalogue's organisation field, as written).
func sameOrganisation(a, b *candidate) bool {
	return a.p.Type == "programme" && b.p.Type == "programme" && a.p.Organisation != "" && a.p.Organisation == b.p.Organisation
}

// shown is w when it may be shown, else nil: an action that is never
// shown (see shows) holds no other back.
func (pl *planner) shown(w *candidate) *candidate {
	if !pl.shows(w) {
		return nil
	}
	return w
}

// actionViews are the plan's actions: the placed ones in horizon and
// placement order, then the others by earliest horizon and rank.
func (pl *planner) actionViews() ([]Action, int) {
	ws := append([]*candidate{}, pl.winners...)
	sort.SliceStable(ws, func(i, j int) bool {
		a, b := ws[i], ws[j]
		if a.placed != b.placed {
			return a.placed
		}
		if a.placed {
			if a.horizon != b.horizon {
				return a.horizon < b.horizon
			}
			return a.order < b.order
		}
		if a.earliest != b.earliest {
			return a.earliest < b.earliest
		}
		return a.rank > b.rank
	})
	// "Do first" names a shown action only: one that stepped back, or
	// waits in --all, is nothing to do first.
	inPlan := map[string]bool{}
	for _, w := range ws {
		inPlan[w.p.ID] = w.placed
	}
	out := make([]Action, 0, len(ws))
	shown := 0
	// own: a shown action that is not the answer to a waiting buyer came
	// before (see Action.AfterOwnSteps).
	own := false
	for _, w := range ws {
		a := pl.actionView(w, inPlan)
		if a.StartHere && own {
			a.AfterOwnSteps = true
		}
		if w.placed {
			shown++
			own = own || w.group != GroupBuyerWaiting
		}
		out = append(out, a)
	}
	distinctOpeners(out)
	return out, shown
}

// distinctOpeners makes no two shown actions open with the same reason:
// where a shown action's first reason is one an earlier shown action opens
// with, its next reason that no shown action opens with leads instead, or
// else the earlier action's (adv21e, session 21: uk-installers-de-nl read
// "Your export plan is only in your heads" as the first reason of both the
// UK Export Academy and the one-page export plan). An action with no other
// reason keeps its own.
func distinctOpeners(as []Action) {
	key := func(m Msg) string { return m.Kind + "|" + m.Ref + "|" + m.ID + "|" + fmt.Sprint(m.Args...) }
	opener := map[string]int{} // first reason's key → index of the shown action opening with it
	for i := range as {
		if !as[i].Shown || len(as[i].Reasons) == 0 {
			continue
		}
		k := key(as[i].Reasons[0])
		j, taken := opener[k]
		if !taken {
			opener[k] = i
			continue
		}
		for _, x := range []int{i, j} {
			if n := freshReason(as[x].Reasons, opener, key); n > 0 {
				rs := as[x].Reasons
				as[x].Reasons = append(append([]Msg{rs[n]}, rs[:n]...), rs[n+1:]...)
				opener[key(as[x].Reasons[0])] = x
				if x == j {
					opener[k] = i
				}
				break
			}
		}
	}
}

// freshReason is the index of the first of rs after the first that no
// action in opener opens with, or 0 if none is.
func freshReason(rs []Msg, opener map[string]int, key func(Msg) string) int {
	for n := 1; n < len(rs); n++ {
		if _, taken := opener[key(rs[n])]; !taken {
			return n
		}
	}
	return 0
}

// actionView turns an action candidate into the plan's Action.
func (pl *planner) actionView(c *candidate, inPlan map[string]bool) Action {
	p := c.p
	h := c.horizon
	if !c.placed {
		h = c.earliest
	}
	a := Action{
		Practice:     p.ID,
		Region:       p.Region,
		Organisation: p.Organisation,
		URL:          p.URL,
		Type:         p.Type,
		Horizon:      Horizons[horizonIndex(h)],
		Effort:       p.Effort,
		Cost:         p.Cost,
		Impact:       p.Impact,
		Confidence:   p.Confidence,
		Dimensions:   append([]string{}, p.Dimensions...),
		Steps:        []string{},
		LeadStep:     pl.fx.leadStep(p),
		Group:        c.group,
		Shown:        c.placed,
		Door:         c.door,
		StartHere:    c.door && c.doorFirst,
		Eligibility:  c.vd.v,
		Checks:       append([]Msg{}, c.vd.checks...),
		Alternatives: []Alternative{},
		Serves:       append([]string{}, c.vd.served...),
		Fit:          c.fit,
		Rank:         c.rank,
		Scope:        c.scope,
	}
	if p.Contact != nil {
		a.Contact = &Contact{URL: p.Contact.URL, Email: p.Contact.Email, Phone: p.Contact.Phone}
	}
	// A step that is not for this firm is left out (step_when: the
	// web-shop step's VAT route of another home or market), but never the
	// one that leads.
	lead := max(a.LeadStep, 1)
	for n := 1; n <= len(p.Steps); n++ {
		if n != lead && !pl.fx.stepFor(p, n) {
			a.LeftOutSteps = append(a.LeftOutSteps, n)
		}
	}
	// A step another shown action says too is said there only (the
	// labour-leasing check's A1 step beside the posting action; advisor
	// review 15b: it-erp-consultants-de read it twice).
	for _, sa := range p.StepAlsoIn {
		if sa != nil && sa.Practice != p.ID && inPlan[sa.Practice] && sa.Step > 1 && sa.Step <= len(p.Steps) && sa.Step != a.LeadStep && !slices.Contains(a.LeftOutSteps, sa.Step) {
			a.LeftOutSteps = append(a.LeftOutSteps, sa.Step)
		}
	}
	slices.Sort(a.LeftOutSteps)
	if len(c.vd.served) == 0 {
		for _, m := range pl.fm.Targets {
			if slices.Contains(p.Markets, m) {
				a.Serves = append(a.Serves, m)
			}
		}
	}
	if d := pl.placedBy(c); d != nil {
		a.Decisive = &Decisive{ID: d.ID, Message: diag.M("assessment.reason.decisive", diag.Text(d.Text))}
	}
	for _, alt := range c.alternatives {
		if c.decisive != nil && bindsSalesMade(c.decisive) && !pl.sameMarkets(c.decisive, alt) {
			// No alternative to registering where the firm already
			// sells is a step about other markets (the US portal
			// beside France's packaging registration; pkg27, session 27).
			continue
		}
		a.Alternatives = append(a.Alternatives, Alternative{
			Practice: alt.p.ID, Organisation: alt.p.Organisation, URL: alt.p.URL,
			Scope: alt.scope, Eligibility: alt.vd.v, Rank: alt.rank,
		})
	}
	for _, id := range p.After {
		if inPlan[id] && id != p.ID && pl.prerequisite(id, c) != nil {
			a.After = append(a.After, id)
		}
	}
	// What defers it is done first, too: the capacity step before buyer
	// events.
	for _, pre := range pl.deferrers(c) {
		if id := pre.p.ID; inPlan[id] && !slices.Contains(a.After, id) {
			a.After = append(a.After, id)
		}
	}
	sort.Strings(a.After)
	// An action a decisive step holds back (--all shows it) says which
	// step, and why it waits.
	if !c.placed && !c.door {
		if by := pl.heldBackBy(c); by != nil {
			m := pl.heldBackMsg(c, by)
			a.HeldBack = &m
		}
	}
	if p.ValidUntil != nil {
		a.ValidUntil = p.ValidUntil.String()
	}
	a.Reasons, a.Trace = pl.reasons(c)
	return a
}

// notForYouViews are the practices that are not for the firm, with why.
func (pl *planner) notForYouViews() []NotForYou {
	out := []NotForYou{}
	for _, c := range pl.notForYou {
		out = append(out, NotForYou{
			Practice: c.p.ID, Organisation: c.p.Organisation, Region: c.p.Region,
			Scope: c.scope, Group: groupOf(c.p), Why: append([]Msg{}, c.vd.no...),
		})
	}
	return out
}

// ideaViews picks at most MaxIdeas ideas from other regions: for a need the
// firm has (a group of its actions, alternatives or practices not for it)
// that its own region, country and the EU do not meet (none of their
// programmes, running or closed, meets it, nor any other need the idea
// meets), never another country's national institution for a firm whose
// own country the catalogue covers, ranked as another region's practice
// with the market bonus, in two passes — a new group and a new region; a new group. One idea per
// need: two ideas for one need repeat each other.
func (pl *planner) ideaViews() []Idea {
	needs := map[string]bool{}
	for _, c := range pl.actions {
		for _, g := range c.groups {
			needs[g] = true
		}
	}
	for _, c := range pl.notForYou {
		for _, g := range c.groups {
			needs[g] = true
		}
	}
	// met are the needs a programme of the firm's own region or country,
	// or an EU instrument open to it, meets — whether or not the firm's
	// answers call for it, or it qualifies yet, and whether it runs today
	// or has closed: an idea to ask for something similar would send the
	// firm looking for what the catalogue already names, or for what its
	// own support did and stopped (a closed programme's steps say whom to
	// ask what replaced it: the UK's Tradeshow Access Programme, not
	// Emilia-Romagna's collective promotion call; advisor review 9).
	met := map[string]bool{}
	// homeHeld: the catalogue holds national programmes of the firm's own
	// country, so it knows the firm's national support.
	homeHeld := false
	for _, p := range pl.cat.Practices {
		if r := pl.cat.Region(p.Region); r != nil && p.Level == "national" && pl.fm.Home != "" && r.Country == pl.fm.Home {
			homeHeld = true
		}
		scope, available := scopeOf(pl.cat, p, pl.fm)
		if !available || scope == ScopeGlobal {
			continue
		}
		met[groupOf(p)] = true
		for _, g := range p.Also {
			met[g] = true
		}
	}
	// A need a shown action meets needs no idea: it would repeat the
	// action.
	for _, w := range pl.winners {
		if !w.placed {
			continue
		}
		met[w.group] = true
		for _, g := range w.p.CoversGroups {
			if pl.coversFor(w, g) {
				met[g] = true
			}
		}
		if w.p.Type != "programme" {
			continue
		}
		// A need a shown programme covers (covered_by) is met too: the
		// agency in India leaves no need for another region's seminars.
		for _, g := range pl.cat.Groups {
			if slices.Contains(g.CoveredBy, w.group) || w.door && slices.Contains(g.CoveredBy, GroupFirstContact) {
				met[g.ID] = true
			}
		}
	}
	var cands []*candidate
	for _, c := range pl.ideas {
		if !needs[groupOf(c.p)] || slices.ContainsFunc(c.groups, func(g string) bool { return met[g] }) {
			continue
		}
		// A programme no longer offered, even there, is no idea for a
		// firm: it fills the block with what it cannot ask for (advisor
		// review 6, pattern 5); the region report keeps it.
		if !running(c.p, pl.now) {
			continue
		}
		// Another country's national institution — its export portal,
		// its state export-credit insurer, its trade council abroad — is
		// no idea for a firm whose own country's national support the
		// catalogue holds: a firm cannot ask its country for a portal or
		// an insurer it has not set up, and where the country has one,
		// the plan names its own door (trade.gov.pl beside great.gov.uk,
		// HBOR for an Irish firm, the Danish Trade Council for a UK firm:
		// advisor review 9, pattern 5). A firm from a country the
		// catalogue does not cover learns from it what to look for.
		if c.p.Level == "national" && homeHeld {
			continue
		}
		// An idea, too, answers a gap of the firm in the need it meets
		// (not only a weak area), and a need that comes with buyers
		// waits for one.
		if _, specific := pl.reasonsOf(c); !specific {
			if g := pl.cat.Group(groupOf(c.p)); g != nil && len(g.Questions) > 0 {
				continue
			}
		}
		if g := pl.cat.Group(groupOf(c.p)); g != nil && g.AfterDecision && pl.noBuyerYet() {
			continue
		}
		cands = append(cands, c)
	}
	sortByRank(cands)
	var picked []*candidate
	taken := map[*candidate]bool{}
	groups, regions := map[string]bool{}, map[string]bool{}
	passes := []func(c *candidate) bool{
		func(c *candidate) bool { return !groups[groupOf(c.p)] && !regions[c.p.Region] },
		func(c *candidate) bool { return !groups[groupOf(c.p)] },
	}
	for _, ok := range passes {
		for _, c := range cands {
			if len(picked) == MaxIdeas {
				break
			}
			if !taken[c] && ok(c) {
				taken[c] = true
				groups[groupOf(c.p)] = true
				regions[c.p.Region] = true
				picked = append(picked, c)
			}
		}
	}
	sortByRank(picked)
	out := []Idea{}
	for _, c := range picked {
		idea := Idea{
			Practice: c.p.ID, Organisation: c.p.Organisation, Region: c.p.Region, URL: c.p.URL,
			Confidence: c.p.Confidence, Historic: !running(c.p, pl.now), Group: groupOf(c.p),
			Serves: []string{}, Reasons: []Msg{}, Rank: c.rank,
		}
		for _, m := range pl.fm.Targets {
			if slices.Contains(c.p.Markets, m) {
				idea.Serves = append(idea.Serves, m)
			}
		}
		// Why: the firm's own gap in the need the idea meets, as its
		// actions say it ("Export work is done by the owner when there
		// is time"), not only the need's name.
		if rs, specific := pl.reasonsOf(c); specific {
			idea.Reasons = append(idea.Reasons, rs[:min(len(rs), MaxIdeaReasons)]...)
		} else if g := pl.cat.Group(idea.Group); g != nil {
			idea.Reasons = append(idea.Reasons, msg("need", g.ID, diag.M("assessment.reason.need", diag.Text(g.Title))))
		}
		out = append(out, idea)
	}
	return out
}

// uncertainty is set when the firm answered "don't know" to at least
// UncertainAtLeast of the questions it answered (UncertainMinAnswered or more).
func uncertainty(fx *Facts) *Uncertain {
	dk, answered := 0, 0
	for _, q := range allQuestions(fx.cat) {
		v, ok := fx.given[q.ID]
		if !fx.asked[q.ID] || !ok {
			continue
		}
		answered++
		if v.Reserved() == catalogue.DontKnow {
			dk++
		}
	}
	if answered < UncertainMinAnswered || answered == 0 {
		return nil
	}
	share := float64(dk) / float64(answered)
	if share < UncertainAtLeast {
		return nil
	}
	return &Uncertain{DontKnow: dk, Answered: answered, Share: share}
}

// firstSteps are the plan's first (at most MaxFirstSteps) steps: what to
// clarify first when the picture is uncertain, then the lead step of each
// shown action in order (its first, unless first_step_when names another).
func firstSteps(cat *catalogue.Catalogue, fx *Facts, p Plan) []FirstStep {
	out := []FirstStep{}
	if p.Uncertain != nil {
		out = append(out, FirstStep{Kind: "clarify", Message: clarifyStep(cat, fx, p)})
	}
	for _, a := range p.Actions {
		if len(out) == MaxFirstSteps || !a.Shown {
			break
		}
		out = append(out, FirstStep{Kind: "action", Practice: a.Practice, Step: a.LeadStep})
	}
	return out
}

// clarifyStep says how many answers to clarify, in which areas, with whom.
func clarifyStep(cat *catalogue.Catalogue, fx *Facts, p Plan) diag.Message {
	count := map[string]int{}
	var dims []string
	whoCount := map[string]int{}
	var whos []catalogue.Text
	for _, c := range p.ToClarify {
		if c.Answer != catalogue.DontKnow {
			continue
		}
		if c.Dimension != "" {
			if count[c.Dimension] == 0 {
				dims = append(dims, c.Dimension)
			}
			count[c.Dimension]++
		}
		if w := clarifyWith(cat, cat.Question(c.Question)); w != "" {
			k := w.In("en")
			if whoCount[k] == 0 {
				whos = append(whos, w)
			}
			whoCount[k]++
		}
	}
	sort.SliceStable(dims, func(i, j int) bool { return count[dims[i]] > count[dims[j]] })
	sort.SliceStable(whos, func(i, j int) bool { return whoCount[whos[i].In("en")] > whoCount[whos[j].In("en")] })
	// Commas, not "and": the titles have theirs ("Legal, IP and
	// compliance, Logistics and operations").
	dl := diag.List{Sep: ", "}
	for i, d := range dims {
		if i == 2 {
			break
		}
		dl.Items = append(dl.Items, diag.MidSentence{Arg: dimensionTitle(cat, d)})
	}
	// Whom to ask first: the one most of the answers point to (the list
	// to clarify says whom to ask about each).
	var who any = ""
	if len(whos) > 0 {
		who = diag.Text(whos[0])
	}
	return diag.M("assessment.firstSteps.clarify", p.Uncertain.DontKnow, dl, who)
}

// scoredCount is how many of qs are scored (not profile questions).
func scoredCount(qs []*catalogue.Question) int {
	n := 0
	for _, q := range qs {
		if q.Scored() {
			n++
		}
	}
	return n
}

// clarifyWith is whom to ask about q: its clarify_with, else its dimension's.
func clarifyWith(cat *catalogue.Catalogue, q *catalogue.Question) catalogue.Text {
	if q == nil {
		return ""
	}
	if hasText(q.ClarifyWith) {
		return q.ClarifyWith
	}
	if d := cat.Dimension(q.Dimension); d != nil && hasText(d.ClarifyWith) {
		return d.ClarifyWith
	}
	return ""
}

// notices are said above the actions: an uncertain picture, an answers
// file of an older version, profile answers missing, no target markets
// chosen, national programmes for a firm outside the seven regions, no
// programme of the firm's own region or country, and decisive gaps the
// catalogue has no action for (with whom to ask: the door, see
// shownDoor).
func notices(cat *catalogue.Catalogue, fx *Facts, f *answers.File, pl *planner, p Plan) []Msg {
	out := []Msg{}
	add := func(m diag.Message) { out = append(out, msg("", "", m)) }
	if u := p.Uncertain; u != nil {
		add(diag.M("assessment.notice.uncertain", u.DontKnow, u.Answered, diag.Percent{Value: u.Share}))
	}
	// What continuing the assessment answers: the renderer gives the
	// command after them (NoticeResume).
	resume := func(m diag.Message) { out = append(out, msg(NoticeResume, "", m)) }
	if m := f.Migrated(); m != nil && len(m.OldMarkets) > 0 && !slices.Contains(m.Mapped, ProfileTargetMarkets) {
		resume(diag.M("assessment.notice.migrated.markets", m.OldMarketsLabels()))
	}
	var unknown []*catalogue.Question
	for _, q := range cat.Profile {
		if _, ok := fx.given[q.ID]; fx.asked[q.ID] && !ok {
			unknown = append(unknown, q)
		}
	}
	if len(unknown) > 0 {
		// The profile questions the plan reads by a short name; others
		// (a catalogue's own) by their text. Only those eligibility reads
		// make a programme "check"; without the others (the firm's
		// situation) the plan is made as if they had not been asked.
		names, checked, others := diag.And(), diag.And(), diag.And()
		for _, q := range unknown {
			names.Items = append(names.Items, profileName(q))
			if checksUnknown(cat, q) {
				checked.Items = append(checked.Items, profileName(q))
			} else {
				others.Items = append(others.Items, profileName(q))
			}
		}
		// A file of an older catalogue lacks many: the count, then, not
		// the list — a programme marked "check" names the answer it needs.
		switch n := len(unknown); {
		case n > MaxNamedProfile && len(checked.Items) > 0:
			resume(diag.N("assessment.notice.missingProfile.many", n, n))
		case n > MaxNamedProfile:
			resume(diag.N("assessment.notice.missingProfile.many.situation", n, n))
		case len(checked.Items) == n:
			resume(diag.N("assessment.notice.missingProfile", n, n, names))
		case len(checked.Items) == 0:
			resume(diag.N("assessment.notice.missingProfile.situation", n, n, names))
		default:
			resume(diag.N("assessment.notice.missingProfile.mixed", n, n, checked, others))
		}
	}
	fm := pl.fm
	if p.Uncertain == nil && undecided(fx, p.Stage.ID) {
		add(diag.M("assessment.notice.undecided"))
	} else if p.Uncertain == nil && !fewHands(fx) && noFullTimeExport(fx) && pl.leftOut() {
		if fx.one(QuestionExportResponsible) == "part-time" {
			// A named person with part of the week is not "nobody with
			// dedicated time" (ie-elearning-gb-us, adv20c).
			add(diag.M("assessment.notice.noFullTime.partTime"))
		} else {
			add(diag.M("assessment.notice.noFullTime"))
		}
	}
	if len(fm.Targets) == 0 && cat.Question(ProfileTargetMarkets) != nil {
		add(diag.M("assessment.notice.noTargets"))
	}
	if n := ownNotice(cat, pl); !n.IsZero() {
		add(n)
	}
	for _, d := range pl.decisiveNoAction {
		add(diag.M("assessment.reason.decisive", diag.Text(d.Text)))
	}
	// Whom to ask, once after them: the door, when the plan shows one
	// (without one, a firm none of whose region's programmes fits has
	// been told above to ask its business support office).
	if door := pl.shownDoor(); door != nil && len(pl.decisiveNoAction) > 0 {
		add(diag.N("assessment.notice.decisiveNoAction", len(pl.decisiveNoAction), door.p.Organisation))
	}
	return out
}

// shownDoor is the plan's door when it is shown and names an organisation
// (a programme of the firm's region or country, not a general method):
// where a decisive gap that no action covers is taken — the catalogue
// has nothing for it, and the door is the firm's first contact for
// what the catalogue does not know (advisor review 13b: uk-cyber-eu was
// told "you need partners … and have no one there yet" and nothing
// more). nil otherwise.
func (pl *planner) shownDoor() *candidate {
	for _, c := range pl.winners {
		if c.door && c.placed && !generic(c) && c.p.Organisation != "" {
			return c
		}
	}
	return nil
}

// ownNotice says, when no programme of the firm's own region or country is
// among its actions, why: the firm is outside the seven regions (its
// country's national programmes apply, or the catalogue has none of its
// own), or none of its region's programmes fits its answers.
func ownNotice(cat *catalogue.Catalogue, pl *planner) diag.Message {
	fm := pl.fm
	if fm.Region == "" {
		return diag.Message{}
	}
	own := false
	for _, c := range pl.winners {
		// The door fits even where it is held to --all (a door after the
		// firm's own steps with no reason of its own).
		if (c.scope == ScopeOwnRegion || c.scope == ScopeOwnCountry) && c.p.Type == "programme" && (c.placed || c.door) {
			own = true
		}
	}
	name := RegionName(cat, fm.Region)
	hasOwn, hasNational := false, false
	for _, pr := range cat.Practices {
		if pr.Type != "programme" {
			continue
		}
		if pr.Region == fm.Region {
			hasOwn = true
		}
		if r := cat.Region(pr.Region); r != nil && fm.Home != "" && r.Country == fm.Home && pr.Level == "national" && pr.Region != fm.Region {
			hasNational = true
		}
	}
	switch {
	case !hasOwn && hasNational:
		return diag.M("assessment.notice.homeCountryOnly", name, CountryName(cat, fm.Home))
	case own:
		return diag.Message{}
	case hasOwn:
		if fm.EU {
			return diag.M("assessment.notice.noOwnFits", name)
		}
		return diag.M("assessment.notice.noOwnFits.general", name)
	case fm.EU:
		return diag.M("assessment.notice.noOwnProgrammes.eu", name)
	}
	return diag.M("assessment.notice.noOwnProgrammes", name)
}

// respondent fills Who's IDs from the profile answers (the names are the
// output's to say); it warns when the region is not given.
func respondent(f *answers.File, fx *Facts) (Who, []diag.Message) {
	w := Who{Company: f.Respondent.Company, Advisor: f.Respondent.Advisor}
	var warns []diag.Message
	w.Region = fx.one(ProfileRegion)
	if w.Region == "" {
		warns = append(warns, diag.M("assessment.warn.noRegion"))
	}
	w.Sector = fx.one(ProfileSector)
	w.Size = fx.one(ProfileSize)
	w.Exports = fx.one(ProfileExports)
	return w, warns
}

// profileView is the firm's profile as the plan shows it.
func profileView(cat *catalogue.Catalogue, fx *Facts, fm *Firm) Profile {
	list := func(q string) []string {
		v, ok := fx.given[q]
		if !ok || v.Reserved() != "" {
			return []string{}
		}
		return append([]string{}, v.Options...)
	}
	pr := Profile{
		HomeCountry:    fm.Home,
		SellsWhat:      list(ProfileSellsWhat),
		SellsTo:        list(ProfileSellsTo),
		SellsHow:       list(ProfileSellsHow),
		Turnover:       fx.one(ProfileTurnover),
		YearsTrading:   fx.one(ProfileYearsTrading),
		ExportShare:    fx.one(ProfileExportShare),
		CurrentMarkets: append([]string{}, fm.Current...),
		TargetMarkets:  append([]string{}, fm.Targets...),
		Undecided:      fm.Undecided,
		Summary:        []Msg{},
	}
	labels := func(q string, opts []string) diag.List {
		l := diag.List{Sep: "; "}
		qq := cat.Question(q)
		for _, o := range opts {
			l.Items = append(l.Items, optionName(cat, qq, o))
		}
		return l
	}
	if len(pr.SellsWhat) > 0 {
		pr.Summary = append(pr.Summary, msg("sells", "", diag.M("assessment.profile.sells", labels(ProfileSellsWhat, pr.SellsWhat))))
	}
	if len(pr.SellsTo) > 0 {
		pr.Summary = append(pr.Summary, msg("to", "", diag.M("assessment.profile.to", labels(ProfileSellsTo, pr.SellsTo))))
	}
	if len(pr.SellsHow) > 0 {
		pr.Summary = append(pr.Summary, msg("how", "", diag.M("assessment.profile.how", labels(ProfileSellsHow, pr.SellsHow))))
	}
	if len(fm.Current) > 0 {
		pr.Summary = append(pr.Summary, msg("current", "", diag.M("assessment.profile.current", fx.countryLabels(fm.Current))))
	}
	switch {
	case len(fm.Targets) > 0:
		pr.Summary = append(pr.Summary, msg("targets", "", diag.M("assessment.profile.targets", fx.countryLabels(fm.Targets))))
	case fm.Undecided:
		pr.Summary = append(pr.Summary, msg("targets", "", diag.M("assessment.profile.undecided")))
	}
	return pr
}

// clarify lists the asked questions answered "don't know", then the
// scored ones not answered yet (an unanswered profile question is in the
// notices instead), each in question order, with whom to ask (the output says
// it: see clarifyWith).
func clarify(cat *catalogue.Catalogue, fx *Facts) []Clarify {
	out := []Clarify{}
	var open []Clarify
	for _, q := range allQuestions(cat) {
		if !fx.Asked(q.ID) {
			continue
		}
		v, ok := fx.Given(q.ID)
		var ans string
		switch {
		case !ok && !q.Scored():
			continue // the notice names it (see notices)
		case !ok:
			ans = ClarifyUnanswered
		case v.Reserved() == catalogue.DontKnow:
			ans = catalogue.DontKnow
		default:
			continue
		}
		c := Clarify{Question: q.ID, Dimension: q.Dimension, Answer: ans}
		if ans == ClarifyUnanswered {
			open = append(open, c)
		} else {
			out = append(out, c)
		}
	}
	return append(out, open...)
}

// NoteGeneral is the key of the note on the whole assessment.
const NoteGeneral = "general"

// notes lists the file's non-blank notes (their titles are the output's to
// say): the general note first, then in questionnaire order — profile
// questions, then for each dimension its own note and its questions' notes
// — then notes on IDs the catalogue does not know, by ID.
func notes(cat *catalogue.Catalogue, f *answers.File) []Note {
	type keyed struct {
		n     Note
		order int
	}
	if len(f.Notes) == 0 {
		return nil // the order below is only for notes to sort
	}
	order := make(map[string]int, 1+len(cat.Profile)+len(cat.Questions)+len(cat.Dimensions))
	order[NoteGeneral] = 0
	next := 1
	add := func(id string) {
		if _, ok := order[id]; !ok {
			order[id] = next
			next++
		}
	}
	for _, q := range cat.Profile {
		add(q.ID)
	}
	for _, d := range cat.Dimensions {
		add(d.ID)
		for _, q := range cat.Questions {
			if q.Dimension == d.ID {
				add(q.ID)
			}
		}
	}
	for _, q := range cat.Questions { // a question of an unknown dimension
		add(q.ID)
	}
	var out []keyed
	for ref, text := range f.Notes {
		if strings.TrimSpace(text) == "" {
			continue
		}
		o, ok := order[ref]
		if !ok {
			o = next
		}
		out = append(out, keyed{Note{Ref: ref, Text: text}, o})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].order != out[j].order {
			return out[i].order < out[j].order
		}
		return out[i].n.Ref < out[j].n.Ref
	})
	res := make([]Note, len(out))
	for i, k := range out {
		res[i] = k.n
	}
	if len(res) == 0 {
		return nil
	}
	return res
}

// fmtRank writes a rank term for the trace.
func fmtRank(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
