// Package iostreams owns the standard streams a command uses, whether they are
// terminals, and whether colour is allowed — so commands never touch os.Std*
// directly and tests can swap in buffers.
//
// Out and ErrOut are the output edge: what is written to them passes
// through a safetext.Writer, so no control character or bidi control from
// a file (a catalogue text, an answers file's notes, a file name) reaches
// the terminal, whichever command prints it; only eis's own colour
// sequences pass, and only when colour is on for that stream.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"
	"github.com/eis-project/eis/internal/safetext"
)

// IOStreams carries stdin, stdout and stderr and what is known about them.
type IOStreams struct {
	In io.Reader
	// Out and ErrOut are stdout and stderr through the output sanitiser
	// (see the package doc).
	Out    io.Writer
	ErrOut io.Writer
	// rawErrOut is stderr itself, for the questionnaire (see Terminal).
	rawErrOut io.Writer
	// rawOut is stdout itself and sanOut the sanitiser wrap put in Out,
	// for SanitisedOut.
	rawOut io.Writer
	sanOut io.Writer

	stdinTTY  bool
	stdoutTTY bool
	stderrTTY bool
	// colorEnv is what the environment says about colour (read once);
	// noColorFlag is --no-color; see Color.
	colorEnv    ColorEnv
	noColorFlag bool
	// colorTest, when set by SetColor, replaces the environment (tests).
	colorTest *bool
	width     int
	// errWidth is stderr's width when it is a terminal: $COLUMNS, else
	// the terminal's (80 when unknown).
	errWidth int
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
		stdinTTY:  isTerminal(os.Stdin.Fd()),
		stdoutTTY: isTerminal(os.Stdout.Fd()),
		stderrTTY: isTerminal(os.Stderr.Fd()),
		colorEnv:  ReadColorEnv(getenv),
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
	s.errWidth = s.width
	switch {
	case s.columns > 0:
		s.errWidth = s.columns
	case s.stderrTTY:
		s.errWidth = 80
		if w := termWidth(os.Stderr.Fd()); w > 0 {
			s.errWidth = w
		}
	}
	s.wrap(os.Stdout, os.Stderr)
	return s
}

// wrap sets Out and ErrOut to out and errOut through the output
// sanitiser: each lets eis's colour through only when colour is on for
// that stream.
func (s *IOStreams) wrap(out, errOut io.Writer) {
	s.Out = safetext.NewWriter(out, s.ColorEnabled)
	s.ErrOut = safetext.NewWriter(errOut, s.StderrColorEnabled)
	s.rawErrOut = errOut
	s.rawOut, s.sanOut = out, s.Out
}

// SanitisedOut is where to write output that has been through the output
// sanitiser already, with Out's colour rule (internal/render's writers
// with render options from these streams): stdout itself, as Out would
// pass such output on unchanged, after scanning every byte of it again
// (7 % of eis plan --format json's instructions). When Out is not the
// sanitiser wrap made (tests set their own), it is Out.
func (s *IOStreams) SanitisedOut() io.Writer {
	if s.rawOut == nil || s.Out != s.sanOut {
		return s.Out
	}
	return s.rawOut
}

// Terminal is stderr without the output sanitiser, for the questionnaire
// alone: a full-screen program that draws with escape sequences of its own.
// What it shows must come from a catalogue that passed the validator (which
// refuses control and bidi characters) and from answers files as
// answers.Read cleans them.
func (s *IOStreams) Terminal() io.Writer {
	if s.rawErrOut == nil {
		return s.ErrOut
	}
	return s.rawErrOut
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
	off := false
	s := &IOStreams{In: in, width: 80, errWidth: 80, colorTest: &off}
	s.wrap(out, errOut)
	return s, in, out, errOut
}

// SetTTY marks stdin, stdout and stderr as terminals or not (for tests).
func (s *IOStreams) SetTTY(in, out, errOut bool) {
	s.stdinTTY, s.stdoutTTY, s.stderrTTY = in, out, errOut
}

// SetWidth sizes output to n columns, as $COLUMNS=n does (for tests).
func (s *IOStreams) SetWidth(n int) { s.width, s.errWidth, s.columns = n, n, n }

