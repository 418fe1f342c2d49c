package survey

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"

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

// TestMarketsLeaveHomeOut: the firm's markets and the country where a
// buyer waits do not offer the firm's own country — a Hampshire firm was
// offered United Kingdom (Great Britain) among its current markets, only
// to be told to leave it out when it chose it —; Northern Ireland (XI),
// its own customs territory, stays. The home-country question offers
// every country, and an earlier answer holding home keeps it on offer, so
// the user sees it and the validator says why to take it out.
func TestMarketsLeaveHomeOut(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, id, lang, filter string
		answers                map[string][]string
		want                   []string
	}{
		{"current markets", "current-markets", "en", "united k", map[string][]string{"region": {"uk-hampshire"}, "exports": {"few-markets"}}, []string{"XI"}},
		{"target markets", "target-markets", "en", "united k", map[string][]string{"region": {"uk-hampshire"}}, []string{"XI"}},
		{"target markets, Danish", "target-markets", "da", "danm", map[string][]string{"region": {"dk-central"}}, nil},
		{"buyer market", "buyer-market", "en", "denm", map[string][]string{"region": {"dk-central"}, "waiting-buyer": {"enquiry"}, "target-markets": {"DE"}}, nil},
		{"home unknown", "target-markets", "en", "denm", nil, []string{"DK"}},
		{"home country from the answer", "target-markets", "en", "norw", map[string][]string{"region": {"non-eu"}, "home-country": {"NO"}}, nil},
		{"home country's own question", "home-country", "en", "norw", map[string][]string{"region": {"non-eu"}}, []string{"NO"}},
		{"an earlier answer with home", "target-markets", "en", "denm", map[string][]string{"region": {"dk-central"}, "target-markets": {"DK", "DE"}}, []string{"DK"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cat := embedded(t)
			f := answers.New(cat, tt.lang, testNow)
			for k, v := range tt.answers {
				if q := cat.Question(k); q != nil && !multiKind(q) {
					f.Set(k, answers.Single(v[0]), testNow)
				} else {
					f.Set(k, answers.Multiple(v...), testNow)
				}
			}
			pf := countryPageIn(t, tt.id, tt.lang, f)
			for _, k := range typed("/" + tt.filter) {
				drive(pf.Form, keyCmd(k))
			}
			var got []string
			for _, l := range strings.Split(ansi.Strip(pf.Form.GetFocusedField().View()), "\n") {
				if m := shownCode.FindStringSubmatch(strings.TrimRight(l, " │┃")); m != nil {
					got = append(got, m[1])
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("filter %q shows %v, want %v", tt.filter, got, tt.want)
			}
		})
	}
}
