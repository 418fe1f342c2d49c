package answers

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// FuzzLoad feeds arbitrary bytes to Read, against the test catalogue and
// the one with country questions (countries, names, migration of version
// 1's markets answer: a path the first never reaches). It must never
// panic; a file it accepts must save and load back to the same answers.
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
	f.Add([]byte("version: 2\ncatalogue: {id: test2, version: t2}\nanswers:\n  region: non-eu\n  home-country: SE\n  target-markets: [Germny, uk, DE, US]\n"))
	f.Add([]byte("version: 1\nanswers:\n  region: non-eu\n  home-country: CN\n  markets: [china]\n"))
	cats := []*catalogue.Catalogue{testCat(f), countriesCat(f)}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, cat := range cats {
			checkLoad(t, data, cat)
		}
	})
}

// checkLoad is FuzzLoad's check of data against cat.
func checkLoad(t *testing.T, data []byte, cat *catalogue.Catalogue) {
	t.Helper()
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
}
