package catalogue

import (
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/safetext"
	"github.com/eis-project/eis/internal/suggest"
)

// RequiredProfile lists the profile questions every catalogue must have:
// the plan routes content by them. The others the engine reads (home
// country, turnover, years trading, what, to whom and how the firm sells,
// export share, current and target markets) are optional in a catalogue of
// one's own — without them, programmes that depend on them are marked
// "check" — but must have their kind when declared (profileKinds).
var RequiredProfile = []string{"region", "sector", "size", "exports"}

// Check runs the semantic checks on a parsed (and perhaps merged) catalogue
// as of now: ID formats, references in fields and rules, rule shapes that
// depend on what they refer to, the order and reachability of question
// conditions, scores and options, URLs, dates, expiry and staleness,
// translations, practice completeness and `after` cycles. Entries with
// missing fields (already reported by Parse) are checked as far as they go.
// Today is now's calendar date in now's own location (time.Now is local, so a
// maintainer in Denmark just after midnight is on the new day). Check is the
// validator's check: a last_verified date after today is an error (see
// Options.Validate for the check a command that uses the catalogue makes).
func Check(c *Catalogue, now time.Time) diag.Diagnostics {
	return check(c, Options{Now: now, Validate: true})
}

func check(c *Catalogue, o Options) diag.Diagnostics {
	ch := newChecker(c, o)
	ch.globals()
	for _, p := range c.Practices {
		ch.practice(p)
	}
	ch.links(linksOf(c.pos, c.Practices))
	// After the practices: a validation that streams them counts them
	// before it says there are none.
	ch.empty(len(c.Practices))
	ch.diags.Sort()
	return ch.diags
}

// checkDates makes the checks of the embedded catalogue's Go values (see
// Static) that depend on the day it is used: the dates and sources of its
// practices (expired, stale, in the future, confidence and evidence of
// running), of its market notes (in the future) and the review dates of
// its translations (in the future). The others
// cannot change after the values were written, from a catalogue with none
// (catcompile refuses one).
func checkDates(c *Catalogue, o Options) diag.Diagnostics {
	ch := &checker{c: c, dayOnly: true}
	ch.setDay(o)
	for _, p := range c.Practices {
		ch.dates(p)
		ch.sources(p)
	}
	for _, n := range c.MarketNotes {
		ch.noteDates(n)
	}
	ch.translationDates()
	ch.diags.Sort()
	return ch.diags
}

// newChecker makes the checker of c as of o.Now; c's profile and scored
// questions are indexed for the rules that refer to them.
func newChecker(c *Catalogue, o Options) *checker {
	ch := &checker{c: c, order: map[string]int{}, questions: map[string]*Question{}, inProfile: map[*Question]bool{}}
	ch.setDay(o)
	for i, q := range c.Profile {
		ch.order[q.ID] = i
		ch.questions[q.ID] = q
		ch.inProfile[q] = true
	}
	for i, q := range c.Questions {
		if _, dup := ch.order[q.ID]; !dup {
			ch.order[q.ID] = len(c.Profile) + i
			ch.questions[q.ID] = q
		}
	}
	ch.langs = c.Meta.Languages
	ch.declared = len(ch.langs) > 0
	if !slices.Contains(ch.langs, "en") {
		ch.langs = append([]string{"en"}, ch.langs...)
	}
	return ch
}

// setDay sets the day ch checks as of, from o.
func (ch *checker) setDay(o Options) {
	ch.today, ch.future = DateOf(o.Now), DateOf(o.Now)
	// Once, not per practice (through time.Time, AddDate was a third of
	// the date checks every plan runs).
	ch.yearAgo, ch.since = ch.today.AddDate(-1, 0, 0), ch.today.AddDate(-EvidenceYears, 0, 0)
	if w := DateOf(o.Wall); !o.Wall.IsZero() && w.After(ch.future) {
		ch.future = w
	}
	ch.skipAge = o.SkipAge
	ch.futureSev = diag.SevWarning
	if o.Validate {
		ch.futureSev = diag.SevError
	}
}

// validateOnly reports a problem that eis validate refuses and a command
// that uses the catalogue only warns about (see ValidateOnly; key must be
// one of its messages).
func (ch *checker) validateOnly(at Pos, rule, key string, args ...any) {
	ch.diags = append(ch.diags, newDiag(at, ch.futureSev, rule, key, args...))
}

// globals checks everything but the practices: the catalogue section,
// dimensions, questions (their conditions and reachability) and regions,
// and their texts. What a practice is checked against is then known.
func (ch *checker) globals() {
	ch.meta()
	ch.dimensions()
	ch.profile()
	for _, q := range ch.c.Profile {
		ch.question(q, false)
	}
	for _, q := range ch.c.Questions {
		ch.question(q, true)
	}
	ch.regions()
	ch.countries()
	ch.groups()
	ch.marketNotes()
	ch.reachability()
	ch.texts(reflect.ValueOf(ch.c.Meta), metaOwner{})
	for _, list := range []any{ch.c.Dimensions, ch.c.Profile, ch.c.Questions, ch.c.Regions, ch.c.Countries, ch.c.Languages, ch.c.Groups, ch.c.MarketNotes} {
		v := reflect.ValueOf(list)
		for i := 0; i < v.Len(); i++ {
			ch.texts(v.Index(i), nil)
		}
	}
}

// forkFile is a checker for the entries of one file, decoded apart from
// the catalogue, whose positions are in pos; it may run on another
// goroutine: it shares ch's catalogue and indexes (read only) and has
// diagnostics and caches of its own.
func (ch *checker) forkFile(pos posTable) *checker {
	f := *ch
	f.diags, f.near, f.optIDs, f.pos = nil, nil, nil, pos
	return &f
}

