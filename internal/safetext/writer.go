package safetext

import (
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// maxSGR bounds the length of a colour sequence a Writer lets through.
const maxSGR = 24

// Writer passes text on without its unsafe runes (see Unsafe), keeping
// tabs and newlines, and with bytes that are not UTF-8 as U+FFFD. When
// its colour function says so, it lets through the colour and weight
// sequences eis writes itself (SGR: ESC [ n;… m with the codes of
// sgrAllowed); any other escape sequence loses its ESC, so it shows as
// harmless text. A rune or sequence split between two writes is held
// until the next one. A CI runner's command (see commands.go) is broken
// by the character that completes its prefix, written as an escape (\x5b
// for the '[' of "##[", "##vso[" and "##teamcity[", \x3a for the second ':' of "::" at a
// line's start, as Line writes them; see Escapes for Markdown and HTML),
// also when the prefix came in an earlier write. The writer's output
// starts a line.
type Writer struct {
	w     io.Writer
	color func() bool
	carry []byte
	buf   []byte
	cmd   commands
}

// NewWriter returns a Writer onto w; color (nil: never) says whether
// colour sequences may pass. It breaks commands with the Plain escapes.
func NewWriter(w io.Writer, color func() bool) *Writer {
	return NewWriterEscaping(w, color, Plain)
}

// NewWriterEscaping is NewWriter for a format whose reader should see a
// broken command's character as itself (esc: Markdown, HTML).
func NewWriterEscaping(w io.Writer, color func() bool, esc Escapes) *Writer {
	return &Writer{w: w, color: color, cmd: commands{esc: esc}}
}

// Command writes line, a GitHub workflow command of eis's own
// ("::error file=…::message", escaped as the toolkit escapes it), and a
// line break: its "::" is left as it is, the only one at a line's start
// that a Writer passes on. Its unsafe runes go as Write drops them, and
// a line that holds a line break is written as Write writes it, its
// commands broken: what follows a line break is not eis's command.
func (s *Writer) Command(line string) error {
	if strings.ContainsAny(line, "\n\r") {
		_, err := s.Write([]byte(line + "\n"))
		return err
	}
	s.cmd.own = true
	_, err := s.Write([]byte(line))
	s.cmd.own = false
	if err == nil {
		_, err = s.Write([]byte{'\n'})
	}
	return err
}

// Write writes p without its unsafe runes. It reports len(p) written when
// the underlying writer took everything it was given.
func (s *Writer) Write(p []byte) (int, error) {
	if len(s.carry) == 0 && passable(p) && s.cmd.clean(p) {
		return passOn(s.w, p)
	}
	data := p
	if len(s.carry) > 0 {
		data = append(s.carry, p...)
		s.carry = nil
	}
	color := s.color != nil && s.color()
	out := grown(s.buf, len(data))
	for i := 0; i < len(data); {
		// A run of safe ASCII (nearly all of any output) is copied at once.
		j := safeRun(data, i)
		out = append(out, data[i:j]...)
		if i = j; i == len(data) {
			break
		}
		c := data[i]
		if c < utf8.RuneSelf {
			if c == 0x1B && color {
				n, more := sgrLen(data[i:])
				if more {
					s.carry = append([]byte(nil), data[i:]...)
					break
				}
				if n > 0 {
					out = append(out, data[i:i+n]...)
					i += n
					continue
				}
			}
			if !Unsafe(rune(c)) {
				out = append(out, c)
			}
			i++
			continue
		}
		if !utf8.FullRune(data[i:]) {
			s.carry = append([]byte(nil), data[i:]...)
			break
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			out = append(out, "\uFFFD"...)
		case !Unsafe(r):
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	s.buf = out[:0]
	// After the unsafe runes are gone: "##\a[" is "##[" to a runner.
	out = s.cmd.breakIn(out)
	if len(out) == 0 {
		return len(p), nil
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// sgrLen is the length of the colour sequence b starts with (ESC [ codes
// m, each code one sgrAllowed), or 0 when it starts with none; more is set
// when b ends before that can be told.
func sgrLen(b []byte) (n int, more bool) {
	if len(b) < 2 {
		return 0, true
	}
	if b[1] != '[' {
		return 0, false
	}
	code := 0
	digits := 0
	for i := 2; i < len(b) && i < maxSGR; i++ {
		switch c := b[i]; {
		case c >= '0' && c <= '9':
			code = code*10 + int(c-'0')
			digits++
			if digits > 3 {
				return 0, false
			}
		case c == ';' || c == 'm':
			if !sgrAllowed(code) {
				return 0, false
			}
			if c == 'm' {
				return i + 1, false
			}
			code, digits = 0, 0
		default:
			return 0, false
		}
	}
	if len(b) < maxSGR {
		return 0, true
	}
	return 0, false
}

// sgrAllowed reports whether an SGR code only colours or weights text:
// reset, bold, faint, italic, underline and their ends, and the
// foreground colours. Conceal (8), reverse (7), blink and backgrounds are
// not let through: they can hide text.
func sgrAllowed(code int) bool {
	switch {
	case code <= 4, code >= 22 && code <= 24:
		return true
	case code >= 30 && code <= 37, code == 39, code >= 90 && code <= 97:
		return true
	}
	return false
}

// JSONWriter passes JSON text on with every unsafe rune (see Unsafe)
// written as a \uXXXX escape: the same JSON value, nothing lost, and
// nothing a terminal acts on. It relies on what encoding/json writes:
// such runes occur only inside strings, and control characters below
// U+0020 are escaped already. The '[' that would complete a CI runner's
// command ("##[", "##vso[", "##teamcity["; see commands.go) is written \u005b: the same
// JSON value again ('#' occurs only inside strings, so such a '[' does
// too), and a job that prints the JSON runs no command.
type JSONWriter struct {
	w     io.Writer
	carry []byte
	buf   []byte
	tail  tail
}

// NewJSONWriter returns a JSONWriter onto w.
func NewJSONWriter(w io.Writer) *JSONWriter { return &JSONWriter{w: w} }

// Beneath returns the writer s writes to, for a JSON writer that escapes
// the unsafe runes itself as s would and writes there directly; ok is
// false when s holds part of a rune it was given, which must come first.
func (s *JSONWriter) Beneath() (w io.Writer, ok bool) {
	return s.w, len(s.carry) == 0
}

// Write writes p with its unsafe runes escaped.
func (s *JSONWriter) Write(p []byte) (int, error) {
	if len(s.carry) == 0 && passable(p) && !hasCommand(s.tail.bytes(), p) {
		s.tail.keep(p)
		return passOn(s.w, p)
	}
	data := p
	if len(s.carry) > 0 {
		data = append(s.carry, p...)
		s.carry = nil
	}
	out := grown(s.buf, len(data))
	for i := 0; i < len(data); {
		// A run of safe ASCII (nearly all of any JSON) is copied at once.
		j := safeRun(data, i)
		out = append(out, data[i:j]...)
		if i = j; i == len(data) {
			break
		}
		if data[i] < utf8.RuneSelf {
			out = fmt.Appendf(out, `\u%04x`, data[i])
			i++
			continue
		}
		if !utf8.FullRune(data[i:]) {
			s.carry = append([]byte(nil), data[i:]...)
			break
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			out = append(out, `\ufffd`...)
		case Unsafe(r):
			out = fmt.Appendf(out, `\u%04x`, r)
		default:
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	s.buf = out[:0]
	out = breakCommands(s.tail.bytes(), out, `\u005b`)
	s.tail.keep(out)
	if len(out) == 0 {
		return len(p), nil
	}
	if _, err := s.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// grown returns buf emptied, with room for about n bytes: a writer's
// output is about its input's size, and appending run by run would grow
// it a quarter at a time (a plan's 70 KB of JSON cost half a megabyte).
func grown(buf []byte, n int) []byte {
	if n += n / 16; cap(buf) < n {
		return make([]byte, 0, n)
	}
	return buf[:0]
}

// safeRun returns the end of the run of safe ASCII that starts at i in
// data: printable ASCII, tab and newline (what Unsafe says of ASCII, a
// byte at a time without a call: the writers scan every byte of an output).
// It looks at eight bytes at once (a plan's JSON passes a sanitiser whole:
// a byte at a time, that scan was 7 % of eis plan --format json's
// instructions); a word with a control character (a newline, say) or a
// byte that is not printable ASCII is looked at byte by byte.
func safeRun(data []byte, i int) int {
	for i < len(data) {
		if i+8 <= len(data) && printableWord(binary.LittleEndian.Uint64(data[i:])) {
			i += 8
			continue
		}
		for end := min(i+8, len(data)); i < end; i++ {
			if c := data[i]; (c < 0x20 || c >= 0x7F) && c != '\t' && c != '\n' {
				return i
			}
		}
	}
	return i
}

// Words of eight bytes, each the same.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// printableWord reports whether each byte of x is printable ASCII (0x20 to
// 0x7E).
func printableWord(x uint64) bool {
	// No byte is 0x80 or more, none is 0x7F (with no byte at 0x80 or
	// more, adding one carries into a high bit only from 0x7F), and none
	// is below 0x20 (subtracting 0x20 borrows into a byte's high bit, the
	// byte's own being clear, only for a byte below 0x20 or after one).
	return x&highs == 0 && (x+ones)&highs == 0 && (x-0x20*ones)&^x&highs == 0
}

// passable reports whether p is whole runes of valid UTF-8 with no unsafe
// one: what the writers pass on as it is (nearly every output), without
// copying it.
func passable(p []byte) bool {
	for i := 0; i < len(p); {
		if i = safeRun(p, i); i == len(p) {
			return true
		}
		if p[i] < utf8.RuneSelf {
			return false
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 || Unsafe(r) {
			// Invalid, cut short at the end, or unsafe.
			return false
		}
		i += size
	}
	return true
}

// passOn writes p to w as a writer does, reporting len(p) written when w
// took it all.
func passOn(w io.Writer, p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if _, err := w.Write(p); err != nil {
		return 0, err
	}
	return len(p), nil
}
