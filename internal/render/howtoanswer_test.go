package render

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestHowToAnswer: the interview guide says how many options or countries a
// question takes when it has a limit, since the question's text no longer
// says it (session 14), in the language's plural form.
func TestHowToAnswer(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lang string
		q    GuideQuestion
		want string
	}{
		{"en", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 5}, "write up to 5 countries (names or codes)"},
		{"en", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 1}, "write up to 1 country (name or code)"},
		{"en", GuideQuestion{Kind: catalogue.KindCountries}, "write the countries (names or codes)"},
		{"en", GuideQuestion{Kind: catalogue.KindMulti, MaxChoices: 3}, "choose up to 3"},
		{"en", GuideQuestion{Kind: catalogue.KindMulti}, "choose all that apply"},
		{"en", GuideQuestion{Kind: catalogue.KindSingle, MaxChoices: 3}, "choose one"},
		{"da", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 5}, "skriv op til 5 lande (navne eller koder)"},
		{"pl", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 3}, "wpisać najwyżej 3 kraje (nazwy albo kody)"},
		{"pl", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 5}, "wpisać najwyżej 5 krajów (nazwy albo kody)"},
		{"hr", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 3}, "upišite najviše 3 zemlje (nazive ili oznake)"},
		{"hr", GuideQuestion{Kind: catalogue.KindCountries, MaxChoices: 20}, "upišite najviše 20 zemalja (nazive ili oznake)"},
	} {
		if got := howToAnswer(tc.q, i18n.Get(tc.lang)); got != tc.want {
			t.Errorf("%s %s max %d: got %q, want %q", tc.lang, tc.q.Kind, tc.q.MaxChoices, got, tc.want)
		}
	}
}
