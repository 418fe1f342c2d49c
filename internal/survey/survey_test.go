package survey

import (
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// fullChoices answers every question of the tiny catalogue, with alpha.one
// not "none" so that alpha.two is asked.
var fullChoices = Choices{
	KeyCompany:    {"Acme ApS"},
	"region":      {"home"},
	"markets":     {"north", "east"},
	"sector":      {"goods"},
	"size":        {"micro"},
	"exports":     {"none"},
	"alpha.one":   {"some"},
	"alpha.two":   {catalogue.DontKnow},
	"alpha.three": {"yes"},
	"beta.one":    {catalogue.NotApplicable},
	"beta.two":    {"web", "fair"},
}

const fullAnswersYAML = `answers:
  alpha.one: some
  alpha.three: "yes"
  alpha.two: dont-know
  beta.one: not-applicable
  beta.two:
    - web
    - fair
  exports: none
  markets:
    - north
    - east
  region: home
  sector: goods
  size: micro
`

// answersPart is a saved file from its respondent on (the catalogue part
// lists every question ID).
func answersPart(saved string) string {
	if i := strings.Index(saved, "\nrespondent:"); i >= 0 {
		return saved[i:]
	}
	return saved
}

// runAccessible runs the whole questionnaire in accessible mode on input.
func runAccessible(t *testing.T, cat *catalogue.Catalogue, lang string, f *answers.File, resume bool, input string, wrap bool) (error, *memSaver, string) {
	t.Helper()
	var in = strings.NewReader(input)
	var r interface{ Read([]byte) (int, error) } = in
	if wrap {
		r = iotest.OneByteReader(in)
	}
	var out bytes.Buffer
	s := &memSaver{}
	err := Run(context.Background(), Options{
		Catalogue: cat, Locale: i18n.Get(lang), Accessible: true, In: r, Out: &out,
		Resume: resume, Respondent: true, Now: fixedNow, Save: s.save,
	}, f)
	return err, s, out.String()
}

func TestAccessibleWholeQuestionnaire(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	order := fieldOrder(t, cat, fullChoices, true, false)
	input := accessibleScript(t, cat, "en", order, fullChoices, nil)
	for _, wrap := range []bool{true, false} {
		f := answers.New(cat, "en", testNow)
		err, s, out := runAccessible(t, cat, "en", f, false, input, wrap)
		if err != nil {
			t.Fatalf("wrap=%v: %v\n%s", wrap, err, out)
		}
		got := s.last()
		if !strings.Contains(got, fullAnswersYAML) {
			t.Errorf("wrap=%v: saved file lacks the answers:\n%s", wrap, got)
		}
		for _, want := range []string{"complete: true", "company: Acme ApS"} {
			if !strings.Contains(got, want) {
				t.Errorf("wrap=%v: saved file lacks %q:\n%s", wrap, want, got)
			}
		}
		// Saved after every page: profile, alpha (two parts), beta, and at the end.
		if s.count() != 5 {
			t.Errorf("wrap=%v: saved %d times, want 5 (after each of 4 pages and when complete)", wrap, s.count())
		}
		for _, want := range []string{"Alpha · 1 of 2", "Beta · 2 of 2", "Question 1 of 2 on this page.", "Why this matters: It matters."} {
			if !strings.Contains(out, want) {
				t.Errorf("wrap=%v: output lacks %q", wrap, want)
			}
		}
	}
}

// TestAccessibleMatchesTerminal is the requirement: the same choices
// made in accessible mode and on the terminal form give the same file.
func TestAccessibleMatchesTerminal(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		cat     func(testing.TB) *catalogue.Catalogue
		choices Choices
	}{
		{"tiny, all asked", tiny, fullChoices},
		{"tiny, condition off", tiny, Choices{
			KeyCompany: {""}, "region": {"away"}, "markets": {"south"},
			"sector": {"services"}, "size": {"small"}, "exports": {"occasional"},
			"alpha.one": {"none"}, "alpha.three": {"no"},
			"beta.one": {"yes"}, "beta.two": {catalogue.DontKnow},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cat := tc.cat(t)
			for _, lang := range []string{"en", "da"} {
				kr := &keyRunner{t: t, cat: cat, lang: lang, choices: tc.choices}
				tty := &memSaver{}
				ft := answers.New(cat, lang, testNow)
				if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get(lang), Respondent: true, Now: fixedNow, Save: tty.save, runner: kr}, ft); err != nil {
					t.Fatalf("%s terminal run: %v", lang, err)
				}
				order := fieldOrder(t, cat, tc.choices, true, false)
				input := accessibleScript(t, cat, lang, order, tc.choices, nil)
				fa := answers.New(cat, lang, testNow)
				err, acc, out := runAccessible(t, cat, lang, fa, false, input, true)
				if err != nil {
					t.Fatalf("%s accessible run: %v\n%s", lang, err, out)
				}
				if tty.last() != acc.last() {
					t.Errorf("%s: accessible and terminal files differ\n--- terminal\n%s\n--- accessible\n%s", lang, tty.last(), acc.last())
				}
				if !strings.Contains(acc.last(), "complete: true") {
					t.Errorf("%s: not complete:\n%s", lang, acc.last())
				}
			}
		})
	}
}

