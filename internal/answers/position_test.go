package answers

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestYAMLErrorPositions: syntax and encoding errors are reported at the
// line and column where they are, not where yaml.v3 says (the line before,
// the mapping above, or 1:1).
func TestYAMLErrorPositions(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	// 100 comment lines, then answers: the tab is on line 102.
	long := strings.Repeat("# a comment line\n", 99) + "version: 1\nanswers:\n\tq1: \"yes\"\n"
	tests := []struct {
		name, body string
		want       string
	}{
		{"a tab indents line 102", long,
			"a.yaml:102:1: error: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces [yaml]"},
		{"a tab after spaces", "version: 1\nanswers:\n  q1: \"yes\"\n  \tq2: [a]\n",
			"a.yaml:4:3: error: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces [yaml]"},
		{"a tab in a file with CRLF line ends", "version: 1\r\nanswers:\r\n  q1: \"yes\"\r\n\tq2: [a]\r\n",
			"a.yaml:4:1: error: a tab indents this line"},
		{"a key indented less than the one above", "version: 1\nanswers:\n  q1: \"yes\"\n q2: [a]\n",
			"a.yaml:4:2: error: this line does not fit the lines above it; write each line as key: value, and indent the keys of a section (such as those under answers:) by the same number of spaces [yaml]"},
		{"a key indented more than the one above", "version: 1\nanswers:\n  q1: \"yes\"\n    q2: [a]\n",
			"a.yaml:4:5: error: this line does not fit the lines above it; write each line as key: value, and indent the keys of a section (such as those under answers:) by the same number of spaces [yaml]"},
		{"a list item under a key at the wrong depth", "version: 1\nanswers:\n  q2:\n  - a\n - b\n",
			"a.yaml:5:2: error: this line does not fit the lines above it; write each line as key: value, and indent the keys of a section (such as those under answers:) by the same number of spaces [yaml]"},
		{"an unclosed bracket", "version: 1\nanswers: {q2: [a\n",
			"a.yaml:2:15: error: this [ opens a list that is not closed; end the list with ] [yaml]"},
		{"a reserved character starting a value", "version: 1\nanswers:\n  q1: @yes\n",
			"a.yaml:3:7: error: a value starts with a character YAML reserves (such as @ or `); put the value in quotes [yaml]"},
		{"invalid UTF-8 in a note", "version: 1\nnotes:\n  general: caf\xe9 meeting\n",
			"a.yaml:3:15: error: the file is not valid UTF-8 (byte 0xE9 here); save it as UTF-8 [encoding]"},
		{"invalid UTF-8 after multi-byte characters", "version: 1\nnotes:\n  general: Køge → \xff\n",
			"a.yaml:3:19: error: the file is not valid UTF-8 (byte 0xFF here); save it as UTF-8 [encoding]"},
		{"a NUL byte", "version: 1\nanswers:\n  q1: ye\x00s\n",
			"a.yaml:3:9: error: control character U+0000 is not allowed in YAML; remove it [encoding]"},
		{"a C1 control character", "version: 1\nnotes: {general: \"a\u0090b\"}\n",
			"a.yaml:2:20: error: control character U+0090 is not allowed in YAML; remove it [encoding]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, ds, err := Read(strings.NewReader(tt.body), "a.yaml", cat)
			if err != nil {
				t.Fatal(err)
			}
			if f != nil || len(ds) != 1 {
				t.Fatalf("want one error and no file, got %v", ds)
			}
			if got := i18n.English.Diagnostic(ds[0]); !strings.HasPrefix(got, tt.want) {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestYAMLSyntaxSaid: a YAML syntax error in an answers file is said in
// the user's language with what to do (the kinds the config loader also
// knows, through yamlsafe.Syntax), not in yaml.v3's English words; only
// an error of no known kind keeps them.
func TestYAMLSyntaxSaid(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		name, body string
		key        string
		args       []any
		da         string // the whole Danish line, when given
	}{
		{"a colon and a space in a value", "version: 1\nrespondent:\n  company: Acme: the firm\n", "answers.file.colon", nil,
			"a.yaml:3:16: fejl: et kolon og et mellemrum inde i en værdi, eller en nøgle rykket længere ind end nøglerne over den; sæt sådan en værdi (et firmanavn, en note) i anførselstegn, eller ryk nøglen ind som de andre [yaml]"},
		// On the colon a mapping in braces over two lines cannot hold,
		// not "a [, { or quote that is not closed" at the line's start.
		{"a colon and a space in a value on a mapping's second line", "version: 1\nrespondent: {company: Acme Ltd,\n  advisor: Jane Doe: Growth Hub}\n", "answers.file.colon", nil,
			"a.yaml:3:20: fejl: et kolon og et mellemrum inde i en værdi, eller en nøgle rykket længere ind end nøglerne over den; sæt sådan en værdi (et firmanavn, en note) i anførselstegn, eller ryk nøglen ind som de andre [yaml]"},
		{"a line without a colon", "version: 1\ncomplete\n", "answers.file.indent", nil,
			"a.yaml:2:1: fejl: linjen passer ikke til linjerne over den; skriv hver linje som nøgle: værdi, og ryk nøglerne i en sektion (fx dem under answers:) lige langt ind med mellemrum [yaml]"},
		{"a reserved character", "version: 1\nanswers:\n  q1: `yes`\n", "answers.file.token", nil, ""},
		{"an unclosed list", "version: 1\nanswers:\n  q2: [a\n  q1: \"yes\"\n", "answers.file.unclosed-list", nil,
			"a.yaml:3:7: fejl: denne [ indleder en liste, der ikke er lukket; afslut listen med ] [yaml]"},
		{"an unclosed mapping", "version: 1\nrespondent: {company: Acme\n", "answers.file.unclosed-mapping", nil, ""},
		{"an unclosed double quote", "version: 1\nanswers:\n  q1: \"yes\n", "answers.file.unclosed-quote", []any{`"`},
			`a.yaml:3:7: fejl: dette " indleder en værdi, der ikke er lukket; afslut værdien med " [yaml]`},
		// A quote left open that the first quote of target-markets
		// closes: on the quote left open, not "this line does not fit"
		// two lines below.
		{"an unclosed double quote that a later value's quote closes", "version: 1\nrespondent:\n  company: \"Acme Ltd\nanswers:\n  target-markets: [\"NO\", DE]\n", "answers.file.unclosed-quote", []any{`"`},
			`a.yaml:3:12: fejl: dette " indleder en værdi, der ikke er lukket; afslut værdien med " [yaml]`},
		{"an unclosed double quote that the next value's quote closes on its line", "version: 1\nrespondent: {company: \"Acme Ltd, advisor: \"Jane Doe\"}\n", "answers.file.unclosed-quote", []any{`"`},
			`a.yaml:2:23: fejl: dette " indleder en værdi, der ikke er lukket; afslut værdien med " [yaml]`},
		{"an unclosed single quote running into a second document", "version: 1\nnotes: {general: 'a\n---\n", "answers.file.unclosed-quote", []any{"'"}, ""},
		{"a tab", "version: 1\nanswers:\n\tq1: \"yes\"\n", "answers.file.tab", nil,
			"a.yaml:3:1: fejl: en tabulator indrykker denne linje; YAML indrykker kun med mellemrum, så erstat tabulatoren med mellemrum [yaml]"},
		{"other YAML", "version: 1\nanswers: ]\n", "answers.file.yaml", []any{"did not find expected node content"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, ds, err := Read(strings.NewReader(tt.body), "a.yaml", cat)
			if err != nil {
				t.Fatal(err)
			}
			if f != nil || len(ds) != 1 {
				t.Fatalf("want one error and no file, got %v", ds)
			}
			d := ds[0]
			if d.Message.ID != tt.key || fmt.Sprint(d.Message.Args) != fmt.Sprint(tt.args) || d.Rule != "yaml" {
				t.Errorf("got %s %v [%s], want %s %v [yaml]", d.Message.ID, d.Message.Args, d.Rule, tt.key, tt.args)
			}
			if tt.da != "" {
				if got := i18n.Get("da").Diagnostic(d); got != tt.da {
					t.Errorf("Danish:\ngot  %s\nwant %s", got, tt.da)
				}
			}
			if tt.key == "answers.file.yaml" {
				return
			}
			for _, lang := range i18n.Languages {
				got := i18n.Get(lang).Diagnostic(d)
				for _, english := range []string{"did not find", "mapping values", "could not find", "cannot start", "unexpected"} {
					if strings.Contains(got, english) {
						t.Errorf("%s: yaml.v3's English words in %s", lang, got)
					}
				}
			}
		})
	}
}
