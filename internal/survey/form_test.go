package survey

import (
	"fmt"
	"reflect"
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

// betaPage builds the tiny catalogue's beta page (a yes/no question with
// "Not applicable", then a multiple-choice one with "Don't know").
func betaPage(t *testing.T, lang string, f *answers.File) *PageForm {
	t.Helper()
	cat := tiny(t)
	p := Plan(cat)[3]
	pf := BuildPageForm(p, p.Questions, f, FormConfig{Locale: i18n.Get(lang), KeyMap: KeyMap(i18n.Get(lang)), Theme: huh.ThemeFunc(huh.ThemeBase), Width: 80})
	drive(pf.Form, pf.Form.Init())
	drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 40} })
	return pf
}

func press(f *huh.Form, keys ...tea.KeyPressMsg) {
	for _, k := range keys {
		drive(f, keyCmd(k))
	}
}

func TestFormKeys(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		keys   []tea.KeyPressMsg
		state  huh.FormState
		one    string
		two    []string
		errSub string
	}{
		{
			name:  "down selects the second option, x toggles, enter moves on",
			keys:  []tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyEnter), keypress('x'), code(tea.KeyDown), code(tea.KeyDown), keypress('x'), code(tea.KeyEnter)},
			state: huh.StateCompleted, one: "yes", two: []string{"web", "fair"},
		},
		{
			name:  "j and k move too; the last option is Not applicable",
			keys:  []tea.KeyPressMsg{keypress('j'), keypress('j'), code(tea.KeyEnter), keypress('j'), keypress('k'), keypress(' '), code(tea.KeyEnter)},
			state: huh.StateCompleted, one: catalogue.NotApplicable, two: []string{"web"},
		},
		{
			name:  "a multi-select needs a choice",
			keys:  []tea.KeyPressMsg{code(tea.KeyEnter), code(tea.KeyEnter)},
			state: huh.StateNormal, one: "no", two: []string{}, errSub: "choose at least one option",
		},
		{
			name:  "Don't know stands alone",
			keys:  []tea.KeyPressMsg{code(tea.KeyEnter), keypress('x'), keypress('G'), keypress('x'), code(tea.KeyEnter)},
			state: huh.StateNormal, one: "no", two: []string{"web", catalogue.DontKnow},
			errSub: `"Don't know" cannot be combined with other options`,
		},
		{
			name:  "the select wraps around",
			keys:  []tea.KeyPressMsg{code(tea.KeyUp), code(tea.KeyEnter), keypress('x'), code(tea.KeyEnter)},
			state: huh.StateCompleted, one: catalogue.NotApplicable, two: []string{"web"},
		},
		{
			// huh validates before going back: an empty multi-select first needs a choice.
			name:  "shift+tab goes back to change the first answer",
			keys:  []tea.KeyPressMsg{code(tea.KeyEnter), keypress('x'), tea.KeyPressMsg(tea.Key{Code: tea.KeyTab, Mod: tea.ModShift}), code(tea.KeyDown), code(tea.KeyEnter), code(tea.KeyEnter)},
			state: huh.StateCompleted, one: "yes", two: []string{"web"},
		},
		{
			name:  "ctrl+c aborts",
			keys:  []tea.KeyPressMsg{code(tea.KeyDown), ctrlC()},
			state: huh.StateAborted, one: "yes", two: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cat := tiny(t)
			pf := betaPage(t, "en", answers.New(cat, "en", testNow))
			press(pf.Form, tt.keys...)
			if pf.Form.State != tt.state {
				t.Errorf("state %v, want %v", pf.Form.State, tt.state)
			}
			one, _ := pf.Values.Single("beta.one")
			two, _ := pf.Values.Multi("beta.two")
			if one != tt.one || len(two) != len(tt.two) || len(two) > 0 && !reflect.DeepEqual(two, tt.two) {
				t.Errorf("values %q %q, want %q %q", one, two, tt.one, tt.two)
			}
			if tt.errSub != "" && !strings.Contains(pf.Form.View(), tt.errSub) {
				t.Errorf("view lacks the error %q:\n%s", tt.errSub, pf.Form.View())
			}
		})
	}
}

