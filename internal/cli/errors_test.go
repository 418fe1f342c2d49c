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
	"github.com/eis-project/eis/practices"
	"github.com/spf13/cobra"
)

// tool is a small command tree with eis's checks: its flag error function
// and Args validators, and a command with subcommands that only shows help.
func tool() *cobra.Command {
	root := &cobra.Command{Use: "tool", SilenceErrors: true, SilenceUsage: true, Args: usageArgs(noArgs)}
	root.SetFlagErrorFunc(flagError)
	noop := func(*cobra.Command, []string) error { return nil }
	group := &cobra.Command{Use: "group", Args: usageArgs(noArgs)}
	group.AddCommand(&cobra.Command{Use: "list", Args: usageArgs(noArgs), RunE: noop}, &cobra.Command{Use: "show", Args: usageArgs(exactArgs(1)), RunE: noop})
	root.AddCommand(
		&cobra.Command{Use: "none", Args: usageArgs(noArgs), RunE: noop},
		&cobra.Command{Use: "one", Args: usageArgs(exactArgs(1)), RunE: noop},
		&cobra.Command{Use: "most", Args: usageArgs(maxArgs(1)), RunE: noop},
		&cobra.Command{Use: "oneof", Args: usageArgs(noArgs), RunE: noop},
		group,
	)
	for _, c := range root.Commands() {
		c.Flags().BoolP("all", "a", false, "")
		c.Flags().StringP("format", "f", "", "")
		c.Flags().String("answers", "", "")
	}
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	return root
}

// toolErr runs tool as Run does (checkCommand, then cobra) and returns the
// error for args.
func toolErr(t *testing.T, args ...string) error {
	t.Helper()
	root := tool()
	if _, err := checkCommand(root, args); err != nil {
		return err
	}
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		t.Fatalf("tool %s: no error", strings.Join(args, " "))
	}
	return err
}

// TestCommandLineErrors: every mistake on the command line is a usage
// error, in English exactly as cobra and pflag word it (the want column is
// their text; TestLibraryWording checks it against them), in Danish with
// the same details, and with did-you-mean where a name was misspelt.
func TestCommandLineErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args   []string
		en, da string
		hintEn string
	}{
		{[]string{"nosuch"}, `unknown command "nosuch" for "tool"`, `"tool" har ingen kommando ved navn "nosuch"`, ""},
		{[]string{"oneo"}, "unknown command \"oneo\" for \"tool\"\n\nDid you mean this?\n\tone\n\toneof\n", "\"tool\" har ingen kommando ved navn \"oneo\"\n\nMente du en af disse?\n\tone\n\toneof\n", ""},
		{[]string{"noen"}, "unknown command \"noen\" for \"tool\"\n\nDid you mean this?\n\tnone\n", "\"tool\" har ingen kommando ved navn \"noen\"\n\nMente du denne?\n\tnone\n", ""},
		{[]string{"group", "lst"}, "unknown command \"lst\" for \"tool group\"\n\nDid you mean this?\n\tlist\n", "\"tool group\" har ingen kommando ved navn \"lst\"\n\nMente du denne?\n\tlist\n", ""},
		{[]string{"group", "--all", "--format", "x", "shw"}, "unknown command \"shw\" for \"tool group\"\n\nDid you mean this?\n\tshow\n", "\"tool group\" har ingen kommando ved navn \"shw\"\n\nMente du denne?\n\tshow\n", ""},
		{[]string{"none", "x y"}, `unknown command "x y" for "tool none"`, `"tool none" har ingen kommando ved navn "x y"`, ""},
		{[]string{"none", `a"b`}, `unknown command "a\"b" for "tool none"`, `"tool none" har ingen kommando ved navn "a\"b"`, ""},
		{[]string{"one"}, "accepts 1 arg(s), received 0", "tager 1 argument(er), men fik 0", ""},
		{[]string{"one", "a", "b"}, "accepts 1 arg(s), received 2", "tager 1 argument(er), men fik 2", ""},
		{[]string{"most", "a", "b"}, "accepts at most 1 arg(s), received 2", "tager højst 1 argument(er), men fik 2", ""},
		{[]string{"none", "--bogus"}, "unknown flag: --bogus", "ukendt flag: --bogus", ""},
		{[]string{"none", "--anwsers", "x"}, "unknown flag: --anwsers", "ukendt flag: --anwsers", "Did you mean --answers?"},
		{[]string{"none", "--formta", "x"}, "unknown flag: --formta", "ukendt flag: --formta", "Did you mean --format?"},
		{[]string{"none", "-z"}, "unknown shorthand flag: 'z' in -z", "ukendt kort flag: 'z' i -z", ""},
		{[]string{"none", "-az"}, "unknown shorthand flag: 'z' in -z", "ukendt kort flag: 'z' i -z", ""},
		{[]string{"none", "--format"}, "flag needs an argument: --format", "flaget --format skal have en værdi", ""},
		{[]string{"none", "-af"}, "flag needs an argument: 'f' in -f", "flaget 'f' i -f skal have en værdi", ""},
		{[]string{"none", "--all=maybe"}, `invalid argument "maybe" for "-a, --all" flag: strconv.ParseBool: parsing "maybe": invalid syntax`, `ugyldig værdi "maybe" til flaget "-a, --all": "maybe" er hverken true eller false`, ""},
		{[]string{"none", "---x"}, "bad flag syntax: ---x", "ugyldig skrivemåde for et flag: ---x", ""},
		{[]string{"--bogus", "nosuch"}, "unknown flag: --bogus", "ukendt flag: --bogus", ""},
	}
	for _, tt := range tests {
		err := toolErr(t, tt.args...)
		var ue *UsageError
		if !errors.As(err, &ue) {
			t.Errorf("%q: %v is not a usage error", tt.args, err)
			continue
		}
		if got := localizeError("en", err); got != tt.en {
			t.Errorf("%q: English\n got %q\nwant %q", tt.args, got, tt.en)
		}
		if got := localizeError("da", err); got != tt.da {
			t.Errorf("%q: Danish\n got %q\nwant %q", tt.args, got, tt.da)
		}
		hint := ""
		if ue.Hint != nil {
			hint = ue.Hint("en")
		}
		if hint != tt.hintEn {
			t.Errorf("%q: hint %q, want %q", tt.args, hint, tt.hintEn)
		}
	}
}

