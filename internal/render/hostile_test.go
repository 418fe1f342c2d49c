package render

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// catalogueRefs are the catalogue fields that hold IDs, references or
// enum values: the validator checks each against a pattern or a list, so
// no escape reaches a plan through them; every other string is poisoned.
var catalogueRefs = []string{"ID", "Axis", "Dimension", "Dimensions", "Kind", "Country", "Languages", "Scope",
	"Region", "Type", "Level", "Markets", "Needs", "Stages", "Effort", "Cost", "Impact", "Status",
	"Confidence", "After", "When", "Sizes", "Sectors", "Covers", "Question", "In", "Stage", "Options"}

// TestHostileTextNeverReachesOutput renders a plan, the practice list and
// detail and the questionnaire, in every format, with colour on and off,
// from a catalogue whose every text and free string (and an answers file
// whose company, advisor and notes) end in terminal escapes and bidi
// controls and in CI runners' commands (GitHub's "::" after line breaks
// too), as a catalogue that skipped the
// validator (or a renderer given data from elsewhere) would have them:
// none reaches the output (JSON keeps the values, escaped).
func TestHostileTextNeverReachesOutput(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(os.DirFS("../assessment/testdata/catalogue"))
	if err != nil || cat == nil {
		t.Fatalf("test catalogue: %v %v", err, diags)
	}
	f, ds, err := answers.Load("../assessment/testdata/answers/golden.yaml", cat)
	if err != nil || f == nil {
		t.Fatalf("answers: %v %v", err, ds)
	}
	plan, err := assessment.Build(cat, f, assessment.BuildOptions{Now: time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	// Options are poisoned by their labels only (their IDs are answers).
	const payload = testutil.Escapes + testutil.Commands + testutil.LineCommands
	n := testutil.Poison(cat, payload, catalogueRefs...)
	for _, q := range append(append([]*catalogue.Question{}, cat.Profile...), cat.Questions...) {
		for _, o := range q.Options {
			n += testutil.Poison(&o.Label, payload)
		}
	}
	f.Respondent.Company += payload
	f.Respondent.Advisor += payload
	for k := range f.Notes {
		f.Notes[k] += payload
	}
	plan.Respondent.Company, plan.Respondent.Advisor = f.Respondent.Company, f.Respondent.Advisor
	for i := range plan.Notes {
		plan.Notes[i].Text += payload
	}
	if n < 50 || len(plan.Notes) == 0 || len(plan.Actions) == 0 {
		t.Fatalf("the payload reached %d strings, %d notes, %d actions: too few to prove anything", n, len(plan.Notes), len(plan.Actions))
	}
	for _, lang := range []string{"en", "da"} {
		loc := i18n.Get(lang)
		p := Localize(plan, cat, loc)
		for _, color := range []bool{false, true} {
			o := Options{Locale: loc, Width: 80, Color: color}
			check := func(what string, render func(*bytes.Buffer) error, format string) {
				t.Helper()
				var buf bytes.Buffer
				if err := render(&buf); err != nil {
					t.Fatalf("%s: %v", what, err)
				}
				testutil.NoEscapes(t, what, buf.Bytes(), color && format == FormatText)
				testutil.NoCommands(t, what, buf.Bytes())
				testutil.NoLineCommands(t, what, buf.Bytes(), false)
				if format == FormatJSON {
					if !json.Valid(buf.Bytes()) {
						t.Errorf("%s: not JSON", what)
					}
					// The JSON keeps the value, escaped.
					if !strings.Contains(buf.String(), `\u202e`) {
						t.Errorf("%s: the bidi control is gone from the JSON, not escaped", what)
					}
					if !strings.Contains(buf.String(), `##vso\u005btask.setvariable`) {
						t.Errorf("%s: the Azure command is gone from the JSON, not escaped", what)
					}
				}
			}
			for _, format := range PlanFormats {
				check("plan "+format+" "+lang, func(b *bytes.Buffer) error { return Plan(b, p, format, o) }, format)
			}
			for _, format := range ListFormats {
				check("practices list "+format, func(b *bytes.Buffer) error { return PracticeList(b, cat, cat.Practices, format, loc, o) }, format)
			}
			for _, pr := range cat.Practices {
				for _, format := range ShowFormats {
					check("practices show "+pr.ID+" "+format, func(b *bytes.Buffer) error { return PracticeShow(b, cat, pr, format, loc, o) }, format)
				}
			}
			for _, format := range QuestionFormats {
				check("questions "+format, func(b *bytes.Buffer) error { return Questions(b, cat, format, loc, o) }, format)
			}
		}
	}
}

// TestSettingsHostileValues: eis config list says a value from a config
// file or the environment on its own row, on one visible line (a line
// break and an escape shown as \n and \x1b, not dropped, so the table
// keeps its rows and no "::" starts one), and a very long value runs past
// its column instead of padding every row to its length.
func TestSettingsHostileValues(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("c", 100000)
	s := SettingsJSON{ConfigFile: ConfigFileJSON{Path: "c.yaml", From: "flag", Exists: true}, Settings: []SettingJSON{
		{Key: "catalogue", Env: "EIS_CATALOGUE", Value: long, Source: "env"},
		{Key: "lang", Env: "EIS_LANG", Value: "en", Source: "default"},
		{Key: "plan.format", Env: "EIS_PLAN_FORMAT", Value: "\x1b]0;x\a\n::add-mask::y", Source: "file"},
	}}
	var buf bytes.Buffer
	if err := Settings(&buf, s, FormatText, i18n.English); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if n := strings.Count(out, "\n"); n != 6 {
		t.Errorf("%d lines, want 6 (file, blank, heading, 3 settings):\n%.500s", n, out)
	}
	if !strings.Contains(out, "\nplan.format  "+`\x1b]0;x\x07\n::add-mask::y`) {
		t.Errorf("the value is not on one visible line:\n%.2000s", out)
	}
	if len(out) > len(long)+1000 {
		t.Errorf("%d bytes for one long value of %d: the rows are padded to it", len(out), len(long))
	}
	testutil.NoLineCommands(t, "config list", buf.Bytes(), false)
}

// TestPracticeListLongTitle: a title of 50,000 characters (an extension
// catalogue's; the validator sets no bound) is listed whole when titles are
// not cut, running past its column, and the other rows are not padded to
// its length (they were: 7.6 MB for the built-in catalogue's list).
func TestPracticeListLongTitle(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(os.DirFS("../assessment/testdata/catalogue"))
	if err != nil || cat == nil || len(cat.Practices) < 2 {
		t.Fatalf("test catalogue: %v %v", err, diags)
	}
	long := strings.Repeat("T", 50000)
	cat.Practices[0].Title = diag.NewText(map[string]string{"en": long})
	var buf bytes.Buffer
	if err := PracticeList(&buf, cat, cat.Practices, FormatText, i18n.English, Options{Locale: i18n.English, NoTruncate: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), long+"  ") {
		t.Error("the long title is not listed whole")
	}
	if limit := len(long) + (len(cat.Practices)+1)*(maxListTitle+100); buf.Len() > limit {
		t.Errorf("%d bytes for %d practices, more than %d: rows are padded to the long title", buf.Len(), len(cat.Practices), limit)
	}
}

// TestTablesLongLabel: the label columns of eis aggregate, eis compare and
// eis region are as wide as the terminal allows at most (the longest label
// wraps under itself), so a label of 50,000 characters — a dimension or
// stage title of a catalogue of one's own, a breakdown label — pads no row
// to its length, at any width (the output to a pipe has the default one).
// A pin: these tables were bounded from the start (they take their column
// from the width, as eis config list and eis practices list cap theirs for
// a pipe); it guards that against a table laid out like theirs.
func TestTablesLongLabel(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("Wordy ", 8000)
	breakdown, readiness := richAggregate("en"), richAggregate("en")
	breakdown.BySize[0].Label = long
	readiness.Readiness[0].Title = long
	cmp := richComparison("en")
	cmp.Dimensions[0].Title = long
	dims, stages := richRegion("en"), richRegion("en")
	dims.Dimensions[0].Title = long
	stages.Stages[0].Title = long
	tables := map[string]func(w *bytes.Buffer, o Options) error{
		"aggregate breakdown": func(w *bytes.Buffer, o Options) error { return Aggregate(w, breakdown, FormatText, o) },
		"aggregate readiness": func(w *bytes.Buffer, o Options) error { return Aggregate(w, readiness, FormatText, o) },
		"compare dimension":   func(w *bytes.Buffer, o Options) error { return Compare(w, cmp, FormatText, o) },
		"region dimension":    func(w *bytes.Buffer, o Options) error { return Region(w, dims, FormatText, o) },
		"region stage":        func(w *bytes.Buffer, o Options) error { return Region(w, stages, FormatText, o) },
	}
	for name, f := range tables {
		for _, width := range []int{0, MinWidth, MaxWidth} {
			var buf bytes.Buffer
			if err := f(&buf, Options{Width: width, Locale: i18n.English, NoTruncate: width == 0}); err != nil {
				t.Fatal(err)
			}
			want := Options{Width: width}.width()
			for _, l := range strings.Split(buf.String(), "\n") {
				if cells(l) > want {
					t.Errorf("%s at width %d: a line of %d cells, more than %d: %.80q…", name, width, cells(l), want, l)
					break
				}
			}
		}
	}
}
