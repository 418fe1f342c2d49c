package safetext

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// CI runners read commands in the lines a job prints, anywhere in a
// line: GitHub's runner the older "##[command]data", the Azure Pipelines
// agent "##vso[area.action properties]data" (its Command.TryParse finds
// the prefix with IndexOf, case-sensitive; read 2026-12-04). A "##vso["
// in a catalogue text, an answers file or a file's name would set a
// pipeline variable (task.setvariable, task.prependpath), upload a file
// or fail the job when eis prints it in an Azure job. TeamCity's agent
// reads service messages, "##teamcity[name …]", in what a build step
// prints (setParameter changes a later step's environment, buildStatus
// the build's result, publishArtifacts ships files); its documentation
// asks for one message per line, so it is broken wherever it stands in a
// line, as the others are: breaking one that no agent would read costs
// nothing. Every writer breaks
// such a command by writing the '[' that completes its prefix as an
// escape: Line and Writer as \x5b, JSONWriter as \u005b (the same JSON
// value). Upper and lower case alike (##VSO[ too), though the agent reads
// only lower case.

// GitHub's runner reads a workflow command ("::add-mask::word",
// "::stop-commands::token", "::warning::text") in a line that starts with
// "::" after white space (actions/runner ActionCommand.TryParseV2: the
// line TrimStart'ed, then StartsWith "::"). A text that comes from a file
// can start a line of eis's output in many ways: a note or a catalogue
// text holding a line break (HTML and CSV keep it, the text format's
// lines of a note), a word that the text format wraps to a new line, a
// name a message starts with. The writers break such a command by writing
// the second ':' of the "::" that starts a line as an escape (see Escapes),
// whatever wrote it; eis's own annotations (eis validate --format github)
// are written with Writer.Command, which alone may start a line with
// "::". The JSON that eis writes has no line that starts with ':' (its
// strings keep line breaks escaped, every line starts with white space
// and then a brace, a bracket, a quote or a value), so JSONWriter has no
// such rule.

// Escapes are how a writer breaks a CI runner's command, written in place
// of the character that completes its prefix: the '[' of "##[" and
// "##vso[" and "##teamcity[", the second ':' of "::" at a line's start. Each format has its
// own, which a reader of that format sees as the character itself.
type Escapes struct {
	Bracket, Colon string
}

var (
	// Plain: the escapes Line writes, for text, CSV and annotations.
	Plain = Escapes{Bracket: `\x5b`, Colon: `\x3a`}
	// Markdown: backslash escapes, which Markdown shows as the character
	// (CommonMark lets any ASCII punctuation be escaped so).
	Markdown = Escapes{Bracket: `\[`, Colon: `\:`}
	// HTML: character references, which a browser shows as the
	// character.
	HTML = Escapes{Bracket: "&#91;", Colon: "&#58;"}
)

// lineState is what a writer knows of the line it is in: nothing but
// white space yet (lineBlank, as at the start of its output), white space
// and then one ':' (lineColon), or something else (lineText), after which
// no command can start until the next line.
type lineState uint8

const (
	lineBlank lineState = iota
	lineColon
	lineText
)

// lineBlankRune reports whether the runner's TrimStart takes r out of a
// line's start: white space (.NET's Char.IsWhiteSpace and Go's
// unicode.IsSpace agree on it), and, to be safe with older runtimes, the
// zero-width characters that some Unicode versions called spaces.
func lineBlankRune(r rune) bool {
	return unicode.IsSpace(r) || r == 0x180E || r == 0x200B || r == 0xFEFF
}

// lineCommands walks b, passed on with st the state of the line before
// it, calls found (when not nil) with the index of each ':' that makes a
// "::" at a line's start, and returns the state after b. b is what a
// Writer passes on: whole runes, and ESC only as the start of a colour
// sequence, which the walk passes over as a runner that strips colours
// before it reads a command would.
func lineCommands(st lineState, b []byte, found func(i int)) lineState {
	for i := 0; i < len(b); {
		if st == lineText {
			j := bytes.IndexByte(b[i:], '\n')
			if j < 0 {
				return lineText
			}
			i += j + 1
			st = lineBlank
			continue
		}
		c := b[i]
		switch {
		case c == '\n':
			st = lineBlank
		case c == ':':
			if st == lineColon && found != nil {
				found(i)
			}
			st++ // blank → colon, colon → text
		case c == 0x1B:
			// A colour sequence (ESC [ digits and ; m), whole.
			j := i + 1
			for j < len(b) && b[j] != 'm' {
				j++
			}
			i = j + 1
			continue
		case st == lineColon:
			st = lineText
		case c < utf8.RuneSelf:
			if c != ' ' && (c < '\t' || c > '\r') {
				st = lineText
			}
		default:
			r, size := utf8.DecodeRune(b[i:])
			if !lineBlankRune(r) {
				st = lineText
			}
			i += size
			continue
		}
		i++
	}
	return st
}

// commandBracket reports whether the '[' at b[i] completes "##[" or
// "##vso[" or "##teamcity[" (in any case), with prev the bytes written
// just before b.
func commandBracket(prev, b []byte, i int) bool {
	return commandBefore(func(k int) byte { // the byte k places before b[i], or 0
		if j := i - k; j >= 0 {
			return b[j]
		} else if j += len(prev); j >= 0 {
			return prev[j]
		}
		return 0
	})
}

