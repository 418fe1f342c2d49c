package render

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// FormatCSV is comma-separated values, for spreadsheets and analytics.
const FormatCSV = "csv"

// AggregateFormats are the formats Aggregate can write.
var AggregateFormats = []string{FormatText, FormatMarkdown, FormatCSV, FormatJSON, FormatHTML}

// LocalizeAggregate fills in the labels and titles of a report in loc.
func LocalizeAggregate(r aggregate.Report, cat *catalogue.Catalogue, loc i18n.Locale) aggregate.Report {
	r.Language = loc.Code()
	if r.Region != "" {
		r.RegionName = regionName(cat, r.Region, loc)
	}
	label := func(q string, gs []aggregate.Group) []aggregate.Group {
		out := append([]aggregate.Group{}, gs...)
		for i := range out {
			switch {
			case out[i].ID == aggregate.NotAnswered:
				out[i].Label = loc.T("render.aggregate.notAnswered")
			case q == assessment.ProfileRegion:
				out[i].Label = regionName(cat, out[i].ID, loc)
			case q == "stage":
				out[i].Label = stageWord(out[i].ID, loc)
			default:
				out[i].Label = loc.Say(assessment.OptionText(cat.Question(q), out[i].ID))
			}
		}
		return out
	}
	r.ByRegion = label(assessment.ProfileRegion, r.ByRegion)
	r.BySize = label(assessment.ProfileSize, r.BySize)
	r.BySector = label(assessment.ProfileSector, r.BySector)
	r.ByStage = label("stage", r.ByStage)
	r.Readiness = append([]aggregate.Distribution{}, r.Readiness...)
	for i := range r.Readiness {
		r.Readiness[i].Title = loc.Say(dimensionName(cat, r.Readiness[i].Dimension))
	}
	r.Gaps = append([]aggregate.Shared{}, r.Gaps...)
	for i := range r.Gaps {
		if q := cat.Question(r.Gaps[i].ID); q != nil {
			r.Gaps[i].Title = loc.Pick(q.Text)
		}
	}
	r.Practices = append([]aggregate.Shared{}, r.Practices...)
	for i := range r.Practices {
		if p := cat.Practice(r.Practices[i].ID); p != nil {
			r.Practices[i].Title = loc.Pick(p.Title)
		}
	}
	r.SharedGaps = append([]aggregate.SharedGap{}, r.SharedGaps...)
	for i := range r.SharedGaps {
		g := &r.SharedGaps[i]
		g.RegionName = regionName(cat, g.Region, loc)
		g.Title = loc.Say(dimensionName(cat, g.Dimension))
		g.StageTitle = stageWord(g.Stage, loc)
	}
	return r
}

