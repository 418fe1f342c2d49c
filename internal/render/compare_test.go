package render

import (
	"bufio"
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// richComparison is a comparison with every part filled, in lang, with a
// practice title that holds markup.
func richComparison(lang string) assessment.Comparison {
	d := func(x float64) *float64 { return &x }
	return assessment.Comparison{
		SchemaVersion: assessment.CompareSchemaVersion, Language: lang, Generated: generated,
		Catalogue: assessment.CatRef{ID: "eis", Version: "2026.11", Digest: "sha256:0123abcd"},
		Company:   "Hansen & Co. ApS", Then: time.Date(2026, 5, 4, 11, 0, 0, 0, time.UTC), Now: time.Date(2026, 11, 18, 11, 0, 0, 0, time.UTC), ThenCatalogue: "2026.05",
		Overall: assessment.Change{Then: d(0.3), Now: d(0.45), Delta: d(0.15)},
		Dimensions: []assessment.DimensionChange{
			{ID: "strategy", Title: tr(lang, "Strategy and commitment", "Strategi og engagement"), Then: d(0.25), Now: d(0.75), Delta: d(0.5)},
			{ID: "finance", Title: tr(lang, "Finance and payment risk", "Finansiering og betalingsrisiko"), Then: d(0.5), Now: d(0.25), Delta: d(-0.25)},
			{ID: "logistics", Title: tr(lang, "Logistics and operations", "Logistik og drift"), Now: d(0.5)},
			{ID: "networks", Title: tr(lang, "Networks and support", "Netværk og støtte"), Then: d(0.4), Now: d(0.4), Delta: d(0)},
		},
		StageThen: assessment.StageRef{ID: "exploring", Title: tr(lang, "Exploring", "Undersøgende")},
		StageNow:  assessment.StageRef{ID: "first-exports", Title: tr(lang, "First exports", "Første eksport")}, StageMove: "up",
		Resolved:   []assessment.ActionRef{{Practice: "global-one-page-export-plan", Title: "Write a one-page export plan <script>alert(1)</script>"}},
		NewActions: []assessment.ActionRef{{Practice: "eu-een", Title: "Enterprise Europe Network"}},
		NewGaps:    []assessment.AnswerChange{{Question: "finance.payment-terms", Text: tr(lang, "How do you protect yourselves against late payers?", "Hvordan beskytter I jer mod sene betalere?"), Then: []string{"prepayment"}, Now: []string{"checks"}, ThenLabel: "Prepayment", NowLabel: "Checks"}},
		Closed:     []assessment.AnswerChange{{Question: "strategy.export-plan", Text: tr(lang, "Do you have a written export plan?", "Har I en skriftlig eksportplan?"), Then: []string{"none"}, Now: []string{"written"}, ThenLabel: tr(lang, "No", "Nej"), NowLabel: tr(lang, "Yes, written down", "Ja, skrevet ned")}},
		Changed: []assessment.AnswerChange{
			{Question: "target-markets", Text: tr(lang, "Which markets do you target?", "Hvilke markeder sigter I mod?"), Then: []string{"DE"}, Now: []string{"DE", "SE"}, ThenLabel: tr(lang, "Germany", "Tyskland"), NowLabel: tr(lang, "Germany, Sweden", "Tyskland, Sverige")},
			{Question: "finance.payment-terms", Text: tr(lang, "How do you protect yourselves against late payers?", "Hvordan beskytter I jer mod sene betalere?"), Then: []string{"prepayment"}, Now: []string{"checks"}, ThenLabel: "Prepayment", NowLabel: "Checks"},
			{Question: "strategy.export-plan", Text: tr(lang, "Do you have a written export plan?", "Har I en skriftlig eksportplan?"), Then: []string{"none"}, Now: []string{"written"}, ThenLabel: tr(lang, "No", "Nej"), NowLabel: tr(lang, "Yes, written down", "Ja, skrevet ned")},
		},
		Added:    []assessment.QuestionRef{{Question: "logistics.capacity", Text: "Could you deliver a large extra order?"}},
		Removed:  []string{"networks.grants"},
		Reworded: []assessment.QuestionRef{}, OtherFirm: []assessment.FirmDiff{}, Unfinished: []assessment.UnfinishedFile{},
	}
}

// unfinishedComparison is richComparison of a later file stopped halfway
// (two areas not answered, one in part) with an earlier one that left
// logistics unanswered (it has no score then).
func unfinishedComparison(lang string) assessment.Comparison {
	c := richComparison(lang)
	dim := func(id, en, da string) assessment.DimensionRef {
		return assessment.DimensionRef{ID: id, Title: tr(lang, en, da)}
	}
	c.Unfinished = []assessment.UnfinishedFile{
		{File: "then", AnsweredDimensions: 9, TotalDimensions: 10, Partly: []assessment.DimensionRef{},
			Unanswered: []assessment.DimensionRef{dim("logistics", "Logistics and operations", "Logistik og drift")}},
		{File: "now", AnsweredDimensions: 7, TotalDimensions: 10,
			Unanswered: []assessment.DimensionRef{dim("legal-compliance", "Legal, IP and compliance", "Jura, immaterielle rettigheder og regler"), dim("people", "People and skills", "Medarbejdere og kompetencer")},
			Partly:     []assessment.DimensionRef{dim("finance", "Finance and payment risk", "Finansiering og betalingsrisiko")}},
	}
	return c
}

// TestCompareUnfinishedGolden: a comparison with an unfinished file says
// so above the first heading in text, Markdown and HTML — which file, how
// many areas it answers and which it does not — and carries it as data in
// JSON (TestPlanSinceGolden: so does a plan's "since last time" section).
func TestCompareUnfinishedGolden(t *testing.T) {
	t.Parallel()
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatHTML: "html"}
	const want = "The later assessment (2026-11-18) is unfinished: 7 of 10 areas answered in full. Not answered: Legal, IP and compliance; People and skills. Answered in part: Finance and payment risk. What it leaves unanswered has no score and is left out of the comparison, and the earlier plan's actions on it can show as done only because it is not answered yet."
	const wantThen = "The earlier assessment (2026-05-04) is unfinished: 9 of 10 areas answered in full. Not answered: Logistics and operations. What it left unanswered"
	for _, format := range CompareFormats {
		for _, lang := range []string{"en", "da"} {
			file := "compare-unfinished." + lang + "." + ext[format]
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := Compare(&buf, unfinishedComparison(lang), format, Options{Width: 80, Locale: i18n.Get(lang)}); err != nil {
					t.Fatal(err)
				}
				golden(t, file, buf.Bytes())
				if format == FormatHTML {
					checkHTML(t, buf.Bytes(), lang)
				}
				if lang != "en" {
					return
				}
				out := strings.Join(strings.Fields(strings.NewReplacer("**", "", "<strong>", "", "</strong>", "", "&#39;", "'", "&#x27;", "'").Replace(buf.String())), " ")
				if format == FormatJSON {
					if !strings.Contains(out, `"unfinished": [ { "file": "then", "answered_dimensions": 9, "total_dimensions": 10, "unanswered": [ { "id": "logistics", "title": "Logistics and operations" } ], "partly": [] }, { "file": "now",`) {
						t.Errorf("json: no unfinished data:\n%s", buf.String())
					}
					return
				}
				head := map[string]string{FormatText: "Overall", FormatMarkdown: "| Dimension", FormatHTML: "<h2"}[format]
				for _, w := range []string{wantThen, want} {
					at, h := strings.Index(out, w), strings.Index(out, head)
					if at < 0 {
						t.Errorf("%s: no notice %q:\n%s", format, w, out)
					} else if at > h {
						t.Errorf("%s: the notice is not above %q:\n%s", format, head, buf.String())
					}
				}
			})
		}
	}
}

