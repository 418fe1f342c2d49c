package render

import (
	"io"
	"math"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/assessment"
)

// aggHTMLData is the report as its page shows it.
type aggHTMLData struct {
	Page                  htmlPage
	Title, Subtitle, Rule string
	Summary               []string
	Shown, AllRegions     bool
	Breakdowns            []aggHTMLBreakdown
	ReadinessIntro        string
	Chart                 boxChart
	Readiness             [][]string
	Shared                []aggregate.SharedGap
	SharedNone            string
	Gaps, Practices       aggHTMLRanked
}

type aggHTMLBreakdown struct {
	Title string
	Rows  []struct{ Label, Count string }
}

type aggHTMLRanked struct {
	Head, None string
	Items      []struct {
		Rank         int
		Title, Firms string
	}
}

func aggregateHTML(w io.Writer, v aggView) error {
	d := aggHTMLData{
		Page:           htmlPage{Lang: v.loc.BCP47(), DocTitle: v.title(), Footer: footerText(v.loc, v.Generated.UTC().Format("2006-01-02"))},
		Title:          v.title(),
		Subtitle:       v.subtitle(),
		Summary:        v.summary(),
		Rule:           v.rule(),
		Shown:          !v.Firms.Suppressed,
		AllRegions:     v.Region == "",
		ReadinessIntro: v.tr("render.aggregate.readiness.intro", percent(v.loc, assessment.WeakBelow)),
		Shared:         v.SharedGaps,
		SharedNone:     v.tr("render.aggregate.shared.none", v.MinGroup),
	}
	for _, b := range v.breakdowns() {
		hb := aggHTMLBreakdown{Title: b.Title}
		for _, g := range b.Groups {
			hb.Rows = append(hb.Rows, struct{ Label, Count string }{oneLine(g.Label), v.count(g.Count)})
		}
		d.Breakdowns = append(d.Breakdowns, hb)
	}
	var rows []boxInput
	for _, r := range v.Readiness {
		rows = append(rows, boxInput{Label: r.Title, Q1: r.Q1, Median: r.Median, Q3: r.Q3, Scored: v.count(r.Scored)})
		d.Readiness = append(d.Readiness, []string{oneLine(r.Title), v.pct(r.Q1), v.pct(r.Median), v.pct(r.Q3), v.count(r.Weak)})
	}
	head := []string{v.tr("render.plan.dimension"), v.tr("render.aggregate.col.q1"), v.tr("render.aggregate.col.median"), v.tr("render.aggregate.col.q3"), v.tr("render.aggregate.col.firms")}
	d.Chart = newBoxChart("readiness-chart", v.tr("render.aggregate.readiness"), v.tr("render.aggregate.axis"), rows, head,
		[]chartKey{{"box", v.tr("render.aggregate.legend.box")}}, v)
	ranked := func(head string, items []aggregate.Shared) aggHTMLRanked {
		r := aggHTMLRanked{Head: head, None: v.tr("render.aggregate.none", v.MinGroup)}
		for i, it := range items {
			r.Items = append(r.Items, struct {
				Rank         int
				Title, Firms string
			}{i + 1, oneLine(it.Title), v.firmsShare(it.Firms, it.Share)})
		}
		return r
	}
	d.Gaps = ranked(v.tr("render.aggregate.col.question"), v.Gaps)
	d.Practices = ranked(v.tr("render.aggregate.col.practice"), v.Practices)
	return writeHTML(w, v.loc, func(h *htmlWriter) { h.aggregatePage(&d) })
}

// boxChart is the data of a box chart (htmlWriter.boxes).
type boxChart struct {
	barChart
	Rows []boxRow
}

type boxRow struct {
	Label, Value    string
	Y, H, Y2, TextY float64
	HasScore        bool
	X1, W, XM       float64
}

type boxInput struct {
	Label          string
	Q1, Median, Q3 *float64
	Scored         string
}

// newBoxChart lays out one box per row on the same axes as newBarChart.
func newBoxChart(id, title, axis string, rows []boxInput, head []string, legend []chartKey, v aggView) boxChart {
	var bars []barInput
	for _, r := range rows {
		bars = append(bars, barInput{Label: r.Label})
	}
	c := boxChart{barChart: newBarChart(id, title, axis, bars, head, legend, v.loc, "")}
	c.Table = nil
	x := func(s float64) float64 { return float64(c.BarX) + math.Round(clamp01(s)*float64(c.BarW)*10)/10 }
	for i, r := range rows {
		b := c.barChart.Rows[i]
		row := boxRow{Label: b.Label, Y: b.Y, H: b.H, Y2: b.Y + b.H, TextY: b.TextY, Value: v.tr("render.aggregate.suppressed", v.MinGroup)}
		if r.Median != nil && r.Q1 != nil && r.Q3 != nil {
			row.HasScore = true
			row.X1, row.XM = x(*r.Q1), x(*r.Median)
			row.W = x(*r.Q3) - row.X1
			row.Value = percent(v.loc, *r.Median)
		}
		c.Rows = append(c.Rows, row)
		c.Table = append(c.Table, []string{oneLine(r.Label), v.pct(r.Q1), v.pct(r.Median), v.pct(r.Q3), r.Scored})
	}
	return c
}

