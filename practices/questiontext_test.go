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

// TestQuestionHelpNamesNoRegion: every firm reads every question's text
// and help, whatever its region, so none names one of the catalogue's
// regions — a region's detail is for its own firms' plans. The help of
// "have you met a potential customer abroad face to face" told every firm
// what the EIS peer reviewers advised Emilia-Romagna (words28, session 28).
// A name is looked for as it is written and, in Croatian and Polish, which
// inflect it, by each of its words of seven letters or more less the last
// ("emilij" of "Emilija-Romanja" finds "Emiliji-Romanji").
func TestQuestionHelpNamesNoRegion(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		var names []string
		for _, r := range c.Regions {
			if r.Scope != "regional" {
				continue
			}
			for _, n := range []string{r.Name.In("en"), loc.Pick(r.Name)} {
				names = append(names, strings.ToLower(n))
				if lang != "hr" && lang != "pl" {
					continue
				}
				for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == '(' || r == ')' }) {
					if rs := []rune(strings.ToLower(w)); len(rs) >= 7 {
						names = append(names, string(rs[:len(rs)-1]))
					}
				}
			}
		}
		if len(names) == 0 {
			t.Fatal("no regional regions in the catalogue")
		}
		for _, q := range append(append([]*catalogue.Question{}, c.Profile...), c.Questions...) {
			for _, s := range []string{loc.Pick(q.Text), loc.Pick(q.Help)} {
				low := strings.ToLower(s)
				for _, n := range names {
					if strings.Contains(low, n) {
						t.Errorf("%s: %s names a region (%q): %s", lang, q.ID, n, s)
					}
				}
			}
		}
	}
}

// TestRouteQuestionsNameResellers: a software firm sells through resellers
// (a VAR) or system integrators, not agents or distributors, and the
// partners question already asked of "agents, distributors or resellers";
// but the route question asked whether it would sell "through an agent or
// through a distributor" and sells-how offered "distributors, agents or
// importers" (route28, session 28, after words28 fitted the partner step to
// software), and the page they stand on read "agents, distributors, fairs,
// own sales". All name resellers now, in every language, and the option
// IDs answers files hold are those the engine reads still.
func TestRouteQuestionsNameResellers(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	route, how := c.Question("sales-channels.route"), c.Question("sells-how")
	if route == nil || how == nil {
		t.Fatal("no question sales-channels.route or sells-how")
	}
	var ids []string
	for _, o := range route.Options {
		ids = append(ids, o.ID)
	}
	if got := strings.Join(ids, " "); got != "undecided considering chosen proven" {
		t.Errorf("sales-channels.route's options are %q; answers files hold undecided, considering, chosen, proven", got)
	}
	dim := c.Dimension("sales-channels")
	if dim == nil {
		t.Fatal("no dimension sales-channels")
	}
	partner := how.Option("distributor-agent")
	if partner == nil {
		t.Fatal("sells-how has no option distributor-agent, which answers files and rules hold")
	}
	// The word for a reseller in each language, as the partners question
	// says it (a stem where the word inflects).
	reseller := map[string]string{"en": "reseller", "da": "forhandler", "it": "rivenditor", "pl": "odsprzedaw", "pt": "revendedor", "hr": "preprodavač"}
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		w, ok := reseller[lang]
		if !ok {
			t.Errorf("%s: no word for a reseller; add the language's to the test", lang)
			continue
		}
		for what, text := range map[string]string{
			"sales-channels.route's text":      loc.Pick(route.Text),
			"sales-channels.route's help":      loc.Pick(route.Help),
			"sells-how's partner option label": loc.Pick(partner.Label),
			"sells-how's partner option fact":  loc.Pick(partner.Fact),
			"the partners question's text":     loc.Pick(c.Question("sales-channels.partners").Text),
		} {
			if !strings.Contains(strings.ToLower(text), w) {
				t.Errorf("%s: %s names no reseller (%q): %q", lang, what, w, text)
			}
		}
		if h := loc.Pick(route.Help); !strings.Contains(h, "VAR") {
			t.Errorf("%s: sales-channels.route's help does not say how software is sold (a VAR): %q", lang, h)
		}
	}
}