// TestEmbeddedCatalogueRuns answers every question of the real catalogue
// with its first option in both modes.
func TestEmbeddedCatalogueRuns(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	choices := Choices{KeyCompany: {"Nordic Widgets"}}
	for _, q := range append(append([]*catalogue.Question{}, cat.Profile...), cat.Questions...) {
		switch {
		case q.Kind == catalogue.KindCountry:
			choices[q.ID] = []string{"DK"}
		case q.Kind == catalogue.KindCountries:
			choices[q.ID] = []string{"SE", "DE"} // in the order of the Danish names
		default:
			choices[q.ID] = []string{q.Options[0].ID}
		}
	}
	kr := &keyRunner{t: t, cat: cat, lang: "da", choices: choices}
	tty := &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("da"), Respondent: true, Now: fixedNow, Save: tty.save, runner: kr}, answers.New(cat, "da", testNow)); err != nil {
		t.Fatal(err)
	}
	order := fieldOrder(t, cat, choices, true, false)
	input := accessibleScript(t, cat, "da", order, choices, nil)
	err, acc, out := runAccessible(t, cat, "da", answers.New(cat, "da", testNow), false, input, true)
	if err != nil {
		t.Fatalf("accessible: %v\n%s", err, out)
	}
	if tty.last() != acc.last() {
		t.Errorf("embedded catalogue: files differ\n--- terminal\n%s\n--- accessible\n%s", tty.last(), acc.last())
	}
	f, diags, err := answers.Read(strings.NewReader(acc.last()), "saved.yaml", cat)
	if err != nil || diags.HasErrors() {
		t.Fatalf("the saved file does not load: %v %v", err, diags)
	}
	if !f.Complete {
		t.Error("the saved file is not complete")
	}
	// The page titles show the position among the dimensions.
	dims := 0
	for _, d := range cat.Dimensions {
		if len(cat.QuestionsIn(d.ID)) > 0 {
			dims++
		}
	}
	if want := "Markedskendskab · 2 af " + itoa(dims); !slices.Contains(kr.pages, want) {
		t.Errorf("pages %q lack %q", kr.pages, want)
	}
}

