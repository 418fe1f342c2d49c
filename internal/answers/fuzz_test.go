package answers

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzLoad feeds arbitrary bytes to Read. It must never panic; a file it
// accepts must save and load back to the same answers.
func FuzzLoad(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.yaml")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("version: 1\nanswers: {q2: [a, a]}\n"))
	f.Add([]byte("version: 1\nanswers: !!map {q1: !!binary eWVz}\n"))
	f.Add([]byte("a: &a [*a]\n"))
	cat := testCat(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ds, err := Read(bytes.NewReader(data), "fuzz.yaml", cat)
		if err != nil {
			t.Fatalf("Read returned an error for in-memory data: %v", err)
		}
		if (got == nil) != ds.HasErrors() {
			t.Fatalf("file %v with diagnostics %v", got != nil, ds)
		}
		for _, d := range ds {
			if d.Line < 1 || d.Col < 1 || d.Message.ID == "" || d.Rule == "" {
				t.Fatalf("badly positioned diagnostic: %+v", d)
			}
		}
		if got == nil {
			return
		}
		out, err := Marshal(got)
		if err != nil {
			t.Fatalf("an accepted file does not marshal: %v", err)
		}
		again, ds2, err := Read(bytes.NewReader(out), "again.yaml", cat)
		if err != nil || again == nil {
			t.Fatalf("saved form does not load: %v %v\n%s", err, ds2, out)
		}
		if !reflect.DeepEqual(again.Answers, got.Answers) || !reflect.DeepEqual(again.Notes, got.Notes) || again.Respondent != got.Respondent {
			t.Fatalf("round trip changed the file:\n%+v\n%+v", got, again)
		}
	})
}
