package survey

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/i18n"
)

// Session shows the terminal pages of a questionnaire (and the "file
// exists" question before them) one after another in a single Bubble Tea
// program, which owns the one reader of the input for the whole run.
//
// Why one program: Bubble Tea reads its input on a goroutine of its own, and
// a program that has ended can leave that read pending. With a program per
// page, the first key pressed on the next page could go to the old reader
// and be lost (bubbletea issues #24, #616, #1167): Down did nothing, and the
// next Enter saved the first option without a sign; Ctrl-C had to be pressed
// twice. Here the program lives from the first page to Close; between pages,
// while the answers are saved, keys are kept and handed to the next page.
//
// A Session is started by the first page it shows. Close it before writing
// anything else to the terminal.
type Session struct {
	in   io.Reader
	out  io.Writer
	opts []tea.ProgramOption // tests add a filter

	mu      sync.Mutex
	started bool
	prog    *tea.Program
	done    chan struct{} // closed once the program has ended
	err     error         // what the program's Run returned, once done
}

// NewSession returns a session that reads keys from in (the terminal) and
// draws on out (stderr).
func NewSession(in io.Reader, out io.Writer) *Session {
	return &Session{in: in, out: out}
}

// Close ends the program, restoring the terminal, and waits for it. It is
// safe to call more than once, and on a session that showed nothing.
func (s *Session) Close() error {
	s.mu.Lock()
	p, done := s.prog, s.done
	s.started = true // a closed session never starts
	s.mu.Unlock()
	if p == nil {
		return nil
	}
	p.Quit()
	<-done
	return nil
}

// start runs the program, once.
func (s *Session) start() (*tea.Program, chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.started {
		s.started = true
		// Signals are the caller's: its context (SIGINT, SIGTERM) ends
		// the page, and show kills the program. Bubble Tea's own handler,
		// woken by the same SIGTERM, would wait for ever to hand its quit
		// message to the program being killed, and the kill for it.
		opts := append([]tea.ProgramOption{tea.WithInput(s.in), tea.WithOutput(s.out), tea.WithoutSignalHandler()}, s.opts...)
		s.prog = tea.NewProgram(&host{}, opts...)
		s.done = make(chan struct{})
		go func() {
			_, err := s.prog.Run()
			s.mu.Lock()
			s.err = err
			s.mu.Unlock()
			close(s.done)
		}()
	}
	return s.prog, s.done
}

// failure is the program's error once it has ended, unless it ended because
// it was interrupted, killed or quit (a signal, or Close).
func (s *Session) failure() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.err == nil, errors.Is(s.err, tea.ErrInterrupted), errors.Is(s.err, tea.ErrProgramKilled):
		return nil
	}
	return &showError{err: s.err}
}

// showError is a questionnaire the terminal program could not show; the
// runner, which knows the language, says so.
type showError struct{ err error }

// Error says what failed, in English.
func (e *showError) Error() string { return "the questionnaire could not be shown: " + e.err.Error() }

// Unwrap returns the terminal program's error.
func (e *showError) Unwrap() error { return e.err }

// show runs one page: it hands pf to the program and waits until the page
// is completed or aborted, the program ends (a signal), or ctx is cancelled.
// width is the widest the page may be drawn (0: the terminal's width).
func (s *Session) show(ctx context.Context, pf *PageForm, width int) (huh.FormState, error) {
	p, done := s.start()
	if p == nil {
		// Closed before it started: nothing can be asked any more.
		return huh.StateAborted, nil
	}
	reply := make(chan huh.FormState, 1)
	go p.Send(showMsg{pf: pf, width: width, reply: reply})
	select {
	case st := <-reply:
		return st, nil
	case <-done:
	case <-ctx.Done():
		// SIGINT/SIGTERM caught by the caller: stop the program, which
		// restores the terminal, before the page is read.
		p.Kill()
		<-done
	}
	// The program has ended, so it no longer touches the page.
	select {
	case st := <-reply:
		return st, nil
	default:
	}
	return huh.StateAborted, s.failure()
}

// sessionRunner runs terminal pages in a Session.
type sessionRunner struct {
	s     *Session
	width int
	loc   i18n.Locale
}