func TestFormPreselectsEarlierAnswers(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	f := answers.New(cat, "en", testNow)
	f.Answers["beta.one"] = answers.Single(catalogue.NotApplicable)
	f.Answers["beta.two"] = answers.Multiple("agent", "fair")
	pf := betaPage(t, "en", f)
	press(pf.Form, code(tea.KeyEnter), code(tea.KeyEnter))
	if pf.Form.State != huh.StateCompleted {
		t.Fatalf("Enter, Enter did not accept the earlier answers: %v", pf.Form.Errors())
	}
	g := answers.New(cat, "en", testNow)
	for _, k := range pf.Values.Keys() {
		pf.Values.Apply(k, g, testNow)
	}
	if !reflect.DeepEqual(g.Answers, f.Answers) {
		t.Errorf("got %v, want %v", g.Answers, f.Answers)
	}
}

func TestFormView(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	tests := []struct {
		lang string
		want []string
	}{
		{"en", []string{"Beta · 2 of 2", "The second dimension.", "Do you ship goods?", "Not applicable", "enter select"}},
		{"da", []string{"Beta · 2 af 2", "Den anden dimension.", "Sender I varer?", "Ikke relevant", "enter vælg", "/ filtrér"}},
	}
	for _, tt := range tests {
		pf := betaPage(t, tt.lang, answers.New(cat, tt.lang, testNow))
		view := ansi.Strip(pf.Form.View())
		for _, w := range tt.want {
			if !strings.Contains(view, w) {
				t.Errorf("%s view lacks %q:\n%s", tt.lang, w, view)
			}
		}
		press(pf.Form, code(tea.KeyEnter))
		view = ansi.Strip(pf.Form.View())
		if strings.Contains(view, "*") {
			t.Errorf("%s: an error before any key was pressed:\n%s", tt.lang, view)
		}
		for _, w := range []string{map[string]string{"en": "Don't know", "da": "Ved ikke"}[tt.lang], map[string]string{"en": "Choose all that apply.", "da": "Vælg alle, der passer."}[tt.lang]} {
			if !strings.Contains(view, w) {
				t.Errorf("%s multi-select view lacks %q:\n%s", tt.lang, w, view)
			}
		}
	}
}

func TestFormWidth(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, p := range Plan(cat) {
		pf := BuildPageForm(p, p.Questions, answers.New(cat, "da", testNow), FormConfig{Locale: i18n.Get("da"), KeyMap: KeyMap(i18n.Get("da")), Theme: huh.ThemeFunc(huh.ThemeBase), Width: 80, Respondent: p.Kind == ProfilePage, Advisor: p.Kind == ProfilePage, Note: true, NoteKey: "general"})
		drive(pf.Form, pf.Form.Init())
		drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 35} })
		for _, line := range strings.Split(pf.Form.View(), "\n") {
			if w := ansi.StringWidth(line); w > 80 {
				t.Errorf("%s: a line of %d columns: %q", pf.Title, w, line)
			}
		}
	}
}

// TestLongOptionLabels: on a narrow terminal long option labels wrap under
// themselves and are shown whole (huh cut off the last word of a
// multi-select label that wrapped under its checkbox, and left a word of a
// select label alone on a line), for every question of the real catalogue.
func TestLongOptionLabels(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	space := regexp.MustCompile(`[\s┃]+`)
	flat := func(s string) string {
		// A label may wrap after a hyphen: "South-" / "East Asia".
		return strings.ReplaceAll(space.ReplaceAllString(s, " "), "- ", "-")
	}
	for _, width := range []int{50, 60, 80} {
		for _, lang := range i18n.Languages {
			for _, q := range append(append([]*catalogue.Question{}, cat.Profile...), cat.Questions...) {
				p := Page{Kind: DimensionPage, Dimension: &catalogue.Dimension{}, Questions: []*catalogue.Question{q}}
				pf := BuildPageForm(p, p.Questions, answers.New(cat, lang, testNow), FormConfig{Locale: i18n.Get(lang), KeyMap: KeyMap(i18n.Get(lang)), Theme: huh.ThemeFunc(huh.ThemeBase), Width: width})
				drive(pf.Form, pf.Form.Init())
				// Tall enough for the longest question whole: regulated-goods'
				// help and twenty options take more than 90 rows at 50 columns
				// in Italian (a shorter terminal scrolls the list; this test is
				// about wrapping).
				drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: width, Height: 140} })
				view := ansi.Strip(pf.Form.View())
				for _, line := range strings.Split(view, "\n") {
					if w := ansi.StringWidth(line); w > width {
						t.Errorf("%s %s width %d: a line of %d columns: %q", q.ID, lang, width, w, line)
					}
				}
				for _, o := range optionsOf(q, i18n.Get(lang)) {
					if !strings.Contains(flat(view), " "+flat(o.Key)+" ") {
						t.Errorf("%s %s width %d: option %q not shown whole:\n%s", q.ID, lang, width, o.Key, view)
					}
				}
				// A wrapped label hangs under its first line: no option line
				// starts right after the frame.
				for _, line := range strings.Split(view, "\n") {
					if strings.HasPrefix(line, "┃ ") && !strings.HasPrefix(line, "┃  ") && strings.Contains(view, "┃ > ") && optionLine(line, q, lang) {
						t.Errorf("%s %s width %d: an option line not indented: %q", q.ID, lang, width, line)
					}
				}
			}
		}
	}
}

