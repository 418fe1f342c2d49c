package render

import (
	"io"
	"strings"

	"github.com/eis-project/eis/internal/region"
)

// regionHTMLData is the review as the region template shows it: every
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
	return executeHTML(w, "region", v.loc, d)
}
