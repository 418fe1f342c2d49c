package yamlsafe

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

var testLimits = Limits{MaxBytes: 1 << 20, MaxDepth: 64}

// TestParseProblems: every kind of problem is reported once, with its code
// and the line and column where it is (columns in characters).
func TestParseProblems(t *testing.T) {
	t.Parallel()
	// 3 anchors and 27 aliases, 729 values when expanded.
	bomb := "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
	tests := []struct {
		name   string
		limits Limits
		in     string
		want   []Problem
	}{
		{"a tab indents line 4", testLimits, "a: 1\nb:\n  c: 1\n\td: 2\n",
			[]Problem{{Line: 4, Col: 1, Code: CodeTab, Detail: "found a tab character that violates indentation"}}},
		{"a tab after spaces on line 4", testLimits, "a: 1\nb:\n  c: 1\n  \td: 2\n",
			[]Problem{{Line: 4, Col: 3, Code: CodeTab, Detail: "found a tab character that violates indentation"}}},
		{"a tab on line 102", testLimits, strings.Repeat("# comment\n", 99) + "a: 1\nb:\n\tc: 1\n",
			[]Problem{{Line: 102, Col: 1, Code: CodeTab, Detail: "found character that cannot start any token"}}},
		{"U+0090 on line 4", testLimits, "a: 1\nb: 2\nc: 3\nd: \"x\u0090\"\n",
			[]Problem{{Line: 4, Col: 6, Code: CodeControl, Detail: "U+0090"}}},
		{"U+0090 after multi-byte characters", testLimits, "a: 1\nb: 2\nc: 3\nd: \"Køge\u0090\"\n",
			[]Problem{{Line: 4, Col: 9, Code: CodeControl, Detail: "U+0090"}}},
		{"DEL", testLimits, "a: \x7f\n", []Problem{{Line: 1, Col: 4, Code: CodeControl, Detail: "U+007F"}}},
		// Lines as yaml.v3 counts them: CR alone, CR LF, LS and NEL are
		// breaks too, so the encoding scan, the syntax search and the
		// parser's own positions agree (issue 13 item 9).
		{"DEL in a file with CR line ends", testLimits, "a: 1\rb: 2\rc: \x7f\r", []Problem{{Line: 3, Col: 4, Code: CodeControl, Detail: "U+007F"}}},
		{"DEL after CR LF, LS and NEL", testLimits, "a: 1\r\nb: 2\u2028c: 3\u0085d: \x7f\n", []Problem{{Line: 4, Col: 4, Code: CodeControl, Detail: "U+007F"}}},
		{"an anchor after a lone CR", testLimits, "\r&0", []Problem{{Line: 2, Col: 1, Code: CodeAlias, N: 1}}},
		{"a syntax error in a file with CR line ends", testLimits, "a: 1\rb:\r  c: 1\r d: 2\r",
			[]Problem{{Line: 4, Col: 2, Code: CodeSyntax, Detail: "did not find expected key"}}},
		{"!!binary", testLimits, "a: 1\nb: !!binary aGk=\n", []Problem{{Line: 2, Col: 4, Code: CodeTag, Detail: "!!binary"}}},
		{"!!python/object", testLimits, "a:\n  - !!python/object:os.system [x]\n", []Problem{{Line: 2, Col: 5, Code: CodeTag, Detail: "!!python/object:os.system"}}},
		{"a local tag", testLimits, "a: !x y\n", []Problem{{Line: 1, Col: 4, Code: CodeTag, Detail: "!x"}}},
		{"!!set", testLimits, "a: !!set {x}\n", []Problem{{Line: 1, Col: 4, Code: CodeTag, Detail: "!!set"}}},
		{"core tags said explicitly", testLimits, "a: !!str 12\nb: !!float 1\nc: !!map {}\n", nil},
		{"U+FFFE", testLimits, "a: 1\nb: \ufffe\n", []Problem{{Line: 2, Col: 4, Code: CodeControl, Detail: "U+FFFE"}}},
		{"invalid UTF-8 byte", testLimits, "a: 1\nb: caf\xe9\n",
			[]Problem{{Line: 2, Col: 7, Code: CodeUTF8, Detail: "0xE9"}}},
		{"invalid UTF-8 after an arrow", testLimits, "a: 1\nb: → \xff\n",
			[]Problem{{Line: 2, Col: 6, Code: CodeUTF8, Detail: "0xFF"}}},
		{"a UTF-16 surrogate", testLimits, "a: \xed\xa0\x80\n",
			[]Problem{{Line: 1, Col: 4, Code: CodeUTF8, Detail: "0xED"}}},
		{"NUL", testLimits, "a: 1\n\x00\n", []Problem{{Line: 2, Col: 1, Code: CodeNUL, Detail: "U+0000"}}},
		{"a key indented less", testLimits, "a: 1\nb:\n  c: 1\n d: 2\n",
			[]Problem{{Line: 4, Col: 2, Code: CodeSyntax, Detail: "did not find expected key"}}},
		{"an unclosed quote", testLimits, "version: 1\npractices:\n  - id: broken\n    title: {en: \"unclosed\n",
			[]Problem{{Line: 4, Col: 17, Code: CodeSyntax, Detail: "found unexpected end of stream"}}},
		{"an unclosed bracket", testLimits, "a: 1\nb: {c: [d\n",
			[]Problem{{Line: 2, Col: 8, Code: CodeSyntax, Detail: "did not find expected ',' or ']'"}}},
		{"a reserved character", testLimits, "a: 1\nb: @x\n",
			[]Problem{{Line: 2, Col: 4, Code: CodeSyntax, Detail: "found character that cannot start any token"}}},
		{"a syntax error in the second document", testLimits, "a: 1\n---\nb: [\n",
			[]Problem{{Line: 3, Col: 1, Code: CodeSyntax, Detail: "did not find expected node content"}}},
		{"alias bomb", testLimits, bomb, []Problem{{Line: 1, Col: 4, Code: CodeAlias, N: 30}}},
		{"a lone anchor", testLimits, "a: 1\nb: &x 2\n", []Problem{{Line: 2, Col: 4, Code: CodeAlias, N: 1}}},
		{"deep nesting", testLimits, "a:\n  " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "\n",
			[]Problem{{Line: 2, Col: 66, Code: CodeDepth, N: 64}}},
		{"nesting past yaml.v3's own bound", testLimits, "a: 1\nb: " + strings.Repeat("[", 10001) + "\n",
			[]Problem{{Line: 2, Col: 1, Code: CodeSyntax, Detail: "exceeded max depth of 10000"}}},
		{"nesting at the limit", Limits{MaxDepth: 3}, "a: [x]\n", nil},
		{"nesting one past the limit", Limits{MaxDepth: 3}, "a: [[x]]\n",
			[]Problem{{Line: 1, Col: 6, Code: CodeDepth, N: 3}}},
		{"no depth limit", Limits{}, "a: " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n", nil},
		{"two documents", testLimits, "a: 1\nb: 2\n---\nc: 3\n",
			[]Problem{{Line: 3, Col: 1, Code: CodeDocuments}}},
		{"two documents and an alias", testLimits, "a: &x 1\n---\nc: 3\n",
			[]Problem{{Line: 2, Col: 1, Code: CodeDocuments}, {Line: 1, Col: 4, Code: CodeAlias, N: 1}}},
		{"empty input", testLimits, "", []Problem{{Line: 1, Col: 1, Code: CodeEmpty}}},
		{"only comments", testLimits, "# nothing\n\n", []Problem{{Line: 1, Col: 1, Code: CodeEmpty}}},
		{"too large", Limits{MaxBytes: 4}, "a: 12\n", []Problem{{Line: 1, Col: 1, Code: CodeSize, Detail: "6", N: 4}}},
		{"at the size limit", Limits{MaxBytes: 5}, "a: 1\n", nil},
		{"clean", testLimits, "a: 1\nb: [x, y]\nc: {d: \"Køge\tæøå 😀\"}\r\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			n, got := Parse([]byte(tt.in), tt.limits)
			if !equal(got, tt.want) {
				t.Errorf("problems\ngot  %+v\nwant %+v", got, tt.want)
			}
			fatal := false
			for _, p := range got {
				fatal = fatal || p.Code != CodeDocuments
			}
			if fatal != (n == nil) {
				t.Errorf("node %v with problems %+v", n, got)
			}
		})
	}
}