func TestCompareGolden(t *testing.T) {
	t.Parallel()
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatHTML: "html"}
	for _, format := range CompareFormats {
		for _, lang := range []string{"en", "da"} {
			file := "compare." + lang + "." + ext[format]
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := Compare(&buf, richComparison(lang), format, Options{Width: 80, Locale: i18n.Get(lang)}); err != nil {
					t.Fatal(err)
				}
				golden(t, file, buf.Bytes())
				if format == FormatHTML {
					doc := checkHTML(t, buf.Bytes(), lang)
					if len(textsContaining(doc, "<script>alert(1)</script>")) == 0 {
						t.Errorf("the title with <script> does not show as text")
					}
				}
			})
		}
	}
}

// TestPlanSinceGolden: a plan with a comparison shows it in every format,
// with the notice of an unfinished file when one is (plan-since-unfinished).
func TestPlanSinceGolden(t *testing.T) {
	t.Parallel()
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatHTML: "html"}
	for stem, comparison := range map[string]func(string) assessment.Comparison{
		"plan-since": richComparison, "plan-since-unfinished": unfinishedComparison,
	} {
		for _, format := range PlanFormats {
			file := stem + ".en." + ext[format]
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				p := richPlan("en")
				c := comparison("en")
				p.Since = &c
				var buf bytes.Buffer
				if err := Plan(&buf, p, format, Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, file, buf.Bytes())
				if format == FormatHTML {
					checkHTML(t, buf.Bytes(), "en")
				}
			})
		}
	}
}

