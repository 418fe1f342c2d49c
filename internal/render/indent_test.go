package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// indentSamples are JSON texts whose indentation is easy to get wrong:
// empty objects and arrays at every depth, brackets, commas, colons and
// escaped quotes and backslashes inside strings, every kind of scalar.
var indentSamples = []string{
	`{}`, `[]`, `null`, `"x"`, `1.5e-7`, `true`,
	`{"a":{}}`, `{"a":[]}`, `[[],{},[[]],[{}]]`, `{"a":[{"b":{}}],"c":[1,2,[]]}`,
	`{"{[":"]},:","q":"a\"b","bs":"a\\","bsq":"\\\"","e":"\\\\\"}\\"}`,
	`{"u":"\u2028 ø 🎉 \u0000","n":-0.0,"z":[null,false,"",{}]}`,
	`[{"a":1,"b":[{"c":{"d":[]}}]},{}]`,
}

// TestIndentJSON: indentJSON indents what json.Encoder writes exactly as
// json.Indent does: the samples, and every JSON golden of this package.
func TestIndentJSON(t *testing.T) {
	t.Parallel()
	inputs := append([]string(nil), indentSamples...)
	goldens, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	if len(goldens) == 0 {
		t.Fatal("no JSON goldens in testdata")
	}
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(data))
	}
	for _, in := range inputs {
		checkIndent(t, []byte(in))
	}
}

// FuzzIndentJSON holds indentJSON to json.Indent on any valid JSON, made
// compact as json.Encoder writes it.
func FuzzIndentJSON(f *testing.F) {
	for _, s := range indentSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if !json.Valid([]byte(in)) {
			return
		}
		checkIndent(t, []byte(in))
	})
}

func checkIndent(t *testing.T, in []byte) {
	t.Helper()
	var compact bytes.Buffer
	if err := json.Compact(&compact, in); err != nil {
		t.Fatalf("%.200q: %v", in, err)
	}
	compact.WriteByte('\n') // as json.Encoder ends
	var want bytes.Buffer
	if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if got := indentJSON(nil, compact.Bytes()); !bytes.Equal(got, want.Bytes()) {
		t.Errorf("%.200q:\ngot  %.400q\nwant %.400q", compact.Bytes(), got, want.Bytes())
	}
}
