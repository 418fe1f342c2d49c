package render

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

var (
	miniOnce sync.Once
	mini     *catalogue.Catalogue
	miniErr  error
)

// miniCatalogue loads testdata/cat, a tiny catalogue with every kind of
// question, rule and practice field.
func miniCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	miniOnce.Do(func() {
		var d catalogue.Diagnostics
		mini, d, miniErr = catalogue.Load(os.DirFS("testdata/cat"))
		if miniErr == nil && mini == nil {
			miniErr = &diagError{d}
		}
	})
	if miniErr != nil {
		t.Fatalf("loading testdata/cat: %v", miniErr)
	}
	return mini
}

type diagError struct{ d catalogue.Diagnostics }

func (e *diagError) Error() string {
	var s []string
	for _, d := range e.d {
		s = append(s, d.String())
	}
	return strings.Join(s, "\n")
}

func TestPracticesGolden(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	for _, lang := range []string{"en", "da"} {
		t.Run("list."+lang, func(t *testing.T) {
			t.Parallel()
			for _, f := range ListFormats {
				var buf bytes.Buffer
				if err := PracticeList(&buf, cat, cat.Practices, f, lang, Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, "practices-list."+lang+"."+map[string]string{"text": "txt", "json": "json"}[f], buf.Bytes())
			}
		})
		for _, id := range []string{"dk-screening", "it-fair-vouchers"} {
			t.Run("show."+id+"."+lang, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := PracticeShow(&buf, cat, cat.Practice(id), FormatText, lang, Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, "practice-show-"+id+"."+lang+".txt", buf.Bytes())
			})
		}
	}
}

func TestQuestionsGolden(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json"}
	for _, lang := range []string{"en", "da"} {
		for _, f := range QuestionFormats {
			name := "questions." + lang + "." + ext[f]
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := Questions(&buf, cat, f, lang, Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, name, buf.Bytes())
			})
		}
	}
}