type checker struct {
	c         *Catalogue
	diags     diag.Diagnostics
	today     Date          // expired and stale entries are counted from it
	yearAgo   Date          // today a year ago: a last_verified before it is stale
	since     Date          // today EvidenceYears ago: older evidence does not count
	future    Date          // a last_verified after it is in the future
	futureSev diag.Severity // of a problem for eis validate only (validateOnly)
	skipAge   bool          // leave out expired and stale (Options.SkipAge)
	// dayOnly leaves out the checks of a practice's sources that do not
	// depend on the day (its contact and markets): checkDates, on the
	// embedded Go values, which had none of their diagnostics.
	dayOnly   bool
	order     map[string]int // question ID → position in the questionnaire
	questions map[string]*Question
	// inProfile holds the questions declared in a profile: section. A
	// question is a profile question because of where it stands, not
	// because it lacks a dimension: a scored question whose dimension key
	// is missing or misspelt is reported once (required), and rules that
	// refer to it must not be told it is a profile question.
	inProfile map[*Question]bool
	// near finds what an unknown reference may have meant, by the kind of
	// thing it refers to (built when first needed; see nearID).
	near map[string]*suggest.Index
	// pos holds the positions of the file being checked, if they are not
	// the catalogue's (see forkFile).
	pos posTable
	// optIDs caches optionIDs per question.
	optIDs map[*Question][]string
	// langs are the languages every text should have ("en" first if the
	// catalogue does not declare it); declared says the catalogue lists them.
	langs    []string
	declared bool
}

// options is optionIDs(q), made once per question.
func (ch *checker) optionIDs(q *Question) []string {
	ids, ok := ch.optIDs[q]
	if !ok {
		ids = optionIDs(q)
		if ch.optIDs == nil {
			ch.optIDs = map[*Question][]string{}
		}
		ch.optIDs[q] = ids
	}
	return ids
}

// nearID is the one ID of kind ("profile" or "answer": a question asked by
// such a condition) that an unknown reference id may have meant, or "".
// Each kind's IDs are indexed once, so a file full of unknown references
// costs linear time. (Practices: see links.)
func (ch *checker) nearID(kind, id string) string {
	ix := ch.near[kind]
	if ix == nil {
		var ids []string
		for qid, q := range ch.questions {
			if ch.inProfile[q] == (kind == "profile") {
				ids = append(ids, qid)
			}
		}
		ix = suggest.New(ids)
		if ch.near == nil {
			ch.near = map[string]*suggest.Index{}
		}
		ch.near[kind] = ix
	}
	return nearOne(ix, id)
}

// nearOne is the one candidate ix suggests for word, or "".
func nearOne(ix *suggest.Index, word string) string {
	if near := ix.Lookup(word, 1); len(near) > 0 {
		return near[0]
	}
	return ""
}

// at is where owner's path stands: in the positions of the file being
// checked, if the checker has them (see forkFile), else the catalogue's.
func (ch *checker) at(owner any, path string) Pos { return ch.posOf(owner).at(owner, path) }

// posOf is the position table that holds owner.
func (ch *checker) posOf(owner any) posTable {
	if _, ok := ch.pos[owner]; ok {
		return ch.pos
	}
	return ch.c.pos
}

// wholeAt is where problems of the catalogue as a whole are reported.
func (ch *checker) wholeAt() Pos {
	if p, ok := ch.c.marked(metaOwner{}); ok {
		return p
	}
	p, _ := ch.c.marked(firstFile{})
	return p
}

func (ch *checker) idFormat(owner any, id string, kind word) {
	if id != "" && !isID(id) {
		errorf(&ch.diags, ch.at(owner, "id"), "id-format", "validate.id-format", kind, id)
	}
}

func (ch *checker) meta() {
	m := &ch.c.Meta
	if !ch.c.has(metaOwner{}, "") && m.ID == "" {
		errorf(&ch.diags, ch.wholeAt(), "catalogue", "validate.catalogue.missing")
		return
	}
	if m.ID != "" && !isID(m.ID) {
		errorf(&ch.diags, ch.at(metaOwner{}, "id"), "id-format", "validate.id-format", word("catalogue"), m.ID)
	}
	if m.Languages != nil && !slices.Contains(m.Languages, "en") {
		errorf(&ch.diags, ch.at(metaOwner{}, "languages"), "catalogue", "validate.catalogue.en")
	}
	seen := map[string]bool{}
	for i, l := range m.Languages {
		if seen[l] {
			errorf(&ch.diags, ch.at(metaOwner{}, "languages."+strconv.Itoa(i)), "catalogue", "validate.catalogue.language-twice", l)
		}
		seen[l] = true
	}
	ch.translations()
}

