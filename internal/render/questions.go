package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// GuideSchemaVersion is the version of the questionnaire's JSON form.
const GuideSchemaVersion = 1

// Guide is the whole questionnaire in one language: profile questions first,
// then the scored questions by dimension. It is the JSON form of
// `eis questions` and the data behind its text and Markdown forms.
type Guide struct {
	SchemaVersion int              `json:"schema_version"`
	Language      string           `json:"language"`
	Catalogue     GuideCatalogue   `json:"catalogue"`
	Profile       []GuideQuestion  `json:"profile"`
	Dimensions    []GuideDimension `json:"dimensions"`
}

// GuideCatalogue identifies the catalogue the questions come from.
type GuideCatalogue struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Title   string `json:"title"`
}

// GuideDimension is a dimension and its questions.
type GuideDimension struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Description string          `json:"description,omitempty"`
	Axis        string          `json:"axis"`
	Weight      float64         `json:"weight"`
	Questions   []GuideQuestion `json:"questions"`
}

// GuideQuestion is one question with its options, scores and condition.
type GuideQuestion struct {
	// N numbers the questions from 1 across the questionnaire.
	N         int    `json:"n"`
	ID        string `json:"id"`
	Dimension string `json:"dimension,omitempty"`
	Kind      string `json:"kind"`
	// MaxChoices is how many options (or countries) may be chosen at
	// most, for a multiple-choice question that has a limit.
	MaxChoices    int             `json:"max_choices,omitempty"`
	Text          string          `json:"text"`
	Help          string          `json:"help,omitempty"`
	DontKnow      bool            `json:"dont_know"`
	NotApplicable bool            `json:"not_applicable"`
	When          *catalogue.Rule `json:"when,omitempty"`
	// Condition is When in words.
	Condition string        `json:"condition,omitempty"`
	Options   []GuideOption `json:"options"`
}

// GuideOption is one answer and its score (scored questions only).
type GuideOption struct {
	ID    string   `json:"id"`
	Label string   `json:"label"`
	Score *float64 `json:"score,omitempty"`
}

// NewGuide builds the questionnaire in loc from the catalogue.
func NewGuide(cat *catalogue.Catalogue, loc i18n.Locale) Guide {
	g := Guide{
		SchemaVersion: GuideSchemaVersion, Language: loc.Code(),
		Catalogue:  GuideCatalogue{ID: cat.Meta.ID, Version: cat.Meta.Version, Title: oneLine(loc.Pick(cat.Meta.Title))},
		Profile:    []GuideQuestion{},
		Dimensions: []GuideDimension{},
	}
	n := 0
	conv := func(q *catalogue.Question) GuideQuestion {
		n++
		gq := GuideQuestion{
			N: n, ID: q.ID, Dimension: q.Dimension, Kind: q.Kind, MaxChoices: q.MaxChoices,
			Text: oneLine(loc.Pick(q.Text)), Help: oneLine(loc.Pick(q.Help)),
			DontKnow: q.DontKnow, NotApplicable: q.NotApplicable, When: q.When,
			Options: []GuideOption{},
		}
		if q.When != nil {
			gq.Condition = RuleText(cat, q.When, loc)
		}
		for _, o := range q.Options {
			gq.Options = append(gq.Options, GuideOption{ID: o.ID, Label: oneLine(loc.Pick(o.Label)), Score: o.Score})
		}
		return gq
	}
	for _, q := range cat.Profile {
		g.Profile = append(g.Profile, conv(q))
	}
	known := map[string]bool{}
	for _, d := range cat.Dimensions {
		known[d.ID] = true
		gd := GuideDimension{ID: d.ID, Title: oneLine(loc.Pick(d.Title)), Description: oneLine(loc.Pick(d.Description)),
			Axis: d.Axis, Weight: d.Weight, Questions: []GuideQuestion{}}
		for _, q := range cat.QuestionsIn(d.ID) {
			gd.Questions = append(gd.Questions, conv(q))
		}
		g.Dimensions = append(g.Dimensions, gd)
	}
	// Questions of a dimension the catalogue does not declare (an invalid
	// catalogue) are still shown, under their dimension's ID.
	at := map[string]int{}
	for _, q := range cat.Questions {
		if known[q.Dimension] {
			continue
		}
		i, ok := at[q.Dimension]
		if !ok {
			i = len(g.Dimensions)
			at[q.Dimension] = i
			g.Dimensions = append(g.Dimensions, GuideDimension{ID: q.Dimension, Title: q.Dimension, Questions: []GuideQuestion{}})
		}
		g.Dimensions[i].Questions = append(g.Dimensions[i].Questions, conv(q))
	}
	return g
}

