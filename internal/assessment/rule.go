package assessment

import (
	"reflect"
	"slices"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// Kinds of the things a rule decides on (TraceItem.Kind).
const (
	TraceAnswer      = "answer"
	TraceProfile     = "profile"
	TraceScore       = "score"
	TraceStage       = "stage"
	TraceMarkets     = "markets"
	TraceEligibility = "eligibility"
	TraceDecisive    = "decisive"
	TraceDoor        = "door"
	TraceFit         = "fit"
	TraceRank        = "rank"
)

// Facts is what rules are evaluated against: the answers to the questions
// that are asked (an answer to a question whose condition is false counts as
// not given), the firm's profile facts and markets, the dimension scores and
// the firm's stage. Build it with NewFacts; it is not safe for concurrent use.
type Facts struct {
	cat *catalogue.Catalogue
	// asked marks the questions whose condition is true (in order of asking;
	// a question not yet reached is absent).
	asked map[string]bool
	// given holds the answers of asked questions only.
	given map[string]answers.Value
	// firm caches the profile facts; nil until needed, cleared whenever a
	// profile answer is recorded.
	firm *Firm
	// res caches scores and stage computed from given; nil until needed.
	res *scores
}

// NewFacts decides which questions of cat are asked given the answers in f
// (in catalogue order: profile questions, then scored questions, each
// condition seeing only the answers before it) and prepares the scores and
// stage those answers give.
func NewFacts(cat *catalogue.Catalogue, f *answers.File) *Facts {
	// The maps at their size: grown an entry at a time, each moved to a
	// larger table several times for the questionnaire's sixty questions.
	n := len(cat.Profile) + len(cat.Questions)
	fx := &Facts{cat: cat, asked: make(map[string]bool, n), given: make(map[string]answers.Value, n)}
	for _, q := range allQuestions(cat) {
		ok := q.When == nil || fx.holds(q.When)
		fx.asked[q.ID] = ok
		if v, has := f.Answer(q.ID); ok && has {
			fx.given[q.ID] = v
			if !q.Scored() {
				fx.firm = nil
			}
		}
		// A condition later on may use a score or stage that this answer changes.
		fx.res = nil
	}
	return fx
}

// allQuestions lists profile questions, then scored questions, in order.
func allQuestions(cat *catalogue.Catalogue) []*catalogue.Question {
	out := make([]*catalogue.Question, 0, len(cat.Profile)+len(cat.Questions))
	out = append(out, cat.Profile...)
	return append(out, cat.Questions...)
}

// Asked reports whether the question with this ID is asked given the
// answers before it.
func (fx *Facts) Asked(id string) bool { return fx.asked[id] }

// Given returns the answer to question id if it was asked and answered.
func (fx *Facts) Given(id string) (answers.Value, bool) {
	v, ok := fx.given[id]
	return v, ok
}

// Firm returns the firm's profile facts and markets.
func (fx *Facts) Firm() *Firm {
	if fx.firm == nil {
		fx.firm = deriveFirm(fx.cat, fx)
	}
	return fx.firm
}

// Asked reports whether q is asked given the answers in f: its condition is
// true on the answers to the questions before it (and every question on
// which that depends is asked too).
func Asked(cat *catalogue.Catalogue, f *answers.File, q *catalogue.Question) bool {
	return NewFacts(cat, f).Asked(q.ID)
}

// Offered reports whether option o is offered to the firm: an option
// without a when rule always is, one with a rule only when the rule holds
// on the firm's answers (buyer-reach's "some of them", only to a firm with
// three or more target markets: with two, "some" is one of them).
func (fx *Facts) Offered(o *catalogue.Option) bool {
	if o == nil || o.When == nil {
		return true
	}
	ok, _ := fx.eval(o.When)
	return ok
}

// Applicable returns the profile and scored questions that are asked given
// the answers in f, in the order they are asked.
func Applicable(cat *catalogue.Catalogue, f *answers.File) []*catalogue.Question {
	fx := NewFacts(cat, f)
	var out []*catalogue.Question
	for _, q := range allQuestions(cat) {
		if fx.asked[q.ID] {
			out = append(out, q)
		}
	}
	return out
}

// Missing returns the questions that are asked given the answers in f but
// have no answer yet, in the order they are asked.
func Missing(cat *catalogue.Catalogue, f *answers.File) []*catalogue.Question {
	return NewFacts(cat, f).missing()
}

func (fx *Facts) missing() []*catalogue.Question {
	var out []*catalogue.Question
	for _, q := range allQuestions(fx.cat) {
		if _, ok := fx.given[q.ID]; fx.asked[q.ID] && !ok {
			out = append(out, q)
		}
	}
	return out
}

// NextUnanswered returns the first question that is asked given the answers
// in f and has no answer, or nil when every question that applies is
// answered. A questionnaire calls it after each answer: a new answer can
// switch later questions on or off.
func NextUnanswered(cat *catalogue.Catalogue, f *answers.File) *catalogue.Question {
	m := Missing(cat, f)
	if len(m) == 0 {
		return nil
	}
	return m[0]
}

// reason is one atom a rule decided on, with what it says about the firm.
type reason struct {
	kind string // TraceAnswer, TraceProfile, TraceScore, TraceStage, TraceMarkets
	ref  string // question, dimension, stage or markets
	// below marks a score_below atom (a score_at_least one is never a reason).
	below bool
	// countries are the markets that made a markets atom true; kinds the
	// kinds it asked for.
	countries []string
	kinds     []string
	// hit are the options of an answer or profile atom's question that made
	// it true (of a multiple-choice answer, those in its `in`): a reason
	// speaks of these, not of every option chosen.
	hit []string
	// gate marks an atom under a not: a guard's, which says when a
	// practice stays out, not why it is offered. The trace keeps it; the
	// plan's reasons, gaps and ranks leave it out.
	gate bool
	m    diag.Message
}

// Eval evaluates r on the facts and returns its value and the atoms that
// decide it: for a true rule, the answers, scores, markets and stage that
// made it true; for a false one, those that made it false. A nil rule is
// true with no reasons.
//
// all is true when every sub-rule is (empty: true); any when one is (empty:
// false); not negates, its atoms marked gate (a guard, see eval). answer and
// profile are true when the question was asked and answered and its option
// (for multiple choice: any chosen option) is in `in`, which may name
// dont-know or not-applicable; an unanswered or unasked question is false.
// score_below and score_at_least are false when the dimension has no score.
// stage is true when the firm's stage is listed. markets: see
// catalogue.MarketsRef; with the home country unknown, a markets atom on
// kinds is false. A rule with several fields set is true when each is.
func (fx *Facts) Eval(r *catalogue.Rule) (bool, []reason) {
	return fx.eval(r)
}

// holds evaluates r without keeping reasons: the value Eval gives, without
// the messages (most rules of a catalogue are false for a firm, and their
// reasons are never shown), stopping at the first part that decides.
func (fx *Facts) holds(r *catalogue.Rule) bool {
	// Every part that is set must hold, in eval's order; nothing is
	// gathered, so nothing is allocated.
	switch {
	case r == nil:
		return true
	case r.All != nil && !fx.all(r.All, false).v,
		r.Any != nil && !fx.any(r.Any, false).v,
		r.Not != nil && fx.holds(r.Not),
		r.Answer != nil && !fx.answerIn(r.Answer, TraceAnswer, false).v,
		r.Profile != nil && !fx.answerIn(r.Profile, TraceProfile, false).v,
		r.ScoreBelow != nil && !fx.score(r.ScoreBelow, true, false).v,
		r.ScoreAtLeast != nil && !fx.score(r.ScoreAtLeast, false, false).v,
		r.Stage != nil && !fx.stageIn(r.Stage, false).v,
		r.Markets != nil && !fx.marketsHold(r.Markets):
		return false
	}
	return true
}

// marketsHold is the value of a markets atom, as markets gives it, without
// making the lists of markets its reasons name.
func (fx *Facts) marketsHold(r *catalogue.MarketsRef) bool {
	if r.Named != nil {
		fm := fx.Firm()
		named := len(fm.Targets) > 0 || r.Of == "any" && len(fm.Current) > 0
		return named == *r.Named
	}
	pool, match := 0, 0
	fx.eachMarket(r, func(_ string, ok bool) {
		pool++
		if ok {
			match++
		}
	})
	return countHolds(r, pool, match)
}

// countHolds is a markets atom's value from the size of its pool and how
// many of it match: at least AtLeast (1 when not given) match — with All,
// the pool has at least that many and every one matches.
func countHolds(r *catalogue.MarketsRef, pool, match int) bool {
	least := max(r.AtLeast, 1)
	if r.All {
		return pool >= least && match == pool
	}
	return match >= least
}

// eachMarket calls f for each market a markets atom (not a named one)
// looks at — the target markets, and with of: any the current ones too,
// each once, in that order — that passes its new and new_border filters,
// saying whether it matches the atom's kinds or countries. markets and
// marketsHold both count from it, so the value with reasons and the value
// without cannot differ.
func (fx *Facts) eachMarket(r *catalogue.MarketsRef, f func(m string, match bool)) {
	fm := fx.Firm()
	want := kind(0)
	for _, k := range r.Kinds {
		want |= kindBit(k)
	}
	// new (or new_border, or at_least) alone, with no kinds or countries,
	// asks only that: a target market the firm does not sell in yet, or
	// how many there are.
	anyMarket := len(r.Kinds) == 0 && len(r.Countries) == 0
	buyer := ""
	if r.Buyer {
		buyer = fx.waitingBuyerMarket()
	}
	each := func(m string) {
		if r.New && !fm.New(m) || r.NewBorder && !fm.NewBorder(m) {
			return
		}
		match := anyMarket || slices.Contains(r.Countries, m) || fm.Kinds(m)&want != 0
		if r.Buyer {
			// besides any kinds or countries: the waiting buyer's market
			match = match && m == buyer
		}
		f(m, match)
	}
	for _, m := range fm.Targets {
		each(m)
	}
	if r.Of == "any" {
		for i, m := range fm.Current {
			// The union of targets and current markets: each market once.
			if !slices.Contains(fm.Targets, m) && !slices.Contains(fm.Current[:i], m) {
				each(m)
			}
		}
	}
}

// waitingBuyerMarket is the target market where a waiting buyer is: the
// buyer-market answer, when a buyer has sent an enquiry or asked for
// samples and the country is one of the firm's targets; else "".
func (fx *Facts) waitingBuyerMarket() string {
	if c := fx.buyerCountry(); c != "" && slices.Contains(fx.Firm().Targets, c) {
		return c
	}
	return ""
}

// buyerCountry is the one country the firm named as the waiting buyer's
// (buyer-market) when a buyer waits; else "".
func (fx *Facts) buyerCountry() string {
	v, ok := fx.given[ProfileBuyerMarket]
	if !ok || len(v.Options) != 1 || !fx.buyerWaits() {
		return ""
	}
	return v.Options[0]
}

// orderMarkets are the target markets the waiting buyer's order is for,
// in the order of the targets, when the firm said the order is for some of
// them or one (buyer-reach: some, one) and named them
// (buyer-order-markets) — those of its targets, when they are some but not
// all; else nil. The one market of an order for one is not assumed to be
// the buyer's own: a German buyer may order for its Dutch plant.
func (fx *Facts) orderMarkets() []string {
	if !fx.buyerWaits() {
		return nil
	}
	if r, ok := fx.given[ProfileBuyerReach]; !ok || !r.Has("some") && !r.Has("one") {
		return nil
	}
	v, ok := fx.given[ProfileBuyerOrderMarkets]
	if !ok {
		return nil
	}
	targets := fx.Firm().Targets
	var out []string
	for _, m := range targets {
		if slices.Contains(v.Options, m) {
			out = append(out, m)
		}
	}
	if len(out) == len(targets) {
		return nil
	}
	return out
}

// OrderMarketChoices is what the question which of its target markets
// the waiting buyer's order is for (buyer-order-markets) offers the firm:
// its target markets, in answer order, and how many of them may be named —
// one when the firm said the order is for one of them (buyer-reach: one),
// fewer than all when for some. Only those count (orderMarkets), so no
// other country is offered: a firm that said "one" was offered every
// country and told it could choose five (ux24). nil and 0 when the
// question does not apply.
func (fx *Facts) OrderMarketChoices() (markets []string, most int) {
	r, ok := fx.given[ProfileBuyerReach]
	if !ok || !fx.buyerWaits() {
		return nil, 0
	}
	targets := fx.Firm().Targets
	switch {
	case len(targets) == 0:
		return nil, 0
	case r.Has("one"):
		return slices.Clone(targets), 1
	case r.Has("some") && len(targets) > 1:
		return slices.Clone(targets), len(targets) - 1
	}
	return nil, 0
}

// orderFromElsewhere is the country of the waiting buyer when it is none
// of the firm's target markets (nor its home) and the firm said the
// buyer's order is for one of them (buyer-reach: one); else "".
func (fx *Facts) orderFromElsewhere() string {
	if r, ok := fx.given[ProfileBuyerReach]; !ok || !r.Has("one") {
		return ""
	}
	c := fx.buyerCountry()
	if c == "" || slices.Contains(fx.Firm().Targets, c) || c == fx.Firm().Home || fx.cat.Country(c) == nil {
		return ""
	}
	return c
}

// buyerWaits reports whether a foreign buyer waits for the firm's answer:
// it has sent an enquiry or asked for samples.
func (fx *Facts) buyerWaits() bool {
	w, ok := fx.given[ProfileWaitingBuyer]
	return ok && (w.Has("enquiry") || w.Has("samples"))
}

// eval is Eval.
func (fx *Facts) eval(r *catalogue.Rule) (bool, []reason) {
	if r == nil {
		return true, nil
	}
	// A rule has at most one part of each kind: on the stack, not
	// grown on the heap (appends to a nil slice were 177 allocations of
	// eis plan).
	var buf [9]evalPart
	parts := buf[:0]
	if r.All != nil {
		parts = append(parts, fx.all(r.All, true))
	}
	if r.Any != nil {
		parts = append(parts, fx.any(r.Any, true))
	}
	if r.Not != nil {
		// A not is a guard: it says when a practice stays out, never why
		// it is offered. Its value counts; its atoms are marked gate —
		// those that make "sells to consumers only, online only" false
		// ("You sell to other businesses") are the firm's facts, but not
		// why it should choose a distributor (session 21:
		// ie-engineering-canada), nor is the answer of a guard a gap.
		v, rs := fx.eval(r.Not)
		parts = append(parts, evalPart{!v, gated(rs)})
	}
	if r.Answer != nil {
		parts = append(parts, fx.answerIn(r.Answer, TraceAnswer, true))
	}
	if r.Profile != nil {
		parts = append(parts, fx.answerIn(r.Profile, TraceProfile, true))
	}
	if r.ScoreBelow != nil {
		parts = append(parts, fx.score(r.ScoreBelow, true, true))
	}
	if r.ScoreAtLeast != nil {
		parts = append(parts, fx.score(r.ScoreAtLeast, false, true))
	}
	if r.Stage != nil {
		parts = append(parts, fx.stageIn(r.Stage, true))
	}
	if r.Markets != nil {
		parts = append(parts, fx.markets(r.Markets))
	}
	if len(parts) == 1 {
		return parts[0].v, parts[0].reasons
	}
	return combineAll(parts)
}

type evalPart struct {
	v       bool
	reasons []reason
}

// combineAll is true when every part is; a true result keeps every part's
// reasons, a false one only those of the false parts.
func combineAll(parts []evalPart) (bool, []reason) {
	all := true
	var yes, no []reason
	for _, p := range parts {
		if p.v {
			yes = appendReasons(yes, p.reasons...)
		} else {
			all = false
			no = appendReasons(no, p.reasons...)
		}
	}
	if all {
		return true, yes
	}
	return false, no
}

func (fx *Facts) all(rs []*catalogue.Rule, withWhy bool) evalPart {
	if !withWhy {
		for _, r := range rs {
			if !fx.holds(r) {
				return evalPart{}
			}
		}
		return evalPart{v: true}
	}
	// A true all keeps every sub-rule's reasons, a false one only those
	// of its false sub-rules: the true ones' are not worked out.
	all := !slices.ContainsFunc(rs, func(r *catalogue.Rule) bool { return !fx.holds(r) })
	var out []reason
	for _, r := range rs {
		if !all && fx.holds(r) {
			continue
		}
		_, why := fx.Eval(r)
		out = appendReasons(out, why...)
	}
	return evalPart{all, out}
}

// gated is rs, each marked gate (a copy).
func gated(rs []reason) []reason {
	out := slices.Clone(rs)
	for i := range out {
		out[i].gate = true
	}
	return out
}

func (fx *Facts) any(rs []*catalogue.Rule, withWhy bool) evalPart {
	if !withWhy {
		for _, r := range rs {
			if fx.holds(r) {
				return evalPart{v: true}
			}
		}
		return evalPart{}
	}
	// A true any keeps the reasons of its true sub-rules, a false one
	// those of every sub-rule: the false ones' of a true any are not
	// worked out.
	first := slices.IndexFunc(rs, fx.holds)
	var out []reason
	for i, r := range rs {
		if first >= 0 && (i < first || i > first && !fx.holds(r)) {
			continue
		}
		_, why := fx.Eval(r)
		out = appendReasons(out, why...)
	}
	return evalPart{first >= 0, out}
}

// appendReasons adds reasons not already in list.
func appendReasons(list []reason, rs ...reason) []reason {
	if len(list) == 0 && len(rs) == 1 {
		// Most lists are one reason's: that list, which an append copies.
		return rs[:1:1]
	}
next:
	for _, r := range rs {
		for i, x := range list {
			if x.kind == r.kind && x.ref == r.ref && sameMessage(x.m, r.m) {
				if x.gate && !r.gate {
					// A guard's atom said first is a reason too when
					// the rule also asks for it (a copy: list may be
					// another rule's).
					list = slices.Clone(list)
					list[i].gate = false
				}
				continue next
			}
		}
		list = append(list, r)
	}
	return list
}

// sameMessage reports whether a and b are deeply equal (reflect.DeepEqual):
// the arguments reasons' messages are made of (texts, strings, numbers,
// lists, messages) are compared as what they are, anything else by
// reflection. Through reflection, which records every list it compares in
// a map it allocates, comparing the reasons of a plan's rules was 2 % of
// eis plan's instructions.
func sameMessage(a, b diag.Message) bool {
	if a.ID != b.ID || (a.Count == nil) != (b.Count == nil) || a.Count != nil && *a.Count != *b.Count {
		return false
	}
	return sameArgs(a.Args, b.Args)
}

func sameArgs(a, b []any) bool {
	if len(a) != len(b) || (a == nil) != (b == nil) {
		return false
	}
	for i := range a {
		if !sameArg(a[i], b[i]) {
			return false
		}
	}
	return true
}

func sameArg(a, b any) bool {
	switch x := a.(type) {
	case diag.Text:
		y, ok := b.(diag.Text)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case int:
		y, ok := b.(int)
		return ok && x == y
	case diag.List:
		y, ok := b.(diag.List)
		return ok && x.Sep == y.Sep && x.Join == y.Join && sameArgs(x.Items, y.Items)
	case diag.Message:
		y, ok := b.(diag.Message)
		return ok && sameMessage(x, y)
	}
	return reflect.DeepEqual(a, b)
}

// questionText is what names question id in a message: its text, or the
// ID when the catalogue does not have it.
func questionText(q *catalogue.Question, id string) any {
	if q == nil {
		return id
	}
	return diag.Text(q.Text)
}

// dimensionTitle is what names dimension id in a message: its title, or
// the ID when the catalogue does not have it.
func dimensionTitle(cat *catalogue.Catalogue, id string) any {
	if d := cat.Dimension(id); d != nil {
		return diag.Text(d.Title)
	}
	return id
}

func (fx *Facts) answerIn(a *catalogue.AnswerIn, kind string, why bool) evalPart {
	v, ok := fx.given[a.Question]
	if !why {
		return evalPart{v: ok && slices.ContainsFunc(v.Options, func(o string) bool { return slices.Contains(a.In, o) })}
	}
	q := fx.cat.Question(a.Question)
	if !ok {
		return evalPart{false, []reason{{kind: kind, ref: a.Question, m: diag.M("assessment.reason.unanswered", questionText(q, a.Question))}}}
	}
	var hit []string
	for _, o := range v.Options {
		if slices.Contains(a.In, o) {
			hit = append(hit, o)
		}
	}
	shown := hit
	if len(hit) == 0 {
		shown = v.Options
	}
	return evalPart{len(hit) > 0, []reason{{kind: kind, ref: a.Question, hit: hit, m: answerMessage(fx.cat, q, a.Question, shown)}}}
}

// answerMessage says what the firm answered to question id.
func answerMessage(cat *catalogue.Catalogue, q *catalogue.Question, id string, opts []string) diag.Message {
	if len(opts) == 0 {
		return diag.M("assessment.reason.none", questionText(q, id))
	}
	labels := diag.List{Sep: "', '"}
	for _, o := range opts {
		labels.Items = append(labels.Items, optionName(cat, q, o))
	}
	return diag.M("assessment.reason.answer", labels, questionText(q, id))
}

// optionName names an answer: a country's name for a country kind, else
// OptionText.
func optionName(cat *catalogue.Catalogue, q *catalogue.Question, o string) any {
	if q != nil && q.CountryKind() {
		if c := cat.Country(o); c != nil {
			return diag.Text(c.Name)
		}
	}
	return OptionText(q, o)
}

func (fx *Facts) score(s *catalogue.ScoreRef, below, why bool) evalPart {
	sc := fx.scores().dims[s.Dimension]
	if !why {
		return evalPart{v: sc != nil && sc.Score != nil && (*sc.Score < s.Value) == below}
	}
	title := dimensionTitle(fx.cat, s.Dimension)
	if sc == nil || sc.Score == nil {
		return evalPart{false, []reason{{kind: TraceScore, ref: s.Dimension, below: below, m: diag.M("assessment.reason.noScore", title)}}}
	}
	isBelow := *sc.Score < s.Value
	key := "assessment.reason.atLeast"
	if isBelow {
		key = "assessment.reason.below"
	}
	score, limit := ComparePercents(*sc.Score, s.Value)
	return evalPart{isBelow == below, []reason{{kind: TraceScore, ref: s.Dimension, below: below, m: diag.M(key, title, score, limit)}}}
}

func (fx *Facts) stageIn(stages []string, why bool) evalPart {
	st := fx.scores().stage
	if !why {
		return evalPart{v: slices.Contains(stages, st.ID)}
	}
	m := diag.M("assessment.reason.stage", StageTitle(st.ID))
	return evalPart{slices.Contains(stages, st.ID), []reason{{kind: TraceStage, ref: st.ID, m: m}}}
}

// markets evaluates a markets atom (see catalogue.MarketsRef), with its
// reason (marketsHold is its value alone).
func (fx *Facts) markets(r *catalogue.MarketsRef) evalPart {
	if r.Named != nil {
		fm := fx.Firm()
		pool := fm.Targets
		if r.Of == "any" {
			pool = union(fm.Targets, fm.Current)
		}
		named := len(pool) > 0
		m := diag.M("assessment.reason.market.noTargets")
		if named {
			m = diag.M("assessment.reason.market.targets", fx.countryList(pool, 0))
		}
		return evalPart{named == *r.Named, []reason{{kind: TraceMarkets, ref: "named", countries: pool, m: m}}}
	}
	pool, match := 0, []string(nil)
	fx.eachMarket(r, func(m string, ok bool) {
		pool++
		if ok {
			match = append(match, m)
		}
	})
	v := countHolds(r, pool, len(match))
	rs := reason{kind: TraceMarkets, ref: "markets", countries: match, kinds: r.Kinds}
	if v {
		rs.m = diag.M("assessment.reason.market.match", fx.countryList(match, 0))
	} else {
		rs.m = diag.M("assessment.reason.market.nomatch")
	}
	if r.New && len(r.Kinds) == 0 && len(r.Countries) == 0 {
		rs.m = diag.M("assessment.reason.market.new", fx.countryList(match, 0))
	}
	return evalPart{v, []reason{rs}}
}

// countryList names countries inside a sentence (CountryName), joined as
// the output language lists them ("France, Germany and the United
// States"): at most max of them (0: all), then how many more ("Belgium,
// France and 4 more"), since a list joined by "and" reads as whole — but
// one more is named, not counted.
func (fx *Facts) countryList(codes []string, max int) diag.List {
	more := 0
	if max > 0 && len(codes) > max+1 {
		codes, more = codes[:max], len(codes)-max
	}
	l := countryNames(codes, func(c string) any { return CountryName(fx.cat, c) })
	if more > 0 {
		l.Items = append(l.Items, diag.N("assessment.markets.more", more, more))
	}
	l.Join = diag.JoinAnd
	return l
}

// countryLabels names countries as a label does ("Target markets:
// Netherlands, United States"): their names, not the running-text form.
func (fx *Facts) countryLabels(codes []string) diag.List {
	return countryNames(codes, func(code string) any {
		if c := fx.cat.Country(code); c != nil {
			return diag.Text(c.Name)
		}
		return code
	})
}

// countryNames lists codes, each named by name.
func countryNames(codes []string, name func(string) any) diag.List {
	l := diag.List{Sep: ", "}
	for _, c := range codes {
		l.Items = append(l.Items, name(c))
	}
	return l
}

// CountryName is what names a country inside a sentence (a message
// argument): its running-text name where the catalogue gives one ("the
// Netherlands"), else its name, else its code. Headings and labels use the
// name (render).
func CountryName(cat *catalogue.Catalogue, code string) any {
	// The running-text form where a language has one ("the Netherlands"),
	// the name in the others: merged once for the catalogue.
	if t := cat.InTextName(code); t != "" {
		return diag.Text(t)
	}
	return code
}

func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// scores computes (once per set of answers) the scores and stage.
func (fx *Facts) scores() *scores {
	if fx.res == nil {
		fx.res = computeScores(fx)
	}
	return fx.res
}

// OptionText is what names answer id of q (q may be nil): "Don't know"
// and "Not applicable" for the reserved answers (messages), else the
// option's label (a catalogue text), else the ID itself. The survey, the
// plan and the rule descriptions all name answers with it, said in the
// output language.
func OptionText(q *catalogue.Question, id string) any {
	switch id {
	case catalogue.DontKnow:
		return diag.M("assessment.answer.dontKnow")
	case catalogue.NotApplicable:
		return diag.M("assessment.answer.notApplicable")
	}
	if q != nil {
		if o := q.Option(id); o != nil {
			return diag.Text(o.Label)
		}
	}
	return id
}

// RegionName is what names region id: its name, else the label of the
// profile option, else the ID.
func RegionName(cat *catalogue.Catalogue, id string) any {
	if r := cat.Region(id); r != nil && hasText(r.Name) {
		return diag.Text(r.Name)
	}
	return OptionText(cat.Question(ProfileRegion), id)
}

// openDimensions are the dimensions, in catalogue order, with a question
// that applies and is among missing (fx.missing()): partly those with an
// answer to some other question, unanswered those with none. The rest
// are answered in full ("don't know" counts as an answer).
func (fx *Facts) openDimensions(missing []*catalogue.Question) (partly, unanswered []string) {
	open := map[string]bool{}
	for _, q := range missing {
		open[q.Dimension] = true
	}
	begun := map[string]bool{}
	for _, q := range fx.cat.Questions {
		if _, ok := fx.given[q.ID]; ok {
			begun[q.Dimension] = true
		}
	}
	for _, d := range fx.cat.Dimensions {
		switch {
		case !open[d.ID]:
		case begun[d.ID]:
			partly = append(partly, d.ID)
		default:
			unanswered = append(unanswered, d.ID)
		}
	}
	return partly, unanswered
}
