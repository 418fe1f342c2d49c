// Package testutil holds what eis's tests share: the one -update flag and
// the golden-file comparison that honours it, and a fake environment.
// Every package with tests imports it (a package without golden files
// imports it blank), so `go test ./... -update` rewrites every golden file
// and no test binary refuses the flag.
package testutil

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files and generated expectations instead of comparing with them")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// Golden compares got with the file at path (relative to the package's
// folder), or writes got there with -update. A difference is reported at
// its first differing line.
func Golden(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s %s (run with -update if the change is intended)", path, FirstDiff(string(got), string(want)))
	}
}

// FirstDiff describes where got and want first differ, line by line.
func FirstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	line := func(ls []string) string {
		if i < len(ls) {
			return ls[i]
		}
		return "(end of output)"
	}
	return fmt.Sprintf("at line %d\n got: %q\nwant: %q", i+1, line(g), line(w))
}

// Env is a fake environment for a getenv parameter: the pairs given
// (key, value, key, value, …) and nothing else.
func Env(kv ...string) func(string) string {
	m := map[string]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return func(k string) string { return m[k] }
}

// Blocked is how long a test waits for an operation that must not block
// before it calls the operation stuck. A read that blocks (on a named
// pipe, say) waits for ever, so this is no speed limit: it is long enough
// that a loaded CI machine never trips it, and short enough that a test
// binary fails with a message rather than at go test's own timeout.
const Blocked = 60 * time.Second

// Returns fails t when f has not returned within Blocked: f blocks.
func Returns(t testing.TB, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(Blocked):
		t.Fatalf("%s has not returned after %s: it blocks", what, Blocked)
	}
}

// Today is the tests' clock: 09:00 UTC on the day the embedded catalogue's
// sources were last read. The tests that plan or validate with the embedded
// catalogue (the practices goldens, the CLI's and the region review's
// tests) and the testscripts (SOURCE_DATE_EPOCH) run on it: the day sources
// are read again, move it here and regenerate (go test ./... -update), since
// a source read after it would be "in the future". The hand-made fixtures'
// tests keep their own clocks, chosen for the dates written in them.
var Today = time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)

// TodayDate is Today's date as eis writes it (YYYY-MM-DD).
func TodayDate() string { return Today.Format(time.DateOnly) }
