package survey

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// orderFirm is a firm of Emilia-Romagna that makes under a chain's label,
// aims at Germany, Austria and Sweden, and has a buyer waiting whose order
// is for reach (buyer-reach) of them.
func orderFirm(t *testing.T, lang, reach string, prev ...string) *answers.File {
	t.Helper()
	cat := embedded(t)
	f := answers.New(cat, lang, testNow)
	f.Set("region", answers.Single("it-emilia-romagna"), testNow)
	f.Set("sells-how", answers.Multiple("white-label"), testNow)
	f.Set("target-markets", answers.Multiple("DE", "AT", "SE"), testNow)
	f.Set("waiting-buyer", answers.Single("enquiry"), testNow)
	f.Set("buyer-reach", answers.Single(reach), testNow)
	if len(prev) > 0 {
		f.Set("buyer-order-markets", answers.Multiple(prev...), testNow)
	}
	return f
}

// TestOrderMarketsOfferTheTargets: which of its target markets the
// waiting buyer's order is for offers the firm's target markets only —
// the plan counts no other — and, after "for one of them only", takes
// one, the next chosen in place of the first; after "some of them", fewer
// than all (ux24: every country was offered, and "Choose up to 5."). An
// earlier answer keeps what still fits.
func TestOrderMarketsOfferTheTargets(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, lang, reach string
		prev              []string
		keys              []tea.KeyPressMsg
		hint              string
		want              []string // the answer after keys
	}{
		{"one", "en", "one", nil, []tea.KeyPressMsg{keypress('x'), code(tea.KeyDown), keypress('x')}, "Choose one only.", []string{"DE"}},
		{"one, Danish", "da", "one", nil, []tea.KeyPressMsg{keypress('x'), code(tea.KeyDown), code(tea.KeyDown), keypress('x')}, "Vælg kun ét.", []string{"AT"}},
		{"some", "en", "some", nil, []tea.KeyPressMsg{keypress('x'), code(tea.KeyDown), keypress('x'), code(tea.KeyDown), keypress('x')}, "Choose up to 2.", []string{"AT", "DE"}},
		{"earlier answer, one that fits", "en", "one", []string{"FR", "SE"}, nil, "Choose one only.", []string{"SE"}},
		{"earlier answer, too many for one", "en", "one", []string{"DE", "SE"}, []tea.KeyPressMsg{keypress('x')}, "Choose one only.", []string{"AT"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pf := countryPageIn(t, "buyer-order-markets", tt.lang, orderFirm(t, tt.lang, tt.reach, tt.prev...))
			view := ansi.Strip(pf.Form.GetFocusedField().View())
			var shown []string
			for _, l := range strings.Split(view, "\n") {
				if m := shownCode.FindStringSubmatch(strings.TrimRight(l, " │┃")); m != nil {
					shown = append(shown, m[1])
				}
			}
			// Austria, Germany, Sweden; Danish Sverige, Tyskland, Østrig.
			want := []string{"AT", "DE", "SE"}
			if tt.lang == "da" {
				want = []string{"SE", "DE", "AT"}
			}
			if !slices.Equal(shown, want) {
				t.Errorf("offered %v, want %v:\n%s", shown, want, view)
			}
			if !strings.Contains(strings.Join(strings.Fields(view), " "), tt.hint) {
				t.Errorf("no %q:\n%s", tt.hint, view)
			}
			for _, k := range tt.keys {
				drive(pf.Form, keyCmd(k))
			}
			if got, _ := pf.Values.Multi("buyer-order-markets"); !slices.Equal(got, tt.want) {
				t.Errorf("answer %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAccessibleOrderMarkets: typed, the markets of the waiting buyer's
// order are the firm's target markets, as many as it said.
func TestAccessibleOrderMarkets(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		name, lang, reach, input, want string
	}{
		{"a target", "en", "one", "Sweden\n", "SE"},
		{"another country", "en", "one", "France\nAustria\n", "France is not one of your target markets; choose among them"},
		{"two for one", "en", "one", "Germany, Austria\nAT\n", "type one country"},
		{"another country, Danish", "da", "some", "Frankrig\nØstrig\n", "Frankrig er ikke et af jeres målmarkeder; vælg blandt dem"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := orderFirm(t, tt.lang, tt.reach)
			var a *a11yCountries
			for _, p := range Plan(cat) {
				for _, q := range p.Questions {
					if q.ID == "buyer-order-markets" {
						pf := BuildPageForm(p, []*catalogue.Question{q}, f, FormConfig{Locale: i18n.Get(tt.lang), KeyMap: KeyMap(i18n.Get(tt.lang)), Catalogue: cat, Accessible: true})
						a = pf.Fields[0].(*a11yCountries)
					}
				}
			}
			var out strings.Builder
			if err := a.RunAccessible(&out, NewLineReader(strings.NewReader(tt.input))); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tt.want) && !slices.Equal(*a.multi, []string{tt.want}) {
				t.Errorf("answer %v, output lacks %q:\n%s", *a.multi, tt.want, out.String())
			}
		})
	}
}
