package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// PlanText writes p for a terminal: wrapped to o.Width, coloured only when
// o.Color is set.
func PlanText(w io.Writer, p assessment.Plan, o Options) error {
	w = o.writer(w, FormatText)
	bw := bufio.NewWriter(w)
	t := &textWriter{w: bw, loc: o.Locale, width: o.width(), c: styler(o.Color), all: o.allCommand(o.Locale), resume: o.resumeCommand(o.Locale), dims: dimTitles(p)}
	t.plan(p)
	return bw.Flush()
}

// textWriter accumulates text output with the plan's language and width.
type textWriter struct {
	w     *bufio.Writer
	loc   i18n.Locale
	width int
	c     styler
	all   string // the command that shows every action
	// resume is the command that continues an unfinished assessment.
	resume string
	// dims names the plan's dimensions by ID (for the targets lines).
	dims map[string]string
}

func (t *textWriter) tr(key string, args ...any) string { return t.loc.T(key, args...) }

func (t *textWriter) line(s string) { t.w.WriteString(s + "\n") }

func (t *textWriter) blank() { t.w.WriteString("\n") }

// para writes s wrapped, the first line after first and the others after rest.
func (t *textWriter) para(s, first, rest string) {
	for _, l := range wrap(s, t.width, first, rest) {
		t.line(l)
	}
}

// fields writes short fields joined by " · ", breaking lines between fields
// rather than inside them where it can.
func (t *textWriter) fields(fs []string, ind string) {
	for _, l := range joinWrap(fs, " · ", t.width, ind) {
		t.para(l, ind, ind)
	}
}

// styled writes s wrapped like para, then styles each line's text (not its
// indent): styling first would make the escape codes count as width.
func (t *textWriter) styled(code, s, first, rest string) {
	for i, l := range wrap(s, t.width, first, rest) {
		ind := first
		if i > 0 {
			ind = rest
		}
		t.line(ind + t.c.s(code, strings.TrimPrefix(l, ind)))
	}
}

// link writes a labelled URL laid out by linkLines, so that it is never
// broken and copies whole; only the URL is coloured.
func (t *textWriter) link(ind, label, url string) {
	for _, l := range linkLines(ind, label, url, t.width) {
		t.line(l.prefix + t.c.s(ansiCyan, l.url))
	}
}

// heading writes a section heading, wrapped like a paragraph (some are
// longer than a narrow terminal).
func (t *textWriter) heading(s string) { t.styled(ansiBold, s, "", "") }

