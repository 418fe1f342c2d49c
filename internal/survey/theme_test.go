package survey

import (
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// TestThemeBuiltOnce: a page form asks its theme for styles on every
// render, and huh's theme functions build a whole style set per call; the
// form gets a theme that builds each set (dark, light) once, however many
// fields it has and however often it is drawn.
func TestThemeBuiltOnce(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	var builds atomic.Int32
	counting := huh.ThemeFunc(func(isDark bool) *huh.Styles {
		builds.Add(1)
		return huh.ThemeCharm(isDark)
	})
	pages := Plan(cat)
	pf := BuildPageForm(pages[0], pages[0].Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.English, Respondent: true, KeyMap: KeyMap(i18n.English), Theme: counting, Width: 80})
	drive(pf.Form, pf.Form.Init())
	drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 40} })
	for range 3 {
		if pf.Form.View() == "" {
			t.Fatal("empty frame")
		}
	}
	if n := builds.Load(); n == 0 || n > 2 {
		t.Errorf("the theme was built %d times for one page; want once per background (at most 2)", n)
	}
}

// TestCachedTheme: the questionnaire's own themes are shared as they are,
// any other is wrapped once, and a wrapper gives the same styles each time.
func TestCachedTheme(t *testing.T) {
	t.Parallel()
	if cached(charmTheme) != charmTheme || cached(baseTheme) != baseTheme {
		t.Error("a theme that builds once was wrapped again")
	}
	if cached(nil) != nil {
		t.Error("no theme became a theme")
	}
	th := cached(huh.ThemeFunc(huh.ThemeBase))
	if _, ok := th.(*onceTheme); !ok {
		t.Fatalf("a ThemeFunc was not wrapped: %T", th)
	}
	if th.Theme(true) != th.Theme(true) || th.Theme(false) != th.Theme(false) {
		t.Error("the wrapper built a style set twice")
	}
	if charmTheme.Theme(true) == charmTheme.Theme(false) {
		t.Error("dark and light backgrounds share one style set")
	}
}
