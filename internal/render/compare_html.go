package render

import (
	"io"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// cmpHTMLData is a comparison as its page, or a plan's section on it, shows it.
type cmpHTMLData struct {
	Page              htmlPage
	Title, When, Move string
	Chart             barChart
	Rows              []cmpHTMLRow
	Lists             []cmpHTMLList
	Catalogue         []string
	Head              []string
	// OtherFirm warns that the files look like two firms' ("" if not).
	OtherFirm string
	// Unfinished says of each file that leaves areas unanswered that it
	// is unfinished (none if neither does).
	Unfinished []string
	// Unchanged says that no answer changed ("" if some did, or in a
	// plan's section).
	Unchanged string
}

type cmpHTMLRow struct {
	Label, Then, Now, Change string
	Up, Down                 bool
}

type cmpHTMLList struct {
	Title string
	Items []string
}

// newCmpHTML prepares c for its page or section; whole lists every
// changed answer (eis compare), else only says how many (a plan's section).
func newCmpHTML(c assessment.Comparison, loc i18n.Locale, whole bool) cmpHTMLData {
	v := cmpView{c, loc}
	d := cmpHTMLData{Title: v.tr("render.compare.title"), When: v.when(), Move: v.stage(), Catalogue: v.catalogueChange(), OtherFirm: v.otherFirm(), Unfinished: v.unfinished(),
		Head: []string{v.tr("render.plan.dimension"), v.tr("render.compare.then"), v.tr("render.compare.now"), v.tr("render.compare.change")}}
	if co := oneLine(c.Company); co != "" && whole {
		d.Title += " — " + co
	}
	if !whole {
		d.Title = v.tr("render.compare.since")
	}
	row := func(label string, ch assessment.Change) cmpHTMLRow {
		r := cmpHTMLRow{Label: oneLine(label), Then: scoreCell(loc, ch.Then), Now: scoreCell(loc, ch.Now), Change: v.delta(ch)}
		if d, ok := shownDelta(ch); ok {
			r.Up, r.Down = d > 0.00005, d < -0.00005
		}
		return r
	}
	d.Rows = append(d.Rows, row(v.tr("render.plan.overall"), c.Overall))
	var bars []barInput
	for _, dm := range c.Dimensions {
		d.Rows = append(d.Rows, row(dm.Title, dm.Scores()))
		bars = append(bars, barInput{Label: dm.Title, Score: dm.Now, Then: dm.Then, Cells: []string{scoreCell(loc, dm.Then), scoreCell(loc, dm.Now), v.delta(dm.Scores())}})
	}
	d.Chart = newBarChart("compare-chart", v.tr("render.compare.chart"), v.tr("render.aggregate.axis"), bars, d.Head,
		[]chartKey{{"then", v.tr("render.compare.then")}, {"now", v.tr("render.compare.now")}}, loc, v.tr("render.plan.noscore"))
	add := func(title string, items []string) {
		if len(items) > 0 {
			d.Lists = append(d.Lists, cmpHTMLList{title, items})
		}
	}
	add(v.tr("render.compare.resolved"), actionTitlesOf(c.Resolved))
	add(v.tr("render.compare.newActions"), actionTitlesOf(c.NewActions))
	add(v.tr("render.compare.newGaps"), v.changeLines(c.NewGaps))
	add(v.tr("render.compare.closed"), v.changeLines(c.Closed))
	if whole && len(c.Changed) == 0 {
		d.Unchanged = v.tr("render.compare.unchanged")
	} else if whole {
		add(v.otherChanges())
	} else if s := v.sinceChanged(true); s != "" {
		d.Catalogue = append([]string{s}, d.Catalogue...)
	}
	return d
}

func compareHTML(w io.Writer, c assessment.Comparison, loc i18n.Locale) error {
	d := newCmpHTML(c, loc, true)
	d.Page = htmlPage{Lang: loc.BCP47(), DocTitle: d.Title, Footer: footerText(loc, c.Generated.UTC().Format("2006-01-02"))}
	return writeHTML(w, loc, func(h *htmlWriter) { h.comparePage(&d) })
}

// comparePage writes a comparison's page (see compareHTML).
func (h *htmlWriter) comparePage(d *cmpHTMLData) {
	h.begin(d.Page)
	h.raw("\n<header class=\"cover\">\n<p class=\"kicker\">")
	h.T("render.compare.kicker")
	h.wrapped("</p>\n<h1>", d.Title, "</h1>\n<p class=\"meta\">")
	h.text(d.When)
	h.raw("</p>\n</header>\n")
	// The two-firms and unfinished-file warnings come before the first
	// heading, as they do in text and Markdown: they are about the whole
	// page, not its first section.
	body := *d
	h.compareWarnings(&body)
	body.OtherFirm, body.Unfinished = "", nil
	h.wrappedT("<section aria-labelledby=\"progress\">\n<h2 id=\"progress\">", "render.compare.progress", "</h2>\n")
	h.sinceBody(&body)
	h.raw("\n</section>")
	if len(d.Lists) > 0 {
		h.wrappedT("\n<section class=\"page\" aria-labelledby=\"details\">\n<h2 id=\"details\">", "render.compare.details", "</h2>\n")
		h.sinceLists(d)
		h.raw("\n</section>")
	}
	h.raw("\n")
	h.end(d.Page)
}

// sinceBody writes how the scores moved: the stage, the chart and the
// table, and what changed in the catalogue.
func (h *htmlWriter) sinceBody(d *cmpHTMLData) {
	h.compareWarnings(d)
	h.wrapped("<p class=\"lead\">", d.Move, "</p>\n")
	h.bars(&d.Chart)
	h.raw("\n<table>\n<thead><tr>")
	for i, s := range d.Head {
		if i > 0 {
			h.raw("<th scope=\"col\" class=\"num\">")
		} else {
			h.raw("<th scope=\"col\">")
		}
		h.text(s)
		h.raw("</th>")
	}
	h.raw("</tr></thead>\n<tbody>")
	for _, r := range d.Rows {
		h.wrapped("<tr><th scope=\"row\">", r.Label, "</th><td class=\"num\">")
		h.text(r.Then)
		h.raw("</td><td class=\"num\">")
		h.text(r.Now)
		switch {
		case r.Up:
			h.raw("</td><td class=\"num change-up\">")
		case r.Down:
			h.raw("</td><td class=\"num change-down\">")
		default:
			h.raw("</td><td class=\"num\">")
		}
		h.text(r.Change)
		h.raw("</td></tr>")
	}
	h.raw("</tbody>\n</table>")
	if d.Unchanged != "" {
		h.wrapped("\n<p>", d.Unchanged, "</p>")
	}
	for _, c := range d.Catalogue {
		h.wrapped("\n<p class=\"callout warn\">", c, "</p>")
	}
}

// sinceLists writes the lists of what changed.
func (h *htmlWriter) sinceLists(d *cmpHTMLData) {
	for _, l := range d.Lists {
		h.wrapped("\n<h3>", l.Title, "</h3>\n<ul class=\"plain\">")
		h.items(l.Items)
		h.raw("</ul>")
	}
}

// compareWarnings writes what makes the comparison less than it seems:
// the files look like two firms', or one is unfinished.
func (h *htmlWriter) compareWarnings(d *cmpHTMLData) {
	if d.OtherFirm != "" {
		h.wrapped("<p class=\"callout warn\"><strong>", d.OtherFirm, "</strong></p>\n")
	}
	for _, s := range d.Unfinished {
		h.wrapped("<p class=\"callout warn\"><strong>", s, "</strong></p>\n")
	}
}