func (t *textWriter) plan(p assessment.Plan) {
	title := t.tr("render.plan.title")
	if p.Respondent.Company != "" {
		title += " — " + oneLine(p.Respondent.Company)
	}
	t.styled(ansiBold, title, "", "")
	t.fields(whoFields(p.Respondent, t.loc), "")
	t.fields(profileFields(p), "")
	t.styled(ansiDim, generatedLine(p, t.loc), "", "")
	t.blank()
	if b := unfinishedBanner(p, t.loc); b != "" {
		t.styled(ansiYellow, b+" "+t.loc.T("render.plan.unfinished.continue"), "! ", "  ")
		// The command on a line of its own, never wrapped, so it copies whole.
		t.line("    " + oneLine(t.resume))
		t.blank()
	}

	if len(p.FirstSteps) > 0 {
		t.heading(t.tr("render.plan.firstSteps"))
		for i, s := range p.FirstSteps {
			first := fmt.Sprintf("  %d. ", i+1)
			ind := strings.Repeat(" ", cells(first))
			t.para(s.Text, first, ind)
			if s.Detail != "" {
				t.para("— "+s.Detail, ind, ind+"  ")
			}
		}
		t.blank()
	}
	if p.Uncertain != nil {
		t.clarify(p)
	}

	t.styled(ansiBold, t.tr("render.label.stage")+": "+stageTitle(p.Stage, t.loc), "", "")
	if p.Stage.Reason != "" {
		t.para(p.Stage.Reason, "  ", "  ")
	}
	for _, l := range marketStageLines(p, t.loc) {
		t.para(l, "  ", "    ")
	}
	t.blank()

	t.readiness(p)
	if lines := targetLines(p, t.loc); len(lines) > 0 {
		t.heading(t.tr("render.targets"))
		for _, l := range lines {
			t.para(l, "  - ", "    ")
		}
		t.blank()
	}
	if p.Since != nil {
		t.comparison(*p.Since, false)
	}

	t.heading(t.tr("render.plan.actions"))
	ra := resumeAfter(p, t.loc)
	for i, n := range p.Notices {
		t.para(n.Text, "  ", "  ")
		if i == ra {
			// The command on a line of its own, never wrapped, so it copies whole.
			t.line("    " + oneLine(t.resume))
		}
		t.blank()
	}
	if len(p.Actions) == 0 {
		t.para(t.tr("render.plan.actions.none"), "  ", "  ")
		t.blank()
	}
	titles := actionTitles(p)
	shown, rest := splitShown(p)
	n := 0
	for _, g := range groupByHorizon(shown) {
		t.styled(ansiBold, horizonTitle(g.Horizon, t.loc), "  ", "  ")
		for _, a := range g.Actions {
			n++
			t.action(a, fmt.Sprintf("  %d. ", n), titles, p.ShowAll)
		}
	}
	if len(rest) > 0 && p.ShowAll {
		t.styled(ansiBold, t.tr("render.plan.moreActions"), "  ", "  ")
		for _, a := range rest {
			n++
			t.action(a, fmt.Sprintf("  %d. ", n), titles, true)
		}
	}
	if len(rest) > 0 && !p.ShowAll {
		t.para(t.loc.N("render.plan.more", len(rest), len(rest)), "  ", "  ")
		// The command on a line of its own, never wrapped, so it copies whole.
		t.line("    " + oneLine(t.all))
		t.blank()
	}
	if p.ShowAll && len(p.NotForYou) > 0 {
		t.heading(t.tr("render.plan.notForYou"))
		for _, nf := range p.NotForYou {
			head := oneLine(nf.Title)
			if nf.Organisation != "" && !strings.Contains(head, nf.Organisation) {
				head += " · " + oneLine(nf.Organisation)
			}
			t.styled(ansiBold, head, "  - ", "    ")
			t.para(t.tr("render.label.notForYou")+": "+joinTexts(nf.Why, "; ", MaxWhy), "    ", "    ")
		}
		t.blank()
	}

	if len(p.Markets) > 0 {
		t.heading(t.tr("render.plan.markets"))
		for _, m := range p.Markets {
			t.market(m)
		}
	}

	if len(p.Ideas) > 0 {
		t.heading(t.tr("render.plan.ideas"))
		t.para(t.tr("render.plan.ideas.intro"), "  ", "  ")
		t.blank()
		for _, d := range p.Ideas {
			t.idea(d, "  - ")
		}
	}

	if p.Uncertain == nil {
		t.clarify(p)
	}

	if len(p.Notes) > 0 {
		t.heading(t.tr("render.plan.notes"))
		for _, nt := range p.Notes {
			t.para(noteLead(nt, t.loc)+" "+nt.Text, "  - ", "    ")
		}
		t.blank()
	}

	if len(p.Warnings) > 0 {
		t.heading(t.c.s(ansiYellow, t.tr("render.plan.warnings")))
		for _, s := range p.Warnings {
			t.para(s, "  ! ", "    ")
		}
		t.blank()
	}
}

// clarify writes "To clarify": the answers to find out, with whom, then
// the questions not answered yet.
func (t *textWriter) clarify(p assessment.Plan) {
	if len(p.ToClarify) == 0 {
		return
	}
	t.heading(t.tr("render.plan.clarify"))
	for _, l := range clarifyLines(p, t.loc) {
		if l.Item == nil {
			t.para(l.Summary, "  - ", "    ")
			continue
		}
		t.para(clarifyText(p, *l.Item, t.loc), "  - ", "    ")
	}
	t.blank()
}

// market writes the section of one target market.
func (t *textWriter) market(m assessment.MarketView) {
	t.styled(ansiBold, marketHeading(m, t.loc), "  ", "    ")
	for _, n := range m.Notes {
		s := n.Text
		if c := confidenceWarning(n.Confidence, t.loc); c != "" {
			s += " (" + c + ")"
		}
		t.para(s, "    - ", "      ")
	}
	for _, l := range m.Lines {
		t.para(l.Text, "    - ", "      ")
	}
	for _, s := range m.Support {
		t.para(supportLine(s, t.loc), "    - ", "      ")
	}
	if m.NoSupport != nil {
		t.para(m.NoSupport.Text, "    - ", "      ")
	}
	t.blank()
}

