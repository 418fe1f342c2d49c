package render

import (
	"io"
	"strings"

	"github.com/eis-project/eis/internal/assessment"
)

// planHTMLData is the plan as the plan template shows it: every text said
// already, in the plan's language.
type planHTMLData struct {
	Page                htmlPage
	Title, Kicker, Meta string
	Facts               []planFact
	GeneralNote         string
	Unfinished, Resume  string
	Stage, StageReason  string
	MarketStages        []string
	Clarify1st          bool
	Overall             string
	Chart               barChart
	FirstSteps          []planStep
	Notices             []string
	Horizons            []planHorizon
	NoActions           string
	More, AllCommand    string
	MoreActions         []planAction
	NotForYou           []planFact
	Markets             []planMarket
	Ideas               []planAction
	IdeasIntro          string
	Clarify             []string
	Notes               []planFact
	Warnings            []string
	Since               *cmpHTMLData
	Targets             []string
}

type planFact struct{ Label, Value string }

type planStep struct{ Text, Title, Who, URL string }

// planMarket is the section of one target market.
type planMarket struct {
	Heading string
	Lines   []string
}

type planHorizon struct {
	Title   string
	Actions []planAction
}

type planAction struct {
	ID, Title, Who, Summary, URL, Effort, Until, Caution, Idea, IdeaLabel, After, HeldBack, Closes string
	StartHere, Alternatives                                                                        string
	Historic                                                                                       bool
	Steps, Why, Checks                                                                             []string
}

// PlanHTML writes p as one self-contained HTML page an advisor can hand
// over: the firm, date, advisor and note; readiness as a chart (with a
// table for screen readers); the stage and why; the first three steps;
// the actions as checklists with links; ideas from other regions; what to
// clarify. It prints to A4 with a page break before the actions and
// before the ideas.
func PlanHTML(w io.Writer, p assessment.Plan, o Options) error {
	w = o.writer(w, FormatHTML)
	loc := o.Locale
	title := loc.T("render.plan.title")
	d := planHTMLData{
		Kicker: title,
		Title:  title,
		Meta:   generatedLine(p, loc),
	}
	if c := oneLine(p.Respondent.Company); c != "" {
		d.Title = c
	}
	d.Page = htmlPage{Lang: loc.BCP47(), DocTitle: strings.TrimSpace(title + " — " + oneLine(p.Respondent.Company)), Footer: footerText(loc, p.Generated.UTC().Format("2006-01-02"))}
	if p.Respondent.Company == "" {
		d.Page.DocTitle = title
	}
	for _, f := range whoFields(p.Respondent, loc) {
		label, value, _ := strings.Cut(f, ": ")
		d.Facts = append(d.Facts, planFact{label, value})
	}
	if b := unfinishedBanner(p, loc); b != "" {
		d.Unfinished, d.Resume = b, oneLine(o.resumeCommand(loc))
	}
	d.Stage, d.StageReason = stageTitle(p.Stage, loc), p.Stage.Reason
	if p.Overall != nil {
		d.Overall = loc.T("render.html.overall", percent(loc, *p.Overall))
	}
	clar := map[string]int{}
	for _, c := range p.ToClarify {
		clar[c.Dimension]++
	}
	target := map[string]float64{}
	if p.Targets != nil {
		for _, t := range p.Targets.Dimensions {
			target[t.ID] = t.Target
		}
	}
	head := []string{loc.T("render.plan.dimension"), loc.T("render.plan.score")}
	var legend []chartKey
	if len(target) > 0 {
		head = append(head, loc.T("render.targets"))
		legend = []chartKey{{"now", loc.T("render.plan.score")}, {"target", loc.T("render.targets.legend")}}
	}
	var rows []barInput
	for _, dm := range p.Dimensions {
		r := barInput{Label: dm.Title, Score: dm.Score, Cells: []string{scoreCell(loc, dm.Score)}}
		if len(target) > 0 {
			r.Cells = append(r.Cells, "—")
		}
		if x, ok := target[dm.ID]; ok {
			r.Target = &x
			r.Cells[1] = percent(loc, x)
		}
		rows = append(rows, r)
	}
	d.Chart = newBarChart("readiness-chart", loc.T("render.plan.readiness"), loc.T("render.aggregate.axis"), rows, head, legend, loc, loc.T("render.plan.noscore"))
	d.Targets = targetLines(p, loc)

	d.MarketStages = marketStageLines(p, loc)
	for _, st := range p.FirstSteps {
		d.FirstSteps = append(d.FirstSteps, planStep{Text: oneLine(st.Text), Title: oneLine(st.Detail)})
	}
	// With the picture uncertain, what to find out comes before the actions.
	d.Clarify1st = p.Uncertain != nil
	for _, n := range p.Notices {
		d.Notices = append(d.Notices, n.Text)
	}
	titles, dims := actionTitles(p), dimTitles(p)
	shown, rest := splitShown(p)
	for _, g := range groupByHorizon(shown) {
		h := planHorizon{Title: horizonTitle(g.Horizon, loc)}
		for _, a := range g.Actions {
			ha := htmlAction(a, titles, o, p.ShowAll)
			ha.Closes = closesLine(a, dims, loc)
			h.Actions = append(h.Actions, ha)
		}
		d.Horizons = append(d.Horizons, h)
	}
	if len(p.Actions) == 0 {
		d.NoActions = loc.T("render.plan.actions.none")
	}
	switch {
	case len(rest) > 0 && p.ShowAll:
		for _, a := range rest {
			ha := htmlAction(a, titles, o, true)
			ha.Closes = closesLine(a, dims, loc)
			d.MoreActions = append(d.MoreActions, ha)
		}
		for _, nf := range p.NotForYou {
			head := oneLine(nf.Title)
			if nf.Organisation != "" && !strings.Contains(head, nf.Organisation) {
				head += " · " + oneLine(nf.Organisation)
			}
			d.NotForYou = append(d.NotForYou, planFact{head, joinTexts(nf.Why, "; ", MaxWhy)})
		}
	case len(rest) > 0:
		d.More, d.AllCommand = loc.N("render.plan.more", len(rest), len(rest)), oneLine(o.allCommand(loc))
	}
	for _, m := range p.Markets {
		pm := planMarket{Heading: marketHeading(m, loc)}
		for _, n := range m.Notes {
			line := n.Text
			if c := confidenceWarning(n.Confidence, loc); c != "" {
				line += " (" + c + ")"
			}
			pm.Lines = append(pm.Lines, line)
		}
		for _, l := range m.Lines {
			pm.Lines = append(pm.Lines, l.Text)
		}
		for _, sp := range m.Support {
			pm.Lines = append(pm.Lines, supportLine(sp, loc))
		}
		if m.NoSupport != nil {
			pm.Lines = append(pm.Lines, m.NoSupport.Text)
		}
		d.Markets = append(d.Markets, pm)
	}
	for _, id := range p.Ideas {
		pa := planAction{
			ID: "idea-" + id.Practice, Title: oneLine(id.Idea), Who: loc.T("render.label.inspired") + ": " + ideaSource(id),
			URL: id.URL, Caution: confidenceWarning(id.Confidence, loc), Historic: id.Historic,
		}
		for _, r := range id.Reasons {
			pa.Why = append(pa.Why, r.Text)
		}
		d.Ideas = append(d.Ideas, pa)
	}
	d.IdeasIntro = loc.T("render.plan.ideas.intro")
	for _, l := range clarifyLines(p, loc) {
		if l.Item == nil {
			d.Clarify = append(d.Clarify, l.Summary)
			continue
		}
		c := l.Item
		s := oneLine(c.Text)
		if dt := dimTitle(p, c.Dimension); dt != "" {
			s += " (" + dt + ")"
		}
		if c.Answer != "" {
			s += " — " + answerWord(c.Answer, loc)
		}
		d.Clarify = append(d.Clarify, s)
	}
	for _, n := range p.Notes {
		if n.Ref == assessment.NoteGeneral && d.GeneralNote == "" {
			d.GeneralNote = n.Text
			continue
		}
		d.Notes = append(d.Notes, planFact{noteTitle(n, loc), n.Text})
	}
	d.Warnings = p.Warnings
	if p.Since != nil {
		s := newCmpHTML(*p.Since, loc, false)
		d.Since = &s
	}
	return executeHTML(w, "plan", loc, d)
}

