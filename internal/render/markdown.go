package render

import (
	"io"
	"strings"
	"sync"
	"text/template"

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
	v.Titles = actionTitles(p)
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
	return planMD().Execute(w, v)
}

// mdPlan is the data behind the Markdown template.
type mdPlan struct {
	assessment.Plan
	loc     i18n.Locale
	Who     string
	Profile string
	Titles  map[string]string
	Groups  []horizonGroup
	// More is how many actions are not shown; Rest are they, with --all.
	More    int
	Rest    []assessment.Action
	Clarify map[string]int
	// AllCommand is the command that shows every action (Options.AllCommand).
	AllCommand string
	// ResumeCommand continues an unfinished assessment (Options.ResumeCommand).
	ResumeCommand string
}

// FirstStepsTitle is the heading of the first steps.
func (v mdPlan) FirstStepsTitle() string {
	return v.loc.T("render.plan.firstSteps")
}

// MarketStages are the stage lines of the target markets.
func (v mdPlan) MarketStages() []string { return marketStageLines(v.Plan, v.loc) }

// MarketHeading is a market section's heading.
func (v mdPlan) MarketHeading(m assessment.MarketView) string { return marketHeading(m, v.loc) }

// Support says a programme that serves a market.
func (v mdPlan) Support(s assessment.MarketSupport) string { return supportLine(s, v.loc) }

// NoteLine is a market note with its confidence.
func (v mdPlan) NoteLine(n assessment.MarketNote) string {
	s := mdEscape(n.Text)
	if c := confidenceWarning(n.Confidence, v.loc); c != "" {
		s += " *(" + mdEscape(c) + ")*"
	}
	return s
}

// Alternatives names an action's alternatives.
func (v mdPlan) Alternatives(a assessment.Action) string {
	return alternativesText(a, v.loc, v.ShowAll)
}

// Contact is an action's contact, when it has no link.
func (v mdPlan) Contact(a assessment.Action) string { return contactText(a.Contact, v.loc) }

// NotForYouWhy says why a programme is not for the firm.
func (v mdPlan) NotForYouWhy(n assessment.NotForYou) string {
	return v.T("render.label.notForYou") + ": " + joinTexts(n.Why, "; ", MaxWhy)
}

// IdeaSource says where an idea comes from.
func (v mdPlan) IdeaSource(d assessment.Idea) string { return ideaSource(d) }

// ClarifyText is one question to clarify, with whom to ask.
func (v mdPlan) ClarifyText(c assessment.Clarify) string { return clarifyText(v.Plan, c, v.loc) }

// ActionTitle is an action's title, with "start here" for the door where
// the firm starts (see doorLabel).
func (v mdPlan) ActionTitle(a assessment.Action) string {
	if k := doorLabel(a); k != "" {
		return a.Title + " — " + v.T(k)
	}
	return a.Title
}

// AllBlock is the command that shows every action as a fenced code
// block, fenced with more backticks than any run of them in it.
func (v mdPlan) AllBlock() string { return codeBlock(v.AllCommand) }

// ResumeBlock is the command that continues an unfinished assessment, as
// a fenced code block.
func (v mdPlan) ResumeBlock() string { return codeBlock(v.ResumeCommand) }

// Unfinished is the banner of an unfinished plan ("" when complete).
func (v mdPlan) Unfinished() string { return unfinishedBanner(v.Plan, v.loc) }

// TargetLines are the gaps to the firm's targets (see targetLines).
func (v mdPlan) TargetLines() []string { return targetLines(v.Plan, v.loc) }

// Closes says which targets an action works towards, or "".
func (v mdPlan) Closes(a assessment.Action) string { return closesLine(a, dimTitles(v.Plan), v.loc) }

// SinceSection is the "since last time" section (plan --since), with a
// blank line before it, or "".
func (v mdPlan) SinceSection() string {
	if v.Since == nil {
		return ""
	}
	var b strings.Builder
	_ = compareMarkdown(&b, *v.Since, v.loc, false)
	return "\n" + strings.TrimRight(b.String(), "\n") + "\n"
}

// ClarifyLines are the lines of "To clarify" (see clarifyLines).
func (v mdPlan) ClarifyLines() []clarifyLine { return clarifyLines(v.Plan, v.loc) }

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

// T translates a message key into the plan's language.
func (v mdPlan) T(key string, args ...any) string { return v.loc.T(key, args...) }

// N is T for a message about n things (singular or plural form).
func (v mdPlan) N(key string, n int) string { return v.loc.N(key, n, n) }

