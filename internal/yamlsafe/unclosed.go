package yamlsafe

import (
	"bytes"
	"iter"
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
	if scanner {
		if col := openQuote(lines[0]); col > 0 {
			return Problem{Line: line, Col: col, Code: CodeSyntax, Detail: msg}, true
		}
		return Problem{}, false
	}
	n, col, what := scanFlow(lines, open)
	switch what {
	case 0:
		return Problem{}, false
	case '"', '\'':
		// A quote that a later one closes (see runaway): said as the
		// quote not closed that it is, as yaml.v3 says it of the file
		// cut before the later quote.
		msg = msgQuoteEOF
	}
	return Problem{Line: line + n, Col: col, Code: CodeSyntax, Detail: msg}, true
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
	for i, end := range quotedValues(text) {
		if end < 0 {
			return column(text, i)
		}
	}
	return 0
}

// quotedValues yields, in order, the start of each quoted value on the
// line text (a quote where a value starts) and the index just past its
// closing quote, or -1 when it does not close on the line — the last
// yielded then. A comment ends the line.
func quotedValues(text []byte) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 0; i < len(text); i++ {
			switch c := text[i]; {
			case c == '#' && comment(text, i):
				return
			case (c == '"' || c == '\'') && startsValue(text, i):
				end := skipQuoted(text, i)
				if !yield(i, end) || end < 0 {
					return
				}
				i = end - 1
			}
		}
	}
}

// bracket is a '[' or '{' that scanFlow has seen open, at col on the
// first line (0: on a later one).
type bracket struct {
	c   byte
	col int
}

// scanFlow says where the flow collection yaml.v3 could not finish goes
// wrong, reading lines from the first, where it opened (yaml.v3's context
// line): quoted values (over several lines too) and comments are passed
// over, and closing brackets of collections opened before that line are
// not counted. In the order it looks:
//   - a quote, inside a collection opened on the first line, that a later
//     line's quote closes where it looks like one that opens a value
//     (runaway): the line (an index into lines) and column of that quote,
//     and the quote;
//   - a bracket open on the first line that no later bracket closes: its
//     column and open (the innermost such '[' or '{'; open is the one
//     yaml.v3 names);
//   - else a second ": " in one entry of a collection opened on the first
//     line ({en: Far: away, da: …}), where yaml.v3 stops: the line and
//     column of that colon, and ':';
//   - else nothing (what is 0).
//
// A quote that no quote closes ends the scan with what is known so far.
func scanFlow(lines [][]byte, open byte) (line, col int, what byte) {
	var stack []bracket
	colonLine, colonCol, colons := 0, 0, 0
	for n := 0; n < len(lines); n++ {
		text := lines[n]
	scan:
		for i := 0; i < len(text); i++ {
			// Inside a collection that opened on the first line.
			inside := len(stack) > 0 && stack[0].col > 0
			switch c := text[i]; {
			case c == '#' && comment(text, i):
				break scan
			case (c == '"' || c == '\'') && startsValue(text, i):
				m, j, ok := endQuote(lines, n, i)
				if !ok {
					n = len(lines)
					break scan
				}
				if inside && colonCol == 0 && (m > n && runaway(lines, n, i, m, j) || m == n && reopens(text, j)) {
					return n, column(text, i), c
				}
				n, text, i = m, lines[m], j
			case c == '[' || c == '{':
				col := 0
				if n == 0 && startsValue(text, i) {
					col = column(text, i)
				} else if len(stack) == 0 {
					continue
				}
				stack = append(stack, bracket{c, col})
				colons = 0
			case c == ']' || c == '}':
				if len(stack) > 0 {
					stack = stack[:len(stack)-1]
				}
				colons = 0
			case c == ',':
				colons = 0
			case c == ':' && len(stack) > 0 && (i+1 == len(text) || blankOrBreak(text[i+1])):
				colons++
				if colons == 2 && inside && colonCol == 0 {
					colonLine, colonCol = n, column(text, i)
				}
			}
		}
	}
	if col := innermost(stack, open); col > 0 {
		return 0, col, open
	}
	if colonCol > 0 {
		return colonLine, colonCol, ':'
	}
	return 0, 0, 0
}

// blankOrBreak reports whether c is a space, a tab or starts a line break
// a plain text cannot hold (CR, LF).
func blankOrBreak(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// endQuote finds the quote that closes the quoted value opening at
// lines[n][i], on that line or a later one: its line and index, ok false
// when none does. Escapes are those of skipQuoted.
func endQuote(lines [][]byte, n, i int) (m, j int, ok bool) {
	q := lines[n][i]
	j = i + 1
	for m = n; m < len(lines); m, j = m+1, 0 {
		text := lines[m]
		for ; j < len(text); j++ {
			switch c := text[j]; {
			case q == '"' && c == '\\':
				j++
			case c == q && q == '\'' && j+1 < len(text) && text[j+1] == '\'':
				j++
			case c == q:
				return m, j, true
			}
		}
	}
	return 0, 0, false
}

// runaway reports whether the quoted value opening at lines[n][i] and
// closed at lines[m][j] (m > n) is a quote left open that a later
// value's opening quote closes — `sector: "manufacturing` with
// `markets: ["NO", DE]` below — rather than a text over several lines:
// the closing quote stands where a value starts (after a space, a [, a {
// or a comma), or a line it runs over looks like a key or a list item
// (key:, - ) no deeper than the line it opens on.
func runaway(lines [][]byte, n, i, m, j int) bool {
	if startsValue(lines[m], j) {
		return true
	}
	indent := indentOf(lines[n])
	for k := n + 1; k <= m; k++ {
		text := lines[k]
		if k == m {
			text = text[:j]
		}
		if structural(text) && indentOf(text) <= indent {
			return true
		}
	}
	return false
}

// reopens reports whether the quote at text[j], which closes a quoted
// value, rather opens one: it stands where a value starts, and a text
// follows it straight away — {en: "the EEA Agreement, da: "EØS-aftalen"}
// lost the quote after Agreement, and the quote before EØS closes the
// English instead.
func reopens(text []byte, j int) bool {
	if !startsValue(text, j) || j+1 >= len(text) {
		return false
	}
	switch text[j+1] {
	case ' ', '\t', '\r', '\n', ',', ']', '}', ':', '#', '"', '\'':
		return false
	}
	return true
}

// sameLineQuote is the column of a quote on the line text whose value a
// quote that reopens (see reopens) closes on the same line, or 0.
func sameLineQuote(text []byte) int {
	for i, end := range quotedValues(text) {
		if end >= 0 && reopens(text, end-1) {
			return column(text, i)
		}
	}
	return 0
}

// indentOf is how many spaces start text.
func indentOf(text []byte) int { return len(text) - len(bytes.TrimLeft(text, " ")) }

// structural reports whether text looks like a line of YAML's own: a key
// (a ": " or a colon at its end) or a list item ("- ").
func structural(text []byte) bool {
	t := bytes.TrimRight(bytes.TrimLeft(text, " \t"), " \t\r\n")
	return bytes.HasPrefix(t, []byte("- ")) || string(t) == "-" || bytes.Contains(t, []byte(": ")) || bytes.HasSuffix(t, []byte(":"))
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
