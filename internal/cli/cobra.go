package cli

// Command-line mistakes, said in the user's language. cobra and pflag make
// their errors in English only; eis makes these itself instead, through
// cobra's public hooks, so no error text of theirs is ever parsed:
//
//   - flags: root's flag error function turns pflag's typed errors (read by
//     their getters) into cmdErrors, and adds did-you-mean to an unknown
//     flag;
//   - positional arguments: eis's own Args validators (noArgs, exactArgs,
//     maxArgs) in place of cobra's, with did-you-mean for an unknown
//     subcommand;
//   - an unknown command of a command that only shows help (the root,
//     completion): cobra shows such a command's help without checking its
//     arguments, so Run checks them first (checkCommand);
//   - 'eis help nosuch': the help command checks its topic the same way.
//
// The English of each message is cobra's or pflag's own wording (the keys
// cli.cobra.* and cli.flag.*), so English output reads as before.

import (
	"errors"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// cmdError is a mistake on the command line, said in a language at output.
type cmdError struct {
	key  string
	args []any
	// commands the user may have meant, listed after the message.
	commands []string
}

// Error is the message in English.
func (e *cmdError) Error() string { return e.Localize(i18n.English) }

// Localize is the message in loc (and so are arguments that can say
// themselves).
func (e *cmdError) Localize(loc i18n.Locale) string {
	args := make([]any, len(e.args))
	for i, a := range e.args {
		if l, ok := a.(localizer); ok {
			a = l.Localize(loc)
		}
		args[i] = a
	}
	msg := loc.T(e.key, args...)
	if len(e.commands) == 0 {
		return msg
	}
	var b strings.Builder
	b.WriteString(msg)
	b.WriteString(loc.N("cli.cobra.suggestions", len(e.commands)))
	for _, c := range e.commands {
		b.WriteString("\t" + c + "\n")
	}
	return b.String()
}

// localizer is an error that can say itself in a language.
type localizer interface {
	error
	Localize(loc i18n.Locale) string
}

// localizeError is the message of err in loc: a cmdError (or any error
// that can say itself) in loc, any other error as it is — eis's own
// errors are made in the user's language already.
func localizeError(loc i18n.Locale, err error) string {
	var l localizer
	if errors.As(err, &l) {
		return l.Localize(loc)
	}
	return err.Error()
}

// didYouMean is a UsageError hint naming what the user may have meant
// (e.g. "--region dk-central"), or nil when there is nothing to name.
func didYouMean(meant string) func(i18n.Locale) string {
	if meant == "" {
		return nil
	}
	return func(loc i18n.Locale) string { return loc.T("cli.did-you-mean", meant) }
}

// valueError is the usage error for value, given to flag but not one of
// choices: msg says so, and a hint names the choice it may have meant.
func valueError(flag, value string, choices []string, msg string) error {
	ue := &UsageError{Err: errors.New(msg), Flag: strings.TrimLeft(flag, "-")}
	if near := suggest.For(value, choices, 1); len(near) > 0 {
		ue.Meant = near[0]
		ue.Hint = didYouMean(flag + " " + near[0])
	}
	return ue
}

// flagError is root's flag error function: it makes pflag's error a usage
// error eis can say in any language, with did-you-mean for an unknown flag.
func flagError(c *cobra.Command, err error) error {
	var (
		notExist *pflag.NotExistError
		needsVal *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
		e        *cmdError
		hint     func(i18n.Locale) string
	)
	switch {
	case errors.As(err, &notExist) && notExist.GetSpecifiedShortnames() != "":
		e = &cmdError{key: "cli.flag.unknown-shorthand", args: []any{firstRune(notExist.GetSpecifiedName()), notExist.GetSpecifiedShortnames()}}
	case errors.As(err, &notExist):
		name := notExist.GetSpecifiedName()
		e = &cmdError{key: "cli.flag.unknown", args: []any{name}}
		if near := suggest.For(name, flagNames(c), 1); len(near) > 0 {
			hint = didYouMean("--" + near[0])
		}
	case errors.As(err, &needsVal) && needsVal.GetSpecifiedShortnames() != "":
		e = &cmdError{key: "cli.flag.needs-value-shorthand", args: []any{firstRune(needsVal.GetSpecifiedName()), needsVal.GetSpecifiedShortnames()}}
	case errors.As(err, &needsVal):
		e = &cmdError{key: "cli.flag.needs-value", args: []any{needsVal.GetSpecifiedName()}}
	case errors.As(err, &invalid) && invalid.GetFlag() != nil:
		fl := invalid.GetFlag()
		name := "--" + fl.Name
		if fl.Shorthand != "" && fl.ShorthandDeprecated == "" {
			name = "-" + fl.Shorthand + ", " + name
		}
		var cause any = errors.Unwrap(invalid)
		var ne *strconv.NumError
		if fl.Value.Type() == "bool" && errors.As(invalid, &ne) && ne.Func == "ParseBool" {
			cause = &cmdError{key: "cli.flag.invalid.bool"}
		}
		e = &cmdError{key: "cli.flag.invalid", args: []any{invalid.GetValue(), name, cause}}
	case errors.As(err, &syntax):
		e = &cmdError{key: "cli.flag.syntax", args: []any{syntax.GetSpecifiedFlag()}}
	default:
		return &UsageError{Err: err}
	}
	return &UsageError{Err: e, Hint: hint}
}

// firstRune is s's first rune (pflag names an unknown shorthand by it).
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// flagNames lists the flags c takes (its own and inherited), by long name;
// hidden and deprecated flags are left out.
func flagNames(c *cobra.Command) []string {
	var names []string
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden && f.Deprecated == "" {
			names = append(names, f.Name)
		}
	})
	c.InheritedFlags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden && f.Deprecated == "" {
			names = append(names, f.Name)
		}
	})
	return names
}

