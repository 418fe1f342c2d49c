package iostreams

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestSystem fakes the environment and the terminal: COLUMNS decides the
// width even when stdout is not a terminal, NO_COLOR and TERM=dumb turn
// colour off, and only a terminal on stdin and stdout may be prompted.
func TestSystem(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		env        map[string]string
		tty        bool // stdin, stdout and stderr
		termWidth  int
		width      int // TerminalWidth
		output     int // OutputWidth
		color      bool
		canPrompt  bool
		stdoutTerm bool
	}{
		{name: "a pipe", width: 80, output: 0},
		{name: "a pipe with COLUMNS", env: map[string]string{"COLUMNS": "120"}, width: 120, output: 120},
		{name: "a terminal", tty: true, termWidth: 100, width: 100, output: 100, color: true, canPrompt: true, stdoutTerm: true},
		{name: "COLUMNS beats the terminal", env: map[string]string{"COLUMNS": " 60 "}, tty: true, termWidth: 100, width: 60, output: 60, color: true, canPrompt: true, stdoutTerm: true},
		{name: "a bad COLUMNS is ignored", env: map[string]string{"COLUMNS": "wide"}, tty: true, termWidth: 100, width: 100, output: 100, color: true, canPrompt: true, stdoutTerm: true},
		{name: "COLUMNS=0 is ignored", env: map[string]string{"COLUMNS": "0"}, width: 80, output: 0},
		{name: "a negative COLUMNS is ignored", env: map[string]string{"COLUMNS": "-5"}, width: 80, output: 0},
		{name: "a terminal of unknown size", tty: true, termWidth: 0, width: 80, output: 80, color: true, canPrompt: true, stdoutTerm: true},
		{name: "NO_COLOR", env: map[string]string{"NO_COLOR": "1"}, tty: true, termWidth: 90, width: 90, output: 90, canPrompt: true, stdoutTerm: true},
		{name: "TERM=dumb", env: map[string]string{"TERM": "dumb"}, tty: true, termWidth: 90, width: 90, output: 90, canPrompt: true, stdoutTerm: true},
		{name: "colour never goes to a pipe", env: map[string]string{"TERM": "xterm-256color"}, width: 80},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := system(func(k string) string { return tt.env[k] },
				func(uintptr) bool { return tt.tty },
				func(uintptr) int { return tt.termWidth })
			if got := s.TerminalWidth(); got != tt.width {
				t.Errorf("TerminalWidth() = %d, want %d", got, tt.width)
			}
			if got := s.OutputWidth(); got != tt.output {
				t.Errorf("OutputWidth() = %d, want %d", got, tt.output)
			}
			if got := s.ColorEnabled(); got != tt.color {
				t.Errorf("ColorEnabled() = %v, want %v", got, tt.color)
			}
			if got := s.CanPrompt(); got != tt.canPrompt {
				t.Errorf("CanPrompt() = %v, want %v", got, tt.canPrompt)
			}
			if got := s.IsStdoutTTY(); got != tt.stdoutTerm {
				t.Errorf("IsStdoutTTY() = %v, want %v", got, tt.stdoutTerm)
			}
		})
	}
}

// TestCanPrompt needs both stdin and stdout to be terminals; stderr does
// not matter.
func TestCanPrompt(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in, out, errOut, want bool
	}{
		{true, true, true, true},
		{true, true, false, true},
		{false, true, true, false},
		{true, false, true, false},
		{false, false, false, false},
	} {
		s, _, _, _ := Test()
		s.SetTTY(tt.in, tt.out, tt.errOut)
		if got := s.CanPrompt(); got != tt.want {
			t.Errorf("SetTTY(%v, %v, %v): CanPrompt() = %v, want %v", tt.in, tt.out, tt.errOut, got, tt.want)
		}
	}
}