// translations checks what the catalogue says about each language's
// texts: once it has a translations: section, every language it declares
// says who translated it (a warning, so that --strict keeps it honest), a
// review names its reviewer and is not dated in the future, and the codes
// are language codes.
func (ch *checker) translations() {
	m := &ch.c.Meta
	for _, x := range m.Translations {
		l, t := x.Key, x.Value
		if !isLangCode(l) {
			errorf(&ch.diags, ch.at(metaOwner{}, "translations."+l), "translations", "validate.translations.code", l)
		}
		if t == nil {
			continue
		}
		if strings.TrimSpace(t.Translator) == "" && ch.c.has(t, "translator") {
			errorf(&ch.diags, ch.at(t, "translator"), "translations", "validate.translations.translator", l)
		}
		if t.Reviewed != nil && strings.TrimSpace(t.ReviewedBy) == "" {
			errorf(&ch.diags, ch.at(t, "reviewed"), "translations", "validate.translations.reviewed", l)
		}
	}
	ch.translationDates()
	// A catalogue that says nothing about its translations (a user's own,
	// an older one) is not warned about; one that does says it for every
	// language (practices/ does, and a test keeps it so).
	if !ch.c.has(metaOwner{}, "languages") || m.Translations == nil {
		return
	}
	for i, l := range m.Languages {
		if _, ok := m.Translations.Lookup(l); !ok && slices.Index(m.Languages, l) == i {
			warnf(&ch.diags, ch.at(metaOwner{}, "languages."+strconv.Itoa(i)), "translations", "validate.translations.missing", l)
		}
	}
}

// translationDates checks the translations' dates that depend on the day:
// a review dated in the future. Both the YAML's checks and those of the
// embedded Go values (checkDates) make it.
func (ch *checker) translationDates() {
	for _, x := range ch.c.Meta.Translations {
		if t := x.Value; t != nil && t.Reviewed != nil && t.Reviewed.After(ch.future) {
			ch.validateOnly(ch.at(t, "reviewed"), "translations", "validate.translations.reviewed.future", x.Key, t.Reviewed.String(), ch.future.String())
		}
	}
}

func (ch *checker) dimensions() {
	for _, d := range ch.c.Dimensions {
		ch.idFormat(d, d.ID, "dimension")
		if (d.Weight <= 0 || d.Weight > MaxWeight) && !ch.posOf(d).failed(d, "weight") {
			if ch.posOf(d).has(d, "weight") {
				errorf(&ch.diags, ch.at(d, "weight"), "weight", "validate.weight", d.ID, fmtNum(d.Weight), fmtNum(MaxWeight))
			}
		}
	}
}

// MaxWeight is the largest weight a dimension may have: weights say how
// much one dimension counts against another, so 1–10 is the sensible
// range; 100 leaves room and keeps every sum of them far from overflow.
const MaxWeight = 100