// readiness writes overall, axis and dimension scores with bars.
func (t *textWriter) readiness(p assessment.Plan) {
	t.heading(t.tr("render.plan.readiness"))
	type row struct {
		label, indent string
		score         *float64
		clarify       int
	}
	rows := []row{{label: t.tr("render.plan.overall"), indent: "  ", score: p.Overall, clarify: -1}}
	clar := map[string]int{}
	for _, c := range p.ToClarify {
		clar[c.Dimension]++
	}
	seen := map[string]bool{}
	for _, ax := range p.Axes {
		rows = append(rows, row{label: ax.Title, indent: "  ", score: ax.Score, clarify: -1})
		for _, d := range p.Dimensions {
			if d.Axis == ax.ID {
				seen[d.ID] = true
				rows = append(rows, row{label: d.Title, indent: "    ", score: d.Score, clarify: clar[d.ID]})
			}
		}
	}
	for _, d := range p.Dimensions {
		if !seen[d.ID] {
			rows = append(rows, row{label: d.Title, indent: "  ", score: d.Score, clarify: clar[d.ID]})
		}
	}
	// On a narrow terminal "no score" loses its count of questions to
	// clarify (they are listed below) rather than cut the labels short.
	short := false
	noScore := func(r row) string {
		if r.clarify > 0 && !short {
			return "—  " + t.tr("render.plan.noscore.clarify", r.clarify)
		}
		return "—  " + t.tr("render.plan.noscore")
	}
	// The label column fits the longest label but leaves room for what
	// follows: the bar and percentage (10 + "  100%"), or "no score".
	cellsOfBar := barLen(t.width)
	labels := 0
	for _, r := range rows {
		labels = max(labels, cells(r.indent)+cells(oneLine(r.label)))
	}
	fit := func() int {
		tail := cellsOfBar + 2 + cells(percent(t.loc, 1))
		for _, r := range rows {
			if r.score == nil {
				tail = max(tail, cells(noScore(r)))
			}
		}
		return max(min(labels, t.width-2-tail), 12)
	}
	col := fit()
	if col < min(labels, 24) {
		short = true
		col = fit()
	}
	for i, r := range rows {
		if i == 1 && len(p.Axes) > 0 {
			t.blank()
		}
		label := pad(truncate(r.indent+oneLine(r.label), col), col)
		if r.score == nil {
			t.line(label + "  " + t.c.s(ansiDim, noScore(r)))
			continue
		}
		f, e := barOf(*r.score, cellsOfBar)
		t.line(label + "  " + t.c.s(scoreColour(*r.score), f) + t.c.s(ansiDim, e) + "  " + padLeft(percent(t.loc, *r.score), cells(percent(t.loc, 1))))
	}
	t.blank()
}

// action writes one action: title (and "Start here" for the door), who
// runs it and for whom, summary, link or contact, effort, cost and impact,
// confidence, at most three reasons, what to check, the alternatives,
// steps and what to do first.
func (t *textWriter) action(a assessment.Action, first string, titles map[string]string, all bool) {
	ind := strings.Repeat(" ", cells(first))
	head := oneLine(a.Title)
	if k := doorLabel(a); k != "" {
		head += " — " + t.tr(k)
	}
	t.styled(ansiBold, head, first, ind)
	t.fields(actionWho(a, t.loc), ind)
	if a.Summary != "" {
		t.para(a.Summary, ind, ind)
	}
	if a.URL != "" {
		t.link(ind, t.tr("render.label.link")+":", a.URL)
	} else if c := contactText(a.Contact, t.loc); c != "" {
		t.para(c, ind, ind+"  ")
	}
	t.fields(effortFields(a, t.loc), ind)
	if a.ValidUntil != "" {
		t.para(t.tr("render.label.until", a.ValidUntil), ind, ind)
	}
	if c := confidenceWarning(a.Confidence, t.loc); c != "" {
		t.styled(ansiYellow, t.tr("render.label.confidence")+": "+c, ind, ind)
	}
	why := t.tr("render.label.why") + ": "
	for _, r := range a.Reasons {
		t.para(r.Text, ind+why, ind+strings.Repeat(" ", cells(why)))
	}
	for _, c := range a.Checks {
		t.styled(ansiYellow, c.Text, ind, ind+"  ")
	}
	if s := alternativesText(a, t.loc, all); s != "" {
		t.para(s, ind, ind+"  ")
	}
	if len(a.Steps) > 0 {
		t.line(ind + t.tr("render.label.steps") + ":")
		for i, s := range a.Steps {
			sf := fmt.Sprintf("%s  %d) ", ind, i+1)
			t.para(s, sf, strings.Repeat(" ", cells(sf)))
		}
	}
	if len(a.After) > 0 {
		var names []string
		for _, id := range a.After {
			names = append(names, titleOr(titles, id))
		}
		t.para(t.tr("render.label.after")+": "+strings.Join(names, "; "), ind, ind)
	}
	if a.HeldBack != nil {
		t.styled(ansiYellow, a.HeldBack.Text, ind, ind)
	}
	if c := closesLine(a, t.dims, t.loc); c != "" {
		t.styled(ansiGreen, c, ind, ind)
	}
	t.blank()
}

