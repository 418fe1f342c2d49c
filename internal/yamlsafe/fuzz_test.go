package yamlsafe

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// FuzzParse: any bytes never panic Parse; every problem is placed inside
// the input with a known code; a node comes back exactly when the only
// problem is a second document; the node returned has no anchors or
// aliases and is no deeper than the limit.
func FuzzParse(f *testing.F) {
	for _, seed := range []string{
		"a: 1\n", "a: 1\nb:\n\tc: 2\n", "a: \"x\u0090\"\n", "a: caf\xe9\n", "a: \x00\n",
		"a: &a [x, x]\nb: [*a, *a]\n", "a: [[[[[[[[]]]]]]]]\n", "a: 1\n---\nb: 2\n", "", "---\n",
		"a: {b: [c\n", "  - x\n - y\n", "\ufeffa: 1\r\nb: 2\r\n", "a: @b\n", "? [a]\n: b\n",
		"\r&0", "a: 1\rb: [\r", "a: !!binary aGk=\n", "a: 1\u2028b: \x01\n",
		"a: \"x\n", "\ufeffa: 'x''y\n", "a: [[x,\n  y], {z: \"w\n", "a: \"x\n---\n",
		"a: b: c\n", "n: {en: x,\n  da: y: z}\n", "s: \"m\nk: [\"NO\", DE]\n", "\ufefft: {en: \"E,\n  da: \"D\"}\n",
		"t: 'E\nn: it's\n", "n: {en: \"E, da: \"D\"}\n", "x: {en: \"E\\\n da: F}\nn: \"x\"\n",
	} {
		f.Add([]byte(seed))
	}
	codes := map[string]bool{CodeSize: true, CodeUTF8: true, CodeNUL: true, CodeControl: true, CodeTab: true,
		CodeSyntax: true, CodeEmpty: true, CodeDocuments: true, CodeAlias: true, CodeDepth: true, CodeTag: true}
	syntaxKinds := map[string]bool{SyntaxTab: true, SyntaxColon: true, SyntaxUnclosed: true, SyntaxIndent: true, SyntaxToken: true, SyntaxOther: true}
	limits := Limits{MaxBytes: 4096, MaxDepth: 8}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, ps := Parse(data, limits)
		// Lines as yaml.v3 counts them (CR, LF, CR LF, NEL, LS, PS), said
		// here independently of LineBreak: the crasher "\r&0" was a
		// position on line 2 of what a count of LF alone took for one line.
		lines := 1
		for i := 0; i < len(data); i++ {
			switch {
			case data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n':
				i++
				lines++
			case data[i] == '\r', data[i] == '\n':
				lines++
			case bytes.HasPrefix(data[i:], []byte("\u0085")), bytes.HasPrefix(data[i:], []byte("\u2028")), bytes.HasPrefix(data[i:], []byte("\u2029")):
				lines++
			}
		}
		fatal := false
		for _, p := range ps {
			if !codes[p.Code] {
				t.Errorf("unknown code in %+v", p)
			}
			if p.Line < 1 || p.Col < 1 || p.Line > lines || p.Col > utf8.RuneCount(data)+1 {
				t.Errorf("problem outside the input (%d lines): %+v", lines, p)
			}
			fatal = fatal || p.Code != CodeDocuments
			// What the loaders say of it: a known kind, and an opener
			// only for a quote or bracket not closed.
			switch kind, opener := Syntax(data, p); {
			case !syntaxKinds[kind]:
				t.Errorf("unknown syntax kind %q of %+v", kind, p)
			case opener != "" && (kind != SyntaxUnclosed || !strings.Contains(`"'[{`, opener)):
				t.Errorf("opener %q for %s of %+v", opener, kind, p)
			}
		}
		if fatal != (n == nil) {
			t.Fatalf("node %v with problems %+v", n != nil, ps)
		}
		if n == nil {
			return
		}
		if a, _ := findAlias(n); a != nil {
			t.Errorf("an anchor or alias at %d:%d got through", a.Line, a.Column)
		}
		if tn := foreignTag(n); tn != nil {
			t.Errorf("tag %s at %d:%d got through", tn.Tag, tn.Line, tn.Column)
		}
		if d := tooDeep(n, limits.MaxDepth); d != nil {
			t.Errorf("a node too deep at %d:%d got through", d.Line, d.Column)
		}
		if n.Kind == yaml.DocumentNode {
			t.Error("the document node was returned, not its top node")
		}
	})
}
