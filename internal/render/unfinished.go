package render

import (
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// resumeCommand is o.ResumeCommand, or the generic command in loc.
func (o Options) resumeCommand(loc i18n.Locale) string {
	if o.ResumeCommand != "" {
		return o.ResumeCommand
	}
	return loc.T("render.plan.resumeCommand")
}

// unfinishedBanner says that the assessment is unfinished, how many areas
// are answered and that the scores cover only those; the command to go on
// follows it on a line of its own. Empty for a complete plan, and for one
// whose every area is answered in full: what it lacks are profile questions
// (the firm's situation, a question added since the file was written),
// which the plan's notice names with how to answer them — "unfinished: 10
// of 10 areas answered. Scores cover only what was answered" said of such a
// file was wrong on its face.
func unfinishedBanner(p assessment.Plan, loc i18n.Locale) string {
	if p.Complete {
		return ""
	}
	if p.TotalDimensions > 0 && p.AnsweredDimensions == p.TotalDimensions && p.PartlyAnsweredDimensions == 0 {
		return ""
	}
	if p.TotalDimensions > 0 && p.PartlyAnsweredDimensions > 0 {
		return loc.T("render.plan.unfinished.partly", p.AnsweredDimensions, p.TotalDimensions, p.PartlyAnsweredDimensions)
	}
	if p.TotalDimensions > 0 {
		return loc.T("render.plan.unfinished", p.AnsweredDimensions, p.TotalDimensions)
	}
	return loc.T("render.plan.unfinished.nocount")
}

// resumeAfter is the index of the notice after which the plan gives the
// command that continues the assessment, on a line of its own: the last
// notice that continuing answers (assessment.NoticeResume — profile
// answers missing, an old markets answer), or -1 when there is none or
// the unfinished banner at the top has given the command already.
func resumeAfter(p assessment.Plan, loc i18n.Locale) int {
	if unfinishedBanner(p, loc) != "" {
		return -1
	}
	at := -1
	for i, n := range p.Notices {
		if n.Kind == assessment.NoticeResume {
			at = i
		}
	}
	return at
}

// clarifyLine is one line of "To clarify": a question answered "don't
// know" (or a lone open question of its dimension), or the open questions
// of one dimension summed up.
type clarifyLine struct {
	// Item is the question, when the line is about one question.
	Item *assessment.Clarify
	// Summary counts the open questions of a dimension ("Market knowledge: 4
	// questions not answered yet"), when the line sums them up.
	Summary string
}

// clarifyLines lists the questions to clarify as the text formats show
// them: "don't know" answers one by one, then the questions not answered
// yet one line per dimension (in order of their first question), so an
// unfinished file does not bury the answers to find out under every open
// question. A dimension with one open question shows it.
func clarifyLines(p assessment.Plan, loc i18n.Locale) []clarifyLine {
	var out []clarifyLine
	open := map[string][]int{}
	var dims []string
	for i := range p.ToClarify {
		c := &p.ToClarify[i]
		if c.Answer != assessment.ClarifyUnanswered {
			out = append(out, clarifyLine{Item: c})
			continue
		}
		if _, ok := open[c.Dimension]; !ok {
			dims = append(dims, c.Dimension)
		}
		open[c.Dimension] = append(open[c.Dimension], i)
	}
	for _, d := range dims {
		idx := open[d]
		if len(idx) == 1 {
			out = append(out, clarifyLine{Item: &p.ToClarify[idx[0]]})
			continue
		}
		title := loc.T("render.guide.profile")
		if d != "" {
			title = dimTitle(p, d)
		}
		out = append(out, clarifyLine{Summary: loc.N("render.plan.clarify.open", len(idx), title, len(idx))})
	}
	return out
}
