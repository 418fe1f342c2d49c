package render

import (
	"io"
	"strings"

	"github.com/eis-project/eis/internal/region"
)

// regionHTMLData is the review as its page shows it: every
// text said already, in the run's language.
type regionHTMLData struct {
	Page                     htmlPage
	Title, Subtitle, Summary string
	Stages                   []string
	Rows                     []regionHTMLRow
	Offer                    []regionHTMLProg
	Gaps                     []regionHTMLGap
	Ideas                    []regionHTMLIdea
	MoreIdeas                string
	Closing                  []regionHTMLLine
	Recheck                  []regionHTMLLine
	Historic                 []string
}

type regionHTMLRow struct {
	Title string
	Cells []regionHTMLCell
}

type regionHTMLCell struct {
	Empty bool
	Names []string
}

type regionHTMLProg struct {
	Title, URL, Fields string
	Warn               bool
}

type regionHTMLGap struct {
	Title, Stages string
	Ideas         []string
	EU            string
}

type regionHTMLIdea struct {
	Title, Who, Fills, Transfer, Evidence, URL, Confidence string
	Historic, Verified                                     bool
	Sources                                                []region.Source
}

type regionHTMLLine struct{ Title, Text string }

func regionHTML(w io.Writer, v regionView, o Options) error {
	d := regionHTMLData{
		Page:     htmlPage{Lang: v.loc.BCP47(), DocTitle: v.tr("render.region.title", oneLine(v.RegionName)), Footer: footerText(v.loc, v.Generated.UTC().Format("2006-01-02"))},
		Title:    v.tr("render.region.title", oneLine(v.RegionName)),
		Subtitle: v.subtitle(),
		Summary:  v.summary(),
	}
	for _, s := range v.Stages {
		d.Stages = append(d.Stages, oneLine(s.Title))
	}
	for _, dim := range v.Dimensions {
		row := regionHTMLRow{Title: oneLine(dim.Title)}
		for _, c := range v.Cells {
			if c.Dimension != dim.ID {
				continue
			}
			cell := regionHTMLCell{Empty: c.Empty()}
			for _, id := range c.Programmes {
				cell.Names = append(cell.Names, v.title(id))
			}
			row.Cells = append(row.Cells, cell)
		}
		d.Rows = append(d.Rows, row)
	}
	for _, p := range v.Offer {
		d.Offer = append(d.Offer, regionHTMLProg{Title: oneLine(p.Title), URL: p.URL, Fields: strings.Join(v.programmeFields(p), " · "), Warn: p.Confidence != "verified"})
	}
	for _, g := range v.Gaps {
		hg := regionHTMLGap{Title: g.Title, Stages: v.stagesText(g.Stages), EU: v.titlesOf(g.EU)}
		for _, id := range g.Ideas {
			hg.Ideas = append(hg.Ideas, v.ideaRef(id))
		}
		d.Gaps = append(d.Gaps, hg)
	}
	for _, it := range v.Shown {
		d.Ideas = append(d.Ideas, regionHTMLIdea{
			Title: oneLine(it.Title), Who: strings.Join(v.ideaWho(it), " · "), Fills: v.fillsText(it.Fills),
			Transfer: it.TransferPotential, Evidence: it.Evidence, URL: it.URL,
			Confidence: confidenceShort(it.Confidence, v.loc), Historic: it.Historic, Verified: it.Confidence == "verified",
			Sources: it.Sources,
		})
	}
	if n := len(v.Ideas) - len(v.Shown); n > 0 {
		d.MoreIdeas = v.loc.N("render.region.ideas.more", n, n)
	}
	for _, p := range v.Closing {
		d.Closing = append(d.Closing, regionHTMLLine{Title: oneLine(p.Title), Text: v.tr("render.region.closes", p.ValidUntil)})
	}
	for _, r := range v.Recheck {
		d.Recheck = append(d.Recheck, regionHTMLLine{Title: oneLine(r.Title), Text: v.recheckText(r)})
	}
	for _, p := range v.Historic {
		d.Historic = append(d.Historic, oneLine(p.Title))
	}
	return writeHTML(w, v.loc, func(h *htmlWriter) { h.regionPage(&d) })
}

