package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/testutil"
)

// rtCatalogueDir is the tiny catalogue the render tests use too.
const rtCatalogueDir = "../render/testdata/cat"

// rtNow is the fixed clock of these tests (SOURCE_DATE_EPOCH 1795000000).
var rtNow = time.Unix(1795000000, 0).UTC()

// rtFactory is a factory over test streams whose embedded catalogue is the
// tiny test catalogue.
func rtFactory(t *testing.T) (*Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	f := &Factory{
		IOStreams: ios,
		Embedded:  os.DirFS(rtCatalogueDir),
		Now:       func() time.Time { return rtNow },
		Global:    GlobalOptions{CatalogueMode: "extend"},
	}
	return f, out, errOut
}

// rtAnswers is a valid answers file for the tiny catalogue, in Danish.
const rtAnswers = `version: 1
catalogue: {id: mini, version: "1.0"}
language: da
respondent: {company: Hansen ApS}
answers:
  region: dk-central
  sector: manufacturing
  size: small
  exports: none
  markets: [uk]
  strategy.decision: considering
  strategy.export-plan: dont-know
  digital.channels: [own-shop]
notes:
  general: Follow up in May.
`

// rtWrite writes body to name in a new temporary folder and returns its path.
func rtWrite(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestNewCmdPlan(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		lang     string
		want     PlanOptions
		wantErr  string // substring of a usage error
		wantCode int
	}{
		{name: "answers only", args: []string{"--answers", "a.yaml"},
			want: PlanOptions{AnswersFile: "a.yaml", Format: "text"}},
		{name: "short flags", args: []string{"-a", "a.yaml", "-f", "markdown", "-o", "plan.md", "--all"},
			want: PlanOptions{AnswersFile: "a.yaml", Format: "markdown", Output: "plan.md", All: true}},
		{name: "json", args: []string{"--answers=a.yaml", "--format=json"},
			want: PlanOptions{AnswersFile: "a.yaml", Format: "json"}},
		{name: "lang passes through", args: []string{"-a", "a.yaml"}, lang: "da",
			want: PlanOptions{AnswersFile: "a.yaml", Format: "text", Lang: "da"}},
		{name: "missing answers", args: nil, wantErr: "--answers FILE is required", wantCode: ExitUsage},
		{name: "blank answers", args: []string{"--answers", " "}, wantErr: "--answers FILE is required", wantCode: ExitUsage},
		{name: "missing answers in Danish", args: nil, lang: "da", wantErr: "--answers FIL er påkrævet", wantCode: ExitUsage},
		{name: "unknown format", args: []string{"-a", "a.yaml", "--format", "yaml"},
			wantErr: `--format "yaml" is not known; use one of: text, markdown, json, html`, wantCode: ExitUsage},
		{name: "pdf is printed from the html", args: []string{"-a", "a.yaml", "--format", "pdf"},
			wantErr: `--format "pdf" is not known; use one of: text, markdown, json, html`, wantCode: ExitUsage},
		{name: "positional argument", args: []string{"-a", "a.yaml", "extra"}, wantErr: "unknown command", wantCode: ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, _, _ := rtFactory(t)
			if tt.lang != "" {
				f.langArg, f.langSet = tt.lang, true
				f.decideLocale("")
			}
			var got *PlanOptions
			cmd := NewCmdPlan(f, func(o *PlanOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				if code := exitCode(err); code != tt.wantCode {
					t.Errorf("exit code %d, want %d", code, tt.wantCode)
				}
				if got != nil {
					t.Error("runF called despite the error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.AnswersFile != tt.want.AnswersFile || got.Format != tt.want.Format || got.Output != tt.want.Output ||
				got.All != tt.want.All || got.Lang != tt.want.Lang {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
			if got.IO == nil || got.Catalogue == nil || got.Now == nil || got.DecideLocale == nil {
				t.Error("IO, Catalogue, Now and DecideLocale must be set")
			}
		})
	}
}

// rtPlanOpts returns options for planRun over the tiny catalogue, in an
// empty environment: the answers file's language decides.
func rtPlanOpts(t *testing.T, answers string) (*PlanOptions, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	f, out, errOut := rtFactory(t)
	return rtPlanOptsFor(t, f, answers), out, errOut
}

// rtPlanOptsFor is rtPlanOpts for the factory f (its environment and
// --lang decide the language with the answers file's).
func rtPlanOptsFor(t *testing.T, f *Factory, answers string) *PlanOptions {
	t.Helper()
	return &PlanOptions{
		IO: f.IOStreams, Catalogue: f.Catalogue, Now: f.Now, Locale: f.Locale, DecideLocale: f.decideLocale,
		AnswersFile: rtWrite(t, "acme.yaml", answers), Format: render.FormatText,
	}
}

// setLang makes opts a run with --lang lang.
func setLang(opts *PlanOptions, lang string) {
	opts.Lang = lang
	opts.Locale = i18n.Get(lang)
	opts.DecideLocale = func(string) i18n.Locale { return i18n.Get(lang) }
}

func TestPlanRunLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name          string
		flagLang, env string
		fileLang      string
		wantHeading   string
	}{
		{"answers file's language", "", "en", "da", "Plan for eksportparathed — Hansen ApS\n"},
		{"--lang beats the file", "en", "da", "da", "Export readiness plan — Hansen ApS\n"},
		{"environment when the file has none", "", "da", "", "Plan for eksportparathed — Hansen ApS\n"},
		{"English by default", "", "", "", "Export readiness plan — Hansen ApS\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			body := strings.Replace(rtAnswers, "language: da\n", "", 1)
			if tt.fileLang != "" {
				body = strings.Replace(rtAnswers, "language: da", "language: "+tt.fileLang, 1)
			}
			f, out, errOut := rtFactory(t)
			f.Getenv = testutil.Env("LANG", tt.env)
			f.langArg, f.langSet = tt.flagLang, tt.flagLang != ""
			f.decideLocale("")
			opts := rtPlanOptsFor(t, f, body)
			if err := planRun(opts); err != nil {
				t.Fatalf("planRun: %v (stderr %s)", err, errOut)
			}
			if !strings.HasPrefix(out.String(), tt.wantHeading) {
				t.Errorf("stdout starts %q, want %q", firstLine(out.String()), tt.wantHeading)
			}
			if strings.Contains(out.String(), "\x1b[") {
				t.Error("colour in output to a non-terminal")
			}
		})
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i+1]
	}
	return s
}