func (r sessionRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	st, err := r.s.show(ctx, pf, r.width)
	var se *showError
	if errors.As(err, &se) {
		return fmt.Errorf("%s: %w", r.loc.T("survey.error.show"), se.err)
	}
	if err != nil {
		return err
	}
	return settle(pf, st, commit)
}

// showMsg asks the host to show a page and to report on reply how it ended.
type showMsg struct {
	pf    *PageForm
	width int
	reply chan<- huh.FormState
}

// replayMsg hands the next kept key to the page.
type replayMsg struct{}

// replayGap spaces the keys kept between pages when they are handed to the
// next page, as if typed: huh moves between fields by messages of its own,
// which a key sent right behind another would overtake.
const replayGap = 30 * time.Millisecond

// host is the Bubble Tea model of a Session: it shows the current page's
// form, keeps the keys that arrive while there is none, and re-wraps the
// page when the terminal is resized.
type host struct {
	page  *PageForm
	reply chan<- huh.FormState
	// maxWidth is the widest the page may be (0: no limit).
	maxWidth int
	size     tea.WindowSizeMsg
	sized    bool
	// pending are keys that arrived between pages (or while earlier ones
	// were still being handed over), in order.
	pending []tea.Msg
	// last is the last view drawn, kept on screen between pages.
	last string
	// errors is how many error messages the page showed when it was last
	// fitted to the terminal's height.
	errors int
	// holding is set from a key that leaves a field (Enter, Tab, Shift+Tab)
	// until huh has moved the focus: keys that arrive meanwhile are kept in
	// pending (see hold).
	holding bool
	// holdFrom is the field focused when holding began; holdGen tells the
	// current hold's time limit from older ones.
	holdFrom huh.Field
	holdGen  int
}

// Why hold: huh leaves a field by a command (NextField, PrevField) that
// Bubble Tea runs on another goroutine; the message it returns moves the
// focus. Keys typed quickly after Enter (a burst, a paste, key repeat,
// tmux send-keys) can reach the form before that message, and the field
// just completed takes them: a Down moved its cursor, and so its bound
// value and what huh recorded for it, so a confirmed answer changed without
// a sign. So the keys wait until the focus has moved (or the page has
// ended, when they go to the next page) and are then handed on in order.

// holdLimit bounds a hold, should huh's move never come: keys must not be
// kept for ever.
const holdLimit = time.Second

// holdExpiredMsg ends hold gen if it still lasts.
type holdExpiredMsg struct{ gen int }

// Init starts nothing: pages come with showMsg.
func (h *host) Init() tea.Cmd { return nil }

// Update routes msg to the current page.
func (h *host) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch m := msg.(type) {
	case showMsg:
		h.page, h.reply, h.maxWidth, h.errors = m.pf, m.reply, m.width, 0
		cmds := []tea.Cmd{h.page.start()}
		if h.sized {
			cmds = append(cmds, h.resize())
		}
		if len(h.pending) > 0 {
			cmds = append(cmds, replayLater)
		}
		return h, tea.Batch(cmds...)
	case replayMsg:
		if h.page == nil || h.holding || len(h.pending) == 0 {
			// A hold's end hands on the rest.
			return h, nil
		}
		next := h.pending[0]
		h.pending = h.pending[1:]
		cmd := h.forward(next)
		if len(h.pending) > 0 && !h.holding {
			cmd = tea.Batch(cmd, replayLater)
		}
		return h, cmd
	case holdExpiredMsg:
		if !h.holding || m.gen != h.holdGen {
			return h, nil
		}
		h.holding = false
		return h, h.release()
	case tea.WindowSizeMsg:
		h.size, h.sized = m, true
		if h.page == nil {
			return h, nil
		}
		return h, h.resize()
	case tea.KeyPressMsg, tea.PasteMsg:
		if h.page == nil || h.holding || len(h.pending) > 0 {
			h.pending = append(h.pending, msg)
			return h, nil
		}
	}
	if h.page == nil {
		return h, nil
	}
	held := h.holding
	cmd := h.forward(msg)
	if held && !h.holding {
		cmd = tea.Batch(cmd, h.release())
	}
	return h, cmd
}

