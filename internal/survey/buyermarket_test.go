package survey

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// countryPageIn is countryPage in language lang.
func countryPageIn(t *testing.T, id, lang string, f *answers.File) *PageForm {
	t.Helper()
	cat := embedded(t)
	loc := i18n.Get(lang)
	for _, p := range Plan(cat) {
		for _, q := range p.Questions {
			if q.ID != id {
				continue
			}
			pf := BuildPageForm(p, p.Questions, f, FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Catalogue: cat, Focus: id, CanGoBack: true, Theme: charmTheme})
			drive(pf.Form, pf.start())
			drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
			if got := focused(pf); got != id {
				t.Fatalf("focus on %q, want %q", got, id)
			}
			return pf
		}
	}
	t.Fatalf("no question %q in the embedded catalogue", id)
	return nil
}

var shownCode = regexp.MustCompile(`\(([A-Z]{2})\)\s*$`)

// shownCountries are the codes of the country options in view, top down.
func shownCountries(pf *PageForm) []string {
	var codes []string
	for _, l := range strings.Split(ansi.Strip(pf.Form.View()), "\n") {
		if m := shownCode.FindStringSubmatch(strings.TrimRight(l, " │┃")); m != nil {
			codes = append(codes, m[1])
		}
	}
	return codes
}

// TestBuyerMarketOffersMarketsFirst: where the waiting buyer is offers the
// firm's target markets first, then its current markets (each in the
// language's alphabetical order, the firm's own country left out), then
// every other country; the other country questions keep the plain order,
// a filter still finds any country, and an earlier answer is kept.
func TestBuyerMarketOffersMarketsFirst(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		name, lang, id string
		answers        map[string][]string
		want           []string // the first options shown
	}{
		{"targets", "en", "buyer-market", map[string][]string{"region": {"dk-central"}, "target-markets": {"US", "DE", "JP"}}, []string{"DE", "JP", "US", "AF"}},
		{"targets then current", "en", "buyer-market", map[string][]string{"region": {"dk-central"}, "target-markets": {"NO", "DE"}, "current-markets": {"SE", "DE"}}, []string{"DE", "NO", "SE", "AF"}},
		{"danish order", "da", "buyer-market", map[string][]string{"region": {"dk-central"}, "target-markets": {"DE", "SE", "AE"}}, []string{"AE", "SE", "DE", "AF"}},
		{"undecided", "en", "buyer-market", map[string][]string{"region": {"dk-central"}, "target-markets": {"undecided"}, "current-markets": {"NO"}}, []string{"NO", "AF"}},
		{"nothing named", "en", "buyer-market", map[string][]string{"region": {"dk-central"}}, []string{"AF", "AX"}},
		{"target-markets unchanged", "en", "target-markets", map[string][]string{"region": {"dk-central"}}, []string{"AF", "AX"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := answers.New(cat, tt.lang, testNow)
			for k, v := range tt.answers {
				f.Set(k, answers.Multiple(v...), testNow)
			}
			got := shownCountries(countryPageIn(t, tt.id, tt.lang, f))
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("options start %v, want %v", got, tt.want)
			}
		})
	}

	// Enter takes the first offered; a filter finds any country; an
	// earlier answer stays chosen.
	for _, tt := range []struct {
		name, prev, keys, want string
	}{
		{"enter", "", "", "DE"},
		{"filter", "", "braz", "BR"},
		{"earlier answer", "JP", "", "JP"},
		{"earlier answer elsewhere", "BR", "", "BR"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := answers.New(cat, "en", testNow)
			g.Set("target-markets", answers.Multiple("JP", "DE"), testNow)
			if tt.prev != "" {
				g.Set("buyer-market", answers.Single(tt.prev), testNow)
			}
			pf := countryPageIn(t, "buyer-market", "en", g)
			for _, k := range append(typed(tt.keys), code(tea.KeyEnter)) {
				drive(pf.Form, keyCmd(k))
			}
			if v, _ := pf.Values.Single("buyer-market"); v != tt.want {
				t.Errorf("buyer-market = %q, want %q", v, tt.want)
			}
		})
	}
}

// TestAccessibleBuyerMarketNumbered: in accessible mode, where the waiting
// buyer is lists the firm's markets numbered, under a heading per group
// (target markets, current ones): a number takes one, a name
// any other country; the other country questions number no country.
func TestAccessibleBuyerMarketNumbered(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		name, lang, id, input string
		lists                 []string
		want                  string
	}{
		{"number", "en", "buyer-market", "2\n", []string{"Your target markets:\n1. Germany (DE)\n2. Japan (JP)\nMarkets you sell to now:\n3. Sweden (SE)\n", "Type the number of a country above"}, "JP"},
		{"danish", "da", "buyer-market", "3\n", []string{"Jeres målmarkeder:\n1. Japan (JP)\n2. Tyskland (DE)\nMarkeder, I sælger til nu:\n3. Sverige (SE)\n", "Skriv nummeret på et land ovenfor"}, "SE"},
		{"name", "en", "buyer-market", "Brazil\n", []string{"1. Germany (DE)\n"}, "BR"},
		{"home country", "en", "home-country", "Brazil\n", []string{"Type the country, by name or code"}, "BR"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := answers.New(cat, tt.lang, testNow)
			f.Set("target-markets", answers.Multiple("JP", "DE"), testNow)
			f.Set("current-markets", answers.Multiple("SE"), testNow)
			var a *a11yCountries
			for _, p := range Plan(cat) {
				for _, q := range p.Questions {
					if q.ID == tt.id {
						pf := BuildPageForm(p, []*catalogue.Question{q}, f, FormConfig{Locale: i18n.Get(tt.lang), KeyMap: KeyMap(i18n.Get(tt.lang)), Catalogue: cat, Accessible: true})
						a = pf.Fields[0].(*a11yCountries)
					}
				}
			}
			var out strings.Builder
			if err := a.RunAccessible(&out, NewLineReader(strings.NewReader(tt.input))); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.lists {
				if !strings.Contains(out.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, out.String())
				}
			}
			if strings.Contains(out.String(), "1. ") != (tt.id == "buyer-market") {
				t.Errorf("numbered countries:\n%s", out.String())
			}
			if got := *a.single; got != tt.want {
				t.Errorf("answer %q, want %q", got, tt.want)
			}
		})
	}
}