// optionLine reports whether line (of a focused field) shows part of one of
// q's option labels rather than its title or help.
func optionLine(line string, q *catalogue.Question, lang string) bool {
	text := strings.TrimSpace(strings.TrimPrefix(line, "┃"))
	if text == "" || strings.HasPrefix(text, ">") {
		return false
	}
	title := i18n.Get(lang).Pick(q.Text) + " " + i18n.Get(lang).Pick(q.Help) + " " + i18n.Get(lang).T("survey.multi.hint")
	if strings.Contains(strings.Join(strings.Fields(title), " "), text) {
		return false
	}
	for _, o := range optionsOf(q, i18n.Get(lang)) {
		if strings.Contains(o.Key, text) {
			return true
		}
	}
	return false
}

// TestKeyHelpFits: at 60 columns the key help under every kind of field, in
// both languages, is shown whole; it ends with what Enter does, not with an
// ellipsis.
func TestKeyHelpFits(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	const width = 60
	for _, lang := range i18n.Languages {
		for _, p := range Plan(cat) {
			pf := BuildPageForm(p, p.Questions, answers.New(cat, lang, testNow), FormConfig{Locale: i18n.Get(lang), KeyMap: KeyMap(i18n.Get(lang)), Theme: huh.ThemeFunc(huh.ThemeBase), Width: width, Respondent: p.Kind == ProfilePage, Note: true, NoteKey: "general"})
			drive(pf.Form, pf.Form.Init())
			drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: width, Height: 60} })
			for _, key := range pf.Values.Keys() {
				lines := strings.Split(strings.TrimRight(ansi.Strip(pf.Form.View()), "\n "), "\n")
				help := strings.TrimSpace(lines[len(lines)-1])
				if strings.Contains(help, "…") || !strings.Contains(help, "enter ") {
					t.Errorf("%s %s at %d columns: key help %q", lang, key, width, help)
				}
				if _, multi := unwrap(pf.Form.GetFocusedField()).(*multiField); multi {
					press(pf.Form, keypress('x'))
				}
				press(pf.Form, code(tea.KeyEnter))
			}
			if pf.Form.State != huh.StateCompleted {
				t.Errorf("%s %q: not completed (%v)", lang, pf.Title, pf.Form.Errors())
			}
		}
	}
}

// TestMultiHint: a multiple-choice question's help ends with how to answer
// it — "Choose all that apply.", or, for one that takes at most a number
// of answers (max_choices: the target markets, up to five), that number;
// "all that apply" under "Choose up to five" contradicted it.
func TestMultiHint(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		lang, all, max string
	}{
		{"en", "Choose all that apply.", "Choose up to %d."},
		{"da", "Vælg alle, der passer.", "Vælg op til %d."},
	} {
		loc := i18n.Get(tt.lang)
		var withMax, without int
		for _, list := range [][]*catalogue.Question{cat.Profile, cat.Questions} {
			for _, q := range list {
				if !multiKind(q) {
					continue
				}
				_, help, _ := questionTexts(q, loc, 0)
				want, other := tt.all, fmt.Sprintf(tt.max, q.MaxChoices)
				if q.MaxChoices > 0 {
					want, other = other, tt.all
					withMax++
				} else {
					without++
				}
				if !strings.HasSuffix(help, "\n\n"+want) || strings.Contains(help, other) {
					t.Errorf("%s %s (max_choices %d): help ends %q, want %q", tt.lang, q.ID, q.MaxChoices, help[max(len(help)-60, 0):], want)
				}
			}
		}
		if withMax == 0 || without == 0 {
			t.Errorf("%s: %d questions with max_choices, %d without; the test needs both", tt.lang, withMax, without)
		}
	}
}
