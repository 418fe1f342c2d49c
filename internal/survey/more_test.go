package survey

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestMoreLine: a multi-select cut to a low terminal says how many
// options are out of view above and below, within the terminal's height
// (the key help stays in view), in the user's language; filtering and a
// taller terminal take the line away when everything is in view (ux24:
// at 80×24 regulated-goods showed 5 of its 20 options, with no sign of
// the rest).
func TestMoreLine(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	var q *catalogue.Question
	var page Page
	for _, p := range Plan(cat) {
		for _, pq := range p.Questions {
			if pq.ID == "regulated-goods" {
				q, page = pq, p
			}
		}
	}
	if q == nil {
		t.Fatal("no regulated-goods question")
	}
	for _, tt := range []struct{ lang, below, above, filter string }{
		{"en", "↓ %d more", "↑ %d more", "cosm"},
		{"da", "↓ %d til", "↑ %d til", "kosm"},
	} {
		loc := i18n.Get(tt.lang)
		pf := BuildPageForm(page, []*catalogue.Question{q}, answers.New(cat, tt.lang, testNow),
			FormConfig{Locale: loc, KeyMap: KeyMap(loc), Theme: huh.ThemeFunc(huh.ThemeBase), Width: 80})
		drive(pf.Form, pf.Form.Init())
		// As the host does (session.go): the form is given a line less than
		// the terminal has, and resized to a new width.
		size := func(w, h int) {
			pf.resize(w)
			drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: w, Height: h - 1} })
		}
		view := func() string { return strings.TrimRight(ansi.Strip(pf.Form.View()), "\n ") }
		more := func(v string) string {
			for _, l := range strings.Split(v, "\n") {
				if strings.Contains(l, "↓") || strings.Contains(l, "↑") {
					return strings.TrimSpace(l)
				}
			}
			return ""
		}
		check := func(when string, height int, wantAbove, wantBelow bool) {
			t.Helper()
			v := view()
			if n := strings.Count(v, "\n") + 1; n > height {
				t.Errorf("%s %s: %d lines, more than the terminal's %d:\n%s", tt.lang, when, n, height, v)
			}
			if !strings.Contains(v, "/ ") {
				t.Errorf("%s %s: no key help in view:\n%s", tt.lang, when, v)
			}
			// The line without its counts, e.g. "↑ %d more   ↓ %d more".
			m := regexp.MustCompile(`[0-9]+`).ReplaceAllString(more(v), "%d")
			if when == "80×24 again" { // huh leaves the options' view where it was
				wantAbove, wantBelow = strings.Contains(m, "↑"), strings.Contains(m, "↓")
				if m == "" {
					t.Errorf("%s %s: no more line:\n%s", tt.lang, when, v)
				}
			}
			var want []string
			if wantAbove {
				want = append(want, tt.above)
			}
			if wantBelow {
				want = append(want, tt.below)
			}
			if strings.Join(strings.Fields(m), " ") != strings.Join(strings.Fields(strings.Join(want, " ")), " ") {
				t.Errorf("%s %s: more line %q, want %q:\n%s", tt.lang, when, m, want, v)
			}
		}
		size(80, 24)
		check("80×24 at the top", 24, false, true)
		for range len(q.Options) {
			press(pf.Form, tea.KeyPressMsg(tea.Key{Code: tea.KeyDown}))
		}
		check("80×24 at the bottom", 24, true, false)
		size(100, 140)
		check("100×140", 140, false, false)
		size(80, 24)
		check("80×24 again", 24, true, false)
		// A filter that leaves one option shows it, and no line.
		press(pf.Form, tea.KeyPressMsg(tea.Key{Code: '/', Text: "/"}))
		for _, r := range tt.filter {
			press(pf.Form, tea.KeyPressMsg(tea.Key{Code: r, Text: string(r)}))
		}
		press(pf.Form, tea.KeyPressMsg(tea.Key{Code: tea.KeyEnter}))
		check("filtered", 24, false, false)
	}
}

// TestMoreTextPlural: the line under a cut list says one option out of
// view and several in the plural form each number takes (scroll24:
// Italian read "↓ altre 1").
func TestMoreTextPlural(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang         string
		above, below int
		want         string
	}{
		{"en", 1, 0, "↑ 1 more"},
		{"en", 0, 15, "↓ 15 more"},
		{"da", 1, 2, "↑ 1 til   ↓ 2 til"},
		{"it", 1, 0, "↑ 1 altra"},
		{"it", 0, 1, "↓ 1 altra"},
		{"it", 3, 21, "↑ altre 3   ↓ altre 21"},
		{"pl", 1, 5, "↑ jeszcze 1   ↓ jeszcze 5"},
		{"pt", 1, 2, "↑ mais 1   ↓ mais 2"},
		{"hr", 21, 1, "↑ još 21   ↓ još 1"},
		{"en", 0, 0, ""},
	} {
		if got := moreText(i18n.Get(tt.lang), tt.above, tt.below); got != tt.want {
			t.Errorf("%s %d above, %d below: %q, want %q", tt.lang, tt.above, tt.below, got, tt.want)
		}
	}
}
