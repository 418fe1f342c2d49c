package survey

import (
	"context"
	"errors"
	"fmt"
	"io"

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
	fmt.Fprintln(w)
	for i, field := range pf.Fields {
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
			if err != nil {
				return err
			}
		}
		commit(key)
	}
	return nil
}

// fillerFor is a line that ends field's accessible prompt after the end of
// input: any option of a choice, "done" (0) for a multiple choice, the
// empty line for a text.
func fillerFor(f huh.Field) string {
	switch f.(type) {
	case *a11yChoice:
		return "1\n"
	case *a11yMulti:
		return "0\n"
	default:
		return "\n"
	}
}