// idea writes an idea from another region: what the firm can do or ask
// for, then where the idea comes from, and the need it meets.
func (t *textWriter) idea(d assessment.Idea, first string) {
	ind := strings.Repeat(" ", cells(first))
	t.para(d.Idea, first, ind)
	t.para(t.tr("render.label.inspired")+": "+ideaSource(d), ind, ind+"  ")
	if d.Historic {
		t.styled(ansiYellow, t.tr("render.label.historic.idea"), ind, ind)
	}
	if c := confidenceWarning(d.Confidence, t.loc); c != "" {
		t.styled(ansiYellow, t.tr("render.label.confidence")+": "+c, ind, ind)
	}
	if d.URL != "" {
		t.link(ind, t.tr("render.label.link")+":", d.URL)
	}
	why := t.tr("render.label.why") + ": "
	for _, r := range d.Reasons {
		t.para(r.Text, ind+why, ind+strings.Repeat(" ", cells(why)))
	}
	t.blank()
}

// horizonGroup is the actions of one horizon, in plan order.
type horizonGroup struct {
	Horizon string
	Actions []assessment.Action
}

// groupByHorizon groups actions by the known horizons in order, then any
// other horizon in order of first appearance; empty groups are left out.
func groupByHorizon(actions []assessment.Action) []horizonGroup {
	var groups []horizonGroup
	at := map[string]int{}
	for _, h := range assessment.Horizons {
		at[h] = len(groups)
		groups = append(groups, horizonGroup{Horizon: h})
	}
	for _, a := range actions {
		i, ok := at[a.Horizon]
		if !ok {
			i = len(groups)
			at[a.Horizon] = i
			groups = append(groups, horizonGroup{Horizon: a.Horizon})
		}
		groups[i].Actions = append(groups[i].Actions, a)
	}
	out := groups[:0]
	for _, g := range groups {
		if len(g.Actions) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// horizonTitle names a horizon in loc (unknown horizons show their ID).
func horizonTitle(h string, loc i18n.Locale) string { return word("render.horizon.", h, loc) }

// levelWord names an effort, cost or impact level in loc.
func levelWord(l string, loc i18n.Locale) string { return word("render.level.", l, loc) }

// answerWord names a reserved answer (don't know, not applicable) in loc,
// in lower case for the middle of a sentence: its label
// (assessment.OptionText) with the first letter lowered. A question to
// clarify because it has no answer (assessment.ClarifyUnanswered) is "not
// answered yet"; any other ID is itself, and none is "—".
func answerWord(a string, loc i18n.Locale) string {
	switch a {
	case catalogue.DontKnow, catalogue.NotApplicable:
		return lowerFirst(loc.Say(assessment.OptionText(nil, a)))
	}
	return word("render.answer.", a, loc)
}

// lowerFirst lowers the first letter of s ("Don't know" → "don't know").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// stageWord names a stage ID in loc (the assessment's names), or shows
// the ID when it is not a known stage.
func stageWord(s string, loc i18n.Locale) string {
	if !loc.Has("assessment.stage." + s) {
		return s
	}
	return loc.Format(assessment.StageTitle(s))
}

// word translates prefix+id, falling back to the ID itself.
func word(prefix, id string, loc i18n.Locale) string {
	if id == "" {
		return "—"
	}
	if loc.Has(prefix + id) {
		return loc.T(prefix + id)
	}
	return id
}

// stageTitle is the stage's title, or its ID translated.
func stageTitle(s assessment.Stage, loc i18n.Locale) string {
	if s.Title != "" {
		return oneLine(s.Title)
	}
	return stageWord(s.ID, loc)
}

// doorLabel is the message key of what follows a door's title: "start
// here" where the firm starts (assessment.Action.StartHere); "where to
// start with public support" for such a door after the firm's own
// decisive steps (assessment.Action.AfterOwnSteps); "ask whether
// it can help you" for a door the catalogue could not confirm; none for a
// door an exporter comes to after its decisive steps, and for any other
// action.
func doorLabel(a assessment.Action) string {
	switch {
	case !a.Door:
		return ""
	case a.StartHere && a.AfterOwnSteps:
		return "render.label.startSupport"
	case a.StartHere:
		return "render.label.startHere"
	case a.Confidence == "unverified":
		return "render.label.doorAsk"
	}
	return ""
}

// confidenceWarning is the caution shown for an unverified or partly
// verified practice; empty when verified.
func confidenceWarning(c string, loc i18n.Locale) string {
	switch c {
	case "", "verified":
		return ""
	case "partial", "unverified":
		return loc.T("render.confidence." + c)
	}
	return c
}

// whoFields lists region, advisor and the profile for the heading.
func whoFields(r assessment.Who, loc i18n.Locale) []string {
	var out []string
	add := func(key, v string) {
		if v != "" {
			out = append(out, loc.T(key)+": "+oneLine(v))
		}
	}
	region := r.RegionName
	if region == "" {
		region = r.Region
	}
	or := func(name, id string) string {
		if name != "" {
			return name
		}
		return id
	}
	add("render.label.region", region)
	add("render.label.sector", or(r.SectorName, r.Sector))
	add("render.label.size", or(r.SizeName, r.Size))
	add("render.label.exports", or(r.ExportsName, r.Exports))
	add("render.label.advisor", r.Advisor)
	return out
}

// generatedLine says when and from which catalogue the plan was made:
// "eis 2026.11", "eis 2026.11 + mine" with an own catalogue added, or
// "mine 1.0 (own catalogue: mine)" with one used alone.
func generatedLine(p assessment.Plan, loc i18n.Locale) string {
	cat := strings.TrimSpace(p.Catalogue.ID + " " + p.Catalogue.Version)
	if own := oneLine(p.Catalogue.Own); own != "" {
		if p.Catalogue.OwnMode == "replace" {
			cat = strings.TrimSpace(cat + " " + loc.T("render.plan.ownCatalogue", own))
		} else {
			cat += " + " + own
		}
	}
	return loc.T("render.plan.generated", p.Generated.UTC().Format("2006-01-02"), cat)
}

// actionWho is who runs an action and where it comes from: the
// organisation and the scope ("your region", "your country", "EU-wide",
// "a method you can use on your own").
func actionWho(a assessment.Action, loc i18n.Locale) []string {
	var out []string
	if a.Organisation != "" {
		out = append(out, oneLine(a.Organisation))
	}
	if a.Type == "method" {
		out = append(out, loc.T("render.type.method"))
	} else if loc.Has("render.scope." + a.Scope) {
		out = append(out, loc.T("render.scope."+a.Scope))
	} else if a.RegionName != "" {
		out = append(out, oneLine(a.RegionName))
	}
	return out
}

// actionTitles maps practice IDs in the plan to their titles.
func actionTitles(p assessment.Plan) map[string]string {
	m := map[string]string{}
	for _, a := range p.Actions {
		m[a.Practice] = oneLine(a.Title)
	}
	return m
}

// titleOr is the title of practice id in the plan, or the ID.
func titleOr(titles map[string]string, id string) string {
	if t, ok := titles[id]; ok && t != "" {
		return t
	}
	return id
}

// dimTitle is the title of dimension id in the plan, or the ID.
func dimTitle(p assessment.Plan, id string) string {
	for _, d := range p.Dimensions {
		if d.ID == id {
			return oneLine(d.Title)
		}
	}
	return id
}

// noteLead is the note's title followed by a colon, or by nothing when it
// ends a sentence already (a question's text ends in "?").
func noteLead(n assessment.Note, loc i18n.Locale) string {
	t := noteTitle(n, loc)
	if strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, ".") {
		return t
	}
	return t + ":"
}

// noteTitle names what a note is attached to: its title (a dimension's
// title, a question's text), else "General" or the bare ID.
func noteTitle(n assessment.Note, loc i18n.Locale) string {
	if t := oneLine(n.Title); t != "" {
		return t
	}
	if n.Ref == "" || n.Ref == assessment.NoteGeneral {
		return loc.T("render.notes.general")
	}
	return n.Ref
}

// effortFields are an action's effort, cost and (when known) impact.
func effortFields(a assessment.Action, loc i18n.Locale) []string {
	fs := []string{
		loc.T("render.label.effort") + ": " + levelWord(a.Effort, loc),
		loc.T("render.label.cost") + ": " + levelWord(a.Cost, loc),
	}
	if a.Impact != "" {
		impact := levelWord(a.Impact, loc)
		if a.Confidence == "unverified" {
			// An impact the sources have not borne out is said as the
			// practice's promise, not as a fact (advisor review 5).
			impact = loc.T("render.label.impactUnverified", impact)
		}
		fs = append(fs, loc.T("render.label.impact")+": "+impact)
	}
	return fs
}
