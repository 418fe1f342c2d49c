package cli

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/spf13/cobra"
)

// Tests of cobra.go: eis's command-line errors, and what it relies on in
// cobra and pflag (their wording, and that cobra shows the help of a command
// that is not runnable without checking its arguments).

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
		{[]string{"oneo"}, "unknown command \"oneo\" for \"tool\"\n\nDid you mean this?\n\tone\n\toneof\n", "\"tool\" har ingen kommando ved navn \"oneo\"\n\nMente I en af disse?\n\tone\n\toneof\n", ""},
		{[]string{"noen"}, "unknown command \"noen\" for \"tool\"\n\nDid you mean this?\n\tnone\n", "\"tool\" har ingen kommando ved navn \"noen\"\n\nMente I denne?\n\tnone\n", ""},
		{[]string{"group", "lst"}, "unknown command \"lst\" for \"tool group\"\n\nDid you mean this?\n\tlist\n", "\"tool group\" har ingen kommando ved navn \"lst\"\n\nMente I denne?\n\tlist\n", ""},
		{[]string{"group", "--all", "--format", "x", "shw"}, "unknown command \"shw\" for \"tool group\"\n\nDid you mean this?\n\tshow\n", "\"tool group\" har ingen kommando ved navn \"shw\"\n\nMente I denne?\n\tshow\n", ""},
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
		{[]string{"none", "--all=maybe"}, `invalid argument "maybe" for "-a, --all" flag: use true or false`, `ugyldig værdi "maybe" til flaget "-a, --all": brug true eller false`, ""},
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
		if got := localizeError(i18n.Get("en"), err); got != tt.en {
			t.Errorf("%q: English\n got %q\nwant %q", tt.args, got, tt.en)
		}
		if got := localizeError(i18n.Get("da"), err); got != tt.da {
			t.Errorf("%q: Danish\n got %q\nwant %q", tt.args, got, tt.da)
		}
		hint := ""
		if ue.Hint != nil {
			hint = ue.Hint(i18n.Get("en"))
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
		{"none", "---x"},
		// Not {"none", "--all=maybe"}: pflag's cause is Go's
		// 'strconv.ParseBool: parsing "maybe": invalid syntax', which
		// says neither which values work; eis says "use true or false".
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