// htmlAction is an action with its texts said (all: the plan shows every
// action, so alternatives are all named).
func htmlAction(a assessment.Action, titles map[string]string, o Options, all bool) planAction {
	loc := o.Locale
	pa := planAction{
		ID: "action-" + a.Practice, Title: oneLine(a.Title), Who: strings.Join(actionWho(a, loc), " · "), Summary: a.Summary, URL: a.URL,
		Caution: confidenceWarning(a.Confidence, loc), Historic: a.Historic,
	}
	if k := doorLabel(a); k != "" {
		pa.StartHere = loc.T(k)
	}
	if pa.URL == "" {
		pa.Summary = strings.TrimSpace(pa.Summary + " " + contactText(a.Contact, loc))
	}
	if a.Effort != "" {
		pa.Effort = strings.Join(effortFields(a, loc), " · ")
	}
	if a.ValidUntil != "" {
		pa.Until = loc.T("render.label.until", a.ValidUntil)
	}
	for _, st := range a.Steps {
		pa.Steps = append(pa.Steps, oneLine(st))
	}
	for _, r := range a.Reasons {
		pa.Why = append(pa.Why, r.Text)
	}
	for _, c := range a.Checks {
		pa.Checks = append(pa.Checks, c.Text)
	}
	pa.Alternatives = alternativesText(a, loc, all)
	if len(a.After) > 0 {
		var names []string
		for _, id := range a.After {
			names = append(names, titleOr(titles, id))
		}
		pa.After = strings.Join(names, "; ")
	}
	if a.HeldBack != nil {
		pa.HeldBack = a.HeldBack.Text
	}
	return pa
}