// TestSetWidth acts as COLUMNS does: the width holds for a pipe too.
func TestSetWidth(t *testing.T) {
	t.Parallel()
	s, _, _, _ := Test()
	if got := s.OutputWidth(); got != 0 {
		t.Errorf("test streams to a pipe: OutputWidth() = %d, want 0", got)
	}
	s.SetWidth(120)
	if s.OutputWidth() != 120 || s.TerminalWidth() != 120 {
		t.Errorf("after SetWidth(120): OutputWidth %d, TerminalWidth %d", s.OutputWidth(), s.TerminalWidth())
	}
}

// TestColor is the one colour rule as a table: --no-color, NO_COLOR,
// CLICOLOR_FORCE, CLICOLOR, TERM=dumb, then the terminal, first match wins.
func TestColor(t *testing.T) {
	t.Parallel()
	type env = ColorEnv
	tests := []struct {
		name string
		flag bool
		env  env
		tty  bool
		want bool
	}{
		{name: "a terminal", tty: true, want: true},
		{name: "a pipe", tty: false, want: false},
		{name: "--no-color on a terminal", flag: true, tty: true, want: false},
		{name: "--no-color beats CLICOLOR_FORCE", flag: true, env: env{CLIColorForce: "1"}, tty: true, want: false},
		{name: "NO_COLOR on a terminal", env: env{NoColor: "1"}, tty: true, want: false},
		{name: "NO_COLOR with any value", env: env{NoColor: "0"}, tty: true, want: false},
		{name: "NO_COLOR empty is unset", env: env{NoColor: ""}, tty: true, want: true},
		{name: "NO_COLOR beats CLICOLOR_FORCE", env: env{NoColor: "1", CLIColorForce: "1"}, tty: false, want: false},
		{name: "CLICOLOR_FORCE colours a pipe", env: env{CLIColorForce: "1"}, tty: false, want: true},
		{name: "CLICOLOR_FORCE beats CLICOLOR=0", env: env{CLIColorForce: "1", CLIColor: "0"}, tty: false, want: true},
		{name: "CLICOLOR_FORCE beats TERM=dumb", env: env{CLIColorForce: "yes", Term: "dumb"}, tty: true, want: true},
		{name: "CLICOLOR_FORCE=0 is unset", env: env{CLIColorForce: "0"}, tty: false, want: false},
		{name: "CLICOLOR=0 on a terminal", env: env{CLIColor: "0"}, tty: true, want: false},
		{name: "CLICOLOR=1 on a pipe", env: env{CLIColor: "1"}, tty: false, want: false},
		{name: "CLICOLOR=1 on a terminal", env: env{CLIColor: "1"}, tty: true, want: true},
		{name: "TERM=dumb", env: env{Term: "dumb"}, tty: true, want: false},
		{name: "TERM=xterm on a pipe", env: env{Term: "xterm-256color"}, tty: false, want: false},
	}
	for _, tt := range tests {
		if got := Color(tt.flag, tt.env, tt.tty); got != tt.want {
			t.Errorf("%s: Color(%v, %+v, tty %v) = %v, want %v", tt.name, tt.flag, tt.env, tt.tty, got, tt.want)
		}
	}
}

// TestStreamsColor: System's streams read the environment once and decide
// stdout and stderr apart; SetNoColor (--no-color) turns both off.
func TestStreamsColor(t *testing.T) {
	t.Parallel()
	env := map[string]string{"CLICOLOR_FORCE": "1"}
	s := system(func(k string) string { return env[k] }, func(fd uintptr) bool { return false }, func(uintptr) int { return 0 })
	if !s.ColorEnabled() || !s.StderrColorEnabled() {
		t.Errorf("CLICOLOR_FORCE=1 on pipes: stdout %v, stderr %v, want colour on both", s.ColorEnabled(), s.StderrColorEnabled())
	}
	s.SetNoColor(true)
	if s.ColorEnabled() || s.StderrColorEnabled() {
		t.Error("--no-color: colour still on")
	}
	ts, _, _, _ := Test()
	ts.SetTTY(false, true, false)
	if ts.ColorEnabled() {
		t.Error("test streams: colour on before SetColor(true)")
	}
	ts.SetColor(true)
	if !ts.ColorEnabled() || ts.StderrColorEnabled() {
		t.Errorf("SetColor(true), stdout a terminal, stderr not: stdout %v, stderr %v", ts.ColorEnabled(), ts.StderrColorEnabled())
	}
	ts.SetNoColor(true)
	if ts.ColorEnabled() {
		t.Error("SetColor(true) then --no-color: colour still on")
	}
}

