package assessment

import (
	"errors"
	"sort"
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
	// ShowAll makes every action shown (TopActions = all), in schedule
	// order, instead of choosing the MaxShownActions to show first.
	ShowAll bool
}

// Build turns the answers in f into a plan against cat: readiness per
// dimension and axis, the stage with its reason, ranked and scheduled
// actions with their reasons, ideas from other regions, questions to
// clarify, notes and warnings. It is deterministic: the same inputs give an
// identical plan. An incomplete file gives a plan too, with a warning.
func Build(cat *catalogue.Catalogue, f *answers.File, opts BuildOptions) (Plan, error) {
	if cat == nil {
		return Plan{}, errors.New("assessment: no catalogue")
	}
	if f == nil {
		return Plan{}, errors.New("assessment: no answers")
	}
	fx := NewFacts(cat, f)
	sc := fx.scores()
	p := Plan{
		SchemaVersion: SchemaVersion,
		Generated:     opts.Now.UTC(),
		Catalogue:     CatRef{ID: cat.Meta.ID, Version: cat.Meta.Version, Digest: cat.Digest},
		Overall:       sc.overall,
		Stage:         stageView(cat, sc.stage),
		Actions:       []Action{},
		Ideas:         []Action{},
		ToClarify:     []Clarify{},
	}
	p.Respondent, p.WarningMessages = respondent(f, fx)
	p.WarningMessages = append(append([]diag.Message{}, opts.Warnings...), p.WarningMessages...)

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
	open := map[string]bool{}
	for _, q := range missing {
		open[q.Dimension] = true
	}
	begun := map[string]bool{}
	for _, q := range cat.Questions {
		if _, ok := fx.given[q.ID]; ok {
			begun[q.Dimension] = true
		}
	}
	for _, d := range cat.Dimensions {
		switch {
		case !open[d.ID]:
			p.AnsweredDimensions++
		case begun[d.ID]:
			p.PartlyAnsweredDimensions++
		}
	}
	if !p.Complete {
		p.WarningMessages = append(p.WarningMessages, diag.N("assessment.warn.incomplete", len(missing), len(missing)))
	}

	fm := firmOf(cat, fx)
	acts, ideas := match(cat, fx, fm, opts.Now)
	schedule(acts)
	shown := len(acts)
	if !opts.ShowAll {
		shown = showFirst(acts, MaxShownActions)
	}
	inPlan := map[string]bool{}
	for _, c := range acts {
		inPlan[c.p.ID] = true
	}
	for _, c := range acts {
		p.Actions = append(p.Actions, action(cat, c, fm, sc.dims, inPlan, opts.Now))
	}
	for _, c := range ideas {
		p.Ideas = append(p.Ideas, action(cat, c, fm, sc.dims, nil, opts.Now))
	}
	p.TopActions = shown
	if n := ownRegionNotice(cat, fm, acts); !n.IsZero() {
		p.NoticeMessages = append(p.NoticeMessages, n)
	}
	p.Notes = notes(cat, f)
	return p, nil
}

// ownRegionNotice says why the plan has no programme of the firm's own
// region, when it has none: none of the region's programmes fits the
// answers, or the catalogue has no programme of that region (the catch-alls
// "other-eu" and "non-eu", or a region without practices). Empty when an
// own-region programme is an action or the region is not known.
func ownRegionNotice(cat *catalogue.Catalogue, fm firm, acts []*candidate) diag.Message {
	if fm.region == "" || fm.region == catalogue.DontKnow || fm.region == catalogue.NotApplicable {
		return diag.Message{}
	}
	for _, c := range acts {
		if c.scope == ScopeOwnRegion && c.p.Type == "programme" {
			return diag.Message{}
		}
	}
	name := RegionName(cat, fm.region)
	for _, pr := range cat.Practices {
		if pr.Region == fm.region && pr.Type == "programme" {
			if fm.euMember {
				return diag.M("assessment.notice.noOwnFits", name)
			}
			// The EU-wide actions apply to firms in EU member regions only.
			return diag.M("assessment.notice.noOwnFits.general", name)
		}
	}
	if fm.euMember {
		return diag.M("assessment.notice.noOwnProgrammes.eu", name)
	}
	return diag.M("assessment.notice.noOwnProgrammes", name)
}

// respondent fills Who's IDs from the profile answers (the names are the
// output's to say); it warns when the region is not given.
func respondent(f *answers.File, fx *Facts) (Who, []diag.Message) {
	w := Who{Company: f.Respondent.Company, Advisor: f.Respondent.Advisor}
	one := func(id string) string {
		v, ok := fx.Given(id)
		if !ok || len(v.Options) != 1 {
			return ""
		}
		return v.Options[0]
	}
	var warns []diag.Message
	w.Region = one(ProfileRegion)
	if w.Region != "" && (w.Region == catalogue.DontKnow || w.Region == catalogue.NotApplicable) {
		w.Region = ""
	}
	if w.Region == "" {
		warns = append(warns, diag.M("assessment.warn.noRegion"))
	}
	w.Sector = one(ProfileSector)
	w.Size = one(ProfileSize)
	w.Exports = one(ProfileExports)
	if v, ok := fx.Given(ProfileMarkets); ok && v.Reserved() == "" {
		w.Markets = append([]string{}, v.Options...)
	}
	return w, warns
}

