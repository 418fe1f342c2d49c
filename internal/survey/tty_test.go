package survey

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// watcher records the messages a Session's program handles (through a
// Bubble Tea filter, before the model sees each), so a test can type the
// next key once the last one has been taken, as a person does.
type watcher struct {
	mu   sync.Mutex
	cond *sync.Cond
	seen map[string]int
}

func newWatcher() *watcher {
	w := &watcher{seen: map[string]int{}}
	w.cond = sync.NewCond(&w.mu)
	return w
}

// name is how a message is recorded: "key:down", "survey.showMsg",
// "huh.nextFieldMsg".
func (w *watcher) filter(_ tea.Model, msg tea.Msg) tea.Msg {
	name := fmt.Sprintf("%T", msg)
	if k, ok := msg.(tea.KeyPressMsg); ok {
		name = "key:" + k.String()
	}
	w.mu.Lock()
	w.seen[name]++
	w.mu.Unlock()
	w.cond.Broadcast()
	return msg
}

// wait blocks until name has been seen n times in all, or fails after a
// while (it may be called off the test goroutine: it does not stop the test).
func (w *watcher) wait(name string, n int) error {
	timeout := time.AfterFunc(testutil.Blocked, func() {
		w.mu.Lock()
		w.seen["timeout"]++
		w.mu.Unlock()
		w.cond.Broadcast()
	})
	defer timeout.Stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.seen[name] < n {
		if w.seen["timeout"] > 0 {
			return fmt.Errorf("waited in vain for %s ×%d; seen %v", name, n, w.seen)
		}
		w.cond.Wait()
	}
	return nil
}

// await is wait on the test goroutine.
func (w *watcher) await(t testing.TB, name string, n int) {
	t.Helper()
	if err := w.wait(name, n); err != nil {
		t.Fatal(err)
	}
}

// testSession is a Session reading from a pipe (not a terminal: no raw
// mode, same key parsing) and drawing nowhere.
func testSession(t testing.TB) (*Session, *io.PipeWriter, *watcher) {
	t.Helper()
	pr, pw := io.Pipe()
	w := newWatcher()
	s := NewSession(pr, io.Discard)
	s.opts = []tea.ProgramOption{tea.WithFilter(w.filter), tea.WithoutSignalHandler()}
	t.Cleanup(func() {
		pw.Close()
		s.Close()
	})
	return s, pw, w
}

// TestSessionPage runs a page through the real Bubble Tea program: Ctrl-C
// and a cancelled context both stop it as an interruption, with nothing of
// the page committed; Enter answers it.
func TestSessionPage(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	page := Plan(cat)[1] // alpha.one alone
	tests := []struct {
		name   string
		input  string
		cancel bool
		want   error
		commit bool
	}{
		{"enter answers", "\r", false, nil, true},
		{"ctrl+c", "\x03", false, ErrInterrupted, false},
		{"signal", "", true, ErrInterrupted, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, pw, w := testSession(t)
			pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80})
			ctx, cancel := context.WithTimeout(context.Background(), 2*testutil.Blocked)
			defer cancel()
			var committed []string
			done := make(chan error, 1)
			go func() {
				done <- sessionRunner{s: s, width: 80}.run(ctx, pf, func(k string) { committed = append(committed, k) })
			}()
			w.await(t, "survey.showMsg", 1)
			if tt.cancel {
				cancel()
			} else {
				go pw.Write([]byte(tt.input))
			}
			var err error
			select {
			case err = <-done:
			case <-time.After(testutil.Blocked):
				t.Fatal("the page did not stop")
			}
			if !errors.Is(err, tt.want) && err != tt.want {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if (len(committed) > 0) != tt.commit {
				t.Errorf("committed %v", committed)
			}
			if tt.commit {
				if v, _ := pf.Values.Single("alpha.one"); v != "none" {
					t.Errorf("alpha.one = %q, want the first option", v)
				}
			}
		})
	}
}