func TestEOFInterrupts(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	order := fieldOrder(t, cat, fullChoices, true, false)
	input := accessibleScript(t, cat, "en", order, fullChoices, nil)
	lines := strings.SplitAfter(input, "\n")
	tests := []struct {
		name  string
		input string
		want  []string // in the last save
		not   []string // not in the last save
	}{
		// Nothing recorded: no file at all rather than an empty one.
		{"nothing", "", nil, nil},
		{"empty company name only", "\n", nil, nil},
		{"company name only", "Acme\n", []string{"company: Acme"}, []string{"region:"}},
		// company, region, then the markets prompt gets one toggle and no "0".
		{"mid multi-select", strings.Join(lines[:3], "") + "1\n", []string{"region: home", "company: Acme ApS"}, []string{"markets:"}},
		{"mid page", strings.Join(lines[:9], ""), []string{"alpha.one: some", "markets:"}, []string{"alpha.two"}},
		{"last line without newline", strings.Join(lines[:8], "") + "2", []string{"alpha.one: some"}, []string{"alpha.two"}},
		{"a line of garbage then EOF", strings.Join(lines[:2], "") + "nine\n", []string{"region: home"}, []string{"sector", "markets:"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := answers.New(cat, "en", testNow)
			err, s, out := runAccessible(t, cat, "en", f, false, tt.input, true)
			if !errors.Is(err, ErrInterrupted) {
				t.Fatalf("got %v, want ErrInterrupted\n%s", err, out)
			}
			got := s.last()
			if tt.want == nil {
				if got != "" {
					t.Fatalf("saved a file with nothing recorded:\n%s", got)
				}
				return
			}
			if got == "" {
				t.Fatal("nothing saved on interruption")
			}
			if !strings.Contains(got, "complete: false") {
				t.Errorf("an interrupted file must not be complete:\n%s", got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("saved file lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(answersPart(got), w) {
					t.Errorf("saved file has %q, which was never answered:\n%s", w, got)
				}
			}
		})
	}
}

func TestResumeContinuesAtFirstUnanswered(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	f := answers.New(cat, "en", testNow)
	f.Respondent.Company = "Acme ApS"
	f.Answers["region"] = answers.Single("home")
	f.Answers["markets"] = answers.Multiple("north")
	f.Answers["sector"] = answers.Single("goods")
	f.Answers["size"] = answers.Single("micro")
	f.Answers["exports"] = answers.Single("none")
	f.Answers["alpha.one"] = answers.Single("done")
	// alpha.two is the first unanswered applicable question; alpha.three is
	// answered already, beta is not.
	f.Answers["alpha.three"] = answers.Single("no")
	input := "2\n" + "1\n" + "1\n0\n"
	err, s, out := runAccessible(t, cat, "en", f, true, input, true)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	first := strings.Index(out, "Question 1 of")
	if first < 0 || !strings.HasPrefix(out[first:], "Question 1 of 1 on this page.\nIs it written down?") {
		t.Errorf("resume did not start at alpha.two:\n%s", out)
	}
	for _, asked := range []string{"Where are you?", "How far along are you?", "Do you review it?", "Company name"} {
		if strings.Contains(out, asked) {
			t.Errorf("resume asked %q again", asked)
		}
	}
	got := s.last()
	for _, w := range []string{"alpha.two: \"yes\"", "alpha.three: \"no\"", "beta.one: \"no\"", "beta.two:\n    - web", "complete: true"} {
		if !strings.Contains(got, w) {
			t.Errorf("saved file lacks %q:\n%s", w, got)
		}
	}
}

func TestPrefillKeepsDefaultsButAsksAll(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	f := answers.New(cat, "en", testNow)
	f.Answers["region"] = answers.Single("away")
	f.Answers["markets"] = answers.Multiple("south")
	f.Answers["alpha.one"] = answers.Single("some")
	f.Answers["alpha.two"] = answers.Single("yes")
	// Enter alone keeps an earlier answer; alpha.three had none, so Enter
	// alone is refused and the user must pick (2 = yes).
	input := "\n" + "\n" + "0\n" + "1\n1\n1\n" + "\n" + "\n" + "\n2\n" + "1\n" + "3\n0\n"
	err, s, out := runAccessible(t, cat, "en", f, false, input, true)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, asked := range []string{"Where are you?", "How far along are you?", "Is it written down?", "Press Enter alone to keep the current answer: Away.", "Invalid: must be a number between 1 and 2"} {
		if !strings.Contains(out, asked) {
			t.Errorf("output lacks %q:\n%s", asked, out)
		}
	}
	got := s.last()
	for _, w := range []string{"region: away", "markets:\n    - south", "alpha.one: some", "alpha.two: \"yes\"", "alpha.three: \"yes\"", "beta.one: \"no\"", "beta.two:\n    - fair"} {
		if !strings.Contains(got, w) {
			t.Errorf("saved file lacks %q:\n%s", w, got)
		}
	}
}

func TestChangedAnswerDropsQuestionThatNoLongerApplies(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	f := answers.New(cat, "en", testNow)
	f.Answers["alpha.one"] = answers.Single("some")
	f.Answers["alpha.two"] = answers.Single("yes")
	choices := Choices{KeyCompany: {""}, "region": {"home"}, "markets": {"north"}, "sector": {"goods"}, "size": {"micro"}, "exports": {"none"}, "alpha.one": {"none"}, "alpha.three": {"no"}, "beta.one": {"no"}, "beta.two": {"web"}}
	kr := &keyRunner{t: t, cat: cat, lang: "en", choices: choices}
	s := &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Respondent: true, Now: fixedNow, Save: s.save, runner: kr}, f); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(answersPart(s.last()), "alpha.two") {
		t.Errorf("alpha.two no longer applies but kept its answer:\n%s", s.last())
	}
}