func TestPlanRunFormats(t *testing.T) {
	t.Parallel()
	t.Run("json", func(t *testing.T) {
		t.Parallel()
		opts, out, errOut := rtPlanOpts(t, rtAnswers)
		opts.Format = render.FormatJSON
		opts.Notes = true
		if err := planRun(opts); err != nil {
			t.Fatal(err)
		}
		if errOut.Len() != 0 {
			t.Errorf("stderr = %q, want nothing", errOut)
		}
		var p struct {
			SchemaVersion int    `json:"schema_version"`
			Language      string `json:"language"`
			Generated     string `json:"generated"`
			Stage         struct{ ID string }
			Actions       []struct{ Practice, Region, Horizon string }
			ToClarify     []struct{ Question string } `json:"to_clarify"`
		}
		if err := json.Unmarshal(out.Bytes(), &p); err != nil {
			t.Fatalf("stdout is not JSON: %v\n%s", err, out)
		}
		if p.SchemaVersion != 2 || p.Language != "da" || p.Generated != "2026-11-18T11:06:40Z" {
			t.Errorf("schema_version %d, language %q, generated %q", p.SchemaVersion, p.Language, p.Generated)
		}
		if p.Stage.ID != "exploring" {
			t.Errorf("stage = %q, want exploring (exports: none)", p.Stage.ID)
		}
		if len(p.Actions) == 0 || p.Actions[0].Practice != "dk-screening" {
			t.Errorf("actions = %+v, want the own-region screening first", p.Actions)
		}
		if len(p.ToClarify) != 1 || p.ToClarify[0].Question != "strategy.export-plan" {
			t.Errorf("to_clarify = %+v, want strategy.export-plan", p.ToClarify)
		}
	})
	t.Run("markdown", func(t *testing.T) {
		t.Parallel()
		opts, out, _ := rtPlanOpts(t, rtAnswers)
		opts.Format = render.FormatMarkdown
		opts.Notes = true
		setLang(opts, "en")
		if err := planRun(opts); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{
			"# Export readiness plan — Hansen ApS\n",
			"- [ ] **Screening of international growth potential** — Erhvervshus Midtjylland, your region · <https://example.org/dk-screening>",
			"  - [ ] Contact Erhvervshus Midtjylland and ask for a growth screening.\n",
			"- [ ] Do you have a written export plan? (Strategy and commitment) — don't know\n",
			"- **General:** Follow up in May.\n",
		} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("markdown lacks %q:\n%s", want, out)
			}
		}
	})
	// Without --notes the advisor's notes stay out of the plan, and only
	// stderr says so.
	t.Run("notes left out", func(t *testing.T) {
		t.Parallel()
		opts, out, errOut := rtPlanOpts(t, rtAnswers)
		opts.Format = render.FormatMarkdown
		setLang(opts, "en")
		if err := planRun(opts); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(out.String(), "Follow up in May") || strings.Contains(out.String(), "## Notes") {
			t.Errorf("the plan holds the advisor's notes without --notes:\n%s", out)
		}
		if want := " holds the advisor's notes; the plan leaves them out, as they are not for the firm — add --notes to include them\n"; !strings.HasSuffix(errOut.String(), want) {
			t.Errorf("stderr = %q, want it to end %q", errOut, want)
		}
	})
}