// TestLibraryWording: eis's own command-line errors say in English what
// cobra's and pflag's say, word for word, so English output is as before.
// It runs the same mistakes through cobra's own checks: a cobra or pflag
// upgrade that rewords them fails here (then update the English in
// internal/i18n, or keep eis's wording on purpose).
func TestLibraryWording(t *testing.T) {
	t.Parallel()
	cobraRoot := func() *cobra.Command {
		root := &cobra.Command{Use: "tool", SilenceErrors: true, SilenceUsage: true}
		noop := func(*cobra.Command, []string) error { return nil }
		root.AddCommand(
			&cobra.Command{Use: "none", Args: cobra.NoArgs, RunE: noop},
			&cobra.Command{Use: "one", Args: cobra.ExactArgs(1), RunE: noop},
			&cobra.Command{Use: "most", Args: cobra.MaximumNArgs(1), RunE: noop},
		)
		for _, c := range root.Commands() {
			c.Flags().BoolP("all", "a", false, "")
			c.Flags().StringP("format", "f", "", "")
		}
		root.SetOut(io.Discard)
		root.SetErr(io.Discard)
		return root
	}
	for _, args := range [][]string{
		{"none", "x y"}, {"one"}, {"one", "a", "b"}, {"most", "a", "b"},
		{"none", "--bogus"}, {"none", "-z"}, {"none", "-az"}, {"none", "--format"}, {"none", "-af"},
		{"none", "--all=maybe"}, {"none", "---x"},
	} {
		root := cobraRoot()
		root.SetArgs(args)
		want := root.Execute()
		if want == nil {
			t.Fatalf("cobra: tool %q did not fail", args)
		}
		if got := toolErr(t, args...); got.Error() != want.Error() {
			t.Errorf("tool %q: eis says\n %q\ncobra says\n %q", args, got, want)
		}
	}
	// cobra names an unknown command of the root as eis does (suggestions
	// apart: eis's own), from Find.
	root := cobraRoot()
	root.SetArgs([]string{"nosuch"})
	if err := root.Execute(); err == nil || err.Error() != toolErr(t, "nosuch").Error() {
		t.Errorf("cobra: %v", err)
	}
}

// TestCobraShowsHelpUnchecked is the behaviour checkCommand exists for: a
// command that is not runnable shows its help for any arguments, without
// running its Args check, and Find does not fail once every command has
// an Args check. If a cobra upgrade starts checking them, checkCommand can
// go.
func TestCobraShowsHelpUnchecked(t *testing.T) {
	t.Parallel()
	root := tool()
	var help strings.Builder
	root.SetOut(&help)
	root.SetArgs([]string{"group", "lst"})
	if err := root.Execute(); err != nil {
		t.Fatalf("cobra checked the arguments of a command that only shows help: %v", err)
	}
	if !strings.Contains(help.String(), "tool group [command]") {
		t.Errorf("cobra did not show the help:\n%s", help.String())
	}
	if _, _, err := tool().Find([]string{"nosuch", "--all"}); err != nil {
		t.Errorf("Find failed although every command checks its arguments: %v", err)
	}
}

// TestEveryCommandChecksArgs: every eis command has an Args check, and
// none of cobra's (they say themselves in English only): checkCommand and
// helpTopic rely on it.
func TestEveryCommandChecksArgs(t *testing.T) {
	configEnv(t)
	ios, _, _, _ := iostreams.Test()
	root := NewRootCmd(&Factory{IOStreams: ios})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Args == nil && c.Name() != "help" && !strings.HasPrefix(c.Name(), "__") {
			t.Errorf("%s has no Args check", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

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
		if got := localizeError("da", errors.New(msg)); got != msg {
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
	t.Setenv("EIS_LANG", "da")
	if _, _, errOut := runEis(t, "practices", "show", "a", "b"); !strings.HasPrefix(errOut, "eis: tager 1 argument(er), men fik 2\n") {
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
	if msg, _ := i18n.Lookup("help.flag.version"); msg.En != "version for %s" {
		t.Errorf("the English usage of --version is %q; cobra says \"version for %%s\"", msg.En)
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
		{[]string{"--lang", "da", "plan", "--anwsers", "x"}, "Mente du --answers?"},
		{[]string{"practices", "list", "--region", "dk"}, "Did you mean --region dk-central?"},
		{[]string{"practices", "list", "--region", "hampshire"}, "Did you mean --region uk-hampshire?"},
		{[]string{"practices", "list", "--dimension", "financ"}, "Did you mean --dimension finance?"},
		{[]string{"practices", "list", "--stage", "expandng"}, "Did you mean --stage expanding?"},
		{[]string{"practices", "list", "--format", "jsn"}, "Did you mean --format json?"},
		{[]string{"--lang", "da", "practices", "list", "--format", "jsn"}, "Mente du --format json?"},
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
		code, out, errOut := runEis(t, tt.args...)
		lines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
		if code != ExitUsage || out != "" || len(lines) < 2 {
			t.Errorf("eis %q: exit %d, stdout %q, stderr %q; want a usage error", tt.args, code, out, errOut)
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
