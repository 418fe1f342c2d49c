package answers

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

func testCat(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	cat, diags, err := catalogue.Load(os.DirFS("testdata/catalogue"))
	if err != nil || cat == nil {
		tb.Fatalf("test catalogue: %v %v", err, diags)
	}
	return cat
}

// TestLoadFixtures loads every testdata/invalid-*.yaml and warn-*.yaml and
// compares its diagnostics with the .golden file beside it. Invalid files
// must give at least one error and no file; warn files a file and no error.
func TestLoadFixtures(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	paths, _ := filepath.Glob("testdata/invalid-*.yaml")
	warns, _ := filepath.Glob("testdata/warn-*.yaml")
	if len(paths) < 15 || len(warns) < 3 {
		t.Fatalf("fixtures missing: %d invalid, %d warn", len(paths), len(warns))
	}
	for _, path := range append(paths, warns...) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			t.Parallel()
			f, ds, err := Load(path, cat)
			if err != nil {
				t.Fatal(err)
			}
			invalid := strings.HasPrefix(filepath.Base(path), "invalid-")
			if invalid && (f != nil || !ds.HasErrors()) {
				t.Errorf("invalid file: got a file (%v) or no error: %v", f != nil, ds)
			}
			if !invalid && (f == nil || ds.HasErrors() || len(ds) == 0) {
				t.Errorf("warn file: want a file and warnings only: %v", ds)
			}
			var buf bytes.Buffer
			for _, d := range ds {
				buf.WriteString(i18n.English.Diagnostic(d) + "\n")
			}
			golden := strings.TrimSuffix(path, ".yaml") + ".golden"
			if testutil.Update() {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test -update creates it)", err)
			}
			if buf.String() != string(want) {
				t.Errorf("diagnostics differ from %s:\n got:\n%s\nwant:\n%s", golden, buf.String(), want)
			}
		})
	}
}

func TestLoadValid(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f, ds, err := Load("testdata/valid.yaml", cat)
	if err != nil || f == nil || len(ds) != 0 {
		t.Fatalf("valid.yaml: %v %v", err, ds)
	}
	want := map[string]Value{
		"region": Single("r-home"), "exports": Single("none"), "q1": Single("yes"),
		"q2": Multiple("a", "b"), "q3": Single("always"),
	}
	if !reflect.DeepEqual(f.Answers, want) {
		t.Errorf("answers = %+v", f.Answers)
	}
	if f.Version != 1 || f.Language != "da" || !f.Complete || f.Respondent.Company != "Nordic Widgets ApS" || f.Respondent.Advisor != "A. Adviser" {
		t.Errorf("fields: %+v", f)
	}
	if !f.Created.Equal(time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)) || !f.Updated.Equal(time.Date(2026, 11, 18, 11, 30, 0, 0, time.UTC)) {
		t.Errorf("times: %v %v", f.Created, f.Updated)
	}
	if f.Notes["general"] != "First meeting." || f.Notes["q1"] != "Written last spring." || f.Notes["d1"] != "Strategy is the owner's." {
		t.Errorf("notes: %v", f.Notes)
	}
	if p := f.Pos("q2"); p != (catalogue.Pos{File: "testdata/valid.yaml", Line: 16, Col: 3}) {
		t.Errorf("Pos(q2) = %+v", p)
	}
	if p := f.KeyPos("complete"); p.Line != 11 || p.Col != 1 {
		t.Errorf("KeyPos(complete) = %+v", p)
	}
	if !reflect.DeepEqual(f.Catalogue, Ref(cat)) {
		t.Errorf("catalogue ref %+v, want %+v", f.Catalogue, Ref(cat))
	}
}

func TestLoadDanish(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	_, ds, err := Load("testdata/invalid-unknown-option.yaml", cat)
	if err != nil || len(ds) == 0 {
		t.Fatal(err, ds)
	}
	if want := `ukendt svarmulighed "maybe" ved spørgsmålet "q1"; vælg en af: no, yes, dont-know`; i18n.Get("da").Format(ds[0].Message) != want {
		t.Errorf("message = %q, want %q", i18n.Get("da").Format(ds[0].Message), want)
	}
}

func TestLoadTooLarge(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	big := "version: 1\nanswers: {}\n# " + strings.Repeat("x", MaxSize) + "\n"
	f, ds, err := Read(strings.NewReader(big), "big.yaml", cat)
	if err != nil || f != nil || len(ds) != 1 || ds[0].Rule != "file-size" {
		t.Errorf("got %v %v %v", f, ds, err)
	}
}

