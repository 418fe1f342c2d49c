package render

import (
	_ "embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/i18n"
)

// The HTML reports (plan, region, compare, aggregate) share one page
// (htmlBegin, htmlEnd), the bar and box charts, and html/style.css (screen
// and A4 print CSS). They are written by Go, not html/template: executing
// a template links reflect's method look-up by name, which keeps every
// exported method of every type in the binary. Every text and attribute
// value goes through htmlWriter.text (escaped as html/template escapes it)
// and every link through htmlWriter.url (http, https and mailto only);
// markup is written only as constants.

//go:embed html/style.css
var htmlCSS string

// htmlPage is what the page needs besides a report's own data.
type htmlPage struct {
	Lang     string
	DocTitle string
	Footer   string
}

// htmlWriter writes a page: markup as it is, texts escaped.
type htmlWriter struct {
	strings.Builder
	loc i18n.Locale
}

// raw writes markup, which must be a constant. Not inlined: the pages
// call it some 600 times, and inlined each call is 5 times the code.
//
//go:noinline
func (h *htmlWriter) raw(s string) { h.WriteString(s) }

// text writes s escaped for HTML text or a quoted attribute value.
//
//go:noinline
func (h *htmlWriter) text(s string) { h.WriteString(htmlEscape(s)) }

// wrapped writes open, s escaped, then close (open and close markup
// constants, as for raw).
//
//go:noinline
func (h *htmlWriter) wrapped(open, s, close string) {
	h.raw(open)
	h.text(s)
	h.raw(close)
}

// wrappedT is wrapped for the message key in the page's language.
func (h *htmlWriter) wrappedT(open, key, close string) {
	h.raw(open)
	h.T(key)
	h.raw(close)
}

// linkLine writes u as a small paragraph that links to itself.
func (h *htmlWriter) linkLine(u string) {
	h.raw("\n<p class=\"small\"><a href=\"")
	h.url(u)
	h.wrapped("\">", u, "</a></p>")
}

// url writes u for a quoted href: a URL of another scheme than http,
// https or mailto becomes "#ZgotmplZ", characters a URL may not hold are
// %-encoded, and the rest escaped (as html/template does).
func (h *htmlWriter) url(u string) { h.WriteString(htmlEscape(htmlURL(u))) }

// num writes an integer.
func (h *htmlWriter) num(n int) { h.WriteString(strconv.Itoa(n)) }

// float writes a number as fmt's %v does.
func (h *htmlWriter) float(f float64) { h.WriteString(htmlEscape(strconv.FormatFloat(f, 'g', -1, 64))) }

// T writes a message in the page's language, escaped.
func (h *htmlWriter) T(key string, args ...any) { h.text(h.loc.T(key, args...)) }