func TestPlanRunOutputFile(t *testing.T) {
	t.Parallel()
	opts, out, errOut := rtPlanOpts(t, rtAnswers)
	dir := t.TempDir()
	opts.Output = filepath.Join(dir, "plan.md")
	opts.Format = render.FormatMarkdown
	opts.Notes = true
	opts.IO.SetTTY(false, true, true)
	opts.IO.SetColor(true) // a terminal on stdout must not colour a file
	if err := planRun(opts); err != nil {
		t.Fatal(err)
	}
	if out.Len() != 0 {
		t.Errorf("stdout = %q, want nothing with --output", out)
	}
	if want := "skrevet til " + opts.Output + "\n"; errOut.String() != want {
		t.Errorf("stderr = %q, want %q", errOut, want)
	}
	data, err := os.ReadFile(opts.Output)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("# Plan for eksportparathed")) || bytes.Contains(data, []byte("\x1b[")) {
		t.Errorf("file content starts %q", firstLine(string(data)))
	}
	st, err := os.Stat(opts.Output)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("plan file mode %v, want 0600 (answers are confidential)", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("output folder holds %d entries, want only plan.md (no temp file)", len(entries))
	}
}

func TestPlanRunColour(t *testing.T) {
	t.Parallel()
	opts, out, _ := rtPlanOpts(t, rtAnswers)
	opts.IO.SetTTY(false, true, true)
	opts.IO.SetColor(true)
	if err := planRun(opts); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "\x1b[1m") {
		t.Error("no colour on a terminal with colour allowed")
	}
}

func TestPlanRunAll(t *testing.T) {
	t.Parallel()
	// Both runs must show the same actions when there are fewer than the
	// top-actions limit; --all must never show fewer.
	count := func(all bool) int {
		opts, out, _ := rtPlanOpts(t, rtAnswers)
		opts.All = all
		setLang(opts, "en")
		if err := planRun(opts); err != nil {
			t.Fatal(err)
		}
		return strings.Count(out.String(), "\n     Effort: ")
	}
	top, all := count(false), count(true)
	if top == 0 || all < top {
		t.Errorf("actions shown: %d without --all, %d with", top, all)
	}
}

func TestPlanRunErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		answers    string // "" means the file does not exist
		output     func(dir string) string
		wantErr    string
		wantStderr []string
	}{
		{name: "missing file", wantErr: "no answers file "},
		{name: "unknown question", answers: "version: 1\ncatalogue: {id: mini, version: \"1.0\"}\nanswers:\n  region: dk-central\n  no.such: x\n",
			wantErr: "has 1 error; fix it", wantStderr: []string{"acme.yaml:5:3: error: "}},
		{name: "not yaml", answers: "version: 1\nanswers: [\n",
			wantErr: "error", wantStderr: []string{"acme.yaml:"}},
		{name: "bad option", answers: "version: 1\ncatalogue: {id: mini, version: \"1.0\"}\nanswers:\n  size: huge\n",
			wantErr: "has 1 error; fix it", wantStderr: []string{"acme.yaml:4:9: error: "}},
		{name: "output folder missing", answers: rtAnswers,
			output:  func(dir string) string { return filepath.Join(dir, "no", "plan.txt") },
			wantErr: "cannot write "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			opts, out, errOut := rtPlanOpts(t, tt.answers)
			if tt.answers == "" {
				opts.AnswersFile = filepath.Join(t.TempDir(), "acme.yaml")
			}
			if tt.output != nil {
				opts.Output = tt.output(t.TempDir())
			}
			setLang(opts, "en")
			err := planRun(opts)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
			}
			if code := exitCode(err); code != ExitFailure {
				t.Errorf("exit code %d, want 1", code)
			}
			var ue *UsageError
			if errors.As(err, &ue) {
				t.Error("a bad file is not a usage error")
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing on failure", out)
			}
			for _, w := range tt.wantStderr {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr %q lacks %q", errOut, w)
				}
			}
		})
	}
}

// TestPlanRunOutputRefused: an --output that is the answers file (by any
// name) or a folder is a usage error, found before anything is written; the
// answers file is left as it was.
func TestPlanRunOutputRefused(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		lang    string
		format  string
		output  func(answers string) string
		missing bool // the answers file does not exist
		wantErr func(answers, output string) string
	}{
		{name: "the same path", output: func(a string) string { return a },
			wantErr: func(a, o string) string {
				return "--output " + o + " is the answers file " + a + ": the plan would overwrite the answers; give the plan another file name, e.g. plan.txt"
			}},
		{name: "another spelling of the path", output: func(a string) string {
			return filepath.Join(filepath.Dir(a), ".", "sub", "..", filepath.Base(a))
		}, wantErr: func(a, o string) string { return "--output " + o + " is the answers file " + a }},
		{name: "a hard link", output: func(a string) string {
			l := filepath.Join(filepath.Dir(a), "hard.yaml")
			if err := os.Link(a, l); err != nil {
				t.Skip("no hard links here:", err)
			}
			return l
		}, wantErr: func(a, o string) string { return "is the answers file" }},
		{name: "a symbolic link", output: func(a string) string {
			l := filepath.Join(filepath.Dir(a), "sym.yaml")
			if err := os.Symlink(a, l); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			return l
		}, wantErr: func(a, o string) string { return "is the answers file" }},
		{name: "neither exists yet, same cleaned path", missing: true,
			output:  func(a string) string { return filepath.Join(filepath.Dir(a), "x", "..", filepath.Base(a)) },
			wantErr: func(a, o string) string { return "is the answers file" }},
		{name: "Danish", lang: "da", output: func(a string) string { return a },
			wantErr: func(a, o string) string {
				return "--output " + o + " er svarfilen " + a + ": planen ville overskrive svarene; giv planen et andet filnavn, fx plan.txt"
			}},
		{name: "a folder", format: render.FormatMarkdown, output: func(a string) string { return filepath.Dir(a) },
			wantErr: func(a, o string) string {
				return "--output " + o + " is a folder; give a file name, e.g. " + filepath.Join(o, "plan.md")
			}},
		{name: "a folder, Danish, json", lang: "da", format: render.FormatJSON, output: func(a string) string { return filepath.Dir(a) },
			wantErr: func(a, o string) string {
				return "--output " + o + " er en mappe; angiv et filnavn, fx " + filepath.Join(o, "plan.json")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			opts, out, _ := rtPlanOpts(t, rtAnswers)
			if tt.missing {
				if err := os.Remove(opts.AnswersFile); err != nil {
					t.Fatal(err)
				}
			}
			if tt.lang != "" {
				setLang(opts, tt.lang)
			}
			if tt.format != "" {
				opts.Format = tt.format
			}
			opts.Output = tt.output(opts.AnswersFile)
			err := planRun(opts)
			want := tt.wantErr(opts.AnswersFile, opts.Output)
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("err = %v, want it to contain %q", err, want)
			}
			if code := exitCode(err); code != ExitUsage {
				t.Errorf("exit code %d, want %d", code, ExitUsage)
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out)
			}
			if !tt.missing {
				data, err := os.ReadFile(opts.AnswersFile)
				if err != nil || string(data) != rtAnswers {
					t.Errorf("the answers file changed (err %v):\n%s", err, data)
				}
			}
		})
	}
}

