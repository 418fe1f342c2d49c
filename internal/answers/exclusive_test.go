package answers

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestLoadExclusive: an option marked exclusive ("None of these yet") may be
// the whole answer, but combined with another option it is an error at the
// list's position, in the user's language, and no file is returned.
func TestLoadExclusive(t *testing.T) {
	t.Parallel()
	head := "version: 1\ncatalogue: {id: test, version: t1}\nanswers:\n"
	tests := []struct {
		name, answers, lang string
		want                string // the one diagnostic; "" for none
	}{
		{"alone", "  q2: [b]\n", "en", ""},
		{"others alone", "  q2: [a]\n", "en", ""},
		{"combined, flow list", "  q2: [a, b]\n", "en",
			`x.yaml:4:7: error: "b" cannot be combined with other options for question "q2" (it means none of the others); keep either it or the others [exclusive-mixed]`},
		{"combined, block list, first", "  q2:\n    - b\n    - a\n", "en",
			`x.yaml:5:5: error: "b" cannot be combined with other options for question "q2" (it means none of the others); keep either it or the others [exclusive-mixed]`},
		{"combined, Danish", "  q2: [b, a]\n", "da",
			`x.yaml:4:7: fejl: "b" kan ikke kombineres med andre svar ved spørgsmålet "q2" (det betyder ingen af de andre); behold enten det eller de andre [exclusive-mixed]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cat := testCat(t)
			cat.Question("q2").Option("b").Exclusive = true
			f, ds, err := Read(strings.NewReader(head+tt.answers), "x.yaml", cat)
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if f == nil || ds.HasErrors() {
					t.Fatalf("got no file or errors: %v", ds)
				}
				return
			}
			if f != nil {
				t.Errorf("a file came back despite the error")
			}
			var got []string
			for _, d := range ds {
				if d.Rule == "exclusive-mixed" {
					got = append(got, i18n.Get(tt.lang).Diagnostic(d))
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %q\nwant %q\nall: %v", got, tt.want, ds)
			}
		})
	}
}