// SetColor allows or forbids colour on a terminal, whatever the
// environment says (for tests; --no-color still wins).
func (s *IOStreams) SetColor(on bool) { s.colorTest = &on }

// SetNoColor records --no-color: no colour on any stream.
func (s *IOStreams) SetNoColor(on bool) { s.noColorFlag = on }

// IsStdinTTY reports whether stdin is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether stdout is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether stderr is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// CanPrompt reports whether interactive questions may be asked: both stdin
// and stdout must be terminals.
func (s *IOStreams) CanPrompt() bool { return s.stdinTTY && s.stdoutTTY }

// ColorEnabled reports whether stdout may carry colour, by Color.
func (s *IOStreams) ColorEnabled() bool { return s.color(s.stdoutTTY) }

// StderrColorEnabled reports whether stderr may carry colour, by Color.
func (s *IOStreams) StderrColorEnabled() bool { return s.color(s.stderrTTY) }

// color decides colour for a stream that is a terminal or not.
func (s *IOStreams) color(tty bool) bool {
	if s.colorTest != nil {
		return !s.noColorFlag && *s.colorTest && tty
	}
	return Color(s.noColorFlag, s.colorEnv, tty)
}

// ColorEnv is what the environment says about colour, as ReadColorEnv
// reads it.
type ColorEnv struct {
	// NoColor is $NO_COLOR (https://no-color.org): any value but "" means
	// no colour.
	NoColor string
	// CLIColor is $CLICOLOR (https://bixense.com/clicolors): "0" means no
	// colour.
	CLIColor string
	// CLIColorForce is $CLICOLOR_FORCE: any value but "" or "0" means
	// colour even when the output is not a terminal.
	CLIColorForce string
	// Term is $TERM: "dumb" means no colour.
	Term string
}

// ReadColorEnv reads NO_COLOR, CLICOLOR, CLICOLOR_FORCE and TERM through
// getenv.
func ReadColorEnv(getenv func(string) string) ColorEnv {
	return ColorEnv{NoColor: getenv("NO_COLOR"), CLIColor: getenv("CLICOLOR"), CLIColorForce: getenv("CLICOLOR_FORCE"), Term: getenv("TERM")}
}

// Color is the one rule for colour on an output stream (tty says whether
// it is a terminal); the first that applies decides:
//
//  1. --no-color (noColorFlag; also EIS_NO_COLOR or no-color: in the config
//     file): no colour;
//  2. NO_COLOR set to anything but "": no colour — it wins over
//     CLICOLOR_FORCE, as no-color.org asks ("prevents the addition of ANSI
//     color"), so a user who never wants colour never gets it;
//  3. CLICOLOR_FORCE set, and not "0": colour, even on a pipe or file
//     redirect and with TERM=dumb (bixense.com/clicolors: "no matter what");
//  4. CLICOLOR=0: no colour;
//  5. TERM=dumb: no colour;
//  6. else colour exactly when the stream is a terminal.
//
// A file written with --output never has colour, whatever this says.
func Color(noColorFlag bool, env ColorEnv, tty bool) bool {
	switch {
	case noColorFlag, env.NoColor != "":
		return false
	case env.CLIColorForce != "" && env.CLIColorForce != "0":
		return true
	case env.CLIColor == "0", env.Term == "dumb":
		return false
	}
	return tty
}

// TerminalWidth is stdout's width in columns: $COLUMNS, else the
// terminal's (80 when unknown).
func (s *IOStreams) TerminalWidth() int { return s.width }

// ErrWidth is the width to wrap messages on stderr to (hints such as
// "Resume with: …"): $COLUMNS, else stderr's terminal's, at most 100
// columns as the text output (render.MaxWidth); 0 when stderr is not a
// terminal (a log file: lines as they are).
func (s *IOStreams) ErrWidth() int {
	if !s.stderrTTY {
		return 0
	}
	return min(s.errWidth, 100)
}

// OutputWidth is the width to size stdout's output to: $COLUMNS, else the
// terminal's; 0 when stdout is not a terminal and $COLUMNS is not set (a
// pipe or a file: no width at all).
func (s *IOStreams) OutputWidth() int {
	if s.columns > 0 || s.stdoutTTY {
		return s.width
	}
	return 0
}
