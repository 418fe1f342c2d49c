package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// CompareFormats are the formats Compare can write.
var CompareFormats = []string{FormatText, FormatMarkdown, FormatJSON, FormatHTML}

// LocalizeComparison fills in the titles, texts and labels of a comparison in loc.
func LocalizeComparison(c assessment.Comparison, cat *catalogue.Catalogue, loc i18n.Locale) assessment.Comparison {
	c.Language = loc.Code()
	c.Dimensions = append([]assessment.DimensionChange{}, c.Dimensions...)
	for i := range c.Dimensions {
		c.Dimensions[i].Title = loc.Say(dimensionName(cat, c.Dimensions[i].ID))
	}
	c.StageThen.Title, c.StageNow.Title = stageWord(c.StageThen.ID, loc), stageWord(c.StageNow.ID, loc)
	acts := func(as []assessment.ActionRef) []assessment.ActionRef {
		out := append([]assessment.ActionRef{}, as...)
		for i := range out {
			out[i].Title = out[i].Practice
			if p := cat.Practice(out[i].Practice); p != nil {
				out[i].Title = loc.Pick(p.Title)
			}
		}
		return out
	}
	c.Resolved, c.NewActions = acts(c.Resolved), acts(c.NewActions)
	label := func(q *catalogue.Question, ids []string) string {
		if len(ids) == 0 {
			return loc.T("render.compare.noAnswer")
		}
		var out []string
		for _, id := range ids {
			out = append(out, loc.Say(assessment.OptionText(q, id)))
		}
		return strings.Join(out, ", ")
	}
	changes := func(cs []assessment.AnswerChange) []assessment.AnswerChange {
		out := append([]assessment.AnswerChange{}, cs...)
		for i := range out {
			q := cat.Question(out[i].Question)
			out[i].Text = out[i].Question
			if q != nil {
				out[i].Text = loc.Pick(q.Text)
			}
			out[i].ThenLabel, out[i].NowLabel = label(q, out[i].Then), label(q, out[i].Now)
		}
		return out
	}
	c.NewGaps, c.Closed, c.Changed = changes(c.NewGaps), changes(c.Closed), changes(c.Changed)
	qs := func(rs []assessment.QuestionRef) []assessment.QuestionRef {
		out := append([]assessment.QuestionRef{}, rs...)
		for i := range out {
			out[i].Text = out[i].Question
			if q := cat.Question(out[i].Question); q != nil {
				out[i].Text = loc.Pick(q.Text)
			}
		}
		return out
	}
	c.Added, c.Reworded = qs(c.Added), qs(c.Reworded)
	c.OtherFirm = append([]assessment.FirmDiff{}, c.OtherFirm...)
	for i := range c.OtherFirm {
		d := &c.OtherFirm[i]
		if q := cat.Question(d.What); q != nil {
			d.ThenLabel, d.NowLabel = label(q, []string{d.Then}), label(q, []string{d.Now})
		}
	}
	c.Unfinished = append([]assessment.UnfinishedFile{}, c.Unfinished...)
	dims := func(rs []assessment.DimensionRef) []assessment.DimensionRef {
		out := append([]assessment.DimensionRef{}, rs...)
		for i := range out {
			out[i].Title = loc.Say(dimensionName(cat, out[i].ID))
		}
		return out
	}
	for i := range c.Unfinished {
		u := &c.Unfinished[i]
		u.Unanswered, u.Partly = dims(u.Unanswered), dims(u.Partly)
	}
	return c
}

