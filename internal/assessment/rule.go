package assessment

import (
	"reflect"
	"slices"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// Reason kinds.
const (
	ReasonAnswer  = "answer"
	ReasonProfile = "profile"
	ReasonScore   = "score"
	ReasonStage   = "stage"
)

// Facts is what rules are evaluated against: the answers to the questions
// that are asked (an answer to a question whose condition is false counts as
// not given), the dimension scores and the firm's stage. Build it with
// NewFacts; it is not safe for concurrent use.
type Facts struct {
	cat *catalogue.Catalogue
	// asked marks the questions whose condition is true (in order of asking;
	// a question not yet reached is absent).
	asked map[string]bool
	// given holds the answers of asked questions only.
	given map[string]answers.Value
	// res caches scores and stage computed from given; nil until needed.
	res *scores
}

// NewFacts decides which questions of cat are asked given the answers in f
// (in catalogue order: profile questions, then scored questions, each
// condition seeing only the answers before it) and prepares the scores and
// stage those answers give.
func NewFacts(cat *catalogue.Catalogue, f *answers.File) *Facts {
	fx := &Facts{cat: cat, asked: map[string]bool{}, given: map[string]answers.Value{}}
	for _, q := range allQuestions(cat) {
		ok := q.When == nil || fx.holds(q.When)
		fx.asked[q.ID] = ok
		if v, has := f.Answer(q.ID); ok && has {
			fx.given[q.ID] = v
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

// Asked reports whether q is asked given the answers in f: its condition is
// true on the answers to the questions before it (and every question on
// which that depends is asked too).
func Asked(cat *catalogue.Catalogue, f *answers.File, q *catalogue.Question) bool {
	return NewFacts(cat, f).Asked(q.ID)
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

// Eval evaluates r on the facts and returns its value and the reasons that
// decide it: for a true rule, the answers, scores and stage that made it
// true; for a false one, those that made it false. A nil rule is true with
// no reasons.
//
// all is true when every sub-rule is (empty: true); any when one is (empty:
// false); not negates. answer and profile are true when the question was
// asked and answered and its option (for multiple choice: any chosen option)
// is in `in`, which may name dont-know or not-applicable; an unanswered or
// unasked question is false. score_below and score_at_least are false when
// the dimension has no score. stage is true when the firm's stage is listed.
// A rule with several fields set is true when each is.
func (fx *Facts) Eval(r *catalogue.Rule) (bool, []Reason) {
	if r == nil {
		return true, nil
	}
	var parts []evalPart
	if r.All != nil {
		parts = append(parts, fx.all(r.All))
	}
	if r.Any != nil {
		parts = append(parts, fx.any(r.Any))
	}
	if r.Not != nil {
		v, rs := fx.Eval(r.Not)
		parts = append(parts, evalPart{!v, rs})
	}
	if r.Answer != nil {
		parts = append(parts, fx.answerIn(r.Answer, ReasonAnswer))
	}
	if r.Profile != nil {
		parts = append(parts, fx.answerIn(r.Profile, ReasonProfile))
	}
	if r.ScoreBelow != nil {
		parts = append(parts, fx.score(r.ScoreBelow, true))
	}
	if r.ScoreAtLeast != nil {
		parts = append(parts, fx.score(r.ScoreAtLeast, false))
	}
	if r.Stage != nil {
		parts = append(parts, fx.stageIn(r.Stage))
	}
	if len(parts) == 1 {
		return parts[0].v, parts[0].reasons
	}
	return combineAll(parts)
}

// holds evaluates r without keeping reasons.
func (fx *Facts) holds(r *catalogue.Rule) bool {
	v, _ := fx.Eval(r)
	return v
}

type evalPart struct {
	v       bool
	reasons []Reason
}

// combineAll is true when every part is; a true result keeps every part's
// reasons, a false one only those of the false parts.
func combineAll(parts []evalPart) (bool, []Reason) {
	all := true
	var yes, no []Reason
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

func (fx *Facts) all(rs []*catalogue.Rule) evalPart {
	parts := make([]evalPart, 0, len(rs))
	for _, r := range rs {
		v, why := fx.Eval(r)
		parts = append(parts, evalPart{v, why})
	}
	v, why := combineAll(parts)
	return evalPart{v, why}
}

func (fx *Facts) any(rs []*catalogue.Rule) evalPart {
	var yes, no []Reason
	found := false
	for _, r := range rs {
		v, why := fx.Eval(r)
		if v {
			found = true
			yes = appendReasons(yes, why...)
		} else {
			no = appendReasons(no, why...)
		}
	}
	if found {
		return evalPart{true, yes}
	}
	return evalPart{false, no}
}

// appendReasons adds reasons not already in list.
func appendReasons(list []Reason, rs ...Reason) []Reason {
next:
	for _, r := range rs {
		for _, x := range list {
			if x.Kind == r.Kind && x.Ref == r.Ref && reflect.DeepEqual(x.Message, r.Message) {
				continue next
			}
		}
		list = append(list, r)
	}
	return list
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

func (fx *Facts) answerIn(a *catalogue.AnswerIn, kind string) evalPart {
	q := fx.cat.Question(a.Question)
	qText := questionText(q, a.Question)
	v, ok := fx.given[a.Question]
	if !ok {
		return evalPart{false, []Reason{{Kind: kind, Ref: a.Question, Message: diag.M("assessment.reason.unanswered", qText)}}}
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
	var m diag.Message
	switch {
	case a.Question == "region" && len(shown) == 1 && v.Reserved() == "":
		m = diag.M("assessment.reason.region", RegionName(fx.cat, shown[0]))
	case len(shown) == 0:
		m = diag.M("assessment.reason.none", qText)
	default:
		labels := diag.List{Sep: "', '"}
		for _, o := range shown {
			labels.Items = append(labels.Items, OptionText(q, o))
		}
		m = diag.M("assessment.reason.answer", labels, qText)
	}
	return evalPart{len(hit) > 0, []Reason{{Kind: kind, Ref: a.Question, Message: m}}}
}

func (fx *Facts) score(s *catalogue.ScoreRef, below bool) evalPart {
	title := dimensionTitle(fx.cat, s.Dimension)
	sc := fx.scores().dims[s.Dimension]
	if sc == nil || sc.Score == nil {
		return evalPart{false, []Reason{{Kind: ReasonScore, Ref: s.Dimension, Message: diag.M("assessment.reason.noScore", title)}}}
	}
	isBelow := *sc.Score < s.Value
	key := "assessment.reason.atLeast"
	if isBelow {
		key = "assessment.reason.below"
	}
	score, limit := ComparePercents(*sc.Score, s.Value)
	return evalPart{isBelow == below, []Reason{{Kind: ReasonScore, Ref: s.Dimension, Message: diag.M(key, title, score, limit)}}}
}

func (fx *Facts) stageIn(stages []string) evalPart {
	st := fx.scores().stage
	m := diag.M("assessment.reason.stage", StageTitle(st.ID))
	return evalPart{slices.Contains(stages, st.ID), []Reason{{Kind: ReasonStage, Ref: st.ID, Message: m}}}
}

// scores computes (once per set of answers) the scores and stage.
func (fx *Facts) scores() *scores {
	if fx.res == nil {
		fx.res = computeScores(fx.cat, fx.asked, fx.given)
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