func equal(a, b []Problem) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestParseNode: the node returned is the document's top node, with
// yaml.v3's positions, also when a second document follows.
func TestParseNode(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"# head\na: 1\nb: [x]\n", "# head\na: 1\nb: [x]\n---\nc: 2\n"} {
		n, _ := Parse([]byte(in), testLimits)
		if n == nil || n.Kind != yaml.MappingNode || len(n.Content) != 4 {
			t.Fatalf("%q: got %+v", in, n)
		}
		if k := n.Content[2]; k.Value != "b" || k.Line != 3 || k.Column != 1 {
			t.Errorf("%q: key b at %d:%d (%q), want 3:1", in, k.Line, k.Column, k.Value)
		}
	}
}

// TestPrintableAcceptsWhatYAMLAccepts: characters the scan lets through
// are ones yaml.v3 parses, so the scan never refuses input yaml.v3 would
// read (tab, CR, NEL, BOM inside a value, emoji, no-break space).
func TestPrintableAcceptsWhatYAMLAccepts(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"a\tb", "a\u0085b", "a\ufeffb", "😀", "æøå", "a\u00a0b", "\ue000\ufffd"} {
		body := "k: \"" + s + "\"\r\n"
		if p, bad := scanEncoding([]byte(body)); bad {
			t.Errorf("%q refused: %+v", s, p)
		}
		if err := syntaxErr([]byte(body)); err != nil {
			t.Errorf("%q: yaml.v3 refuses it too: %v", s, err)
		}
	}
}

