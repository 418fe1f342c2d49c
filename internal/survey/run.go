package survey

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/term"
)

// pageRunner asks the fields of one page. It calls commit with a field's key
// once that field has a real answer, and returns ErrInterrupted when the user
// stopped (fields already committed are kept).
type pageRunner interface {
	run(ctx context.Context, pf *PageForm, commit func(key string)) error
}

// ttyRunner runs a page as a full-screen huh form (Bubble Tea) on a terminal.
type ttyRunner struct {
	in  io.Reader
	out io.Writer
}

func (r ttyRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	// The alternate screen: a page taller than the terminal is cut at the
	// bottom rather than scrolling its title away, and the shell's screen
	// comes back as it was.
	pf.Form.WithInput(r.in).WithOutput(r.out).
		WithViewHook(func(v tea.View) tea.View { v.AltScreen = true; return v })
	if h := terminalHeight(r.out, r.in); h > 0 && lipgloss.Height(pf.Form.View()) > h {
		// huh's view is one line taller than the height it is given (an
		// empty line above the key help is left out of its sums), and it
		// takes that height from the terminal: tell it one line less, so
		// the key help stays on screen and the fields scroll.
		pf.Form.WithHeight(h - 1)
	}
	err := pf.Form.RunWithContext(ctx)
	switch {
	case errors.Is(err, huh.ErrUserAborted), errors.Is(err, huh.ErrTimeout), ctx.Err() != nil:
		// Ctrl-C in the form, or SIGINT/SIGTERM cancelling the context (huh
		// reports the killed program as a timeout). Bubble Tea has restored
		// the terminal by now, and the form is no longer updated.
		return settle(pf, huh.StateAborted, commit)
	case err != nil:
		return err
	}
	return settle(pf, huh.StateCompleted, commit)
}

// settle commits what a terminal page ended with. A completed page commits
// every field. An interrupted one commits only the fields the user
// completed, that is moved past with Enter or Tab (the highlighted option of
// the focused field is not an answer yet), and returns ErrInterrupted.
//
// How a completed field is told: a huh field sends nextFieldMsg only once
// its value passes validation, and huh's Form, on that message, records the
// focused field's key and value in its results (Form.Get), before the group
// moves the focus on. Nothing else writes those results, so Form.Get(key)
// is non-nil exactly for the fields the user moved past, and holds the value
// each had at that moment. That value, not the bound one, is what is kept:
// a user who went back with Shift+Tab and moved the highlight without
// pressing Enter has not changed the answer. A field whose nextFieldMsg had
// not come back yet when Ctrl-C arrived is known from its tracked wrapper.
// Fields before the focused one would not do (going back leaves completed
// fields after the focus). This needs every field to have a distinct Key
// (see BuildPageForm).
func settle(pf *PageForm, state huh.FormState, commit func(string)) error {
	if state == huh.StateCompleted {
		for _, k := range pf.Values.keys {
			commit(k)
		}
		return nil
	}
	for _, k := range pf.Values.keys {
		v := pf.Form.Get(k)
		if v == nil {
			v = pf.moved[k]
		}
		if pf.Values.restore(k, v) {
			commit(k)
		}
	}
	return ErrInterrupted
}

// terminalHeight is the height of the first of ws that is a terminal, or 0.
func terminalHeight(ws ...any) int {
	for _, w := range ws {
		if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
			if _, h, err := term.GetSize(f.Fd()); err == nil && h > 0 {
				return h
			}
		}
	}
	return 0
}

// accessibleRunner runs a page in huh's accessible mode, one field at a time,
// so that the end of input stops at the field it happened in.
type accessibleRunner struct {
	in   *LineReader
	out  io.Writer
	lang string
}

func (r accessibleRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	w := &a11yWriter{w: r.out, lang: r.lang}
	// huh's accessible mode prints no group heading; say where we are.
	fmt.Fprintf(w, "\n%s\n", pf.Title)
	if pf.Description != "" {
		fmt.Fprintf(w, "%s\n", pf.Description)
	}
	fmt.Fprintln(w)
	for i, field := range pf.Fields {
		key := pf.Values.keys[i]
		r.in.SetFiller(fillerFor(field))
		done := make(chan error, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					done <- fmt.Errorf("the question %s could not be asked: %v", key, p)
				}
			}()
			field.Init()
			field.Focus()
			err := field.RunAccessible(w, r.in)
			fmt.Fprintln(w)
			done <- err
		}()
		select {
		case <-ctx.Done():
			// SIGINT/SIGTERM while waiting for a line: the prompt goroutine
			// stays blocked on the read, but the program is about to exit.
			return ErrInterrupted
		case err := <-done:
			if r.in.Ended() {
				if e := r.in.Err(); e != nil {
					return fmt.Errorf("reading answers: %w", e)
				}
				return ErrInterrupted
			}
			if err != nil {
				return err
			}
		}
		commit(key)
	}
	return nil
}

// fillerFor is a line that ends field's accessible prompt after the end of
// input: any option of a select, "done" (0) for a multi-select, the empty
// line for a text.
func fillerFor(f huh.Field) string {
	switch f.(type) {
	case *huh.Select[string]:
		return "1\n"
	case *huh.MultiSelect[string], *multiField:
		return "0\n"
	default:
		return "\n"
	}
}
