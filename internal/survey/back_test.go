package survey

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// step is what a scripted terminal user does on one page shown: the keys
// pressed, given the page (its fields, its focus).
type step func(t testing.TB, pf *PageForm) []tea.KeyPressMsg

// stepRunner drives each page shown with the next step, at model level,
// and ends it as sessionRunner would: completed, aborted, or back.
type stepRunner struct {
	t     testing.TB
	steps []step
	shown []*PageForm
}

func (r *stepRunner) run(_ context.Context, pf *PageForm, commit func(string)) error {
	r.t.Helper()
	if len(r.shown) >= len(r.steps) {
		r.t.Fatalf("page %q shown, but the script has only %d steps", pf.Title, len(r.steps))
	}
	st := r.steps[len(r.shown)]
	r.shown = append(r.shown, pf)
	f := pf.Form
	drive(f, pf.start())
	drive(f, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
	for _, k := range st(r.t, pf) {
		drive(f, keyCmd(k))
		if pf.back {
			return settle(pf, stateBack, commit)
		}
	}
	switch f.State {
	case huh.StateAborted, huh.StateCompleted:
		return settle(pf, f.State, commit)
	}
	r.t.Fatalf("page %q did not finish: form state %v; errors %v", pf.Title, f.State, f.Errors())
	return nil
}

// focused is the key of pf's focused field.
func focused(pf *PageForm) string { return pf.Form.GetFocusedField().GetKey() }

// pick moves to option want of the focused single choice and presses Enter.
func pick(lang string, q *catalogue.Question, want string) []tea.KeyPressMsg {
	ks := []tea.KeyPressMsg{code(tea.KeyHome)}
	for _, o := range optionsOf(q, i18n.Get(lang)) {
		if o.Value == want {
			break
		}
		ks = append(ks, code(tea.KeyDown))
	}
	return append(ks, code(tea.KeyEnter))
}

// expect checks pf's focused field and returns keys.
func expect(key string, keys ...tea.KeyPressMsg) step {
	return func(t testing.TB, pf *PageForm) []tea.KeyPressMsg {
		t.Helper()
		if got := focused(pf); got != key {
			t.Errorf("page %q opens on %q, want %q", pf.Title, got, key)
		}
		return keys
	}
}

func enters(n int) []tea.KeyPressMsg {
	ks := make([]tea.KeyPressMsg, n)
	for i := range ks {
		ks[i] = code(tea.KeyEnter)
	}
	return ks
}

// TestBackAcrossPages is the "done when" on the terminal form, at
// model level: answer a page, go back two questions across the page
// boundary (and a part boundary), change an answer so that a follow-up no
// longer applies, review, confirm. The follow-up's answer is dropped, and
// the next page says so; everything else is kept.
func TestBackAcrossPages(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	q := cat.Question
	all := func(ks ...[]tea.KeyPressMsg) []tea.KeyPressMsg { return slices.Concat(ks...) }
	r := &stepRunner{t: t, steps: []step{
		// profile: company (empty), region home, markets north, sector, size, exports
		expect(KeyCompany, all(enters(2), []tea.KeyPressMsg{keypress('x')}, enters(4))...),
		// alpha, part 1: alpha.one "some"
		expect("alpha.one", pick("en", q("alpha.one"), "some")...),
		// alpha, part 2: alpha.two yes, alpha.three yes
		expect("alpha.two", all(pick("en", q("alpha.two"), "yes"), pick("en", q("alpha.three"), "yes"))...),
		// beta: back from its first question...
		expect("beta.one", shiftTab()),
		// ... to alpha.three, back to alpha.two, back across the part
		// boundary to alpha.one
		expect("alpha.three", shiftTab(), shiftTab()),
		// alpha.one, now "none": alpha.two no longer applies
		func(t testing.TB, pf *PageForm) []tea.KeyPressMsg {
			if got := focused(pf); got != "alpha.one" {
				t.Errorf("opens on %q, want alpha.one", got)
			}
			if v, _ := pf.Values.Single("alpha.one"); v != "some" {
				t.Errorf("alpha.one pre-selects %q, want some", v)
			}
			return pick("en", q("alpha.one"), "none")
		},
		// alpha's second part, whole again: alpha.three only, its answer
		// kept, and a notice about alpha.two
		func(t testing.TB, pf *PageForm) []tea.KeyPressMsg {
			if got := pf.Values.Keys(); !slices.Equal(got, []string{"alpha.three"}) {
				t.Errorf("fields %v, want alpha.three alone", got)
			}
			if v, _ := pf.Values.Single("alpha.three"); v != "yes" {
				t.Errorf("alpha.three pre-selects %q, want yes", v)
			}
			if !strings.Contains(pf.Description, "“Is it written down?” was removed") {
				t.Errorf("no notice of the dropped answer:\n%s", pf.Description)
			}
			return enters(1)
		},
		// beta whole again, answered now: beta.one no, beta.two web
		expect("beta.one", all(pick("en", q("beta.one"), "no"), []tea.KeyPressMsg{keypress('x'), code(tea.KeyEnter)})...),
		// the review: the summary shows the change; confirm
		func(t testing.TB, pf *PageForm) []tea.KeyPressMsg {
			if pf.Values.Keys()[0] != KeyReview {
				t.Fatalf("page %q, want the review", pf.Title)
			}
			view := ansi.Strip(pf.Form.View())
			for _, w := range []string{"How far along are you? → Not started", "Do you review it? → Yes", "Which channels do you use? → Web shop"} {
				if !strings.Contains(view, w) {
					t.Errorf("review lacks %q:\n%s", w, view)
				}
			}
			if strings.Contains(view, "Is it written down?") {
				t.Errorf("review lists the dropped question:\n%s", view)
			}
			return enters(1)
		},
	}}
	f := answers.New(cat, "en", testNow)
	s := &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Respondent: true, Review: true, Now: fixedNow, Save: s.save, runner: r}, f); err != nil {
		t.Fatal(err)
	}
	if len(r.shown) != len(r.steps) {
		t.Errorf("%d pages shown, want %d", len(r.shown), len(r.steps))
	}
	checkDoneWhen(t, s.last())
}

