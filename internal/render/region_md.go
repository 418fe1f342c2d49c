package render

import (
	"fmt"
	"io"
	"strings"
)

// regionMarkdown writes the review as a Markdown document for a meeting's
// papers: the matrix as a table (programme titles in the cells), then the
// gaps, the ideas that fill them, closing dates and entries to re-check.
func regionMarkdown(w io.Writer, v regionView) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s\n\n", mdEscape(v.tr("render.region.title", v.RegionName)))
	p("%s\n\n", mdEscape(v.subtitle()))
	p("%s\n\n", mdEscape(v.summary()))

	p("## %s\n\n", mdEscape(v.tr("render.region.matrix")))
	p("| %s |", mdEscape(v.tr("render.plan.dimension")))
	for _, s := range v.Stages {
		p(" %s |", mdEscape(s.Title))
	}
	p("\n|---|%s\n", strings.Repeat("---|", len(v.Stages)))
	for _, d := range v.Dimensions {
		p("| %s |", mdEscape(d.Title))
		for _, c := range v.Cells {
			if c.Dimension != d.ID {
				continue
			}
			if c.Empty() {
				p(" **%s** |", mdEscape(v.tr("render.region.cell.empty")))
				continue
			}
			var names []string
			for _, id := range c.Programmes {
				names = append(names, mdEscape(v.title(id)))
			}
			p(" %s |", strings.Join(names, "<br>"))
		}
		p("\n")
	}
	p("\n")

	p("## %s\n\n", mdEscape(v.tr("render.region.offer")))
	if len(v.Offer) == 0 {
		p("%s\n", mdEscape(v.tr("render.region.offer.none")))
	}
	for _, pg := range v.Offer {
		p("- **%s** — %s", mdEscape(pg.Title), mdEscape(strings.Join(v.programmeFields(pg), " · ")))
		if pg.URL != "" {
			p(" · %s", mdLink(pg.URL))
		}
		p("\n")
	}
	p("\n")

	p("## %s\n\n", mdEscape(v.tr("render.region.gaps")))
	if len(v.Gaps) == 0 {
		p("%s\n", mdEscape(v.tr("render.region.gaps.none")))
	}
	for _, g := range v.Gaps {
		p("- **%s** — %s", mdEscape(g.Title), mdEscape(v.stagesText(g.Stages)))
		if len(g.Ideas) > 0 {
			var refs []string
			for _, id := range g.Ideas {
				refs = append(refs, mdEscape(v.ideaRef(id)))
			}
			p("  \n  %s: %s", mdEscape(v.tr("render.region.gaps.ideas")), strings.Join(refs, "; "))
		} else {
			p("  \n  %s", mdEscape(v.tr("render.region.gaps.noIdeas")))
		}
		if len(g.EU) > 0 {
			p("  \n  %s: %s", mdEscape(v.tr("render.region.gaps.eu")), mdEscape(v.titlesOf(g.EU)))
		}
		p("\n")
	}
	p("\n")

	if len(v.Shown) > 0 {
		p("## %s\n\n%s\n\n", mdEscape(v.tr("render.region.ideas")), mdEscape(v.tr("render.region.ideas.intro")))
		for _, it := range v.Shown {
			p("### %s\n\n", mdEscape(it.Title))
			p("%s  \n", mdEscape(strings.Join(append(v.ideaWho(it), v.ideaStatus(it)...), " · ")))
			p("*%s:* %s\n\n", mdEscape(v.tr("render.region.fills")), mdEscape(v.fillsText(it.Fills)))
			if it.TransferPotential != "" {
				p("*%s:* %s\n\n", mdEscape(v.tr("render.region.transfer")), mdEscape(it.TransferPotential))
			}
			if it.Evidence != "" {
				p("*%s:* %s\n\n", mdEscape(v.tr("render.region.evidence")), mdEscape(it.Evidence))
			}
			if it.URL != "" {
				p("%s: %s\n\n", mdEscape(v.tr("render.label.link")), mdLink(it.URL))
			}
			for _, s := range it.Sources {
				p("- %s", mdEscape(s.Title))
				if s.URL != "" {
					p(" %s", mdLink(s.URL))
				}
				p("\n")
			}
			if len(it.Sources) > 0 {
				p("\n")
			}
		}
		if n := len(v.Ideas) - len(v.Shown); n > 0 {
			p("%s\n\n", mdEscape(v.loc.N("render.region.ideas.more", n, n)))
		}
	}

	p("## %s\n\n", mdEscape(v.tr("render.region.closing")))
	if len(v.Closing) == 0 {
		p("%s\n", mdEscape(v.tr("render.region.closing.none")))
	}
	for _, pg := range v.Closing {
		p("- %s — %s\n", mdEscape(pg.Title), mdEscape(v.tr("render.region.closes", pg.ValidUntil)))
	}
	p("\n## %s\n\n", mdEscape(v.tr("render.region.recheck")))
	if len(v.Recheck) == 0 {
		p("%s\n", mdEscape(v.tr("render.region.recheck.none")))
	}
	for _, r := range v.Recheck {
		p("- %s — %s\n", mdEscape(r.Title), mdEscape(v.recheckText(r)))
	}
	if len(v.Historic) > 0 {
		p("\n## %s\n\n", mdEscape(v.tr("render.region.historicList")))
		for _, pg := range v.Historic {
			p("- %s\n", mdEscape(pg.Title))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
