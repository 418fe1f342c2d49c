// Package safetext keeps text that came from a file (a catalogue, an
// answers file, a config file, a file's own name) from steering the
// terminal it is printed on: C0 and C1 control characters (ESC starts
// every terminal escape sequence; BEL, CR and backspace rewrite what is
// shown), DEL, and the Unicode bidirectional controls that reorder what is
// shown (U+202E makes "txt.exe" read "exe.txt").
//
// Output goes through it at the edge: iostreams wraps stdout and stderr in
// a Writer, render wraps every format's writer (so a file written with
// --output is clean too), and i18n says every string argument of a message
// with Line. The catalogue validator uses Unsafe to report such characters
// as errors, so a valid catalogue has none.
package safetext

import (
	"fmt"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Pattern is a regular expression (Go's and ECMAScript's alike) for a
// string with no unsafe rune (see Unsafe), for JSON Schemas: its control
// and bidi characters are written literally, as the schema generator
// escapes them in JSON.
const Pattern = "^[^" + Class + "]*$"

// Class is the inside of a regular expression's bracket that matches the
// unsafe runes (see Pattern).
const Class = "\x00-\x08\x0b-\x1f\x7f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"

// Unsafe reports whether r must not reach a terminal raw: a C0 control
// other than tab and newline, DEL, a C1 control, or a bidi control.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\t' && r != '\n'
	case r == 0x7F || r >= 0x80 && r <= 0x9F:
		return true
	}
	return Bidi(r)
}

// Bidi reports whether r is a Unicode bidirectional formatting character:
// the marks (U+061C, U+200E, U+200F), the embeddings and overrides
// (U+202A–U+202E) and the isolates (U+2066–U+2069).
func Bidi(r rune) bool {
	switch {
	case r == 0x061C || r == 0x200E || r == 0x200F:
		return true
	case r >= 0x202A && r <= 0x202E:
		return true
	case r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// Find returns the byte offset and the first unsafe rune in s, or -1.
func Find(s string) (int, rune) {
	for i := 0; i < len(s); {
		// ASCII, nearly all of any text, needs no decoding.
		if c := s[i]; c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7F {
				return i, rune(c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // a bad byte comes as U+FFFD
		if Unsafe(r) {
			return i, r
		}
		i += size
	}
	return -1, 0
}

// Name says r as U+XXXX, for messages.
func Name(r rune) string { return fmt.Sprintf("U+%04X", r) }

// Clean returns s without its unsafe runes; bytes that are not UTF-8
// become U+FFFD. Tabs and newlines stay: for texts of several lines.
func Clean(s string) string {
	if clean(s, false) {
		return s
	}
	var b strings.Builder
	for _, r := range s { // a bad byte comes as U+FFFD
		if !Unsafe(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Line returns s as one visible line: each unsafe rune, and tab, newline
// and CR too, is written as an escape (\n, \t, \x1b, \u202e), and a byte
// that is not UTF-8 as \xNN, so a file name or a value quoted in a
// message shows what it holds and cannot start a new line (where a tool
// such as GitHub Actions would read a command). The '[' of "##[", of
// "##vso[" and of "##teamcity[" is written \x5b: GitHub's runner still
// reads the older "##[command]data" anywhere in a line (stop-commands
// turns off every annotation after it, add-mask hides words of the log),
// the Azure Pipelines agent "##vso[area.action]data" and TeamCity's agent
// "##teamcity[message …]" (see commands.go), so a
// catalogue key or file name holding one would be a command in eis
// validate's output.
func Line(s string) string {
	if clean(s, true) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80 && Unsafe(r), r == '[' && commandBracketIn(s, i):
			fmt.Fprintf(&b, `\x%02x`, r)
		case Unsafe(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// LineStart returns Line(path), for a path that starts a line of output
// (a diagnostic's "path:line:col: …"), so that a CI runner does not read
// the line as a command: GitHub Actions takes a line that starts, after
// white space, with "::" for a workflow command (Line has broken the
// older "##[" form), so a catalogue file named "::stop-commands::x.yaml"
// would turn off the annotations of every line after it. Such a path is
// written as "./path", which names the same file.
func LineStart(path string) string {
	s := Line(path)
	if strings.HasPrefix(strings.TrimLeftFunc(s, unicode.IsSpace), "::") {
		return "./" + s
	}
	return s
}

// clean reports whether s is valid UTF-8 with no unsafe rune (and, with
// oneLine, no tab or newline or CI command's prefix either): the common
// case, which costs no copy.
func clean(s string, oneLine bool) bool {
	for i := 0; i < len(s); i++ {
		// Printable ASCII, nearly all of any text, eight bytes at a time
		// (a byte at a time, this scan of every text argument was 1 % of
		// eis plan's instructions).
		if i += printable(s[i:], oneLine); i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && (oneLine || c != '\t' && c != '\n') || c == 0x7F {
				return false
			}
			if oneLine && c == '[' && i >= 2 && commandBracketIn(s, i) {
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || Unsafe(r) {
			return false
		}
		i += size - 1
	}
	return true
}

// printable is how many bytes s starts with that are printable ASCII
// (0x20 to 0x7E), and with oneLine not '[' (which may end a CI runner's
// command): eight bytes at a time, then a byte at a time.
func printable(s string, oneLine bool) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		// The high bit of a byte at 0x80 or more (x), below 0x20 (wrapped
		// round to 0xE0 or more) or at 0x7F (carried into 0x80); with
		// oneLine of a '[' too (0 in b wraps round to 0xFF; a byte of b
		// at 0x81 or more is one of x at 0x80 or more). A borrow or carry
		// goes only from a marked byte to those above: the lowest
		// marked is the first that is not printable.
		m := x | (x - 0x20*ones) | (x + ones)
		if oneLine {
			b := x ^ ('[' * ones)
			m |= b - ones
		}
		if m &= highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F || oneLine && c == '[' {
			return i
		}
	}
	return i
}
