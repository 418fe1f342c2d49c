package yamlsafe

import "testing"

// TestSyntax: what a syntax problem is, for the config and answers
// loaders to say it in the user's words: its kind, and for a quote or a
// bracket that is not closed, the character that opens it.
func TestSyntax(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, data   string
		kind, opener string
		line, col    int
	}{
		{"a tab", "a: 1\nb:\n\tc: 2\n", SyntaxTab, "", 3, 1},
		{"a colon in a value", "a: b: c\n", SyntaxColon, "", 1, 5},
		{"a key indented deeper", "a:\n  b: 1\n    c: 2\n", SyntaxColon, "", 3, 6},
		{"a key indented less", "a:\n  b: 1\n c: 2\n", SyntaxIndent, "", 3, 2},
		{"a line without a colon", "a: 1\nb\n", SyntaxIndent, "", 2, 1},
		{"a list item after a key", "a: 1\n- x\n", SyntaxIndent, "", 2, 1},
		{"a reserved character", "a: @b\n", SyntaxToken, "", 1, 4},
		{"an unclosed list", "a: [b\n", SyntaxUnclosed, "[", 1, 4},
		{"an unclosed mapping on a later line", "x: 1\na: {b: c,\n  d: e\n", SyntaxUnclosed, "{", 2, 4},
		{"an unclosed double quote", "a: \"b\n", SyntaxUnclosed, `"`, 1, 4},
		{"an unclosed single quote, no line break", "a: 'b", SyntaxUnclosed, "'", 1, 4},
		{"a quote running into a second document", "a: 'b\n---\n", SyntaxUnclosed, "'", 1, 4},
		{"other YAML", "a: ]\n", SyntaxOther, "", 1, 1},
		// Closed brackets with a second ": " in an entry: a colon in a
		// value, not a bracket left open.
		{"a colon in a flow mapping's value", "t: {en: Export: how to, da: x}\n", SyntaxColon, "", 1, 15},
		{"a colon in a flow list's entry", "t: [a: b: c]\n", SyntaxColon, "", 1, 9},
		// On the colon, a character (not a byte) count.
		{"a colon after letters of two bytes", "name: Ærø: øen\n", SyntaxColon, "", 1, 10},
		{"a colon in a block value's second line", "note: Some text\n  that goes on: here\n", SyntaxColon, "", 2, 15},
		// A mapping in braces over two lines, a colon in a value on the
		// second: the brace opens on the line above, and is closed.
		{"a colon on a flow mapping's second line", "name: {en: Far away,\n      da: Langt: væk}\n", SyntaxColon, "", 2, 16},
		{"a colon after a quoted text over two lines", "t: {en: \"Export plan for the\n   region\", da: Eksport: plan}\n", SyntaxColon, "", 2, 24},
		// A brace that is not closed is said so, though a colon further on
		// is where yaml.v3 stops.
		{"an unclosed mapping, then a colon", "a: {b: c\nd: e\nf: g: h\n", SyntaxUnclosed, "{", 1, 4},
		// A quote left open that a later value's quote closes: where it
		// opened, not where yaml.v3 stops.
		{"a double quote closed by a later value's", "sector: \"manufacturing\nx: 1\nmarkets: [\"NO\", DE]\n", SyntaxUnclosed, `"`, 1, 9},
		{"a single quote closed by an apostrophe", "title: 'Export plan\nnote: the firm's goals\n", SyntaxUnclosed, "'", 1, 8},
		{"a quote in braces closed by the next text's", "  title: {en: \"Export plan,\n          da: \"Eksportplan\"}\n", SyntaxUnclosed, `"`, 1, 15},
		{"a quote in braces closed on a later key's line", "x: {en: \"Export plan,\n da: Eksportplan}\nnote: \"x\"\n", SyntaxUnclosed, `"`, 1, 9},
		// The same on one line: the quote that should open the next
		// value closes the one left open.
		{"a quote in braces closed by the next text's on its line", "name: {en: \"the EEA Agreement, da: \"EØS-aftalen\", it: \"x\"}\n", SyntaxUnclosed, `"`, 1, 12},
		{"a quote closed by the next value's on its line", "a: 1\nb: \"x, c: \"y\"\n", SyntaxUnclosed, `"`, 2, 4},
		{"quoted texts with spaces inside", "t: {en: \" a \", da: \"b\" }\nu: \"x \" y\n", SyntaxIndent, "", 2, 1},
		// A text in quotes over two lines, closed where it should be,
		// with something after it: not a quote left open.
		{"a quoted text over two lines, then more", "note: \"this is a long\n  text that wraps\" extra\n", SyntaxIndent, "", 2, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, probs := Parse([]byte(tt.data), Limits{})
			if len(probs) != 1 {
				t.Fatalf("want one problem, got %v", probs)
			}
			p := probs[0]
			kind, opener := Syntax([]byte(tt.data), p)
			if kind != tt.kind || opener != tt.opener || p.Line != tt.line || p.Col != tt.col {
				t.Errorf("got %s %q at %d:%d (%s), want %s %q at %d:%d", kind, opener, p.Line, p.Col, p.Detail, tt.kind, tt.opener, tt.line, tt.col)
			}
		})
	}
	// A problem of another kind, or placed off the data, is no syntax
	// problem and opens nothing.
	for _, p := range []Problem{{Code: CodeUTF8, Line: 1, Col: 1}, {Code: CodeSyntax, Detail: "found unexpected end of stream", Line: 9, Col: 9}, {Code: CodeSyntax, Detail: "found unexpected end of stream", Line: 1, Col: 99}} {
		kind, opener := Syntax([]byte("a: 'b"), p)
		if want := map[bool]string{true: SyntaxOther, false: SyntaxUnclosed}[p.Code != CodeSyntax]; kind != want || opener != "" {
			t.Errorf("%+v: got %s %q, want %s \"\"", p, kind, opener, want)
		}
	}
}
