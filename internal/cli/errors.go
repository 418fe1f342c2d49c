package cli

import (
	"errors"
	"fmt"

	"github.com/eis-project/eis/internal/i18n"
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
	// Config marks a mistake in the config file or the environment, not on
	// the command line: Run prints no "Run 'eis … --help'" after it.
	Config bool
	// Flag is the flag (its name, no dashes) whose value is wrong, and
	// Meant the value the user may have meant, for Run to name where the
	// value came from when that was not the command line (see valueError).
	Flag, Meant string
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
