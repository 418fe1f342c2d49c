package survey

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// TestTargetsShowEveryArea: the targets' page lists every area of
// readiness to strengthen. huh sized the list's view as its options' lines
// less its title's and description's, so Legal… and Logistics… were never
// in view (ux27, Croatian in tmux at 80×24 and 80×40: 8 of the 10 areas,
// with no sign of more).
func TestTargetsShowEveryArea(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, lang := range []string{"en", "hr"} {
		loc := i18n.Get(lang)
		r := &narrowRunner{t: t, width: 80, views: map[string]string{},
			keys: map[string][]tea.KeyPressMsg{"_targets": {code(tea.KeyDown), code(tea.KeyEnter)}, "_stage": {code(tea.KeyEnter), code(tea.KeyEnter), code(tea.KeyEnter)}}}
		if err := AskTargets(context.Background(), Options{Catalogue: cat, Locale: loc, Width: 80, runner: r}, answers.New(cat, lang, testNow)); err != nil {
			t.Fatal(err)
		}
		view := r.views["_stage"]
		if view == "" {
			t.Fatalf("%s: the targets' page was not shown", lang)
		}
		// An option's line ends with its label.
		shown := map[string]bool{}
		for _, l := range strings.Split(view, "\n") {
			shown[strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "[ ]"))] = true
		}
		for _, d := range cat.Dimensions {
			if title := loc.Pick(d.Title); !shown[title] {
				t.Errorf("%s: the area %q is not in view:\n%s", lang, title, view)
			}
		}
	}
}

// TestTargetsPagesShowTheirTitle: both targets' pages carry the page's
// title in the form, as the questions' pages do. It showed only in
// accessible mode (the runner says it there); the form opened on a bare
// "Set targets for next time?" (words28, session 28, in tmux at 80×24).
func TestTargetsPagesShowTheirTitle(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, lang := range []string{"en", "pl"} {
		loc := i18n.Get(lang)
		r := &narrowRunner{t: t, width: 80, views: map[string]string{},
			keys: map[string][]tea.KeyPressMsg{"_targets": {code(tea.KeyDown), code(tea.KeyEnter)}, "_stage": {code(tea.KeyEnter), code(tea.KeyEnter), code(tea.KeyEnter)}}}
		if err := AskTargets(context.Background(), Options{Catalogue: cat, Locale: loc, Width: 80, runner: r}, answers.New(cat, lang, testNow)); err != nil {
			t.Fatal(err)
		}
		title := loc.T("survey.targets.title")
		for _, page := range []string{"_targets", "_stage"} {
			view := r.views[page]
			if view == "" {
				t.Fatalf("%s: the page %s was not shown", lang, page)
			}
			if first := strings.TrimSpace(strings.SplitN(strings.TrimLeft(view, "\n"), "\n", 2)[0]); first != title {
				t.Errorf("%s: the page %s opens with %q, want its title %q:\n%s", lang, page, first, title, view)
			}
		}
	}
}
