package i18n

import (
	"strings"
	"testing"
)

// The market choice's "same" reason is said when the plan's comparison —
// customs border, the trade agreements the catalogue knows of, currency,
// language, where the firm already sells — does not tell the candidate
// markets apart. It must not claim that the markets do not differ: the
// comparison does not weigh the duty on the firm's product, and weighs only
// the agreements the catalogue's customs notes name (adv19h, session 19:
// pl-linen-us-ca was told Canada and the US "do not differ" while its
// Canadian note described CETA's zero duty; adv20b, session 20: the
// comparison weighs CETA now, and the reason names what it weighs).
func TestFirstMarketSameNamesWhatItDoesNotWeigh(t *testing.T) {
	agreement := map[string]string{
		"en": "trade agreement", "da": "handelsaftale", "it": "accordi commerciali",
		"pl": "umów handlowych", "pt": "acordos comerciais", "hr": "sporazumima o trgovini",
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
			t.Errorf("%s: the reason should say which trade agreements the comparison weighs (%q): %q", l, want, s)
		}
		if d := differ[l]; d == "" || strings.Contains(s, d) {
			t.Errorf("%s: the reason claims the markets do not differ (%q): %q", l, d, s)
		}
	}
}

// A firm that sells services compares its candidate markets on the single
// market, not on the customs border (firstMarketFacts), and its own
// comparison weighs the rules for its service, tax and travel, not duties:
// its "same" and "mixed" reasons say so, and name no customs border or
// duties (adv20a, session 20: pt-engineering-consultants-fr-be, an
// engineering consultancy, was told its comparison left out duties).
func TestFirstMarketSameServicesNamesNoCustoms(t *testing.T) {
	customs := map[string][]string{
		"en": {"customs", "dut"}, "da": {"told"}, "it": {"dogan", "dazi"},
		"pl": {"celn", "ceł"}, "pt": {"aduan", "direitos"}, "hr": {"carin"},
	}
	single := map[string]string{
		"en": "single market", "da": "indre marked", "it": "mercato unico",
		"pl": "jednolit", "pt": "mercado único", "hr": "jedinstven",
	}
	for _, l := range Languages {
		ms, err := Messages(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"assessment.reason.firstMarket.sameServices", "assessment.reason.firstMarket.mixedServices"} {
			s := ms[id]
			if s == "" || !strings.Contains(s, single[l]) {
				t.Errorf("%s %s: should name the single market (%q): %q", l, id, single[l], s)
			}
			for _, w := range customs[l] {
				if strings.Contains(strings.ToLower(s), w) {
					t.Errorf("%s %s: names %q to a services firm: %q", l, id, w, s)
				}
			}
		}
	}
}

// The market choice weighs being next door too (firstMarketFacts:
// FirstMarketNeighbour), so its "same" and "mixed" reasons, which list what
// the plan compares — "only on" those, for "same" — name it (session 21:
// they listed four facts and left out the neighbour the comparison weighs).
func TestFirstMarketReasonsNameNextDoor(t *testing.T) {
	next := map[string]string{
		"en": "next door", "da": "naboland", "it": "confine in comune",
		"pl": "sąsiedztw", "pt": "país vizinho", "hr": "susjedstv",
	}
	for _, l := range Languages {
		ms, err := Messages(l)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range []string{"assessment.reason.firstMarket.same", "assessment.reason.firstMarket.sameServices",
			"assessment.reason.firstMarket.mixed", "assessment.reason.firstMarket.mixedServices"} {
			if s := ms[id]; next[l] == "" || !strings.Contains(s, next[l]) {
				t.Errorf("%s %s: should name being next door (%q): %q", l, id, next[l], s)
			}
		}
	}
}