// TestSessionKeepsCompletedFields runs the profile page through the real
// Bubble Tea program: the company name and the region are completed with
// Enter, then Ctrl-C; both are committed, the question Ctrl-C was pressed
// on is not.
func TestSessionKeepsCompletedFields(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	page := Plan(cat)[0]
	pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, Respondent: true})
	s, pw, w := testSession(t)
	var committed []string
	done := make(chan error, 1)
	go func() {
		done <- sessionRunner{s: s, width: 80}.run(context.Background(), pf, func(k string) { committed = append(committed, k) })
	}()
	w.await(t, "survey.showMsg", 1)
	for i, in := range []string{"Acme ApS\r", "\x1b[B\r"} {
		go pw.Write([]byte(in))
		w.await(t, "huh.nextFieldMsg", i+1)
	}
	go pw.Write([]byte("\x03"))
	var err error
	select {
	case err = <-done:
	case <-time.After(testutil.Blocked):
		t.Fatal("the form did not stop")
	}
	if !errors.Is(err, ErrInterrupted) {
		t.Fatalf("got %v, want ErrInterrupted", err)
	}
	if want := []string{KeyCompany, "region"}; !slices.Equal(committed, want) {
		t.Errorf("committed %v, want %v", committed, want)
	}
	f := answers.New(cat, "en", testNow)
	for _, k := range committed {
		pf.Values.Apply(k, f, testNow)
	}
	if v, _ := f.Answer("region"); f.Respondent.Company != "Acme ApS" || !slices.Equal(v.Options, []string{"away"}) {
		t.Errorf("company %q, region %v; want Acme ApS, away", f.Respondent.Company, v.Options)
	}
}

// TestNoKeyLostBetweenPages drives the whole questionnaire through one
// input stream, as a terminal does, and checks that the first key of the
// next page is never lost: neither one pressed after the page has been
// shown for a while (the acceptance test's case: with a Bubble Tea program
// per page, Down was lost and Enter then saved the first option), nor one
// pressed while the previous page is being saved, nor a single Ctrl-C.
func TestNoKeyLostBetweenPages(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	// The profile page of the tiny catalogue: region, markets (multi),
	// sector, size, exports.
	profile := []string{"\r", "x\r", "\r", "\r", "\r"}
	tests := []struct {
		name string
		// whileSaving types the keys of the next page from inside Save,
		// before that page exists.
		whileSaving bool
	}{
		{"after a wait", false},
		{"while saving", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, pw, w := testSession(t)
			ms := &memSaver{}
			save := ms.save
			if tt.whileSaving {
				save = func(f *answers.File) error {
					// After the profile: Down and Enter for alpha.one; after
					// alpha.one: Ctrl-C. Return once the program has them.
					var err error
					switch ms.count() {
					case 0:
						go pw.Write([]byte("\x1b[B"))
						err = w.wait("key:down", 1)
						go pw.Write([]byte("\r"))
						err = errors.Join(err, w.wait("key:enter", len(profile)+1))
					case 1:
						go pw.Write([]byte("\x03"))
						err = w.wait("key:ctrl+c", 1)
					}
					return errors.Join(err, ms.save(f))
				}
			}
			done := make(chan error, 1)
			go func() {
				done <- Run(context.Background(), Options{
					Catalogue: cat, Locale: i18n.Get("en"), Width: 80,
					Session: s, Now: fixedNow, Save: save,
				}, answers.New(cat, "en", testNow))
			}()
			w.await(t, "survey.showMsg", 1)
			for i, in := range profile {
				go pw.Write([]byte(in))
				if i < len(profile)-1 {
					w.await(t, "huh.nextFieldMsg", i+1)
				}
			}
			if !tt.whileSaving {
				// Type each page's keys only once the page is fully up:
				// huh's Form.Init is a sequence that ends with a window
				// size request, so page n's tea.windowSizeMsg (the n-th in
				// all) is the last thing its start-up sends.
				w.await(t, "survey.showMsg", 2)
				w.await(t, "tea.windowSizeMsg", 2)
				go pw.Write([]byte("\x1b[B"))
				w.await(t, "key:down", 1)
				go pw.Write([]byte("\r"))
				w.await(t, "survey.showMsg", 3)
				w.await(t, "tea.windowSizeMsg", 3)
				go pw.Write([]byte("\x03"))
			}
			var err error
			select {
			case err = <-done:
			case <-time.After(testutil.Blocked):
				t.Fatal("the questionnaire did not stop: a key was lost")
			}
			if !errors.Is(err, ErrInterrupted) {
				t.Fatalf("got %v, want ErrInterrupted", err)
			}
			if ms.count() != 3 {
				t.Fatalf("%d saves, want 3 (profile, alpha.one, on Ctrl-C)", ms.count())
			}
			saved := answersPart(ms.last())
			if !strings.Contains(saved, "alpha.one: some") {
				t.Errorf("alpha.one is not the second option; the Down key was lost:\n%s", saved)
			}
			if strings.Contains(saved, "alpha.two") {
				t.Errorf("the page Ctrl-C was pressed on saved an answer:\n%s", saved)
			}
		})
	}
}

