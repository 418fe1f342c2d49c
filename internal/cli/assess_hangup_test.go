//go:build unix

package cli

import (
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/testutil"
)

// heldReader serves data, then, asked for more, says so (drained) and
// waits until released before it ends: input that has stopped coming, as
// on a terminal nobody types into.
type heldReader struct {
	data     []byte
	drained  chan struct{}
	release  chan struct{}
	once     sync.Once
	released sync.Once
}

func (r *heldReader) Read(p []byte) (int, error) {
	if len(r.data) > 0 {
		n := copy(p, r.data)
		r.data = r.data[n:]
		return n, nil
	}
	r.once.Do(func() { close(r.drained) })
	<-r.release
	return 0, io.EOF
}

func (r *heldReader) end() { r.released.Do(func() { close(r.release) }) }

// TestAssessHangup: the terminal going away (SIGHUP: its window closed, the
// SSH connection dropped, tmux kill-session) stops eis assess as Ctrl-C
// does — what was answered on the page where it stopped is saved, the lock
// is let go — where eis died at once: the answers of the current page were
// lost (tmux, session 26: the export share and markets answered on the
// page were asked again on --resume), and the lock file stayed behind. Not
// parallel: it signals the test process.
func TestAssessHangup(t *testing.T) {
	// A SIGHUP that eis does not catch must not end the test binary.
	caught := make(chan os.Signal, 1)
	signal.Notify(caught, syscall.SIGHUP)
	defer signal.Stop(caught)

	f, out, errOut := assessFactory(t, "", false)
	in := &heldReader{data: []byte(tinyPartial), drained: make(chan struct{}), release: make(chan struct{})}
	defer in.end()
	f.IOStreams.In = in
	save := filepath.Join(t.TempDir(), "answers.yaml")
	done := make(chan int, 1)
	go func() { done <- Run(f, []string{"assess", "--accessible", "--save", save}) }()
	select {
	case <-in.drained:
	case code := <-done:
		t.Fatalf("eis assess ended (exit %d) before the input stopped:\n%s", code, errOut.String())
	case <-time.After(testutil.Blocked):
		t.Fatal("eis assess did not read the input")
	}
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	var code int
	select {
	case code = <-done:
	case <-time.After(testutil.Blocked):
		in.end()
		<-done
		t.Fatal("SIGHUP did not stop eis assess")
	}
	if code != ExitInterrupted {
		t.Errorf("exit %d, want %d\n%s", code, ExitInterrupted, errOut.String())
	}
	if !strings.Contains(errOut.String(), "Progress saved to "+save) {
		t.Errorf("stderr does not say the progress was saved:\n%s", errOut.String())
	}
	if out.Len() != 0 {
		t.Errorf("stdout not empty after a hangup: %q", out.String())
	}
	data, err := os.ReadFile(save)
	if err != nil {
		t.Fatal(err)
	}
	// alpha.one was answered on the page where the input stopped.
	if s := string(data); !strings.Contains(s, "complete: false") || !strings.Contains(s, "alpha.one: some") {
		t.Errorf("saved file:\n%s", s)
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(save), ".*lock*")); len(matches) > 0 {
		t.Errorf("the lock is left behind: %v", matches)
	}
}