// checkDoneWhen checks the file the "done when" scenario saves: alpha.one
// changed to none, so alpha.two's answer is gone; the rest kept; complete.
func checkDoneWhen(t *testing.T, saved string) {
	t.Helper()
	for _, w := range []string{"alpha.one: none", "alpha.three: \"yes\"", "beta.one: \"no\"", "complete: true"} {
		if !strings.Contains(saved, w) {
			t.Errorf("saved file lacks %q:\n%s", w, answersPart(saved))
		}
	}
	if strings.Contains(answersPart(saved), "alpha.two") {
		t.Errorf("alpha.two no longer applies but kept its answer:\n%s", answersPart(saved))
	}
}

// TestBackNotFromFirstPage: the questionnaire's first field cannot go back
// (no "back" in its help); every later page's first field can.
func TestBackNotFromFirstPage(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	pages := Plan(cat)
	for _, canBack := range []bool{false, true} {
		pf := BuildPageForm(pages[0], pages[0].Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, CanGoBack: canBack})
		drive(pf.Form, pf.start())
		drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
		help := ansi.Strip(pf.Form.View())
		if got := strings.Contains(help, "shift+tab back"); got != canBack {
			t.Errorf("CanGoBack %v: help shows back: %v\n%s", canBack, got, help)
		}
		drive(pf.Form, keyCmd(shiftTab()))
		if pf.back != canBack {
			t.Errorf("CanGoBack %v: Shift+Tab went back: %v", canBack, pf.back)
		}
	}
}