// Aggregate writes a localized report in the given format.
func Aggregate(w io.Writer, r aggregate.Report, format string, o Options) error {
	w = o.writer(w, format)
	v := aggView{Report: r, loc: o.Locale}
	switch format {
	case FormatText:
		bw := bufio.NewWriter(w)
		t := &textWriter{w: bw, loc: o.Locale, width: o.width(), c: styler(o.Color)}
		t.aggregate(v)
		return bw.Flush()
	case FormatMarkdown:
		return aggregateMarkdown(w, v)
	case FormatCSV:
		return aggregateCSV(w, v)
	case FormatJSON:
		return writeJSON(w, r)
	case FormatHTML:
		return aggregateHTML(w, v)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// aggView is a localized report with what every format derives from it.
type aggView struct {
	aggregate.Report
	loc i18n.Locale
}

func (v aggView) tr(key string, args ...any) string { return v.loc.T(key, args...) }

// title is the report's title: for one region, or for all.
func (v aggView) title() string {
	if v.Region != "" {
		return v.tr("render.aggregate.title.region", oneLine(v.RegionName))
	}
	return v.tr("render.aggregate.title")
}

// subtitle says when and from which catalogue.
func (v aggView) subtitle() string {
	cat := strings.TrimSpace(v.Catalogue.ID + " " + v.Catalogue.Version)
	return v.tr("render.plan.generated", v.Generated.UTC().Format("2006-01-02"), cat)
}

// count says a count: the number, "< 5", or "hidden" for a group of 5
// or more hidden so that a smaller one cannot be worked out.
func (v aggView) count(c aggregate.Count) string {
	if c.Hidden {
		return v.tr("render.aggregate.hidden")
	}
	if c.Suppressed {
		return v.tr("render.aggregate.suppressed", v.MinGroup)
	}
	return v.loc.Number(float64(c.N), 0)
}

// summary is the opening: how many firms, unfinished, skipped, left out.
func (v aggView) summary() []string {
	var out []string
	if v.Firms.Suppressed {
		out = append(out, v.tr("render.aggregate.tooFew", v.MinGroup))
	} else {
		out = append(out, v.loc.N("render.aggregate.firms", v.Firms.N, v.count(v.Firms)))
		if v.Incomplete.Suppressed {
			out = append(out, v.tr("render.aggregate.incomplete.few", v.count(v.Incomplete)))
		} else if v.Incomplete.N > 0 {
			out = append(out, v.loc.N("render.aggregate.incomplete", v.Incomplete.N, v.count(v.Incomplete)))
		}
		if v.Unnamed > 0 {
			out = append(out, v.loc.N("render.aggregate.unnamed", v.Unnamed, v.loc.Number(float64(v.Unnamed), 0)))
		}
	}
	if v.Earlier > 0 {
		out = append(out, v.loc.N("render.aggregate.earlier", v.Earlier, v.loc.Number(float64(v.Earlier), 0)))
	}
	if v.OtherRegion > 0 {
		out = append(out, v.loc.N("render.aggregate.otherRegion", v.OtherRegion, v.loc.Number(float64(v.OtherRegion), 0)))
	}
	if v.Skipped > 0 {
		out = append(out, v.loc.N("render.aggregate.skipped", v.Skipped, v.loc.Number(float64(v.Skipped), 0)))
	}
	return out
}

// rule says what suppression means, and what "hidden" means when a
// group is.
func (v aggView) rule() string {
	s := v.tr("render.aggregate.rule", v.MinGroup)
	for _, b := range [][]aggregate.Group{v.ByRegion, v.BySize, v.BySector, v.ByStage} {
		for _, g := range b {
			if g.Hidden {
				return s + " " + v.tr("render.aggregate.hidden.rule", v.MinGroup, v.tr("render.aggregate.hidden"))
			}
		}
	}
	return s
}

// breakdowns are the firm counts by region (for all regions), size, sector and stage, with their headings.
func (v aggView) breakdowns() []aggBreakdown {
	var out []aggBreakdown
	if len(v.ByRegion) > 0 {
		out = append(out, aggBreakdown{v.tr("render.label.region"), v.ByRegion})
	}
	return append(out,
		aggBreakdown{v.tr("render.label.size"), v.BySize},
		aggBreakdown{v.tr("render.label.sector"), v.BySector},
		aggBreakdown{v.tr("render.label.stage"), v.ByStage})
}

type aggBreakdown struct {
	Title  string
	Groups []aggregate.Group
}

// pct is a share as a percentage, or "—".
func (v aggView) pct(s *float64) string { return scoreCell(v.loc, s) }

// firmsShare is "123 firms (41 %)".
func (v aggView) firmsShare(n int, share float64) string {
	return v.loc.N("render.aggregate.firmsShare", n, v.loc.Number(float64(n), 0), percent(v.loc, share))
}

// sharedRegion says the region of a shared gap, when the report covers several.
func (v aggView) sharedWhere(g aggregate.SharedGap) string {
	s := oneLine(g.Title) + " · " + oneLine(g.StageTitle)
	if v.Region == "" {
		s += " · " + oneLine(g.RegionName)
	}
	return s
}

func (t *textWriter) aggregate(v aggView) {
	t.styled(ansiBold, v.title(), "", "")
	t.styled(ansiDim, v.subtitle(), "", "")
	t.blank()
	for _, s := range v.summary() {
		t.para(s, "", "")
	}
	t.para(v.rule(), "", "")
	t.blank()
	if v.Firms.Suppressed {
		return
	}
	t.heading(v.tr("render.aggregate.firmsHeading"))
	w := 0
	for _, b := range v.breakdowns() {
		for _, g := range b.Groups {
			w = max(w, cells(oneLine(g.Label)))
		}
	}
	w = min(w, 40, t.width-16)
	for _, b := range v.breakdowns() {
		t.line("  " + b.Title)
		for _, g := range b.Groups {
			for i, l := range cellLines(oneLine(g.Label), w) {
				if i == 0 {
					l += "  " + padLeft(v.count(g.Count), 7)
				}
				t.line(strings.TrimRight("    "+l, " "))
			}
		}
	}
	t.blank()

	t.heading(v.tr("render.aggregate.readiness"))
	t.para(v.tr("render.aggregate.readiness.intro", percent(v.loc, assessment.WeakBelow)), "  ", "  ")
	w = 0
	for _, d := range v.Readiness {
		w = max(w, cells(oneLine(d.Title)))
	}
	midW := max(13, cells(v.tr("render.aggregate.col.middle")))
	w = min(w, t.width-35-midW)
	// A label column too narrow for the names' longest word would cut
	// them ("Str…"), or, below about 50 columns, leave no name at all:
	// then each name gets a line of its own above its numbers.
	longest := 0
	for _, d := range v.Readiness {
		for _, word := range strings.Fields(oneLine(d.Title)) {
			longest = max(longest, cells(word))
		}
	}
	stacked := w < longest
	if stacked {
		w = 0
	}
	head := "  " + pad("", w) + "  " + padLeft(v.tr("render.aggregate.col.median"), 8) + "  " + pad(v.tr("render.aggregate.col.middle"), midW) + "  " + padLeft(v.tr("render.aggregate.col.weak"), 10)
	t.line(strings.TrimRight(head, " "))
	for _, d := range v.Readiness {
		mid := "—"
		if d.Q1 != nil {
			mid = v.pct(d.Q1) + "–" + v.pct(d.Q3)
		}
		if stacked {
			t.para(oneLine(d.Title), "  ", "  ")
			t.line(strings.TrimRight("    "+padLeft(v.pct(d.Median), 8)+"  "+pad(mid, midW)+"  "+padLeft(v.count(d.Weak), 10), " "))
			continue
		}
		for i, l := range cellLines(oneLine(d.Title), w) {
			if i == 0 {
				l += "  " + padLeft(v.pct(d.Median), 8) + "  " + pad(mid, midW) + "  " + padLeft(v.count(d.Weak), 10)
			}
			t.line(strings.TrimRight("  "+l, " "))
		}
	}
	t.blank()

	t.heading(v.tr("render.aggregate.gaps"))
	if len(v.Gaps) == 0 {
		t.para(v.tr("render.aggregate.none", v.MinGroup), "  ", "  ")
	}
	for i, g := range v.Gaps {
		first := fmt.Sprintf("  %d. ", i+1)
		t.para(oneLine(g.Title)+" — "+v.firmsShare(g.Firms, g.Share), first, strings.Repeat(" ", cells(first)))
	}
	t.blank()

	t.heading(v.tr("render.aggregate.practices"))
	if len(v.Practices) == 0 {
		t.para(v.tr("render.aggregate.none", v.MinGroup), "  ", "  ")
	}
	for i, p := range v.Practices {
		first := fmt.Sprintf("  %d. ", i+1)
		t.para(oneLine(p.Title)+" — "+v.firmsShare(p.Firms, p.Share), first, strings.Repeat(" ", cells(first)))
	}
	t.blank()

	t.heading(v.tr("render.aggregate.shared"))
	t.para(v.tr("render.aggregate.shared.intro"), "  ", "  ")
	if len(v.SharedGaps) == 0 {
		t.para(v.tr("render.aggregate.shared.none", v.MinGroup), "  ", "  ")
	}
	for _, g := range v.SharedGaps {
		t.para(v.sharedWhere(g)+" — "+v.firmsShare(g.Firms, g.Share), "  - ", "    ")
	}
	t.blank()
}

func aggregateMarkdown(w io.Writer, v aggView) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("# %s\n\n%s\n\n", mdEscape(v.title()), mdEscape(v.subtitle()))
	for _, s := range v.summary() {
		p("%s  \n", mdEscape(s))
	}
	p("%s\n\n", mdEscape(v.rule()))
	if !v.Firms.Suppressed {
		p("## %s\n\n", mdEscape(v.tr("render.aggregate.firmsHeading")))
		for _, bd := range v.breakdowns() {
			p("| %s | %s |\n|---|---:|\n", mdEscape(bd.Title), mdEscape(v.tr("render.aggregate.col.firms")))
			for _, g := range bd.Groups {
				p("| %s | %s |\n", mdEscape(g.Label), mdEscape(v.count(g.Count)))
			}
			p("\n")
		}
		p("## %s\n\n%s\n\n", mdEscape(v.tr("render.aggregate.readiness")), mdEscape(v.tr("render.aggregate.readiness.intro", percent(v.loc, assessment.WeakBelow))))
		p("| %s | %s | %s | %s | %s |\n|---|---:|---:|---:|---:|\n", mdEscape(v.tr("render.plan.dimension")), mdEscape(v.tr("render.aggregate.col.q1")), mdEscape(v.tr("render.aggregate.col.median")), mdEscape(v.tr("render.aggregate.col.q3")), mdEscape(v.tr("render.aggregate.col.weak")))
		for _, d := range v.Readiness {
			p("| %s | %s | %s | %s | %s |\n", mdEscape(d.Title), v.pct(d.Q1), v.pct(d.Median), v.pct(d.Q3), mdEscape(v.count(d.Weak)))
		}
		list := func(heading string, items []aggregate.Shared) {
			p("\n## %s\n\n", mdEscape(heading))
			if len(items) == 0 {
				p("%s\n", mdEscape(v.tr("render.aggregate.none", v.MinGroup)))
			}
			for i, it := range items {
				p("%d. %s — %s\n", i+1, mdEscape(it.Title), mdEscape(v.firmsShare(it.Firms, it.Share)))
			}
		}
		list(v.tr("render.aggregate.gaps"), v.Gaps)
		list(v.tr("render.aggregate.practices"), v.Practices)
		p("\n## %s\n\n%s\n\n", mdEscape(v.tr("render.aggregate.shared")), mdEscape(v.tr("render.aggregate.shared.intro")))
		if len(v.SharedGaps) == 0 {
			p("%s\n", mdEscape(v.tr("render.aggregate.shared.none", v.MinGroup)))
		}
		for _, g := range v.SharedGaps {
			p("- %s — %s\n", mdEscape(v.sharedWhere(g)), mdEscape(v.firmsShare(g.Firms, g.Share)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// aggregateCSV writes the report as one table in long form, one number
// per row, for a region's own analytics: section, region, id, label,
// firms (empty when suppressed), suppressed, share, q1, median, q3.
func aggregateCSV(w io.Writer, v aggView) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"schema_version", "section", "region", "id", "label", "firms", "suppressed", "share", "q1", "median", "q3"})
	ver := strconv.Itoa(v.SchemaVersion)
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', -1, 64)
	}
	firms := func(c aggregate.Count) (string, string) {
		if c.Suppressed {
			return "", "true"
		}
		return strconv.Itoa(c.N), "false"
	}
	row := func(section, region, id, label string, c aggregate.Count, share string, q ...string) {
		n, s := firms(c)
		rec := []string{ver, section, region, id, csvText(label), n, s, share, "", "", ""}
		copy(rec[8:], q)
		_ = cw.Write(rec)
	}
	row("firms", v.Region, "", "", v.Firms, "")
	if !v.Firms.Suppressed {
		row("incomplete", v.Region, "", "", v.Incomplete, "")
		for _, s := range []struct {
			name string
			gs   []aggregate.Group
		}{{"region", v.ByRegion}, {"size", v.BySize}, {"sector", v.BySector}, {"stage", v.ByStage}} {
			for _, g := range s.gs {
				row(s.name, v.Region, g.ID, g.Label, g.Count, "")
			}
		}
		for _, d := range v.Readiness {
			row("readiness", v.Region, d.Dimension, d.Title, d.Scored, "", num(d.Q1), num(d.Median), num(d.Q3))
			row("weak", v.Region, d.Dimension, d.Title, d.Weak, "")
		}
		shared := func(section string, items []aggregate.Shared) {
			for _, it := range items {
				row(section, v.Region, it.ID, it.Title, aggregate.Count{N: it.Firms}, strconv.FormatFloat(it.Share, 'f', -1, 64))
			}
		}
		shared("gap", v.Gaps)
		shared("practice", v.Practices)
		for _, g := range v.SharedGaps {
			row("shared-gap", g.Region, g.Dimension+"/"+g.Stage, g.Title+" · "+g.StageTitle, aggregate.Count{N: g.Firms}, strconv.FormatFloat(g.Share, 'f', -1, 64))
		}
	}
	_ = cw.Write([]string{ver, "skipped", v.Region, "", "", strconv.Itoa(v.Skipped), "false", "", "", "", ""})
	_ = cw.Write([]string{ver, "earlier", v.Region, "", "", strconv.Itoa(v.Earlier), "false", "", "", "", ""})
	if !v.Firms.Suppressed {
		_ = cw.Write([]string{ver, "unnamed", v.Region, "", "", strconv.Itoa(v.Unnamed), "false", "", "", "", ""})
	}
	cw.Flush()
	return cw.Error()
}

// csvText keeps a spreadsheet from reading a text as a formula (a cell
// that starts with =, +, - or @ gets a leading apostrophe, as OWASP
// advises for CSV injection).
func csvText(s string) string {
	s = oneLine(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
