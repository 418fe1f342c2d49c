package cli

import (
	"errors"
	"io"
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
	"github.com/spf13/cobra"
)

// cobraErr runs a small command tree made only of cobra's and pflag's own
// checks (no eis code) and returns the error it makes for args.
func cobraErr(t *testing.T, args ...string) error {
	t.Helper()
	root := &cobra.Command{Use: "tool", SilenceErrors: true, SilenceUsage: true}
	noop := func(*cobra.Command, []string) error { return nil }
	leaves := []*cobra.Command{
		{Use: "none", Args: cobra.NoArgs, RunE: noop},
		{Use: "one", Args: cobra.ExactArgs(1), RunE: noop},
		{Use: "most", Args: cobra.MaximumNArgs(1), RunE: noop},
		{Use: "least", Args: cobra.MinimumNArgs(2), RunE: noop},
		{Use: "range", Args: cobra.RangeArgs(1, 2), RunE: noop},
		{Use: "valid", Args: cobra.OnlyValidArgs, ValidArgs: []string{"plan", "answers"}, RunE: noop},
		{Use: "flags", RunE: noop},
		{Use: "together", RunE: noop},
		{Use: "oneof", RunE: noop},
		{Use: "apart", RunE: noop},
	}
	for _, c := range leaves {
		c.Flags().BoolP("all", "a", false, "")
		c.Flags().StringP("format", "f", "", "")
		c.Flags().String("x", "", "")
		c.Flags().String("y", "", "")
		root.AddCommand(c)
	}
	_ = leaves[6].MarkFlagRequired("format")
	_ = leaves[6].MarkFlagRequired("x")
	leaves[7].MarkFlagsRequiredTogether("x", "y")
	leaves[8].MarkFlagsOneRequired("x", "y")
	leaves[9].MarkFlagsMutuallyExclusive("x", "y")
	root.SetArgs(args)
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	err := root.Execute()
	if err == nil {
		t.Fatalf("tool %s: no error", strings.Join(args, " "))
	}
	return err
}

// TestLocalizeError feeds every error form cobra and pflag make by
// themselves, made by cobra and pflag for real, through localizeError: the
// English must be their text byte for byte (so English output never
// changes and a cobra upgrade that rewords shows up here), and the Danish
// the translation with the same details.
func TestLocalizeError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args []string
		da   string
	}{
		{[]string{"nosuch"}, `"tool" har ingen kommando ved navn "nosuch"`},
		{[]string{"onee"}, "\"tool\" har ingen kommando ved navn \"onee\"\n\nMente du en af disse?\n\tnone\n\tone\n\toneof\n"},
		{[]string{"noen"}, "\"tool\" har ingen kommando ved navn \"noen\"\n\nMente du denne?\n\tnone\n"},
		{[]string{"none", "x y"}, `"tool none" har ingen kommando ved navn "x y"`},
		{[]string{"none", `a"b`}, `"tool none" har ingen kommando ved navn "a\"b"`},
		{[]string{"one"}, "tager 1 argument(er), men fik 0"},
		{[]string{"one", "a", "b"}, "tager 1 argument(er), men fik 2"},
		{[]string{"most", "a", "b"}, "tager højst 1 argument(er), men fik 2"},
		{[]string{"least", "a"}, "kræver mindst 2 argument(er), men fik kun 1"},
		{[]string{"range"}, "tager mellem 1 og 2 argumenter, men fik 0"},
		{[]string{"valid", "plans"}, `"tool valid" tager ikke argumentet "plans"`},
		{[]string{"flags"}, `disse flag skal angives: "format", "x"`},
		{[]string{"together", "--x", "1"}, "angives et af flagene i gruppen [x y], skal de alle angives; [y] mangler"},
		{[]string{"oneof"}, "mindst ét af flagene i gruppen [x y] skal angives"},
		{[]string{"apart", "--x", "1", "--y", "2"}, "angives et af flagene i gruppen [x y], kan de andre ikke angives; [x y] blev alle angivet"},
		{[]string{"none", "--bogus"}, "ukendt flag: --bogus"},
		{[]string{"none", "-z"}, "ukendt kort flag: 'z' i -z"},
		{[]string{"none", "-az"}, "ukendt kort flag: 'z' i -z"},
		{[]string{"none", "--format"}, "flaget --format skal have en værdi"},
		{[]string{"none", "-af"}, "flaget 'f' i -f skal have en værdi"},
		{[]string{"none", "--all=maybe"}, `ugyldig værdi "maybe" til flaget "-a, --all": "maybe" er hverken true eller false`},
		{[]string{"none", "---x"}, "ugyldig skrivemåde for et flag: ---x"},
	}
	for _, tt := range tests {
		err := cobraErr(t, tt.args...)
		if got := localizeError(i18n.Get("en"), err); got != err.Error() {
			t.Errorf("%q: English\n got %q\nwant %q (cobra's own)", tt.args, got, err.Error())
		}
		if !isCobraError(err) {
			t.Errorf("%q (%q): isCobraError is false", tt.args, err)
		}
		if got := localizeError(i18n.Get("da"), err); got != tt.da {
			t.Errorf("%q (%q): Danish\n got %q\nwant %q", tt.args, err, got, tt.da)
		}
	}
}