// Count is the number of questions in the guide.
func (g Guide) Count() int {
	n := len(g.Profile)
	for _, d := range g.Dimensions {
		n += len(d.Questions)
	}
	return n
}

// GuideProfile, given to Only, keeps the profile questions.
const GuideProfile = "profile"

// Only is g with only the questions that ids name: a question by its ID,
// a dimension (all its questions) by its ID, or the profile questions by
// GuideProfile. Dimensions left with no question are dropped; questions
// keep their numbers in the whole questionnaire.
func (g Guide) Only(ids []string) Guide {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	out := g
	out.Profile = []GuideQuestion{}
	for _, q := range g.Profile {
		if want[GuideProfile] || want[q.ID] {
			out.Profile = append(out.Profile, q)
		}
	}
	out.Dimensions = []GuideDimension{}
	for _, d := range g.Dimensions {
		keep := d
		keep.Questions = []GuideQuestion{}
		for _, q := range d.Questions {
			if want[d.ID] || want[q.ID] {
				keep.Questions = append(keep.Questions, q)
			}
		}
		if len(keep.Questions) > 0 {
			out.Dimensions = append(out.Dimensions, keep)
		}
	}
	return out
}

// Questions writes the questionnaire: as text, as a printable Markdown
// interview guide for advisors, or as JSON (Guide).
func Questions(w io.Writer, cat *catalogue.Catalogue, format string, loc i18n.Locale, o Options) error {
	return QuestionsGuide(w, NewGuide(cat, loc), format, loc, o)
}

