package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/practices"
)

// exampleProfile is the answers file written wherever an example names one
// (acme.yaml, last-year.yaml, sidste-aar.yaml, ...).
const exampleProfile = "../../practices/testdata/profiles/dk-software-startup.yaml"

// exampleOwnPractices is copied into a folder an example validates as the
// user's own practices (my-practices, egne-praksisser).
const exampleOwnPractices = "../../practices/regions/global.yaml"

// exampleLine is one command line from a help text's Examples section.
type exampleLine struct {
	lang, cmdPath, line string
}

// helpExamples collects every example command line of every command, in
// every language. Comment lines are left out.
func helpExamples(t *testing.T) []exampleLine {
	t.Helper()
	var out []exampleLine
	for _, lang := range i18n.Languages {
		cmds := commandsByPath(helpTree(t, lang))
		paths := make([]string, 0, len(cmds))
		for p := range cmds {
			paths = append(paths, p)
		}
		slices.Sort(paths)
		for _, p := range paths {
			for l := range strings.SplitSeq(cmds[p].Example, "\n") {
				l = strings.TrimSpace(l)
				if l == "" || strings.HasPrefix(l, "#") {
					continue
				}
				out = append(out, exampleLine{lang, p, l})
			}
		}
	}
	return out
}

// exampleArgs turns an example line into eis's arguments and the file its
// stdin is read from, if any: "eis" goes, "> file" goes (stdout is the test
// buffer), "< file" becomes stdin. Quotes and other shell syntax are not
// expected in examples; the test fails on them so this stays honest.
func exampleArgs(t *testing.T, line string) (args []string, stdin string) {
	t.Helper()
	words := strings.Fields(line)
	if len(words) == 0 || words[0] != "eis" {
		t.Fatalf("example %q does not start with eis", line)
	}
	if strings.ContainsAny(line, `"'|&;$`+"`") {
		t.Fatalf("example %q has shell syntax this test does not read", line)
	}
	for i := 1; i < len(words); i++ {
		switch words[i] {
		case ">", "<":
			if i+1 >= len(words) {
				t.Fatalf("example %q: %s without a file", line, words[i])
			}
			if words[i] == "<" {
				stdin = words[i+1]
			}
			i++
		default:
			args = append(args, words[i])
		}
	}
	return args, stdin
}

