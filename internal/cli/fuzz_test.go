package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// fuzzNow is the clock of the fuzz targets: after the mini catalogue's
// last_verified dates, so that its age is not what fails.
var fuzzNow = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

// miniSections is the mini catalogue of cmd/eis's scripts cut into one
// file per top-level section (catalogue, dimensions and profile stay
// together), so that a fuzzed file replaces one section and the rest stays
// valid; acme is its answers file.
func miniSections(tb testing.TB) (names []string, files map[string][]byte, acme []byte) {
	tb.Helper()
	ar, err := txtar.ParseFile("../../cmd/eis/testdata/script/plan_mini.txtar")
	if err != nil {
		tb.Fatal(err)
	}
	var whole []byte
	for _, f := range ar.Files {
		switch f.Name {
		case "cat/catalogue.yaml":
			whole = f.Data
		case "acme.yaml":
			acme = f.Data
		}
	}
	if whole == nil || acme == nil {
		tb.Fatal("plan_mini.txtar has no cat/catalogue.yaml or acme.yaml")
	}
	files = map[string][]byte{}
	name := "catalogue.yaml"
	cur := []byte{}
	for _, line := range strings.SplitAfter(string(whole), "\n") {
		if key, _, ok := strings.Cut(line, ":"); ok && (key == "questions" || key == "regions" || key == "practices") {
			files[name] = cur
			names = append(names, name)
			name, cur = key+".yaml", []byte("version: 1\n")
		}
		cur = append(cur, line...)
	}
	files[name] = cur
	names = append(names, name)
	return names, files, acme
}

// fuzzRun runs eis with args in a hermetic Factory (the built-in
// catalogue, no environment, a fixed clock) and checks what every run must be: an exit code of 0 or 1 (the
// arguments are right, so never usage), no panic, nothing that steers a
// terminal or a CI runner (a "##vso[" or "##[" command, a line that starts
// with "::" other than eis validate's annotations) on either stream,
// and every diagnostic on stderr positioned at a line and column of at
// least 1.
func fuzzRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	code = Run(&Factory{IOStreams: ios, Embedded: practices.FS(), Now: func() time.Time { return fuzzNow }}, args)
	stdout, stderr = out.String(), errOut.String()
	if code != ExitOK && code != ExitFailure {
		t.Fatalf("eis %q: exit %d\n%s%s", args, code, stdout, stderr)
	}
	testutil.NoEscapes(t, "stdout", out.Bytes(), false)
	testutil.NoEscapes(t, "stderr", errOut.Bytes(), false)
	testutil.NoCommands(t, "stdout", out.Bytes())
	testutil.NoCommands(t, "stderr", errOut.Bytes())
	testutil.NoLineCommands(t, "stdout", out.Bytes(), slices.Contains(args, "github"))
	testutil.NoLineCommands(t, "stderr", errOut.Bytes(), false)
	checkDiagLines(t, stderr)
	return code, stdout, stderr
}

// fuzzAssess runs eis assess in accessible mode with stdin as its typed
// input, as fuzzRun runs other commands; running out of input is an
// interruption (exit 130, progress saved), so 130 is allowed too.
func fuzzAssess(t *testing.T, stdin string, args ...string) {
	t.Helper()
	ios, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	code := Run(&Factory{IOStreams: ios, Embedded: practices.FS(), Now: func() time.Time { return fuzzNow }}, args)
	if code != ExitOK && code != ExitFailure && code != ExitInterrupted {
		t.Fatalf("eis %q: exit %d\n%s%s", args, code, out, errOut)
	}
	testutil.NoEscapes(t, "stdout", out.Bytes(), false)
	testutil.NoEscapes(t, "stderr", errOut.Bytes(), false)
	testutil.NoCommands(t, "stdout", out.Bytes())
	testutil.NoCommands(t, "stderr", errOut.Bytes())
	testutil.NoLineCommands(t, "stdout", out.Bytes(), false)
	testutil.NoLineCommands(t, "stderr", errOut.Bytes(), false)
	checkDiagLines(t, errOut.String())
}