// TestPlanTargetsGolden: a plan with targets shows the gap to each (text,
// Markdown, JSON, HTML with target markers in the chart) and says which
// actions work towards them.
func TestPlanTargetsGolden(t *testing.T) {
	t.Parallel()
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatHTML: "html"}
	for _, format := range PlanFormats {
		for _, lang := range []string{"en", "da"} {
			file := "plan-targets." + lang + "." + ext[format]
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				p := richPlan(lang)
				d := func(x float64) *float64 { return &x }
				p.Targets = &assessment.Targets{
					Stage: &assessment.StageTarget{ID: "expanding", Title: tr(lang, "Expanding", "Ekspanderende")},
					Dimensions: []assessment.DimensionTarget{
						{ID: "strategy", Title: tr(lang, "Strategy and commitment", "Strategi og engagement"), Target: 0.75, Score: d(0.25), Gap: 0.5},
						{ID: "market-knowledge", Title: tr(lang, "Market knowledge", "Markedskendskab"), Target: 0.5, Gap: 0.5},
						{ID: "finance", Title: tr(lang, "Finance and payment risk", "Finansiering og betalingsrisiko"), Target: 0.5, Score: d(1)},
					},
				}
				p.Actions[0].Closes = []string{"strategy"}
				var buf bytes.Buffer
				if err := Plan(&buf, p, format, Options{Width: 80, Locale: i18n.Get(lang)}); err != nil {
					t.Fatal(err)
				}
				golden(t, file, buf.Bytes())
				if format == FormatHTML {
					checkHTML(t, buf.Bytes(), lang)
				}
			})
		}
	}
}

