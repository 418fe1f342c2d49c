package cli

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

// TestLocalizeErrorOthers: an error that is not one of eis's command-line
// errors is eis's own, made in the user's language already, and left as
// it is, also when it reads like one of cobra's.
func TestLocalizeErrorOthers(t *testing.T) {
	t.Parallel()
	for _, msg := range []string{
		"no practice \"x\"; run 'eis practices list'",
		`--format "yaml" is not known; use one of: text, markdown, json`,
		`unknown command "x" for "eis"`,
		"accepts 1 arg(s), received 2",
		"unknown flag: --x",
	} {
		if got := localizeError(i18n.Get("da"), errors.New(msg)); got != msg {
			t.Errorf("localizeError(da, %q) = %q", msg, got)
		}
	}
}

// runEis runs eis through Run with the embedded catalogue and test streams.
func runEis(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	code = Run(&Factory{IOStreams: ios, Embedded: practices.FS(), Now: time.Now}, args)
	return code, out.String(), errOut.String()
}

// TestRunCobraErrorsInDanish checks the whole stderr of eis's own command
// line errors in Danish (cobra's messages said in Danish, with the Danish
// hint) and that English stays cobra's.
func TestRunCobraErrorsInDanish(t *testing.T) {
	configEnv(t)
	tests := []struct {
		args   []string
		stderr string
	}{
		{[]string{"--lang", "da", "practices", "show"}, "eis: tager 1 argument(er), men fik 0\nKør 'eis practices show --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "--x"}, "eis: ukendt flag: --x\nKør 'eis --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "x"}, "eis: \"eis\" har ingen kommando ved navn \"x\"\nKør 'eis --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "verison"}, "eis: \"eis\" har ingen kommando ved navn \"verison\"\n\nMente I denne?\n\tversion\n\nKør 'eis --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "plan", "--all=maybe", "-a", "a.yaml"}, "eis: ugyldig værdi \"maybe\" til flaget \"--all\": brug true eller false\nKør 'eis plan --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "validate", "a", "b"}, "eis: tager højst 1 argument(er), men fik 2\nKør 'eis validate --help' for at få hjælp.\n"},
		{[]string{"--lang=DA", "questions", "--format"}, "eis: flaget --format skal have en værdi\nKør 'eis questions --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "help", "nosuch"}, "eis: \"eis\" har ingen kommando ved navn \"nosuch\"\nKør 'eis help --help' for at få hjælp.\n"},
		{[]string{"practices", "show"}, "eis: accepts 1 arg(s), received 0\nRun 'eis practices show --help' for usage.\n"},
		{[]string{"frobnicate"}, "eis: unknown command \"frobnicate\" for \"eis\"\nRun 'eis --help' for usage.\n"},
		{[]string{"plan", "-a", "a.yaml", "--bogus"}, "eis: unknown flag: --bogus\nRun 'eis plan --help' for usage.\n"},
	}
	for _, tt := range tests {
		code, out, errOut := runEis(t, tt.args...)
		if code != ExitUsage || out != "" || errOut != tt.stderr {
			t.Errorf("eis %s: exit %d, stdout %q, stderr\n%q\nwant exit 2 and\n%q", strings.Join(tt.args, " "), code, out, errOut, tt.stderr)
		}
	}
	// The language may come from the environment as well.
	ios, _, _, errOut := iostreams.Test()
	Run(&Factory{IOStreams: ios, Embedded: practices.FS(), Now: time.Now, Getenv: testutil.Env("EIS_LANG", "da")}, []string{"practices", "show", "a", "b"})
	if !strings.HasPrefix(errOut.String(), "eis: tager 1 argument(er), men fik 2\n") {
		t.Errorf("with EIS_LANG=da: %q", errOut)
	}
}

