package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

// setBuildVars stands in for -ldflags "-X ...version=..." for one test. It
// changes package variables, so tests using it do not run in parallel.
func setBuildVars(t *testing.T, v, c, d string) {
	t.Helper()
	ov, oc, od := version, commit, date
	version, commit, date = v, c, d
	t.Cleanup(func() { version, commit, date = ov, oc, od })
}

func TestBuildInfo(t *testing.T) {
	tests := []struct {
		name          string
		ver, com, dat string
		want          VersionOptions
	}{
		{
			name: "from ldflags, as goreleaser sets them",
			ver:  "1.2.3", com: "0a1b2c3d", dat: "2026-11-18T10:00:00Z",
			want: VersionOptions{Version: "1.2.3", Commit: "0a1b2c3d", Date: "2026-11-18T10:00:00Z"},
		},
		{
			// A test binary has no module version and no VCS stamp, so
			// every fallback shows.
			name: "nothing known",
			want: VersionOptions{Version: "dev", Commit: "unknown", Date: "unknown"},
		},
		{
			name: "only a version",
			ver:  "0.1.0-rc1",
			want: VersionOptions{Version: "0.1.0-rc1", Commit: "unknown", Date: "unknown"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setBuildVars(t, tt.ver, tt.com, tt.dat)
			if got := BuildInfo(); got != tt.want {
				t.Errorf("BuildInfo() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestNewCmdVersion(t *testing.T) {
	setBuildVars(t, "1.2.3", "abc123", "2026-11-18T10:00:00Z")
	tests := []struct {
		args    []string
		want    VersionOptions
		wantErr string
	}{
		{args: nil, want: VersionOptions{Version: "1.2.3", Commit: "abc123", Date: "2026-11-18T10:00:00Z", Format: "text"}},
		{args: []string{"-f", "json", "-o", "v.json"}, want: VersionOptions{Version: "1.2.3", Commit: "abc123", Date: "2026-11-18T10:00:00Z", Format: "json", Output: "v.json"}},
		{args: []string{"--format", "yaml"}, wantErr: `--format "yaml" is not known; use one of: text, json`},
		{args: []string{"extra"}, wantErr: `unknown command "extra" for "version"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			ios, _, out, _ := iostreams.Test()
			f := &Factory{IOStreams: ios}
			var got *VersionOptions
			cmd := NewCmdVersion(f, func(o *VersionOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(out)
			cmd.SetErr(out)
			err := cmd.Execute()
			if tt.wantErr != "" {
				var ue *UsageError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want a usage error containing %q", err, tt.wantErr)
				}
				if got != nil {
					t.Error("runF was called despite the error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got == nil || *got != tt.want {
				t.Errorf("options = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestVersionOutput(t *testing.T) {
	tests := []struct {
		name          string
		ver, com, dat string
		want          string
	}{
		{"release", "1.2.3", "0a1b2c3d4e5f", "2026-11-18T10:00:00Z", "eis 1.2.3 (commit 0a1b2c3d4e5f, built 2026-11-18T10:00:00Z)\n"},
		{"development build", "", "", "", "eis dev (commit unknown, built unknown)\n"},
	}
	line := regexp.MustCompile(`^eis \S+ \(commit \S+, built \S+\)\n$`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setBuildVars(t, tt.ver, tt.com, tt.dat)
			ios, _, out, errOut := iostreams.Test()
			if code := Run(&Factory{IOStreams: ios}, []string{"version"}); code != ExitOK {
				t.Fatalf("exit %d; stderr: %s", code, errOut)
			}
			first, rest, _ := strings.Cut(out.String(), "\n")
			if first+"\n" != tt.want {
				t.Errorf("first line = %q, want %q", first, tt.want)
			}
			if !line.MatchString(first + "\n") {
				t.Errorf("first line %q is not the format scripts rely on", first)
			}
			if !strings.HasPrefix(rest, "Languages (") {
				t.Errorf("after the version line, the languages: got %q", rest)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr = %q, want nothing", errOut)
			}
		})
	}
}

// TestVersionLanguages: eis version says, for every language eis speaks,
// who wrote its messages and catalogue texts and whether a native speaker
// reviewed them (issue 15), in text and JSON.
func TestVersionLanguages(t *testing.T) {
	setBuildVars(t, "1.2.3", "abc", "2026-11-18T10:00:00Z")
	embedded := fstest.MapFS{"catalogue.yaml": {Data: []byte(`version: 1
catalogue:
  id: x
  version: "1"
  title: {en: X, da: X}
  languages: [en, da]
  translations:
    en: {translator: Ann Author}
    da: {translator: Bo Oversætter, reviewed_by: Dorte Dansk, reviewed: "2026-10-01"}
`)}}
	ios, _, out, errOut := iostreams.Test()
	if code := Run(&Factory{IOStreams: ios, Embedded: embedded}, []string{"version"}); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	en, _ := i18n.AboutLanguage("en")
	da, _ := i18n.AboutLanguage("da")
	want := "eis 1.2.3 (commit abc, built 2026-11-18T10:00:00Z)\n" +
		"Languages (who wrote the texts, and whether a native speaker reviewed them):\n" +
		"  en  English  messages: " + en.Translator + "; no native-speaker review recorded — catalogue: Ann Author; no native-speaker review recorded\n" +
		"  da  dansk    messages: " + da.Translator + "; no native-speaker review recorded — catalogue: Bo Oversætter; reviewed by Dorte Dansk on 2026-10-01\n"
	// A language the catalogue here does not declare (one added since):
	// its line says so.
	got, rest, _ := strings.Cut(out.String(), "\n  da  ")
	got += "\n  da  "
	da1, more, _ := strings.Cut(rest, "\n")
	got += da1 + "\n"
	for _, l := range i18n.Languages[2:] {
		var line string
		line, more, _ = strings.Cut(more, "\n")
		if !strings.HasPrefix(line, "  "+l+"  ") || !strings.HasSuffix(line, "— the catalogue says nothing") {
			t.Errorf("the line of %s: got %q", l, line)
		}
	}
	// The columns widen with the longest language name.
	spaces := regexp.MustCompile(` {2,}`)
	if spaces.ReplaceAllString(got, "  ") != spaces.ReplaceAllString(want, "  ") || more != "" {
		t.Errorf("got\n%s\nwant\n%s", out, want)
	}
	ios, _, out, _ = iostreams.Test()
	if code := Run(&Factory{IOStreams: ios, Embedded: embedded}, []string{"version", "-f", "json"}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	var v render.VersionJSON
	if err := json.Unmarshal(out.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Languages) != len(i18n.Languages) || v.Languages[1].Catalogue == nil || v.Languages[1].Catalogue.ReviewedBy != "Dorte Dansk" ||
		v.Languages[1].Catalogue.Reviewed != "2026-10-01" || v.Languages[1].Name != "dansk" || v.Languages[0].Messages.Translator != en.Translator {
		t.Errorf("JSON languages: %+v", v.Languages)
	}
}

// The languages table in the repository's README stands between these lines.
const (
	languagesBegin = "<!-- languages: eis version -->\n"
	languagesEnd   = "<!-- /languages -->"
)

// TestReadmeLanguages keeps the README's table of who translated each
// language in step with what eis version says (the message files' headers
// and the catalogue's translations:). go test -update rewrites it.
func TestReadmeLanguages(t *testing.T) {
	var b strings.Builder
	b.WriteString("| Language | Messages | Catalogue | Native-speaker review |\n|---|---|---|---|\n")
	review := func(t render.TranslationJSON) string {
		switch {
		case t.ReviewedBy == "":
			return "none recorded"
		case t.Reviewed != "":
			return t.ReviewedBy + " (" + t.Reviewed + ")"
		}
		return t.ReviewedBy
	}
	for _, l := range versionLanguages(practices.FS()) {
		cat, rev := "the catalogue says nothing", "messages: "+review(l.Messages)
		if l.Catalogue != nil {
			cat = l.Catalogue.Translator
			if *l.Catalogue == l.Messages {
				cat = "the same"
			}
			if review(*l.Catalogue) == review(l.Messages) {
				rev = review(l.Messages)
			} else {
				rev += "; catalogue: " + review(*l.Catalogue)
			}
		}
		fmt.Fprintf(&b, "| %s (`%s`) | %s | %s | %s |\n", l.Name, l.Code, l.Messages.Translator, cat, rev)
	}
	path := filepath.Join("..", "..", "README.md")
	readme, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i, j := strings.Index(s, languagesBegin), strings.Index(s, languagesEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the markers %q … %q", strings.TrimSpace(languagesBegin), languagesEnd)
	}
	want := s[:i+len(languagesBegin)] + b.String() + s[j:]
	if want == s {
		return
	}
	if testutil.Update() {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's languages table is out of step with eis version; run\n\tgo test ./internal/cli -run TestReadmeLanguages -update\nwant:\n%s", b.String())
}
