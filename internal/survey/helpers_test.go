package survey

import (
	"context"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/cursor"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/practices"
)

// testNow is the fixed clock of every test.
var testNow = time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)

func fixedNow() time.Time { return testNow }

var (
	tinyOnce sync.Once
	tinyCat  *catalogue.Catalogue
	tinyErr  error
)

// tiny loads testdata/tiny, a catalogue small enough for exact-answer tests
// that do not break when the real content changes.
func tiny(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	tinyOnce.Do(func() {
		c, diags, err := catalogue.Load(os.DirFS("testdata/tiny"))
		if err == nil && diags.HasErrors() {
			err = fmt.Errorf("%v", diags)
		}
		tinyCat, tinyErr = c, err
	})
	if tinyErr != nil {
		t.Fatalf("loading testdata/tiny: %v", tinyErr)
	}
	return tinyCat
}

// embedded loads the catalogue built into eis.
func embedded(t testing.TB) *catalogue.Catalogue {
	t.Helper()
	c, diags, err := catalogue.Load(practices.FS())
	if err != nil || diags.HasErrors() {
		t.Fatalf("loading the embedded catalogue: %v %v", err, diags)
	}
	return c
}

// Choices says what a scripted user answers: option IDs per question ID,
// and text per KeyCompany/KeyAdvisor/KeyNote (as a one-element list).
type Choices map[string][]string

// memSaver records every save, as the bytes that would be written.
type memSaver struct {
	mu    sync.Mutex
	saves [][]byte
}

func (m *memSaver) save(f *answers.File) error {
	b, err := answers.Marshal(f)
	if err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.saves = append(m.saves, b)
	return nil
}

func (m *memSaver) last() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.saves) == 0 {
		return ""
	}
	return string(m.saves[len(m.saves)-1])
}

func (m *memSaver) count() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.saves)
}

// keyRunner drives each page's form at model level, as a terminal user
// would with the keyboard: it turns Choices into key presses and sends them
// through form.Update. abortOn names a field key at which it presses Ctrl-C
// (after moving to the scripted option, without Enter, if highlight is set).
type keyRunner struct {
	t       testing.TB
	cat     *catalogue.Catalogue
	lang    string
	choices Choices
	abortOn string
	// highlight moves to the scripted option of abortOn before Ctrl-C.
	highlight bool
	pages     []string // titles of the pages run
	asked     []string // keys of the fields shown, in order
}

func (r *keyRunner) run(_ context.Context, pf *PageForm, commit func(string)) error {
	r.pages = append(r.pages, pf.Title)
	r.asked = append(r.asked, pf.Values.keys...)
	f := pf.Form
	drive(f, f.Init())
	drive(f, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 40} })
	for i, key := range pf.Values.keys {
		ks := r.keysFor(pf, i, key)
		if key == r.abortOn {
			if r.highlight {
				// Move to the scripted option, but do not press Enter.
				for _, k := range ks[:len(ks)-1] {
					drive(f, keyCmd(k))
				}
			}
			drive(f, keyCmd(ctrlC()))
			break
		}
		for _, k := range ks {
			drive(f, keyCmd(k))
		}
	}
	switch f.State {
	case huh.StateAborted, huh.StateCompleted:
		// What sessionRunner does once the page has ended.
		return settle(pf, f.State, commit)
	}
	r.t.Fatalf("page %q did not finish: form state %v; errors %v", pf.Title, f.State, f.Errors())
	return nil
}

// offered are the options of q as its field offers them: the firm's own
// country (by the scripted region or home country) is left out of a
// country question's (see abroadOnly), unless chosen before (cur).
func (r *keyRunner) offered(q *catalogue.Question, cur []string) []huh.Option[string] {
	f := answers.New(r.cat, r.lang, testNow)
	for _, id := range []string{"region", "home-country"} {
		if c := r.choices[id]; len(c) == 1 {
			f.Set(id, answers.Single(c[0]), testNow)
		}
	}
	opts := optionsOf(q, i18n.Get(r.lang))
	if !countryKind(q) {
		return opts
	}
	return abroadOnly(q, opts, homeCountry(r.cat, f), answers.Multiple(cur...))
}

// keysFor turns the choice for field i (key) into key presses.
func (r *keyRunner) keysFor(pf *PageForm, i int, key string) []tea.KeyPressMsg {
	want, ok := r.choices[key]
	q := pf.Values.questions[key]
	var ks []tea.KeyPressMsg
	switch {
	case q == nil: // a text field
		if ok && len(want) == 1 {
			for _, c := range want[0] {
				ks = append(ks, keypress(c))
			}
		}
	case multiKind(q):
		if !ok {
			r.t.Fatalf("no choice scripted for %s", key)
		}
		cur, _ := pf.Values.Multi(key)
		ks = append(ks, code(tea.KeyHome))
		for _, o := range r.offered(q, cur) {
			if slices.Contains(cur, o.Value) != slices.Contains(want, o.Value) {
				ks = append(ks, keypress('x'))
			}
			ks = append(ks, code(tea.KeyDown))
		}
	default:
		if !ok || len(want) != 1 {
			r.t.Fatalf("no single choice scripted for %s", key)
		}
		ks = append(ks, code(tea.KeyHome))
		for _, o := range r.offered(q, nil) {
			if o.Value == want[0] {
				break
			}
			ks = append(ks, code(tea.KeyDown))
		}
	}
	return append(ks, code(tea.KeyEnter))
}

