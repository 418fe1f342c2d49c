package catalogue_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/practices"
)

// TestControlInEveryLanguage (issue 13): an escape sequence in the text of
// any language eis speaks — not only the English and Danish of the test
// fixtures — is an error placed at that text, for each of the six, so no
// translation of an extension can steer a reader's terminal.
func TestControlInEveryLanguage(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			var b strings.Builder
			b.WriteString("version: 1\nregions:\n  - id: clipboard\n    scope: other\n    name:\n      en: Clipboard\n")
			if lang != "en" {
				fmt.Fprintf(&b, "      %s: \"Clip\\e]52;c;SGVsbG8=\\a\"\n", lang)
			} else {
				b.Reset()
				b.WriteString("version: 1\nregions:\n  - id: clipboard\n    scope: other\n    name:\n      en: \"Clip\\e]52;c;SGVsbG8=\\a\"\n")
			}
			fsys := fstest.MapFS{"x.yaml": {Data: []byte(b.String())}}
			_, diags, _, err := catalogue.OpenWith(practices.FS(), catalogue.Options{User: fsys, UserRoot: "ext", Now: time.Now(), Validate: true, DiagnosticsOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			line := 7 // the line of the poisoned text
			if lang == "en" {
				line = 6
			}
			found := false
			for _, d := range diags {
				if d.Rule == "control" && d.Line == line && strings.Contains(i18n.English.Format(d.Message), "name."+lang) {
					found = true
				}
			}
			if !found {
				t.Errorf("no control error at x.yaml:%d for name.%s:\n%v", line, lang, diags)
			}
		})
	}
}