// exampleFixtures prepares the working folder for an example as its reader
// would have it: a checkout's practices folder, an answers file for every
// .yaml argument that is read (not one eis is told to write with --save or
// --output), and a folder of their own practices for every folder 'eis
// validate' is given that is not there yet.
func exampleFixtures(t *testing.T, dir string, args []string) {
	t.Helper()
	if err := os.CopyFS(filepath.Join(dir, "practices"), practices.FS()); err != nil {
		t.Fatal(err)
	}
	profile, err := os.ReadFile(exampleProfile)
	if err != nil {
		t.Fatal(err)
	}
	own, err := os.ReadFile(exampleOwnPractices)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range args {
		ext := filepath.Ext(a)
		if ext != ".yaml" && ext != ".yml" {
			continue
		}
		if i > 0 && slices.Contains([]string{"--save", "--output", "-o"}, args[i-1]) {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, a), profile, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ios, _, _, _ := iostreams.Test()
	root := NewRootCmd(&Factory{IOStreams: ios})
	cmd, rest, err := root.Find(args)
	if err == nil {
		err = cmd.ParseFlags(rest)
	}
	if err != nil {
		return // Run reports the usage error
	}
	if cmd.Name() == "validate" {
		for _, a := range cmd.Flags().Args() {
			p := filepath.Join(dir, a)
			if _, err := os.Stat(p); err == nil {
				continue
			}
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(p, "own.yaml"), own, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if cmd.Name() == "aggregate" {
		// A folder of answers files: six copies of the example profile.
		for _, a := range cmd.Flags().Args() {
			p := filepath.Join(dir, a)
			if _, err := os.Stat(p); err == nil || filepath.Ext(a) != "" {
				continue
			}
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			for i := range 6 {
				if err := os.WriteFile(filepath.Join(p, fmt.Sprintf("firm-%d.yaml", i)), profile, 0o600); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}

// TestHelpExamples runs every example line of every command's help, in
// English and Danish, through Run with test streams in a folder prepared as
// the example assumes, so that an example can never rot: a renamed practice
// ID, a flag that is gone, a region or stage that no longer exists. Every
// example must succeed, except that 'eis assess' without --accessible needs
// a terminal (it must then fail with exactly that message, so its flags were
// accepted), and 'eis assess --accessible' fed no answers stops as Ctrl-C
// does (exit 130).
func TestHelpExamples(t *testing.T) {
	examples := helpExamples(t)
	if len(examples) < 20 {
		t.Fatalf("only %d example lines found; is Example still set on the commands?", len(examples))
	}
	seen := map[string]bool{}
	for _, ex := range examples {
		seen[ex.cmdPath] = true
		t.Run(ex.lang+"/"+ex.line, func(t *testing.T) {
			configEnv(t)
			if ex.lang == "da" {
				t.Setenv("LANG", "da_DK.UTF-8")
			}
			dir := t.TempDir()
			args, stdin := exampleArgs(t, ex.line)
			exampleFixtures(t, dir, args)
			t.Chdir(dir)

			ios, in, out, errOut := iostreams.Test()
			if stdin != "" {
				// The answers an accessible run would read: none, so it
				// stops at the first question.
				in.Reset()
			}
			// Today, as for a reader trying the example: a fixed day would
			// fall behind the catalogue's last_verified dates.
			f := &Factory{IOStreams: ios, Getenv: os.Getenv, Embedded: practices.FS(), Now: time.Now}
			code := Run(f, args)

			for _, key := range []string{"practices.unknown", "practices.none"} {
				if !i18n.English.Has(key) {
					t.Fatalf("message %s is gone; update this test", key)
				}
				for _, lang := range i18n.Languages {
					msg := i18n.Get(lang).Pattern(key)
					// The fixed text before the first verb: "no practice ".
					msg, _, _ = strings.Cut(msg, "%")
					if strings.Contains(errOut.String(), msg) || strings.Contains(out.String(), msg) {
						t.Errorf("%s: says %q:\n%s", ex.line, msg, errOut)
					}
				}
			}
			if code == ExitUsage {
				t.Fatalf("%s: usage error:\n%s", ex.line, errOut)
			}
			switch {
			case ex.cmdPath == "eis assess" && !slices.Contains(args, "--accessible"):
				// In the language of the example's --lang, if it has one.
				notty := false
				for _, l := range i18n.Languages {
					notty = notty || errOut.String() == "eis: "+i18n.Get(l).T("assess.notty")+"\n"
				}
				if code != ExitFailure || !notty {
					t.Errorf("%s: exit %d, stderr %q; want exit 1 and only the message that a terminal is needed", ex.line, code, errOut)
				}
			case ex.cmdPath == "eis assess":
				if code != ExitInterrupted {
					t.Errorf("%s: exit %d with no input, want %d:\n%s", ex.line, code, ExitInterrupted, errOut)
				}
			default:
				if code != ExitOK {
					t.Errorf("%s: exit %d:\n%s%s", ex.line, code, errOut, out)
				}
				if out.Len() == 0 && !slices.Contains(args, "--output") {
					t.Errorf("%s: printed nothing on stdout", ex.line)
				}
			}
			for i, a := range args {
				if a == "--output" && i+1 < len(args) && code == ExitOK {
					if st, err := os.Stat(filepath.Join(dir, args[i+1])); err != nil || st.Size() == 0 {
						t.Errorf("%s: no %s written (%v)", ex.line, args[i+1], err)
					}
				}
			}
		})
	}
	// Every command that has examples was found (a tree walk that missed
	// one would pass vacuously).
	for _, p := range []string{"eis assess", "eis plan", "eis practices list", "eis practices show", "eis questions", "eis schema", "eis validate"} {
		if !seen[p] {
			t.Errorf("no example line found for %s", p)
		}
	}
}

// TestExampleArgs pins how an example line becomes arguments.
func TestExampleArgs(t *testing.T) {
	t.Parallel()
	tests := []struct {
		line  string
		args  []string
		stdin string
	}{
		{line: "eis plan --answers acme.yaml", args: []string{"plan", "--answers", "acme.yaml"}},
		{line: "eis schema > catalogue.schema.json", args: []string{"schema"}},
		{line: "eis assess --accessible < answers.txt", args: []string{"assess", "--accessible"}, stdin: "answers.txt"},
		{line: "eis --lang da questions", args: []string{"--lang", "da", "questions"}},
	}
	for _, tt := range tests {
		args, stdin := exampleArgs(t, tt.line)
		if !slices.Equal(args, tt.args) || stdin != tt.stdin {
			t.Errorf("exampleArgs(%q) = %q, %q; want %q, %q", tt.line, args, stdin, tt.args, tt.stdin)
		}
	}
}