// TestArgHint: a leaf command given an argument that names an existing
// YAML file suggests the flag it was probably meant for; anything else
// gets no suggestion.
func TestArgHint(t *testing.T) {
	configEnv(t)
	dir := t.TempDir()
	for _, name := range []string{"da.yaml", "old.YML", "notes.txt", "my answers.yaml"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("version: 1\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	tests := []struct {
		args []string
		hint string // the line before the usage hint; "" for none
	}{
		{[]string{"plan", "da.yaml"}, "Did you mean --answers da.yaml?"},
		{[]string{"--lang", "da", "plan", "da.yaml"}, "Mente I --answers da.yaml?"},
		{[]string{"plan", "old.YML"}, "Did you mean --answers old.YML?"},
		{[]string{"plan", "my answers.yaml"}, "Did you mean --answers 'my answers.yaml'?"},
		{[]string{"plan", "--format", "json", "nope.yaml", "da.yaml"}, "Did you mean --answers da.yaml?"},
		{[]string{"assess", "da.yaml"}, "Did you mean --resume da.yaml?"},
		{[]string{"plan", "nope.yaml"}, ""},
		{[]string{"plan", "notes.txt"}, ""},
		{[]string{"plan", "folder.yaml"}, ""},
		{[]string{"plan", "--answers", "da.yaml", "da.yaml"}, ""},
		{[]string{"questions", "da.yaml"}, ""},
	}
	for _, tt := range tests {
		checkUsageHint(t, tt.args, tt.hint)
	}
}

// TestVersionFlag: --version and -v print exactly what 'eis version'
// prints, and the flag's help is localised like cobra's own flags.
func TestVersionFlag(t *testing.T) {
	configEnv(t)
	setBuildVars(t, "1.2.3", "abc123", "2026-11-18T10:00:00Z")
	_, want, _ := runEis(t, "version")
	if !strings.HasPrefix(want, "eis 1.2.3 (commit abc123, built 2026-11-18T10:00:00Z)\nLanguages") {
		t.Fatalf("eis version printed %q", want)
	}
	_, wantDa, _ := runEis(t, "--lang", "da", "version")
	for _, args := range [][]string{{"--version"}, {"-v"}, {"--lang", "da", "--version"}} {
		want := want
		if args[0] == "--lang" {
			want = wantDa
		}
		code, out, errOut := runEis(t, args...)
		if code != ExitOK || out != want || errOut != "" {
			t.Errorf("eis %q: exit %d, stdout %q, stderr %q; want %q", args, code, out, errOut, want)
		}
	}
	for lang, re := range map[string]string{
		"en": `(?m)^  -v, --version +version for eis$`,
		"da": `(?m)^  -v, --version +vis versionen af eis$`,
	} {
		_, out, _ := runEis(t, "--lang", lang, "--help")
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("--lang %s --help has no %s:\n%s", lang, re, out)
		}
	}
	if msg := i18n.English.Pattern("help.flag.version"); msg != "version for %s" {
		t.Errorf("the English usage of --version is %q; cobra says \"version for %%s\"", msg)
	}
}

// TestDidYouMean: a misspelt command, flag or flag value is a usage error
// (exit 2) whose hint names what was probably meant, in the user's
// language; a word like nothing gets no hint.
func TestDidYouMean(t *testing.T) {
	configEnv(t)
	tests := []struct {
		args []string
		hint string // the line after the error; "" for none
	}{
		{[]string{"plan", "--anwsers", "x"}, "Did you mean --answers?"},
		{[]string{"--lang", "da", "plan", "--anwsers", "x"}, "Mente I --answers?"},
		{[]string{"practices", "list", "--region", "dk"}, "Did you mean --region dk-central?"},
		{[]string{"practices", "list", "--region", "hampshire"}, "Did you mean --region uk-hampshire?"},
		{[]string{"practices", "list", "--dimension", "financ"}, "Did you mean --dimension finance?"},
		{[]string{"practices", "list", "--stage", "expandng"}, "Did you mean --stage expanding?"},
		{[]string{"practices", "list", "--format", "jsn"}, "Did you mean --format json?"},
		{[]string{"--lang", "da", "practices", "list", "--format", "jsn"}, "Mente I --format json?"},
		{[]string{"plan", "-a", "x.yaml", "--format", "markdwon"}, "Did you mean --format markdown?"},
		{[]string{"questions", "--format", "jsno"}, "Did you mean --format json?"},
		{[]string{"validate", "--format", "githb"}, "Did you mean --format github?"},
		{[]string{"--lang", "dk", "version"}, "Did you mean --lang da?"},
		{[]string{"--catalogue-mode", "replce", "version"}, "Did you mean --catalogue-mode replace?"},
		{[]string{"schema", "answer"}, "Did you mean eis schema answers?"},
		{[]string{"practices", "list", "--format", "yaml"}, ""},
		{[]string{"plan", "--bogus"}, ""},
	}
	for _, tt := range tests {
		checkUsageHint(t, tt.args, tt.hint)
	}
}

// checkUsageHint runs eis with args, which must fail as a usage error
// (exit 2, nothing on stdout) whose stderr is the error, then hint on a
// line of its own ("" for none), then the usage line.
func checkUsageHint(t *testing.T, args []string, hint string) {
	t.Helper()
	code, out, errOut := runEis(t, args...)
	lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if code != ExitUsage || out != "" || len(lines) < 2 {
		t.Errorf("eis %q: exit %d, stdout %q, stderr %q; want a usage error", args, code, out, errOut)
		return
	}
	got := ""
	if len(lines) == 3 {
		got = lines[1]
	}
	if got != hint || len(lines) > 3 {
		t.Errorf("eis %q: stderr\n%s\nwant the hint %q", args, errOut, hint)
	}
}
