package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/cli"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/practices"
	"github.com/spf13/cobra"
	"go.yaml.in/yaml/v3"
)

// TestReadmeInStep fails when README.md's command reference no longer
// matches the help texts.
func TestReadmeInStep(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := replaceReference(readme, commandReference())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(readme, want) {
		t.Errorf("README.md's command reference is out of step with the help texts; run\n\tgo run ./internal/distgen -readme README.md")
	}
	for _, cmd := range []string{"### eis validate", "--no-age", "### eis practices show", "eis plan --answers FILE"} {
		if !bytes.Contains(want, []byte(cmd)) {
			t.Errorf("the command reference lacks %q", cmd)
		}
	}
}

func TestReplaceReference(t *testing.T) {
	t.Parallel()
	got, err := replaceReference([]byte("# T\n\n"+refBegin+"\nold\n"+refEnd+"\nafter\n"), "new\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "# T\n\n" + refBegin + "\n\nnew\n\n" + refEnd + "\nafter\n"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := replaceReference([]byte("# T\n"), "new"); err == nil || !strings.Contains(err.Error(), refBegin) {
		t.Errorf("no markers: err = %v, want one that shows the markers", err)
	}
}

// TestCompletionsAreTheCommands checks that the shipped scripts are what
// `eis completion SHELL` prints.
func TestCompletionsAreTheCommands(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	dir := t.TempDir()
	if err := writeCompletions(dir); err != nil {
		t.Fatal(err)
	}
	for _, sh := range shells {
		ios, _, out, errOut := iostreams.Test()
		f := &cli.Factory{IOStreams: ios, Embedded: practices.FS(), Now: time.Now, Getenv: func(string) string { return "" }}
		if code := cli.Run(f, []string{"completion", sh.name}); code != 0 {
			t.Fatalf("eis completion %s: exit %d: %s", sh.name, code, errOut)
		}
		got, err := os.ReadFile(filepath.Join(dir, sh.file))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) < 1000 || !bytes.Contains(got, []byte("eis")) {
			t.Errorf("%s: a %d-byte script that does not name eis", sh.file, len(got))
		}
		if !bytes.Equal(got, out.Bytes()) {
			t.Errorf("%s differs from what eis completion %s prints", sh.file, sh.name)
		}
	}
}

func gunzip(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return string(data)
}

func TestManPages(t *testing.T) {
	t.Parallel()
	date := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	dir1, dir2 := t.TempDir(), t.TempDir()
	if err := writeManPages(dir1, date, "1.2.3"); err != nil {
		t.Fatal(err)
	}
	if err := writeManPages(dir2, date, "1.2.3"); err != nil {
		t.Fatal(err)
	}
	// One page per command that help lists.
	var want []string
	_ = visible(newTree(), func(c *cobra.Command) error {
		want = append(want, strings.ReplaceAll(c.CommandPath(), " ", "-")+".1.gz")
		return nil
	})
	entries, err := os.ReadDir(dir1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
		a, _ := os.ReadFile(filepath.Join(dir1, e.Name()))
		b, _ := os.ReadFile(filepath.Join(dir2, e.Name()))
		if !bytes.Equal(a, b) {
			t.Errorf("%s differs between two runs", e.Name())
		}
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("pages %v, want %v", got, want)
	}
	for _, name := range []string{"eis.1.gz", "eis-validate.1.gz", "eis-practices-show.1.gz", "eis-assess.1.gz"} {
		if !slices.Contains(got, name) {
			t.Errorf("no %s", name)
		}
	}

	page := gunzip(t, filepath.Join(dir1, "eis-validate.1.gz"))
	for _, s := range []string{
		`.TH "EIS-VALIDATE" "1" "Dec 2026" "eis 1.2.3" "eis manual"`,
		"\n.EX\n  path:line:col: error|warning: message [rule]\n.EE\n", // kept as it is, not a link
		`\fB--no-age\fP`, `\fB--strict\fP`, `\fB--catalogue\fP`, // own and inherited flags
		"every *", // "*.yaml" stays, not emphasis
		"eis validate --strict --no-age practices", // the examples
	} {
		if !strings.Contains(page, s) {
			t.Errorf("eis-validate(1) lacks %q:\n%s", s, page)
		}
	}
	if strings.Contains(page, "Auto generated") {
		t.Error("eis-validate(1) carries cobra's auto-generated footer")
	}
	if strings.Contains(page, `\fI`) {
		t.Errorf("eis-validate(1) has italics, so some help text was read as emphasis:\n%s", page)
	}
}

func TestMarkdownText(t *testing.T) {
	t.Parallel()
	in := "Report as\n\n  path:line [rule]\n  more\n\nthen *.yaml and _draft.\n  tail"
	want := "Report as\n\n```\n  path:line [rule]\n  more\n```\n\nthen \\*.yaml and \\_draft.\n```\n  tail\n```"
	if got := markdownText(in); got != want {
		t.Errorf("markdownText:\ngot  %q\nwant %q", got, want)
	}
}

const mitText = `MIT License

Copyright (c) 2020 Someone

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`

const beerwareText = `"THE BEER-WARE LICENSE" (Revision 42):
<phk@FreeBSD.ORG> wrote this file. As long as you retain this notice you
can do whatever you want with this stuff. If we meet some day, and you think
this stuff is worth it, you can buy me a beer in return. Poul-Henning Kamp
`

