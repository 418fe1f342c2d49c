package survey

import (
	"os"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestSelectMoreLine: a single-choice list that the terminal cuts says, on
// a line below it, how many options are out of view below and above, as a
// cut multi-select does (TestMoreLine), and the page stays within the
// terminal with its key help in view. ux26 in tmux: the review at 80×24
// and the turnover at 60×20 ended on a bare "┃", the options below unseen.
// A list with every option in view has no such line.
func TestSelectMoreLine(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	raw, err := os.ReadFile("../../practices/testdata/profiles/dk-aalborg-outside.yaml")
	if err != nil {
		t.Fatal(err)
	}
	question := func(id string) (Page, *catalogue.Question) {
		for _, p := range Plan(cat) {
			for _, q := range p.Questions {
				if q.ID == id {
					return p, q
				}
			}
		}
		t.Fatalf("no question %s", id)
		return Page{}, nil
	}
	for _, lang := range []string{"en", "pt", "hr"} {
		loc := i18n.Get(lang)
		cfg := FormConfig{Locale: loc, KeyMap: KeyMap(loc), Theme: huh.ThemeFunc(huh.ThemeBase), Catalogue: cat}
		full, diags, err := answers.Read(strings.NewReader(string(raw)), "profile.yaml", cat)
		if err != nil || len(diags) > 0 {
			t.Fatalf("profile: %v %v", err, diags)
		}
		full.Language = lang
		for _, tc := range []struct {
			name          string
			width, height int
			build         func(cfg FormConfig) *PageForm
			cut           bool // the list does not fit
		}{
			{"review 80×24", 80, 24, func(cfg FormConfig) *PageForm {
				return buildReview(Summary(cat, full, loc, nil), cfg)
			}, true},
			{"review 80×200", 80, 200, func(cfg FormConfig) *PageForm {
				return buildReview(Summary(cat, full, loc, nil), cfg)
			}, false},
			{"turnover 60×16", 60, 16, func(cfg FormConfig) *PageForm {
				p, q := question("turnover")
				return BuildPageForm(p, []*catalogue.Question{q}, answers.New(cat, lang, testNow), cfg)
			}, true},
			{"turnover 80×40", 80, 40, func(cfg FormConfig) *PageForm {
				p, q := question("turnover")
				return BuildPageForm(p, []*catalogue.Question{q}, answers.New(cat, lang, testNow), cfg)
			}, false},
			// A country list scrolls at any height.
			{"home country 80×40", 80, 40, func(cfg FormConfig) *PageForm {
				p, q := question("home-country")
				return BuildPageForm(p, []*catalogue.Question{q}, answers.New(cat, lang, testNow), cfg)
			}, true},
		} {
			t.Run(lang+"/"+tc.name, func(t *testing.T) {
				cfg := cfg
				cfg.Width = tc.width
				pf := tc.build(cfg)
				h := &host{}
				hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: tc.width, Height: tc.height} })
				hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: tc.width, reply: make(chan huh.FormState, 1)} })
				keys := selectKeys(t, pf.Fields[0])
				view := func() string { return strings.TrimRight(ansi.Strip(h.View().Content), "\n ") }
				check := func(at string, wantAbove bool) {
					t.Helper()
					v := view()
					if n := strings.Count(v, "\n") + 1; n > tc.height {
						t.Errorf("%s: %d lines, more than the terminal's %d:\n%s", at, n, tc.height, v)
					}
					if !strings.Contains(v, "enter") {
						t.Errorf("%s: no key help in view:\n%s", at, v)
					}
					above, below := moreCounts(t, loc, v)
					if !tc.cut {
						if above+below != 0 || missingOptions(v, keys) != 0 {
							t.Errorf("%s: every option fits, yet %d missing, more line says %d above, %d below:\n%s", at, missingOptions(v, keys), above, below, v)
						}
						return
					}
					if below == 0 && !wantAbove {
						t.Errorf("%s: the list is cut, and no line says how many more are below:\n%s", at, v)
					}
					if wantAbove && above == 0 {
						t.Errorf("%s: scrolled to the end, and no line says how many are above:\n%s", at, v)
					}
					if !wantAbove {
						// At the top, every option not in view is below.
						if m := missingOptions(v, keys); m != below {
							t.Errorf("%s: %d options out of view, the line says %d below:\n%s", at, m, below, v)
						}
					}
				}
				check("at the top", false)
				if !tc.cut {
					return
				}
				press(h.page.Form, tea.KeyPressMsg(tea.Key{Code: tea.KeyEnd}))
				check("at the end", true)
				if _, below := moreCounts(t, loc, view()); below != 0 {
					t.Errorf("at the end: the line says %d more below:\n%s", below, view())
				}
			})
		}
	}
}

// moreCounts reads the numbers of the line under a cut list ("↑ 3 more
// ↓ 15 more" in loc), 0 for a part not there.
func moreCounts(t *testing.T, loc i18n.Locale, view string) (above, below int) {
	t.Helper()
	num := func(key, line string) int {
		// The message with its number as a pattern.
		pat := regexp.QuoteMeta(loc.N(key, 7, 7))
		re := regexp.MustCompile(strings.Replace(pat, "7", `([0-9]+)`, 1))
		if m := re.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n
		}
		return 0
	}
	for _, l := range strings.Split(view, "\n") {
		if strings.HasPrefix(l, "┃") {
			continue // an option
		}
		above += num("survey.multi.above", l)
		below += num("survey.multi.below", l)
	}
	return above, below
}

// missingOptions counts the options whose first line is not in view.
func missingOptions(view string, keys []string) int {
	n := 0
	for _, k := range keys {
		first, _, _ := strings.Cut(k, "\n")
		if !strings.Contains(view, "┃   "+first) && !strings.Contains(view, "┃ > "+first) {
			n++
		}
	}
	return n
}

// selectKeys are the labels of the options of the select f is or wraps.
func selectKeys(t *testing.T, f huh.Field) []string {
	t.Helper()
	var sel *huh.Select[string]
	switch x := f.(type) {
	case *huh.Select[string]:
		sel = x
	case *headedSelect:
		sel = x.Select
	default:
		t.Fatalf("%T is no select", f)
	}
	opts := reflect.ValueOf(sel).Elem().FieldByName("filteredOptions")
	var keys []string
	for i := range opts.Len() {
		keys = append(keys, opts.Index(i).FieldByName("Key").String())
	}
	if len(keys) == 0 {
		t.Fatal("no options")
	}
	return keys
}