// GeneratedLine says when and from which catalogue the plan was made.
func (v mdPlan) GeneratedLine() string { return generatedLine(v.Plan, v.loc) }

// StageTitle is the stage in words.
func (v mdPlan) StageTitle() string { return stageTitle(v.Stage, v.loc) }

// Horizon names a horizon.
func (v mdPlan) Horizon(h string) string { return horizonTitle(h, v.loc) }

// Level names an effort or cost level.
func (v mdPlan) Level(l string) string { return levelWord(l, v.loc) }

// Effort is an action's effort, cost and impact on one line.
func (v mdPlan) Effort(a assessment.Action) string {
	return mdEscape(strings.Join(effortFields(a, v.loc), " · "))
}

// Confidence is the caution for a practice that is not verified.
func (v mdPlan) Confidence(c string) string { return confidenceWarning(c, v.loc) }

// Answer names a reserved answer.
func (v mdPlan) Answer(a string) string { return answerWord(a, v.loc) }

// NoteLead names what a note is attached to, with its colon (see noteLead).
func (v mdPlan) NoteLead(n assessment.Note) string { return noteLead(n, v.loc) }

// Dim is a dimension's title.
func (v mdPlan) Dim(id string) string { return dimTitle(v.Plan, id) }

// ActionWho is who runs an action and its scope, escaped.
func (v mdPlan) ActionWho(a assessment.Action) string {
	return mdEscape(strings.Join(actionWho(a, v.loc), ", "))
}

// After names the practices to do first, by title when they are in the plan.
func (v mdPlan) After(ids []string) string {
	var names []string
	for _, id := range ids {
		names = append(names, mdEscape(titleOr(v.Titles, id)))
	}
	return strings.Join(names, "; ")
}

// ScoreCell is a score as "60%" or "—".
func (v mdPlan) ScoreCell(s *float64) string {
	if s == nil {
		return "—"
	}
	return percent(v.loc, *s)
}

// BarCell is a score bar, or why there is no score.
func (v mdPlan) BarCell(s *float64, dim string) string {
	if s == nil {
		if n := v.Clarify[dim]; n > 0 && dim != "" {
			return v.T("render.plan.noscore.clarify", n)
		}
		return v.T("render.plan.noscore")
	}
	f, e := bar(*s)
	return f + e
}

// AxisTitle is the title of an axis ID.
func (v mdPlan) AxisTitle(id string) string {
	for _, a := range v.Axes {
		if a.ID == id {
			return a.Title
		}
	}
	return id
}

// mdAction is one action with the plan around it, for the "action" template.
type mdAction struct {
	V mdPlan
	A assessment.Action
}

