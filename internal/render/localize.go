package render

import (
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// Localize fills in the texts of a plan that assessment.Build made, in
// loc: what its messages say (stage, reasons, notices, warnings) and the
// names and texts it takes from cat (dimensions, answers, regions,
// practices, questions, notes). Every format renders the plan Localize
// returns; its JSON keeps these texts beside the IDs for other tools.
func Localize(p assessment.Plan, cat *catalogue.Catalogue, loc i18n.Locale) assessment.Plan {
	p.Language = loc.Code()
	p.Stage.Title = loc.Format(assessment.StageTitle(p.Stage.ID))
	why := make([]string, len(p.Stage.Why))
	for i, m := range p.Stage.Why {
		why[i] = loc.Format(m)
	}
	p.Stage.Reason = strings.Join(why, " ")

	p.Axes = append([]assessment.Axis{}, p.Axes...)
	for i := range p.Axes {
		p.Axes[i].Title = loc.T("assessment.axis." + p.Axes[i].ID)
	}
	p.Dimensions = append([]assessment.Dimension{}, p.Dimensions...)
	for i := range p.Dimensions {
		p.Dimensions[i].Title = loc.Say(dimensionName(cat, p.Dimensions[i].ID))
	}

	w := &p.Respondent
	if w.Region != "" {
		w.RegionName = loc.Say(assessment.RegionName(cat, w.Region))
	}
	option := func(q, id string) string {
		if id == "" {
			return ""
		}
		return loc.Say(assessment.OptionText(cat.Question(q), id))
	}
	w.SectorName = option(assessment.ProfileSector, w.Sector)
	w.SizeName = option(assessment.ProfileSize, w.Size)
	w.ExportsName = option(assessment.ProfileExports, w.Exports)

	p.Actions = localActions(p.Actions, cat, loc, false)
	p.Ideas = localActions(p.Ideas, cat, loc, true)

	p.ToClarify = append([]assessment.Clarify{}, p.ToClarify...)
	for i := range p.ToClarify {
		if q := cat.Question(p.ToClarify[i].Question); q != nil {
			p.ToClarify[i].Text = loc.Pick(q.Text)
		}
	}
	p.Notes = append([]assessment.Note(nil), p.Notes...)
	for i := range p.Notes {
		p.Notes[i].Title = noteTitleOf(cat, p.Notes[i].Ref, loc)
	}
	if p.Since != nil {
		s := LocalizeComparison(*p.Since, cat, loc)
		p.Since = &s
	}
	p.Notices = nil
	for _, m := range p.NoticeMessages {
		p.Notices = append(p.Notices, loc.Format(m))
	}
	p.Warnings = nil
	for _, m := range p.WarningMessages {
		p.Warnings = append(p.Warnings, loc.Format(m))
	}
	return p
}

// localActions fills in the texts of actions (or, with ideas, of ideas:
// what the firm can ask for or do, and what they achieved, but no steps; the
// region-facing transfer potential is not for firms).
func localActions(as []assessment.Action, cat *catalogue.Catalogue, loc i18n.Locale, ideas bool) []assessment.Action {
	out := make([]assessment.Action, len(as))
	for i, a := range as {
		a.RegionName = loc.Say(assessment.RegionName(cat, a.Region))
		if pr := cat.Practice(a.Practice); pr != nil {
			a.Title = loc.Pick(pr.Title)
			a.Summary = loc.Pick(pr.Summary)
			if ideas {
				a.Idea = strings.TrimSpace(loc.Pick(pr.Idea))
				a.Evidence = strings.TrimSpace(loc.Pick(pr.EvidenceOfSuccess))
			} else {
				a.Steps = make([]string, len(pr.Steps))
				for j, s := range pr.Steps {
					a.Steps[j] = loc.Pick(s)
				}
			}
		}
		a.Reasons = append([]assessment.Reason{}, a.Reasons...)
		for j := range a.Reasons {
			a.Reasons[j].Text = loc.Format(a.Reasons[j].Message)
		}
		out[i] = a
	}
	return out
}

// dimensionName is a dimension's title, or its ID when cat lacks it.
func dimensionName(cat *catalogue.Catalogue, id string) any {
	if d := cat.Dimension(id); d != nil {
		return diag.Text(d.Title)
	}
	return id
}

// noteTitleOf names what a note is on: "General", the dimension's title or
// the question's text, else the ID.
func noteTitleOf(cat *catalogue.Catalogue, ref string, loc i18n.Locale) string {
	var title string
	switch {
	case ref == assessment.NoteGeneral:
		title = loc.T("assessment.note.general")
	case cat.Dimension(ref) != nil:
		title = loc.Pick(cat.Dimension(ref).Title)
	case cat.Question(ref) != nil:
		title = loc.Pick(cat.Question(ref).Text)
	}
	if strings.TrimSpace(title) == "" {
		return ref
	}
	return title
}
