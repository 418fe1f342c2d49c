package survey

import (
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// TestFilterApartFromTitle: a multi-select's filter that Enter has ended
// (it stays, to choose among what it found) is shown apart from the
// question's title — huh writes it right after the title, and the page
// read "What do you sell?/food" ("Co sprzedaje Państwa firma?/Usł" in
// tmux, pl) — in the coloured theme and in the plain one, after a title of
// one line and of two. The options it found, and nothing else, are listed.
func TestFilterApartFromTitle(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	loc := i18n.Get("en")
	for _, tc := range []struct{ id, filter, found, other string }{
		{"sells-what", "food", "Food or drink", "Physical products"},
		{"target-markets", "austr", "Austria (AT)", "Aruba (AW)"},
	} {
		for name, theme := range map[string]huh.Theme{"colour": charmTheme, "plain": baseTheme} {
			t.Run(tc.id+"/"+name, func(t *testing.T) {
				t.Parallel()
				for _, p := range Plan(cat) {
					for _, q := range p.Questions {
						if q.ID != tc.id {
							continue
						}
						pf := BuildPageForm(p, p.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Catalogue: cat, Focus: tc.id, Theme: theme})
						h := &host{}
						hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
						hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: make(chan huh.FormState, 1)} })
						for _, k := range append(append([]tea.KeyPressMsg{keypress('/')}, typed(tc.filter)...), code(tea.KeyEnter)) {
							hostDrive(h, keyCmd(k))
						}
						view := ansi.Strip(h.View().Content)
						if !strings.Contains(view, "/"+tc.filter) || !strings.Contains(view, tc.found) || strings.Contains(view, tc.other) {
							t.Fatalf("the filter %q is not kept:\n%s", tc.filter, view)
						}
						if regexp.MustCompile(`[^\s┃]/` + tc.filter).MatchString(view) {
							t.Errorf("the filter is glued to the title:\n%s", view)
						}
						title := strings.Join(strings.Fields(loc.Pick(q.Text)), " ")
						if flat := strings.Join(strings.Fields(strings.ReplaceAll(view, "┃", "")), " "); !strings.Contains(flat, title) {
							t.Errorf("the title %q is not shown whole:\n%s", title, view)
						}
						return
					}
				}
				t.Fatalf("no question %s", tc.id)
			})
		}
	}
}
