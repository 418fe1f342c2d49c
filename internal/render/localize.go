package render

import (
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// Localize fills in the texts of a plan that assessment.Build made, in
// loc: what its messages say (stage, reasons, checks, notices, market
// lines, warnings) and the names and texts it takes from cat (dimensions,
// answers, regions, countries, practices, groups, notes, questions). Every
// format renders the plan Localize returns; its JSON keeps these texts
// beside the IDs for other tools.
func Localize(p assessment.Plan, cat *catalogue.Catalogue, loc i18n.Locale) assessment.Plan {
	p.Language = loc.Code()
	p.Stage.Title = loc.Format(assessment.StageTitle(p.Stage.ID))
	p.Stage.Reasons = localMsgs(p.Stage.Reasons, loc)
	why := make([]string, len(p.Stage.Reasons))
	for i, m := range p.Stage.Reasons {
		why[i] = m.Text
	}
	p.Stage.Reason = strings.Join(why, " ")
	p.Stage.Markets = append([]assessment.MarketStage{}, p.Stage.Markets...)
	for i := range p.Stage.Markets {
		p.Stage.Markets[i].Name = countryName(cat, p.Stage.Markets[i].Country, loc)
	}

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
	if p.Profile.HomeCountry != "" {
		p.Profile.HomeCountryName = countryName(cat, p.Profile.HomeCountry, loc)
	}
	p.Profile.Summary = localMsgs(p.Profile.Summary, loc)

	targets := targetsText(p.Profile.TargetMarkets, cat, loc)
	p.Actions = localActions(p.Actions, cat, loc, targets)
	p.NotForYou = append([]assessment.NotForYou{}, p.NotForYou...)
	for i := range p.NotForYou {
		n := &p.NotForYou[i]
		if pr := cat.Practice(n.Practice); pr != nil {
			n.Title = loc.Pick(pr.Title)
		}
		n.Why = localMsgs(n.Why, loc)
	}
	p.Ideas = append([]assessment.Idea{}, p.Ideas...)
	for i := range p.Ideas {
		d := &p.Ideas[i]
		d.RegionName = loc.Say(assessment.RegionName(cat, d.Region))
		if pr := cat.Practice(d.Practice); pr != nil {
			d.Title = loc.Pick(pr.Title)
			d.Idea = strings.TrimSpace(loc.Pick(pr.Idea))
		}
		d.GroupTitle = groupTitle(cat, d.Group, loc)
		d.Reasons = localMsgs(d.Reasons, loc)
	}
	p.Markets = append([]assessment.MarketView{}, p.Markets...)
	for i := range p.Markets {
		m := &p.Markets[i]
		m.Name = countryName(cat, m.Country, loc)
		m.Notes = append([]assessment.MarketNote{}, m.Notes...)
		for j := range m.Notes {
			for _, n := range cat.MarketNotes {
				if n.ID == m.Notes[j].ID {
					m.Notes[j].Text = loc.Pick(n.Text)
				}
			}
		}
		m.Lines = localMsgs(m.Lines, loc)
		m.Support = append([]assessment.MarketSupport{}, m.Support...)
		for j := range m.Support {
			if pr := cat.Practice(m.Support[j].Practice); pr != nil {
				m.Support[j].Title = loc.Pick(pr.Title)
			}
		}
		if m.NoSupport != nil {
			ns := localMsg(*m.NoSupport, loc)
			m.NoSupport = &ns
		}
	}
	p.FirstSteps = append([]assessment.FirstStep{}, p.FirstSteps...)
	for i := range p.FirstSteps {
		s := &p.FirstSteps[i]
		if s.Kind != "action" {
			s.Text = loc.Format(s.Message)
			continue
		}
		pr := cat.Practice(s.Practice)
		if pr == nil {
			continue
		}
		if len(pr.Steps) > 0 {
			s.Text = fillTargets(loc.Pick(pr.Steps[leadIndex(s.Step, len(pr.Steps))]), targets)
		} else {
			s.Text = loc.Pick(pr.Summary)
		}
		detail := loc.Pick(pr.Title)
		if pr.Organisation != "" && !strings.Contains(detail, pr.Organisation) {
			detail += ", " + pr.Organisation
		}
		s.Detail = detail
	}

	p.ToClarify = append([]assessment.Clarify{}, p.ToClarify...)
	for i := range p.ToClarify {
		c := &p.ToClarify[i]
		q := cat.Question(c.Question)
		if q == nil {
			continue
		}
		c.Text = loc.Pick(q.Text)
		if c.Answer == catalogue.DontKnow {
			if w := clarifyWith(cat, q); w != "" {
				c.With = loc.Pick(w)
			}
		}
	}
	p.Notes = append([]assessment.Note(nil), p.Notes...)
	for i := range p.Notes {
		p.Notes[i].Title = noteTitleOf(cat, p.Notes[i].Ref, loc)
	}
	if p.Targets != nil {
		t := *p.Targets
		if t.Stage != nil {
			st := *t.Stage
			st.Title = stageWord(st.ID, loc)
			t.Stage = &st
		}
		t.Dimensions = append([]assessment.DimensionTarget{}, t.Dimensions...)
		for i := range t.Dimensions {
			t.Dimensions[i].Title = loc.Say(dimensionName(cat, t.Dimensions[i].ID))
		}
		p.Targets = &t
	}
	if p.Since != nil {
		s := LocalizeComparison(*p.Since, cat, loc)
		p.Since = &s
	}
	p.Notices = localMsgs(p.Notices, loc)
	p.Warnings = nil
	for _, m := range p.WarningMessages {
		p.Warnings = append(p.Warnings, loc.Format(m))
	}
	return p
}

// clarifyWith is whom to ask about q: its clarify_with, else its dimension's.
func clarifyWith(cat *catalogue.Catalogue, q *catalogue.Question) catalogue.Text {
	if q.ClarifyWith.Len() > 0 {
		return q.ClarifyWith
	}
	if d := cat.Dimension(q.Dimension); d != nil && d.ClarifyWith.Len() > 0 {
		return d.ClarifyWith
	}
	return ""
}

// leadIndex is the index of the step that leads among n steps: step
// (counting from 1) where it names one of them, else the first.
func leadIndex(step, n int) int {
	if step >= 1 && step <= n {
		return step - 1
	}
	return 0
}

// leadFirst is the order in which an action lists its n steps: the lead
// step (see leadIndex) first, the others after it in their order — so the
// action's first step is the one "Your first steps" shows.
func leadFirst(step, n int) []int {
	lead := leadIndex(step, n)
	order := make([]int, 0, n)
	if n > 0 {
		order = append(order, lead)
	}
	for j := 0; j < n; j++ {
		if j != lead {
			order = append(order, j)
		}
	}
	return order
}

// localActions fills in the texts of actions.
func localActions(as []assessment.Action, cat *catalogue.Catalogue, loc i18n.Locale, targets string) []assessment.Action {
	out := make([]assessment.Action, len(as))
	for i, a := range as {
		a.RegionName = loc.Say(assessment.RegionName(cat, a.Region))
		if pr := cat.Practice(a.Practice); pr != nil {
			a.Title = loc.Pick(pr.Title)
			a.Summary = loc.Pick(pr.Summary)
			a.Steps = make([]string, 0, len(pr.Steps))
			for _, j := range leadFirst(a.LeadStep, len(pr.Steps)) {
				if slices.Contains(a.LeftOutSteps, j+1) {
					continue // another shown action says it
				}
				a.Steps = append(a.Steps, fillTargets(loc.Pick(pr.Steps[j]), targets))
			}
		}
		a.GroupTitle = groupTitle(cat, a.Group, loc)
		if a.Decisive != nil {
			d := *a.Decisive
			d.Text = loc.Format(d.Message)
			a.Decisive = &d
		}
		a.Alternatives = append([]assessment.Alternative{}, a.Alternatives...)
		for j := range a.Alternatives {
			if pr := cat.Practice(a.Alternatives[j].Practice); pr != nil {
				a.Alternatives[j].Title = loc.Pick(pr.Title)
			}
		}
		a.Reasons = localMsgs(a.Reasons, loc)
		a.Checks = localMsgs(a.Checks, loc)
		if a.HeldBack != nil {
			hb := localMsg(*a.HeldBack, loc)
			a.HeldBack = &hb
		}
		a.Trace = append([]assessment.TraceItem{}, a.Trace...)
		// The localised messages in one allocation, not one each.
		n := 0
		for _, t := range a.Trace {
			if t.Msg != nil {
				n++
			}
		}
		lms := make([]assessment.Msg, 0, n)
		for j := range a.Trace {
			if m := a.Trace[j].Msg; m != nil {
				lms = append(lms, localMsg(*m, loc))
				a.Trace[j].Msg = &lms[len(lms)-1]
			}
		}
		out[i] = a
	}
	return out
}

// targetsText names the firm's target markets in loc, for a step's
// catalogue.PlaceholderTargets, which stands inside a sentence: "Brazil
// and the United States" (assessment.CountryName, joined by Locale.And);
// "your target markets" when it named none.
func targetsText(codes []string, cat *catalogue.Catalogue, loc i18n.Locale) string {
	if len(codes) == 0 {
		return loc.T("render.plan.targetMarkets")
	}
	return loc.And(countryNames(cat, codes, loc, func(code string) string { return loc.Say(assessment.CountryName(cat, code)) }))
}

// fillTargets puts the firm's target markets in place of a step's
// catalogue.PlaceholderTargets.
func fillTargets(s, targets string) string {
	return strings.ReplaceAll(s, catalogue.PlaceholderTargets, targets)
}

// localMsgs says each message in loc.
func localMsgs(ms []assessment.Msg, loc i18n.Locale) []assessment.Msg {
	out := make([]assessment.Msg, len(ms))
	for i, m := range ms {
		out[i] = localMsg(m, loc)
	}
	return out
}

// localMsg says m in loc, and gives its arguments as JSON-friendly data:
// texts as their languages, nested messages as {id, args}, percentages as
// shares, lists as arrays.
func localMsg(m assessment.Msg, loc i18n.Locale) assessment.Msg {
	m.ID = m.Message.ID
	m.Text = loc.Format(m.Message)
	m.Args = make([]any, len(m.Message.Args))
	for i, a := range m.Message.Args {
		m.Args[i] = jsonArg(a)
	}
	return m
}

// jsonArg is a message argument as data.
func jsonArg(a any) any {
	switch x := a.(type) {
	case diag.Message:
		args := make([]any, len(x.Args))
		for i, y := range x.Args {
			args[i] = jsonArg(y)
		}
		return map[string]any{"id": x.ID, "args": args}
	case diag.Text:
		// Written as the object of its texts.
		return x
	case diag.Percent:
		return x.Value
	case diag.List:
		out := make([]any, len(x.Items))
		for i, y := range x.Items {
			out[i] = jsonArg(y)
		}
		return out
	}
	return a
}

// countryName is a country's name in loc, else its code: the name of a
// heading or a label ("Netherlands"), not the running-text form messages
// take (assessment.CountryName).
func countryName(cat *catalogue.Catalogue, code string, loc i18n.Locale) string {
	if c := cat.Country(code); c != nil {
		return loc.Pick(c.Name)
	}
	return code
}

// groupTitle is a need group's title in loc ("" for a practice's own group).
func groupTitle(cat *catalogue.Catalogue, id string, loc i18n.Locale) string {
	if g := cat.Group(id); g != nil {
		return loc.Pick(g.Title)
	}
	return ""
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
