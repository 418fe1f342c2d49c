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
		{"a colon in a value", "a: b: c\n", SyntaxColon, "", 1, 1},
		{"a key indented deeper", "a:\n  b: 1\n    c: 2\n", SyntaxColon, "", 3, 5},
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
		{"a colon in a flow mapping's value", "t: {en: Export: how to, da: x}\n", SyntaxColon, "", 1, 1},
		{"a colon in a flow list's entry", "t: [a: b: c]\n", SyntaxColon, "", 1, 1},
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
