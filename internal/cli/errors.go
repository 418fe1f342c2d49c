package cli

import (
	"errors"
	"fmt"
)

// Exit codes.
const (
	ExitOK          = 0
	ExitFailure     = 1
	ExitUsage       = 2
	ExitInterrupted = 130
)

// UsageError is bad input on the command line (exit 2); usage is printed.
type UsageError struct{ Err error }

func (e *UsageError) Error() string { return e.Err.Error() }
func (e *UsageError) Unwrap() error { return e.Err }

func usageErrorf(format string, args ...any) error {
	return &UsageError{Err: fmt.Errorf(format, args...)}
}

// ExitError ends the program with Code after printing Err (if not nil).
type ExitError struct {
	Code int
	Err  error
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit %d", e.Code)
	}
	return e.Err.Error()
}
func (e *ExitError) Unwrap() error { return e.Err }

// ErrInterrupted means the user stopped the program (Ctrl-C); progress has
// been saved and a message printed already.
var ErrInterrupted = errors.New("interrupted")

// ErrSilent fails with exit 1 without printing anything more (the command
// has already reported, e.g. validation diagnostics).
var ErrSilent = errors.New("silent failure")

// exitCode maps an error to the process exit code.
func exitCode(err error) int {
	var ue *UsageError
	var ee *ExitError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &ee):
		return ee.Code
	case errors.Is(err, ErrInterrupted):
		return ExitInterrupted
	case errors.As(err, &ue):
		return ExitUsage
	default:
		return ExitFailure
	}
}
