package survey

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// Tests that every language eis speaks gets by being in i18n.Languages.

// TestBackWordsEveryLanguage: the words that go back in accessible mode
// are given in every language, and none can be mistaken for an answer: a
// number, or a country's name or code typed at a country question.
func TestBackWordsEveryLanguage(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		words := backWords(loc)
		if len(words) == 0 {
			t.Errorf("%s: no back word (survey.a11y.back-word)", lang)
		}
		for _, w := range words {
			if _, err := strconv.Atoi(w); err == nil {
				t.Errorf("%s: back word %q is a number, an answer", lang, w)
			}
			if c := cat.FindCountry(w); c != nil {
				t.Errorf("%s: back word %q names a country (%s), an answer at a country question", lang, w, c.Code)
			}
			if !isBack(loc, strings.ToUpper(w)) || !isBack(loc, " "+w+" ") {
				t.Errorf("%s: back word %q is not recognised in capitals or with blanks", lang, w)
			}
		}
		// Each language's own words: Polish and Portuguese said "b, back",
		// English's, which a Polish or Portuguese user has no reason to guess.
		if lang != "en" && slices.Equal(words, backWords(i18n.Get("en"))) {
			t.Errorf("%s: the back words %q are English's, not translated", lang, words)
		}
		if hint := loc.T("survey.a11y.back-hint", words[0]); !strings.Contains(hint, words[0]) {
			t.Errorf("%s: the back hint %q does not name the back word %q", lang, hint, words[0])
		}
	}
}

// TestAccessibleEveryLanguage drives the whole real questionnaire through
// a pipe in accessible mode in every language eis speaks, each question's
// first option: the file completes in that language, every prompt is in
// it (not English's, for another language), and every question asked is
// said in its text in that language.
func TestAccessibleEveryLanguage(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	choices := Choices{KeyCompany: {"Firma"}}
	for _, q := range append(append([]*catalogue.Question{}, cat.Profile...), cat.Questions...) {
		switch {
		case q.Kind == catalogue.KindCountry:
			choices[q.ID] = []string{"DK"}
		case q.Kind == catalogue.KindCountries:
			choices[q.ID] = []string{"SE"}
		default:
			choices[q.ID] = []string{q.Options[0].ID}
		}
	}
	order := fieldOrder(t, cat, choices, true, false)
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			loc := i18n.Get(lang)
			input := accessibleScript(t, cat, lang, order, choices, nil)
			err, s, out := runAccessible(t, cat, lang, answers.New(cat, lang, testNow), false, input, false)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			f, diags, err := answers.Read(strings.NewReader(s.last()), "saved.yaml", cat)
			if err != nil || diags.HasErrors() {
				t.Fatalf("the saved file does not load: %v %v", err, diags)
			}
			if !f.Complete || f.Language != lang {
				t.Errorf("complete %v, language %q; want a complete file in %s", f.Complete, f.Language, lang)
			}
			for _, id := range []string{"survey.profile.title", "survey.a11y.confirm"} {
				if !strings.Contains(out, loc.T(id)) {
					t.Errorf("the output lacks %s in %s: %q", id, lang, loc.T(id))
				}
			}
			if p := loc.T("survey.a11y.enter-number", 1, 2); !strings.Contains(out, p) {
				t.Errorf("the output lacks the prompt %q", p)
			}
			if lang != "en" {
				if p := i18n.English.T("survey.a11y.enter-number", 1, 2); strings.Contains(out, p) {
					t.Errorf("an English prompt %q in %s", p, lang)
				}
			}
			for _, id := range order {
				q := cat.Question(id)
				if q == nil {
					continue
				}
				if q.Text.In(lang) == "" {
					t.Errorf("%s has no text in %s", id, lang)
				} else if !strings.Contains(out, q.Text.In(lang)) {
					t.Errorf("%s was not asked in %s: %q", id, lang, q.Text.In(lang))
				}
			}
		})
	}
}