// TestCtrlCKeepsCompletedFields is the issue's "Ctrl-C halfway and --resume
// lose nothing" on the terminal form: Ctrl-C keeps every field of the page
// the user moved past with Enter, not the option merely highlighted; and
// --resume then starts at the first field not completed, and ends with the
// same file as a run never interrupted.
func TestCtrlCKeepsCompletedFields(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	tests := []struct {
		name      string
		abortOn   string
		highlight bool
		want      []string // in the saved file
		not       []string // not among its answers
	}{
		{"mid profile page", "sector", false,
			[]string{"company: Acme ApS", "region: home", "markets:\n    - north\n    - east"}, []string{"sector:", "size:"}},
		{"a highlighted option is not an answer", "sector", true,
			[]string{"company: Acme ApS", "region: home", "markets:\n    - north"}, []string{"sector:", "size:"}},
		{"a toggled multi-select not confirmed", "markets", true,
			[]string{"company: Acme ApS", "region: home"}, []string{"markets:", "sector:"}},
		{"the only field completed is the company", "region", false,
			[]string{"company: Acme ApS"}, []string{"region:"}},
		{"dimension page", "alpha.three", false,
			[]string{"region: home", "alpha.one: some", "alpha.two: dont-know"}, []string{"alpha.three"}},
		{"last field of the last page", "beta.two", true,
			[]string{"alpha.three: \"yes\"", "beta.one: not-applicable"}, []string{"beta.two"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			kr := &keyRunner{t: t, cat: cat, lang: "en", choices: fullChoices, abortOn: tt.abortOn, highlight: tt.highlight}
			s := &memSaver{}
			err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Respondent: true, Now: fixedNow, Save: s.save, runner: kr}, answers.New(cat, "en", testNow))
			if !errors.Is(err, ErrInterrupted) {
				t.Fatalf("got %v, want ErrInterrupted", err)
			}
			saved := s.last()
			for _, w := range append([]string{"complete: false"}, tt.want...) {
				if !strings.Contains(saved, w) {
					t.Errorf("saved file lacks %q:\n%s", w, saved)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(answersPart(saved), w) {
					t.Errorf("saved file has %q, which was not completed:\n%s", w, saved)
				}
			}

			// --resume: the first field asked is the one Ctrl-C was pressed
			// on, nothing before it is asked again, and the end result is
			// what an uninterrupted run gives.
			f, diags, err := answers.Read(strings.NewReader(saved), "saved.yaml", cat)
			if err != nil || diags.HasErrors() {
				t.Fatalf("the saved file does not load: %v %v", err, diags)
			}
			kr2 := &keyRunner{t: t, cat: cat, lang: "en", choices: fullChoices}
			s2 := &memSaver{}
			if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Respondent: true, Resume: true, Now: fixedNow, Save: s2.save, runner: kr2}, f); err != nil {
				t.Fatalf("resume: %v", err)
			}
			if len(kr2.asked) == 0 || kr2.asked[0] != tt.abortOn {
				t.Errorf("resume asked %v; want %s first", kr2.asked, tt.abortOn)
			}
			for _, k := range kr.asked {
				if k == tt.abortOn {
					break
				}
				if slices.Contains(kr2.asked, k) {
					t.Errorf("resume asked %s again, completed before Ctrl-C", k)
				}
			}
			final := s2.last()
			for _, w := range []string{fullAnswersYAML, "company: Acme ApS", "complete: true"} {
				if !strings.Contains(final, w) {
					t.Errorf("resumed file lacks %q:\n%s", w, final)
				}
			}
		})
	}
}

// TestCtrlCOnFirstFieldSavesNothing: nothing recorded, no file, so that no
// empty answers file is left to be asked about next time.
func TestCtrlCOnFirstFieldSavesNothing(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	kr := &keyRunner{t: t, cat: cat, lang: "en", choices: fullChoices, abortOn: KeyCompany}
	s := &memSaver{}
	err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Respondent: true, Now: fixedNow, Save: s.save, runner: kr}, answers.New(cat, "en", testNow))
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("got %v, want ErrInterrupted", err)
	}
	if s.count() != 0 {
		t.Errorf("saved %d times:\n%s", s.count(), s.last())
	}
}

