package render

import (
	"io"
	"strings"

	"github.com/eis-project/eis/internal/assessment"
)

// planHTMLData is the plan as its page shows it: every text said
// already, in the plan's language.
type planHTMLData struct {
	Page                htmlPage
	Title, Kicker, Meta string
	Facts               []planFact
	GeneralNote         string
	// Unfinished says that the assessment is unfinished, in words for the
	// report's reader: no command (see unfinishedBanner).
	Unfinished         string
	Stage, StageReason string
	MarketStages       []string
	Clarify1st         bool
	Overall            string
	Chart              barChart
	FirstSteps         []planStep
	Notices            []string
	Horizons           []planHorizon
	NoActions          string
	More               string
	MoreActions        []planAction
	NotForYou          []planFact
	Markets            []planMarket
	Ideas              []planAction
	IdeasIntro         string
	Clarify            []string
	Notes              []planFact
	Warnings           []string
	Since              *cmpHTMLData
	Targets            []string
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
	// Who the firm is, as the text and Markdown plans head it: region to
	// advisor, then what, to whom and how it sells and its markets.
	for _, f := range append(whoFields(p.Respondent, loc), profileFields(p)...) {
		label, value, _ := strings.Cut(f, ": ")
		d.Facts = append(d.Facts, planFact{label, value})
	}
	// The report is printed and handed to the firm: it says how the plan
	// is completed, not the command that does it, which the text plan
	// gives the one running eis (as the whole plan's line, moreReader).
	// The notices that continuing answers say so in words, too.
	if b := unfinishedBanner(p, loc); b != "" {
		d.Unfinished = b + " " + loc.T("render.plan.unfinished.reader")
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
		// The report is handed to the firm, who reads it rather than runs
		// eis: it says where the rest is, not the command line.
		d.More = loc.N("render.plan.moreReader", len(rest), len(rest))
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
	return writeHTML(w, loc, func(h *htmlWriter) { h.planPage(&d) })
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

// planPage writes the plan's page (see PlanHTML).
func (h *htmlWriter) planPage(d *planHTMLData) {
	h.begin(d.Page)
	h.wrapped("\n<header class=\"cover\">\n<p class=\"kicker\">", d.Kicker, "</p>\n<h1>")
	h.text(d.Title)
	h.wrapped("</h1>\n<p class=\"meta\">", d.Meta, "</p>")
	if len(d.Facts) > 0 {
		h.raw("\n<dl class=\"facts\">")
		for _, f := range d.Facts {
			h.wrapped("\n<dt>", f.Label, "</dt><dd>")
			h.text(f.Value)
			h.raw("</dd>")
		}
		h.raw("\n</dl>")
	}
	if d.GeneralNote != "" {
		h.raw("\n<div class=\"callout\"><p class=\"label\">")
		h.T("render.html.note")
		h.wrapped("</p><p class=\"note\">", d.GeneralNote, "</p></div>")
	}
	h.raw("\n</header>")
	if d.Unfinished != "" {
		h.wrapped("\n<div class=\"callout warn\" role=\"note\"><p>", d.Unfinished, "</p></div>")
	}
	h.wrappedT("\n\n<section aria-labelledby=\"standing\">\n<h2 id=\"standing\">", "render.html.standing", "</h2>\n<div class=\"stage\">\n<p class=\"stage-name\"><span class=\"label\">")
	h.T("render.label.stage")
	h.wrapped(":</span> ", d.Stage, "</p>")
	if d.StageReason != "" {
		h.wrapped("\n<p>", d.StageReason, "</p>")
	}
	for _, s := range d.MarketStages {
		h.wrapped("\n<p class=\"small\">", s, "</p>")
	}
	h.raw("\n</div>")
	if d.Overall != "" {
		h.wrapped("\n<p class=\"lead\">", d.Overall, "</p>")
	}
	h.raw("\n")
	h.bars(&d.Chart)
	if len(d.Targets) > 0 {
		h.wrappedT("\n<h3 id=\"targets\">", "render.targets", "</h3>\n<ul class=\"plain\">")
		h.items(d.Targets)
		h.raw("</ul>")
	}
	h.raw("\n</section>")
	if s := d.Since; s != nil {
		h.wrapped("\n\n<section class=\"page\" aria-labelledby=\"since\">\n<h2 id=\"since\">", s.Title, "</h2>\n<p class=\"meta\">")
		h.text(s.When)
		h.raw("</p>\n")
		h.sinceBody(s)
		h.raw("\n")
		h.sinceLists(s)
		h.raw("\n</section>")
	}
	if len(d.FirstSteps) > 0 {
		h.wrappedT("\n<section aria-labelledby=\"first-steps\">\n<h2 id=\"first-steps\">", "render.html.firstSteps", "</h2>\n<ol class=\"first-steps\">")
		for _, s := range d.FirstSteps {
			h.wrapped("\n<li><strong>", s.Text, "</strong><br><span class=\"small muted\">")
			h.text(s.Title)
			if s.Who != "" {
				h.raw(" · ")
				h.text(s.Who)
			}
			h.raw("</span>")
			if s.URL != "" {
				h.raw("<br><a class=\"small\" href=\"")
				h.url(s.URL)
				h.wrapped("\">", s.URL, "</a>")
			}
			h.raw("</li>")
		}
		h.raw("\n</ol>\n</section>")
	}
	if d.Clarify1st && len(d.Clarify) > 0 {
		h.wrappedT("\n<section aria-labelledby=\"clarify-first\">\n<h2 id=\"clarify-first\">", "render.plan.clarify", "</h2>\n<ul class=\"checklist\">")
		h.checklist("clarify-first", d.Clarify)
		h.raw("\n</ul>\n</section>")
	}
	h.wrappedT("\n\n<section class=\"page\" aria-labelledby=\"actions\">\n<h2 id=\"actions\">", "render.plan.actions", "</h2>")
	for _, n := range d.Notices {
		h.wrapped("\n<p class=\"callout\">", n, "</p>")
	}
	if d.NoActions != "" {
		h.wrapped("\n<p>", d.NoActions, "</p>")
	}
	for _, g := range d.Horizons {
		h.wrapped("\n<h3 class=\"horizon\">", g.Title, "</h3>")
		for i := range g.Actions {
			h.raw("\n")
			h.action(&g.Actions[i])
		}
	}
	if len(d.MoreActions) > 0 {
		h.wrappedT("\n<h3 class=\"horizon\">", "render.plan.moreActions", "</h3>")
		for i := range d.MoreActions {
			h.raw("\n")
			h.action(&d.MoreActions[i])
		}
	}
	if d.More != "" {
		h.wrapped("\n<p class=\"small muted\">", d.More, "</p>")
	}
	if len(d.NotForYou) > 0 {
		h.wrappedT("\n<h3 id=\"not-for-you\">", "render.plan.notForYou", "</h3>\n<dl class=\"facts\">")
		for _, f := range d.NotForYou {
			h.wrapped("\n<dt>", f.Label, "</dt><dd>")
			h.T("render.label.notForYou")
			h.wrapped(": ", f.Value, "</dd>")
		}
		h.raw("\n</dl>")
	}
	h.raw("\n</section>")
	if len(d.Markets) > 0 {
		h.wrappedT("\n<section aria-labelledby=\"markets\">\n<h2 id=\"markets\">", "render.plan.markets", "</h2>")
		for _, m := range d.Markets {
			h.wrapped("\n<h3>", m.Heading, "</h3>\n<ul class=\"plain\">")
			h.items(m.Lines)
			h.raw("</ul>")
		}
		h.raw("\n</section>")
	}
	clarifyLater := len(d.Clarify) > 0 && !d.Clarify1st
	if len(d.Ideas) > 0 || clarifyLater || len(d.Notes) > 0 || len(d.Warnings) > 0 {
		// A new printed page for the ideas; notes, questions to clarify or
		// warnings alone follow on the page they start on, not on a sheet
		// of their own.
		if len(d.Ideas) > 0 {
			h.raw("\n<section class=\"page\" aria-labelledby=\"more\">")
		} else {
			h.raw("\n<section aria-labelledby=\"more\">")
		}
		h.wrappedT("\n<h2 id=\"more\" class=\"sr-only\">", "render.html.more", "</h2>")
		if len(d.Ideas) > 0 {
			h.raw("\n<h3 id=\"ideas\">")
			h.T("render.plan.ideas")
			h.wrapped("</h3>\n<p>", d.IdeasIntro, "</p>")
			for i := range d.Ideas {
				h.raw("\n")
				h.idea(&d.Ideas[i])
			}
		}
		if clarifyLater {
			h.wrappedT("\n<h3 id=\"clarify\">", "render.plan.clarify", "</h3>\n<ul class=\"checklist\">")
			h.checklist("clarify", d.Clarify)
			h.raw("\n</ul>")
		}
		if len(d.Notes) > 0 {
			h.wrappedT("\n<h3 id=\"notes\">", "render.plan.notes", "</h3>\n<dl class=\"facts notes\">")
			for _, f := range d.Notes {
				h.wrapped("\n<dt>", f.Label, "</dt><dd class=\"note\">")
				h.text(f.Value)
				h.raw("</dd>")
			}
			h.raw("\n</dl>")
		}
		if len(d.Warnings) > 0 {
			h.wrappedT("\n<h3 id=\"warnings\">", "render.plan.warnings", "</h3>\n<ul class=\"plain\">")
			h.items(d.Warnings)
			h.raw("</ul>")
		}
		h.raw("\n</section>")
	}
	h.raw("\n")
	h.end(d.Page)
}

// items writes each of s as a list item.
func (h *htmlWriter) items(s []string) {
	for _, it := range s {
		h.wrapped("<li>", it, "</li>")
	}
}

// checklist writes each of s as a list item with a check box, the boxes
// numbered from 0 after id.
func (h *htmlWriter) checklist(id string, s []string) {
	for i, it := range s {
		h.wrapped("\n<li><input type=\"checkbox\" id=\"", id, "-")
		h.num(i)
		h.wrapped("\"><label for=\"", id, "-")
		h.num(i)
		h.wrapped("\">", it, "</label></li>")
	}
}

// action writes an action as a card.
func (h *htmlWriter) action(a *planAction) {
	h.wrapped("<article class=\"card\" id=\"", a.ID, "\">\n<h4>")
	if a.URL != "" {
		h.raw("<a href=\"")
		h.url(a.URL)
		h.wrapped("\">", a.Title, "</a>")
	} else {
		h.text(a.Title)
	}
	if a.StartHere != "" {
		h.wrapped(" <span class=\"badge\">", a.StartHere, "</span>")
	}
	h.raw("</h4>\n<p class=\"who\">")
	h.text(a.Who)
	if a.Caution != "" {
		h.wrapped(" <span class=\"badge warn\">", a.Caution, "</span>")
	}
	h.raw("</p>")
	if a.Summary != "" {
		h.wrapped("\n<p>", a.Summary, "</p>")
	}
	if a.URL != "" {
		h.linkLine(a.URL)
	}
	h.raw("\n<p class=\"small muted\">")
	h.text(a.Effort)
	if a.Until != "" {
		h.raw(" · ")
		h.text(a.Until)
	}
	h.raw("</p>")
	if len(a.Steps) > 0 {
		h.raw("\n<ul class=\"checklist\">")
		h.checklist(a.ID, a.Steps)
		h.raw("\n</ul>")
	}
	h.why(a.Why)
	for _, c := range a.Checks {
		h.wrapped("\n<p class=\"small\"><span class=\"badge warn\">", c, "</span></p>")
	}
	if a.Alternatives != "" {
		h.wrapped("\n<p class=\"small\">", a.Alternatives, "</p>")
	}
	if a.After != "" {
		h.raw("\n<p class=\"small\"><span class=\"label\">")
		h.T("render.label.after")
		h.wrapped(":</span> ", a.After, "</p>")
	}
	if a.HeldBack != "" {
		h.wrapped("\n<p class=\"small\"><span class=\"badge warn\">", a.HeldBack, "</span></p>")
	}
	if a.Closes != "" {
		h.wrapped("\n<p class=\"small target-note\">", a.Closes, "</p>")
	}
	h.raw("\n</article>")
}

// why writes the reasons for an action or idea, if any.
func (h *htmlWriter) why(why []string) {
	if len(why) == 0 {
		return
	}
	h.raw("\n<p class=\"small\"><span class=\"label\">")
	h.T("render.label.why")
	h.wrapped(":</span> ", strings.Join(why, " "), "</p>")
}

// idea writes an idea from another region as a card.
func (h *htmlWriter) idea(a *planAction) {
	h.wrapped("<article class=\"card\" id=\"idea-", a.ID, "\">\n<h4>")
	h.text(a.Title)
	h.raw("</h4>\n<p class=\"who\">")
	h.text(a.Who)
	if a.Historic {
		h.wrappedT(" <span class=\"badge muted\">", "render.region.historic", "</span>")
	}
	if a.Caution != "" {
		h.wrapped(" <span class=\"badge warn\">", a.Caution, "</span>")
	}
	h.raw("</p>")
	if a.Summary != "" {
		h.wrapped("\n<p>", a.Summary, "</p>")
	}
	if a.Idea != "" {
		h.wrapped("\n<p><span class=\"label\">", a.IdeaLabel, ":</span> ")
		h.text(a.Idea)
		h.raw("</p>")
	}
	if a.URL != "" {
		h.linkLine(a.URL)
	}
	h.why(a.Why)
	h.raw("\n</article>")
}