// TestRefusedYAMLRefusesToo: every character the scan refuses is one
// yaml.v3 refuses as well (so the scan only places errors, it adds none).
func TestRefusedYAMLRefusesToo(t *testing.T) {
	t.Parallel()
	for _, r := range []rune{0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x80, 0x84, 0x86, 0x90, 0x9F, 0xFFFE, 0xFFFF} {
		body := "k: \"a" + string(r) + "b\"\n"
		if _, bad := scanEncoding([]byte(body)); !bad {
			t.Errorf("U+%04X let through", r)
		}
		if err := syntaxErr([]byte(body)); err == nil {
			t.Errorf("U+%04X: yaml.v3 accepts it, so the scan should too", r)
		}
	}
}

// BenchmarkParseLargeSyntaxError: a 1 MiB input whose error yaml.v3
// places far from where it is must not take long to report.
func BenchmarkParseLargeSyntaxError(b *testing.B) {
	body := []byte("version: 1\nnotes:\n  general: \"" + strings.Repeat("a long note line\n  ", 60000) + "\n")
	if _, ps := Parse(body, Limits{}); len(ps) != 1 || ps[0].Code != CodeSyntax {
		b.Fatalf("want one syntax error, got %+v", ps)
	}
	for b.Loop() {
		Parse(body, Limits{})
	}
}

// scanEncodingBytes is scanEncoding a byte at a time, as it was before it
// took eight bytes at once.
func scanEncodingBytes(data []byte) (Problem, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		if c := data[i]; c >= 0x20 && c < 0x7F {
			col++
			i++
			continue
		} else if c == '\n' {
			line, col = line+1, 1
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return Problem{Line: line, Col: col, Code: CodeUTF8, Detail: fmt.Sprintf("0x%02X", data[i])}, true
		case r == 0:
			return Problem{Line: line, Col: col, Code: CodeNUL, Detail: "U+0000"}, true
		case !printable(r):
			return Problem{Line: line, Col: col, Code: CodeControl, Detail: fmt.Sprintf("U+%04X", r)}, true
		}
		if n := LineBreak(data[i:]); n > 0 {
			line, col = line+1, 1
			i += n
			continue
		}
		col++
		i += size
	}
	return Problem{}, false
}