// TestCtrlCAfterGoingBack: a field completed and then revisited with
// Shift+Tab keeps the answer it was completed with, whatever is highlighted
// or toggled since, and fields completed after the focused one are kept too.
func TestCtrlCAfterGoingBack(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	page := Plan(cat)[0]
	pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, Respondent: true})
	f := pf.Form
	drive(f, f.Init())
	keys := []tea.KeyPressMsg{
		keypress('A'), keypress('c'), keypress('m'), keypress('e'), code(tea.KeyEnter), // company
		code(tea.KeyEnter),                // region: home
		keypress('x'), code(tea.KeyEnter), // markets: north
		code(tea.KeyDown), code(tea.KeyEnter), // sector: services
		shiftTab(), code(tea.KeyUp), // back on sector, goods highlighted
		shiftTab(), keypress('x'), // back on markets, north toggled off
		ctrlC(),
	}
	for _, k := range keys {
		drive(f, keyCmd(k))
	}
	if f.State != huh.StateAborted {
		t.Fatalf("form state %v, want aborted", f.State)
	}
	if got := f.GetFocusedField().GetKey(); got != "markets" {
		t.Fatalf("focus on %q, want markets", got)
	}
	var committed []string
	if err := settle(pf, f.State, func(k string) { committed = append(committed, k) }); !errors.Is(err, ErrInterrupted) {
		t.Fatalf("settle: %v", err)
	}
	if want := []string{KeyCompany, "region", "markets", "sector"}; !reflect.DeepEqual(committed, want) {
		t.Errorf("committed %v, want %v", committed, want)
	}
	file := answers.New(cat, "en", testNow)
	for _, k := range committed {
		pf.Values.Apply(k, file, testNow)
	}
	want := map[string]answers.Value{"region": answers.Single("home"), "markets": answers.Multiple("north"), "sector": answers.Single("services")}
	if !reflect.DeepEqual(file.Answers, want) {
		t.Errorf("answers %v, want %v", file.Answers, want)
	}
	if file.Respondent.Company != "Acme" {
		t.Errorf("company %q, want Acme", file.Respondent.Company)
	}
}

func TestContextCancelInterruptsAccessible(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	defer pw.Close()
	s := &memSaver{}
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Options{Catalogue: cat, Locale: i18n.Get("en"), Accessible: true, In: pr, Out: &bytes.Buffer{}, Respondent: true, Now: fixedNow, Save: s.save}, answers.New(cat, "en", testNow))
	}()
	if _, err := pw.Write([]byte("Acme\n1\n")); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := <-done; !errors.Is(err, ErrInterrupted) {
		t.Fatalf("got %v, want ErrInterrupted", err)
	}
	if s.count() == 0 {
		t.Fatal("nothing saved")
	}
}

func TestNotesAndAdvisor(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	choices := Choices{}
	for k, v := range fullChoices {
		choices[k] = v
	}
	choices[KeyAdvisor] = []string{"Jens"}
	choices[KeyNote] = []string{"check with the bank"}
	order := fieldOrder(t, cat, choices, true, true)
	input := accessibleScript(t, cat, "en", order, choices, nil)
	var out bytes.Buffer
	s := &memSaver{}
	err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Accessible: true, In: strings.NewReader(input), Out: &out, Respondent: true, Notes: true, Now: fixedNow, Save: s.save}, answers.New(cat, "en", testNow))
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	got := s.last()
	for _, w := range []string{"advisor: Jens", "notes:\n  alpha: check with the bank\n  beta: check with the bank\n  general: check with the bank"} {
		if !strings.Contains(got, w) {
			t.Errorf("saved file lacks %q:\n%s", w, got)
		}
	}
	if _, diags, err := answers.Read(strings.NewReader(got), "x.yaml", cat); err != nil || len(diags) > 0 {
		t.Errorf("notes give diagnostics: %v %v", err, diags)
	}
}

func TestAskExisting(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	tests := []struct {
		input string
		want  Existing
		err   error
	}{
		{"1\n", ExistingResume, nil},
		{"\n", ExistingResume, nil},
		{"2\n", ExistingRestart, nil},
		{"3\n", ExistingCancel, nil},
		{"", ExistingCancel, ErrInterrupted},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		got, err := AskExisting(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("da"), Accessible: true, In: strings.NewReader(tt.input), Out: &out}, "x.yaml")
		if got != tt.want || !errors.Is(err, tt.err) && err != tt.err {
			t.Errorf("input %q: got %v, %v; want %v, %v", tt.input, got, err, tt.want, tt.err)
		}
		if !strings.Contains(out.String(), "x.yaml findes allerede") {
			t.Errorf("input %q: the question is not in Danish:\n%s", tt.input, out.String())
		}
	}
}

