package survey

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// TestTurnoverCurrencyHelp: the turnover question asks in euro; a firm
// whose country has another currency reads, in its help, to convert from
// that currency (named) at its accounts' rate or a published reference
// rate — no rate is stated — in every language, on a terminal (at 80×24
// too, the page whole up to the turnover's options) and in accessible
// mode. A firm of another region whose country is asked on the same page
// reads the word for any currency; a firm of the euro (Croatia since
// 2023, Emilia-Romagna, Donegal) reads nothing of it.
func TestTurnoverCurrencyHelp(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	var page Page
	for _, p := range Plan(cat) {
		for _, q := range p.Questions {
			if q.ID == assessment.ProfileTurnover {
				page = p
			}
		}
	}
	words := func(s string) string { return strings.Join(strings.Fields(strings.ReplaceAll(s, "┃", "")), " ") }
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		for _, tc := range []struct {
			region, home string
			want         string // the word, "" for none
		}{
			{"uk-hampshire", "", loc.T("survey.turnover.currency", "GBP")},
			{"dk-central", "", loc.T("survey.turnover.currency", "DKK")},
			{"pl-pomorskie", "", loc.T("survey.turnover.currency", "PLN")},
			{"hr-koprivnica-krizevci", "", ""},
			{"it-emilia-romagna", "", ""},
			{"ie-donegal", "", ""},
			{"other-eu", "SE", loc.T("survey.turnover.currency", "SEK")},
			{"other-eu", "AT", ""},
			{"non-eu", "", loc.T("survey.turnover.currency.other")},
		} {
			t.Run(lang+"/"+tc.region+tc.home, func(t *testing.T) {
				t.Parallel()
				f := answers.New(cat, lang, testNow)
				f.Set(assessment.ProfileRegion, answers.Single(tc.region), testNow)
				if tc.home != "" {
					f.Set(assessment.ProfileHomeCountry, answers.Single(tc.home), testNow)
				}
				for _, height := range []int{24, 60} {
					pf := BuildPageForm(page, page.Questions, f, FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Theme: charmTheme, Catalogue: cat, Focus: assessment.ProfileTurnover})
					h := &host{}
					hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: height} })
					hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: make(chan huh.FormState, 1)} })
					view := words(ansi.Strip(h.View().Content))
					if tc.want == "" {
						// Neither word: the named currency's (up to the
						// code) nor the other.
						for _, other := range []string{loc.T("survey.turnover.currency", "\x00"), loc.T("survey.turnover.currency.other")} {
							if head, _, _ := strings.Cut(other, "\x00"); strings.Contains(view, words(head)) {
								t.Errorf("80×%d: the help says %q:\n%s", height, head, view)
							}
						}
						continue
					}
					// The word, whole, and below it the options still.
					at := strings.Index(view, words(tc.want))
					if at < 0 {
						t.Errorf("80×%d: the help lacks %q:\n%s", height, tc.want, view)
						continue
					}
					if first := words(loc.Pick(cat.Question(assessment.ProfileTurnover).Options[0].Label)); !strings.Contains(view[at:], first) {
						t.Errorf("80×%d: the turnover's options are not in view below the help:\n%s", height, view)
					}
				}
				a := BuildPageForm(page, page.Questions, f, FormConfig{Locale: loc, Accessible: true, Catalogue: cat})
				for i, key := range a.Values.keys {
					if key != assessment.ProfileTurnover {
						continue
					}
					title := a.Fields[i].(*a11yChoice).title
					if got := strings.Contains(title, tc.want); tc.want != "" && !got || strings.Contains(title, `\n`) {
						t.Errorf("accessible: the question lacks %q, or shows a line break escaped:\n%s", tc.want, title)
					}
				}
			})
		}
	}
}