// empty reports a catalogue with no scored questions (no plan could
// measure readiness) or no practices (every plan would be empty) — unless
// a file could not be read, whose entries are missing for that reason.
// No practices is an error for the validator; a command that uses the
// catalogue warns (as for a last_verified in the future), so a
// questionnaire-only catalogue still collects answers. practices is how
// many practices the catalogue has.
func (ch *checker) empty(practices int) {
	if _, broken := ch.c.marked(brokenFile{}); broken {
		return
	}
	if len(ch.c.Questions) == 0 {
		errorf(&ch.diags, ch.wholeAt(), "catalogue", "validate.catalogue.no-questions")
	}
	if practices == 0 {
		ch.validateOnly(ch.wholeAt(), "catalogue", "validate.catalogue.no-practices")
	}
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// profile checks that the required profile questions exist and that the
// options of "region" are regions.
func (ch *checker) profile() {
	for _, id := range RequiredProfile {
		q := ch.questions[id]
		if q == nil || !ch.inProfile[q] {
			at := ch.wholeAt()
			if len(ch.c.Profile) > 0 {
				at = ch.at(ch.c.Profile[0], "")
			}
			errorf(&ch.diags, at, "required-profile", "validate.required-profile", id, strings.Join(RequiredProfile, ", "))
		}
	}
	ch.profileKinds()
	if q := ch.questions["region"]; q != nil && ch.inProfile[q] && len(ch.c.Regions) > 0 {
		for i, o := range q.Options {
			if o != nil && o.ID != "" && ch.c.Region(o.ID) == nil {
				errorf(&ch.diags, ch.at(o, "id"), "reference", "validate.ref.region-option", o.ID, ch.regionIDs())
				_ = i
			}
		}
	}
}

func (ch *checker) regionIDs() string {
	var ids []string
	for _, r := range ch.c.Regions {
		ids = append(ids, r.ID)
	}
	return orNone(ids)
}

// refDimension reports an unknown dimension, with the known ones.
func (ch *checker) refDimension(at Pos, id string) {
	if len(ch.c.Dimensions) == 0 {
		errorf(&ch.diags, at, "reference", "validate.ref.dimension.none", id)
		return
	}
	errorf(&ch.diags, at, "reference", "validate.ref.dimension", id, ch.dimensionIDs())
}

func (ch *checker) dimensionIDs() string {
	var ids []string
	for _, d := range ch.c.Dimensions {
		ids = append(ids, d.ID)
	}
	return orNone(ids)
}

// optionIDs lists a question's options and the reserved answers it allows.
func optionIDs(q *Question) []string {
	var ids []string
	for _, o := range q.Options {
		if o != nil {
			ids = append(ids, o.ID)
		}
	}
	if q.DontKnow {
		ids = append(ids, DontKnow)
	}
	if q.NotApplicable {
		ids = append(ids, NotApplicable)
	}
	return ids
}

func (ch *checker) question(q *Question, scored bool) {
	kind := word("question")
	if !scored {
		kind = "profile-question"
	}
	ch.idFormat(q, q.ID, kind)
	switch {
	case scored && q.Dimension == "":
		errorf(&ch.diags, ch.at(q, ""), "required", "validate.required", word("question"), "dimension")
	case scored && ch.c.Dimension(q.Dimension) == nil:
		ch.refDimension(ch.at(q, "dimension"), q.Dimension)
	case !scored && q.Dimension != "":
		errorf(&ch.diags, ch.at(q, "dimension"), "score", "validate.score.profile-dimension", q.ID)
	}
	var opts []*Option
	for _, o := range q.Options {
		if o != nil {
			opts = append(opts, o)
		}
	}
	if q.Options != nil && len(opts) < 2 && q.Kind != KindYesNo && !q.CountryKind() {
		errorf(&ch.diags, ch.at(q, "options"), "options", "validate.options.few", q.ID)
	}
	seen := map[string]*Option{}
	for _, o := range opts {
		ch.idFormat(o, o.ID, "option")
		if o.ID == DontKnow || o.ID == NotApplicable {
			errorf(&ch.diags, ch.at(o, "id"), "options", "validate.options.reserved", o.ID, flagFor(o.ID))
		}
		if first, dup := seen[o.ID]; dup && o.ID != "" {
			fa := ch.at(first, "id")
			errorf(&ch.diags, ch.at(o, "id"), "duplicate-id", "validate.duplicate-option", o.ID, q.ID, fa.Line)
		}
		seen[o.ID] = o
		switch {
		case scored && o.Score == nil:
			errorf(&ch.diags, ch.at(o, ""), "score", "validate.score.missing", o.ID)
		case !scored && o.Score != nil:
			errorf(&ch.diags, ch.at(o, "score"), "score", "validate.score.profile", o.ID)
		case o.Score != nil && (*o.Score < 0 || *o.Score > 1):
			errorf(&ch.diags, ch.at(o, "score"), "score", "validate.score.range", o.ID, fmtNum(*o.Score))
		}
	}
	switch q.Kind {
	case KindYesNo:
		if q.Options != nil && (len(opts) != 2 || seen["yes"] == nil || seen["no"] == nil) {
			errorf(&ch.diags, ch.at(q, "options"), "options", "validate.options.yesno", q.ID)
		}
	case KindScale:
		for i := 1; i < len(opts); i++ {
			a, b := opts[i-1].Score, opts[i].Score
			if a != nil && b != nil && *b < *a {
				errorf(&ch.diags, ch.at(opts[i], "score"), "options", "validate.options.scale", q.ID, opts[i].ID, fmtNum(*b), opts[i-1].ID, fmtNum(*a))
			}
		}
	}
	ch.exclusive(q)
	ch.questionKind(q, scored)
	if q.When != nil {
		ch.rule(q.When, q, nil)
	}
}

func orNone(ids []string) string { return strings.Join(ids, ", ") }

func flagFor(id string) string {
	if id == DontKnow {
		return "dont_know: true"
	}
	return "not_applicable: true"
}

// rule checks a rule in a question's condition (q set) or a practice's (p set).
func (ch *checker) rule(r *Rule, q *Question, p *Practice) {
	if r == nil {
		return
	}
	for _, sub := range r.All {
		ch.rule(sub, q, p)
	}
	for _, sub := range r.Any {
		ch.rule(sub, q, p)
	}
	ch.rule(r.Not, q, p)
	if r.Answer != nil {
		ch.answerRef(r, r.Answer, "answer", q)
	}
	if r.Profile != nil {
		ch.answerRef(r, r.Profile, "profile", q)
	}
	for _, sr := range []struct {
		ref *ScoreRef
		key string
	}{{r.ScoreBelow, "score_below"}, {r.ScoreAtLeast, "score_at_least"}} {
		if sr.ref == nil {
			continue
		}
		if q != nil {
			errorf(&ch.diags, r.Pos, "rule-shape", "validate.rule.in-question", sr.key)
			continue
		}
		if sr.ref.Dimension != "" && ch.c.Dimension(sr.ref.Dimension) == nil {
			ch.refDimension(ch.at(sr.ref, "dimension"), sr.ref.Dimension)
		}
		if sr.ref.Value < 0 || sr.ref.Value > 1 {
			errorf(&ch.diags, ch.at(sr.ref, "value"), "score", "validate.score.value", fmtNum(sr.ref.Value))
		}
	}
	if r.Markets != nil {
		ch.marketsRef(r, q)
	}
	if r.Stage != nil {
		if q != nil {
			errorf(&ch.diags, r.Pos, "rule-shape", "validate.rule.in-question", "stage")
		} else {
			for i, s := range r.Stage {
				if s != "" && !slices.Contains(Stages, s) {
					errorf(&ch.diags, ch.at(r, "stage."+strconv.Itoa(i)), "reference", "validate.ref.stage", s, strings.Join(Stages, ", "))
				}
			}
		}
	}
}

// answerRef checks an answer: or profile: condition. In a question's
// condition it must refer to a question asked earlier.
func (ch *checker) answerRef(r *Rule, a *AnswerIn, key string, q *Question) {
	if a.Question == "" {
		return
	}
	target := ch.questions[a.Question]
	if target == nil {
		// Suggest a question of the kind the rule asks for.
		if near := ch.nearID(key, a.Question); near != "" {
			errorf(&ch.diags, ch.at(a, "question"), "reference", "validate.ref.question.mean", a.Question, near)
		} else {
			errorf(&ch.diags, ch.at(a, "question"), "reference", "validate.ref.question", a.Question)
		}
		return
	}
	switch {
	case key == "answer" && ch.inProfile[target]:
		errorf(&ch.diags, ch.at(a, "question"), "rule-shape", "validate.rule.answer-profile", a.Question)
	case key == "profile" && !ch.inProfile[target]:
		errorf(&ch.diags, ch.at(a, "question"), "rule-shape", "validate.rule.profile-answer", a.Question)
	}
	if a.In != nil && len(a.In) == 0 {
		errorf(&ch.diags, ch.at(a, "in"), "rule-shape", "validate.rule.in-empty")
	}
	valid := ch.optionIDs(target)
	for i, o := range a.In {
		if target.CountryKind() && ch.c.Country(o) != nil {
			continue
		}
		if o != "" && !slices.Contains(valid, o) {
			errorf(&ch.diags, ch.at(a, "in."+strconv.Itoa(i)), "reference", "validate.ref.option", a.Question, o, strings.Join(valid, ", "))
		}
	}
	if q != nil {
		if a.Question == q.ID {
			errorf(&ch.diags, ch.at(a, "question"), "condition-order", "validate.order.self", q.ID)
		} else if ch.order[a.Question] > ch.order[q.ID] {
			errorf(&ch.diags, ch.at(a, "question"), "condition-order", "validate.order.later", q.ID, a.Question)
		}
	}
}

func (ch *checker) regions() {
	for _, r := range ch.c.Regions {
		ch.idFormat(r, r.ID, "region")
	}
}

func (ch *checker) practice(p *Practice) {
	ch.idFormat(p, p.ID, "practice")
	if p.Region != "" && ch.c.Region(p.Region) == nil {
		if len(ch.c.Regions) == 0 {
			errorf(&ch.diags, ch.at(p, "region"), "reference", "validate.ref.region.none", p.Region)
		} else {
			errorf(&ch.diags, ch.at(p, "region"), "reference", "validate.ref.region", p.Region, ch.regionIDs())
		}
	}
	if p.Dimensions != nil && len(p.Dimensions) == 0 {
		errorf(&ch.diags, ch.at(p, "dimensions"), "practice", "validate.practice.dimensions", p.ID)
	}
	for i, d := range p.Dimensions {
		if d != "" && ch.c.Dimension(d) == nil {
			ch.refDimension(ch.at(p, "dimensions."+strconv.Itoa(i)), d)
		}
	}
	for i, n := range p.Needs {
		if n != "" && !slices.Contains(Needs, n) {
			errorf(&ch.diags, ch.at(p, "needs."+strconv.Itoa(i)), "enum", "validate.enum", "needs", n, strings.Join(Needs, ", "))
		}
	}
	if p.Stages != nil && len(p.Stages) == 0 {
		errorf(&ch.diags, ch.at(p, "stages"), "practice", "validate.practice.stages", p.ID)
	}
	for i, s := range p.Stages {
		if s != "" && !slices.Contains(Stages, s) {
			errorf(&ch.diags, ch.at(p, "stages."+strconv.Itoa(i)), "reference", "validate.ref.stage", s, strings.Join(Stages, ", "))
		}
	}
	if e := p.Eligibility; e != nil {
		ch.options(e, "sizes", e.Sizes, "size")
		ch.options(e, "sectors", e.Sectors, "sector")
	}
	for i, a := range p.After {
		// Whether the others exist is for links, which sees every practice.
		if a == p.ID {
			errorf(&ch.diags, ch.at(p, "after."+strconv.Itoa(i)), "cycle", "validate.cycle.self", p.ID)
		}
	}
	if p.When == nil {
		errorf(&ch.diags, ch.at(p, ""), "practice", "validate.practice.when", p.ID)
	} else {
		ch.rule(p.When, nil, p)
	}
	if p.Steps != nil && len(p.Steps) == 0 {
		errorf(&ch.diags, ch.at(p, "steps"), "practice", "validate.practice.steps", p.ID)
	}
	ch.firstStepWhen(p)
	ch.stepWhen(p)
	ch.stepAlsoIn(p)
	if p.Sources != nil && len(p.Sources) == 0 {
		errorf(&ch.diags, ch.at(p, "sources"), "practice", "validate.practice.sources", p.ID)
	}
	if p.URL != "" {
		ch.url(p.URL, func() Pos { return ch.at(p, "url") })
	}
	for i, s := range p.Sources {
		if s.URL != "" {
			ch.url(s.URL, func() Pos { return ch.at(p, "sources."+strconv.Itoa(i)+".url") })
		}
	}
	ch.dates(p)
	ch.sources(p)
	ch.practicePlans(p)
	ch.texts(reflect.ValueOf(p), nil)
}

// firstStepWhen checks a practice's lead-step choices: a list that is not
// empty, each naming one of the practice's steps, each rule a practice's
// rule (any condition: which step leads may depend on the firm's answers).
func (ch *checker) firstStepWhen(p *Practice) {
	if p.FirstStepWhen != nil && len(p.FirstStepWhen) == 0 {
		errorf(&ch.diags, ch.at(p, "first_step_when"), "first-step", "validate.first-step.empty", p.ID)
	}
	for _, fw := range p.FirstStepWhen {
		if fw == nil {
			continue
		}
		if fw.Step < 1 || fw.Step > len(p.Steps) {
			errorf(&ch.diags, ch.at(fw, "step"), "first-step", "validate.first-step.range", p.ID, fw.Step, len(p.Steps))
		}
		ch.rule(fw.When, nil, p)
	}
}

// stepWhen checks a practice's steps for some firms only: a list that is
// not empty, each naming one of the practice's steps once, each rule a
// practice's rule (any condition).
func (ch *checker) stepWhen(p *Practice) {
	if p.StepWhen != nil && len(p.StepWhen) == 0 {
		errorf(&ch.diags, ch.at(p, "step_when"), "step-when", "validate.step-when.empty", p.ID)
	}
	seen := map[int]bool{}
	for _, sw := range p.StepWhen {
		if sw == nil {
			continue
		}
		switch {
		case sw.Step < 1 || sw.Step > len(p.Steps):
			errorf(&ch.diags, ch.at(sw, "step"), "step-when", "validate.step-when.range", p.ID, sw.Step, len(p.Steps))
		case seen[sw.Step]:
			errorf(&ch.diags, ch.at(sw, "step"), "step-when", "validate.step-when.twice", p.ID, sw.Step)
		}
		seen[sw.Step] = true
		ch.rule(sw.When, nil, p)
	}
}

// stepAlsoIn checks a practice's steps said elsewhere: a list that is not
// empty, each naming one of the practice's steps but one that may lead (the
// first, or one first_step_when names: the plan's first steps show it),
// and another practice (whether it exists is for links).
func (ch *checker) stepAlsoIn(p *Practice) {
	if p.StepAlsoIn != nil && len(p.StepAlsoIn) == 0 {
		errorf(&ch.diags, ch.at(p, "step_also_in"), "step-also-in", "validate.step-also-in.empty", p.ID)
	}
	for _, sa := range p.StepAlsoIn {
		if sa == nil {
			continue
		}
		switch {
		case sa.Step < 1 || sa.Step > len(p.Steps):
			errorf(&ch.diags, ch.at(sa, "step"), "step-also-in", "validate.step-also-in.range", p.ID, sa.Step, len(p.Steps))
		case sa.Step == 1 || slices.ContainsFunc(p.FirstStepWhen, func(fw *FirstStepWhen) bool { return fw != nil && fw.Step == sa.Step }):
			errorf(&ch.diags, ch.at(sa, "step"), "step-also-in", "validate.step-also-in.lead", p.ID, sa.Step)
		}
		if sa.Practice == p.ID {
			errorf(&ch.diags, ch.at(sa, "practice"), "step-also-in", "validate.step-also-in.self", p.ID)
		}
	}
}

// options checks eligibility values against the options of a profile question.
func (ch *checker) options(owner any, key string, vals []string, question string) {
	q := ch.questions[question]
	if q == nil || !ch.inProfile[q] {
		return // reported as required-profile
	}
	valid := ch.optionIDs(q)
	for i, v := range vals {
		if v != "" && !slices.Contains(valid, v) {
			errorf(&ch.diags, ch.at(owner, key+"."+strconv.Itoa(i)), "reference", "validate.ref.option", question, v, strings.Join(valid, ", "))
		}
	}
}

// url checks an address's syntax; it is never fetched. at is where it
// stands (asked only for a diagnostic).
func (ch *checker) url(s string, at func() Pos) {
	u, err := url.Parse(s)
	if err != nil || strings.ContainsAny(s, " \t\r\n") || !u.IsAbs() || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		// www.example.org/page: the address without its scheme.
		if err == nil && u.Scheme == "" && !strings.ContainsAny(s, " \t\r\n") && strings.Contains(strings.SplitN(s, "/", 2)[0], ".") {
			errorf(&ch.diags, at(), "url", "validate.url.scheme", s, "https://"+s)
			return
		}
		errorf(&ch.diags, at(), "url", "validate.url", s)
		return
	}
	if u.Scheme == "http" {
		warnf(&ch.diags, at(), "url", "validate.url.http", s)
	}
	if u.User != nil {
		// https://trusted.example@evil.example/ leads to evil.example.
		warnf(&ch.diags, at(), "url", "validate.url.userinfo", s, u.Host)
	}
	host := u.Hostname()
	if i := strings.IndexFunc(host, func(r rune) bool { return r >= utf8.RuneSelf }); i >= 0 {
		// https://www.exаmple.org/ with a Cyrillic а leads to another
		// site than the one a reader (or a reviewer) takes it for.
		r, _ := utf8.DecodeRuneInString(host[i:])
		warnf(&ch.diags, at(), "url", "validate.url.host", s, safetext.Name(r))
	}
}