// QuestionsGuide writes g (the whole questionnaire, or part of it: see
// Guide.Only) as Questions does.
func QuestionsGuide(w io.Writer, g Guide, format string, loc i18n.Locale, o Options) error {
	w = o.writer(w, format)
	switch format {
	case FormatJSON:
		return writeJSON(w, g)
	case FormatMarkdown:
		var b strings.Builder
		writeGuideMD(&b, g, loc)
		_, err := io.WriteString(w, b.String())
		return err
	case FormatText:
		bw := bufio.NewWriter(w)
		t := &textWriter{w: bw, loc: loc, width: o.width(), c: styler(o.Color)}
		t.guide(g)
		return bw.Flush()
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

func (t *textWriter) guide(g Guide) {
	t.styled(ansiBold, t.tr("render.guide.title")+" — "+g.Catalogue.Title, "", "")
	t.styled(ansiDim, t.loc.N("render.guide.meta", g.Count(), catalogueName(g), g.Count()), "", "")
	t.blank()
	if len(g.Profile) > 0 {
		t.heading(t.tr("render.guide.profile"))
		t.para(t.tr("render.guide.profile.note"), "  ", "  ")
		t.blank()
	}
	for _, q := range g.Profile {
		t.question(q)
	}
	for _, d := range g.Dimensions {
		t.heading(d.Title)
		if d.Description != "" {
			t.para(d.Description, "  ", "  ")
		}
		t.para(axisWord(d.Axis, t.loc)+" · "+t.tr("render.guide.weight", formatNumber(d.Weight, t.loc)), "  ", "  ")
		t.blank()
		for _, q := range d.Questions {
			t.question(q)
		}
	}
}

func (t *textWriter) question(q GuideQuestion) {
	first := fmt.Sprintf("  %d. ", q.N)
	ind := strings.Repeat(" ", cells(first))
	t.styled(ansiBold, q.Text, first, ind)
	t.para(q.ID+" · "+howToAnswer(q, t.loc), ind, ind)
	if q.Condition != "" {
		t.para(t.tr("render.guide.when")+": "+q.Condition, ind, ind)
	}
	if q.Help != "" {
		t.para(t.tr("render.guide.why")+": "+q.Help, ind, ind)
	}
	if q.Kind == catalogue.KindCountry || q.Kind == catalogue.KindCountries {
		// A line to write the countries on.
		t.line(ind + strings.Repeat("_", 40))
	}
	for _, o := range guideOptions(q, t.loc) {
		t.para(o, ind+"[ ] ", ind+"    ")
	}
	t.blank()
}

// guideOptions lists a question's answers as the guide shows them: the
// label and its score, then "Don't know" / "Not applicable" where allowed.
func guideOptions(q GuideQuestion, loc i18n.Locale) []string {
	var out []string
	for _, o := range q.Options {
		s := o.Label
		if o.Score != nil {
			s += " — " + loc.T("render.guide.score", formatNumber(*o.Score, loc))
		}
		out = append(out, s)
	}
	if q.DontKnow {
		out = append(out, loc.T("render.guide.dontknow"))
	}
	if q.NotApplicable {
		out = append(out, loc.T("render.guide.notapplicable"))
	}
	return out
}

// formatNumber writes a score or weight briefly, in the language's digits
// (a decimal comma in Danish).
func formatNumber(f float64, loc i18n.Locale) string { return loc.Number(f, 2) }

// kindWord tells the respondent how to answer a kind of question.
func kindWord(k string, loc i18n.Locale) string { return word("render.kind.", k, loc) }

// howToAnswer tells the respondent how to answer q: its kind's words, or
// for a multiple choice with a limit, how many it takes at most — which
// the question's own text does not repeat (the questionnaire says it too).
func howToAnswer(q GuideQuestion, loc i18n.Locale) string {
	switch {
	case q.MaxChoices > 0 && q.Kind == catalogue.KindCountries:
		return loc.N("render.kind.countries.max", q.MaxChoices, q.MaxChoices)
	case q.MaxChoices > 0 && q.Kind == catalogue.KindMulti:
		return loc.T("render.kind.multi.max", q.MaxChoices)
	}
	return kindWord(q.Kind, loc)
}

// axisWord names an axis.
func axisWord(a string, loc i18n.Locale) string { return word("render.axis.", a, loc) }

// catalogueName is the guide's catalogue's ID and version.
func catalogueName(g Guide) string {
	return strings.TrimSpace(g.Catalogue.ID + " " + g.Catalogue.Version)
}

// writeGuideMD writes the interview guide's Markdown (Go, not a template:
// see writePlanMD).
func writeGuideMD(b *strings.Builder, g Guide, loc i18n.Locale) {
	b.WriteString("# " + loc.T("render.guide.title"))
	if t := g.Catalogue.Title; t != "" {
		b.WriteString(" — " + mdEscape(t))
	}
	b.WriteString("\n\n" + mdEscape(loc.N("render.guide.meta", g.Count(), catalogueName(g), g.Count())) + "\n\n" +
		mdEscape(loc.T("render.guide.intro")) + "\n\n" +
		"| " + loc.T("render.guide.company") + " | " + loc.T("render.label.advisor") + " | " + loc.T("render.guide.date") + " |\n|---|---|---|\n| | | |\n")
	if len(g.Profile) > 0 {
		b.WriteString("\n## " + loc.T("render.guide.profile") + "\n\n*" + mdEscape(loc.T("render.guide.profile.note")) + "*\n")
	}
	for _, q := range g.Profile {
		writeQuestionMD(b, q, loc)
	}
	for _, d := range g.Dimensions {
		b.WriteString("\n## " + mdEscape(d.Title) + "\n")
		if d.Description != "" {
			b.WriteString("\n" + mdEscape(d.Description) + "\n")
		}
		b.WriteString("\n*" + axisWord(d.Axis, loc) + " · " + loc.T("render.guide.weight", formatNumber(d.Weight, loc)) + "*\n")
		for _, q := range d.Questions {
			writeQuestionMD(b, q, loc)
		}
	}
}

// writeQuestionMD writes one question of the guide with its answers.
func writeQuestionMD(b *strings.Builder, q GuideQuestion, loc i18n.Locale) {
	b.WriteString("\n### " + strconv.Itoa(q.N) + ". " + mdEscape(q.Text) + "\n\n`" + q.ID + "` · " + howToAnswer(q, loc))
	if q.Condition != "" {
		b.WriteString(" · *" + loc.T("render.guide.when") + ":* " + mdEscape(q.Condition))
	}
	b.WriteString("\n")
	if q.Help != "" {
		b.WriteString("\n*" + loc.T("render.guide.why") + ":* " + mdEscape(q.Help) + "\n")
	}
	b.WriteString("\n")
	for _, o := range guideOptions(q, loc) {
		b.WriteString("- [ ] " + mdEscape(o) + "\n")
	}
	b.WriteString("\n" + loc.T("render.guide.notes") + ": ____________________________________________\n")
}
