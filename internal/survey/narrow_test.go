package survey

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// narrowRunner shows the pages that are built outside BuildPageForm (their
// first field's key starts with "_": the language offer, an existing file,
// the targets) in a host on a terminal width columns wide, as a Session
// does, keeps each view, and answers the page with keys[its first key]
// (else Enter). Other pages go to next.
type narrowRunner struct {
	t     *testing.T
	width int
	keys  map[string][]tea.KeyPressMsg
	next  pageRunner
	views map[string]string
}

func (r *narrowRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	first := pf.Values.keys[0]
	if !strings.HasPrefix(first, "_") || first == KeyCompany || first == KeyAdvisor || first == KeyNote {
		return r.next.run(ctx, pf, commit)
	}
	h := &host{}
	reply := make(chan huh.FormState, 1)
	hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: r.width, Height: 60} })
	hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: reply} })
	r.views[first] = ansi.Strip(h.View().Content)
	keys, ok := r.keys[first]
	if !ok {
		keys = []tea.KeyPressMsg{code(tea.KeyEnter)}
	}
	for _, k := range keys {
		hostDrive(h, keyCmd(k))
	}
	select {
	case st := <-reply:
		return settle(pf, st, commit)
	default:
		r.t.Fatalf("page %s did not end", first)
		return nil
	}
}

// TestNarrowStandalonePages: the prompts that are not pages of questions —
// the offer of the region's language, what to do with an existing file,
// whether to set targets and which — fit a terminal 40 columns wide, as the
// questions' pages do: no line is wider, and no word of their texts is cut
// off or lost (they were drawn 80 wide, so the terminal cut each line and
// a wrapped description lost every other line).
func TestNarrowStandalonePages(t *testing.T) {
	t.Parallel()
	const width = 40
	words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	check := func(t *testing.T, name, view string, texts ...string) {
		t.Helper()
		if view == "" {
			t.Fatalf("%s: not shown", name)
		}
		for _, line := range strings.Split(view, "\n") {
			if lipgloss.Width(line) > width {
				t.Errorf("%s: line is %d wide: %q", name, lipgloss.Width(line), line)
			}
		}
		flat := words(strings.ReplaceAll(view, "┃", ""))
		for _, s := range texts {
			if !strings.Contains(flat, words(s)) {
				t.Errorf("%s: %q is not shown whole:\n%s", name, words(s), view)
			}
		}
	}

	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			loc := i18n.Get(lang)

			// Targets: yes, then the stage, the areas and the level.
			cat := embedded(t)
			r := &narrowRunner{t: t, width: width, views: map[string]string{},
				keys: map[string][]tea.KeyPressMsg{"_targets": {code(tea.KeyDown), code(tea.KeyEnter)}, "_stage": {code(tea.KeyEnter), code(tea.KeyEnter), code(tea.KeyEnter)}}}
			f := answers.New(cat, lang, testNow)
			if err := AskTargets(context.Background(), Options{Catalogue: cat, Locale: loc, Width: 80, runner: r}, f); err != nil {
				t.Fatal(err)
			}
			check(t, "targets", r.views["_targets"], loc.T("survey.targets.ask"), loc.T("survey.targets.why"), loc.T("survey.targets.no"), loc.T("survey.targets.yes"))
			check(t, "targets' details", r.views["_stage"], loc.T("survey.targets.stage"), loc.T("survey.targets.dimensions.help"))

			// An existing file.
			r.views = map[string]string{}
			path := "a-rather-long-folder-name/eis-answers.yaml"
			if _, err := AskExisting(context.Background(), Options{Catalogue: cat, Locale: loc, Width: 80, runner: r}, path); err != nil {
				t.Fatal(err)
			}
			check(t, "existing file", r.views["_existing"], loc.T("survey.existing.desc"), loc.T("survey.existing.restart"), loc.T("survey.existing.cancel"))

			// The region's language, offered in the profile.
			other := "da"
			if lang == "da" {
				other = "en"
			}
			home := tinyDanishHome(t)
			if other == "en" {
				home.Region("home").Languages = []string{"en"}
			}
			r.views = map[string]string{}
			r.next = &keyRunner{t: t, cat: home, lang: lang, choices: fullChoices}
			g := answers.New(home, lang, testNow)
			if err := Run(context.Background(), Options{Catalogue: home, Locale: loc, Width: 80, Respondent: true, Now: fixedNow, Save: (&memSaver{}).save, runner: r, OfferLanguage: true}, g); err != nil {
				t.Fatal(err)
			}
			check(t, "language offer", r.views[keyLanguage], i18n.Get(other).T("survey.language.offer"), loc.T("survey.language.keep"))
		})
	}
}

// TestTargetsKeyHelp: the key help of "Set targets for next time?" says
// what Enter does there — confirm the choice — not "save page" (ux24),
// and offers no filter for its two options.
func TestTargetsKeyHelp(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			loc := i18n.Get(lang)
			cat := embedded(t)
			r := &narrowRunner{t: t, width: 80, views: map[string]string{},
				keys: map[string][]tea.KeyPressMsg{"_targets": {keypress('/'), code(tea.KeyDown), code(tea.KeyEnter)}, "_stage": {code(tea.KeyEnter), code(tea.KeyEnter), code(tea.KeyEnter)}}}
			f := answers.New(cat, lang, testNow)
			if err := AskTargets(context.Background(), Options{Catalogue: cat, Locale: loc, Width: 80, runner: r}, f); err != nil {
				t.Fatal(err)
			}
			view := strings.TrimRight(r.views["_targets"], "\n ")
			help := view[strings.LastIndex(view, "\n")+1:]
			if want := "enter " + loc.T("survey.key.confirm"); !strings.Contains(help, want) {
				t.Errorf("help %q lacks %q", help, want)
			}
			for _, not := range []string{loc.T("survey.key.submit"), loc.T("survey.key.filter")} {
				if strings.Contains(help, not) {
					t.Errorf("help %q says %q", help, not)
				}
			}
			// '/' did not filter: Down and Enter still chose "yes", and the
			// targets were asked.
			if r.views["_stage"] == "" {
				t.Errorf("the targets were not asked after / ↓ Enter")
			}
		})
	}
}