func (ch *checker) dates(p *Practice) {
	if p.ValidFrom != nil && p.ValidUntil != nil && p.ValidFrom.After(*p.ValidUntil) {
		errorf(&ch.diags, ch.at(p, "valid_from"), "date", "validate.date.order", p.ValidFrom.String(), p.ValidUntil.String())
	}
	if p.ValidUntil != nil && p.ValidUntil.Before(ch.today) && p.Status != "historic" && !ch.skipAge {
		warnf(&ch.diags, ch.at(p, "valid_until"), "expired", "validate.expired", p.ID, p.ValidUntil.String())
	}
	if v := p.LastVerified; v != nil {
		switch {
		case v.After(ch.future):
			ch.validateOnly(ch.at(p, "last_verified"), "stale", "validate.stale.future", v.String(), ch.future.String())
		case v.Before(ch.yearAgo) && !ch.skipAge:
			warnf(&ch.diags, ch.at(p, "last_verified"), "stale", "validate.stale", p.ID, v.String())
		}
	}
}

// practiceLink is what the checks across practices need of one: its ID
// and its `after` references, with where each stands. Validation keeps
// only these of a file once its practices are checked.
type practiceLink struct {
	id      string
	after   []string
	afterAt []Pos
	// also are the practices step_also_in names, at alsoAt.
	also   []string
	alsoAt []Pos
}

