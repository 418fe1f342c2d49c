package main

import (
	"bytes"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// maxInitBytes bounds what one eis package may allocate while it is
// initialised. Every run pays for its packages' init, whatever it does, so
// regexps, templates, help texts and message files are made on first use
// (issue 14: `eis version` within 1.2× of a program that does nothing).
const maxInitBytes = 4 << 10

// TestNothingAtInit runs this test binary again with GODEBUG=inittrace=1,
// which makes the Go runtime report what each package's init allocated,
// and fails for an eis package that allocates more than maxInitBytes (a
// regexp or template compiled into a package variable, say). It measures
// bytes, not time, so it does not depend on the machine.
func TestNothingAtInit(t *testing.T) {
	t.Parallel()
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no path to the test binary:", err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // the runtime's trace; the test binary's own output goes to stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", exe, err, stderr.Bytes())
	}
	out := stderr.String()
	// init github.com/eis-project/eis/internal/render @8.9 ms, 0.008 ms clock, 432 bytes, 13 allocs
	line := regexp.MustCompile(`(?m)^init (github\.com/eis-project/eis/\S+) @\S+ ms, \S+ ms clock, (\d+) bytes`)
	seen := 0
	for _, m := range line.FindAllStringSubmatch(out, -1) {
		pkg, bytes := m[1], m[2]
		if strings.HasSuffix(pkg, "/testutil") {
			continue // test helpers: not in the binary
		}
		seen++
		if n, _ := strconv.Atoi(bytes); n > maxInitBytes {
			t.Errorf("%s allocates %d bytes at init (at most %d): make what it builds on first use (sync.OnceValue)", pkg, n, maxInitBytes)
		}
	}
	if seen < 5 {
		t.Fatalf("inittrace reported %d eis packages; the runtime's format may have changed:\n%s", seen, out)
	}
}