// diagLine is a diagnostic as eis prints it: FILE:LINE:COL: SEVERITY: …
var diagLine = regexp.MustCompile(`^(?:skipped \S+: )?(\S+?):(-?\d+):(-?\d+): (error|warning|notice):`)

// githubLine is a workflow command as eis validate --format github writes
// it: the properties escaped (no comma, colon or line break inside them).
var githubLine = regexp.MustCompile(`^::(error|warning) file=[^,:\r\n]*,line=([1-9]\d*),col=([1-9]\d*),title=[a-z0-9-]+::[^\r\n]*$`)

func checkDiagLines(t *testing.T, out string) {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		m := diagLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		l, _ := strconv.Atoi(m[2])
		c, _ := strconv.Atoi(m[3])
		if l < 1 || c < 1 {
			t.Errorf("diagnostic not at a line and column: %q", line)
		}
	}
}

// checkFuzzHTML parses an HTML report as a browser would and fails on
// anything a file's text could have smuggled in: a script, frame, object,
// embed, base or link element, an event handler attribute, or a link that
// is not to a web page, e-mail, phone or the report itself.
func checkFuzzHTML(t *testing.T, what, out string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Iframe, atom.Object, atom.Embed, atom.Link, atom.Base, atom.Form:
				t.Errorf("%s: <%s> in a report", what, n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") {
					t.Errorf("%s: event handler %s=%q on <%s>", what, a.Key, a.Val, n.Data)
				}
				if a.Key == "href" && !(strings.HasPrefix(a.Val, "https://") || strings.HasPrefix(a.Val, "http://") ||
					strings.HasPrefix(a.Val, "mailto:") || strings.HasPrefix(a.Val, "tel:") || strings.HasPrefix(a.Val, "#")) {
					t.Errorf("%s: link to %q", what, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

// checkFuzzOutput checks a command's stdout in its format: JSON parses,
// HTML is checked by checkFuzzHTML.
func checkFuzzOutput(t *testing.T, what, format, out string) {
	t.Helper()
	switch format {
	case "json":
		if !json.Valid([]byte(out)) {
			t.Errorf("%s: not JSON:\n%s", what, out)
		}
	case "html":
		checkFuzzHTML(t, what, out)
	}
}

// fuzzFolders makes a catalogue folder holding a file per name, of
// body(i, name), and an empty folder for answers files, side by side in a
// temporary folder of t's (filepath.Dir of either).
func fuzzFolders(t *testing.T, names []string, body func(i int, name string) []byte) (cat, firms string) {
	t.Helper()
	dir := t.TempDir()
	cat, firms = filepath.Join(dir, "cat"), filepath.Join(dir, "firms")
	for _, d := range []string{cat, firms} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i, name := range names {
		if err := os.WriteFile(filepath.Join(cat, name), body(i, name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return cat, firms
}

// FuzzCatalogueFolder: a user's catalogue folder (the mini catalogue, one
// file per section) with one file replaced by the fuzzer's bytes (which
// picks the file; past the last, the bytes are a file of their own) goes
// through eis validate in every format and, when eis validate accepts it,
// through every command that reads a catalogue. eis validate reports each
// problem at a line and column (in --format github as a well-formed
// workflow command); a catalogue it accepts is one every command can use:
// practices list and show, questions, region, plan, compare and aggregate
// exit 0 (plan, compare and aggregate may refuse the answers file, saying
// where), their JSON parses and their HTML smuggles nothing in.
func FuzzCatalogueFolder(f *testing.F) {
	names, files, acme := miniSections(f)
	for i, name := range names {
		f.Add(uint8(i), files[name])
	}
	extra := len(names)
	f.Add(uint8(extra), []byte("version: 1\npractices:\n  - id: x\n    after: [x]\n"))
	for i, name := range names {
		// Every text of a section ends in CI runners' commands.
		f.Add(uint8(i), bytes.ReplaceAll(files[name], []byte("en: \""), []byte("en: \"##vso[task.setvariable variable=PATH]x ##[add-mask]y ")))
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		cat, firms := fuzzFolders(t, names, func(i int, name string) []byte {
			if int(which)%(extra+1) == i {
				return data
			}
			return files[name]
		})
		dir := filepath.Dir(cat)
		if int(which)%(extra+1) == extra {
			if err := os.WriteFile(filepath.Join(cat, "fuzz.yaml"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		code, _, _ := fuzzRun(t, "--lang", "en", "validate", "--no-age", cat)
		for _, format := range []string{"json", "github"} {
			c, out, _ := fuzzRun(t, "--lang", "en", "validate", "--no-age", "--format", format, cat)
			if c != code {
				t.Errorf("validate --format %s: exit %d, text: %d", format, c, code)
			}
			if format == "json" {
				checkFuzzOutput(t, "validate json", format, out)
				continue
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "::") && !githubLine.MatchString(line) {
					t.Errorf("validate --format github: malformed workflow command %q", line)
				}
			}
		}
		withCat := []string{"--lang", "en", "--catalogue", cat}
		if code != ExitOK {
			// Refused: a command refuses it too, without a panic, or uses
			// it with a warning (what is an error for eis validate only,
			// such as no practices at all or a date in the future).
			fuzzRun(t, append(withCat, "practices", "list")...)
			return
		}
		c, _, _, err := catalogue.Open(practices.FS(), os.DirFS(cat), false, fuzzNow)
		if err != nil || c == nil {
			t.Fatalf("eis validate accepts the folder, catalogue.Open does not: %v", err)
		}
		answersFile := filepath.Join(dir, "acme.yaml")
		if err := os.WriteFile(answersFile, acme, 0o600); err != nil {
			t.Fatal(err)
		}
		for i := range 5 {
			body := bytes.Replace(acme, []byte("Hansen ApS"), []byte("Firm "+strconv.Itoa(i)), 1)
			if err := os.WriteFile(filepath.Join(firms, strconv.Itoa(i)+".yaml"), body, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		must := func(args ...string) {
			t.Helper()
			code, out, stderr := fuzzRun(t, append(append([]string{}, withCat...), args...)...)
			if code != ExitOK {
				t.Errorf("eis %q: exit %d on a catalogue eis validate accepts\n%s", args, code, stderr)
				return
			}
			for i, a := range args {
				if a == "--format" {
					checkFuzzOutput(t, strings.Join(args, " "), args[i+1], out)
				}
			}
		}
		// mayRefuse: the answers file may not fit the changed catalogue; then
		// stderr names it.
		mayRefuse := func(args ...string) {
			t.Helper()
			code, out, stderr := fuzzRun(t, append(append([]string{}, withCat...), args...)...)
			if code != ExitOK {
				if !strings.Contains(stderr, "acme.yaml") && !strings.Contains(stderr, firms) {
					t.Errorf("eis %q: exit %d, and stderr does not name the answers file\n%s", args, code, stderr)
				}
				return
			}
			for i, a := range args {
				if a == "--format" {
					checkFuzzOutput(t, strings.Join(args, " "), args[i+1], out)
				}
			}
		}
		must("practices", "list")
		must("practices", "list", "--format", "json")
		for i, p := range c.Practices {
			if i == 3 {
				break
			}
			must("practices", "show", p.ID)
			must("practices", "show", p.ID, "--format", "json")
		}
		must("questions", "--format", "markdown")
		must("questions", "--format", "json")
		for i, id := range region.Candidates(c) {
			if i == 2 {
				break
			}
			must("region", id, "--format", "html")
		}
		for _, format := range []string{"text", "markdown", "json", "html"} {
			mayRefuse("plan", "--all", "--answers", answersFile, "--format", format)
		}
		mayRefuse("compare", answersFile, filepath.Join(firms, "0.yaml"), "--format", "html")
		mayRefuse("aggregate", firms, "--format", "csv")
		mayRefuse("aggregate", firms, "--format", "html")
	})
}

// FuzzAnswersFile: an answers file of the fuzzer's bytes goes through
// every command that reads one, against the mini catalogue: plan in every
// format, compare with the mini catalogue's own answers file both ways,
// aggregate over a folder of it and four firms, and assess started from it
// (--answers, --review, --resume). FuzzLoad holds Read to
// its contract; this holds what comes after it (the plan, the comparison,
// the anonymous overview and their rendering) to fuzzRun's and
// checkFuzzOutput's, and a refused file to be named on stderr.
func FuzzAnswersFile(f *testing.F) {
	names, files, acme := miniSections(f)
	f.Add(acme)
	f.Add(bytes.Replace(acme, []byte("version: 1"), []byte("version: 2"), 1))
	f.Add(bytes.Replace(acme, []byte("markets: [uk]"), []byte("markets: [uk, uk, dont-know]"), 1))
	f.Add(bytes.Replace(acme, []byte("general: Follow up in May."), []byte("general: \"<script>x</script>](javascript:x) | # \\e[2J\"\n  strategy.decision: \"a\\u202eb\""), 1))
	f.Add([]byte("version: 2\ncatalogue: {id: mini, version: \"1.0\"}\nlanguage: xx\ncomplete: true\nanswers: {}\n"))
	f.Add(bytes.Replace(acme, []byte("Hansen ApS"), []byte("\"##vso[task.setvariable variable=PATH]/tmp ##VSO[x ##[add-mask]y\""), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		cat, firms := fuzzFolders(t, names, func(_ int, name string) []byte { return files[name] })
		dir := filepath.Dir(cat)
		fuzzed := filepath.Join(firms, "fuzz.yaml")
		if err := os.WriteFile(fuzzed, data, 0o600); err != nil {
			t.Fatal(err)
		}
		for i := range 4 {
			body := bytes.Replace(acme, []byte("Hansen ApS"), []byte("Firm "+strconv.Itoa(i)), 1)
			if err := os.WriteFile(filepath.Join(firms, strconv.Itoa(i)+".yaml"), body, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		base := filepath.Join(dir, "acme.yaml")
		if err := os.WriteFile(base, acme, 0o600); err != nil {
			t.Fatal(err)
		}
		withCat := []string{"--catalogue", cat}
		run := func(args ...string) int {
			t.Helper()
			code, out, stderr := fuzzRun(t, append(append([]string{}, withCat...), args...)...)
			if code != ExitOK {
				if !strings.Contains(stderr, "fuzz.yaml") {
					t.Errorf("eis %q: exit %d, and stderr does not name the answers file\n%s", args, code, stderr)
				}
				return code
			}
			for i, a := range args {
				if a == "--format" {
					checkFuzzOutput(t, strings.Join(args, " "), args[i+1], out)
				}
			}
			return code
		}
		if run("plan", "--all", "--answers", fuzzed, "--format", "text") != ExitOK {
			// Refused: the other commands refuse it too, or (aggregate)
			// leave it out; neither panics.
			run("compare", base, fuzzed)
			run("aggregate", firms, "--format", "csv")
			return
		}
		for _, format := range []string{"markdown", "json", "html"} {
			run("plan", "--all", "--answers", fuzzed, "--format", format)
		}
		run("plan", "--answers", base, "--since", fuzzed)
		for _, format := range []string{"text", "json", "html"} {
			run("compare", base, fuzzed, "--format", format)
		}
		run("compare", fuzzed, base, "--format", "markdown")
		for _, format := range []string{"csv", "json", "html"} {
			run("aggregate", firms, "--format", format)
		}
		// The questionnaire started from it: its answers as defaults,
		// its review, and resumed (on a copy, which it saves to).
		enter := strings.Repeat("\n", 40)
		fuzzAssess(t, enter, append(append([]string{}, withCat...), "assess", "--accessible", "--answers", fuzzed, "--save", filepath.Join(dir, "new.yaml"))...)
		fuzzAssess(t, "1\n"+enter, append(append([]string{}, withCat...), "assess", "--accessible", "--review", fuzzed, "--save", filepath.Join(dir, "reviewed.yaml"))...)
		resumed := filepath.Join(dir, "resumed.yaml")
		if err := os.WriteFile(resumed, data, 0o600); err != nil {
			t.Fatal(err)
		}
		fuzzAssess(t, enter, append(append([]string{}, withCat...), "assess", "--accessible", "--resume", resumed)...)
	})
}