// TestCompareNothingChanged: two assessments with the same answers compare
// to the table and "No answer has changed.", with no two empty lines in a
// row (the lists after the table print nothing then; the blank line that
// closes them came on top of the table's own).
func TestCompareNothingChanged(t *testing.T) {
	t.Parallel()
	d := func(x float64) *float64 { return &x }
	c := assessment.Comparison{
		SchemaVersion: assessment.CompareSchemaVersion, Language: "en", Generated: generated,
		Catalogue: assessment.CatRef{ID: "eis", Version: "2026.11", Digest: "sha256:0123abcd"},
		Company:   "Acme ApS", Then: time.Date(2026, 5, 4, 11, 0, 0, 0, time.UTC), Now: time.Date(2026, 11, 18, 11, 0, 0, 0, time.UTC), ThenCatalogue: "2026.11",
		Overall:    assessment.Change{Then: d(0.3), Now: d(0.3), Delta: d(0)},
		Dimensions: []assessment.DimensionChange{{ID: "strategy", Title: "Strategy and commitment", Then: d(0.3), Now: d(0.3), Delta: d(0)}},
		StageThen:  assessment.StageRef{ID: "exploring", Title: "Exploring"},
		StageNow:   assessment.StageRef{ID: "exploring", Title: "Exploring"}, StageMove: "same",
	}
	for _, format := range []string{FormatText, FormatMarkdown, FormatHTML} {
		var buf bytes.Buffer
		if err := Compare(&buf, c, format, Options{Width: 80, Locale: i18n.Get("en")}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if format != FormatHTML && strings.Contains(out, "\n\n\n") {
			t.Errorf("%s: two empty lines in a row:\n%q", format, out)
		}
		// Said, not left to be inferred from a list that is not there.
		if !strings.Contains(out, "No answer has changed.") {
			t.Errorf("%s: does not say that no answer changed:\n%s", format, out)
		}
	}
}

// TestCompareOtherFirm: a comparison of two firms' files says so at the
// top of every format — text, Markdown and HTML in words, with what
// differs, JSON as data — and a plan's "since" section does too.
func TestCompareOtherFirm(t *testing.T) {
	t.Parallel()
	d := func(x float64) *float64 { return &x }
	c := assessment.Comparison{
		SchemaVersion: assessment.CompareSchemaVersion, Language: "en", Generated: generated,
		Catalogue: assessment.CatRef{ID: "eis", Version: "2026.11"}, Company: "Bager Hansen",
		Overall:   assessment.Change{Then: d(0.3), Now: d(0.4), Delta: d(0.1)},
		StageThen: assessment.StageRef{ID: "exploring", Title: "Exploring"},
		StageNow:  assessment.StageRef{ID: "exploring", Title: "Exploring"}, StageMove: "same",
		OtherFirm: []assessment.FirmDiff{
			{What: "company", Then: "Acme Ltd", Now: "Bager Hansen", ThenLabel: "Acme Ltd", NowLabel: "Bager Hansen"},
			{What: "region", Then: "ie-donegal", Now: "dk-central", ThenLabel: "Donegal", NowLabel: "Central Denmark"},
		},
	}
	const want = "These look like the answers of two different firms — Company: Acme Ltd → Bager Hansen; Region: Donegal → Central Denmark. Check that you are comparing the right files."
	for _, format := range []string{FormatText, FormatMarkdown, FormatHTML, FormatJSON} {
		var buf bytes.Buffer
		if err := Compare(&buf, c, format, Options{Width: 100, Locale: i18n.Get("en")}); err != nil {
			t.Fatal(err)
		}
		out := strings.Join(strings.Fields(buf.String()), " ")
		switch format {
		case FormatJSON:
			if !strings.Contains(out, `"other_firm": [ { "what": "company", "then": "Acme Ltd", "now": "Bager Hansen",`) {
				t.Errorf("json: no other_firm data:\n%s", buf.String())
			}
		default:
			if !strings.Contains(out, want) {
				t.Errorf("%s: no warning %q:\n%s", format, want, buf.String())
			}
		}
		// Above the first heading after the title, as text and Markdown
		// have it: it is about the whole report.
		if head := map[string]string{FormatText: "Overall", FormatMarkdown: "| Dimension", FormatHTML: "<h2"}[format]; head != "" {
			if w, h := strings.Index(out, "These look like"), strings.Index(out, head); w < 0 || h < 0 || w > h {
				t.Errorf("%s: the warning is not above %q:\n%s", format, head, buf.String())
			}
		}
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	tw := &textWriter{w: bw, loc: i18n.Get("en"), width: 200, c: styler(false)}
	tw.comparison(c, false)
	bw.Flush()
	if !strings.Contains(buf.String(), "  ! "+want) {
		t.Errorf("plan --since: no warning:\n%s", buf.String())
	}
}

// TestCompareChangeAddsUp: the change column is the difference of the two
// percentages as they are shown, in every format — 27 % then and 31 %
// now is +4 points, though the unrounded scores (27.3 % and 30.7 %)
// differ by 3.4 — so an advisor reading the table sees columns that add
// up; a change that shows as 0 has no up or down arrow in HTML.
func TestCompareChangeAddsUp(t *testing.T) {
	t.Parallel()
	d := func(x float64) *float64 { return &x }
	c := richComparison("en")
	c.Overall = assessment.Change{Then: d(0.27327586206896554), Now: d(0.30689655172413793), Delta: d(0.0336)}
	c.Dimensions = []assessment.DimensionChange{
		{ID: "strategy", Title: "Strategy and commitment", Then: d(0.2083), Now: d(0.2149), Delta: d(0.0066)},
	}
	for _, format := range []string{FormatText, FormatMarkdown, FormatHTML} {
		var b bytes.Buffer
		if err := Compare(&b, c, format, Options{Width: 80, Locale: i18n.Get("en")}); err != nil {
			t.Fatal(err)
		}
		// As a reader sees it: HTML and Markdown escape the sign.
		out := strings.ReplaceAll(html.UnescapeString(b.String()), `\+`, "+")
		if !strings.Contains(out, "+4 points") || strings.Contains(out, "+3 points") {
			t.Errorf("%s: 27 %% → 31 %% is not shown as +4 points:\n%s", format, out)
		}
		if !strings.Contains(out, "unchanged") || strings.Contains(out, "0 points") || strings.Contains(out, "+1 point") {
			t.Errorf("%s: 21 %% → 21 %% is not shown as unchanged:\n%s", format, out)
		}
		if format == FormatHTML && strings.Count(out, "num change-up") > 1 {
			t.Errorf("html: an unchanged percentage has an up arrow:\n%s", out)
		}
	}
}

// TestTargetGapAddsUp: the points left to a target are the difference of
// the percentages shown — never a blank where a gap of under half a point
// rounds to 0 ("75 % now, target 75 % — points to go").
func TestTargetGapAddsUp(t *testing.T) {
	t.Parallel()
	d := func(x float64) *float64 { return &x }
	p := assessment.Plan{Targets: &assessment.Targets{Dimensions: []assessment.DimensionTarget{
		{ID: "a", Title: "Market knowledge", Target: 0.75, Score: d(0.235), Gap: 0.515},
		{ID: "b", Title: "Finance", Target: 0.75, Score: d(0.746), Gap: 0.004},
	}}}
	got := strings.Join(targetLines(p, i18n.Get("en")), "\n")
	for _, want := range []string{"24% now, target 75% — 51 points to go", "75% now, target 75% — 1 point to go"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in:\n%s", want, got)
		}
	}
}

// TestCompareSaysEachChangeOnce: an answer that closed a gap or opened
// one is listed there, not again among the answers that changed; those
// are "the other answers" once gaps are listed. Unchanged readiness reads
// "unchanged", not "0 points". Every format, every language.
func TestCompareSaysEachChangeOnce(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		for _, format := range []string{FormatText, FormatMarkdown, FormatHTML} {
			var b bytes.Buffer
			if err := Compare(&b, richComparison(lang), format, Options{Width: 200, Locale: loc}); err != nil {
				t.Fatal(err)
			}
			out := strings.ReplaceAll(html.UnescapeString(b.String()), `\`, "")
			for _, q := range []string{tr(lang, "Do you have a written export plan?", "Har I en skriftlig eksportplan?"), tr(lang, "How do you protect yourselves against late payers?", "Hvordan beskytter I jer mod sene betalere?")} {
				if n := strings.Count(out, q); n != 1 {
					t.Errorf("%s %s: %q is said %d times, want once:\n%s", lang, format, q, n, out)
				}
			}
			if !strings.Contains(out, tr(lang, "Which markets do you target?", "Hvilke markeder sigter I mod?")) {
				t.Errorf("%s %s: the other changed answer is missing:\n%s", lang, format, out)
			}
			if want := loc.N("render.compare.changedOther", 1, 1); !strings.Contains(out, want) {
				t.Errorf("%s %s: no heading %q:\n%s", lang, format, want, out)
			}
			if want := loc.T("render.compare.same"); !strings.Contains(out, want) {
				t.Errorf("%s %s: the unchanged row does not read %q:\n%s", lang, format, want, out)
			}
			if zero := loc.T("render.compare.points", "0"); regexp.MustCompile(`(^|[^0-9+−])` + regexp.QuoteMeta(zero)).MatchString(out) {
				t.Errorf("%s %s: %q for an unchanged row:\n%s", lang, format, zero, out)
			}
		}
	}
}

// TestPlanSinceCountsEachChangeOnce: a plan's section on progress lists
// the gaps closed and opened, and counts the other answers that changed:
// not the gap changes again (it said "3 answers changed since then" under
// the two gap changes listed above it, of three changes in all — tools26).
// With no gap listed, the count is of every change. In the HTML report the
// count names no command.
func TestPlanSinceCountsEachChangeOnce(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		for _, tc := range []struct {
			name  string
			edit  func(*assessment.Comparison)
			key   string
			count int
		}{
			{"gaps listed", func(*assessment.Comparison) {}, "render.compare.changedOtherCount", 1},
			{"no gap", func(c *assessment.Comparison) { c.NewGaps, c.Closed = nil, nil }, "render.compare.changedCount", 3},
		} {
			for _, format := range []string{FormatText, FormatMarkdown, FormatHTML} {
				p := richPlan(lang)
				c := richComparison(lang)
				if len(c.Changed) != 3 || len(c.NewGaps)+len(c.Closed) != 2 {
					t.Fatalf("richComparison: %d changes, %d of them gaps; the test expects 3 and 2", len(c.Changed), len(c.NewGaps)+len(c.Closed))
				}
				tc.edit(&c)
				p.Since = &c
				var b bytes.Buffer
				if err := Plan(&b, p, format, Options{Width: 200, Locale: loc}); err != nil {
					t.Fatal(err)
				}
				out := strings.Join(strings.Fields(strings.ReplaceAll(html.UnescapeString(b.String()), `\`, "")), " ")
				key := tc.key
				if format == FormatHTML {
					key += "Reader"
				}
				if want := loc.N(key, tc.count, tc.count); !strings.Contains(out, want) {
					t.Errorf("%s %s, %s: no %q", lang, format, tc.name, want)
				}
				for _, n := range []int{1, 2, 3} {
					if n != tc.count && strings.Contains(out, loc.N("render.compare.changedCount", n, n)) {
						t.Errorf("%s %s, %s: counts %d changed answers, want %d", lang, format, tc.name, n, tc.count)
					}
				}
			}
		}
	}
}
