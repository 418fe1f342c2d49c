package render

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/region"
)

// RegionFormats are the formats Region can write.
var RegionFormats = []string{FormatText, FormatMarkdown, FormatJSON, FormatHTML}

// LocalizeRegion fills in the texts of a review that region.Build made, in
// loc: the region's, dimensions', stages' and practices' names, and the
// region-facing texts of the ideas (transfer potential, evidence).
func LocalizeRegion(rv region.Review, cat *catalogue.Catalogue, loc i18n.Locale) region.Review {
	rv.Language = loc.Code()
	rv.RegionName = regionName(cat, rv.Region, loc)
	rv.Dimensions = append([]region.Axis(nil), rv.Dimensions...)
	for i := range rv.Dimensions {
		rv.Dimensions[i].Title = loc.Say(dimensionName(cat, rv.Dimensions[i].ID))
	}
	rv.Stages = append([]region.Axis(nil), rv.Stages...)
	for i := range rv.Stages {
		rv.Stages[i].Title = stageWord(rv.Stages[i].ID, loc)
	}
	title := func(id string) string {
		if p := cat.Practice(id); p != nil {
			return loc.Pick(p.Title)
		}
		return id
	}
	progs := func(ps []region.Programme) []region.Programme {
		out := append([]region.Programme{}, ps...)
		for i := range out {
			out[i].Title = title(out[i].Practice)
		}
		return out
	}
	rv.Offer, rv.Historic, rv.Closing, rv.EUWide = progs(rv.Offer), progs(rv.Historic), progs(rv.Closing), progs(rv.EUWide)
	rv.Recheck = append([]region.Recheck{}, rv.Recheck...)
	for i := range rv.Recheck {
		rv.Recheck[i].Title = title(rv.Recheck[i].Practice)
	}
	rv.Ideas = append([]region.Idea{}, rv.Ideas...)
	for i := range rv.Ideas {
		it := &rv.Ideas[i]
		it.Title = title(it.Practice)
		it.RegionName = regionName(cat, it.Region, loc)
		if p := cat.Practice(it.Practice); p != nil {
			it.TransferPotential = strings.TrimSpace(loc.Pick(p.TransferPotential))
			it.Evidence = strings.TrimSpace(loc.Pick(p.EvidenceOfSuccess))
		}
	}
	return rv
}