// Compare writes a localized comparison in the given format.
func Compare(w io.Writer, c assessment.Comparison, format string, o Options) error {
	w = o.writer(w, format)
	switch format {
	case FormatText:
		bw := bufio.NewWriter(w)
		t := &textWriter{w: bw, loc: o.Locale, width: o.width(), c: styler(o.Color)}
		t.comparison(c, true)
		return bw.Flush()
	case FormatMarkdown:
		return compareMarkdown(w, c, o.Locale, true)
	case FormatJSON:
		return writeJSON(w, c)
	case FormatHTML:
		return compareHTML(w, c, o.Locale)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// cmpView says a comparison's parts in a language.
type cmpView struct {
	assessment.Comparison
	loc i18n.Locale
}

func (v cmpView) tr(key string, args ...any) string { return v.loc.T(key, args...) }

// when is "Then: 2026-05-01 (catalogue 2026.05) · now: 2026-11-18".
func (v cmpView) when() string {
	return v.tr("render.compare.when", v.Then.UTC().Format("2006-01-02"), v.ThenCatalogue, v.Now.UTC().Format("2006-01-02"), v.Catalogue.Version)
}

// otherFirm warns that the two files look like two firms' answers, saying
// what differs; "" when they look like one firm's.
func (v cmpView) otherFirm() string {
	if len(v.OtherFirm) == 0 {
		return ""
	}
	return v.tr("render.compare.otherFirm", FirmDiffs(v.Comparison, v.loc))
}

// FirmDiffs says what identifies a firm and differs between the files of a
// localized comparison (c.OtherFirm), in loc: "Company: Acme → Bager
// Hansen; Region: Donegal → Central Denmark"; "" when nothing does.
func FirmDiffs(c assessment.Comparison, loc i18n.Locale) string {
	var what []string
	for _, d := range c.OtherFirm {
		word := loc.T("render.label." + d.What)
		if d.What == "company" {
			word = loc.T("render.guide.company")
		}
		what = append(what, word+": "+oneLine(d.ThenLabel)+" → "+oneLine(d.NowLabel))
	}
	return strings.Join(what, "; ")
}

// unfinished says of each file compared that leaves areas unanswered
// that it is unfinished, which areas it answers in part or not at all,
// and what that does to the comparison: one paragraph per file, the
// earlier first; nil when both answer every area.
func (v cmpView) unfinished() []string {
	var out []string
	for _, u := range v.Unfinished {
		file, when := "then", v.Then
		if u.File == "now" {
			file, when = "now", v.Now
		}
		s := []string{v.tr("render.compare.unfinished."+file, when.UTC().Format("2006-01-02"), u.AnsweredDimensions, u.TotalDimensions)}
		if len(u.Unanswered) > 0 {
			s = append(s, v.tr("render.compare.unfinished.open", dimensionList(u.Unanswered)))
		}
		if len(u.Partly) > 0 {
			s = append(s, v.tr("render.compare.unfinished.partly", dimensionList(u.Partly)))
		}
		out = append(out, strings.Join(append(s, v.tr("render.compare.unfinished.effect."+file)), " "))
	}
	return out
}

// dimensionList is "Market knowledge; Legal, IP and compliance": a
// dimension's title can hold a comma.
func dimensionList(rs []assessment.DimensionRef) string {
	var out []string
	for _, r := range rs {
		t := oneLine(r.Title)
		if t == "" {
			t = r.ID
		}
		out = append(out, t)
	}
	return strings.Join(out, "; ")
}

// stage is "First exports → Expanding (a stage up)".
func (v cmpView) stage() string {
	if v.StageMove == "same" {
		return v.tr("render.compare.stage.same", oneLine(v.StageNow.Title))
	}
	return v.tr("render.compare.stage."+v.StageMove, oneLine(v.StageThen.Title), oneLine(v.StageNow.Title))
}

// delta says a change in percentage points, "unchanged" where the two
// percentages shown are the same (a column of "0 points" hides the rows
// that moved), or "—".
func (v cmpView) delta(c assessment.Change) string {
	d, ok := shownDelta(c)
	if !ok {
		return "—"
	}
	if signedPoints(d) == "0" {
		return v.tr("render.compare.same")
	}
	return v.tr("render.compare.points", signedPoints(d))
}

// otherChanges are the changed answers not listed already as a new gap
// or a closed one, and the heading that lists them: "3 answers changed",
// or "2 other answers changed" after the gaps; none when there are none.
// Each change is said once, where it belongs.
func (v cmpView) otherChanges() (string, []string) {
	rest, afterGaps := v.others()
	n := len(rest)
	if n == 0 {
		return "", nil
	}
	if afterGaps {
		return v.loc.N("render.compare.changedOther", n, n), v.changeLines(rest)
	}
	return v.loc.N("render.compare.changed", n, n), v.changeLines(rest)
}

// others are the changed answers not listed as a new gap or a closed one,
// and whether any is listed so (the gap lists come before them).
func (v cmpView) others() (rest []assessment.AnswerChange, afterGaps bool) {
	listed := map[string]bool{}
	for _, c := range append(append([]assessment.AnswerChange{}, v.NewGaps...), v.Closed...) {
		listed[c.Question] = true
	}
	for _, c := range v.Changed {
		if !listed[c.Question] {
			rest = append(rest, c)
		}
	}
	return rest, len(listed) > 0
}

// sinceChanged is what a plan's section on progress says of the answers
// that changed, which it does not list: how many changed besides the gaps
// it lists above ("1 other answer changed since then"), each change counted
// once as the comparison lists it, and that eis compare lists them. For
// the reader of the HTML report (reader), without the command. "" when
// no other answer changed.
func (v cmpView) sinceChanged(reader bool) string {
	rest, afterGaps := v.others()
	n := len(rest)
	switch {
	case n == 0:
		return ""
	case afterGaps && reader:
		return v.loc.N("render.compare.changedOtherCountReader", n, n)
	case afterGaps:
		return v.loc.N("render.compare.changedOtherCount", n, n)
	case reader:
		return v.loc.N("render.compare.changedCountReader", n, n)
	}
	return v.loc.N("render.compare.changedCount", n, n)
}

// shownDelta is the change c as the reader sees it: the difference of
// the two percentages as they are shown (27 % then, 31 % now: +4 points,
// where the unrounded scores differ by 3.4), so that the columns add up;
// the change as computed where either score is missing; false for none.
func shownDelta(c assessment.Change) (float64, bool) {
	if c.Delta == nil {
		return 0, false
	}
	if c.Then == nil || c.Now == nil {
		return *c.Delta, true
	}
	return (shownPoints(*c.Now) - shownPoints(*c.Then)) / 100, true
}

// catalogueChange sums up what the catalogue gained and lost since, or "".
func (v cmpView) catalogueChange() []string {
	var out []string
	if n := len(v.Added); n > 0 {
		out = append(out, v.loc.N("render.compare.added", n, n))
	}
	if n := len(v.Removed); n > 0 {
		out = append(out, v.loc.N("render.compare.removed", n, n, strings.Join(v.Removed, ", ")))
	}
	if n := len(v.Reworded); n > 0 {
		out = append(out, v.loc.N("render.compare.reworded", n, n))
	}
	return out
}

// comparison writes the comparison for a terminal; whole adds the title
// (eis compare), else it is the "since last time" section of a plan.
func (t *textWriter) comparison(c assessment.Comparison, whole bool) {
	v := cmpView{c, t.loc}
	if whole {
		title := v.tr("render.compare.title")
		if co := oneLine(c.Company); co != "" {
			title += " — " + co
		}
		t.styled(ansiBold, title, "", "")
	} else {
		t.heading(v.tr("render.compare.since"))
	}
	if s := v.otherFirm(); s != "" {
		t.styled(ansiBold, s, "  ! ", "    ")
	}
	for _, s := range v.unfinished() {
		t.styled(ansiBold, s, "  ! ", "    ")
	}
	t.para(v.when(), "  ", "  ")
	t.para(v.stage(), "  ", "  ")
	t.blank()
	w := cells(v.tr("render.plan.overall"))
	for _, d := range c.Dimensions {
		w = max(w, cells(oneLine(d.Title)))
	}
	// The change column is as wide as its widest cell ("+12 points",
	// "unchanged" in the language).
	cw := max(9, cells(v.tr("render.compare.change")), cells(v.delta(c.Overall)))
	for _, d := range c.Dimensions {
		cw = max(cw, cells(v.delta(d.Scores())))
	}
	w = min(w, t.width-21-cw)
	head := "  " + pad("", w) + "  " + padLeft(v.tr("render.compare.then"), 6) + "  " + padLeft(v.tr("render.compare.now"), 6) + "  " + padLeft(v.tr("render.compare.change"), cw)
	t.line(strings.TrimRight(head, " "))
	row := func(label string, ch assessment.Change) {
		for i, l := range cellLines(oneLine(label), w) {
			if i == 0 {
				l += "  " + padLeft(scoreCell(t.loc, ch.Then), 6) + "  " + padLeft(scoreCell(t.loc, ch.Now), 6) + "  " + padLeft(v.delta(ch), cw)
			}
			t.line(strings.TrimRight("  "+l, " "))
		}
	}
	row(v.tr("render.plan.overall"), c.Overall)
	for _, d := range c.Dimensions {
		row(d.Title, d.Scores())
	}
	t.blank()
	// The lists below close with an empty line of their own; with none of
	// them, the table's is the last.
	listed := false
	list := func(heading string, items []string) {
		if len(items) == 0 {
			return
		}
		listed = true
		t.styled(ansiBold, heading, "  ", "  ")
		for _, it := range items {
			t.para(it, "  - ", "    ")
		}
	}
	list(v.tr("render.compare.resolved"), actionTitlesOf(c.Resolved))
	list(v.tr("render.compare.newActions"), actionTitlesOf(c.NewActions))
	list(v.tr("render.compare.newGaps"), v.changeLines(c.NewGaps))
	list(v.tr("render.compare.closed"), v.changeLines(c.Closed))
	switch n := len(c.Changed); {
	case whole && n == 0:
		listed = true
		t.para(v.tr("render.compare.unchanged"), "  ", "  ")
	case whole:
		list(v.otherChanges())
	default:
		if s := v.sinceChanged(false); s != "" {
			listed = true
			t.para(s, "  ", "  ")
		}
	}
	for _, s := range v.catalogueChange() {
		listed = true
		t.para(s, "  ! ", "    ")
	}
	if listed {
		t.blank()
	}
}

func actionTitlesOf(as []assessment.ActionRef) []string {
	var out []string
	for _, a := range as {
		out = append(out, oneLine(a.Title))
	}
	return out
}

// changeLines are "Question: then → now" lines.
func (v cmpView) changeLines(cs []assessment.AnswerChange) []string {
	var out []string
	for _, c := range cs {
		out = append(out, oneLine(c.Text)+" "+oneLine(c.ThenLabel)+" → "+oneLine(c.NowLabel))
	}
	return out
}

func compareMarkdown(w io.Writer, c assessment.Comparison, loc i18n.Locale, whole bool) error {
	v := cmpView{c, loc}
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	if whole {
		title := v.tr("render.compare.title")
		if co := oneLine(c.Company); co != "" {
			title += " — " + co
		}
		p("# %s\n\n", mdEscape(title))
	} else {
		p("## %s\n\n", mdEscape(v.tr("render.compare.since")))
	}
	if s := v.otherFirm(); s != "" {
		p("> **%s**\n\n", mdEscape(s))
	}
	for _, s := range v.unfinished() {
		p("> **%s**\n\n", mdEscape(s))
	}
	p("%s  \n%s\n\n", mdEscape(v.when()), mdEscape(v.stage()))
	p("| %s | %s | %s | %s |\n|---|---:|---:|---:|\n", mdEscape(v.tr("render.plan.dimension")), mdEscape(v.tr("render.compare.then")), mdEscape(v.tr("render.compare.now")), mdEscape(v.tr("render.compare.change")))
	p("| %s | %s | %s | %s |\n", mdEscape(v.tr("render.plan.overall")), scoreCell(loc, c.Overall.Then), scoreCell(loc, c.Overall.Now), mdEscape(v.delta(c.Overall)))
	for _, d := range c.Dimensions {
		p("| %s | %s | %s | %s |\n", mdEscape(d.Title), scoreCell(loc, d.Then), scoreCell(loc, d.Now), mdEscape(v.delta(d.Scores())))
	}
	h := "###"
	if whole {
		h = "##"
	}
	list := func(heading string, items []string) {
		if len(items) == 0 {
			return
		}
		p("\n%s %s\n\n", h, mdEscape(heading))
		for _, it := range items {
			p("- %s\n", mdEscape(it))
		}
	}
	list(v.tr("render.compare.resolved"), actionTitlesOf(c.Resolved))
	list(v.tr("render.compare.newActions"), actionTitlesOf(c.NewActions))
	list(v.tr("render.compare.newGaps"), v.changeLines(c.NewGaps))
	list(v.tr("render.compare.closed"), v.changeLines(c.Closed))
	switch n := len(c.Changed); {
	case whole && n == 0:
		p("\n%s\n", mdEscape(v.tr("render.compare.unchanged")))
	case whole:
		list(v.otherChanges())
	default:
		if s := v.sinceChanged(false); s != "" {
			p("\n%s\n", mdEscape(s))
		}
	}
	if cc := v.catalogueChange(); len(cc) > 0 {
		p("\n")
		for _, s := range cc {
			p("> %s\n", mdEscape(s))
		}
	}
	p("\n")
	_, err := io.WriteString(w, b.String())
	return err
}