// firmOf reads what matching needs from the profile answers.
func firmOf(cat *catalogue.Catalogue, fx *Facts) firm {
	get := func(id string) string {
		v, ok := fx.Given(id)
		if !ok || len(v.Options) != 1 || v.Reserved() != "" {
			return ""
		}
		return v.Options[0]
	}
	fm := firm{region: get(ProfileRegion), size: get(ProfileSize), sector: get(ProfileSector)}
	if r := cat.Region(fm.region); r != nil {
		fm.euMember = r.EUMember
	}
	return fm
}

// clarify lists the asked questions answered "don't know", then those not
// answered yet, each in question order: the answers to find out come before
// the questionnaire still to finish.
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

// action turns a candidate into the plan's Action (its texts are the
// output's to fill in). inPlan (nil for ideas) names the practices that are
// actions, for After.
func action(cat *catalogue.Catalogue, c *candidate, fm firm, dims map[string]*DimScore, inPlan map[string]bool, now time.Time) Action {
	p := c.p
	a := Action{
		Practice:     p.ID,
		Region:       p.Region,
		Organisation: p.Organisation,
		URL:          p.URL,
		Type:         p.Type,
		Horizon:      Horizons[horizonIndex(effortLevel[p.Effort])],
		Effort:       p.Effort,
		Cost:         p.Cost,
		Impact:       p.Impact,
		Confidence:   p.Confidence,
		Scope:        c.scope,
		Historic:     !running(p, now),
		Dimensions:   append([]string{}, p.Dimensions...),
		Steps:        []string{},
		Reasons:      append([]Reason{}, c.reasons...),
		Rank:         c.rank,
	}
	if inPlan != nil {
		a.Horizon = Horizons[horizonIndex(c.level)]
		for _, id := range p.After {
			if inPlan[id] && id != p.ID {
				a.After = append(a.After, id)
			}
		}
		sort.Strings(a.After)
	}
	if p.ValidUntil != nil {
		a.ValidUntil = p.ValidUntil.String()
	}
	if inPlan == nil {
		// An idea: which of the firm's gaps it works on (the output adds
		// what the practice achieved and what others can take from it);
		// no steps, as they are another region's.
		a.Reasons = []Reason{}
		for _, d := range c.weak {
			a.Reasons = appendReasons(a.Reasons, gapReason(cat, d, dims))
		}
		return a
	}
	if !hasAnswerOrScore(a.Reasons) {
		// No answer or score decided it (a stage-only rule): say which of
		// the firm's scores it works on.
		for _, d := range p.Dimensions {
			a.Reasons = appendReasons(a.Reasons, gapReason(cat, d, dims))
		}
	}
	if c.door && inPlan != nil {
		a.Reasons = appendReasons(a.Reasons, Reason{Kind: ReasonProfile, Ref: ProfileRegion,
			Message: diag.M("assessment.reason.firstDoor", RegionName(cat, fm.region))})
	}
	switch {
	case c.scope == ScopeOwnRegion && fm.region != "":
		a.Reasons = appendReasons(a.Reasons, Reason{Kind: ReasonProfile, Ref: ProfileRegion,
			Message: diag.M("assessment.reason.region", RegionName(cat, fm.region))})
	case c.scope == ScopeEU && fm.region != "":
		a.Reasons = appendReasons(a.Reasons, Reason{Kind: ReasonProfile, Ref: ProfileRegion,
			Message: diag.M("assessment.reason.eu", RegionName(cat, fm.region))})
	}
	return a
}

// hasAnswerOrScore reports whether a reason names an answer, a profile
// answer or a score.
func hasAnswerOrScore(rs []Reason) bool {
	for _, r := range rs {
		if r.Kind != ReasonStage {
			return true
		}
	}
	return false
}

// gapReason says how the firm scores in a dimension a practice works on.
func gapReason(cat *catalogue.Catalogue, dim string, dims map[string]*DimScore) Reason {
	title := dimensionTitle(cat, dim)
	if ds := dims[dim]; ds != nil && ds.Score != nil {
		return Reason{Kind: ReasonScore, Ref: dim, Message: diag.M("assessment.reason.worksOn", diag.MidSentence{Arg: title}, diag.Percent{Value: *ds.Score})}
	}
	return Reason{Kind: ReasonScore, Ref: dim, Message: diag.M("assessment.reason.worksOnUnknown", diag.MidSentence{Arg: title})}
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
	order := map[string]int{NoteGeneral: 0}
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