// commandBracketIn is commandBracket for the '[' at s[i].
func commandBracketIn(s string, i int) bool {
	return commandBefore(func(k int) byte {
		if j := i - k; j >= 0 {
			return s[j]
		}
		return 0
	})
}

// commandBefore reports whether the bytes before a '[' (at(k) is the
// byte k places before it, 0 before the first) end in "##", "##vso" or
// "##teamcity" (the last two in any case).
func commandBefore(at func(k int) byte) bool {
	if at(1) == '#' && at(2) == '#' {
		return true
	}
	if at(1)|0x20 == 'o' && at(2)|0x20 == 's' && at(3)|0x20 == 'v' && at(4) == '#' && at(5) == '#' {
		return true
	}
	const tc = "teamcity"
	for k := 1; k <= len(tc); k++ {
		if at(k)|0x20 != tc[len(tc)-k] {
			return false
		}
	}
	return at(len(tc)+1) == '#' && at(len(tc)+2) == '#'
}

// hasCommand reports whether b, written after prev, holds a '[' that
// completes a command's prefix (see commandBracket).
func hasCommand(prev, b []byte) bool {
	for i := 0; ; i++ {
		j := bytes.IndexByte(b[i:], '[')
		if j < 0 {
			return false
		}
		if i += j; commandBracket(prev, b, i) {
			return true
		}
	}
}

// commands is what a writer keeps of what it passed on, to break the
// commands in what it passes on next: the tail, the state of the line it
// is in, and the escapes it breaks them with.
type commands struct {
	tail tail
	line lineState
	esc  Escapes
	// own is set while the writer writes a command of eis's own (see
	// Writer.Command): its "::" is left as it is.
	own bool
}

// clean reports whether b holds no command to break; if so, it records
// b as passed on, for the writer to pass it on as it is.
func (c *commands) clean(b []byte) bool {
	if hasCommand(c.tail.bytes(), b) {
		return false
	}
	st, found := c.lines(b, nil)
	if found && !c.own {
		return false
	}
	c.line = st
	c.tail.keep(b)
	return true
}

// lines is lineCommands from the writer's line state over b, found saying
// whether a "::" starts a line in b. Nearly every write holds no "::" at
// all, and then only its last line is walked, for the state after it.
func (c *commands) lines(b []byte, at func(i int)) (st lineState, found bool) {
	if !bytes.Contains(b, []byte("::")) && !(c.line == lineColon && len(b) > 0 && b[0] == ':') {
		if i := bytes.LastIndexByte(b, '\n'); i >= 0 {
			return lineCommands(lineBlank, b[i+1:], nil), false
		}
		return lineCommands(c.line, b, nil), false
	}
	st = lineCommands(c.line, b, func(i int) {
		found = true
		if at != nil {
			at(i)
		}
	})
	return st, found
}

// breakIn returns b with each command in it broken, as it is passed on
// (b itself when it holds none), and records it as passed on.
func (c *commands) breakIn(b []byte) []byte {
	var colons []int // where a line starts with "::", nearly never
	end, _ := c.lines(b, func(i int) {
		if !c.own {
			colons = append(colons, i)
		}
	})
	if len(colons) == 0 && !hasCommand(c.tail.bytes(), b) {
		c.line = end
		c.tail.keep(b)
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for i, ch := range b {
		switch {
		case ch == '[' && commandBracket(c.tail.bytes(), b, i):
			out = append(out, c.esc.Bracket...)
		case ch == ':' && len(colons) > 0 && colons[0] == i:
			colons = colons[1:]
			out = append(out, c.esc.Colon...)
		default:
			out = append(out, ch)
		}
	}
	c.line = end
	c.tail.keep(out)
	return out
}

// breakCommands returns b, written after prev, with each '[' that
// completes a command's prefix written as esc; b itself when it holds
// none.
func breakCommands(prev, b []byte, esc string) []byte {
	if !hasCommand(prev, b) {
		return b
	}
	out := make([]byte, 0, len(b)+8)
	for i, c := range b {
		if c == '[' && commandBracket(prev, b, i) {
			out = append(out, esc...)
			continue
		}
		out = append(out, c)
	}
	return out
}

// BreakCommands returns s with each CI runner's command prefix ("##[",
// "##vso[", "##teamcity[") broken as Line breaks it, '[' written \x5b: for text already
// quoted in another way (Go's %q), whose escapes Line would double.
func BreakCommands(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '[' && commandBracketIn(s, i) {
			b.WriteString(s[last:i])
			b.WriteString(`\x5b`)
			last = i + 1
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// tail is the end of what a writer passed on: as much as a command's
// longest prefix before its '[' ("##teamcity"), in place (no allocation).
type tail struct {
	b [10]byte
	n int
}

// bytes is the tail.
func (t *tail) bytes() []byte { return t.b[:t.n] }

// keep makes the tail that of what was passed on followed by p.
func (t *tail) keep(p []byte) {
	if len(p) >= len(t.b) {
		t.n = copy(t.b[:], p[len(p)-len(t.b):])
		return
	}
	if drop := t.n + len(p) - len(t.b); drop > 0 {
		t.n = copy(t.b[:], t.b[drop:t.n])
	}
	t.n += copy(t.b[t.n:], p)
}