// fakeModule writes files into a new module folder.
func fakeModule(t *testing.T, path string, files map[string]string) module {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return module{Path: path, Version: "v1.0.0", Dir: dir}
}

func TestNotices(t *testing.T) {
	t.Parallel()
	good := fakeModule(t, "example.org/good", map[string]string{"LICENSE.md": mitText, "NOTICE": "Good includes work by Someone.\n", "main.go": "package good\n"})
	out, err := buildNotices([]module{good})
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^  example\.org/good +v1\.0\.0  MIT$`).Match(out) {
		t.Errorf("the table lacks the module's line:\n%s", out)
	}
	for _, s := range []string{"example.org/good v1.0.0 — LICENSE.md", "Permission is hereby granted", "example.org/good v1.0.0 — NOTICE", "Good includes work by Someone."} {
		if !bytes.Contains(out, []byte(s)) {
			t.Errorf("notices lack %q:\n%s", s, out)
		}
	}
	if bytes.Contains(out, []byte("package good")) {
		t.Error("a source file was taken for a licence")
	}

	for _, tc := range []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no licence file", map[string]string{"README.md": "MIT licensed, trust me\n"}, "example.org/bad v1.0.0 (in "},
		{"not a licence", map[string]string{"LICENSE": "All rights reserved.\n"}, "no licence file that names a known licence"},
		{"a licence not allowed", map[string]string{"LICENSE": beerwareText}, "example.org/bad v1.0.0 is under Beerware"},
	} {
		_, err := buildNotices([]module{good, fakeModule(t, "example.org/bad", tc.files)})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want one containing %q", tc.name, err, tc.want)
		}
	}
}

// TestLinkedModules asks go list for the real dependencies: what the
// binary links for each system, and not the test-only modules.
func TestLinkedModules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	t.Parallel()
	paths := func(goos ...string) []string {
		mods, err := linkedModules("../..", goos)
		if err != nil {
			t.Fatal(err)
		}
		var ps []string
		for _, m := range mods {
			if m.Dir == "" || m.Version == "" {
				t.Errorf("%s: no folder or version: %+v", m.Path, m)
			}
			ps = append(ps, m.Path)
		}
		return ps
	}
	linux, all := paths("linux"), paths("linux", "windows")
	for _, p := range []string{"std", "github.com/spf13/cobra", "charm.land/huh/v2", "go.yaml.in/yaml/v3"} {
		if !slices.Contains(linux, p) {
			t.Errorf("linux: %s missing from %v", p, linux)
		}
	}
	for _, p := range []string{"github.com/rogpeppe/go-internal", "github.com/santhosh-tekuri/jsonschema/v6", "github.com/google/licensecheck", "github.com/cpuguy83/go-md2man/v2"} {
		if slices.Contains(all, p) {
			t.Errorf("%s is not linked into eis but is listed", p)
		}
	}
	// cobra needs mousetrap on Windows only.
	if slices.Contains(linux, "github.com/inconshreveable/mousetrap") || !slices.Contains(all, "github.com/inconshreveable/mousetrap") {
		t.Errorf("mousetrap should come with windows only: linux %v, all %v", linux, all)
	}
}

func TestRunErrors(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "nothing to do"},
		{[]string{"-out", t.TempDir()}, "-out needs -date"},
		{[]string{"-out", t.TempDir(), "-date", "yesterday"}, `-date "yesterday": want YYYY-MM-DD`},
		{[]string{"extra"}, `unexpected argument "extra"`},
	} {
		var stderr bytes.Buffer
		err := run(tc.args, &stderr)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("run(%q) = %v, want an error with %q", tc.args, err, tc.want)
		}
	}
	for _, s := range []string{"2026-12-02", "2026-12-02T10:00:00+01:00"} {
		if d, err := parseDate(s); err != nil || d.Format(time.DateOnly) != "2026-12-02" {
			t.Errorf("parseDate(%q) = %v, %v", s, d, err)
		}
	}
}

// TestGoreleaserManpages checks that the Homebrew cask in .goreleaser.yaml,
// which cannot take a glob, lists exactly the man pages distgen writes.
func TestGoreleaserManpages(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../.goreleaser.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Casks []struct {
			Manpages    []string          `yaml:"manpages"`
			Completions map[string]string `yaml:"completions"`
		} `yaml:"homebrew_casks"`
	}
	if err := yaml.Unmarshal(data, &cfg); err != nil {
		t.Fatal(err)
	}
	if len(cfg.Casks) != 1 {
		t.Fatalf("%d casks, want 1", len(cfg.Casks))
	}
	var want []string
	_ = visible(newTree(), func(c *cobra.Command) error {
		want = append(want, "man/"+strings.ReplaceAll(c.CommandPath(), " ", "-")+".1.gz")
		return nil
	})
	got := slices.Clone(cfg.Casks[0].Manpages)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf(".goreleaser.yaml homebrew_casks manpages:\n%v\nwant (one per command):\n%v", got, want)
	}
	for _, sh := range shells {
		if f, ok := cfg.Casks[0].Completions[sh.name]; ok && f != "completions/"+sh.file {
			t.Errorf("cask completion %s = %q, want completions/%s", sh.name, f, sh.file)
		}
	}
	if len(cfg.Casks[0].Completions) != 3 {
		t.Errorf("cask completions %v, want bash, zsh and fish", cfg.Casks[0].Completions)
	}
}
