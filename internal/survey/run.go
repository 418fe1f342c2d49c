package survey

import (
	"context"
	"errors"
	"fmt"
	"io"

	"charm.land/huh/v2"
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
	pf.Form.WithInput(r.in).WithOutput(r.out)
	err := pf.Form.RunWithContext(ctx)
	switch {
	case errors.Is(err, huh.ErrUserAborted), errors.Is(err, huh.ErrTimeout), ctx.Err() != nil:
		// Ctrl-C in the form, or SIGINT/SIGTERM cancelling the context (huh
		// reports the killed program as a timeout). Bubble Tea has restored
		// the terminal by now. This page's answers are not kept: on a
		// terminal a highlighted option is not yet an answer.
		return ErrInterrupted
	case err != nil:
		return err
	}
	for _, k := range pf.Values.keys {
		commit(k)
	}
	return nil
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