// TestCtrlCRightAfterEnter: Ctrl-C that reaches the form before huh's
// next-field message for the Enter just pressed (Bubble Tea runs that
// command on another goroutine) still keeps the field; an Enter that failed
// validation keeps nothing.
func TestCtrlCRightAfterEnter(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	page := Plan(cat)[0] // company, region, markets, ...
	tests := []struct {
		name string
		keys []tea.KeyPressMsg // after the company name; the last Enter's command is not run
		want []string
	}{
		{"select", []tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyEnter)}, []string{KeyCompany, "region"}},
		{"tab on a select", []tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyTab)}, []string{KeyCompany, "region"}},
		{"multi-select", []tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyEnter), keypress('x'), code(tea.KeyEnter)}, []string{KeyCompany, "region", "markets"}},
		{"multi-select, nothing chosen", []tea.KeyPressMsg{code(tea.KeyDown), code(tea.KeyEnter), code(tea.KeyEnter)}, []string{KeyCompany, "region"}},
		{"text", nil, []string{KeyCompany}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, Respondent: true})
			f := pf.Form
			drive(f, f.Init())
			for _, r := range "Acme" {
				drive(f, keyCmd(keypress(r)))
			}
			keys := append([]tea.KeyPressMsg{code(tea.KeyEnter)}, tt.keys...)
			for _, k := range keys[:len(keys)-1] {
				drive(f, keyCmd(k))
			}
			// The last key, without running the command it returns: the
			// next-field message is still on its way when Ctrl-C comes.
			f.Update(keys[len(keys)-1])
			f.Update(ctrlC())
			if f.State != huh.StateAborted {
				t.Fatalf("form state %v, want aborted", f.State)
			}
			var committed []string
			if err := settle(pf, f.State, func(k string) { committed = append(committed, k) }); !errors.Is(err, ErrInterrupted) {
				t.Fatalf("settle: %v", err)
			}
			if !reflect.DeepEqual(committed, tt.want) {
				t.Errorf("committed %v, want %v", committed, tt.want)
			}
			file := answers.New(cat, "en", testNow)
			for _, k := range committed {
				pf.Values.Apply(k, file, testNow)
			}
			if file.Respondent.Company != "Acme" {
				t.Errorf("company %q", file.Respondent.Company)
			}
			if slices.Contains(tt.want, "region") {
				if v, _ := file.Answer("region"); !reflect.DeepEqual(v.Options, []string{"away"}) {
					t.Errorf("region %v, want away", v.Options)
				}
			}
			if slices.Contains(tt.want, "markets") {
				if v, _ := file.Answer("markets"); !reflect.DeepEqual(v.Options, []string{"north"}) {
					t.Errorf("markets %v, want north", v.Options)
				}
			}
		})
	}
}

// descRunner records each page's description before keyRunner answers it.
type descRunner struct {
	*keyRunner
	descs []string
}

func (r *descRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	r.descs = append(r.descs, pf.Description)
	return r.keyRunner.run(ctx, pf, commit)
}

// TestNoticesOnFirstScreen: what eis assess said before the terminal form
// (newer answers of an interrupted save kept aside) is said again at the
// top of the form's first screen, and only there: the form draws over
// what was printed before it, and the user learnt it only after the last
// page.
func TestNoticesOnFirstScreen(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	const notice = "a save of acme.yaml was interrupted; its answers are kept in acme.recovered.yaml"
	f := answers.New(cat, "en", testNow)
	r := &descRunner{keyRunner: &keyRunner{t: t, cat: cat, lang: "en", choices: fullChoices}}
	s := &memSaver{}
	if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Respondent: true, Now: fixedNow, Save: s.save, Notices: []string{notice}, runner: r}, f); err != nil {
		t.Fatal(err)
	}
	if len(r.descs) < 2 {
		t.Fatalf("%d pages run", len(r.descs))
	}
	if !strings.Contains(r.descs[0], notice) {
		t.Errorf("the first screen does not say the notice:\n%s", r.descs[0])
	}
	for i, d := range r.descs[1:] {
		if strings.Contains(d, notice) {
			t.Errorf("screen %d says the notice again:\n%s", i+2, d)
		}
	}
}
