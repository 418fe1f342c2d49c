package cli

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

var validateNow = testutil.Today // the testscripts' SOURCE_DATE_EPOCH

// runValidateArgs runs `eis validate ARGS` through the real root command
// with runF capturing the options; it returns them, the exit code, and
// stderr with the error that Run would print.
func runValidateArgs(t *testing.T, getenv func(string) string, args []string) (*ValidateOptions, int, string) {
	t.Helper()
	ios, _, _, errOut := iostreams.Test()
	f := &Factory{IOStreams: ios, Embedded: practices.FS(), Now: func() time.Time { return validateNow }, Getenv: getenv}
	root := NewRootCmd(f)
	for _, c := range root.Commands() {
		if c.Name() == "validate" {
			root.RemoveCommand(c)
		}
	}
	var got *ValidateOptions
	root.AddCommand(NewCmdValidate(f, func(o *ValidateOptions) error { got = o; return nil }))
	root.SetArgs(append([]string{"validate"}, args...))
	root.SetOut(ios.Out)
	root.SetErr(errOut)
	_, err := root.ExecuteC()
	msg := errOut.String()
	if err != nil {
		msg += err.Error() // Run would print it
	}
	return got, exitCode(err), msg
}

func TestNewCmdValidate(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("EIS_CATALOGUE", "")
	t.Setenv("EIS_CATALOGUE_MODE", "")
	dir := t.TempDir()
	file := filepath.Join(dir, "file.yaml")
	if err := os.WriteFile(file, []byte("version: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		args    []string
		actions string // GITHUB_ACTIONS
		want    ValidateOptions
		code    int
		stderr  string // part of the error, for a bad command line
	}{
		{name: "built-in catalogue", want: ValidateOptions{Format: "text"}},
		{name: "a folder decides what it is", args: []string{dir}, want: ValidateOptions{Dir: dir, Format: "text"}},
		{name: "extend is the default", args: []string{"--catalogue-mode", "extend", dir}, want: ValidateOptions{Dir: dir, Format: "text"}},
		{name: "replace asks for a whole catalogue", args: []string{"--catalogue-mode", "replace", dir}, want: ValidateOptions{Dir: dir, Replace: true, Format: "text"}},
		{name: "--catalogue names the folder", args: []string{"--catalogue", dir}, want: ValidateOptions{Dir: dir, Format: "text"}},
		{name: "--catalogue with replace", args: []string{"--catalogue", dir, "--catalogue-mode", "replace"}, want: ValidateOptions{Dir: dir, Replace: true, Format: "text"}},
		{name: "the argument beats --catalogue", args: []string{"--catalogue", filepath.Join(dir, "nope"), dir}, want: ValidateOptions{Dir: dir, Format: "text"}},
		{name: "json", args: []string{"--format", "json"}, want: ValidateOptions{Format: "json"}},
		{name: "strict github", args: []string{"--strict", "--format=github", dir}, want: ValidateOptions{Dir: dir, Format: "github", Strict: true}},
		{name: "no-age for pull requests", args: []string{"--strict", "--no-age", dir}, want: ValidateOptions{Dir: dir, Format: "text", Strict: true, NoAge: true}},
		{name: "GitHub Actions picks github", actions: "true", want: ValidateOptions{Format: "github"}},
		{name: "an explicit format wins over GitHub Actions", actions: "true", args: []string{"--format", "text"}, want: ValidateOptions{Format: "text"}},
		{name: "GITHUB_ACTIONS must be true", actions: "1", want: ValidateOptions{Format: "text"}},
		{name: "unknown format", args: []string{"--format", "sarif"}, code: ExitUsage},
		{name: "two folders", args: []string{dir, dir}, code: ExitUsage},
		{name: "missing folder", args: []string{filepath.Join(dir, "nope")}, code: ExitUsage, stderr: "cannot be read: it must be an existing folder"},
		{name: "a file, not a folder", args: []string{file}, code: ExitUsage, stderr: file + " is a file; give the folder that holds it: " + dir},
		{name: "unknown flag", args: []string{"--fix"}, code: ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, code, stderr := runValidateArgs(t, testutil.Env("GITHUB_ACTIONS", tt.actions), tt.args)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, stderr)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.stderr)
			}
			if tt.code != 0 {
				if got != nil {
					t.Errorf("runF was called for a bad command line: %+v", got)
				}
				return
			}
			if got == nil {
				t.Fatal("runF was not called")
			}
			if got.Dir != tt.want.Dir || got.Replace != tt.want.Replace || got.Format != tt.want.Format || got.Strict != tt.want.Strict || got.NoAge != tt.want.NoAge {
				t.Errorf("options = {Dir:%q Replace:%v Format:%q Strict:%v NoAge:%v}, want {Dir:%q Replace:%v Format:%q Strict:%v NoAge:%v}",
					got.Dir, got.Replace, got.Format, got.Strict, got.NoAge, tt.want.Dir, tt.want.Replace, tt.want.Format, tt.want.Strict, tt.want.NoAge)
			}
			if !got.Now.Equal(validateNow) || got.Embedded == nil || got.IO == nil || got.Locale != i18n.English {
				t.Errorf("factory values not copied: now %v, lang %s", got.Now, got.Locale)
			}
		})
	}
}

