package render

import (
	"io"
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// PlanMarkdown writes p as a Markdown document a firm can paste into its
// task tracker: the first steps, actions and their steps are task-list
// items; markets, ideas from other regions and notes are plain bullets.
func PlanMarkdown(w io.Writer, p assessment.Plan, o Options) error {
	w = o.writer(w, FormatMarkdown)
	loc := o.Locale
	v := mdPlan{Plan: p, loc: loc, Who: strings.Join(whoFields(p.Respondent, loc), " · "), Profile: strings.Join(profileFields(p), " · "), AllCommand: o.allCommand(loc), ResumeCommand: o.resumeCommand(loc)}
	v.Titles, v.dims = actionTitles(p), dimTitles(p)
	shown, rest := splitShown(p)
	v.Groups = groupByHorizon(shown)
	v.More = len(rest)
	if p.ShowAll {
		v.Rest = rest
	}
	v.Clarify = map[string]int{}
	for _, c := range p.ToClarify {
		v.Clarify[c.Dimension]++
	}
	var b strings.Builder
	writePlanMD(&b, &v)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdPlan is the plan as its Markdown shows it (see writePlanMD).
type mdPlan struct {
	assessment.Plan
	loc     i18n.Locale
	Who     string
	Profile string
	Titles  map[string]string
	// dims are the dimensions' titles by ID (dimTitles), for closesLine.
	dims   map[string]string
	Groups []horizonGroup
	// More is how many actions are not shown; Rest are they, with --all.
	More    int
	Rest    []assessment.Action
	Clarify map[string]int
	// AllCommand is the command that shows every action (Options.AllCommand).
	AllCommand string
	// ResumeCommand continues an unfinished assessment (Options.ResumeCommand).
	ResumeCommand string
}

// NoteLine is a market note with its confidence.
func (v *mdPlan) NoteLine(n assessment.MarketNote) string {
	s := mdEscape(n.Text)
	if c := confidenceWarning(n.Confidence, v.loc); c != "" {
		s += " *(" + mdEscape(c) + ")*"
	}
	return s
}

// NotForYouWhy says why a programme is not for the firm.
func (v *mdPlan) NotForYouWhy(n assessment.NotForYou) string {
	return v.loc.T("render.label.notForYou") + ": " + joinTexts(n.Why, "; ", MaxWhy)
}

// ActionTitle is an action's title, with "start here" for the door where
// the firm starts (see doorLabel).
func (v *mdPlan) ActionTitle(a assessment.Action) string {
	if k := doorLabel(a); k != "" {
		return a.Title + " — " + v.loc.T(k)
	}
	return a.Title
}

// SinceSection is the "since last time" section (plan --since), with a
// blank line before it, or "".
func (v *mdPlan) SinceSection() string {
	if v.Since == nil {
		return ""
	}
	var b strings.Builder
	_ = compareMarkdown(&b, *v.Since, v.loc, false)
	return "\n" + strings.TrimRight(b.String(), "\n") + "\n"
}

// codeBlock is cmd on one line as a fenced code block, fenced with more
// backticks than any run of them in it.
func codeBlock(cmd string) string {
	cmd = oneLine(cmd)
	run, longest := 0, 0
	for _, r := range cmd {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + "\n" + cmd + "\n" + fence
}

// Effort is an action's effort, cost and impact on one line.
func (v *mdPlan) Effort(a assessment.Action) string {
	return mdEscape(strings.Join(effortFields(a, v.loc), " · "))
}

// ActionWho is who runs an action and its scope, escaped.
func (v *mdPlan) ActionWho(a assessment.Action) string {
	return mdEscape(strings.Join(actionWho(a, v.loc), ", "))
}

// After names the practices to do first, by title when they are in the plan.
func (v *mdPlan) After(ids []string) string {
	var names []string
	for _, id := range ids {
		names = append(names, mdEscape(titleOr(v.Titles, id)))
	}
	return strings.Join(names, "; ")
}

// BarCell is a score bar, or why there is no score.
func (v *mdPlan) BarCell(s *float64, dim string) string {
	if s == nil {
		if n := v.Clarify[dim]; n > 0 && dim != "" {
			return v.loc.T("render.plan.noscore.clarify", n)
		}
		return v.loc.T("render.plan.noscore")
	}
	f, e := bar(*s)
	return f + e
}

// AxisTitle is the title of an axis ID.
func (v *mdPlan) AxisTitle(id string) string {
	for _, a := range v.Axes {
		if a.ID == id {
			return a.Title
		}
	}
	return id
}

// writePlanMD writes the plan's Markdown. It is Go, not a template:
// executing a text/template links reflect's method look-up by name, which
// keeps every exported method of every type in the binary.
func writePlanMD(b *strings.Builder, v *mdPlan) {
	// br is a Markdown hard line break: two spaces before the newline.
	const br = "  "
	b.WriteString("# " + v.loc.T("render.plan.title"))
	if c := v.Respondent.Company; c != "" {
		b.WriteString(" — " + mdEscape(c))
	}
	b.WriteString("\n\n")
	if v.Who != "" {
		b.WriteString(mdEscape(v.Who) + br + "\n")
	}
	if v.Profile != "" {
		b.WriteString(mdEscape(v.Profile) + br + "\n")
	}
	b.WriteString(mdEscape(generatedLine(v.Plan, v.loc)) + "\n")
	if u := unfinishedBanner(v.Plan, v.loc); u != "" {
		b.WriteString("\n> ⚠ **" + mdEscape(u+" "+v.loc.T("render.plan.unfinished.continue")) + "**\n\n" + codeBlock(v.ResumeCommand) + "\n")
	}
	if len(v.FirstSteps) > 0 {
		b.WriteString("\n## " + v.loc.T("render.plan.firstSteps") + "\n\n")
		for _, s := range v.FirstSteps {
			b.WriteString("- [ ] " + mdEscape(s.Text))
			if s.Detail != "" {
				b.WriteString(br + "\n  — " + mdEscape(s.Detail))
			}
			b.WriteString("\n")
		}
	}
	if v.Uncertain != nil {
		writeClarifyMD(b, v)
	}
	b.WriteString("\n**" + v.loc.T("render.label.stage") + ": " + mdEscape(stageTitle(v.Stage, v.loc)) + "**")
	if r := v.Stage.Reason; r != "" {
		b.WriteString(" — " + mdEscape(r))
	}
	b.WriteString("\n")
	for _, s := range marketStageLines(v.Plan, v.loc) {
		b.WriteString("\n- " + mdEscape(s))
	}
	b.WriteString("\n\n## " + v.loc.T("render.plan.readiness") + "\n\n**" + v.loc.T("render.plan.overall") + ": " + scoreCell(v.loc, v.Overall) + "**")
	for _, a := range v.Axes {
		b.WriteString(" · " + mdEscape(a.Title) + ": " + scoreCell(v.loc, a.Score))
	}
	b.WriteString("\n\n| " + v.loc.T("render.plan.dimension") + " | " + v.loc.T("render.plan.axis") + " | " + v.loc.T("render.plan.score") + " | |\n|---|---|--:|---|\n")
	for _, d := range v.Dimensions {
		b.WriteString("| " + mdEscape(d.Title) + " | " + mdEscape(v.AxisTitle(d.Axis)) + " | " + scoreCell(v.loc, d.Score) + " | " + v.BarCell(d.Score, d.ID) + " |\n")
	}
	if lines := targetLines(v.Plan, v.loc); len(lines) > 0 {
		b.WriteString("\n## " + v.loc.T("render.targets") + "\n")
		for _, l := range lines {
			b.WriteString("\n- " + mdEscape(l))
		}
		b.WriteString("\n")
	}
	b.WriteString(v.SinceSection())
	b.WriteString("\n## " + v.loc.T("render.plan.actions") + "\n")
	ra := resumeAfter(v.Plan, v.loc)
	for i, n := range v.Notices {
		b.WriteString("\n" + mdEscape(n.Text) + "\n")
		if i == ra {
			b.WriteString("\n" + codeBlock(v.ResumeCommand) + "\n")
		}
	}
	if len(v.Actions) == 0 {
		b.WriteString("\n" + mdEscape(v.loc.T("render.plan.actions.none")) + "\n")
	}
	for _, g := range v.Groups {
		b.WriteString("\n### " + horizonTitle(g.Horizon, v.loc) + "\n")
		for _, a := range g.Actions {
			writeActionMD(b, v, a)
		}
	}
	if len(v.Rest) > 0 {
		b.WriteString("\n### " + v.loc.T("render.plan.moreActions") + "\n")
		for _, a := range v.Rest {
			writeActionMD(b, v, a)
		}
	}
	if v.More != 0 && !v.ShowAll {
		b.WriteString("\n*" + mdEscape(v.loc.N("render.plan.more", v.More, v.More)) + "*\n\n" + codeBlock(v.AllCommand) + "\n")
	}
	if v.ShowAll && len(v.NotForYou) > 0 {
		b.WriteString("\n## " + v.loc.T("render.plan.notForYou") + "\n\n")
		for _, n := range v.NotForYou {
			b.WriteString("- **" + mdEscape(n.Title) + "**")
			if n.Organisation != "" {
				b.WriteString(" — " + mdEscape(n.Organisation))
			}
			b.WriteString(br + "\n  " + mdEscape(v.NotForYouWhy(n)) + "\n")
		}
	}
	if len(v.Markets) > 0 {
		b.WriteString("\n## " + v.loc.T("render.plan.markets") + "\n")
		for _, m := range v.Markets {
			b.WriteString("\n### " + mdEscape(marketHeading(m, v.loc)) + "\n\n")
			for _, n := range m.Notes {
				b.WriteString("- " + v.NoteLine(n) + "\n")
			}
			for _, l := range m.Lines {
				b.WriteString("- " + mdEscape(l.Text) + "\n")
			}
			for _, s := range m.Support {
				b.WriteString("- " + mdEscape(supportLine(s, v.loc)) + "\n")
			}
			if m.NoSupport != nil {
				b.WriteString("- " + mdEscape(m.NoSupport.Text) + "\n")
			}
		}
	}
	if len(v.Ideas) > 0 {
		b.WriteString("\n## " + v.loc.T("render.plan.ideas") + "\n\n" + mdEscape(v.loc.T("render.plan.ideas.intro")) + "\n")
		for _, d := range v.Ideas {
			b.WriteString("\n- " + mdEscape(d.Idea) + br + "\n  *" + v.loc.T("render.label.inspired") + ":* " + mdEscape(ideaSource(d)))
			if d.URL != "" {
				b.WriteString(" · " + mdLink(d.URL))
			}
			if d.Historic {
				b.WriteString("\n  - *" + v.loc.T("render.label.historic.idea") + "*")
			}
			if c := confidenceWarning(d.Confidence, v.loc); c != "" {
				b.WriteString("\n  - ⚠ *" + v.loc.T("render.label.confidence") + ": " + mdEscape(c) + "*")
			}
			for _, r := range d.Reasons {
				b.WriteString("\n  - **" + v.loc.T("render.label.why") + ":** " + mdEscape(r.Text))
			}
			b.WriteString("\n")
		}
	}
	if v.Uncertain == nil {
		writeClarifyMD(b, v)
	}
	if len(v.Notes) > 0 {
		b.WriteString("\n## " + v.loc.T("render.plan.notes") + "\n\n")
		for _, n := range v.Notes {
			b.WriteString("- **" + mdEscape(noteLead(n, v.loc)) + "** " + mdEscape(n.Text) + "\n")
		}
	}
	if len(v.Warnings) > 0 {
		b.WriteString("\n## " + v.loc.T("render.plan.warnings") + "\n\n")
		for _, w := range v.Warnings {
			b.WriteString("- ⚠ " + mdEscape(w) + "\n")
		}
	}
}

// writeClarifyMD writes the plan's "To clarify" section, if it has one.
func writeClarifyMD(b *strings.Builder, v *mdPlan) {
	if len(v.ToClarify) == 0 {
		return
	}
	b.WriteString("\n## " + v.loc.T("render.plan.clarify") + "\n\n")
	for _, l := range clarifyLines(v.Plan, v.loc) {
		if l.Item != nil {
			b.WriteString("- [ ] " + mdEscape(clarifyText(v.Plan, *l.Item, v.loc)) + "\n")
		} else {
			b.WriteString("- [ ] " + mdEscape(l.Summary) + "\n")
		}
	}
	b.WriteString("\n")
}

// writeActionMD writes one action as a task-list item with its details.
func writeActionMD(b *strings.Builder, v *mdPlan, a assessment.Action) {
	const br = "  "
	b.WriteString("\n- [ ] **" + mdEscape(v.ActionTitle(a)) + "**")
	if who := v.ActionWho(a); who != "" {
		b.WriteString(" — " + who)
	}
	if a.URL != "" {
		b.WriteString(" · " + mdLink(a.URL))
	}
	if a.Summary != "" {
		b.WriteString(br + "\n  " + mdEscape(a.Summary))
	}
	b.WriteString(br + "\n  *" + v.Effort(a) + "*")
	if a.ValidUntil != "" {
		b.WriteString(" · *" + v.loc.T("render.label.until", a.ValidUntil) + "*")
	}
	if c := contactText(a.Contact, v.loc); c != "" && a.URL == "" {
		b.WriteString("\n  - " + mdEscape(c))
	}
	if c := confidenceWarning(a.Confidence, v.loc); c != "" {
		b.WriteString("\n  - ⚠ *" + v.loc.T("render.label.confidence") + ": " + mdEscape(c) + "*")
	}
	for _, r := range a.Reasons {
		b.WriteString("\n  - **" + v.loc.T("render.label.why") + ":** " + mdEscape(r.Text))
	}
	for _, c := range a.Checks {
		b.WriteString("\n  - ⚠ " + mdEscape(c.Text))
	}
	if alt := alternativesText(a, v.loc, v.ShowAll); alt != "" {
		b.WriteString("\n  - " + mdEscape(alt))
	}
	for _, s := range a.Steps {
		b.WriteString("\n  - [ ] " + mdEscape(s))
	}
	if len(a.After) > 0 {
		b.WriteString("\n  - **" + v.loc.T("render.label.after") + ":** " + v.After(a.After))
	}
	if a.HeldBack != nil {
		b.WriteString("\n  - " + mdEscape(a.HeldBack.Text))
	}
	if c := closesLine(a, v.dims, v.loc); c != "" {
		b.WriteString("\n  - 🎯 " + mdEscape(c))
	}
	b.WriteString("\n")
}

// mdSpecial matches characters Markdown could read as syntax inside text.
var mdSpecial = lazyRegexp("[\\\\`*_\\[\\]<>|#~]")

// mdEntity matches text an HTML-aware renderer would read as an entity.
var mdEntity = lazyRegexp(`&[A-Za-z0-9#]+;`)

// mdLineStart matches text that would open a list, heading or quote.
var mdLineStart = lazyRegexp(`^(\d+)([.)])|^([-+=])`)

// mdEscape makes catalogue or user text safe inside Markdown: it collapses
// white space to one line, backslash-escapes syntax characters, and escapes
// a leading list or heading marker.
func mdEscape(s string) string {
	s = oneLine(s)
	s = mdSpecial().ReplaceAllString(s, `\$0`)
	s = mdEntity().ReplaceAllString(s, `\$0`)
	if m := mdLineStart().FindStringSubmatchIndex(s); m != nil {
		if m[2] >= 0 { // "1." → "1\."
			s = s[:m[4]] + `\` + s[m[4]:]
		} else {
			s = `\` + s
		}
	}
	return s
}

// mdLink writes a URL as an autolink, or as escaped text when it could not
// be one (spaces or angle brackets).
func mdLink(u string) string {
	if u == "" || strings.ContainsAny(u, " \t\n<>") {
		return mdEscape(u)
	}
	return "<" + u + ">"
}