// htmlEscape escapes s as html/template escapes a value in HTML text or a
// quoted attribute: NUL becomes U+FFFD, and " & ' + < > entities.
func htmlEscape(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool {
		switch r {
		case 0, '"', '&', '\'', '+', '<', '>':
			return true
		}
		return false
	})
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for j := i; j < len(s); j++ {
		switch c := s[j]; c {
		case 0:
			b.WriteString("\uFFFD")
		case '"':
			b.WriteString("&#34;")
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '+':
			b.WriteString("&#43;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// htmlURL is u as html/template makes a URL that fills an href: "#ZgotmplZ"
// for a scheme other than http, https or mailto, else u with every byte a
// URL cannot hold %-encoded (a valid %xx is kept).
func htmlURL(u string) string {
	if scheme, _, ok := strings.Cut(u, ":"); ok && !strings.Contains(scheme, "/") &&
		!strings.EqualFold(scheme, "http") && !strings.EqualFold(scheme, "https") && !strings.EqualFold(scheme, "mailto") {
		return "#ZgotmplZ"
	}
	var b strings.Builder
	written := 0
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			continue
		case strings.IndexByte("!#$&*+,/:;=?@[]-._~", c) >= 0:
			continue
		case c == '%' && i+2 < len(u) && isHexDigit(u[i+1]) && isHexDigit(u[i+2]):
			continue
		}
		if written == 0 {
			b.Grow(len(u) + 16)
		}
		b.WriteString(u[written:i])
		b.WriteByte('%')
		b.WriteByte("0123456789abcdef"[c>>4])
		b.WriteByte("0123456789abcdef"[c&15])
		written = i + 1
	}
	if written == 0 {
		return u
	}
	b.WriteString(u[written:])
	return b.String()
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// writeHTML writes a page made by page in loc.
func writeHTML(w io.Writer, loc i18n.Locale, page func(h *htmlWriter)) error {
	h := &htmlWriter{loc: loc}
	page(h)
	_, err := io.WriteString(w, h.String())
	return err
}

// begin writes the start of a page, up to its <main>: one self-contained
// file (inline CSS and SVG; the Content-Security-Policy forbids loading
// anything), printed to A4 with a page break before each section marked
// "page".
func (h *htmlWriter) begin(p htmlPage) {
	h.raw("<!DOCTYPE html>\n<html lang=\"")
	h.text(p.Lang)
	h.raw("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" +
		"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n" +
		"<meta name=\"generator\" content=\"eis\">\n<title>")
	h.text(p.DocTitle)
	h.raw("</title>\n<style>\n")
	h.raw(htmlCSS)
	h.raw("</style>\n</head>\n<body>\n<main>\n")
}

// end writes the end of a page, from its </main>.
func (h *htmlWriter) end(p htmlPage) {
	h.wrapped("</main>\n<footer><p>", p.Footer, "</p></footer>\n</body>\n</html>\n")
}

// chartHead writes the start of a chart's figure: the SVG and its title,
// the grid, its ticks and the axis's name.
func (h *htmlWriter) chartHead(c *barChart, hatch bool) {
	h.raw("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
	h.num(c.Width)
	h.raw(" ")
	h.num(c.Height)
	h.wrapped("\" width=\"100%\" role=\"img\" aria-labelledby=\"", c.ID, "-title\" focusable=\"false\">\n<title id=\"")
	h.text(c.ID)
	h.wrapped("-title\">", c.Title, "</title>")
	if hatch {
		h.wrapped("\n<defs><pattern id=\"", c.ID, "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#6b7785\" stroke-width=\"3\"/></pattern></defs>")
	}
	for _, t := range c.Ticks {
		h.raw("\n<line class=\"grid\" x1=\"")
		h.float(t.X)
		h.raw("\" y1=\"")
		h.num(c.Top)
		h.raw("\" x2=\"")
		h.float(t.X)
		h.raw("\" y2=\"")
		h.num(c.Bottom)
		h.raw("\"/>\n<text class=\"tick\" x=\"")
		h.float(t.X)
		h.raw("\" y=\"")
		h.num(c.TickY)
		h.wrapped("\" text-anchor=\"middle\">", t.Label, "</text>")
	}
	h.raw("\n<text class=\"axis\" x=\"")
	h.num(c.AxisX)
	h.raw("\" y=\"")
	h.num(c.AxisY)
	h.wrapped("\" text-anchor=\"middle\">", c.Axis, "</text>")
}

// rowHead writes a chart row's label and track.
func (h *htmlWriter) rowHead(c *barChart, label string, textY, y, height float64) {
	h.raw("\n<text class=\"ylabel\" x=\"")
	h.num(c.LabelX)
	h.raw("\" y=\"")
	h.float(textY)
	h.wrapped("\" text-anchor=\"end\">", label, "</text>\n<rect class=\"track\" x=\"")
	h.num(c.BarX)
	h.raw("\" y=\"")
	h.float(y)
	h.raw("\" width=\"")
	h.num(c.BarW)
	h.raw("\" height=\"")
	h.float(height)
	h.raw("\" rx=\"2\"/>")
}

// rowValue writes a chart row's value, or why it has none.
func (h *htmlWriter) rowValue(c *barChart, has bool, value string, textY float64) {
	if has {
		h.raw("\n<text class=\"value\" x=\"")
	} else {
		h.raw("\n<text class=\"value none\" x=\"")
	}
	h.num(c.ValueX)
	h.raw("\" y=\"")
	h.float(textY)
	h.wrapped("\">", value, "</text>")
}

// chartFoot writes the end of a chart: its legend, and the same numbers as
// a table for screen readers.
func (h *htmlWriter) chartFoot(c *barChart) {
	h.raw("\n</svg>")
	if len(c.Legend) > 0 {
		h.raw("\n<figcaption class=\"legend\">")
		for _, k := range c.Legend {
			h.wrapped("<span class=\"key key-", k.Class, "\" aria-hidden=\"true\"></span>")
			h.text(k.Text)
			h.raw(" ")
		}
		h.raw("</figcaption>")
	}
	h.wrapped("\n</figure>\n<table class=\"sr-only\">\n<caption>", c.Title, "</caption>\n<thead><tr>")
	for _, s := range c.Head {
		h.wrapped("<th scope=\"col\">", s, "</th>")
	}
	h.raw("</tr></thead>\n<tbody>")
	for _, row := range c.Table {
		h.wrapped("\n<tr><th scope=\"row\">", row[0], "</th>")
		for _, cell := range row[1:] {
			h.wrapped("<td>", cell, "</td>")
		}
		h.raw("</tr>")
	}
	h.raw("\n</tbody>\n</table>\n")
}

// bars writes a horizontal bar chart of scores (0–100 %), with the same
// numbers in a table for screen readers. Each bar is labelled with its
// value, so the chart reads in greyscale; a target is a marker line, an
// earlier score a hatched bar above the current one.
func (h *htmlWriter) bars(c *barChart) {
	h.chartHead(c, true)
	for _, r := range c.Rows {
		h.rowHead(c, r.Label, r.TextY, r.Y, r.H)
		if r.HasThen {
			h.raw("\n<rect x=\"")
			h.num(c.BarX)
			h.raw("\" y=\"")
			h.float(r.ThenY)
			h.raw("\" width=\"")
			h.float(r.ThenW)
			h.raw("\" height=\"")
			h.float(r.ThenH)
			h.wrapped("\" fill=\"url(#", c.ID, "-hatch)\" stroke=\"#6b7785\" stroke-width=\"0.5\"/>")
		}
		if r.HasScore {
			h.raw("\n<rect class=\"bar\" x=\"")
			h.num(c.BarX)
			h.raw("\" y=\"")
			h.float(r.BarY)
			h.raw("\" width=\"")
			h.float(r.W)
			h.raw("\" height=\"")
			h.float(r.BarH)
			h.raw("\" rx=\"2\"/>")
		}
		h.rowValue(c, r.HasScore, r.Value, r.TextY)
		if r.HasTarget {
			h.raw("\n<line class=\"target\" x1=\"")
			h.float(r.TargetX)
			h.raw("\" y1=\"")
			h.float(r.TargetY1)
			h.raw("\" x2=\"")
			h.float(r.TargetX)
			h.raw("\" y2=\"")
			h.float(r.TargetY2)
			h.raw("\"/>")
		}
	}
	h.chartFoot(c)
}

// boxes writes a box chart of a distribution per row: the box spans the
// middle half (first to third quartile), the thick line is the median;
// the median is also written as a number, and a table for screen readers
// has every value.
func (h *htmlWriter) boxes(c *boxChart) {
	h.chartHead(&c.barChart, false)
	for _, r := range c.Rows {
		h.rowHead(&c.barChart, r.Label, r.TextY, r.Y, r.H)
		if r.HasScore {
			h.raw("\n<rect class=\"box\" x=\"")
			h.float(r.X1)
			h.raw("\" y=\"")
			h.float(r.Y)
			h.raw("\" width=\"")
			h.float(r.W)
			h.raw("\" height=\"")
			h.float(r.H)
			h.raw("\"/>\n<line class=\"median\" x1=\"")
			h.float(r.XM)
			h.raw("\" y1=\"")
			h.float(r.Y)
			h.raw("\" x2=\"")
			h.float(r.XM)
			h.raw("\" y2=\"")
			h.float(r.Y2)
			h.raw("\"/>")
		}
		h.rowValue(&c.barChart, r.HasScore, r.Value, r.TextY)
	}
	h.chartFoot(&c.barChart)
}

// footerText is the footer of every HTML report: what made it and when.
func footerText(loc i18n.Locale, generated string) string {
	return loc.T("render.html.footer", generated)
}

// barChart is the data of a bar chart (htmlWriter.bars): a horizontal bar per row,
// sized in SVG units.
type barChart struct {
	ID, Title, Axis string
	Width, Height   int
	LabelX, BarX    int
	BarW, ValueX    int
	Top, Bottom     int
	TickY           int
	AxisX, AxisY    int
	Ticks           []chartTick
	Rows            []chartRow
	Legend          []chartKey
	// Head and Table are the accessible table of the same numbers.
	Head  []string
	Table [][]string
}

type chartTick struct {
	X     float64
	Label string
}

type chartKey struct{ Class, Text string }

// chartRow is one bar: a score (nil: no score), and optionally an earlier
// score (then) and a target.
type chartRow struct {
	Label, Value        string
	Y, H, TextY         float64
	HasScore            bool
	W, BarY, BarH       float64
	HasThen             bool
	ThenW, ThenY, ThenH float64
	HasTarget           bool
	TargetX             float64
	TargetY1, TargetY2  float64
}

// barInput is one row before layout.
type barInput struct {
	Label  string
	Score  *float64
	Then   *float64
	Target *float64
	// Cells are the accessible table's cells after the label.
	Cells []string
}

// newBarChart lays out rows as a chart with id (unique in the page), a
// title (also the table's caption), the x axis's name, the accessible
// table's column heads and the legend.
func newBarChart(id, title, axis string, rows []barInput, head []string, legend []chartKey, loc i18n.Locale, noScore string) barChart {
	const (
		width  = 660
		valueW = 56
		rowH   = 30
		top    = 26
		// The label column is as wide as the longest label needs at the
		// labels' 13px (about 7 units a character in DejaVu Sans, the
		// widest of the usual sans fonts), from 250 up to 340 units; a
		// label longer than that is cut. A right-aligned label wider than
		// its column would run off the chart's left edge (Danish
		// "Jura, immaterielle rettigheder og regler" did).
		charW     = 7.2
		minLabelW = 250
		maxLabelW = 340
	)
	longest := 0
	for _, r := range rows {
		longest = max(longest, cells(oneLine(r.Label)))
	}
	labelW := min(max(int(math.Ceil(float64(longest)*charW))+12, minLabelW), maxLabelW)
	maxLabel := int(float64(labelW-12) / charW)
	c := barChart{ID: id, Title: title, Axis: axis, Width: width, LabelX: labelW - 8, BarX: labelW, BarW: width - labelW - valueW, Legend: legend, Head: head}
	c.ValueX = c.BarX + c.BarW + 6
	c.Top = top - 4
	c.Bottom = top + len(rows)*rowH + 2
	c.TickY = top - 10
	c.Height = c.Bottom + 28
	c.AxisX = c.BarX + c.BarW/2
	c.AxisY = c.Bottom + 20
	for _, v := range []float64{0, 0.25, 0.5, 0.75, 1} {
		c.Ticks = append(c.Ticks, chartTick{X: float64(c.BarX) + v*float64(c.BarW), Label: percent(loc, v)})
	}
	for i, r := range rows {
		y := float64(top + i*rowH)
		row := chartRow{Label: truncate(oneLine(r.Label), maxLabel), Y: y + 4, H: rowH - 8, TextY: y + rowH/2 + 4.5, Value: noScore}
		bw := func(s float64) float64 { return math.Round(clamp01(s)*float64(c.BarW)*10) / 10 }
		if r.Then != nil {
			row.HasThen = true
			row.ThenW, row.ThenY, row.ThenH = bw(*r.Then), y+4, 8
		}
		if r.Score != nil {
			row.HasScore = true
			row.W, row.Value = bw(*r.Score), percent(loc, *r.Score)
			row.BarY, row.BarH = y+4, rowH-8
			if row.HasThen {
				row.BarY, row.BarH = y+13, rowH-17
			}
		}
		if r.Target != nil {
			row.HasTarget = true
			row.TargetX = float64(c.BarX) + bw(*r.Target)
			row.TargetY1, row.TargetY2 = y+1, y+rowH-1
		}
		c.Rows = append(c.Rows, row)
		c.Table = append(c.Table, append([]string{oneLine(r.Label)}, r.Cells...))
	}
	return c
}

// scoreCell is a score for a table: "60 %" or "—".
func scoreCell(loc i18n.Locale, s *float64) string {
	if s == nil {
		return "—"
	}
	return percent(loc, *s)
}

// signedPoints is a change of score in percentage points, with its sign: "+12", "−5", "0".
func signedPoints(d float64) string {
	p := int(math.Round(d * 100))
	switch {
	case p > 0:
		return fmt.Sprintf("+%d", p)
	case p < 0:
		return fmt.Sprintf("−%d", -p)
	}
	return "0"
}