// Positional-argument checks, in place of cobra's (which say themselves in
// English only).

// noArgs takes no arguments: a word given names no command of cmd (with
// did-you-mean when cmd has subcommands).
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return &cmdError{key: "cli.cobra.unknown-command", args: []any{args[0], cmd.CommandPath()}, commands: commandsNear(cmd, args[0])}
}

// exactArgs takes exactly n arguments.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return &cmdError{key: "cli.cobra.args.exact", args: []any{n, len(args)}}
		}
		return nil
	}
}

// maxArgs takes at most n arguments.
func maxArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return &cmdError{key: "cli.cobra.args.max", args: []any{n, len(args)}}
		}
		return nil
	}
}

// commandsNear lists the subcommands of cmd that word may have meant: by
// spelling, or a command whose SuggestFor names word (or a misspelling of
// it) — 'eis report' is plan's work.
func commandsNear(cmd *cobra.Command, word string) []string {
	var names []string
	meant := map[string]string{} // a SuggestFor word → its command
	for _, c := range cmd.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			names = append(names, c.Name())
			names = append(names, c.Aliases...)
			for _, s := range c.SuggestFor {
				meant[s] = c.Name()
				names = append(names, s)
			}
		}
	}
	var out []string
	if c, ok := meant[strings.ToLower(word)]; ok {
		// suggest never offers the word itself.
		out = append(out, c)
	}
	for _, n := range suggest.For(word, names, 3) {
		if c, ok := meant[n]; ok {
			n = c
		}
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	return out
}

// checkCommand checks the command args name, when cobra would not: a
// command that is not runnable (the root, completion) shows its help for
// any arguments, so 'eis pln' would print the help and succeed. Its Args
// check runs here instead, on its positional arguments; the error, if any,
// comes with the command it is about.
func checkCommand(root *cobra.Command, args []string) (*cobra.Command, error) {
	if len(args) > 0 && (args[0] == cobra.ShellCompRequestCmd || args[0] == cobra.ShellCompNoDescRequestCmd) {
		// Shell completion: cobra adds its hidden command when it
		// executes, and completes whatever words follow.
		return nil, nil
	}
	cmd, rest, err := root.Find(args)
	if err != nil {
		// Only a command without an Args check fails in Find; eis gives
		// every command one (TestEveryCommandChecksArgs).
		return cmd, &UsageError{Err: err}
	}
	if cmd.Runnable() || cmd.Args == nil {
		return nil, nil
	}
	// Parse the flags on a copy, so that the words left are the positional
	// arguments; the real parse happens when the command runs.
	fs := pflag.NewFlagSet(cmd.Name(), pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.AddFlagSet(cmd.Flags())
	fs.AddFlagSet(cmd.InheritedFlags())
	if err := fs.Parse(rest); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return nil, nil
		}
		return cmd, flagError(cmd, err)
	}
	if err := cmd.Args(cmd, fs.Args()); err != nil {
		return cmd, err
	}
	return nil, nil
}

// helpTopic checks the command 'eis help args' is about: a word after a
// command with subcommands must name one of them.
func helpTopic(root *cobra.Command, args []string) error {
	cmd, rest, err := root.Find(args)
	if err != nil {
		return &UsageError{Err: err}
	}
	if len(rest) > 0 && cmd.HasSubCommands() {
		return &UsageError{Err: noArgs(cmd, rest)}
	}
	return nil
}
