package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// FormatStats is the practice list as counts: a Markdown table of the
// practices of each region by status and confidence (`eis practices list
// --format stats`; the table in practices/README.md).
const FormatStats = "stats"

// confidences are the confidence levels in the order the stats show them.
var confidences = []string{"verified", "partial", "unverified"}

// practiceStats writes, for each region with practices in ps (in the
// catalogue's region order) and in total, how many practices there are, and
// how many of the active and of the historic ones are verified, partial and
// unverified — as a Markdown table, one line per region.
func practiceStats(w io.Writer, cat *catalogue.Catalogue, ps []*catalogue.Practice, loc i18n.Locale) error {
	type counts struct {
		n   int
		by  map[string]int // status/confidence → count
		reg string
	}
	var rows []*counts
	byRegion := map[string]*counts{}
	total := &counts{by: map[string]int{}}
	for _, r := range cat.Regions {
		c := &counts{by: map[string]int{}, reg: r.ID}
		byRegion[r.ID] = c
		rows = append(rows, c)
	}
	for _, p := range ps {
		c := byRegion[p.Region]
		if c == nil { // a region the catalogue does not declare (the validator reports it)
			c = &counts{by: map[string]int{}, reg: p.Region}
			byRegion[p.Region] = c
			rows = append(rows, c)
		}
		key := practiceStatus(p) + "/" + p.Confidence
		for _, x := range []*counts{c, total} {
			x.n++
			x.by[key]++
		}
	}
	t := loc.T
	cell := func(c *counts, status string) string {
		var parts []string
		for _, conf := range confidences {
			parts = append(parts, fmt.Sprint(c.by[status+"/"+conf]))
		}
		return strings.Join(parts, " / ")
	}
	levels := make([]string, len(confidences))
	for i, conf := range confidences {
		levels[i] = t("render.stats.level." + conf)
	}
	how := strings.Join(levels, " / ")
	var b strings.Builder
	fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", t("render.stats.region"), t("render.stats.practices"),
		t("render.stats.active", how), t("render.stats.historic", how))
	b.WriteString("|---|---:|---:|---:|\n")
	for _, c := range rows {
		if c.n == 0 {
			continue
		}
		fmt.Fprintf(&b, "| %s (`%s`) | %d | %s | %s |\n", mdEscape(regionName(cat, c.reg, loc)), c.reg, c.n, cell(c, "active"), cell(c, "historic"))
	}
	fmt.Fprintf(&b, "| **%s** | **%d** | **%s** | **%s** |\n", t("render.stats.total"), total.n, cell(total, "active"), cell(total, "historic"))
	_, err := io.WriteString(w, b.String())
	return err
}
