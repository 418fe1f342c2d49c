package yamlsafe

import (
	"strings"
	"unicode/utf8"
)

// What a syntax problem (CodeTab or CodeSyntax) is, in terms a message can
// say in the user's words rather than yaml.v3's English: see Syntax.
const (
	// SyntaxTab: a tab indents the line (YAML indents with spaces).
	SyntaxTab = "tab"
	// SyntaxColon: ": " inside a value, or a key indented deeper than the
	// keys around it (yaml.v3: mapping values are not allowed).
	SyntaxColon = "colon"
	// SyntaxUnclosed: a [, { or quote that is not closed.
	SyntaxUnclosed = "unclosed"
	// SyntaxIndent: a line that does not fit the lines above it: no
	// colon, or indented differently from the keys of its mapping.
	SyntaxIndent = "indent"
	// SyntaxToken: a value starts with a character YAML reserves (@, `).
	SyntaxToken = "token"
	// SyntaxOther: any other syntax error; only yaml.v3's English words
	// (the Problem's Detail) say what it is.
	SyntaxOther = "syntax"
)

// Syntax says what the syntax problem p, found in data, is: one of the
// Syntax* kinds, from yaml.v3's message (those of its scanner and parser,
// go.yaml.in/yaml/v3 v3.0.6). For SyntaxUnclosed, opener is the character
// that opens what is not closed (`"`, "'", "[" or "{") when p is placed on
// it, as Parse places such a problem when it can find it; else "". A
// bracket yaml.v3 says is not closed while Parse placed the problem on a
// colon (an entry of {…} holding a second ": ") is SyntaxColon. Config,
// answers and catalogue files share it, so that all say the same problem
// the same way. A problem of another code is SyntaxOther.
func Syntax(data []byte, p Problem) (kind, opener string) {
	switch p.Code {
	case CodeTab:
		return SyntaxTab, ""
	case CodeSyntax:
	default:
		return SyntaxOther, ""
	}
	kind = syntaxKind(p.Detail)
	if kind == SyntaxUnclosed {
		switch c := charAt(data, p.Line, p.Col); {
		case c == '"' || c == '\'' || c == '[' || c == '{':
			opener = string(c)
		case c == ':' && (p.Detail == msgFlowMapping || p.Detail == msgFlowSequence):
			// Every bracket is closed, and Parse placed the problem on
			// a second ": " in an entry of {…} or […] (en: Export: how
			// to), which ends the entry for yaml.v3: a colon in a value.
			kind = SyntaxColon
		}
	}
	return kind, opener
}

// lineAt is line (1-based, split as yaml.v3 splits lines) of data, or nil.
func lineAt(data []byte, line int) []byte {
	lines := SplitLines(data)
	if line < 1 || line > len(lines) {
		return nil
	}
	return lines[line-1]
}

// SyntaxMessage is the last part of the message ID a loader says the
// syntax problem of kind and opener (Syntax's results) with — "tab",
// "colon", "indent", "token", "unclosed-quote" (its argument the quote),
// "unclosed-list", "unclosed-mapping" or "unclosed" — and "" for
// SyntaxOther, which only yaml.v3's words say. The answers and catalogue
// loaders append it to their own area ("answers.file.", "validate.yaml.").
func SyntaxMessage(kind, opener string) string {
	if kind != SyntaxUnclosed {
		if kind == SyntaxOther {
			return ""
		}
		return kind
	}
	switch opener {
	case `"`, "'":
		return "unclosed-quote"
	case "[":
		return "unclosed-list"
	case "{":
		return "unclosed-mapping"
	}
	return SyntaxUnclosed
}

// syntaxKind is the Syntax* kind of yaml.v3's syntax error msg.
func syntaxKind(msg string) string {
	switch {
	case strings.Contains(msg, "tab character"):
		return SyntaxTab
	case strings.HasPrefix(msg, "mapping values are not allowed"):
		return SyntaxColon
	case strings.HasPrefix(msg, "did not find expected ',' or"), strings.HasPrefix(msg, msgQuoteEOF),
		msg == msgQuoteDocument:
		return SyntaxUnclosed
	case msg == "did not find expected key", msg == "could not find expected ':'", msg == "did not find expected '-' indicator",
		strings.HasPrefix(msg, "block sequence entries are not allowed"):
		return SyntaxIndent
	case msg == "found character that cannot start any token":
		return SyntaxToken
	}
	return SyntaxOther
}

// charAt is the character at line and col (1-based; col counts
// characters, lines are split as yaml.v3 splits them) of data, or 0.
func charAt(data []byte, line, col int) rune {
	text := lineAt(data, line)
	for c := 1; len(text) > 0 && LineBreak(text) == 0; c++ {
		r, size := utf8.DecodeRune(text)
		if c == col {
			return r
		}
		text = text[size:]
	}
	return 0
}