// Region writes a localized review in the given format.
func Region(w io.Writer, rv region.Review, format string, o Options) error {
	w = o.writer(w, format)
	switch format {
	case FormatText:
		bw := bufio.NewWriter(w)
		t := &textWriter{w: bw, loc: o.Locale, width: o.width(), c: styler(o.Color)}
		t.region(newRegionView(rv, o.Locale))
		return bw.Flush()
	case FormatMarkdown:
		return regionMarkdown(w, newRegionView(rv, o.Locale))
	case FormatJSON:
		return writeJSON(w, rv)
	case FormatHTML:
		return regionHTML(w, newRegionView(rv, o.Locale), o)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// regionView is a localized review with what every format derives from it.
type regionView struct {
	region.Review
	loc i18n.Locale
	// titles maps practice IDs (offer and ideas) to their titles.
	titles map[string]string
	// Gaps are the empty cells grouped by dimension, in matrix order.
	Gaps []regionGap
	// Shown are the ideas text formats show; Unfilled the gaps no other
	// region's practice fills.
	Shown []region.Idea
}

// regionGap is one dimension's empty cells.
type regionGap struct {
	Dimension string
	Title     string
	Stages    []string // stage IDs
	// Ideas are the shown ideas for these cells (IDs, best first, no repeats).
	Ideas []string
	// EU are the EU-wide instruments that cover one of them.
	EU []string
}

func newRegionView(rv region.Review, loc i18n.Locale) regionView {
	v := regionView{Review: rv, loc: loc, titles: map[string]string{}}
	for _, p := range append(append([]region.Programme{}, rv.Offer...), rv.EUWide...) {
		v.titles[p.Practice] = oneLine(p.Title)
	}
	shown := map[string]bool{}
	for _, it := range rv.Ideas {
		v.titles[it.Practice] = oneLine(it.Title)
		if it.Shown {
			v.Shown = append(v.Shown, it)
			shown[it.Practice] = true
		}
	}
	at := map[string]int{}
	for _, c := range rv.Cells {
		if !c.Empty() {
			continue
		}
		i, ok := at[c.Dimension]
		if !ok {
			i = len(v.Gaps)
			at[c.Dimension] = i
			v.Gaps = append(v.Gaps, regionGap{Dimension: c.Dimension, Title: v.dim(c.Dimension)})
		}
		g := &v.Gaps[i]
		g.Stages = append(g.Stages, c.Stage)
		for k, id := range c.Ideas {
			if k < region.MaxIdeasPerCell && !contains(g.Ideas, id) {
				g.Ideas = append(g.Ideas, id)
			}
		}
		for _, id := range c.EU {
			if !contains(g.EU, id) {
				g.EU = append(g.EU, id)
			}
		}
	}
	return v
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func (v regionView) tr(key string, args ...any) string { return v.loc.T(key, args...) }

// dim is a dimension's title.
func (v regionView) dim(id string) string {
	for _, d := range v.Dimensions {
		if d.ID == id {
			return oneLine(d.Title)
		}
	}
	return id
}

// stage is a stage's title.
func (v regionView) stage(id string) string {
	for _, s := range v.Stages {
		if s.ID == id {
			return oneLine(s.Title)
		}
	}
	return id
}

// stagesText says which stages of a dimension are empty: "every stage",
// or their titles joined.
func (v regionView) stagesText(ids []string) string {
	if len(ids) == len(v.Stages) {
		return v.tr("render.region.allStages")
	}
	var out []string
	for _, id := range ids {
		out = append(out, v.stage(id))
	}
	return strings.Join(out, ", ")
}

// title is a practice's title in the review, or its ID.
func (v regionView) title(id string) string { return titleOr(v.titles, id) }

// ideaRef is an idea's title with its region, its level and whether it
// still runs: "Title (Region · national · no longer running)" — a
// national instrument is not the region's own, and a lapsed one is a
// model, not an offer.
func (v regionView) ideaRef(id string) string {
	for _, it := range v.Ideas {
		if it.Practice == id {
			about := []string{oneLine(it.RegionName)}
			if it.Level != "" {
				about = append(about, word("render.region.level.", it.Level, v.loc))
			}
			if it.Historic {
				about = append(about, v.tr("render.region.historic"))
			}
			return oneLine(it.Title) + " (" + strings.Join(about, " · ") + ")"
		}
	}
	return id
}

// ideaWho is an idea's organisation, region and level, for its entry.
func (v regionView) ideaWho(it region.Idea) []string {
	who := []string{}
	if it.Organisation != "" {
		who = append(who, oneLine(it.Organisation))
	}
	who = append(who, oneLine(it.RegionName))
	if it.Level != "" {
		who = append(who, word("render.region.level.", it.Level, v.loc))
	}
	return who
}

// titles is the titles of practices joined by "; ".
func (v regionView) titlesOf(ids []string) string {
	var out []string
	for _, id := range ids {
		out = append(out, v.title(id))
	}
	return strings.Join(out, "; ")
}

// fillsText lists the cells an idea fills, grouped by dimension:
// "Finance and payment risk: exploring, first exports; Logistics: every stage".
func (v regionView) fillsText(fs []region.CellRef) string {
	var parts []string
	var cur string
	var stages []string
	flush := func() {
		if cur != "" {
			parts = append(parts, v.dim(cur)+": "+strings.ToLower(v.stagesText(stages)))
		}
	}
	for _, f := range fs {
		if f.Dimension != cur {
			flush()
			cur, stages = f.Dimension, nil
		}
		stages = append(stages, f.Stage)
	}
	flush()
	return strings.Join(parts, "; ")
}

// summary is the review's opening sentence.
func (v regionView) summary() string {
	return v.loc.N("render.region.summary", len(v.Offer), len(v.Offer), v.Covered, len(v.Cells))
}

// subtitle is the line under the title: country, catalogue and date.
func (v regionView) subtitle() string {
	cat := strings.TrimSpace(v.Catalogue.ID + " " + v.Catalogue.Version)
	return v.tr("render.plan.generated", v.Generated.UTC().Format("2006-01-02"), cat)
}

// recheckText says why an entry is to re-check.
func (v regionView) recheckText(r region.Recheck) string {
	var out []string
	for _, why := range r.Reasons {
		switch why {
		case region.RecheckStale:
			if r.MonthsSinceVerified < 0 {
				out = append(out, v.tr("render.region.recheck.never"))
			} else {
				out = append(out, v.loc.N("render.region.recheck.stale", r.MonthsSinceVerified, r.MonthsSinceVerified))
			}
		default:
			out = append(out, v.tr("render.region.recheck."+why))
		}
	}
	if r.LastVerified != "" {
		out = append(out, v.tr("render.region.lastVerified", r.LastVerified))
	}
	return strings.Join(out, "; ")
}

// ideaStatus is "historic" and the confidence of an idea, in words.
func (v regionView) ideaStatus(it region.Idea) []string {
	var out []string
	if it.Historic {
		out = append(out, v.tr("render.region.historic"))
	}
	out = append(out, v.tr("render.label.confidence")+": "+confidenceShort(it.Confidence, v.loc))
	return out
}

// cellCount is what a text matrix cell shows: the number of programmes, or "·".
func cellCount(c region.Cell) string {
	if c.Empty() {
		return "·"
	}
	return strconv.Itoa(len(c.Programmes))
}

// region writes the review for a terminal.
func (t *textWriter) region(v regionView) {
	t.styled(ansiBold, v.tr("render.region.title", oneLine(v.RegionName)), "", "")
	t.styled(ansiDim, v.subtitle(), "", "")
	t.blank()
	t.para(v.summary(), "", "")
	t.blank()

	// The matrix: stage titles head the columns when the longest dimension
	// title fits beside them; else the columns are numbered, with a key.
	t.heading(v.tr("render.region.matrix"))
	t.para(v.tr("render.region.matrix.legend"), "  ", "  ")
	colW, dimW := 0, 0
	for _, s := range v.Stages {
		colW = max(colW, cells(oneLine(s.Title)))
	}
	for _, d := range v.Dimensions {
		dimW = max(dimW, cells(oneLine(d.Title)))
	}
	heads := make([]string, len(v.Stages))
	for i, s := range v.Stages {
		heads[i] = oneLine(s.Title)
	}
	if 2+dimW+len(v.Stages)*(colW+2) > t.width {
		var key []string
		for i, s := range v.Stages {
			heads[i] = strconv.Itoa(i + 1)
			key = append(key, heads[i]+" "+oneLine(s.Title))
		}
		t.fields(key, "  ")
		colW = 3
		dimW = min(dimW, t.width-2-len(v.Stages)*(colW+2))
	}
	head := "  " + pad("", dimW)
	for _, h := range heads {
		head += "  " + pad(padLeft(h, (colW+cells(h))/2), colW)
	}
	t.line(strings.TrimRight(head, " "))
	for _, d := range v.Dimensions {
		row := "  " + pad(truncate(oneLine(d.Title), dimW), dimW)
		for _, c := range v.Cells {
			if c.Dimension != d.ID {
				continue
			}
			n := cellCount(c)
			cell := pad(padLeft(n, (colW+cells(n))/2), colW)
			if c.Empty() {
				cell = t.c.s(ansiYellow, cell)
			}
			row += "  " + cell
		}
		t.line(strings.TrimRight(row, " "))
	}
	t.blank()

	t.heading(v.tr("render.region.offer"))
	if len(v.Offer) == 0 {
		t.para(v.tr("render.region.offer.none"), "  ", "  ")
	}
	for i, p := range v.Offer {
		first := fmt.Sprintf("  %d. ", i+1)
		ind := strings.Repeat(" ", cells(first))
		t.styled(ansiBold, oneLine(p.Title), first, ind)
		t.fields(v.programmeFields(p), ind)
		if p.URL != "" {
			t.link(ind, v.tr("render.label.link")+":", p.URL)
		}
	}
	t.blank()

	t.heading(v.tr("render.region.gaps"))
	if len(v.Gaps) == 0 {
		t.para(v.tr("render.region.gaps.none"), "  ", "  ")
		t.blank()
	}
	for _, g := range v.Gaps {
		t.para(g.Title+" — "+v.stagesText(g.Stages), "  - ", "    ")
		if len(g.Ideas) > 0 {
			var refs []string
			for _, id := range g.Ideas {
				refs = append(refs, v.ideaRef(id))
			}
			t.para(v.tr("render.region.gaps.ideas")+": "+strings.Join(refs, "; "), "    ", "      ")
		} else {
			t.para(v.tr("render.region.gaps.noIdeas"), "    ", "    ")
		}
		if len(g.EU) > 0 {
			t.para(v.tr("render.region.gaps.eu")+": "+v.titlesOf(g.EU), "    ", "      ")
		}
	}
	if len(v.Gaps) > 0 {
		t.blank()
	}

	if len(v.Shown) > 0 {
		t.heading(v.tr("render.region.ideas"))
		t.para(v.tr("render.region.ideas.intro"), "  ", "  ")
		t.blank()
		for i, it := range v.Shown {
			first := fmt.Sprintf("  %d. ", i+1)
			ind := strings.Repeat(" ", cells(first))
			t.styled(ansiBold, oneLine(it.Title), first, ind)
			t.fields(append(v.ideaWho(it), v.ideaStatus(it)...), ind)
			t.para(v.tr("render.region.fills")+": "+v.fillsText(it.Fills), ind, ind)
			if it.TransferPotential != "" {
				t.para(v.tr("render.region.transfer")+": "+it.TransferPotential, ind, ind)
			}
			if it.Evidence != "" {
				t.para(v.tr("render.region.evidence")+": "+it.Evidence, ind, ind)
			}
			if it.URL != "" {
				t.link(ind, v.tr("render.label.link")+":", it.URL)
			}
			for k, s := range it.Sources {
				if k == 2 {
					t.para(v.loc.N("render.region.sources.more", len(it.Sources)-2, len(it.Sources)-2), ind, ind)
					break
				}
				t.para(v.tr("render.region.source")+": "+oneLine(s.Title), ind, ind+"  ")
				if s.URL != "" {
					t.link(ind+"  ", "", s.URL)
				}
			}
			t.blank()
		}
		if n := len(v.Ideas) - len(v.Shown); n > 0 {
			t.para(v.loc.N("render.region.ideas.more", n, n), "  ", "  ")
			t.blank()
		}
	}

	t.heading(v.tr("render.region.closing"))
	if len(v.Closing) == 0 {
		t.para(v.tr("render.region.closing.none"), "  ", "  ")
	}
	for _, p := range v.Closing {
		t.para(oneLine(p.Title)+" — "+v.tr("render.region.closes", p.ValidUntil), "  - ", "    ")
	}
	t.blank()

	t.heading(v.tr("render.region.recheck"))
	if len(v.Recheck) == 0 {
		t.para(v.tr("render.region.recheck.none"), "  ", "  ")
	}
	for _, r := range v.Recheck {
		t.para(oneLine(r.Title)+" — "+v.recheckText(r), "  - ", "    ")
	}
	t.blank()

	if len(v.Historic) > 0 {
		t.heading(v.tr("render.region.historicList"))
		for _, p := range v.Historic {
			t.para(oneLine(p.Title), "  - ", "    ")
		}
		t.blank()
	}
}

// programmeFields are a programme's organisation, level, confidence and dates.
func (v regionView) programmeFields(p region.Programme) []string {
	var fs []string
	if p.Organisation != "" {
		fs = append(fs, oneLine(p.Organisation))
	}
	if p.Level != "" {
		fs = append(fs, word("render.region.level.", p.Level, v.loc))
	}
	fs = append(fs, v.tr("render.label.confidence")+": "+confidenceShort(p.Confidence, v.loc))
	if p.ValidUntil != "" {
		fs = append(fs, v.tr("render.label.until", p.ValidUntil))
	}
	return fs
}
