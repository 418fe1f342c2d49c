package i18n

import (
	"strings"
	"testing"
)

// The market choice's "same" reason is said when the plan's comparison —
// customs border, currency, language, where the firm already sells — does
// not tell the candidate markets apart. It must not claim that the markets
// do not differ: the comparison does not weigh duties or trade agreements,
// and the plan's own note on a market may say one has an EU agreement and
// the other none (adv19h, session 19: pl-linen-us-ca was told Canada and
// the US "do not differ" while its Canadian note described CETA's zero
// duty).
func TestFirstMarketSameNamesWhatItDoesNotWeigh(t *testing.T) {
	agreement := map[string]string{
		"en": "trade agreement", "da": "handelsaftale", "it": "accordi commerciali",
		"pl": "umów handlowych", "pt": "acordos comerciais", "hr": "sporazume o trgovini",
	}
	differ := map[string]string{
		"en": "do not differ", "da": "adskiller", "it": "non si distinguono",
		"pl": "nie różnią", "pt": "não diferem", "hr": "ne razlikuju",
	}
	for _, l := range Languages {
		ms, err := Messages(l)
		if err != nil {
			t.Fatal(err)
		}
		s := ms["assessment.reason.firstMarket.same"]
		if want := agreement[l]; want == "" || !strings.Contains(s, want) {
			t.Errorf("%s: the reason should say the comparison does not weigh trade agreements (%q): %q", l, want, s)
		}
		if d := differ[l]; d == "" || strings.Contains(s, d) {
			t.Errorf("%s: the reason claims the markets do not differ (%q): %q", l, d, s)
		}
	}
}
