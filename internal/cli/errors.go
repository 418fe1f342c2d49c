package cli

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/pflag"
)

// Exit codes.
const (
	ExitOK          = 0
	ExitFailure     = 1
	ExitUsage       = 2
	ExitInterrupted = 130
)

// UsageError is bad input on the command line (exit 2); usage is printed.
type UsageError struct {
	Err error
	// Hint, if set, says in loc what the user probably meant; it is
	// printed on a line of its own after the error.
	Hint func(loc i18n.Locale) string
}

// Error is the message of the wrapped error.
func (e *UsageError) Error() string { return e.Err.Error() }

// Unwrap returns the wrapped error.
func (e *UsageError) Unwrap() error { return e.Err }

// usageErrorf is a UsageError with a formatted message.
func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// ErrInterrupted means the user stopped the program (Ctrl-C); progress has
// been saved and a message printed already.
var ErrInterrupted = errors.New("interrupted")

// ErrSilent fails with exit 1 without printing anything more (the command
// has already reported, e.g. validation diagnostics).
var ErrSilent = errors.New("silent failure")

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	var ue *UsageError
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, ErrInterrupted):
		return ExitInterrupted
	case errors.As(err, &ue):
		return ExitUsage
	default:
		return ExitFailure
	}
}

// localizeError is the message of err in loc. cobra and pflag make some
// errors themselves, in English only; they are recognised — pflag's by their
// types, cobra's by their fixed English forms (cobra v1.10.2: args.go,
// command.go, flag_groups.go) — and said again from i18n messages with the
// same details, whose English is cobra's and pflag's own text. Any other
// error is eis's own, made in the user's language already, and is returned
// as it is.
func localizeError(loc i18n.Locale, err error) string {
	if msg, ok := localizeCobraError(loc, err); ok {
		return msg
	}
	return err.Error()
}

// isCobraError reports whether err is one of cobra's or pflag's own errors
// (recognised as localizeError does): each is a mistake on the command line.
func isCobraError(err error) bool {
	_, ok := localizeCobraError(i18n.English, err)
	return ok
}

// localizeCobraError is err in loc when err is one of cobra's or pflag's
// own errors, and false for any other error.
func localizeCobraError(loc i18n.Locale, err error) (string, bool) {
	var (
		notExist *pflag.NotExistError
		needsVal *pflag.ValueRequiredError
		invalid  *pflag.InvalidValueError
		syntax   *pflag.InvalidSyntaxError
	)
	switch {
	case errors.As(err, &notExist) && strings.HasPrefix(notExist.Error(), "unknown flag: "):
		return loc.T("cli.flag.unknown", notExist.GetSpecifiedName()), true
	case errors.As(err, &notExist) && strings.HasPrefix(notExist.Error(), "unknown shorthand flag: ") && notExist.GetSpecifiedName() != "":
		return loc.T("cli.flag.unknown-shorthand", rune(notExist.GetSpecifiedName()[0]), notExist.GetSpecifiedShortnames()), true
	case errors.As(err, &needsVal) && needsVal.GetSpecifiedShortnames() != "" && needsVal.GetSpecifiedName() != "":
		return loc.T("cli.flag.needs-value-shorthand", rune(needsVal.GetSpecifiedName()[0]), needsVal.GetSpecifiedShortnames()), true
	case errors.As(err, &needsVal):
		return loc.T("cli.flag.needs-value", needsVal.GetSpecifiedName()), true
	case errors.As(err, &invalid) && invalid.GetFlag() != nil:
		fl := invalid.GetFlag()
		name := "--" + fl.Name
		if fl.Shorthand != "" && fl.ShorthandDeprecated == "" {
			name = "-" + fl.Shorthand + ", " + name
		}
		cause := fmt.Sprint(errors.Unwrap(invalid))
		var ne *strconv.NumError
		if fl.Value.Type() == "bool" && errors.As(invalid, &ne) && ne.Func == "ParseBool" {
			cause = loc.T("cli.flag.invalid.bool", ne.Num)
		}
		return loc.T("cli.flag.invalid", invalid.GetValue(), name, cause), true
	case errors.As(err, &syntax):
		return loc.T("cli.flag.syntax", syntax.GetSpecifiedFlag()), true
	}
	msg := err.Error()
	for _, f := range cobraForms {
		m := f.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		args := make([]any, 0, len(m)-1)
		suggestions := ""
		for i, s := range m[1:] {
			switch name := f.re.SubexpNames()[i+1]; name {
			// Only the forms %q and %d write, so that the English says
			// exactly what cobra said.
			case "q":
				u, err := strconv.Unquote(s)
				if err != nil || strconv.Quote(u) != s {
					return "", false
				}
				args = append(args, u)
			case "n":
				n, err := strconv.Atoi(s)
				if err != nil || strconv.Itoa(n) != s {
					return "", false
				}
				args = append(args, n)
			case "s":
				args = append(args, s)
			case "suggest":
				if list := strings.TrimPrefix(s, cobraSuggestions); list != "" {
					// One "\t" before each suggestion.
					suggestions = loc.N("cli.cobra.suggestions", strings.Count(list, "\t")) + list
				}
			}
		}
		return loc.T(f.key, args...) + suggestions, true
	}
	return "", false
}

// cobraSuggestions is how cobra (findSuggestions) starts its list of
// commands with a similar name.
const cobraSuggestions = "\n\nDid you mean this?\n"

// cobraForms are cobra's own error messages as patterns, each with the key
// of the message that says it in every language. Groups are named by what
// they hold: q a Go-quoted string, n a number, s text, suggest cobra's list
// of similar names (kept, under a localised heading).
var cobraForms = func() []struct {
	re  *regexp.Regexp
	key string
} {
	const (
		q       = `(?P<q>"(?:[^"\\]|\\.)*")`
		n       = `(?P<n>\d+)`
		s       = `(?P<s>.*)`
		suggest = `(?P<suggest>\n\nDid you mean this\?\n(?:\t[^\n]*\n)+)?`
	)
	forms := []struct{ pattern, key string }{
		{`unknown command ` + q + ` for ` + q + suggest, "cli.cobra.unknown-command"},
		{`invalid argument ` + q + ` for ` + q + suggest, "cli.cobra.invalid-arg"},
		{`accepts ` + n + ` arg\(s\), received ` + n, "cli.cobra.args.exact"},
		{`accepts at most ` + n + ` arg\(s\), received ` + n, "cli.cobra.args.max"},
		{`requires at least ` + n + ` arg\(s\), only received ` + n, "cli.cobra.args.min"},
		{`accepts between ` + n + ` and ` + n + ` arg\(s\), received ` + n, "cli.cobra.args.range"},
		{`required flag\(s\) "` + s + `" not set`, "cli.cobra.required-flags"},
		{`if any flags in the group \[` + s + `\] are set they must all be set; missing \[` + s + `\]`, "cli.cobra.group.all"},
		{`at least one of the flags in the group \[` + s + `\] is required`, "cli.cobra.group.one"},
		{`if any flags in the group \[` + s + `\] are set none of the others can be; \[` + s + `\] were all set`, "cli.cobra.group.exclusive"},
	}
	out := make([]struct {
		re  *regexp.Regexp
		key string
	}, len(forms))
	for i, f := range forms {
		out[i].re = regexp.MustCompile(`\A` + f.pattern + `\z`)
		out[i].key = f.key
	}
	return out
}()
