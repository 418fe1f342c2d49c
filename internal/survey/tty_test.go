package survey

import (
	"bytes"
	"context"
	"errors"
	"io"
	"testing"
	"time"

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
