package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/testutil"
)

// TestHostileFileNames: a catalogue file whose name holds an escape
// sequence and a line break reaches neither the terminal raw nor, with
// --format github, a line of its own that GitHub would read as a workflow
// command; its annotation names it as the toolkit escapes it.
func TestHostileFileNames(t *testing.T) {
	configEnv(t)
	if runtime.GOOS == "windows" {
		t.Skip("Windows file names cannot hold these characters")
	}
	dir := t.TempDir()
	name := "x\x1b]52;c;SGVsbG8=\a\n::stop-commands::pwned\u202e.yaml"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("version: 1\nbogus: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "github", "json"} {
		code, stdout, stderr := runEis(t, "validate", "--format", format, dir)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1\n%s%s", format, code, stdout, stderr)
		}
		testutil.NoEscapes(t, format+" stdout", []byte(stdout), false)
		testutil.NoEscapes(t, format+" stderr", []byte(stderr), false)
		for _, line := range strings.Split(stdout+stderr, "\n") {
			if strings.HasPrefix(line, "::") && !strings.HasPrefix(line, "::error file=") && !strings.HasPrefix(line, "::warning file=") {
				t.Errorf("%s: a file name starts a workflow command: %q", format, line)
			}
		}
		// The line break as the toolkit escapes it (%0A); the escape
		// sequence itself cannot be said in a workflow command at all.
		if format == "github" && !strings.Contains(stdout, "%0A%3A%3Astop-commands%3A%3Apwned.yaml,line=2,col=1,title=unknown-key::") {
			t.Errorf("github: the annotation does not name the file as the toolkit escapes it:\n%s", stdout)
		}
	}
}
