package render

import (
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// targetLines say the gap to each target of the plan: the stage aimed for
// (reached or not), then each dimension's readiness against its target.
func targetLines(p assessment.Plan, loc i18n.Locale) []string {
	t := p.Targets
	if t == nil {
		return nil
	}
	var out []string
	if t.Stage != nil {
		if t.Stage.Reached {
			out = append(out, loc.T("render.targets.stage.reached", oneLine(t.Stage.Title), stageTitle(p.Stage, loc)))
		} else {
			out = append(out, loc.T("render.targets.stage", oneLine(t.Stage.Title), stageTitle(p.Stage, loc)))
		}
	}
	for _, d := range t.Dimensions {
		switch {
		case d.Score == nil:
			out = append(out, loc.T("render.targets.noscore", oneLine(d.Title), percent(loc, d.Target)))
		case d.Gap > 0:
			n := gapPoints(*d.Score, d.Target)
			out = append(out, loc.N("render.targets.gap", n, oneLine(d.Title), percent(loc, *d.Score), percent(loc, d.Target), n))
		default:
			out = append(out, loc.T("render.targets.met", oneLine(d.Title), percent(loc, *d.Score), percent(loc, d.Target)))
		}
	}
	return out
}

// gapPoints is the gap from score to target in points as the two
// percentages show it (21 % now, target 75 %: 54), so that they add up;
// at least 1, as the target is not met (74.6 % shows as 75 %, as the
// target does).
func gapPoints(score, target float64) int {
	return max(1, int(shownPoints(target)-shownPoints(score)))
}

// closesLine says which targets an action works towards, or "".
func closesLine(a assessment.Action, dims map[string]string, loc i18n.Locale) string {
	if len(a.Closes) == 0 {
		return ""
	}
	var names []string
	for _, id := range a.Closes {
		names = append(names, titleOr(dims, id))
	}
	return loc.T("render.targets.closes", strings.Join(names, ", "))
}

// dimTitles maps the plan's dimension IDs to their titles.
func dimTitles(p assessment.Plan) map[string]string {
	m := map[string]string{}
	for _, d := range p.Dimensions {
		m[d.ID] = oneLine(d.Title)
	}
	return m
}