func TestLoadMissingFile(t *testing.T) {
	t.Parallel()
	if _, _, err := Load(filepath.Join(t.TempDir(), "nope.yaml"), testCat(t)); !os.IsNotExist(err) {
		t.Errorf("err = %v, want not-exist", err)
	}
}

func TestQuestionHash(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	q := cat.Question("q1")
	h := QuestionHash(q)
	if len(h) != 8 || h != "8fe77972" {
		t.Fatalf("QuestionHash = %q; it must be stable across runs and releases", h)
	}
	// The hash of every question is the one the first release wrote
	// (fields written to the hash with fmt, one at a time).
	embedded, _, err := catalogue.Load(practices.FS())
	if err != nil || embedded == nil {
		t.Fatalf("embedded catalogue: %v", err)
	}
	for _, c := range []*catalogue.Catalogue{cat, embedded} {
		for _, q := range append(append([]*catalogue.Question{}, c.Profile...), c.Questions...) {
			if got, want := QuestionHash(q), fmtQuestionHash(q); got != want {
				t.Errorf("QuestionHash(%s) = %s, want %s", q.ID, got, want)
			}
		}
	}
	change := []struct {
		name string
		edit func(q *catalogue.Question)
		same bool
	}{
		{"Danish text", func(q *catalogue.Question) {
			q.Text = catalogue.NewText(map[string]string{"en": q.Text.In("en"), "da": "ny"})
		}, true},
		{"help", func(q *catalogue.Question) { q.Help = catalogue.NewText(map[string]string{"en": "why"}) }, true},
		{"English text", func(q *catalogue.Question) { q.Text = catalogue.NewText(map[string]string{"en": "new"}) }, false},
		{"a score", func(q *catalogue.Question) {
			s := 0.5
			q.Options[0] = &catalogue.Option{ID: "no", Label: q.Options[0].Label, Score: &s}
		}, false},
		{"an option", func(q *catalogue.Question) { q.Options = q.Options[:1] }, false},
		{"dont_know", func(q *catalogue.Question) { q.DontKnow = false }, false},
		{"kind", func(q *catalogue.Question) { q.Kind = catalogue.KindScale }, false},
	}
	for _, c := range change {
		cp := *q
		cp.Options = append([]*catalogue.Option{}, q.Options...)
		c.edit(&cp)
		if got := QuestionHash(&cp) == h; got != c.same {
			t.Errorf("changing %s: same hash %v, want %v", c.name, got, c.same)
		}
	}
}