// brokenCatalogue writes the catalogue package's minimal valid fixture plus
// one file with an error and a warning whose texts need escaping for GitHub.
func brokenCatalogue(t *testing.T, broken bool) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "cat")
	src := "../catalogue/testdata/valid"
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if broken {
		extra := `version: 1
regions:
  - id: far
    name: {en: Far}
    scope: other
    capital: "a,b: 100%"
`
		if err := os.WriteFile(filepath.Join(dir, "extra.yaml"), []byte(extra), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestValidateRun checks each output format against its golden file
// (go test ./internal/cli -run TestValidateRun -update rewrites them).
func TestValidateRun(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, format, lang string
		broken, strict     bool
		wantErr            bool
	}{
		{name: "clean.txt", format: "text", lang: "en"},
		{name: "clean.json", format: "json", lang: "en"},
		{name: "broken.txt", format: "text", lang: "en", broken: true, wantErr: true},
		{name: "broken.da.txt", format: "text", lang: "da", broken: true, wantErr: true},
		{name: "broken.json", format: "json", lang: "en", broken: true, wantErr: true},
		{name: "broken.github.txt", format: "github", lang: "en", broken: true, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := brokenCatalogue(t, tt.broken)
			ios, _, out, errOut := iostreams.Test()
			err := validateRun(&ValidateOptions{IO: ios, Embedded: practices.FS(), Now: validateNow, Locale: i18n.Get(tt.lang),
				Dir: dir, Format: tt.format, Strict: tt.strict})
			if tt.wantErr != (err != nil) {
				t.Fatalf("err = %v, want error %v", err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, ErrSilent) {
				t.Errorf("err = %v, want ErrSilent (diagnostics already printed)", err)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr: %q", errOut)
			}
			got := strings.ReplaceAll(out.String(), filepath.ToSlash(dir), "CAT")
			golden := filepath.Join("testdata", "validate", tt.name)
			if testutil.Update() {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s:\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}

func TestValidateStrict(t *testing.T) {
	t.Parallel()
	dir := brokenCatalogue(t, false)
	// A region without its Danish name gives a warning only.
	old := "version: 1\nregions:\n  - {id: far, name: {en: Far, da: Fjern}, scope: other}\n  - {id: farther, name: {en: Farther}, scope: other}\n"
	if err := os.WriteFile(filepath.Join(dir, "warn.yaml"), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, strict := range []bool{false, true} {
		ios, _, out, _ := iostreams.Test()
		err := validateRun(&ValidateOptions{IO: ios, Embedded: practices.FS(), Now: validateNow, Locale: i18n.Get("en"), Dir: dir, Format: "text", Strict: strict})
		if strict != (err != nil) {
			t.Errorf("strict=%v: err = %v\n%s", strict, err, out)
		}
		if !strings.Contains(out.String(), "0 errors, 1 warning in 7 files") {
			t.Errorf("strict=%v: summary missing:\n%s", strict, out)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, data, prop string }{
		{"plain", "plain", "plain"},
		{"100%", "100%25", "100%25"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"x:y,z", "x:y,z", "x%3Ay%2Cz"},
		{"%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func TestSummaryLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang            string
		errs, warns, fs int
		want            string
	}{
		{"en", 0, 0, 1, "0 errors, 0 warnings in 1 file"},
		{"en", 1, 1, 2, "1 error, 1 warning in 2 files"},
		{"da", 2, 1, 1, "2 fejl, 1 advarsel i 1 fil"},
		{"da", 1, 3, 7, "1 fejl, 3 advarsler i 7 filer"},
	}
	for _, tt := range tests {
		if got := summaryLine(i18n.Get(tt.lang), tt.errs, tt.warns, tt.fs); got != tt.want {
			t.Errorf("summaryLine(%s, %d, %d, %d) = %q, want %q", tt.lang, tt.errs, tt.warns, tt.fs, got, tt.want)
		}
	}
}

// TestValidateRunFolders: an extension is checked over the built-in
// catalogue with only its own files reported and counted; replace wants a
// whole catalogue; an empty folder is an error with no summary.
func TestValidateRunFolders(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		files   map[string]string
		replace bool
		out     string
		err     string
	}{
		{name: "an extension", files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2026-06-01")},
			out: "0 errors, 0 warnings in 1 file\n"},
		{name: "a broken extension", files: map[string]string{"p.yaml": practice("my-coach", "dk-centre", "2026-06-01"), "q.yml": ""},
			out: "{dir}/p.yaml:4:5: error: unknown region \"dk-centre\"; known regions: dk-central, ie-donegal, uk-hampshire, it-emilia-romagna, pt-alentejo, pl-pomorskie, hr-koprivnica-krizevci, eu, global, other-eu, non-eu [reference]\n" +
				"{dir}/q.yml:1:1: warning: this file is ignored: only files ending in .yaml are read; rename it to q.yaml if it belongs to the catalogue [ignored-file]\n" +
				"1 error, 1 warning in 1 file\n", err: "silent"},
		{name: "a future date", files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2999-01-01")},
			out: "{dir}/p.yaml:18:5: error: last_verified 2999-01-01 is in the future (today is " + testutil.TodayDate() + "); use the date it was checked [stale]\n1 error, 0 warnings in 1 file\n", err: "silent"},
		{name: "replace with an extension", replace: true, files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2026-06-01")},
			err: "{dir} has no catalogue: section, so it can only extend the built-in catalogue, but --catalogue-mode replace asks for a whole catalogue"},
		{name: "an empty folder", files: map[string]string{}, err: "no catalogue files (*.yaml) in {dir}; catalogue files end in .yaml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(t.TempDir(), "mine")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			writeFiles(t, dir, tt.files)
			sub := func(s string) string { return strings.ReplaceAll(s, "{dir}", filepath.ToSlash(dir)) }
			ios, _, out, _ := iostreams.Test()
			err := validateRun(&ValidateOptions{IO: ios, Embedded: practices.FS(), Now: validateNow, Locale: i18n.Get("en"),
				Dir: dir, Replace: tt.replace, ReplaceFrom: "--catalogue-mode replace", Format: "text"})
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("err = %v", err)
			case tt.err == "silent" && !errors.Is(err, ErrSilent):
				t.Fatalf("err = %v, want ErrSilent", err)
			case tt.err != "" && tt.err != "silent" && (err == nil || !strings.Contains(err.Error(), sub(tt.err))):
				t.Fatalf("err = %v, want %q", err, sub(tt.err))
			}
			if got := out.String(); got != sub(tt.out) {
				t.Errorf("stdout:\n%s\nwant:\n%s", got, sub(tt.out))
			}
		})
	}
}
