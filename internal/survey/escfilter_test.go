package survey

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// hostPage shows the page of the embedded catalogue's question id in a
// host, as a terminal session does, with the focus on that question.
func hostPage(t *testing.T, id string) (*host, *PageForm) {
	t.Helper()
	cat := embedded(t)
	loc := i18n.Get("en")
	for _, p := range Plan(cat) {
		for _, q := range p.Questions {
			if q.ID != id {
				continue
			}
			f := answers.New(cat, "en", testNow)
			pf := BuildPageForm(p, p.Questions, f, FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Catalogue: cat, Focus: id, CanGoBack: true, Theme: charmTheme})
			h := &host{}
			hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
			hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: make(chan huh.FormState, 1)} })
			if got := focused(pf); got != id {
				t.Fatalf("focus on %q, want %q", got, id)
			}
			return h, pf
		}
	}
	t.Fatalf("no question %q in the embedded catalogue", id)
	return nil, nil
}

// TestEscClearsFilter: one Esc while a filter is typed shows every option
// again, the cursor on the option it was on, and the question's title as
// it was. huh's first Esc only ended the typing: the list stayed narrowed,
// the filter's text stood in or after the title ("…grow?/Austr"), a key
// pressed next worked on the narrowed list (Down stayed on the one option
// found; on a country question a letter started another filter), and only
// a second Esc cleared it (QA in tmux, session 22). The help line says so
// while the filter is typed; a multi-select's Enter still ends the typing
// and keeps what was found, to choose among it with x.
func TestEscClearsFilter(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, id string
		keys     []tea.KeyPressMsg // start and type the filter
		hovered  string            // the option under the cursor after Esc
		title    string            // the start of the question's title
		other    string            // an option the filter did not find
		multi    bool
		// then are keys pressed after Esc, and want the answer they give.
		then []tea.KeyPressMsg
		want string
	}{
		{"select", "sector", append([]tea.KeyPressMsg{keypress('/')}, typed("food")...), "food", "What is your main line of business?", "Manufacturing", false,
			[]tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyEnter)}, "agriculture"},
		{"country select", "home-country", typed("norw"), "NO", "In which country is your firm", "Northern Mariana", false, nil, ""},
		{"multi-select", "sells-what", append([]tea.KeyPressMsg{keypress('/')}, typed("food")...), "food-drink", "What do you sell?", "Physical products", true,
			[]tea.KeyPressMsg{code(tea.KeyDown), keypress('x')}, "software-digital"},
		{"country multi-select", "target-markets", append([]tea.KeyPressMsg{keypress('/')}, typed("austr")...), "AU", "Which countries do you want to sell to next", "Aruba (AW)", true,
			[]tea.KeyPressMsg{keypress('x')}, "AU"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, pf := hostPage(t, tc.id)
			view := func() string { return ansi.Strip(h.View().Content) }
			help := func() string {
				lines := strings.Split(strings.TrimRight(view(), "\n "), "\n")
				return lines[len(lines)-1]
			}
			for _, k := range tc.keys {
				hostDrive(h, keyCmd(k))
			}
			filter := "/" + strings.TrimPrefix(string(keysText(tc.keys)), "/")
			if v := view(); !strings.Contains(v, filter) || strings.Contains(v, tc.other) {
				t.Fatalf("the filter %q is not being typed:\n%s", filter, v)
			}
			if hl := help(); !strings.Contains(hl, "esc clear filter") || tc.multi != strings.Contains(hl, "enter end filter") || strings.Contains(hl, "esc end filter") {
				t.Errorf("while the filter is typed, the help line is %q", hl)
			}
			hostDrive(h, keyCmd(code(tea.KeyEscape)))
			v := view()
			if strings.Contains(v, filter) || !strings.Contains(v, tc.other) || !strings.Contains(strings.Join(strings.Fields(strings.ReplaceAll(v, "┃", "")), " "), tc.title) {
				t.Errorf("one Esc left the filter %q in place (or the title changed):\n%s", filter, v)
			}
			if hl := help(); strings.Contains(hl, "clear filter") || !strings.Contains(hl, "/ filter") {
				t.Errorf("after Esc, the help line is %q", hl)
			}
			if got, _ := hoveredOf(unwrap(pf.Form.GetFocusedField())); got != tc.hovered {
				t.Errorf("after Esc, the cursor is on %q, want %q", got, tc.hovered)
			}
			for _, k := range tc.then {
				hostDrive(h, keyCmd(k))
			}
			switch {
			case tc.then == nil:
			case tc.multi:
				if got, _ := pf.Values.Multi(tc.id); !slices.Equal(got, []string{tc.want}) {
					t.Errorf("%s = %v, want [%s]", tc.id, got, tc.want)
				}
			default:
				if got, _ := pf.Values.Single(tc.id); got != tc.want {
					t.Errorf("%s = %q, want %q", tc.id, got, tc.want)
				}
			}
		})
	}
}

// TestEnterKeepsMultiFilter: in a multi-select, Enter ends the typing of a
// filter and keeps what it found, to choose among it; one Esc then clears
// it, the choice kept.
func TestEnterKeepsMultiFilter(t *testing.T) {
	t.Parallel()
	h, pf := hostPage(t, "target-markets")
	for _, k := range append(append([]tea.KeyPressMsg{keypress('/')}, typed("austr")...), code(tea.KeyEnter), code(tea.KeyDown), keypress('x')) {
		hostDrive(h, keyCmd(k))
	}
	if v := ansi.Strip(h.View().Content); !strings.Contains(v, "/austr") || strings.Contains(v, "Aruba (AW)") {
		t.Errorf("Enter did not keep the filter:\n%s", v)
	}
	hostDrive(h, keyCmd(code(tea.KeyEscape)))
	if v := ansi.Strip(h.View().Content); strings.Contains(v, "/austr") || !strings.Contains(v, "Aruba (AW)") {
		t.Errorf("Esc did not clear the filter:\n%s", v)
	}
	if got, _ := pf.Values.Multi("target-markets"); !slices.Equal(got, []string{"AT"}) {
		t.Errorf("target-markets = %v, want [AT]", got)
	}
}

// keysText is the text the keys type.
func keysText(ks []tea.KeyPressMsg) string {
	var b strings.Builder
	for _, k := range ks {
		b.WriteString(k.Text)
	}
	return b.String()
}
