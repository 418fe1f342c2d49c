//go:build unix

package survey

import (
	"context"
	"errors"
	"io"
	"os/signal"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// TestSessionTerminated: SIGTERM (kill PID) while a page is shown stops
// the page as an interruption, as eis assess's own signal context says —
// it hung for ever: Bubble Tea's signal handler, caught by the same
// signal, waited to hand its quit message to a program being killed,
// and the kill waited for the handler. Not parallel: it signals the test
// process, which the signal context below catches.
func TestSessionTerminated(t *testing.T) {
	cat := tiny(t)
	page := Plan(cat)[1]
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer func() { stop() }()
	for i := range 5 {
		pr, pw := io.Pipe()
		w := newWatcher()
		s := NewSession(pr, io.Discard)
		s.opts = []tea.ProgramOption{tea.WithFilter(w.filter)} // Bubble Tea's own signal handling, as in a real run
		pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80})
		run, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- sessionRunner{s: s, width: 80}.run(run, pf, func(string) {}) }()
		w.await(t, "survey.showMsg", 1)
		if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		select {
		case err := <-done:
			if !errors.Is(err, ErrInterrupted) {
				t.Fatalf("round %d: got %v, want ErrInterrupted", i, err)
			}
		case <-time.After(testutil.Blocked):
			t.Fatalf("round %d: the page did not stop on SIGTERM", i)
		}
		pw.Close()
		s.Close()
		cancel()
		// The next round needs a fresh signal context: this one is done.
		stop()
		ctx, stop = signal.NotifyContext(context.Background(), syscall.SIGTERM)
	}
}
