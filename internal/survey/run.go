package survey

import (
	"context"
	"errors"
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/i18n"
)

// pageRunner asks the fields of one page. It calls commit with a field's key
// once that field has a real answer, and returns ErrInterrupted when the user
// stopped (fields already committed are kept).
type pageRunner interface {
	run(ctx context.Context, pf *PageForm, commit func(key string)) error
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
//
// A page left by going back from its first field (stateBack) commits the
// same as an interrupted one, and returns errBack.
func settle(pf *PageForm, state huh.FormState, commit func(string)) error {
	if state == huh.StateCompleted {
		for _, k := range pf.Values.keys {
			commit(k)
		}
		return nil
	}
	end := ErrInterrupted
	if state == stateBack {
		end = errBack
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
	return end
}

// stateBack is how a terminal page ends when the user went back from its
// first field; huh has no state for it.
const stateBack huh.FormState = -1

// start initialises pf's form and moves the focus to the field pf.focus
// names (the last one with focusLast): huh has no call to focus a field,
// so the form is moved on as if by Enter, which records the fields passed
// (they hold answers already: the page was completed before).
func (pf *PageForm) start() tea.Cmd {
	cmds := []tea.Cmd{pf.Form.Init()}
	if pf.focus != "" {
		for _, k := range pf.Values.keys[:max(len(pf.Values.keys)-1, 0)] {
			if k == pf.focus {
				break
			}
			_, c := pf.Form.Update(huh.NextField())
			cmds = append(cmds, c)
		}
	}
	return tea.Batch(cmds...)
}

// startIndex is the index of the field pf.focus names (accessible pages).
func (pf *PageForm) startIndex() int {
	if pf.focus == "" {
		return 0
	}
	for i, k := range pf.Values.keys {
		if k == pf.focus {
			return i
		}
	}
	return max(len(pf.Values.keys)-1, 0)
}

// accessibleRunner runs a page in accessible mode, one field at a time, so
// that the end of input stops at the field it happened in.
type accessibleRunner struct {
	in  *LineReader
	out io.Writer
	loc i18n.Locale
}

func (r accessibleRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	w := r.out
	// Say where we are.
	fmt.Fprintf(w, "\n%s\n", pf.Title)
	if pf.Description != "" {
		fmt.Fprintf(w, "%s\n", pf.Description)
	}
	if pf.canBack {
		fmt.Fprintln(w, r.loc.T("survey.a11y.back-hint", backWords(r.loc)[0]))
	}
	fmt.Fprintln(w)
	for i := pf.startIndex(); i < len(pf.Fields); {
		field := pf.Fields[i]
		key := pf.Values.keys[i]
		r.in.SetFiller(fillerFor(field))
		done := make(chan error, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					done <- errors.New(r.loc.T("survey.error.ask", key, p))
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
					return fmt.Errorf("%s: %w", r.loc.T("survey.error.read"), e)
				}
				return ErrInterrupted
			}
			if errors.Is(err, errBack) {
				switch {
				case i > 0:
					// The previous question again, its answer kept as the
					// default.
					i--
				case pf.canBack:
					return errBack
				default:
					fmt.Fprintln(w, r.loc.T("survey.a11y.back-none"))
				}
				continue
			}
			if err != nil {
				return err
			}
		}
		commit(key)
		i++
	}
	return nil
}

// fillerFor is a line that ends field's accessible prompt after the end of
// input: any option of a choice, "done" (0) for a multiple choice, the
// empty line for a text. A country question gets none: its prompt sees the
// end of input itself (an empty line, refused on a fresh question, would
// be asked for again and again).
func fillerFor(f huh.Field) string {
	switch f.(type) {
	case *a11yChoice:
		return "1\n"
	case *a11yMulti:
		return "0\n"
	case *a11yCountries:
		return ""
	default:
		return "\n"
	}
}
