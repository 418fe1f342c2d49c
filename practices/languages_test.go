package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/practices"
)

// TestLanguagesAgree: the catalogue is complete in exactly the languages eis
// speaks. A language is added to both at once, when both are complete; while
// it is being translated it stands in the catalogue's translations: only
// (README, "Adding a language").
func TestLanguagesAgree(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	if !slices.Equal(c.Meta.Languages, i18n.Languages) {
		t.Errorf("catalogue.yaml languages: %v, but eis speaks %v (i18n.Languages): a language is listed in both once its texts and messages are complete",
			c.Meta.Languages, i18n.Languages)
	}
}

// TestEveryLanguageSaysWhoTranslated: eis version and the README say who
// wrote each language's texts and whether a native speaker reviewed them;
// the catalogue is where that is recorded.
func TestEveryLanguageSaysWhoTranslated(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	for _, l := range c.Meta.Languages {
		tr := c.Meta.Translations.Get(l)
		if tr == nil || strings.TrimSpace(tr.Translator) == "" {
			t.Errorf("catalogue.yaml: translations: has no translator for %s; say who wrote its texts", l)
		}
	}
}