// linksOf is the practiceLink of each of ps, in order; pos holds their
// positions.
func linksOf(pos posTable, ps []*Practice) []practiceLink {
	ls := make([]practiceLink, len(ps))
	for i, p := range ps {
		ls[i] = practiceLink{id: p.ID, after: p.After}
		if len(p.After) > 0 {
			ls[i].afterAt = make([]Pos, len(p.After))
			for j := range p.After {
				ls[i].afterAt[j] = pos.at(p, "after."+strconv.Itoa(j))
			}
		}
		for _, sa := range p.StepAlsoIn {
			if sa != nil {
				ls[i].also = append(ls[i].also, sa.Practice)
				ls[i].alsoAt = append(ls[i].alsoAt, pos.at(sa, "practice"))
			}
		}
	}
	return ls
}

// links checks the references between practices (ls: every practice of the
// catalogue, in order): each `after` names a practice, and no cycle of
// them, each reported once; and each practice a market note's also_in
// names.
func (ch *checker) links(ls []practiceLink) {
	first := make(map[string]int, len(ls)) // ID → the first practice with it
	for i, l := range ls {
		if _, dup := first[l.id]; !dup {
			first[l.id] = i
		}
	}
	var near *suggest.Index
	unknown := func(a string, at Pos, key string) {
		if near == nil {
			ids := make([]string, len(ls))
			for i, l := range ls {
				ids[i] = l.id
			}
			near = suggest.New(ids)
		}
		if mean := nearOne(near, a); mean != "" {
			errorf(&ch.diags, at, "reference", key+".mean", a, mean)
		} else {
			errorf(&ch.diags, at, "reference", key, a)
		}
	}
	for _, l := range ls {
		for i, a := range l.after {
			if _, ok := first[a]; ok || a == "" || a == l.id {
				continue
			}
			unknown(a, l.afterAt[i], "validate.ref.practice")
		}
		for i, a := range l.also {
			if _, ok := first[a]; ok || a == "" || a == l.id {
				continue
			}
			unknown(a, l.alsoAt[i], "validate.ref.practice.step-also-in")
		}
	}
	for _, n := range ch.c.MarketNotes {
		for i, a := range n.AlsoIn {
			if _, ok := first[a]; ok || a == "" {
				continue
			}
			unknown(a, ch.at(n, "also_in."+strconv.Itoa(i)), "validate.ref.practice.also-in")
		}
	}
	ch.cycles(ls, first)
}