// TestReviewRevisit: from the review, a page is chosen and shown whole with
// its answers; after it, the review comes back (nothing else is asked), and
// confirming ends the questionnaire with the change saved.
func TestReviewRevisit(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	f := answers.New(cat, "en", testNow)
	for id, v := range map[string]string{"region": "home", "sector": "goods", "size": "micro", "exports": "none", "alpha.one": "none", "alpha.three": "no", "beta.one": "yes"} {
		f.Answers[id] = answers.Single(v)
	}
	f.Answers["markets"] = answers.Multiple("north")
	f.Answers["beta.two"] = answers.Multiple(catalogue.DontKnow)
	r := &stepRunner{t: t, steps: []step{
		func(t testing.TB, pf *PageForm) []tea.KeyPressMsg {
			if !strings.Contains(ansi.Strip(pf.Form.View()), "Which channels do you use? → Don't know (to clarify)") {
				t.Errorf("review does not mark don't know:\n%s", pf.Form.View())
			}
			// The options: confirm, profile, alpha, beta.
			return []tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyDown), code(tea.KeyDown), code(tea.KeyEnter)}
		},
		// beta.one: no; beta.two keeps "don't know"
		expect("beta.one", append(pick("en", cat.Question("beta.one"), "no"), code(tea.KeyEnter))...),
		func(t testing.TB, pf *PageForm) []tea.KeyPressMsg {
			if !strings.Contains(ansi.Strip(pf.Form.View()), "Do you ship goods? → No") {
				t.Errorf("review lacks the change:\n%s", pf.Form.View())
			}
			return enters(1)
		},
	}}
	s := &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Resume: true, StartAtReview: true, Review: true, Now: fixedNow, Save: s.save, runner: r}, f); err != nil {
		t.Fatal(err)
	}
	if len(r.shown) != 3 {
		t.Fatalf("%d screens shown, want review, beta, review", len(r.shown))
	}
	if !strings.Contains(s.last(), "beta.one: \"no\"") || !strings.Contains(s.last(), "complete: true") {
		t.Errorf("saved:\n%s", s.last())
	}
}

// TestFilterEscKeepsOption: '/' filters every choice field, the help line
// says so, and leaving the filter with Esc (twice: end it, clear it) keeps
// the option that was under the cursor, so Enter chooses it.
func TestFilterEscKeepsOption(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	for _, tt := range []struct {
		key, filter, want string
	}{
		{"region", "aw", "away"},
		{"markets", "ea", "east"},
	} {
		pages := Plan(cat)
		pf := BuildPageForm(pages[0], pages[0].Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, CanGoBack: true, Focus: tt.key})
		drive(pf.Form, pf.start())
		drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
		if got := focused(pf); got != tt.key {
			t.Fatalf("focus %q, want %q", got, tt.key)
		}
		if v := ansi.Strip(pf.Form.View()); !strings.Contains(v, "/ filter") {
			t.Errorf("%s: help lacks '/ filter':\n%s", tt.key, v)
		}
		keys := []tea.KeyPressMsg{keypress('/')}
		for _, c := range tt.filter {
			keys = append(keys, keypress(c))
		}
		keys = append(keys, code(tea.KeyEscape), code(tea.KeyEscape))
		for _, k := range keys {
			drive(pf.Form, keyCmd(k))
		}
		if got, _ := hoveredOf(unwrap(pf.Form.GetFocusedField())); got != tt.want {
			t.Errorf("%s: after the filter and Esc the cursor is on %q, want %q", tt.key, got, tt.want)
		}
		if tt.key == "markets" {
			drive(pf.Form, keyCmd(keypress('x')))
		}
		drive(pf.Form, keyCmd(code(tea.KeyEnter)))
		var v any
		if tt.key == "markets" {
			v, _ = pf.Values.Multi(tt.key)
		} else {
			v, _ = pf.Values.Single(tt.key)
		}
		if got := fmt.Sprint(v); !strings.Contains(got, tt.want) {
			t.Errorf("%s = %v, want %s", tt.key, got, tt.want)
		}
	}
}

// TestAccessibleBack is the "done when" in accessible mode: the back word
// goes to the previous question, within a page and across pages, with the
// answer kept as the default; a changed answer drops the follow-up, which
// is said; the review is confirmed with a number.
func TestAccessibleBack(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	for _, tt := range []struct{ lang, back string }{{"en", "b"}, {"da", "tilbage"}} {
		input := strings.Join([]string{
			"", "1", "1", "0", "1", "1", "1", // profile: company, region, markets (north), 0, sector, size, exports
			"2",      // alpha.one: some
			"2", "2", // alpha.two: yes; alpha.three: yes
			tt.back,  // beta.one: back to alpha.three
			tt.back,  // alpha.three: back to alpha.two
			tt.back,  // alpha.two: back to alpha.one (another part)
			"1",      // alpha.one: none — alpha.two no longer applies
			"",       // alpha.three: Enter keeps yes
			"1",      // beta.one: no
			"1", "0", // beta.two: web
			"1", // review: confirm
		}, "\n") + "\n"
		f := answers.New(cat, tt.lang, testNow)
		s := &memSaver{}
		var out strings.Builder
		err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get(tt.lang), Accessible: true, In: strings.NewReader(input), Out: &out, Respondent: true, Review: true, Now: fixedNow, Save: s.save}, f)
		if err != nil {
			t.Fatalf("%s: %v\n%s", tt.lang, err, out.String())
		}
		checkDoneWhen(t, s.last())
		loc := i18n.Get(tt.lang)
		for _, w := range []string{
			loc.T("survey.a11y.back-hint", tt.back),
			loc.T("survey.dropped", loc.Pick(cat.Question("alpha.two").Text)),
			loc.T("survey.review.title"),
		} {
			if !strings.Contains(out.String(), w) {
				t.Errorf("%s: output lacks %q", tt.lang, w)
			}
		}
	}
}