// aggregatePage writes the report on many firms (see aggregateHTML).
func (h *htmlWriter) aggregatePage(d *aggHTMLData) {
	h.begin(d.Page)
	h.raw("\n<header class=\"cover\">\n<p class=\"kicker\">")
	h.T("render.aggregate.kicker")
	h.wrapped("</p>\n<h1>", d.Title, "</h1>\n<p class=\"meta\">")
	h.text(d.Subtitle)
	h.wrappedT("</p>\n</header>\n<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">", "render.aggregate.summary", "</h2>")
	for _, s := range d.Summary {
		h.wrapped("\n<p class=\"lead\">", s, "</p>")
	}
	h.wrapped("\n<p class=\"callout\">", d.Rule, "</p>")
	if d.Shown {
		h.raw("\n<div class=\"grid2\">")
		for _, b := range d.Breakdowns {
			h.wrapped("\n<table>\n<thead><tr><th scope=\"col\">", b.Title, "</th><th scope=\"col\" class=\"num\">")
			h.T("render.aggregate.col.firms")
			h.raw("</th></tr></thead>\n<tbody>")
			for _, r := range b.Rows {
				h.wrapped("<tr><td>", r.Label, "</td><td class=\"num\">")
				h.text(r.Count)
				h.raw("</td></tr>")
			}
			h.raw("</tbody>\n</table>")
		}
		h.raw("\n</div>")
	}
	h.raw("\n</section>")
	if d.Shown {
		h.raw("\n<section class=\"page\" aria-labelledby=\"readiness\">\n<h2 id=\"readiness\">")
		h.T("render.aggregate.readiness")
		h.wrapped("</h2>\n<p>", d.ReadinessIntro, "</p>\n")
		h.boxes(&d.Chart)
		h.wrappedT("\n<table>\n<thead><tr><th scope=\"col\">", "render.plan.dimension", "</th><th scope=\"col\" class=\"num\">")
		h.T("render.aggregate.col.q1")
		h.wrappedT("</th><th scope=\"col\" class=\"num\">", "render.aggregate.col.median", "</th><th scope=\"col\" class=\"num\">")
		h.T("render.aggregate.col.q3")
		h.wrappedT("</th><th scope=\"col\" class=\"num\">", "render.aggregate.col.weak", "</th></tr></thead>\n<tbody>")
		for _, r := range d.Readiness {
			h.wrapped("<tr><th scope=\"row\">", r[0], "</th>")
			for _, c := range r[1:5] {
				h.wrapped("<td class=\"num\">", c, "</td>")
			}
			h.raw("</tr>")
		}
		h.wrappedT("</tbody>\n</table>\n</section>\n<section class=\"page\" aria-labelledby=\"shared\">\n<h2 id=\"shared\">", "render.aggregate.shared", "</h2>\n<p>")
		h.T("render.aggregate.shared.intro")
		h.raw("</p>")
		if len(d.Shared) > 0 {
			h.wrappedT("\n<table>\n<thead><tr><th scope=\"col\">", "render.plan.dimension", "</th><th scope=\"col\">")
			h.T("render.label.stage")
			h.raw("</th>")
			if d.AllRegions {
				h.wrappedT("<th scope=\"col\">", "render.label.region", "</th>")
			}
			h.wrappedT("<th scope=\"col\" class=\"num\">", "render.aggregate.col.firms", "</th></tr></thead>\n<tbody>")
			for _, g := range d.Shared {
				h.wrapped("<tr><th scope=\"row\">", g.Title, "</th><td>")
				h.text(g.StageTitle)
				h.raw("</td>")
				if d.AllRegions {
					h.wrapped("<td>", g.RegionName, "</td>")
				}
				h.raw("<td class=\"num\">")
				h.num(g.Firms)
				h.raw("</td></tr>")
			}
			h.raw("</tbody>\n</table>")
		} else {
			h.wrapped("\n<p class=\"muted\">", d.SharedNone, "</p>")
		}
		h.wrappedT("\n<h2 id=\"gaps\">", "render.aggregate.gaps", "</h2>\n")
		h.ranked(&d.Gaps)
		h.wrappedT("\n<h2 id=\"practices\">", "render.aggregate.practices", "</h2>\n")
		h.ranked(&d.Practices)
		h.raw("\n</section>")
	}
	h.raw("\n")
	h.end(d.Page)
}

// ranked writes a ranked list as a table, or says there is none.
func (h *htmlWriter) ranked(r *aggHTMLRanked) {
	if len(r.Items) == 0 {
		h.wrapped("\n<p class=\"muted\">", r.None, "</p>")
		return
	}
	h.wrapped("\n<table>\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">", r.Head, "</th><th scope=\"col\" class=\"num\">")
	h.T("render.aggregate.col.firms")
	h.raw("</th></tr></thead>\n<tbody>")
	for _, it := range r.Items {
		h.raw("<tr><td class=\"num\">")
		h.num(it.Rank)
		h.wrapped("</td><td>", it.Title, "</td><td class=\"num\">")
		h.text(it.Firms)
		h.raw("</td></tr>")
	}
	h.raw("</tbody>\n</table>")
}