// cycles reports each cycle of `after` relations between practices once.
func (ch *checker) cycles(ls []practiceLink, first map[string]int) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[string]int, len(ls))
	reported := map[string]bool{}
	var stack []string
	var visit func(l *practiceLink)
	visit = func(l *practiceLink) {
		color[l.id] = grey
		stack = append(stack, l.id)
		for i, a := range l.after {
			next, ok := first[a]
			if !ok || a == l.id {
				continue
			}
			switch color[a] {
			case white:
				visit(&ls[next])
			case grey:
				j := len(stack) - 1
				for j >= 0 && stack[j] != a {
					j--
				}
				cyc := append(append([]string{}, stack[j:]...), a)
				members := append([]string{}, stack[j:]...)
				sort.Strings(members)
				key := strings.Join(members, " ")
				if !reported[key] {
					reported[key] = true
					errorf(&ch.diags, l.afterAt[i], "cycle", "validate.cycle", strings.Join(cyc, " → "))
				}
			}
		}
		stack = stack[:len(stack)-1]
		color[l.id] = black
	}
	for i := range ls {
		if ls[i].id != "" && color[ls[i].id] == white {
			visit(&ls[i])
		}
	}
}

// texts checks every Text below v (an entry, or the catalogue section as
// metaOwner): English is required, the other declared languages are
// expected.
func (ch *checker) texts(v reflect.Value, owner any) {
	w := textWalker{fn: ch.text}
	w.walk(v, owner)
}

// text checks one Text; w says where it stands.
func (ch *checker) text(t Text, owner any, w *textWalker) {
	at := func() Pos { return ch.at(owner, w.path()) }
	// One pass over t's languages (a Text is read part by part): which of
	// the catalogue's languages it has, blank or not, and the others.
	const (
		has   = 1
		blank = 2
	)
	var stateBuf [16]uint8
	state := stateBuf[:0]
	if len(ch.langs) > len(stateBuf) {
		state = make([]uint8, 0, len(ch.langs))
	}
	state = state[:len(ch.langs)]
	var en string
	var others []string
	for l, s := range t.All() {
		if l == "en" {
			en = s
		}
		known := false
		for i, x := range ch.langs {
			// (A language listed twice is seen twice.)
			if x == l {
				known = true
				state[i] = has
				if strings.TrimSpace(s) == "" {
					state[i] |= blank
				}
			}
		}
		if !known && ch.declared && !ch.inProgress(l) {
			others = append(others, l)
		}
	}
	// A country's in_text is partial by design: only the languages whose
	// running-text name differs from its name.
	partial := len(w.keys) > 0 && w.keys[len(w.keys)-1] == "in_text"
	if strings.TrimSpace(en) == "" && !partial {
		errorf(&ch.diags, at(), "translation", "validate.translation.en", w.path())
	}
	for i, l := range ch.langs {
		if l == "en" || partial && state[i]&has == 0 {
			continue
		}
		if state[i]&has == 0 {
			warnf(&ch.diags, at(), "translation", "validate.translation.missing", w.path(), l)
		} else if state[i]&blank != 0 {
			warnf(&ch.diags, at(), "translation", "validate.translation.empty", w.path(), l)
		}
	}
	ch.placeholders(t, owner, w)
	ch.oneLine(t, owner, w)
	for _, l := range others {
		warnf(&ch.diags, ch.at(owner, joinPath(w.path(), l)), "translation", "validate.translation.undeclared", w.path(), l, strings.Join(ch.langs, ", "))
	}
}

