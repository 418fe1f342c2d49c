package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/testutil"
)

// TestAssessTwiceOnOneFile: while one eis assess works on an answers file,
// a second one on the same file is refused, says who holds it, and
// touches nothing; the first then finishes with every answer it was given
// (before, both saved their own pages over the other's).
func TestAssessTwiceOnOneFile(t *testing.T) {
	save := filepath.Join(t.TempDir(), "acme.yaml")
	f1, _, errOut1 := assessFactory(t, "", false)
	pr, pw := io.Pipe()
	f1.IOStreams.In = pr
	done := make(chan int, 1)
	go func() { done <- Run(f1, []string{"assess", "--accessible", "--save", save}) }()
	if _, err := io.WriteString(pw, tinyPartial); err != nil {
		t.Fatal(err)
	}
	// The first run saves after the alpha page, then waits for more input.
	var before []byte
	for deadline := time.Now().Add(testutil.Blocked); ; time.Sleep(10 * time.Millisecond) {
		before, _ = os.ReadFile(save)
		if strings.Contains(string(before), "alpha.one: some") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the first run saved nothing:\n%s", errOut1.String())
		}
	}

	f2, _, errOut2 := assessFactory(t, "3\n2\n3\n1\n3\n0\n1\n", false)
	code := Run(f2, []string{"assess", "--accessible", "--resume", save})
	want := fmt.Sprintf("eis: %s is open in another eis assess (process %d on ", save, os.Getpid())
	if code != 1 || !strings.Contains(errOut2.String(), want) {
		t.Errorf("second run: exit %d, stderr %q; want 1 and %q", code, errOut2.String(), want)
	}
	if after, _ := os.ReadFile(save); string(after) != string(before) {
		t.Errorf("the second run changed the file:\n%s", after)
	}

	if _, err := io.WriteString(pw, "3\n2\n3\n1\n3\n0\n1\n"); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	select {
	case code := <-done:
		if code != ExitOK {
			t.Fatalf("first run: exit %d\n%s", code, errOut1.String())
		}
	case <-time.After(testutil.Blocked):
		t.Fatal("the first run did not finish")
	}
	data, _ := os.ReadFile(save)
	for _, a := range []string{"complete: true", "alpha.one: some", "alpha.two: dont-know", "beta.two:"} {
		if !strings.Contains(string(data), a) {
			t.Errorf("an answer is lost (%q):\n%s", a, data)
		}
	}
	if _, err := os.Stat(answers.LockPath(save)); !os.IsNotExist(err) {
		t.Errorf("the lock file is still there after the run: %v", err)
	}
}

// TestAssessTidiesLeftovers: the temporary files a killed save left are
// gone after the next run on the file; one with newer answers than the
// file is kept, as NAME.recovered.yaml, and the user is told how to
// continue from it.
func TestAssessTidiesLeftovers(t *testing.T) {
	dir := t.TempDir()
	save := filepath.Join(dir, "acme.yaml")
	f, _, errOut := assessFactory(t, tinyPartial, false)
	if code := Run(f, []string{"assess", "--accessible", "--save", save}); code != ExitInterrupted {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	saved, err := os.ReadFile(save)
	if err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(save, old, old); err != nil {
		t.Fatal(err)
	}
	// A save killed before its rename (newer, whole), one killed while it
	// wrote (newer, cut short) and one from before the file (older).
	newer := filepath.Join(dir, ".acme.yaml.tmp-111")
	cut := filepath.Join(dir, ".acme.yaml.tmp-222")
	older := filepath.Join(dir, ".acme.yaml.tmp-333")
	for p, data := range map[string][]byte{newer: saved, cut: saved[:40], older: saved} {
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	older2 := old.Add(-time.Hour)
	if err := os.Chtimes(older, older2, older2); err != nil {
		t.Fatal(err)
	}

	// stderr is a terminal 100 columns wide: what is said is wrapped to it,
	// the command that continues from the recovered file on one line.
	f, _, errOut = assessFactory(t, "", false)
	f.IOStreams.SetTTY(false, false, true)
	f.IOStreams.SetWidth(100)
	Run(f, []string{"assess", "--accessible", "--resume", save})
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, " "); got != "acme.recovered.yaml acme.yaml" {
		t.Errorf("folder after the run: %s; want acme.recovered.yaml acme.yaml", got)
	}
	if rec, _ := os.ReadFile(filepath.Join(dir, "acme.recovered.yaml")); string(rec) != string(saved) {
		t.Errorf("the recovered answers are not the interrupted save's")
	}
	said := strings.Join(strings.Fields(errOut.String()), " ")
	for _, w := range []string{"are kept in " + filepath.Join(dir, "acme.recovered.yaml"), "removed " + cut, "removed " + older} {
		if !strings.Contains(said, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut.String())
		}
	}
	cmd := "eis assess --resume " + filepath.Join(dir, "acme.recovered.yaml")
	whole := false
	for _, l := range strings.Split(errOut.String(), "\n") {
		whole = whole || strings.Contains(l, cmd)
		if utf8.RuneCountInString(l) > 100 {
			t.Errorf("a line wider than the terminal: %q", l)
		}
	}
	if !whole {
		t.Errorf("the command %q is not whole on a line:\n%s", cmd, errOut.String())
	}
}
