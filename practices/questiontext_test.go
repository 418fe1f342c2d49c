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

// TestSoftwareSecurityHelpFitsEveryRegion: the software-security question
// is asked of a software firm of any region with a market outside its
// customs union, so its help states the licence rule in words that hold
// for each of them — outside the firm's own customs union, as the
// home-country help says it — and no rule for firms of one country. It
// read "outside the EU — from Great Britain, for any market abroad", and
// a firm in Pomorskie read of licences "z Wielkiej Brytanii" (ux26).
func TestSoftwareSecurityHelpFitsEveryRegion(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	q := c.Question("software-security")
	if q == nil {
		t.Fatal("no question software-security")
	}
	home := c.Question("home-country")
	if home == nil {
		t.Fatal("no question home-country")
	}
	words := map[string]struct{ union, gb string }{
		"en": {"customs union", "britain"},
		"da": {"toldunion", "storbritannien"},
		"it": {"unione doganale", "bretagna"},
		"pl": {"unii celnej", "brytani"},
		"pt": {"união aduaneira", "bretanha"},
		"hr": {"carinsk", "britanij"},
	}
	for _, lang := range i18n.Languages {
		w, ok := words[lang]
		if !ok {
			t.Errorf("%s: no words to look for; add the language's to the test", lang)
			continue
		}
		loc := i18n.Get(lang)
		help := strings.ToLower(loc.Pick(q.Help))
		if !strings.Contains(strings.ToLower(loc.Pick(home.Help)), w.union) {
			t.Errorf("%s: the home-country help no longer says %q; update the test", lang, w.union)
		}
		if !strings.Contains(help, w.union) {
			t.Errorf("%s: software-security's help does not say where a licence is needed in the firm's terms (%q): %s", lang, w.union, loc.Pick(q.Help))
		}
		if strings.Contains(help, w.gb) {
			t.Errorf("%s: software-security's help, read by firms of every region, states Great Britain's rule: %s", lang, loc.Pick(q.Help))
		}
	}
}
