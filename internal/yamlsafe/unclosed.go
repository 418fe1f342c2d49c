package yamlsafe

import (
	"bytes"
	"unicode/utf8"
)

// yaml.v3's messages for a quote or a bracket that is not closed. A quoted
// scalar that runs to the end of the file (or into a "---") is a scanner
// error, a flow collection that does not end a parser error; both name the
// line where the construct opened (the context), which is where the
// mistake is, but with no column, and not at all when it opened on the
// first line (yaml.v3 counts that line 0 and then names the line where it
// gave up: the file's end).
const (
	msgQuoteEOF      = "found unexpected end of stream"
	msgQuoteDocument = "found unexpected document indicator"
	msgFlowSequence  = "did not find expected ',' or ']'"
	msgFlowMapping   = "did not find expected ',' or '}'"
)

// unclosed places a syntax error with message msg that says a quote or a
// bracket is not closed on the character that opened it: the quote, the
// '[' or the '{'. ok is false for another message, or when the opening
// character cannot be found (a position is then left to locate).
func unclosed(data []byte, msg string) (p Problem, ok bool) {
	var open byte
	scanner := false
	switch msg {
	case msgQuoteEOF, msgQuoteDocument:
		scanner = true
	case msgFlowSequence:
		open = '['
	case msgFlowMapping:
		open = '{'
	default:
		return Problem{}, false
	}
	// yaml.v3's line of the context, with a blank line put first so that
	// it is never the line yaml.v3 counts as 0 (after a byte order mark,
	// which only the first bytes may be).
	bom := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		bom = 3
	}
	shifted := make([]byte, 0, len(data)+1)
	shifted = append(append(append(shifted, data[:bom]...), '\n'), data[bom:]...)
	err := syntaxErr(shifted)
	if err == nil {
		return Problem{}, false
	}
	line, m := splitErr(err)
	if m != msg {
		return Problem{}, false
	}
	if scanner {
		// A scanner error's line is counted from 1, a parser error's from
		// 0 (see yaml.v3's parser.fail); the blank line adds one.
		line--
	}
	lines := SplitLines(data)
	if line < 1 || line > len(lines) {
		return Problem{}, false
	}
	lines = lines[line-1:]
	if line == 1 && bom > 0 {
		// Columns count the line's characters, not the mark.
		lines[0] = lines[0][bom:]
	}
	var col int
	if scanner {
		col = openQuote(lines[0])
	} else {
		col = openBracket(lines, open)
	}
	if col == 0 {
		return Problem{}, false
	}
	return Problem{Line: line, Col: col, Code: CodeSyntax, Detail: msg}, true
}

// startsValue reports whether the byte before i in text lets a quote or a
// bracket at i start a value: the line's start, white space, or a flow
// indicator ("key:"x" and "it's" are plain text).
func startsValue(text []byte, i int) bool {
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case ' ', '\t', '[', '{', ',':
		return true
	}
	return false
}

// column is the column (1-based, in characters) of byte i of text.
func column(text []byte, i int) int { return utf8.RuneCount(text[:i]) + 1 }

// skipQuoted returns the index just past the quoted scalar that opens at
// text[i] ('"' or '\”), or -1 when it does not close in text. In double
// quotes a backslash escapes the next character; in single quotes ” is a
// quote.
func skipQuoted(text []byte, i int) int {
	q := text[i]
	for j := i + 1; j < len(text); j++ {
		switch c := text[j]; {
		case q == '"' && c == '\\':
			j++
		case c == q && q == '\'' && j+1 < len(text) && text[j+1] == '\'':
			j++
		case c == q:
			return j + 1
		}
	}
	return -1
}

// comment reports whether a '#' at text[i] starts a comment.
func comment(text []byte, i int) bool {
	return i == 0 || text[i-1] == ' ' || text[i-1] == '\t'
}

// openQuote is the column of the quote that opens a value on the line text
// and does not close on it, or 0: the quoted scalar yaml.v3 says runs to
// the end of the file starts on this line, and every value quoted before
// it on the line closes there.
func openQuote(text []byte) int {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '#' && comment(text, i):
			return 0
		case (c == '"' || c == '\'') && startsValue(text, i):
			end := skipQuoted(text, i)
			if end < 0 {
				return column(text, i)
			}
			i = end - 1
		}
	}
	return 0
}

// bracket is a '[' or '{' that openBracket has seen open, at col on the
// first line (0: on a later one).
type bracket struct {
	c   byte
	col int
}

// openBracket is the column of the bracket open ('[' or '{') on the first
// of lines that no later bracket closes, or 0: the flow collection yaml.v3
// names opened on that line. The innermost such bracket (the list or
// mapping yaml.v3 was reading) is taken; quoted values and comments are
// passed over, and closing brackets of collections opened before the line
// are not counted.
func openBracket(lines [][]byte, open byte) int {
	var stack []bracket
	for n, text := range lines {
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c == '#' && comment(text, i):
				i = len(text)
			case (c == '"' || c == '\'') && startsValue(text, i):
				end := skipQuoted(text, i)
				if end < 0 {
					// A quoted value over several lines: where it ends
					// would take a parse to know; keep what is known.
					return innermost(stack, open)
				}
				i = end - 1
			case (c == '[' || c == '{') && n == 0 && startsValue(text, i):
				stack = append(stack, bracket{c, column(text, i)})
			case (c == '[' || c == '{') && len(stack) > 0:
				stack = append(stack, bracket{c, 0})
			case (c == ']' || c == '}') && len(stack) > 0:
				stack = stack[:len(stack)-1]
			}
		}
	}
	return innermost(stack, open)
}

// innermost is the column of the last bracket open in stack that opened
// on the first line, or 0.
func innermost(stack []bracket, open byte) int {
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i].c == open && stack[i].col > 0 {
			return stack[i].col
		}
	}
	return 0
}
