package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
	"go.yaml.in/yaml/v3"
)

// TestHostileFileNames: a catalogue file whose name holds an escape
// sequence and a line break reaches neither the terminal raw nor, with
// --format github, a line of its own that GitHub would read as a workflow
// command; its annotation names it as the toolkit escapes it. A report
// written with --output is as clean (the annotations put the name in it
// raw).
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
		report := filepath.Join(t.TempDir(), "report")
		runEis(t, "validate", "--format", format, "--output", report, dir)
		written, err := os.ReadFile(report)
		if err != nil {
			t.Fatalf("%s --output: %v", format, err)
		}
		testutil.NoEscapes(t, format+" --output", written, false)
		for _, line := range strings.Split(stdout+stderr+string(written), "\n") {
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

// TestFileNamesStartingCommands: eis validate . in GitHub Actions, on a
// folder whose files are named as workflow commands, "::stop-commands::…"
// (which would turn off every annotation after it) and "##[error]…" (the
// older form, which the runner reads anywhere in a line), one of them
// with such a key; and in Azure Pipelines, a file named and a key holding
// an Azure logging command ("##vso[…]", read anywhere in a line). A
// diagnostic's line starts with the file's name, so the runner read it as
// the command; it names the file as ./NAME, in every format, the
// annotations name it escaped, and no "##[" or "##vso[" is left in any
// format: JSON keeps the name, its '[' escaped (\u005b).
func TestFileNamesStartingCommands(t *testing.T) {
	configEnv(t)
	if runtime.GOOS == "windows" {
		t.Skip("Windows file names cannot hold a colon")
	}
	dir := t.TempDir()
	for _, name := range []string{"::stop-commands::pwned.yaml", "##[error]fake.yaml", " ::add-mask::x.yaml", "##vso[task.setvariable variable=PATH]pwned.yaml"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("version: 1\n\"##[stop-commands]tok\": 1\n\"##vso[task.complete result=Failed]k\": 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for _, format := range []string{"text", "github", "json"} {
		code, stdout, stderr := runEis(t, "validate", "--format", format, ".")
		if code != 1 {
			t.Errorf("%s: exit %d, want 1\n%s%s", format, code, stdout, stderr)
		}
		for _, line := range strings.Split(stdout+stderr, "\n") {
			cmd := strings.TrimLeft(line, " ")
			// JSON keeps the values as they are, for tools to read; an
			// annotation is read as one (the runner tries "::" first), and
			// its file= must name the file.
			annotation := strings.HasPrefix(cmd, "::error file=")
			if format != "json" && !annotation && strings.Contains(cmd, "##[") || strings.HasPrefix(cmd, "::") && !annotation {
				t.Errorf("%s: a file name starts a workflow command: %q", format, line)
			}
		}
		testutil.NoCommands(t, format+" stdout", []byte(stdout))
		testutil.NoCommands(t, format+" stderr", []byte(stderr))
		if format == "json" && !strings.Contains(stdout, `"##vso\u005btask.setvariable variable=PATH]pwned.yaml"`) {
			t.Errorf("json: the file's name is not kept, escaped:\n%s", stdout)
		}
		if format == "github" && !strings.Contains(stdout, "::error file=##vso\\x5btask.setvariable variable=PATH]pwned.yaml,line=3,col=1,") {
			t.Errorf("github: the Azure command in the file's name is not broken:\n%s", stdout)
		}
		if format == "text" && !strings.Contains(stdout, "./::stop-commands::pwned.yaml:2:1: error: ") {
			t.Errorf("text: the file is not named ./NAME:\n%s", stdout)
		}
		if format == "github" && !strings.Contains(stdout, "::error file=%3A%3Astop-commands%3A%3Apwned.yaml,line=2,col=1,") {
			t.Errorf("github: the annotation does not name the file as the toolkit escapes it:\n%s", stdout)
		}
	}
}

// TestHostileFilesRefusedFast: a named pipe, a device, a socket, a link
// out of the catalogue folder and links in a loop, given as catalogue
// files, answers files (plan, assess --resume and --answers) or the
// config file, are refused with an error placed at the file (no read blocks for ever,
// no file outside the folder is used).
func TestHostileFilesRefusedFast(t *testing.T) {
	configEnv(t)
	if runtime.GOOS == "windows" {
		t.Skip("named pipes and sockets in a folder are Unix things")
	}
	base := t.TempDir()
	secret := filepath.Join(base, "secret.yaml")
	if err := os.WriteFile(secret, []byte("version: 1\nregions: [{id: leaked, name: {en: Leaked}, scope: other}]\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cat := filepath.Join(base, "cat")
	if err := os.Mkdir(cat, 0o755); err != nil {
		t.Fatal(err)
	}
	mk := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	mk(syscall.Mkfifo(filepath.Join(cat, "fifo.yaml"), 0o644))
	mk(os.Symlink(secret, filepath.Join(cat, "out.yaml")))
	mk(os.Symlink("/dev/zero", filepath.Join(cat, "dev.yaml")))
	mk(os.Symlink("loop2.yaml", filepath.Join(cat, "loop1.yaml")))
	mk(os.Symlink("loop1.yaml", filepath.Join(cat, "loop2.yaml")))
	fifo := filepath.Join(base, "answers.fifo")
	mk(syscall.Mkfifo(fifo, 0o644))
	loop := filepath.Join(base, "loop.yaml")
	mk(os.Symlink("loop.yaml", loop))

	tests := []struct {
		name string
		args []string
		want []string // each in stderr or stdout
	}{
		{"catalogue folder", []string{"validate", cat}, []string{
			"fifo.yaml:1:1: error: this is a named pipe (FIFO), not a regular file; catalogue files must be plain files [read]",
			"out.yaml:1:1: error: a symbolic link to a file outside the catalogue folder, which eis does not follow; copy the file into the folder [read]",
			"dev.yaml:1:1: error: a symbolic link to a file outside the catalogue folder",
			"loop1.yaml:1:1: error: symbolic links lead round in a loop here; fix or remove them [read]",
		}},
		{"plan --answers FIFO", []string{"plan", "--answers", fifo}, []string{fifo + ":1:1: error: this is a named pipe (FIFO), not a regular file, so eis does not read it; name the file itself [read]"}},
		{"plan --answers device", []string{"plan", "--answers", "/dev/zero"}, []string{"/dev/zero:1:1: error: this is a device, not a regular file"}},
		{"plan --answers loop", []string{"plan", "--answers", loop}, []string{loop + ":1:1: error: symbolic links lead round in a loop here"}},
		{"assess --resume FIFO", []string{"assess", "--accessible", "--resume", fifo}, []string{fifo + ":1:1: error: this is a named pipe (FIFO)"}},
		{"assess --answers FIFO", []string{"assess", "--accessible", "--answers", fifo, "--save", filepath.Join(base, "new.yaml")}, []string{fifo + ":1:1: error: this is a named pipe (FIFO)"}},
		{"--config FIFO", []string{"--config", fifo, "version"}, []string{fifo + ":1:1: error: this is a named pipe (FIFO)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			type result struct {
				code           int
				stdout, stderr string
			}
			var r result
			testutil.Returns(t, fmt.Sprintf("eis %v", tt.args), func() {
				r.code, r.stdout, r.stderr = runEis(t, tt.args...)
			})
			// A config file that cannot be read is a usage error, as a
			// missing one is.
			if want := map[bool]int{true: 2, false: 1}[tt.args[0] == "--config"]; r.code != want {
				t.Errorf("exit %d, want %d", r.code, want)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout+r.stderr, w) {
					t.Errorf("output lacks %q:\n%s%s", w, r.stdout, r.stderr)
				}
			}
			if strings.Contains(r.stdout+r.stderr, "leaked") {
				t.Errorf("the file outside the folder was read:\n%s%s", r.stdout, r.stderr)
			}
		})
	}
}

// poisonYAML appends payload to every string value of a catalogue or
// answers file's YAML except keys, IDs and references (written as YAML
// escapes in double quotes, as a hostile file would carry them).
func poisonYAML(t *testing.T, data []byte, payload string) []byte {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	refs := map[string]bool{"id": true, "version": true, "region": true, "dimension": true, "axis": true, "kind": true,
		"scope": true, "country": true, "type": true, "effort": true, "cost": true, "impact": true, "confidence": true,
		"status": true, "question": true, "language": true, "digest": true, "created": true, "updated": true,
		"last_verified": true, "valid_from": true, "valid_until": true, "date": true, "read": true}
	var walk func(n *yaml.Node, key string)
	walk = func(n *yaml.Node, key string) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			if key == "" || !refs[key] && key != "dimensions" && key != "stages" && key != "in" && key != "after" && key != "needs" && key != "languages" && key != "covers" {
				for _, c := range n.Content {
					walk(c, key)
				}
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				walk(n.Content[i+1], n.Content[i].Value)
			}
		case yaml.ScalarNode:
			if n.ShortTag() == "!!str" && !refs[key] && key != "answers" {
				n.Value += payload
				n.Style = yaml.DoubleQuotedStyle
			}
		}
	}
	walk(&doc, "")
	out, err := yaml.Marshal(&doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestHostileTextThroughEveryCommand (issue 13, done when): a catalogue
// whose every text ends in terminal escapes and bidi controls, and an
// answers file whose company, advisor and notes do, go through every
// command and format; no ESC, BEL, C1 or bidi control reaches stdout,
// stderr or a file written with --output. The catalogue is refused, with
// its texts' positions; the answers file's texts are left out, with a
// warning, and the plan printed.
func TestHostileTextThroughEveryCommand(t *testing.T) {
	configEnv(t)
	dir := t.TempDir()
	cat := filepath.Join(dir, "cat")
	if err := os.Mkdir(cat, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"catalogue.yaml", "practices.yaml"} {
		data, err := os.ReadFile(filepath.Join("../survey/testdata/tiny", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(cat, name), poisonYAML(t, data, testutil.Escapes), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// An answers file for the tiny catalogue, then poisoned.
	f, _, errOut := assessFactory(t, tinyScript, false)
	answersFile := filepath.Join(dir, "acme.yaml")
	if code := Run(f, []string{"assess", "--accessible", "--save", answersFile}); code != ExitOK {
		t.Fatalf("assess: exit %d\n%s", code, errOut.String())
	}
	data, _ := os.ReadFile(answersFile)
	// Company, advisor and a note, as YAML escapes.
	esc := strings.NewReplacer("\x1b", `\e`, "\a", `\a`, "\r", `\r`, "\b", `\b`, "\u009b", `\x9b`, "\x7f", `\x7f`, "\u202e", `\u202e`, "\u2066", `\u2066`).Replace(testutil.Escapes)
	poisoned := strings.Replace(string(data), "company: Acme ApS", `company: "Acme ApS`+esc+`"`+"\n  advisor: \"A. Adviser"+esc+`"`, 1)
	poisoned = strings.Replace(poisoned, "complete: true", "complete: true\nnotes: {general: \"a note"+esc+`"}`, 1)
	if poisoned == string(data) || !strings.Contains(poisoned, `Acme ApS\e]52`) {
		t.Fatalf("the payload did not reach the answers file:\n%s", poisoned)
	}
	if err := os.WriteFile(answersFile, []byte(poisoned), 0o600); err != nil {
		t.Fatal(err)
	}

	run := func(name string, tiny bool, args ...string) (string, string) {
		t.Helper()
		ios, _, out, errOut := iostreams.Test()
		emb := practices.FS()
		if tiny {
			emb = os.DirFS("../survey/testdata/tiny")
		}
		Run(&Factory{IOStreams: ios, Embedded: emb, Now: func() time.Time { return assessNow }}, args)
		testutil.NoEscapes(t, name+" stdout", out.Bytes(), false)
		testutil.NoEscapes(t, name+" stderr", errOut.Bytes(), false)
		return out.String(), errOut.String()
	}
	// The poisoned catalogue: refused by every command, in every format.
	for _, format := range []string{"text", "json", "github"} {
		out, _ := run("validate "+format, false, "validate", "--format", format, cat)
		if !strings.Contains(out, "control") {
			t.Errorf("validate %s does not report the control characters:\n%s", format, out)
		}
	}
	withCat := []string{"--catalogue", cat, "--catalogue-mode", "replace"}
	for _, args := range [][]string{
		{"practices", "list"}, {"practices", "list", "--format", "json"}, {"practices", "show", "never-applies"},
		{"questions"}, {"questions", "--format", "markdown"}, {"questions", "--format", "json"},
		{"plan", "--answers", answersFile}, {"plan", "--answers", answersFile, "--format", "json"},
	} {
		run(strings.Join(args, " "), false, append(append([]string{}, withCat...), args...)...)
	}
	// The poisoned answers file with a clean catalogue: a plan in every
	// format, to the terminal and to a file.
	for _, format := range []string{"text", "markdown", "json"} {
		out, stderr := run("plan "+format, true, "plan", "--answers", answersFile, "--format", format)
		if !strings.Contains(out, "Acme ApS") || !strings.Contains(stderr, "[control]") {
			t.Errorf("plan %s: no plan or no warning:\n%s\n%s", format, out, stderr)
		}
		file := filepath.Join(dir, "plan."+format)
		run("plan -o "+format, true, "plan", "--answers", answersFile, "--format", format, "--output", file)
		written, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("plan --output: %v", err)
		}
		testutil.NoEscapes(t, "plan --output "+format, written, false)
	}
}
