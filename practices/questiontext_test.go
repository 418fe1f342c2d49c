package practices_test

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestQuestionTextSaysNotHowToAnswer: a multiple-choice question's text
// does not end with how to answer it ("Choose all that apply.", "Choose up
// to five."), because eis says that itself — the questionnaire under the
// question's help, the interview guide after its ID — and the review page
// and the guide showed it twice (session 14, tried in Croatian in tmux).
func TestQuestionTextSaysNotHowToAnswer(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	// What the catalogue's texts said before, per language, and what eis's
	// own messages say: neither may be in a question's text.
	said := map[string][]string{
		"en": {"choose all that apply", "choose up to"},
		"da": {"vælg alt, hvad der passer", "vælg op til"},
		"it": {"scegliete tutte", "sceglietene fino a"},
		"pl": {"proszę zaznaczyć wszystkie pasujące", "najwyżej pięć"},
		"pt": {"escolha todas as", "escolha até"},
		"hr": {"odaberite sve što vrijedi", "odaberite najviše"},
	}
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		phrases := append([]string{}, said[lang]...)
		phrases = append(phrases, strings.TrimSuffix(strings.ToLower(loc.T("survey.multi.hint")), "."),
			strings.ToLower(loc.T("render.kind.multi")))
		if len(said[lang]) == 0 {
			t.Errorf("%s: no phrases to look for; add the language's to the test", lang)
		}
		for _, q := range append(append([]*catalogue.Question{}, c.Profile...), c.Questions...) {
			if q.Kind != catalogue.KindMulti && q.Kind != catalogue.KindCountries {
				continue
			}
			text := strings.ToLower(loc.Pick(q.Text))
			for _, p := range phrases {
				if p != "" && strings.Contains(text, p) {
					t.Errorf("%s: question %s's text says how to answer it (%q), which eis adds itself: %q", lang, q.ID, p, loc.Pick(q.Text))
				}
			}
		}
	}
}
