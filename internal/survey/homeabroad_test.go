package survey

import (
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestCountryValidatorHomeAbroad: the country where a waiting buyer is
// cannot be the firm's own — a Danish firm could choose Denmark (ui14,
// session 14) — while the home-country question takes it; a heading is
// never an answer.
func TestCountryValidatorHomeAbroad(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	useCountries(cat)
	buyer, home := cat.Question("buyer-market"), cat.Question(assessment.ProfileHomeCountry)
	if buyer == nil || home == nil || buyer.Kind != catalogue.KindCountry {
		t.Fatal("the embedded catalogue has no buyer-market or home-country question of kind country")
	}
	for _, tc := range []struct {
		name    string
		q       *catalogue.Question
		lang    string
		home    string
		chosen  string
		wantErr string
	}{
		{"buyer abroad", buyer, "en", "DK", "DE", ""},
		{"buyer at home", buyer, "en", "DK", "DK", "Denmark is your own country; choose the country abroad"},
		{"buyer at home, Danish", buyer, "da", "DK", "DK", "Danmark er jeres eget land; vælg landet i udlandet"},
		{"home unknown", buyer, "en", "", "DK", ""},
		{"the home country's own question", home, "en", "DK", "DK", ""},
		{"a heading", buyer, "en", "DK", headingValue(1), i18n.Get("en").T("survey.country.pick")},
	} {
		err := countryValidator(tc.q, i18n.Get(tc.lang), tc.home)(tc.chosen)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.wantErr {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.wantErr)
		}
	}
}
