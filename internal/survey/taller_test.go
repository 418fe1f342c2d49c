package survey

import (
	"fmt"
	"regexp"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestTallerTerminalUncuts: a page first shown on a terminal too low for
// it, its lists cut to scroll, and then given more lines of the same
// width (the terminal made taller) looks as the page shown on the taller
// terminal from the start: every list has its room back. huh sizes a page
// by what its fields show, and a field cut once showed only its cut part,
// so the lists stayed cut (80×24 → 80×40 in tmux: the target markets
// kept 9 of their 10 lines). Shrinking again cuts them as before.
func TestTallerTerminalUncuts(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, lang := range []string{"en", "pl"} {
		loc := i18n.Get(lang)
		cfg := FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Theme: huh.ThemeFunc(huh.ThemeBase), Catalogue: cat}
		builds := map[string]func() *PageForm{
			// The review's list of pages, on a new file.
			"review": func() *PageForm { return buildReview(Summary(cat, answers.New(cat, lang, testNow), loc, nil), cfg) },
		}
		for i, p := range Plan(cat) {
			builds[fmt.Sprintf("page%d", i)] = func() *PageForm { return BuildPageForm(p, p.Questions, answers.New(cat, lang, testNow), cfg) }
		}
		for name, build := range builds {
			t.Run(lang+"/"+name, func(t *testing.T) {
				t.Parallel()
				show := func(heights ...int) string {
					pf := build()
					h := &host{}
					hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: heights[0]} })
					hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: make(chan huh.FormState, 1)} })
					for _, ht := range heights[1:] {
						hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: ht} })
					}
					return ansi.Strip(h.View().Content)
				}
				if grown, tall := show(16, 24, 100), show(100); grown != tall {
					t.Errorf("shown at 80×16, then 80×24 and 80×100:\n%s\n\nshown at 80×100:\n%s", grown, tall)
				}
				if again, low := show(24, 100, 24), show(24); again != low {
					t.Errorf("shown at 80×24, then 80×100 and 80×24:\n%s\n\nshown at 80×24:\n%s", again, low)
				}
			})
		}
	}
}

// TestCutListShowsCursor: a country list shown with an earlier answer
// (a page gone back to) has its cursor on the country chosen, in view, also
// when the terminal is too low for the whole list and the list is cut.
// The list was scrolled for its full height before it was cut, and the
// cut hid the line the cursor was on (80×24 in tmux: "Niemcy (DE)" one line
// below the list), so x chose a country the user did not see.
func TestCutListShowsCursor(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tc := range []struct{ lang, germany string }{{"en", "Germany"}, {"pl", "Niemcy"}} {
		loc := i18n.Get(tc.lang)
		for _, p := range Plan(cat) {
			if !slices.ContainsFunc(p.Questions, func(q *catalogue.Question) bool { return q.ID == "target-markets" }) {
				continue
			}
			f := answers.New(cat, tc.lang, testNow)
			f.Set("target-markets", answers.Multiple("DE"), testNow)
			asked := slices.DeleteFunc(slices.Clone(p.Questions), func(q *catalogue.Question) bool { return q.ID != "target-markets" })
			for _, height := range []int{24, 22, 100} {
				pf := BuildPageForm(p, asked, f, FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Theme: charmTheme, Catalogue: cat, Focus: "target-markets"})
				h := &host{}
				hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: height} })
				hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: make(chan huh.FormState, 1)} })
				view := ansi.Strip(h.View().Content)
				if !regexp.MustCompile(`> \S+ ` + tc.germany + ` \(DE\)`).MatchString(view) {
					t.Errorf("%s, 80×%d: the cursor, on %s, is not in view:\n%s", tc.lang, height, tc.germany, view)
				}
			}
		}
	}
}