// regionPage writes the region's review (see regionHTML).
func (h *htmlWriter) regionPage(d *regionHTMLData) {
	h.begin(d.Page)
	h.raw("\n<header class=\"cover\">\n<p class=\"kicker\">")
	h.T("render.region.kicker")
	h.wrapped("</p>\n<h1>", d.Title, "</h1>\n<p class=\"meta\">")
	h.text(d.Subtitle)
	h.wrapped("</p>\n</header>\n<section aria-labelledby=\"matrix\">\n<p class=\"lead\">", d.Summary, "</p>\n<h2 id=\"matrix\">")
	h.T("render.region.matrix")
	h.wrappedT("</h2>\n<p class=\"small muted\">", "render.region.matrix.legend.html", "</p>\n<table class=\"matrix\">\n<thead><tr><th scope=\"col\">")
	h.T("render.plan.dimension")
	h.raw("</th>")
	for _, s := range d.Stages {
		h.wrapped("<th scope=\"col\">", s, "</th>")
	}
	h.raw("</tr></thead>\n<tbody>")
	for _, r := range d.Rows {
		h.wrapped("\n<tr><th scope=\"row\">", r.Title, "</th>")
		for _, c := range r.Cells {
			if c.Empty {
				h.wrappedT("<td class=\"empty\">", "render.region.cell.empty", "</td>")
			} else {
				h.raw("<td><ul>")
				h.items(c.Names)
				h.raw("</ul></td>")
			}
		}
		h.raw("</tr>")
	}
	h.wrappedT("\n</tbody>\n</table>\n</section>\n\n<section class=\"page\" aria-labelledby=\"offer\">\n<h2 id=\"offer\">", "render.region.offer", "</h2>")
	if len(d.Offer) == 0 {
		h.wrappedT("\n<p>", "render.region.offer.none", "</p>")
	}
	h.wrappedT("\n<table>\n<thead><tr><th scope=\"col\">", "render.region.programme", "</th><th scope=\"col\">")
	h.T("render.region.details")
	h.raw("</th></tr></thead>\n<tbody>")
	for _, p := range d.Offer {
		h.raw("\n<tr><td>")
		if p.URL != "" {
			h.raw("<a class=\"url\" href=\"")
			h.url(p.URL)
			h.wrapped("\">", p.Title, "</a>")
		} else {
			h.text(p.Title)
		}
		h.wrapped("</td><td>", p.Fields, "</td></tr>")
	}
	h.wrappedT("\n</tbody>\n</table>\n<h2 id=\"gaps\">", "render.region.gaps", "</h2>")
	if len(d.Gaps) == 0 {
		h.wrappedT("\n<p>", "render.region.gaps.none", "</p>")
	}
	h.wrappedT("\n<table>\n<thead><tr><th scope=\"col\">", "render.plan.dimension", "</th><th scope=\"col\">")
	h.T("render.region.emptyStages")
	h.wrappedT("</th><th scope=\"col\">", "render.region.gaps.ideas", "</th></tr></thead>\n<tbody>")
	for _, g := range d.Gaps {
		h.wrapped("\n<tr><th scope=\"row\">", g.Title, "</th><td>")
		h.text(g.Stages)
		h.raw("</td><td>")
		if len(g.Ideas) > 0 {
			h.raw("<ul class=\"plain\">")
			h.items(g.Ideas)
			h.raw("</ul>")
		} else {
			h.wrappedT("<span class=\"muted\">", "render.region.gaps.noIdeas", "</span>")
		}
		if g.EU != "" {
			h.raw("<p class=\"small muted\">")
			h.T("render.region.gaps.eu")
			h.wrapped(": ", g.EU, "</p>")
		}
		h.raw("</td></tr>")
	}
	h.raw("\n</tbody>\n</table>\n</section>")
	if len(d.Ideas) > 0 {
		h.wrappedT("\n<section class=\"page\" aria-labelledby=\"ideas\">\n<h2 id=\"ideas\">", "render.region.ideas", "</h2>\n<p>")
		h.T("render.region.ideas.intro")
		h.raw("</p>")
		for _, it := range d.Ideas {
			h.wrapped("\n<article class=\"card\">\n<h3>", it.Title, "</h3>\n<p class=\"who\">")
			h.text(it.Who)
			h.raw(" ")
			if it.Historic {
				h.wrappedT("<span class=\"badge muted\">", "render.region.historic", "</span> ")
			}
			if it.Verified {
				h.raw("<span class=\"badge good\">")
			} else {
				h.raw("<span class=\"badge warn\">")
			}
			h.text(it.Confidence)
			h.raw("</span></p>\n<p><span class=\"label\">")
			h.T("render.region.fills")
			h.wrapped(":</span> ", it.Fills, "</p>")
			if it.Transfer != "" {
				h.raw("\n<p><span class=\"label\">")
				h.T("render.region.transfer")
				h.wrapped(":</span> ", it.Transfer, "</p>")
			}
			if it.Evidence != "" {
				h.raw("\n<p><span class=\"label\">")
				h.T("render.region.evidence")
				h.wrapped(":</span> ", it.Evidence, "</p>")
			}
			if it.URL != "" {
				h.linkLine(it.URL)
			}
			if len(it.Sources) > 0 {
				h.wrappedT("\n<p class=\"small label\">", "render.region.sources", "</p>\n<ul class=\"plain small\">")
				for _, s := range it.Sources {
					h.raw("<li>")
					if s.URL != "" {
						h.raw("<a href=\"")
						h.url(s.URL)
						h.wrapped("\">", s.Title, "</a>")
					} else {
						h.text(s.Title)
					}
					if s.Date != "" {
						h.wrapped(" (", s.Date, ")")
					}
					h.raw("</li>")
				}
				h.raw("</ul>")
			}
			h.raw("\n</article>")
		}
		if d.MoreIdeas != "" {
			h.wrapped("\n<p class=\"small muted\">", d.MoreIdeas, "</p>")
		}
		h.raw("\n</section>")
	}
	h.wrappedT("\n\n<section class=\"page\" aria-labelledby=\"closing\">\n<h2 id=\"closing\">", "render.region.closing", "</h2>")
	h.regionLines(d.Closing, "render.region.closing.none")
	h.wrappedT("\n<h2 id=\"recheck\">", "render.region.recheck", "</h2>")
	h.regionLines(d.Recheck, "render.region.recheck.none")
	if len(d.Historic) > 0 {
		h.wrappedT("\n<h2 id=\"historic\">", "render.region.historicList", "</h2>\n<ul class=\"plain\">")
		h.items(d.Historic)
		h.raw("</ul>")
	}
	h.raw("\n</section>\n")
	h.end(d.Page)
}

// regionLines writes lines with a title, or the message none without any.
func (h *htmlWriter) regionLines(lines []regionHTMLLine, none string) {
	if len(lines) == 0 {
		h.wrappedT("\n<p>", none, "</p>")
		return
	}
	h.raw("\n<ul class=\"plain\">")
	for _, l := range lines {
		h.wrapped("<li><strong>", l.Title, "</strong> — ")
		h.text(l.Text)
		h.raw("</li>")
	}
	h.raw("</ul>")
}
