package survey

import (
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// BenchmarkFirstPage is what eis assess does between loading the catalogue
// and its first frame: plan the pages, build the first page's form (with
// the company name, in colour, as on a terminal), start it, size it and
// render it once. Issue 14's "first question on screen" goal is measured on
// the real binary by go run ./internal/tools/bench.
func BenchmarkFirstPage(b *testing.B) {
	cat := embedded(b)
	b.ReportAllocs()
	for b.Loop() {
		pages := Plan(cat)
		if len(pages) == 0 {
			b.Fatal("no pages")
		}
		f := answers.New(cat, "en", testNow)
		cfg := FormConfig{Locale: i18n.Get("en"), Respondent: true, KeyMap: KeyMap(i18n.Get("en")), Theme: huh.ThemeFunc(huh.ThemeCharm), Width: 80}
		pf := BuildPageForm(pages[0], pages[0].Questions, f, cfg)
		drive(pf.Form, pf.Form.Init())
		drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 40} })
		if pf.Form.View() == "" {
			b.Fatal("empty first frame")
		}
	}
}
