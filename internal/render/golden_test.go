package render

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	testutil.Golden(t, filepath.Join("testdata", name), got)
}

func TestPlanGolden(t *testing.T) {
	t.Parallel()
	plans := map[string]func(string) assessment.Plan{"rich": richPlan, "empty": emptyPlan, "unfinished": unfinishedPlan}
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatHTML: "html"}
	for _, format := range PlanFormats {
		for name, mk := range plans {
			for _, lang := range []string{"en", "da"} {
				file := "plan-" + name + "." + lang + "." + ext[format]
				t.Run(file, func(t *testing.T) {
					t.Parallel()
					var buf bytes.Buffer
					if err := Plan(&buf, mk(lang), format, Options{Width: 80, Locale: i18n.Get(lang)}); err != nil {
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
}

func TestPlanTextColour(t *testing.T) {
	t.Parallel()
	p := richPlan("en")
	// Long styled texts must wrap exactly as they do without colour.
	p.Actions[0].Title = "Local Enterprise Office Donegal — first stop, mentoring and advice for small firms"
	p.Ideas[0].Historic = true
	p.Actions[1].Confidence = "unverified"
	p.Respondent.Company = "A company with a rather long name that goes on and on, Limited"
	ansi := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, width := range []int{60, 80} {
		var plain, coloured bytes.Buffer
		if err := PlanText(&plain, p, Options{Locale: i18n.Get(p.Language), Width: width}); err != nil {
			t.Fatal(err)
		}
		if err := PlanText(&coloured, p, Options{Locale: i18n.Get(p.Language), Width: width, Color: true}); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(plain.Bytes(), []byte("\x1b[")) {
			t.Error("colour off but output has escape codes")
		}
		if !bytes.Contains(coloured.Bytes(), []byte("\x1b[1m")) {
			t.Error("colour on but output has no bold")
		}
		for i, l := range strings.Split(coloured.String(), "\n") {
			if strings.Count(l, "\x1b[") != 2*strings.Count(l, "\x1b[0m") {
				t.Errorf("width %d, line %d: a style runs past the end of the line: %q", width, i+1, l)
			}
		}
		if stripped := ansi.ReplaceAll(coloured.Bytes(), nil); !bytes.Equal(stripped, plain.Bytes()) {
			t.Errorf("width %d: coloured output minus escapes differs from plain output:\n%s", width, stripped)
		}
	}
}

func TestPlanTextWidth(t *testing.T) {
	t.Parallel()
	for _, width := range []int{40, 60, 80, 100, 132} {
		var buf bytes.Buffer
		if err := PlanText(&buf, richPlan("da"), Options{Width: width, Locale: i18n.Get("da")}); err != nil {
			t.Fatal(err)
		}
		limit := min(max(width, MinWidth), MaxWidth)
		for i, l := range strings.Split(buf.String(), "\n") {
			if cells(l) > limit && !strings.Contains(l, "https://") {
				t.Errorf("width %d: line %d is %d cells: %q", width, i+1, cells(l), l)
			}
		}
	}
}

func TestPlanJSONNeverNull(t *testing.T) {
	t.Parallel()
	p := emptyPlan("en")
	p.SchemaVersion = 0
	p.Actions = []assessment.Action{{Practice: "x"}} // nil steps, reasons, dimensions
	var buf bytes.Buffer
	if err := PlanJSON(&buf, p, Options{Locale: i18n.Get(p.Language)}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got["schema_version"] != float64(assessment.SchemaVersion) {
		t.Errorf("schema_version = %v", got["schema_version"])
	}
	for _, k := range []string{"axes", "dimensions", "actions", "ideas", "to_clarify"} {
		if _, ok := got[k].([]any); !ok {
			t.Errorf("%s = %v, want an array", k, got[k])
		}
	}
	a := got["actions"].([]any)[0].(map[string]any)
	for _, k := range []string{"dimensions", "steps", "reasons"} {
		if _, ok := a[k].([]any); !ok {
			t.Errorf("actions[0].%s = %v, want an array", k, a[k])
		}
	}
	if p.Actions[0].Steps != nil {
		t.Error("PlanJSON modified its input")
	}
}

// TestPlanShownActions: the text formats show the actions marked shown,
// say how many more there are and how to see them; --all (Plan.ShowAll)
// shows them all, with the programmes that are not for the firm; JSON
// always has them all.
func TestPlanShownActions(t *testing.T) {
	t.Parallel()
	for _, all := range []bool{false, true} {
		p := richPlan("en")
		p.ShowAll = all
		for _, format := range []string{FormatText, FormatMarkdown} {
			var buf bytes.Buffer
			if err := Plan(&buf, p, format, Options{Locale: i18n.Get(p.Language)}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			hidden := p.Actions[3]
			if strings.Contains(out, hidden.Title) != all {
				t.Errorf("%s, all %v: shows the action not shown = %v", format, all, !all)
			}
			if strings.Contains(out, "1 more action meets a need of yours") == all {
				t.Errorf("%s, all %v: the 'more' hint is wrong:\n%s", format, all, out)
			}
			if strings.Contains(out, p.NotForYou[0].Title+"") && strings.Contains(out, "Not for you") != all {
				t.Errorf("%s, all %v: not-for-you shown = %v", format, all, !all)
			}
		}
	}
	var buf bytes.Buffer
	if err := PlanJSON(&buf, richPlan("en"), Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct{ Actions []any }
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil || len(got.Actions) != 4 {
		t.Errorf("json: %d actions (err %v), want 4", len(got.Actions), err)
	}
}
