package answers

import (
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
			"a.yaml:4:2: error: the file is not valid YAML: did not find expected key; fix the syntax [yaml]"},
		{"a key indented more than the one above", "version: 1\nanswers:\n  q1: \"yes\"\n    q2: [a]\n",
			"a.yaml:4:5: error: the file is not valid YAML: did not find expected key; fix the syntax [yaml]"},
		{"a list item under a key at the wrong depth", "version: 1\nanswers:\n  q2:\n  - a\n - b\n",
			"a.yaml:5:2: error: the file is not valid YAML: "},
		{"an unclosed bracket", "version: 1\nanswers: {q2: [a\n",
			"a.yaml:2:15: error: the file is not valid YAML: did not find expected ',' or ']'; fix the syntax [yaml]"},
		{"a reserved character starting a value", "version: 1\nanswers:\n  q1: @yes\n",
			"a.yaml:3:7: error: the file is not valid YAML: found character that cannot start any token; fix the syntax [yaml]"},
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
