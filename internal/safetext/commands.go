package safetext

import (
	"bytes"
	"strings"
)

// CI runners read commands in the lines a job prints, anywhere in a
// line: GitHub's runner the older "##[command]data", the Azure Pipelines
// agent "##vso[area.action properties]data" (its Command.TryParse finds
// the prefix with IndexOf, case-sensitive; read 2026-12-04). A "##vso["
// in a catalogue text, an answers file or a file's name would set a
// pipeline variable (task.setvariable, task.prependpath), upload a file
// or fail the job when eis prints it in an Azure job. Every writer breaks
// such a command by writing the '[' that completes its prefix as an
// escape: Line and Writer as \x5b, JSONWriter as \u005b (the same JSON
// value). Upper and lower case alike (##VSO[ too), though the agent reads
// only lower case.

// commandBracket reports whether the '[' at b[i] completes "##[" or
// "##vso[" (in any case), with prev the bytes written just before b.
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
// byte k places before it, 0 before the first) end in "##" or "##vso".
func commandBefore(at func(k int) byte) bool {
	if at(1) == '#' && at(2) == '#' {
		return true
	}
	return at(1)|0x20 == 'o' && at(2)|0x20 == 's' && at(3)|0x20 == 'v' && at(4) == '#' && at(5) == '#'
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
// "##vso[") broken as Line breaks it, '[' written \x5b: for text already
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
// longest prefix before its '[' ("##vso"), in place (no allocation).
type tail struct {
	b [5]byte
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
