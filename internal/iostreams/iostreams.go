// Package iostreams owns the standard streams a command uses, whether they are
// terminals, and whether colour is allowed — so commands never touch os.Std*
// directly and tests can swap in buffers.
package iostreams

import (
	"bytes"
	"io"
	"os"

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
}

// System returns the process's streams.
func System() *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  term.IsTerminal(os.Stdin.Fd()),
		stdoutTTY: term.IsTerminal(os.Stdout.Fd()),
		stderrTTY: term.IsTerminal(os.Stderr.Fd()),
		noColor:   os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb",
		width:     80,
	}
	if s.stdoutTTY {
		if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
			s.width = w
		}
	}
	return s
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

// TerminalWidth is stdout's width in columns (80 when unknown).
func (s *IOStreams) TerminalWidth() int { return s.width }
