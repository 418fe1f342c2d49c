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
// task tracker: actions and their steps are task-list items; ideas from
// other regions are plain bullets, as they are not tasks.
func PlanMarkdown(w io.Writer, p assessment.Plan, o Options) error {
	w = o.writer(w, FormatMarkdown)
	loc := o.Locale
	v := mdPlan{Plan: p, loc: loc, Who: strings.Join(whoFields(p.Respondent, loc), " · "), AllCommand: o.allCommand(loc), ResumeCommand: o.resumeCommand(loc)}
	v.Titles = actionTitles(p)
	shown, more := shownActions(p)
	v.Groups = groupByHorizon(shown)
	v.More = more
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
	Titles  map[string]string
	Groups  []horizonGroup
	More    int
	Clarify map[string]int
	// AllCommand is the command that shows every action (Options.AllCommand).
	AllCommand string
	// ResumeCommand continues an unfinished assessment (Options.ResumeCommand).
	ResumeCommand string
}

// AllBlock is the command that shows every action as a fenced code
// block, fenced with more backticks than any run of them in it.
func (v mdPlan) AllBlock() string { return codeBlock(v.AllCommand) }

// ResumeBlock is the command that continues an unfinished assessment, as
// a fenced code block.
func (v mdPlan) ResumeBlock() string { return codeBlock(v.ResumeCommand) }

// Unfinished is the banner of an unfinished plan ("" when complete).
func (v mdPlan) Unfinished() string { return unfinishedBanner(v.Plan, v.loc) }

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

// Lesson is what an idea teaches, labelled and escaped (see ideaLesson).
func (v mdPlan) Lesson(a assessment.Action) string {
	label, text := ideaLesson(a, v.loc)
	if text == "" {
		return ""
	}
	return "*" + mdEscape(label) + ":* " + mdEscape(text)
}

// NoteLead names what a note is attached to, with its colon (see noteLead).
func (v mdPlan) NoteLead(n assessment.Note) string { return noteLead(n, v.loc) }

// Dim is a dimension's title.
func (v mdPlan) Dim(id string) string { return dimTitle(v.Plan, id) }

// ActionWho is an action's organisation and region, escaped.
func (v mdPlan) ActionWho(a assessment.Action) string {
	who := ""
	if a.Organisation != "" {
		who = mdEscape(a.Organisation)
	}
	region := a.RegionName
	if region == "" {
		region = a.Region
	}
	if region != "" {
		if who != "" {
			who += " (" + mdEscape(region) + ")"
		} else {
			who = mdEscape(region)
		}
	}
	if a.Type == "method" {
		if who != "" {
			who += ", "
		}
		who += mdEscape(v.loc.T("render.type.method"))
	}
	return who
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
{{end}}{{esc .GeneratedLine}}
{{with .Unfinished}}
> ⚠ **{{esc .}}**

{{$.ResumeBlock}}
{{end}}
**{{.T "render.label.stage"}}: {{esc .StageTitle}}**{{with .Stage.Reason}} — {{esc .}}{{end}}

## {{.T "render.plan.readiness"}}

**{{.T "render.plan.overall"}}: {{.ScoreCell .Overall}}**{{range .Axes}} · {{esc .Title}}: {{$.ScoreCell .Score}}{{end}}

| {{.T "render.plan.dimension"}} | {{.T "render.plan.axis"}} | {{.T "render.plan.score"}} | |
|---|---|--:|---|
{{range .Dimensions}}| {{esc .Title}} | {{esc ($.AxisTitle .Axis)}} | {{$.ScoreCell .Score}} | {{$.BarCell .Score .ID}} |
{{end}}{{.SinceSection}}
## {{.T "render.plan.actions"}}
{{range .Notices}}
{{esc .}}
{{end}}{{if not .Actions}}
{{esc (.T "render.plan.actions.none")}}
{{end}}{{range .Groups}}
### {{$.Horizon .Horizon}}
{{range .Actions}}{{template "action" (args $ .)}}{{end}}{{end}}
{{- if .More}}
*{{esc (.N "render.plan.more" .More)}}*

{{.AllBlock}}
{{end}}
{{- if .Ideas}}
## {{.T "render.plan.ideas"}}

{{esc (.T "render.plan.ideas.intro")}}
{{range .Ideas}}{{template "idea" (args $ .)}}{{end}}{{end}}
{{- if .ToClarify}}
## {{.T "render.plan.clarify"}}

{{range .ClarifyLines}}{{with .Item}}- [ ] {{esc .Text}}{{with $.Dim .Dimension}} ({{esc .}}){{end}}{{with .Answer}} — {{$.Answer .}}{{end}}{{else}}- [ ] {{esc .Summary}}{{end}}
{{end}}{{end}}
{{- if .Notes}}
## {{.T "render.plan.notes"}}

{{range .Notes}}- **{{esc ($.NoteLead .)}}** {{esc .Text}}
{{end}}{{end}}
{{- if .Warnings}}
## {{.T "render.plan.warnings"}}

{{range .Warnings}}- ⚠ {{esc .}}
{{end}}{{end}}
{{- define "action"}}{{$v := .V}}{{$a := .A}}
- [ ] **{{esc $a.Title}}**{{with $v.ActionWho $a}} — {{.}}{{end}}{{with $a.URL}} · {{link .}}{{end}}
{{- with $a.Summary}}{{br}}
  {{esc .}}{{end}}{{br}}
  *{{$v.Effort $a}}*{{with $a.ValidUntil}} · *{{$v.T "render.label.until" .}}*{{end}}
{{- if $a.Historic}}
  - *{{$v.T "render.label.historic"}}*{{end}}
{{- with $v.Confidence $a.Confidence}}
  - ⚠ *{{$v.T "render.label.confidence"}}: {{esc .}}*{{end}}
{{- range $a.Steps}}
  - [ ] {{esc .}}{{end}}
{{- range $a.Reasons}}
  - **{{$v.T "render.label.why"}}:** {{esc .Text}}{{end}}
{{- with $a.After}}
  - **{{$v.T "render.label.after"}}:** {{$v.After .}}{{end}}
{{end}}
{{- define "idea"}}{{$v := .V}}{{$a := .A}}
- **{{esc $a.Title}}**{{with $v.ActionWho $a}} — {{.}}{{end}}{{with $a.URL}} · {{link .}}{{end}}
{{- with $a.Summary}}{{br}}
  {{esc .}}{{end}}
{{- with $v.Lesson $a}}{{br}}
  {{.}}{{end}}
{{- if $a.Historic}}
  - *{{$v.T "render.label.historic"}}*{{end}}
{{- with $v.Confidence $a.Confidence}}
  - ⚠ *{{$v.T "render.label.confidence"}}: {{esc .}}*{{end}}
{{- range $a.Reasons}}
  - **{{$v.T "render.label.why"}}:** {{esc .Text}}{{end}}
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