// release hands the keys kept during a hold to the page, in order, until
// one of them leaves a field again (a new hold) or ends the page.
func (h *host) release() tea.Cmd {
	var cmds []tea.Cmd
	for h.page != nil && !h.holding && len(h.pending) > 0 {
		next := h.pending[0]
		h.pending = h.pending[1:]
		cmds = append(cmds, h.forward(next))
	}
	return tea.Batch(cmds...)
}

// resize fits the page to the terminal: texts re-wrapped to the new width,
// and a height one line less than the terminal's, because huh's view is
// one line taller than the height it is given (an empty line above the key
// help is left out of its sums) — so the key help stays on screen and the
// fields scroll.
func (h *host) resize() tea.Cmd {
	w := h.size.Width
	if h.maxWidth > 0 && (w <= 0 || w > h.maxWidth) {
		w = h.maxWidth
	}
	h.page.resize(w)
	h.page.fit()
	return h.forward(tea.WindowSizeMsg{Width: h.size.Width, Height: max(h.size.Height-1, 1)})
}

// forward updates the page's form with msg and reports the page's end.
//
// It also starts and ends holds: a hold starts when msg (a key) made the
// focused field leave, and ends once huh's move has been handled and the
// focus is on another field, or a group move (past the last field, back
// from the first) has been handled, or the page has ended (the keys kept
// then go to the next page).
func (h *host) forward(msg tea.Msg) tea.Cmd {
	var ended tea.Cmd
	if escapesFilter(h.page.Form.GetFocusedField(), msg) {
		// Esc while a filter is typed clears it at once (see
		// escapesFilter): huh's Esc only ends the typing, and the next
		// one clears.
		_, ended = h.page.Form.Update(msg)
	}
	_, cmd := h.page.Form.Update(msg)
	cmd = tea.Batch(ended, cmd)
	if h.page.back {
		// Back from the first field: the page ends here. huh's move
		// (PrevField, then a group move) is dropped, or it would reach
		// the page shown next.
		h.reply <- stateBack
		h.page, h.reply = nil, nil
		h.holding, h.holdFrom = false, nil
		return nil
	}
	if st := h.page.Form.State; st != huh.StateNormal {
		h.reply <- st
		h.page, h.reply = nil, nil
		h.holding, h.holdFrom = false, nil
		return cmd
	}
	switch {
	case h.page.leaving:
		h.page.leaving = false
		h.holding, h.holdFrom = true, h.page.Form.GetFocusedField()
		h.holdGen++
		cmd = tea.Batch(cmd, holdTimer(h.holdGen))
	case h.holding:
		switch huhMove(msg) {
		case groupMove:
			h.holding, h.holdFrom = false, nil
		case fieldMove:
			if h.page.Form.GetFocusedField() != h.holdFrom {
				h.holding, h.holdFrom = false, nil
			}
		}
	}
	// huh fits the page to the terminal's height only on a resize, with the
	// errors shown then; an error message that appears (or goes) changes the
	// footer's height, so fit the page again or its last line is cut off.
	if n := len(h.page.Form.Errors()); n != h.errors {
		h.errors = n
		if _, isSize := msg.(tea.WindowSizeMsg); h.sized && !isSize {
			h.page.fit()
			h.page.Form.Update(tea.WindowSizeMsg{Width: h.size.Width, Height: max(h.size.Height-1, 1)})
		}
	}
	return cmd
}

// View draws the current page, or the last one between pages, on the
// alternate screen: a page taller than the terminal is cut at the bottom
// rather than scrolling its title away, and the shell's screen comes back
// as it was.
func (h *host) View() tea.View {
	if h.page != nil {
		if s := h.page.Form.View(); s != "" {
			h.last = s
		}
	}
	v := tea.NewView(h.last)
	v.AltScreen = true
	return v
}

// holdTimer ends hold gen after holdLimit. Not inlined, so that its
// command has one code address, which tests tell by.
//
//go:noinline
func holdTimer(gen int) tea.Cmd {
	return func() tea.Msg {
		time.Sleep(holdLimit)
		return holdExpiredMsg{gen: gen}
	}
}

func replayLater() tea.Msg {
	time.Sleep(replayGap)
	return replayMsg{}
}