// planMD is the plan's Markdown template, parsed when first used (not at
// start-up: most runs never write Markdown).
var planMD = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("plan.md").Funcs(template.FuncMap{
		"esc": mdEscape,
		// br is a Markdown hard line break (two trailing spaces), written as a
		// call so editors do not strip it from the template.
		"br":   func() string { return "  " },
		"link": mdLink,
		"args": func(v mdPlan, a assessment.Action) mdAction { return mdAction{V: v, A: a} },
	}).Parse(strings.TrimLeft(`
# {{.T "render.plan.title"}}{{with .Respondent.Company}} — {{esc .}}{{end}}

{{with .Who}}{{esc .}}{{br}}
{{end}}{{with .Profile}}{{esc .}}{{br}}
{{end}}{{esc .GeneratedLine}}
{{with .Unfinished}}
> ⚠ **{{esc .}}**

{{$.ResumeBlock}}
{{end}}
{{- if .FirstSteps}}
## {{.FirstStepsTitle}}

{{range .FirstSteps}}- [ ] {{esc .Text}}{{with .Detail}}{{br}}
  — {{esc .}}{{end}}
{{end}}{{end}}
{{- if .Uncertain}}{{template "clarify" .}}{{end}}
**{{.T "render.label.stage"}}: {{esc .StageTitle}}**{{with .Stage.Reason}} — {{esc .}}{{end}}
{{range .MarketStages}}
- {{esc .}}{{end}}

## {{.T "render.plan.readiness"}}

**{{.T "render.plan.overall"}}: {{.ScoreCell .Overall}}**{{range .Axes}} · {{esc .Title}}: {{$.ScoreCell .Score}}{{end}}

| {{.T "render.plan.dimension"}} | {{.T "render.plan.axis"}} | {{.T "render.plan.score"}} | |
|---|---|--:|---|
{{range .Dimensions}}| {{esc .Title}} | {{esc ($.AxisTitle .Axis)}} | {{$.ScoreCell .Score}} | {{$.BarCell .Score .ID}} |
{{end}}{{with .TargetLines}}
## {{$.T "render.targets"}}
{{range .}}
- {{esc .}}{{end}}
{{end}}{{.SinceSection}}
## {{.T "render.plan.actions"}}
{{range .Notices}}
{{esc .Text}}
{{end}}{{if not .Actions}}
{{esc (.T "render.plan.actions.none")}}
{{end}}{{range .Groups}}
### {{$.Horizon .Horizon}}
{{range .Actions}}{{template "action" (args $ .)}}{{end}}{{end}}
{{- if .Rest}}
### {{.T "render.plan.moreActions"}}
{{range .Rest}}{{template "action" (args $ .)}}{{end}}{{end}}
{{- if and .More (not .ShowAll)}}
*{{esc (.N "render.plan.more" .More)}}*

{{.AllBlock}}
{{end}}
{{- if and .ShowAll .NotForYou}}
## {{.T "render.plan.notForYou"}}

{{range .NotForYou}}- **{{esc .Title}}**{{with .Organisation}} — {{esc .}}{{end}}{{br}}
  {{esc ($.NotForYouWhy .)}}
{{end}}{{end}}
{{- if .Markets}}
## {{.T "render.plan.markets"}}
{{range .Markets}}
### {{esc ($.MarketHeading .)}}

{{range .Notes}}- {{$.NoteLine .}}
{{end}}{{range .Lines}}- {{esc .Text}}
{{end}}{{range .Support}}- {{esc ($.Support .)}}
{{end}}{{with .NoSupport}}- {{esc .Text}}
{{end}}{{end}}{{end}}
{{- if .Ideas}}
## {{.T "render.plan.ideas"}}

{{esc (.T "render.plan.ideas.intro")}}
{{range .Ideas}}
- {{esc .Idea}}{{br}}
  *{{$.T "render.label.inspired"}}:* {{esc ($.IdeaSource .)}}{{with .URL}} · {{link .}}{{end}}
{{- if .Historic}}
  - *{{$.T "render.label.historic.idea"}}*{{end}}
{{- with $.Confidence .Confidence}}
  - ⚠ *{{$.T "render.label.confidence"}}: {{esc .}}*{{end}}
{{- range .Reasons}}
  - **{{$.T "render.label.why"}}:** {{esc .Text}}{{end}}
{{end}}{{end}}
{{- if not .Uncertain}}{{template "clarify" .}}{{end}}
{{- if .Notes}}
## {{.T "render.plan.notes"}}

{{range .Notes}}- **{{esc ($.NoteLead .)}}** {{esc .Text}}
{{end}}{{end}}
{{- if .Warnings}}
## {{.T "render.plan.warnings"}}

{{range .Warnings}}- ⚠ {{esc .}}
{{end}}{{end}}
{{- define "clarify"}}{{if .ToClarify}}
## {{.T "render.plan.clarify"}}

{{range .ClarifyLines}}{{with .Item}}- [ ] {{esc ($.ClarifyText .)}}{{else}}- [ ] {{esc .Summary}}{{end}}
{{end}}
{{end}}{{end}}
{{- define "action"}}{{$v := .V}}{{$a := .A}}
- [ ] **{{esc ($v.ActionTitle $a)}}**{{with $v.ActionWho $a}} — {{.}}{{end}}{{with $a.URL}} · {{link .}}{{end}}
{{- with $a.Summary}}{{br}}
  {{esc .}}{{end}}{{br}}
  *{{$v.Effort $a}}*{{with $a.ValidUntil}} · *{{$v.T "render.label.until" .}}*{{end}}
{{- with $v.Contact $a}}{{if not $a.URL}}
  - {{esc .}}{{end}}{{end}}
{{- with $v.Confidence $a.Confidence}}
  - ⚠ *{{$v.T "render.label.confidence"}}: {{esc .}}*{{end}}
{{- range $a.Reasons}}
  - **{{$v.T "render.label.why"}}:** {{esc .Text}}{{end}}
{{- range $a.Checks}}
  - ⚠ {{esc .Text}}{{end}}
{{- with $v.Alternatives $a}}
  - {{esc .}}{{end}}
{{- range $a.Steps}}
  - [ ] {{esc .}}{{end}}
{{- with $a.After}}
  - **{{$v.T "render.label.after"}}:** {{$v.After .}}{{end}}
{{- with $a.HeldBack}}
  - {{esc .Text}}{{end}}
{{- with $v.Closes $a}}
  - 🎯 {{esc .}}{{end}}
{{end}}`, "\n")))
})

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
