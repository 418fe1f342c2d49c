// Package iostreams owns the standard streams a command uses, whether they are
// terminals, and whether colour is allowed — so commands never touch os.Std*
// directly and tests can swap in buffers.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"
)

// IOStreams carries stdin, stdout and stderr and what is known about them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY  bool
	stdoutTTY bool
	stderrTTY bool
	noColor   bool
	width     int
	// columns is $COLUMNS (or SetWidth), 0 when not set: it decides the
	// width even when stdout is not a terminal.
	columns int
}

// System returns the process's streams.
func System() *IOStreams {
	return system(os.Getenv, term.IsTerminal, func(fd uintptr) int {
		w, _, err := term.GetSize(fd)
		if err != nil {
			return 0
		}
		return w
	})
}

// system is System with the environment and the terminal queries given, so
// tests can fake them.
func system(getenv func(string) string, isTerminal func(uintptr) bool, termWidth func(uintptr) int) *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin.Fd()),
		stdoutTTY: isTerminal(os.Stdout.Fd()),
		stderrTTY: isTerminal(os.Stderr.Fd()),
		noColor:   getenv("NO_COLOR") != "" || getenv("TERM") == "dumb",
		width:     80,
		columns:   envColumns(getenv("COLUMNS")),
	}
	switch {
	case s.columns > 0:
		s.width = s.columns
	case s.stdoutTTY:
		if w := termWidth(os.Stdout.Fd()); w > 0 {
			s.width = w
		}
	}
	return s
}

// envColumns reads $COLUMNS: a positive number of columns, else 0.
func envColumns(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

// Test returns streams backed by buffers: stdin, stdout, stderr.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut, width: 80, noColor: true}, in, out, errOut
}

// SetTTY marks stdin, stdout and stderr as terminals or not (for tests).
func (s *IOStreams) SetTTY(in, out, errOut bool) {
	s.stdinTTY, s.stdoutTTY, s.stderrTTY = in, out, errOut
}

// SetWidth sizes output to n columns, as $COLUMNS=n does (for tests).
func (s *IOStreams) SetWidth(n int) { s.width, s.columns = n, n }

// SetColor allows or forbids colour (for tests).
func (s *IOStreams) SetColor(on bool) { s.noColor = !on }

// IsStdinTTY reports whether stdin is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether stdout is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether stderr is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// CanPrompt reports whether interactive questions may be asked: both stdin
// and stdout must be terminals.
func (s *IOStreams) CanPrompt() bool { return s.stdinTTY && s.stdoutTTY }

// ColorEnabled reports whether stdout may carry colour: a terminal, and no NO_COLOR.
func (s *IOStreams) ColorEnabled() bool { return s.stdoutTTY && !s.noColor }

// TerminalWidth is stdout's width in columns: $COLUMNS, else the
// terminal's (80 when unknown).
func (s *IOStreams) TerminalWidth() int { return s.width }

// OutputWidth is the width to size stdout's output to: $COLUMNS, else the
// terminal's; 0 when stdout is not a terminal and $COLUMNS is not set (a
// pipe or a file: no width at all).
func (s *IOStreams) OutputWidth() int {
	if s.columns > 0 || s.stdoutTTY {
		return s.width
	}
	return 0
}