// TestOutputIsSanitised: what a command writes to Out or ErrOut loses its
// escape sequences and bidi controls; colour passes only when it may.
func TestOutputIsSanitised(t *testing.T) {
	t.Parallel()
	s, _, out, errOut := Test()
	const in = "title\x1b]52;c;SGVsbG8=\a \x1b[1mbold\x1b[0m \u202eevil\n"
	s.Out.Write([]byte(in))
	s.ErrOut.Write([]byte(in))
	const want = "title]52;c;SGVsbG8= [1mbold[0m evil\n"
	if out.String() != want || errOut.String() != want {
		t.Errorf("Out = %q, ErrOut = %q, want %q", out.String(), errOut.String(), want)
	}
	s.SetTTY(true, true, true)
	s.SetColor(true)
	out.Reset()
	s.Out.Write([]byte(in))
	if want := "title]52;c;SGVsbG8= \x1b[1mbold\x1b[0m evil\n"; out.String() != want {
		t.Errorf("with colour, Out = %q, want %q", out.String(), want)
	}
	errOut.Reset()
	s.Terminal().Write([]byte("\x1b[2J"))
	if errOut.String() != "\x1b[2J" {
		t.Errorf("Terminal() = %q: the questionnaire's own drawing must pass", errOut.String())
	}
}

// TestSanitisedOut: stdout itself under the sanitiser wrap puts in Out,
// Out itself once something else is put there.
func TestSanitisedOut(t *testing.T) {
	s, _, out, _ := Test()
	if s.SanitisedOut() != io.Writer(out) {
		t.Errorf("SanitisedOut() = %T, want stdout itself", s.SanitisedOut())
	}
	var other strings.Builder
	s.Out = &other
	if s.SanitisedOut() != io.Writer(&other) {
		t.Errorf("SanitisedOut() = %T, want Out", s.SanitisedOut())
	}
}

// TestErrWidth: messages on stderr wrap to stderr's terminal — also when
// stdout is a pipe (eis assess > plan.txt) — at most 100 columns, and not
// at all when stderr is no terminal (a log).
func TestErrWidth(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name           string
		columns        string
		outTTY, errTTY bool
		outW, errW     int
		want           int
	}{
		{name: "stderr a terminal, stdout a pipe", errTTY: true, errW: 70, want: 70},
		{name: "stdout a terminal, stderr a log", outTTY: true, outW: 70, want: 0},
		{name: "both terminals, wide", outTTY: true, errTTY: true, outW: 150, errW: 150, want: 100},
		{name: "COLUMNS decides", columns: "50", errTTY: true, errW: 70, want: 50},
		{name: "a terminal of unknown size", errTTY: true, want: 80},
	} {
		s := system(func(k string) string {
			if k == "COLUMNS" {
				return tt.columns
			}
			return ""
		}, func(fd uintptr) bool {
			return fd == os.Stdout.Fd() && tt.outTTY || fd == os.Stderr.Fd() && tt.errTTY
		}, func(fd uintptr) int {
			if fd == os.Stderr.Fd() {
				return tt.errW
			}
			return tt.outW
		})
		if got := s.ErrWidth(); got != tt.want {
			t.Errorf("%s: ErrWidth() = %d, want %d", tt.name, got, tt.want)
		}
	}
}