// accessibleScript turns Choices into the lines a screen-reader user types
// for the questions of cat asked in order (given which are asked): a number
// per single choice, numbers then 0 per multi choice, text for text fields.
func accessibleScript(t testing.TB, cat *catalogue.Catalogue, lang string, order []string, choices Choices, prefilled map[string][]string) string {
	t.Helper()
	var b strings.Builder
	for _, key := range order {
		want := choices[key]
		q := cat.Question(key)
		if q == nil {
			if len(want) == 1 {
				b.WriteString(want[0])
			}
			b.WriteString("\n")
			continue
		}
		if countryKind(q) {
			// Typed: the codes (or an extra option's number).
			var typed []string
			for _, w := range want {
				typed = append(typed, w)
				for i, o := range q.Options {
					if o.ID == w {
						typed[len(typed)-1] = fmt.Sprint(i + 1)
					}
				}
			}
			b.WriteString(strings.Join(typed, ", ") + "\n")
			continue
		}
		opts := optionsOf(q, i18n.Get(lang))
		if q.Kind == catalogue.KindMulti {
			cur := prefilled[key]
			for i, o := range opts {
				if slices.Contains(cur, o.Value) != slices.Contains(want, o.Value) {
					fmt.Fprintf(&b, "%d\n", i+1)
				}
			}
			b.WriteString("0\n")
			continue
		}
		for i, o := range opts {
			if o.Value == want[0] {
				fmt.Fprintf(&b, "%d\n", i+1)
			}
		}
	}
	return b.String()
}

func keypress(r rune) tea.KeyPressMsg {
	return tea.KeyPressMsg(tea.Key{Text: string(r), Code: r, ShiftedCode: r})
}

func code(r rune) tea.KeyPressMsg { return tea.KeyPressMsg(tea.Key{Code: r}) }

func shiftTab() tea.KeyPressMsg { return tea.KeyPressMsg(tea.Key{Mod: tea.ModShift, Code: tea.KeyTab}) }

func ctrlC() tea.KeyPressMsg { return tea.KeyPressMsg(tea.Key{Mod: tea.ModCtrl, Code: 'c'}) }

func keyCmd(k tea.KeyPressMsg) tea.Cmd { return func() tea.Msg { return k } }

// drive runs cmd and every command that follows from it against the form,
// as Bubble Tea's event loop would (see run).
func drive(f *huh.Form, cmd tea.Cmd) {
	run(func(msg tea.Msg) tea.Cmd { _, next := f.Update(msg); return next }, cmd)
}

// run runs cmd and every command that follows from it through update, as Bubble
// Tea's event loop would, breadth first. The commands that wait — the
// cursor's blink timer (half a second) and a hold's time limit (huh's move
// ends the hold first) — are recognised by their code and dropped, so the
// rest runs synchronously and deterministically.
func run(update func(tea.Msg) tea.Cmd, cmd tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0 && n < 500; n++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil || isBlink(c) || isHoldTimer(c) {
			continue
		}
		msg := c()
		switch m := msg.(type) {
		case nil, tea.QuitMsg, tea.InterruptMsg:
			continue
		case tea.BatchMsg:
			queue = append(queue, m...)
			continue
		}
		if cmds, ok := asCmds(msg); ok {
			queue = append(queue, cmds...)
			continue
		}
		queue = append(queue, update(msg))
	}
}

// isBlink reports whether c is the cursor's blink command.
func isBlink(c tea.Cmd) bool { return reflect.ValueOf(c).Pointer() == blinkCode }

// asCmds unpacks a message that is a list of commands (Bubble Tea's
// unexported sequence message).
func asCmds(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}

// blinkCode is the code pointer of the cursor's blink command.
var blinkCode = func() uintptr {
	c := cursor.New()
	c.SetMode(cursor.CursorBlink)
	return reflect.ValueOf(c.Blink()).Pointer()
}()

// fieldOrder lists, page by page, the field keys a run would ask given the
// final choices (used to script accessible input).
func fieldOrder(t testing.TB, cat *catalogue.Catalogue, choices Choices, respondent bool, notes bool) []string {
	t.Helper()
	f := answers.New(cat, "en", testNow)
	for id, v := range choices {
		if q := cat.Question(id); q != nil {
			if multiKind(q) {
				f.Answers[id] = answers.Multiple(v...)
			} else {
				f.Answers[id] = answers.Single(v[0])
			}
		}
	}
	var order []string
	pages := Plan(cat)
	for i, p := range pages {
		var asked []string
		for _, q := range p.Questions {
			if applies(cat, q, f) {
				asked = append(asked, q.ID)
			}
		}
		if respondent && p.Kind == ProfilePage && p.Part == 0 {
			order = append(order, KeyCompany)
			if notes {
				order = append(order, KeyAdvisor)
			}
		}
		order = append(order, asked...)
		last := i+1 == len(pages) || pages[i+1].Dimension != p.Dimension
		if notes && last && len(asked) > 0 {
			order = append(order, KeyNote)
		}
	}
	return order
}

func itoa(i int) string { return strconv.Itoa(i) }

// unwrap returns the field inside f if f is tracked, else f.
func unwrap(f huh.Field) huh.Field {
	if t, ok := f.(*tracked); ok {
		return t.Field
	}
	return f
}