// TestLocalizeErrorOthers: an error that is not cobra's or pflag's is
// eis's own and left as it is, in any language, also when it only looks like
// one of cobra's in part or is not written the way cobra writes.
func TestLocalizeErrorOthers(t *testing.T) {
	t.Parallel()
	for _, msg := range []string{
		"no practice \"x\"; run 'eis practices list'",
		`--format "yaml" is not known; use one of: text, markdown, json`,
		`eis: unknown command "x" for "eis"`,     // not at the start
		`unknown command "x" for "eis" (really)`, // not at the end
		`unknown command "\x41" for "eis"`,       // not as %q writes it
		"accepts 01 arg(s), received 2",          // not as %d writes it
		"unknown flag: --x",                      // the text without pflag's type
	} {
		if got := localizeError(i18n.Get("da"), errors.New(msg)); got != msg {
			t.Errorf("localizeError(da, %q) = %q", msg, got)
		}
		if isCobraError(errors.New(msg)) {
			t.Errorf("isCobraError(%q) is true", msg)
		}
	}
}

// FuzzLocalizeError: whatever an error says, its English is the same text,
// and saying it in Danish does not panic.
func FuzzLocalizeError(f *testing.F) {
	for _, s := range []string{
		`unknown command "x" for "eis"`,
		"unknown command \"verison\" for \"eis\"\n\nDid you mean this?\n\tversion\n",
		"accepts 1 arg(s), received 0",
		"accepts between 1 and 2 arg(s), received 3",
		`required flag(s) "a", "b" not set`,
		"if any flags in the group [a b] are set none of the others can be; [a b] were all set",
		`invalid argument "\"" for "eis schema"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := errors.New(s)
		if got := localizeError(i18n.Get("en"), err); got != s {
			t.Errorf("English of %q is %q", s, got)
		}
		_ = localizeError(i18n.Get("da"), err)
	})
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
		{[]string{"--lang", "da", "verison"}, "eis: \"eis\" har ingen kommando ved navn \"verison\"\n\nMente du denne?\n\tversion\n\nKør 'eis --help' for at få hjælp.\n"},
		{[]string{"--lang", "da", "plan", "--all=maybe", "-a", "a.yaml"}, "eis: ugyldig værdi \"maybe\" til flaget \"--all\": \"maybe\" er hverken true eller false\nKør 'eis plan --help' for at få hjælp.\n"},
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
		{[]string{"--lang", "da", "plan", "da.yaml"}, "Mente du --answers da.yaml?"},
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
		code, _, errOut := runEis(t, tt.args...)
		lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		if code != ExitUsage || len(lines) < 2 {
			t.Errorf("eis %q: exit %d, stderr %q; want a usage error", tt.args, code, errOut)
			continue
		}
		hint := ""
		if len(lines) == 3 {
			hint = lines[1]
		}
		if hint != tt.hint || len(lines) > 3 {
			t.Errorf("eis %q: stderr\n%s\nwant the hint %q", tt.args, errOut, tt.hint)
		}
	}
}

// TestVersionFlag: --version and -v print exactly what 'eis version'
// prints, and the flag's help is localised like cobra's own flags.
func TestVersionFlag(t *testing.T) {
	configEnv(t)
	setBuildVars(t, "1.2.3", "abc123", "2026-11-18T10:00:00Z")
	_, want, _ := runEis(t, "version")
	if want != "eis 1.2.3 (commit abc123, built 2026-11-18T10:00:00Z)\n" {
		t.Fatalf("eis version printed %q", want)
	}
	for _, args := range [][]string{{"--version"}, {"-v"}, {"--lang", "da", "--version"}} {
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