// hostDrive runs cmd and what follows from it against a host (see run).
func hostDrive(h *host, cmd tea.Cmd) {
	run(func(msg tea.Msg) tea.Cmd { _, next := h.Update(msg); return next }, cmd)
}

// TestResizeRewraps shows the profile page of the embedded catalogue at 80
// columns, then narrows the terminal to 50 and widens it to 70: every line
// fits, no word of the page's texts is cut off, and the cursor and choices
// of a multi-select stay where they were.
func TestResizeRewraps(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	// The first part of the profile with a multiple-choice question.
	page := Plan(cat)[0]
	for _, p := range Plan(cat) {
		if p.Kind == ProfilePage && slices.ContainsFunc(p.Questions, func(q *catalogue.Question) bool { return q.Kind == catalogue.KindMulti }) {
			page = p
			break
		}
	}
	pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, Theme: huh.ThemeFunc(huh.ThemeBase), Catalogue: cat})
	h := &host{}
	reply := make(chan huh.FormState, 1)
	hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 200} })
	hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: reply} })

	// Move to the first multi-select, choose its second option and leave
	// the cursor on the third.
	var multi *multiField
	for _, f := range pf.Fields {
		if m, ok := f.(*multiField); ok {
			multi = m
			break
		}
		hostDrive(h, keyCmd(code(tea.KeyEnter)))
	}
	if multi == nil {
		t.Fatal("the profile page has no multiple-choice question")
	}
	for _, k := range []tea.KeyPressMsg{code(tea.KeyDown), keypress('x'), code(tea.KeyDown)} {
		hostDrive(h, keyCmd(k))
	}
	hoveredBefore, _ := multi.Hovered()
	chosenBefore, _ := pf.Values.Multi(multi.GetKey())

	words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, width := range []int{50, 70, 80} {
		hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: width, Height: 200} })
		view := ansi.Strip(h.View().Content)
		for _, line := range strings.Split(view, "\n") {
			if lipgloss.Width(line) > width {
				t.Errorf("width %d: line is %d wide: %q", width, lipgloss.Width(line), line)
			}
		}
		// Every text of the page, whole: join the view's lines without
		// the field frame ("┃") and compare words.
		flat := words(strings.ReplaceAll(view, "┃", ""))
		texts := []string{i18n.Get("en").Pick(page.Questions[0].Help), multi.title}
		for _, q := range page.Questions {
			texts = append(texts, i18n.Get("en").Pick(q.Text))
		}
		for _, s := range texts {
			if !strings.Contains(flat, words(s)) {
				t.Errorf("width %d: %q is not shown whole", width, words(s))
			}
		}
		if hovered, _ := multi.Hovered(); hovered != hoveredBefore {
			t.Errorf("width %d: cursor on %q, want %q", width, hovered, hoveredBefore)
		}
		if chosen, _ := pf.Values.Multi(multi.GetKey()); !slices.Equal(chosen, chosenBefore) {
			t.Errorf("width %d: chosen %v, want %v", width, chosen, chosenBefore)
		}
	}
	if pf.width != 80 {
		t.Errorf("page width %d after widening to 80", pf.width)
	}
}

// TestErrorFitsTerminal: on a page taller than the terminal, an error
// message that appears below the fields (two lines at 50 columns) is shown
// whole, and the view stays within the terminal's height.
func TestErrorFitsTerminal(t *testing.T) {
	t.Parallel()
	cat := exclusiveCat(t)
	p := Plan(cat)[3]
	pf := BuildPageForm(p, p.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 50, Theme: huh.ThemeFunc(huh.ThemeBase)})
	h := &host{}
	const height = 11
	hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 50, Height: height} })
	hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 50, reply: make(chan huh.FormState, 1)} })
	if full := lipgloss.Height(pf.Form.View()); full < height {
		t.Fatalf("the page (%d lines) is not tall enough for this test", full)
	}
	for _, k := range []tea.KeyPressMsg{code(tea.KeyEnter), keypress('x'), code(tea.KeyDown), keypress('x'), code(tea.KeyEnter)} {
		hostDrive(h, keyCmd(k))
	}
	view := ansi.Strip(h.View().Content)
	if n := lipgloss.Height(view); n > height {
		t.Errorf("view is %d lines, the terminal %d:\n%s", n, height, view)
	}
	flat := strings.Join(strings.Fields(view), " ")
	if want := `"Agent" cannot be combined with other options; untick it or the others`; !strings.Contains(flat, want) {
		t.Errorf("the error is not shown whole:\n%s", view)
	}
}