// TestScanEncodingWords: scanEncoding, eight bytes at a time, finds what
// it finds a byte at a time — every byte value, and characters of two to
// four bytes and line breaks, at every place of inputs of every length
// around a word's, after lines and characters that move the column.
func TestScanEncodingWords(t *testing.T) {
	t.Parallel()
	var pieces []string
	for b := range 256 {
		pieces = append(pieces, string([]byte{byte(b)}))
	}
	pieces = append(pieces, "é", "€", "🎉", "\u2028", "\u0085", "\r\n", "\xe2\x82", "\xef\xbf\xbe", "\ufeff")
	for _, prefix := range []string{"", "a\nb", "ø\u2029x", "\r"} {
		for n := 1; n <= 18; n++ {
			for at := 0; at < n; at++ {
				for _, p := range pieces {
					data := []byte(prefix + strings.Repeat("x", at) + p + strings.Repeat("y", n-at))
					gp, gok := scanEncoding(data)
					wp, wok := scanEncodingBytes(data)
					if gp != wp || gok != wok {
						t.Fatalf("scanEncoding(%q) = %v %v, a byte at a time %v %v", data, gp, gok, wp, wok)
					}
				}
			}
		}
	}
}

// TestUnclosedWhereItOpens: a quote or a bracket that is not closed is
// placed on the character that opened it, as yaml.v3 names its line (its
// context) but no column, and for the first line not even the line (the
// file's end instead); a case it cannot tell keeps the line where yaml.v3
// gave up.
func TestUnclosedWhereItOpens(t *testing.T) {
	t.Parallel()
	const (
		eos = "found unexpected end of stream"
		seq = "did not find expected ',' or ']'"
		mp  = "did not find expected ',' or '}'"
	)
	for _, tt := range []struct {
		name, in  string
		line, col int
		detail    string
	}{
		{"double quote, first line", "lang: \"en\nno-color: true\n", 1, 7, eos},
		{"single quote, first line, no line break at the end", "lang: 'en", 1, 7, eos},
		{"after a value that closes", "a: 1\nb: [\"x\", 'it''s', \"a\\\"b\", \"c\n", 2, 27, eos},
		{"a quoted key", "a: 1\n\"b: 2\nc: 3\n", 2, 1, eos},
		{"after an apostrophe in plain text", "a: 1\nb: {c: it's, d: 'x\n", 2, 17, eos},
		{"after a comment", "a: 1 # \"not this\nb: \"this\n", 2, 4, eos},
		{"after multi-byte characters", "a: 1\nb: {æ: \"ø\", c: \"å\n", 2, 16, eos},
		{"CR LF line ends", "a: 1\r\nb: 'x\r\nc: 3\r\n", 2, 4, eos},
		{"CR line ends", "a: 1\rb: 'x\rc: 3\r", 2, 4, eos},
		{"a byte order mark", "\xef\xbb\xbfa: \"x\n", 1, 4, eos},
		{"into a document marker", "a: \"x\n---\nb: 1\n", 1, 4, "found unexpected document indicator"},
		{"in a second document", "a: 1\n---\nb: \"x\n", 3, 4, eos},
		{"list, first line", "lang: [da\n", 1, 7, seq},
		{"mapping, first line", "plan: {format: json\n", 1, 7, mp},
		{"the inner one that is not closed", "a: [[x, y],\n  [z]\n", 1, 4, seq},
		{"the outer one, the inner closed on a later line", "a: [[x,\n  y], z\n", 1, 4, seq},
		{"a mapping in a list", "version: 1\nregions: [{id: x,\n  name: {en: A}\n", 2, 11, mp},
		{"brackets in quotes and comments", "a: [\"]\", '[', x # ]\n", 1, 4, seq},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, got := Parse([]byte(tt.in), testLimits)
			want := []Problem{{Line: tt.line, Col: tt.col, Code: CodeSyntax, Detail: tt.detail}}
			if !equal(got, want) {
				t.Errorf("%q:\ngot  %+v\nwant %+v", tt.in, got, want)
			}
		})
	}
}