// TestAccessibleBackAtStart: the back word on the very first question says
// there is nothing before it and asks again.
func TestAccessibleBackAtStart(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	var out strings.Builder
	err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Accessible: true, In: strings.NewReader("b\n"), Out: &out, Now: fixedNow}, answers.New(cat, "en", testNow))
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("err %v, want the end of input", err)
	}
	if !strings.Contains(out.String(), "This is the first question: there is nothing before it.") {
		t.Errorf("output:\n%s", out.String())
	}
}

// TestSessionBackAcrossPages is the "done when" on the terminal, through
// the real Bubble Tea program reading a pipe as it reads a terminal: answer
// the profile and the alpha page, go back from beta's first question two
// questions and across alpha's part boundary, change alpha.one so that
// alpha.two no longer applies, go on, confirm the review. Each key is typed
// once the program has taken the one before, as a person types.
func TestSessionBackAcrossPages(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	s, pw, w := testSession(t)
	ms := &memSaver{}
	done := make(chan error, 1)
	go func() {
		done <- Run(context.Background(), Options{
			Catalogue: cat, Locale: i18n.Get("en"), Width: 80, Review: true,
			Session: s, Now: fixedNow, Save: ms.save,
		}, answers.New(cat, "en", testNow))
	}()
	const (
		enter    = "\r"
		down     = "\x1b[B"
		up       = "\x1b[A"
		shiftTab = "\x1b[Z"
	)
	page := 0
	// next waits for the next page to be fully up (its start-up ends with
	// a window size request).
	next := func() {
		t.Helper()
		page++
		w.await(t, "survey.showMsg", page)
		w.await(t, "tea.windowSizeMsg", page)
	}
	fields, backs := 0, 0
	seen := map[string]int{} // keys typed, by name
	// key types k and waits until the program has handled it.
	key := func(k string) {
		t.Helper()
		go pw.Write([]byte(k))
		name := map[string]string{enter: "key:enter", down: "key:down", up: "key:up", shiftTab: "key:shift+tab", "x": "key:x"}[k]
		seen[name]++
		w.await(t, name, seen[name])
	}
	// move types k, which moves the focus within a page, and waits for
	// huh's move.
	move := func(k string) {
		t.Helper()
		key(k)
		if k == shiftTab {
			backs++
			w.await(t, "huh.prevFieldMsg", backs)
		} else {
			fields++
			w.await(t, "huh.nextFieldMsg", fields)
		}
	}
	next() // profile: region, markets, sector, size, exports
	move(enter)
	key("x")
	for range 4 {
		move(enter)
	}
	next() // alpha.one: some
	key(down)
	move(enter)
	next() // alpha.two: yes; alpha.three: yes
	key(down)
	move(enter)
	key(down)
	move(enter)
	next() // beta: back from its first question
	key(shiftTab)
	next() // alpha.three, then back to alpha.two, then back to alpha.one
	move(shiftTab)
	key(shiftTab)
	next() // alpha.one: from some to none
	key(up)
	move(enter)
	next() // alpha.three alone, its answer kept
	move(enter)
	next() // beta: no; web
	move(enter)
	key("x")
	move(enter)
	next() // the review: confirm
	move(enter)
	var err error
	select {
	case err = <-done:
	case <-time.After(testutil.Blocked):
		t.Fatal("the questionnaire did not end")
	}
	if err != nil {
		t.Fatal(err)
	}
	checkDoneWhen(t, ms.last())
}