// TestCatalogueChangedOnlyWhenQuestionsChanged: the digest covers practices
// too; when it differs but every question is as it was, the answers need no
// review and there is no warning. When a question changed, there is.
func TestCatalogueChangedOnlyWhenQuestionsChanged(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	valid, err := os.ReadFile("testdata/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	otherDigest := strings.Replace(string(valid), "digest: sha256:6651", "digest: sha256:0000", 1)
	if otherDigest == string(valid) {
		t.Fatal("valid.yaml's digest moved; update this test")
	}
	tests := []struct {
		name, body string
		want       string // "" for no diagnostic
	}{
		{"same digest", string(valid), ""},
		{"practices changed only", otherDigest, ""},
		{"a question changed", strings.Replace(otherDigest, "q1: 8fe77972", "q1: 00000000", 1),
			// One version, t1, before and now: said once, not "(version t1, now t1)".
			"warning: the catalogue (version t1) changed since these answers were given — changed: “Do you have a plan?”; review those answers [catalogue-changed]"},
		{"a question changed in a later version", strings.Replace(strings.Replace(otherDigest, "q1: 8fe77972", "q1: 00000000", 1), "version: t1", "version: t0", 1),
			"warning: the catalogue changed since these answers were given (version t0, now t1) — changed: “Do you have a plan?”; review those answers [catalogue-changed]"},
		// A file that does not list its questions (written by hand, or by
		// an older eis): eis cannot say which changed.
		{"questions not listed", regexp.MustCompile(`(?m)^  questions: .*\n`).ReplaceAllString(otherDigest, ""),
			"warning: the catalogue (version t1) changed since these answers were given, and the file does not list its questions, so eis cannot say which changed; review the answers [catalogue-changed]"},
		{"questions not listed, a later version", strings.Replace(regexp.MustCompile(`(?m)^  questions: .*\n`).ReplaceAllString(otherDigest, ""), "version: t1", "version: t0", 1),
			"warning: the catalogue changed since these answers were given (version t0, now t1), and the file does not list its questions"},
		// Two changed: named in the questionnaire's order (the profile's
		// region first), not by ID (q1 before region).
		{"two changed, in the questionnaire's order", strings.Replace(strings.Replace(otherDigest, "q1: 8fe77972", "q1: 00000000", 1), "region: 21aff4f9", "region: 00000000", 1),
			"changed: “Where?”, “Do you have a plan?”; review those answers"},
		{"a question added", strings.Replace(otherDigest, " q3: f7a6795c,", "", 1),
			" given — new: “Is the plan followed?”; review those answers"},
		// Five of each are named, then how many more: a file from long ago
		// does not get a warning of fifty questions.
		{"many added and removed", strings.Replace(otherDigest, "questions: {exports: 674cef50, markets: cea32138, q1: 8fe77972, q2: 0aa029e8, q3: f7a6795c, region: 21aff4f9, sector: c41dff87, size: 83495f9c}",
			"questions: {q1: 8fe77972, g1: 0, g2: 0, g3: 0, g4: 0, g5: 0, g6: 0, g7: 0}", 1),
			"removed: g1, g2, g3, g4, g5, and 2 more; new: “"},
		{"many added and removed, the end", strings.Replace(otherDigest, "questions: {exports: 674cef50, markets: cea32138, q1: 8fe77972, q2: 0aa029e8, q3: f7a6795c, region: 21aff4f9, sector: c41dff87, size: 83495f9c}",
			"questions: {q1: 8fe77972, g1: 0, g2: 0, g3: 0, g4: 0, g5: 0, g6: 0, g7: 0}", 1),
			"”, and 2 more; review those answers [catalogue-changed]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, ds, err := Read(strings.NewReader(tt.body), "a.yaml", cat)
			if err != nil || f == nil {
				t.Fatalf("Read: %v %v", err, ds)
			}
			var got []string
			for _, d := range ds {
				got = append(got, i18n.English.Diagnostic(d))
			}
			if tt.want == "" {
				if len(got) != 0 {
					t.Errorf("diagnostics %q, want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.Contains(got[0], tt.want) {
				t.Errorf("diagnostics %q, want one containing %q", got, tt.want)
			}
		})
	}
}

// TestRecognisable tells answers files (even broken ones) from other files
// that a --save could point at.
func TestRecognisable(t *testing.T) {
	for _, tt := range []struct {
		data string
		want bool
	}{
		{"version: 1\nlanguage: en\nanswers: {}\n", true},
		{"version: 1\nanswers:\n  q: nonsense\ncomplete: maybe\n", true},
		{"# Export plan\n\nSome text.\n", false},
		{"Export readiness plan — Acme\nRegion: Central Denmark\n", false},
		{"version: 1\npractices: []\n", false},
		{"- a\n- b\n", false},
		{"", false},
		{"\x00\x01binary", false},
	} {
		if got := Recognisable([]byte(tt.data)); got != tt.want {
			t.Errorf("Recognisable(%q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// TestControlCharactersLeftOut: escapes in an answers file's texts are
// left out of what is loaded (so no plan prints them), with a warning.
func TestControlCharactersLeftOut(t *testing.T) {
	t.Parallel()
	f, ds, err := Load("testdata/warn-control.yaml", testCat(t))
	if err != nil || f == nil {
		t.Fatalf("Load: %v %v", err, ds)
	}
	if got, want := f.Respondent.Company, "Nordic]52;c;SGVsbG8= Widgets"; got != want {
		t.Errorf("company = %q, want %q", got, want)
	}
	if got, want := f.Notes["general"], "First meeting[2J."; got != want {
		t.Errorf("note = %q, want %q", got, want)
	}
}

// fmtQuestionHash is QuestionHash as first written, the reference its
// faster form must agree with.
func fmtQuestionHash(q *catalogue.Question) string {
	h := sha256.New()
	field := func(s string) { fmt.Fprintf(h, "%d:%s;", len(s), s) }
	field(q.ID)
	field(q.Kind)
	field(q.Dimension)
	field(q.Text.In("en"))
	field(strconv.FormatBool(q.DontKnow))
	field(strconv.FormatBool(q.NotApplicable))
	for _, o := range q.Options {
		field(o.ID)
		field(o.Label.In("en"))
		if o.Score == nil {
			field("-")
		} else {
			field(strconv.FormatFloat(*o.Score, 'g', -1, 64))
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:8]
}

// TestOtherKindOfFile: a plan or report eis wrote as JSON, or a catalogue
// file, given as an answers file gets one error that says what it is and
// what to give instead — not "add version: 2" and an error per key.
// Answers files, also broken ones, are read as before.
func TestOtherKindOfFile(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	for _, tc := range []struct {
		name, data, want string // want: the message key of the one error, "" for none of this rule
	}{
		{"plan JSON", `{"schema_version": 2, "language": "en", "respondent": {"company": "Acme"}, "actions": []}`, "answers.other.plan"},
		{"comparison JSON", `{"schema_version": 1, "stage_move": "up", "company": "Acme"}`, "answers.other.report"},
		{"aggregate JSON", `{"schema_version": 1, "firms": {}, "practices": []}`, "answers.other.report"},
		{"catalogue file", "version: 1\npractices:\n  - id: x\n", "answers.other.catalogue"},
		{"answers file", "version: 2\nanswers: {}\n", ""},
		{"answers file without version", "answers: {}\nschema_version: 1\n", ""},
		{"answers file with a stray key", "version: 2\nrespondent: {}\nactions: []\n", ""},
		{"docker-compose.yml", "name: shop\nversion: '3'\nservices:\n  web:\n    image: nginx\n", "answers.other.unknown"},
		{"JSON of another tool", `{"a": 1}`, "answers.other.unknown"},
		{"HTML report", "\ufeff\n  <!DOCTYPE html>\n<html lang=\"da\"><head><title>x: y</title>", "answers.other.html"},
		{"PDF", "%PDF-1.4\n%\xd3\xeb\xe9\xe1\n", "answers.other.file"},
		{"PNG", "\x89PNG\r\n\x1a\n\x00\x00", "answers.other.file"},
		{"Excel", "PK\x03\x04\x14\x00", "answers.other.file"},
	} {
		_, ds, err := ReadBytes([]byte(tc.data), "f", cat)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range ds {
			if d.Rule == RuleNotAnswers {
				got = append(got, d.Message.ID)
			}
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%s: %s, want none", tc.name, got)
		case tc.want != "" && (len(ds) != 1 || len(got) != 1 || got[0] != tc.want):
			t.Errorf("%s: %v, want only %s", tc.name, ds, tc.want)
		}
		if IsAnswers([]byte(tc.data)) != (tc.want == "") {
			t.Errorf("%s: IsAnswers = %v", tc.name, !(tc.want == ""))
		}
	}
}

// TestOtherKindByName: a file that is not YAML, or whose YAML is no
// mapping, and whose name says it is another kind of file (a plan printed
// to plan.txt or plan.md) is named as such, with its extension, in one
// error — not the YAML parser's English complaint and "fix the syntax".
// A broken answers file keeps the error that says where it is broken,
// whatever its name.
func TestOtherKindByName(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	plan := "# Plan for eksportparathed — Acme\n\nRegion: Region Midtjylland · Branche: Industri\nSælger: varer\n- [ ] Svar: nu\n"
	for _, tc := range []struct {
		name, file, data, want string // want: the rule of the one error
	}{
		{"markdown plan", "plan.md", plan, RuleNotAnswers},
		{"text plan", "Plan.TXT", "Plan for export readiness — Acme\nRegion: Donegal · Sector: Food\n  Sells: goods\n", RuleNotAnswers},
		{"plain text", "notes.txt", "just a few words\n", RuleNotAnswers},
		{"same, named .yaml", "plan.yaml", plan, "yaml"},
		{"broken answers file named .txt", "acme.txt", "answers:\n  size: small\n   sector: x\n", "yaml"},
		{"broken file eis saved", "acme.bak", Header + "version: 2\n  x: : y\n", "yaml"},
		// Not some other tool's YAML: a misspelt key is reported as such.
		{"answers misspelt", "acme.yaml", "version: 2\nanswer: {}\n", "unknown-key"},
	} {
		_, ds, err := ReadBytes([]byte(tc.data), tc.file, cat)
		if err != nil {
			t.Fatal(err)
		}
		var errs []diag.Diagnostic
		for _, d := range ds {
			if d.Severity == diag.SevError {
				errs = append(errs, d)
			}
		}
		if len(errs) != 1 || errs[0].Rule != tc.want {
			t.Errorf("%s: %v, want one %s error", tc.name, ds, tc.want)
			continue
		}
		if tc.want == RuleNotAnswers && len(ds) != 1 {
			t.Errorf("%s: %v, want only the one error", tc.name, ds)
		}
		if tc.want == RuleNotAnswers {
			ext := strings.ToLower(tc.file[strings.LastIndex(tc.file, "."):])
			if ds[0].Message.ID != "answers.other.file" || len(ds[0].Message.Args) != 1 || ds[0].Message.Args[0] != ext {
				t.Errorf("%s: %s %v, want answers.other.file %s", tc.name, ds[0].Message.ID, ds[0].Message.Args, ext)
			}
		}
	}
}