// MaxLineText is the most characters a title (of a practice, need group,
// dimension or the catalogue) or an option's label may have in any
// language: each is one line in the plan's headings, in lists and in the
// questionnaire. The longest in the catalogue in December 2026 had 259 (the
// Italian title of global-eu-seafood-buyer-file; the longest English one
// 185, the longest label 174); 300 leaves a translation some 15 % more
// room than that, and catches a paragraph pasted into a one-line field.
const MaxLineText = 300

// oneLine warns about a title or a label longer than MaxLineText
// characters in a language.
func (ch *checker) oneLine(t Text, owner any, w *textWalker) {
	path := w.path()
	if path != "title" && path != "label" {
		return
	}
	for l, s := range t.All() {
		if n := utf8.RuneCountInString(s); n > MaxLineText {
			warnf(&ch.diags, ch.at(owner, joinPath(path, l)), "title-length", "validate.text.long", path, l, n, MaxLineText)
		}
	}
}

// inProgress reports whether lang is a language being translated: the
// catalogue's translations: names it, its languages: do not yet. Its texts
// are allowed, and not yet expected everywhere.
func (ch *checker) inProgress(lang string) bool {
	_, ok := ch.c.Meta.Translations.Lookup(lang)
	return ok
}

// textWalker calls fn for every non-nil Text below a value, with the entry
// that owns it; the Text's path there (the key of the position table) is
// made only when asked for (path), so a walk allocates nothing.
type textWalker struct {
	fn   func(t Text, owner any, w *textWalker)
	keys []string // the path so far, from the entry that owns the value
}

// path is the dotted path of the Text fn was called for.
func (w *textWalker) path() string { return strings.Join(w.keys, ".") }

func (w *textWalker) walk(v reflect.Value, owner any) {
	switch {
	case v.Type() == textType:
		if v.String() != "" {
			w.fn(v.Interface().(Text), owner, w)
		}
	case !hasText(v.Type()):
	case v.Kind() == reflect.Pointer:
		if v.IsNil() {
			return
		}
		if v.Elem().Kind() == reflect.Struct {
			keys := w.keys
			w.keys = nil
			w.walk(v.Elem(), v.Interface())
			w.keys = keys
		}
	case v.Kind() == reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			w.keys = append(w.keys, indexKey(i))
			w.walk(v.Index(i), owner)
			w.keys = w.keys[:len(w.keys)-1]
		}
	case v.Kind() == reflect.Struct:
		si := infoOf(v.Type())
		for _, fi := range si.fields {
			w.keys = append(w.keys, fi.name)
			w.walk(v.Field(fi.index), owner)
			w.keys = w.keys[:len(w.keys)-1]
		}
	}
}

var hasTextCache sync.Map // reflect.Type → bool

// hasText reports whether a value of type t can hold a Text, so walks skip
// the fields that cannot.
func hasText(t reflect.Type) bool {
	if v, ok := hasTextCache.Load(t); ok {
		return v.(bool)
	}
	has := typeHasText(t, map[reflect.Type]bool{})
	hasTextCache.Store(t, has)
	return has
}

func typeHasText(t reflect.Type, seen map[reflect.Type]bool) bool {
	if t == textType {
		return true
	}
	if t == dateType || seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		return typeHasText(t.Elem(), seen)
	case reflect.Struct:
		for _, fi := range infoOf(t).fields {
			if typeHasText(t.Field(fi.index).Type, seen) {
				return true
			}
		}
	}
	return false
}

// String formats the position as file:line:col.
func (p Pos) String() string { return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col) }

// PlaceholderTargets, in a practice's step, is replaced by the firm's
// target markets, named in the plan's language ("Brazil, United States"):
// the one placeholder a catalogue text may hold.
const PlaceholderTargets = "{target_markets}"

// placeholders checks the {…} words in t: PlaceholderTargets is the only
// one, it stands only in a practice's steps, and every language of a step
// says it when English does (a translation that drops it drops the firm's
// markets).
func (ch *checker) placeholders(t Text, owner any, w *textWalker) {
	path := w.path()
	_, practice := owner.(*Practice)
	inStep := practice && strings.HasPrefix(path, "steps.")
	for l, s := range t.All() {
		for _, word := range placeholderWords(s) {
			switch {
			case word != PlaceholderTargets:
				errorf(&ch.diags, ch.at(owner, joinPath(path, l)), "placeholder", "validate.placeholder.unknown", word, PlaceholderTargets)
			case !inStep:
				errorf(&ch.diags, ch.at(owner, joinPath(path, l)), "placeholder", "validate.placeholder.where", word)
			}
		}
	}
	if !inStep || !strings.Contains(t.In("en"), PlaceholderTargets) {
		return
	}
	for l, s := range t.All() {
		if !strings.Contains(s, PlaceholderTargets) {
			errorf(&ch.diags, ch.at(owner, joinPath(path, l)), "placeholder", "validate.placeholder.missing", PlaceholderTargets, l)
		}
	}
}

// placeholderWords are the {word}s of s: a brace, lower-case letters or
// underscores, a brace.
func placeholderWords(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return out
		}
		s = s[i:]
		j := 1
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] == '_') {
			j++
		}
		if j > 1 && j < len(s) && s[j] == '}' {
			out = append(out, s[:j+1])
			s = s[j+1:]
			continue
		}
		s = s[1:]
	}
}
