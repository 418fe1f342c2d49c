package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/region"
)

// richAggregate is a report with every section filled, some groups
// suppressed (one hidden beside a single small one), and a practice title with markup in it.
func richAggregate(lang string) aggregate.Report {
	n := func(k int) aggregate.Count { return aggregate.Count{N: k} }
	few := aggregate.Count{Suppressed: true}
	hidden := aggregate.Count{Suppressed: true, Hidden: true}
	return aggregate.Report{
		SchemaVersion: aggregate.SchemaVersion, Language: lang, Generated: generated,
		Catalogue: region.CatRef{ID: "eis", Version: "2026.11", Digest: "sha256:0123abcd"},
		Region:    "dk-central", RegionName: tr(lang, "Central Denmark", "Region Midtjylland"),
		MinGroup: 5, Firms: n(23), Incomplete: few, Skipped: 2, OtherRegion: 7, Earlier: 3, Unnamed: 4,
		ByRegion: []aggregate.Group{},
		BySize:   []aggregate.Group{{ID: "micro", Label: tr(lang, "1–9 (micro)", "1–9 (mikro)"), Count: n(12)}, {ID: "small", Label: tr(lang, "10–49 (small)", "10–49 (lille)"), Count: n(7)}, {ID: "medium", Label: "50–249", Count: few}, {ID: "large", Label: "250+", Count: few}},
		BySector: []aggregate.Group{{ID: "manufacturing", Label: tr(lang, "Manufacturing", "Fremstilling"), Count: n(18)}, {ID: "food", Label: tr(lang, "Food and drink", "Fødevarer og drikkevarer"), Count: few}, {ID: "traded-services", Label: tr(lang, "Other services sold to firms abroad (design, engineering, consulting)", "Andre serviceydelser, der sælges til virksomheder i udlandet (design, ingeniørydelser, rådgivning)"), Count: few}, {ID: "not-answered", Label: tr(lang, "not answered", "ikke besvaret"), Count: few}},
		// One stage under 5 firms: the smallest other (5 expanding) is hidden with it.
		ByStage: []aggregate.Group{{ID: "exploring", Label: tr(lang, "Exploring", "Undersøgende"), Count: n(11)}, {ID: "first-exports", Label: tr(lang, "First exports", "Første eksport"), Count: n(7)}, {ID: "expanding", Label: tr(lang, "Expanding", "Ekspanderende"), Count: hidden}, {ID: "established", Label: tr(lang, "Established", "Etableret"), Count: few}},
		Readiness: []aggregate.Distribution{
			{Dimension: "strategy", Title: tr(lang, "Strategy and commitment", "Strategi og engagement"), Scored: n(23), Q1: fp(0.25), Median: fp(0.4375), Q3: fp(0.6), Weak: n(14)},
			{Dimension: "logistics", Title: tr(lang, "Logistics and operations", "Logistik og drift"), Scored: few, Weak: few},
		},
		Gaps:       []aggregate.Shared{{ID: "strategy.export-plan", Title: tr(lang, "Do you have a written export plan?", "Har I en skriftlig eksportplan?"), Dimension: "strategy", Firms: 15, Share: 0.6522}},
		Practices:  []aggregate.Shared{{ID: "global-x", Title: "Write a plan <script>alert(1)</script>", Firms: 9, Share: 0.3913}},
		SharedGaps: []aggregate.SharedGap{{Region: "dk-central", RegionName: tr(lang, "Central Denmark", "Region Midtjylland"), Dimension: "logistics", Title: tr(lang, "Logistics and operations", "Logistik og drift"), Stage: "exploring", StageTitle: tr(lang, "Exploring", "Undersøgende"), Firms: 6, Share: 0.2609}},
	}
}

func TestAggregateGolden(t *testing.T) {
	t.Parallel()
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatCSV: "csv", FormatJSON: "json", FormatHTML: "html"}
	for _, format := range AggregateFormats {
		for _, lang := range []string{"en", "da"} {
			file := "aggregate." + lang + "." + ext[format]
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := Aggregate(&buf, richAggregate(lang), format, Options{Width: 80, Locale: i18n.Get(lang)}); err != nil {
					t.Fatal(err)
				}
				golden(t, file, buf.Bytes())
				if format == FormatHTML {
					doc := checkHTML(t, buf.Bytes(), lang)
					if got := textsContaining(doc, "<script>alert(1)</script>"); len(got) == 0 {
						t.Errorf("the practice title with <script> does not show as text")
					}
				}
			})
		}
	}
}

// TestAggregateCSVInjection: a text that a spreadsheet would read as a
// formula is written with a leading apostrophe.
func TestAggregateCSVInjection(t *testing.T) {
	t.Parallel()
	r := richAggregate("en")
	r.Practices[0].Title = "=HYPERLINK(\"http://x\")"
	var buf bytes.Buffer
	if err := Aggregate(&buf, r, FormatCSV, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"'=HYPERLINK(""http://x"")"`) {
		t.Errorf("formula not neutralised:\n%s", buf.String())
	}
}

// TestAggregateHiddenIsNotFewerThanFive: a group hidden so that a single
// smaller one cannot be worked out is not said to be "< 5" (it was: the
// 9 exploring firms of a region showed as "< 5"); the report says
// "hidden" and what it means, in every format.
func TestAggregateHiddenIsNotFewerThanFive(t *testing.T) {
	t.Parallel()
	for _, format := range []string{FormatText, FormatMarkdown, FormatHTML} {
		var buf bytes.Buffer
		if err := Aggregate(&buf, richAggregate("en"), format, Options{Width: 200, Locale: i18n.Get("en")}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "Expanding") && !strings.Contains(line, "Exploring") && strings.Contains(line, "5") {
				t.Errorf("%s: the hidden stage says %q", format, strings.TrimSpace(line))
			}
		}
		if !strings.Contains(strings.Join(strings.Fields(out), " "), "hidden so that a smaller group cannot be worked out") {
			t.Errorf("%s: no word on what hidden means", format)
		}
	}
	var buf bytes.Buffer
	if err := Aggregate(&buf, richAggregate("en"), FormatJSON, Options{Locale: i18n.Get("en")}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"hidden": true`) {
		t.Errorf("JSON does not mark the hidden group")
	}
}

// TestAggregateNarrowKeepsDimensions: on a narrow terminal the readiness
// table still says which dimension each row is about. Below about 50
// columns its label column had no room left and every name vanished (rows
// of bare numbers), and up to 56 they were cut to "Str…". A name that does
// not fit beside the numbers now gets a line of its own above them.
func TestAggregateNarrowKeepsDimensions(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		for width := MinWidth; width <= 80; width++ {
			r := richAggregate(lang)
			var buf bytes.Buffer
			if err := Aggregate(&buf, r, FormatText, Options{Width: width, Locale: i18n.Get(lang)}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			table := out[strings.Index(out, i18n.Get(lang).T("render.aggregate.col.median")):]
			table = table[:strings.Index(table, "\n\n")]
			words := strings.Fields(table)
			for _, d := range r.Readiness {
				for _, w := range strings.Fields(d.Title) {
					if !slices.Contains(words, w) {
						t.Errorf("%s, %d columns: %q of %q is not in the readiness table:\n%s", lang, width, w, d.Title, out)
					}
				}
			}
		}
	}
}
