package render

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"strings"
	"sync"

	"github.com/eis-project/eis/internal/i18n"
)

// The HTML reports (plan, region, compare, aggregate) share one layout:
// html/layout.tmpl (the page, the bar chart) and html/style.tmpl (screen
// and A4 print CSS). Every text goes through html/template, which escapes
// it for where it stands; nothing is concatenated into markup.

//go:embed html/*.tmpl
var htmlFS embed.FS

// htmlTemplates is every HTML template, parsed once, on first use (not at
// start-up: see TestNothingAtInit); htmlPage clones it
// and binds the run's Locale to the T and N functions.
var htmlTemplates = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("eis").Funcs(htmlFuncs(i18n.Locale{})).ParseFS(htmlFS, "html/*.tmpl"))
})

// htmlFuncs are the functions the templates call, saying words in loc.
func htmlFuncs(loc i18n.Locale) template.FuncMap {
	return template.FuncMap{
		"T": func(key string, args ...any) string { return loc.T(key, args...) },
		"N": func(key string, n int, args ...any) string { return loc.N(key, n, append([]any{n}, args...)...) },
		"pct": func(s *float64) string {
			if s == nil {
				return "—"
			}
			return percent(loc, *s)
		},
		"one":  oneLine,
		"join": func(sep string, s []string) string { return strings.Join(s, sep) },
	}
}

// htmlPage is what the layout needs besides a report's own data.
type htmlPage struct {
	Lang     string
	DocTitle string
	Footer   string
}

// executeHTML writes the template name with data, in loc.
func executeHTML(w io.Writer, name string, loc i18n.Locale, data any) error {
	t, err := htmlTemplates().Clone()
	if err != nil {
		return err
	}
	t.Funcs(htmlFuncs(loc))
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, name, data); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// footerText is the footer of every HTML report: what made it and when.
func footerText(loc i18n.Locale, generated string) string {
	return loc.T("render.html.footer", generated)
}

// barChart is the data of the "bars" template: a horizontal bar per row,
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
