package survey

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/eis-project/eis/internal/answers"
)

// TestTTYRunner runs a page through the real Bubble Tea program (input from
// a pipe, not a terminal): Ctrl-C and a cancelled context both stop it as
// an interruption, with nothing of the page committed; Enter answers it.
func TestTTYRunner(t *testing.T) {
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
			pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Lang: "en", KeyMap: KeyMap("en"), Width: 80})
			pr, pw := io.Pipe()
			defer pw.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var committed []string
			done := make(chan error, 1)
			go func() {
				done <- ttyRunner{in: pr, out: &bytes.Buffer{}}.run(ctx, pf, func(k string) { committed = append(committed, k) })
			}()
			if tt.cancel {
				cancel()
			} else {
				// The pipe hands the keys over once the program reads.
				go pw.Write([]byte(tt.input))
			}
			var err error
			select {
			case err = <-done:
			case <-time.After(15 * time.Second):
				t.Fatal("the form did not stop")
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

// TestTTYRunnerKeepsCompletedFields runs the profile page through the real
// Bubble Tea program: the company name and the region are completed with
// Enter, then Ctrl-C; both are committed, the question Ctrl-C was pressed
// on is not. Each key waits until huh has taken the previous Enter (a
// filter sees its next-field message), as a person's typing does.
func TestTTYRunnerKeepsCompletedFields(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	page := Plan(cat)[0]
	pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Lang: "en", KeyMap: KeyMap("en"), Width: 80, Respondent: true})
	moved := make(chan struct{}, 10)
	pf.Form.WithProgramOptions(tea.WithFilter(func(_ tea.Model, msg tea.Msg) tea.Msg {
		if fmt.Sprintf("%T", msg) == "huh.nextFieldMsg" {
			moved <- struct{}{}
		}
		return msg
	}))
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var committed []string
	done := make(chan error, 1)
	go func() {
		done <- ttyRunner{in: pr, out: &bytes.Buffer{}}.run(ctx, pf, func(k string) { committed = append(committed, k) })
	}()
	for _, in := range []string{"Acme ApS\r", "\x1b[B\r"} {
		go pw.Write([]byte(in))
		select {
		case <-moved:
		case <-time.After(15 * time.Second):
			t.Fatalf("huh did not move past the field after %q", in)
		}
	}
	go pw.Write([]byte("\x03"))
	var err error
	select {
	case err = <-done:
	case <-time.After(15 * time.Second):
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