// TestPlanRunOutputBesideAnswers: a plan next to the answers file, with a
// name that starts the same, is written.
func TestPlanRunOutputBesideAnswers(t *testing.T) {
	t.Parallel()
	opts, _, _ := rtPlanOpts(t, rtAnswers)
	opts.Output = opts.AnswersFile + ".txt"
	if err := planRun(opts); err != nil {
		t.Fatal(err)
	}
	if data, err := os.ReadFile(opts.AnswersFile); err != nil || string(data) != rtAnswers {
		t.Errorf("the answers file changed (err %v)", err)
	}
	if _, err := os.Stat(opts.Output); err != nil {
		t.Error(err)
	}
}

func TestPlanAllCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		opts PlanOptions
		want string
	}{
		{"answers only", PlanOptions{AnswersFile: "acme.yaml", Format: "text"}, "eis plan --answers acme.yaml --all"},
		{"a path with a space and a quote", PlanOptions{AnswersFile: "clients/Hansen's plan.yaml", Format: "text"},
			`eis plan --answers 'clients/Hansen'\''s plan.yaml' --all`},
		{"markdown, Danish", PlanOptions{AnswersFile: "a.yaml", Format: "markdown", Lang: "da"}, "eis plan --answers a.yaml --all --format markdown --lang da"},
		{"markdown to a file: the same file again", PlanOptions{AnswersFile: "a.yaml", Format: "markdown", Output: "out/x plan.md"},
			"eis plan --answers a.yaml --all --format markdown --output 'out/x plan.md'"},
		{"text to a file", PlanOptions{AnswersFile: "a.yaml", Format: "text", Output: "x.txt"}, "eis plan --answers a.yaml --all --output x.txt"},
		{"own catalogue, extending", PlanOptions{AnswersFile: "a.yaml", Format: "text", CatalogueDir: "my cat", CatalogueMode: "extend"},
			"eis plan --answers a.yaml --all --catalogue 'my cat'"},
		{"own catalogue, replacing", PlanOptions{AnswersFile: "a.yaml", Format: "text", CatalogueDir: "cat", CatalogueMode: "replace"},
			"eis plan --answers a.yaml --all --catalogue cat --catalogue-mode replace"},
	}
	for _, tt := range tests {
		if got := tt.opts.allCommand(); got != tt.want {
			t.Errorf("%s: allCommand = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestPlanResumeCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		opts  PlanOptions
		notes bool
		want  string
	}{
		{"answers only", PlanOptions{AnswersFile: "acme.yaml", Format: "markdown"}, false, "eis assess --resume acme.yaml"},
		// A language chosen for this plan would be lost to the file's own.
		{"a chosen language", PlanOptions{AnswersFile: "acme.yaml", Format: "markdown", Lang: "da"}, false, "eis assess --resume acme.yaml --lang da"},
		{"with an advisor", PlanOptions{AnswersFile: "acme.yaml", Lang: "en"}, true, "eis assess --resume acme.yaml --notes --lang en"},
		{"a path with a space", PlanOptions{AnswersFile: "clients/Hansen plan.yaml"}, false, "eis assess --resume 'clients/Hansen plan.yaml'"},
		{"own catalogue, replacing", PlanOptions{AnswersFile: "a.yaml", CatalogueDir: "cat", CatalogueMode: "replace"}, false,
			"eis assess --resume a.yaml --catalogue cat --catalogue-mode replace"},
	}
	for _, tt := range tests {
		if got := tt.opts.resumeCommand(tt.notes); got != tt.want {
			t.Errorf("%s: resumeCommand = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestCatalogueName(t *testing.T) {
	t.Parallel()
	tests := []struct{ dir, want string }{
		{"mine", "mine"},
		{"./catalogues/mine/", "mine"},
		{"/srv/eis/our catalogue", "our catalogue"},
		{"/", "/"},
	}
	for _, tt := range tests {
		if got := catalogueName(tt.dir); got != tt.want {
			t.Errorf("catalogueName(%q) = %q, want %q", tt.dir, got, tt.want)
		}
	}
	if got := catalogueName("."); got == "." || got == "" {
		t.Errorf("catalogueName(\".\") = %q, want the folder's name", got)
	}
}