// TestFilterAfterGoingBack: a choice field reached with Shift+Tab (after
// another field's filter was used and left) filters with '/' as well.
func TestFilterAfterGoingBack(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	pages := Plan(cat)
	pf := BuildPageForm(pages[0], pages[0].Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, Focus: "sector"})
	drive(pf.Form, pf.start())
	drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
	keys := []tea.KeyPressMsg{keypress('/'), keypress('s'), keypress('e'), keypress('r'), code(tea.KeyEscape), code(tea.KeyEscape), // sector: services
		shiftTab(), shiftTab(), // back over markets to region
		keypress('/'), keypress('a'), keypress('w'), code(tea.KeyEnter)} // region: away
	for _, k := range keys {
		drive(pf.Form, keyCmd(k))
	}
	if v, _ := pf.Values.Single("region"); v != "away" {
		t.Errorf("region = %q, want away (filtered after going back)", v)
	}
	if v, _ := pf.Values.Single("sector"); v != "services" {
		t.Errorf("sector = %q, want services", v)
	}
}

// TestReviewConfirmedRecordsCatalogue: a file reviewed and confirmed
// records the catalogue it was confirmed against, so that eis plan no
// longer tells the user to review answers they have just reviewed; a file
// left before the review keeps the catalogue it was started against.
func TestReviewConfirmedRecordsCatalogue(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	old := answers.CatalogueRef{ID: cat.Meta.ID, Version: "2020.1", Digest: "sha256:old", Questions: map[string]string{"beta.one": "deadbeef"}}
	newFile := func() *answers.File {
		f := answers.New(cat, "en", testNow)
		for id, v := range map[string]string{"region": "home", "sector": "goods", "size": "micro", "exports": "none", "alpha.one": "none", "alpha.three": "no", "beta.one": "yes"} {
			f.Answers[id] = answers.Single(v)
		}
		f.Answers["markets"] = answers.Multiple("north")
		f.Answers["beta.two"] = answers.Multiple(catalogue.DontKnow)
		f.Catalogue = old
		return f
	}
	f := newFile()
	r := &stepRunner{t: t, steps: []step{func(t testing.TB, pf *PageForm) []tea.KeyPressMsg { return enters(1) }}}
	s := &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Resume: true, StartAtReview: true, Review: true, Now: fixedNow, Save: s.save, runner: r}, f); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(f.Catalogue, answers.Ref(cat)) || strings.Contains(s.last(), "sha256:old") {
		t.Errorf("confirmed in the review, the file keeps the old catalogue:\n%s", s.last())
	}

	// Ctrl-C on the review: nothing was confirmed.
	f = newFile()
	r = &stepRunner{t: t, steps: []step{func(t testing.TB, pf *PageForm) []tea.KeyPressMsg { return []tea.KeyPressMsg{ctrlC()} }}}
	s = &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Resume: true, StartAtReview: true, Review: true, Now: fixedNow, Save: s.save, runner: r}, f); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("Ctrl-C on the review: %v", err)
	}
	if !reflect.DeepEqual(f.Catalogue, old) {
		t.Errorf("interrupted before confirming, the file records another catalogue: %+v", f.Catalogue)
	}
}

// TestMultiChoiceCursorOnChosen: a multi choice shown with earlier
// answers (a page gone back to, or reviewed) has the cursor on the first
// chosen option, as a single choice has, so the answer is in view: it was
// on the first option, and in a list of 250 countries the chosen one was
// out of sight.
func TestMultiChoiceCursorOnChosen(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	f := answers.New(cat, "en", testNow)
	f.Answers["markets"] = answers.Multiple("east")
	pages := Plan(cat)
	pf := BuildPageForm(pages[0], pages[0].Questions, f, FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, CanGoBack: true, Focus: "markets"})
	drive(pf.Form, pf.start())
	drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
	if got := focused(pf); got != "markets" {
		t.Fatalf("focus %q, want markets", got)
	}
	ff := pf.Form.GetFocusedField()
	if tr, ok := ff.(*tracked); ok {
		ff = tr.Field
	}
	field, ok := ff.(*multiField)
	if !ok {
		t.Fatalf("markets is a %T", ff)
	}
	if hovered, _ := field.Hovered(); hovered != "east" {
		t.Errorf("cursor on %q, want the chosen east", hovered)
	}
}
