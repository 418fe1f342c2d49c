package assessment

import (
	"slices"
	"sort"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// Kinds of reasons, strongest first.
const (
	ReasonDecisive = "decisive"
	ReasonMarket   = "market"
	ReasonGap      = "gap"
	ReasonDontKnow = "dont-know"
	ReasonScore    = "score"
	ReasonStage    = "stage"
	ReasonFact     = "fact"
	// ReasonWait says why an action waits for another (the market
	// choice): about the plan's order, not a reason for the need.
	ReasonWait = "wait"
)

// reasons chooses an action's reasons — at most MaxReasons sentences about
// this firm, in the order decisive gap, its markets, its answers' gaps
// (largest shortfall first), what it did not know, its weak scores, its
// stage; a profile fact, or a half-way answer, only when none of those
// exists. Never the firm's
// region, never a strength (an answer scoring 0.5 or more, a
// score_at_least), never the door (its place says it). The trace keeps
// everything the engine used.
func (pl *planner) reasons(c *candidate) ([]Msg, []TraceItem) {
	out, _ := pl.reasonsOf(c)
	return out, pl.trace(c)
}

// needOf is the need group c stands for: the group it is the action of,
// else its own.
func (pl *planner) needOf(c *candidate) *catalogue.Group {
	if c.group != "" {
		return pl.cat.Group(c.group)
	}
	return pl.cat.Group(groupOf(c.p))
}

// belongs reports whether an answer to question q speaks for the need of
// c: the need's questions hold it, or the need lists none.
func (pl *planner) belongs(c *candidate, q string) bool {
	g := pl.needOf(c)
	return g == nil || len(g.Questions) == 0 || slices.Contains(g.Questions, q)
}

// reasonsOf is reasons without the trace, and whether one of them is
// specific to the need the action meets: a decisive gap, the firm's
// markets, a gap or a "don't know" in an answer that belongs to the need
// (Group.Questions), or a fact of its profile. A weak area ("X is one of
// your weakest areas"), a stage or an answer quoted back is not; such
// reasons are said only when nothing specific is.
func (pl *planner) reasonsOf(c *candidate) ([]Msg, bool) {
	out, specific, _ := pl.reasonsKinds(c, MaxReasons)
	return out, specific
}

// allReasonsOf is reasonsOf without the MaxReasons cut: every sentence
// about the firm's gaps that c answers, also those the plan does not show.
func (pl *planner) allReasonsOf(c *candidate) []Msg {
	out, _, _ := pl.reasonsKinds(c, -1)
	return out
}

// kindsOnly reports whether c, as the action of need group g, would be a
// practice of low impact whose only reasons are the kinds of the firm's
// markets ("Your market, Germany, is in the EU"): that says the practice
// applies there, not that the firm lacks anything it does.
func (pl *planner) kindsOnly(c *candidate, g string) bool {
	old := c.group
	c.group = g
	_, _, k := pl.reasonsKinds(c, MaxReasons)
	c.group = old
	return k
}

// reasonsKinds is reasonsOf, and also whether the practice is of low
// impact and its only reasons are its markets' kinds (see kindsOnly); at
// most limit reasons (all of them when limit < 0).
func (pl *planner) reasonsKinds(c *candidate, limit int) ([]Msg, bool, bool) {
	var out []Msg
	add := func(m Msg) { out = appendNewMsg(out, m) }
	// What the decisive rule reads is said by its sentence: a gap in
	// one of those answers would say it again ("your brand is
	// registered at home only" after "your brand is not registered in
	// your target markets"); the trace keeps it.
	said := map[string]bool{}
	if d := pl.placedBy(c); d != nil {
		add(msg(ReasonDecisive, d.ID, diag.M("assessment.reason.decisive", diag.Text(d.Text))))
		answerQuestions(d.When, said)
	}
	// The market choice says which candidate the plan's facts favour.
	if c.p.ID == PracticeChooseFirstMarket {
		if m, ok := pl.firstMarketReason(); ok {
			add(m)
		}
	}
	// Markets: those the practice is for, or the kinds its rule or
	// eligibility asked for, then "new to this market". They are said
	// only when no answer of the firm's says more (below): "India: across
	// a customs border" after "your goods will cross a customs border"
	// repeats it, and "it serves your target market India" speaks of the
	// programme, not of the firm.
	var market []Msg
	served := c.vd.served
	var servedTargets []string
	if len(c.p.Markets) > 0 {
		for _, m := range pl.fm.Targets {
			if slices.Contains(c.p.Markets, m) && (len(served) == 0 || slices.Contains(served, m)) {
				servedTargets = append(servedTargets, m)
			}
		}
	}
	// The firm's fact behind a programme for its markets, or a stage fit
	// in a market new to it: it does not sell there yet.
	var newTo []string
	for _, m := range servedTargets {
		if pl.fm.New(m) {
			newTo = append(newTo, m)
		}
	}
	if c.fitMarket != "" && !slices.Contains(c.p.Stages, pl.sc.stage.ID) && pl.fm.New(c.fitMarket) && !slices.Contains(newTo, c.fitMarket) {
		newTo = append(newTo, c.fitMarket)
	}
	if len(newTo) > 0 {
		market = append(market, msg(ReasonMarket, "new", diag.N("assessment.reason.market.newTo", min(len(newTo), 2), pl.fx.countryList(newTo, 2))))
	} else if len(servedTargets) > 0 {
		market = append(market, msg(ReasonMarket, "served", diag.N("assessment.reason.market.grow", min(len(servedTargets), 2), pl.fx.countryList(servedTargets, 2))))
	}
	var kinds []string
	var kindMarkets []string
	for _, r := range c.why {
		if r.kind == TraceMarkets && len(r.kinds) > 0 && len(r.countries) > 0 && !r.gate {
			kinds, kindMarkets = r.kinds, r.countries
			break
		}
	}
	if kinds == nil && c.p.Eligibility != nil && c.p.Eligibility.TargetMarkets != nil && len(c.p.Eligibility.TargetMarkets.Kinds) > 0 && len(served) > 0 {
		kinds, kindMarkets = c.p.Eligibility.TargetMarkets.Kinds, served
	}
	// Say the target markets among them, when there are any.
	var targets []string
	for _, m := range kindMarkets {
		if slices.Contains(pl.fm.Targets, m) {
			targets = append(targets, m)
		}
	}
	if len(targets) > 0 {
		kindMarkets = targets
	}
	// A practice for some markets speaks of those only (the EU SME Centre
	// in China is no reason about Vietnam).
	if len(c.p.Markets) > 0 {
		var in []string
		for _, m := range kindMarkets {
			if slices.Contains(c.p.Markets, m) {
				in = append(in, m)
			}
		}
		kindMarkets = in
	}
	// "Outside Europe" says little: it is a reason only when nothing
	// more specific is.
	var far *Msg
	if len(kinds) > 0 && len(kindMarkets) > 0 {
		if k := pl.kindOf(kindMarkets, kinds); k != "" {
			m := msg(ReasonMarket, k, pl.kindMessage(kindMarkets, k))
			if k == "far" {
				far = &m
			} else if len(market) == 0 {
				market = append(market, m)
			}
		}
	}
	// "You know some names of public export support, but not which
	// fits" is why a firm new to exporting starts at the door; a door
	// after a regular exporter's own decisive steps is not there for it
	// (advisor review 6, pattern 5): it says a reason of its own, or
	// stays in --all.
	namesOnly := c.door && pl.namesNoReason()
	// Gaps in the answers, largest first.
	type gap struct {
		r reason
		s float64
	}
	var gaps []gap
	var dontKnow []reason
	var weak []reason
	var facts []reason
	var stages []reason
	for _, r := range c.why {
		if r.gate {
			continue // a guard's: the trace keeps it
		}
		switch r.kind {
		case TraceAnswer:
			if !pl.belongs(c, r.ref) || said[r.ref] {
				continue
			}
			if r.ref == QuestionSupportUse && namesOnly {
				continue
			}
			v := pl.fx.given[r.ref]
			if v.Reserved() == catalogue.DontKnow {
				dontKnow = append(dontKnow, r)
				continue
			}
			if s, ok := pl.shortfall(r); ok && s > 1-WeakBelow {
				if r.ref == QuestionLanguages && pl.fm.HomeEnglish() && len(pl.otherLanguageTargets()) == 0 {
					continue // English is the home language and the targets'
				}
				gaps = append(gaps, gap{r, s})
			}
		case TraceScore:
			if ds := pl.sc.dims[r.ref]; r.below && ds != nil && ds.Score != nil && *ds.Score < WeakBelow {
				weak = append(weak, r)
			}
		case TraceProfile:
			facts = append(facts, r)
		case TraceStage:
			stages = append(stages, r)
		}
	}
	sort.SliceStable(gaps, func(i, j int) bool { return gaps[i].s > gaps[j].s })
	for _, g := range gaps {
		add(msg(ReasonGap, g.r.ref, pl.gapMessage(g.r)))
	}
	for _, r := range dontKnow {
		// What not knowing means for the firm (the question's unknown
		// text), not the question read back; a catalogue without one
		// quotes the question.
		if q := pl.cat.Question(r.ref); q != nil && hasText(q.Unknown) {
			add(msg(ReasonDontKnow, r.ref, diag.M("assessment.reason.unknown", diag.Text(pl.fx.Unknown(q)))))
			continue
		}
		add(msg(ReasonDontKnow, r.ref, diag.M("assessment.reason.dontKnow", questionText(pl.cat.Question(r.ref), r.ref))))
	}
	if len(out) == 0 {
		for _, m := range market {
			add(m)
		}
	}
	if len(out) == 0 && far != nil {
		add(*far)
	}
	if len(out) == 0 {
		for _, r := range facts {
			if m, ok := pl.factMessage(r); ok {
				add(msg(ReasonFact, r.ref, m))
			}
		}
	}
	// A market's kind ("Your market, the Netherlands, is in the EU")
	// says that a practice applies there, not that the firm lacks
	// anything: alone, it makes no practice of low impact specific, so
	// such a practice stays in --all and leaves its slot to one the
	// firm's gaps call for (the UK lesson on the EU support a British
	// firm can no longer count on, in "now" for a steel fabricator
	// aiming at the Netherlands: brexit24, session 24).
	kindsOnly := c.p.Impact == "low" && onlyMarketKinds(out)
	specific := len(out) > 0 && !kindsOnly
	if !specific {
		for _, r := range weak {
			add(msg(ReasonScore, r.ref, diag.M("assessment.reason.score", dimensionTitle(pl.cat, r.ref), diag.Percent{Value: *pl.sc.dims[r.ref].Score})))
		}
		for _, r := range stages {
			add(msg(ReasonStage, r.ref, diag.M("assessment.reason.stage", StageTitle(r.ref))))
		}
	}
	if len(out) == 0 {
		// Half-way answers (scoring 0.5 or more, but not full) that
		// triggered it: what the firm answered.
		for _, r := range c.why {
			if s, ok := pl.shortfall(r); ok && !r.gate && r.kind == TraceAnswer && s > 0 && pl.belongs(c, r.ref) && !(namesOnly && r.ref == QuestionSupportUse) {
				add(msg(ReasonGap, r.ref, r.m))
			}
		}
	}
	if len(out) == 0 {
		// Nothing in the rule names a gap (a rule on the profile alone):
		// say which of the practice's areas is weakest.
		best := ""
		for _, d := range c.p.Dimensions {
			if ds := pl.sc.dims[d]; ds != nil && ds.Score != nil && *ds.Score < WeakBelow && (best == "" || *ds.Score < *pl.sc.dims[best].Score) {
				best = d
			}
		}
		if best != "" {
			add(msg(ReasonScore, best, diag.M("assessment.reason.score", dimensionTitle(pl.cat, best), diag.Percent{Value: *pl.sc.dims[best].Score})))
		}
	}
	// An action that waits for the market choice says so after its first
	// reason, the firm's own: it is not a reason for the need, so it makes
	// no action specific.
	if m, ok := pl.waitsForChoice(c); ok {
		out = slices.Insert(out, min(1, len(out)), m)
	}
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, specific, kindsOnly
}

// appendNewMsg appends m to out unless out has a message of its kind,
// ref and ID already. A plan's reasons for an action are a handful: a
// scan, not a map of their kind, ref and ID joined in a string (whose
// strings and maps were 4 % of eis plan's allocations, and which took
// "a|b" of ref "c" and "a" of ref "b|c" for one).
func appendNewMsg(out []Msg, m Msg) []Msg {
	for _, x := range out {
		if x.Kind == m.Kind && x.Ref == m.Ref && x.ID == m.ID {
			return out
		}
	}
	return append(out, m)
}

// onlyMarketKinds reports whether every reason in rs is a fact about the
// kind of the firm's markets (in the EU, outside the customs union, far),
// not a programme for them nor a market new to the firm.
func onlyMarketKinds(rs []Msg) bool {
	for _, m := range rs {
		if m.Kind != ReasonMarket || m.Ref == "new" || m.Ref == "served" {
			return false
		}
	}
	return len(rs) > 0
}

// kindOf picks the kind of kinds most worth saying about markets (the first
// the markets have, in the order given).
func (pl *planner) kindOf(markets, kinds []string) string {
	for _, k := range kinds {
		for _, m := range markets {
			if pl.fm.Kinds(m)&kindBit(k) != 0 {
				return k
			}
		}
	}
	return ""
}

// kindMessage is the sentence saying that the firm's markets are of kind
// k: a sentence of the firm's own for the kinds the catalogue's rules ask
// for, "Markets: kind." for any other.
func (pl *planner) kindMessage(markets []string, k string) diag.Message {
	switch k {
	case "far", "outside-customs-union", "eu-member", "non-oecd", "non-marketable", "other-currency", "third-country":
		return diag.N("assessment.reason.kind."+pl.fm.KindWord(k), min(len(markets), 2), pl.fx.countryList(markets, 2))
	}
	return diag.M("assessment.reason.market.kind", pl.fx.countryList(markets, 2), diag.M("assessment.kind."+pl.fm.KindWord(k)))
}

// gapMessage is the firm-facing sentence of an answer's gap: the chosen
// option's gap text (for multiple choice, the first of the options that
// made the atom true that has one — see reasonOptions) — that of its first
// gap_when entry whose rule holds, where one does — else what the firm
// answered.
func (pl *planner) gapMessage(r reason) diag.Message {
	if r.ref == QuestionLanguages && pl.fm.HomeEnglish() {
		// "Only basic English" means nothing to a firm whose language is
		// English: its gap is the target markets' own languages.
		return diag.M("assessment.reason.languages.englishOnly", pl.fx.countryList(pl.otherLanguageTargets(), 2))
	}
	q := pl.cat.Question(r.ref)
	if q != nil {
		for _, id := range pl.reasonOptions(r) {
			if o := q.Option(id); o != nil && hasText(o.Gap) {
				return diag.M("assessment.reason.gap", diag.Text(pl.fx.Gap(o)))
			}
		}
	}
	return r.m
}

// factMessage is the sentence of a profile answer's fact text, if an
// option that made the atom true has one (see reasonOptions): a rule on
// sells-to [public] speaks of public buyers to a firm that sells to
// businesses too, not of the businesses it chose first.
func (pl *planner) factMessage(r reason) (diag.Message, bool) {
	q := pl.cat.Question(r.ref)
	if q == nil {
		return diag.Message{}, false
	}
	for _, id := range pl.reasonOptions(r) {
		if o := q.Option(id); o != nil && hasText(o.Fact) {
			return diag.M("assessment.reason.fact", diag.Text(o.Fact)), true
		}
	}
	return diag.Message{}, false
}

// reasonOptions are the options a reason about an answer speaks of: those
// that made its atom true, else (an atom made false, under a not) every
// option chosen.
func (pl *planner) reasonOptions(r reason) []string {
	if len(r.hit) > 0 {
		return r.hit
	}
	return pl.fx.given[r.ref].Options
}

// trace is everything the engine used for an action.
func (pl *planner) trace(c *candidate) []TraceItem {
	// The items and their messages each in one allocation, at their
	// size: grown an item at a time, with a message each on its own, a
	// trace was some eight allocations of eis plan for each action.
	msgs := make([]Msg, 0, len(c.why)+len(c.vd.checks)+len(c.vd.no))
	out := make([]TraceItem, 0, cap(msgs)+8)
	for _, r := range c.why {
		msgs = append(msgs, msg(r.kind, r.ref, r.m))
		val := ""
		switch r.kind {
		case TraceAnswer, TraceProfile:
			if v, ok := pl.fx.given[r.ref]; ok {
				val = joinOpts(v.Options)
			}
		case TraceMarkets:
			val = joinOpts(r.countries)
		}
		out = append(out, TraceItem{Kind: r.kind, Ref: r.ref, Value: val, Msg: &msgs[len(msgs)-1], Gate: r.gate})
	}
	out = append(out, TraceItem{Kind: TraceEligibility, Value: c.vd.v})
	for _, ms := range [][]Msg{c.vd.checks, c.vd.no} {
		for _, m := range ms {
			msgs = append(msgs, m)
			out = append(out, TraceItem{Kind: TraceEligibility, Ref: m.Ref, Value: m.Kind, Msg: &msgs[len(msgs)-1]})
		}
	}
	if d := pl.placedBy(c); d != nil {
		out = append(out, TraceItem{Kind: TraceDecisive, Ref: d.ID})
	}
	if c.door {
		out = append(out, TraceItem{Kind: TraceDoor, Ref: GroupFirstContact})
	}
	out = append(out, TraceItem{Kind: TraceFit, Ref: c.fitMarket, Value: fmtRank(c.fit)})
	out = append(out,
		TraceItem{Kind: TraceRank, Ref: "gap", Value: fmtRank(c.gap)},
		TraceItem{Kind: TraceRank, Ref: "scope", Value: c.scope},
		TraceItem{Kind: TraceRank, Ref: "rank", Value: fmtRank(c.rank)},
	)
	if c.market {
		out = append(out, TraceItem{Kind: TraceRank, Ref: "market", Value: fmtRank(MarketBonus)})
	}
	return out
}

func joinOpts(opts []string) string {
	s := ""
	for i, o := range opts {
		if i > 0 {
			s += ","
		}
		s += o
	}
	return s
}

// otherLanguageTargets are the firm's target markets whose languages are
// not its own.
func (pl *planner) otherLanguageTargets() []string {
	var out []string
	for _, m := range pl.fm.Targets {
		if pl.fm.Kinds(m)&kOtherLanguage != 0 {
			out = append(out, m)
		}
	}
	return out
}
