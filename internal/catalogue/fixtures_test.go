package catalogue

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// testNow is the fixed clock of the fixtures (the testscripts' SOURCE_DATE_EPOCH day).
var testNow = time.Date(2026, 11, 18, 11, 6, 40, 0, time.UTC)

// rules lists every rule the validator reports; each has a fixture in
// testdata/invalid/<rule>/ (or <rule>--<variant>/).
var rules = []string{
	"yaml", "version", "unknown-key", "duplicate-key", "kind", "required", "enum",
	"id-format", "duplicate-id", "reference", "rule-shape", "condition-order",
	"unreachable", "score", "options", "url", "date", "expired", "stale",
	"translation", "catalogue", "required-profile", "weight", "practice", "cycle",
	"ignored-file", "alias", "depth", "encoding", "file-size", "limit", "not-checked",
	"source", "contact", "no-contact", "url-news", "markets", "confidence", "status-evidence", "control", "tag",
	// issue 8: countries, need groups, eligibility as data, markets conditions
	"countries", "neighbour-asymmetric", "countries-missing", "country-code", "country-kind",
	"yaml11-bool", "group", "group-missing", "group-unknown", "eligibility-profile",
	"eligibility-shorthand", "eligibility-check-note", "target-markets", "markets-atom",
	"markets-in-profile", "score-when", "score-when-atoms", "gap-text", "market-note",
	"level-missing", "eu-member-mismatch",
	// issue 15: who translated each language
	"translations",
	// a step that names the firm's target markets
	"placeholder",
	// which step leads an action, for some firms
	"first-step",
	// a step another practice says too, left out beside it
	"step-also-in",
	// a step for some firms only
	"step-when",
	// an invisible character in a text (a warning)
	"invisible",
	// the bounds of a turnover or export-share band, and a band without
	// them beside export_revenue (a warning)
	"bounds", "bounds-missing",
	// a title or label too long for one line (a warning)
	"title-length",
	// a market note's trade agreement: on a customs note, officially sourced
	"trade-agreement",
}

// dirFS copies the files below dir into a MapFS.
func dirFS(t *testing.T, dir string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		m[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data, Mode: 0o644}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// fixtureFS is testdata/valid with a fixture folder laid over it: its files
// are added or replace the base's, remove.txt lists base files to drop, and
// generate.txt lines "name size" make large files of that many bytes.
func fixtureFS(t *testing.T, dir string) fstest.MapFS {
	t.Helper()
	m := dirFS(t, "testdata/valid")
	over := dirFS(t, dir)
	// Drop base files first, so that a fixture may remove a base file and
	// bring its own version of it (map order must not decide).
	if f, ok := over["remove.txt"]; ok {
		for _, r := range strings.Fields(string(f.Data)) {
			delete(m, r)
		}
	}
	for name, f := range over {
		switch name {
		case "expected.txt", "remove.txt":
		case "generate.txt":
			for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				var size int
				parts := strings.Fields(line)
				size, err := strconv.Atoi(parts[1])
				if err != nil {
					t.Fatal(err)
				}
				m[parts[0]] = &fstest.MapFile{Data: []byte("version: 1\n" + strings.Repeat("#", size-11)), Mode: 0o644}
			}
		default:
			m[name] = f
		}
	}
	return m
}

// loadAt runs what Load does, with a fixed clock.
func loadAt(fsys fs.FS, now time.Time) (*Catalogue, diag.Diagnostics, error) {
	c, diags, err := Parse(fsys)
	if err != nil || c == nil {
		return nil, diags, err
	}
	return finish(c, diags, Check(c, now))
}

func TestValidFixture(t *testing.T) {
	t.Parallel()
	c, diags, err := loadAt(dirFS(t, "testdata/valid"), testNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected: %s", d)
	}
	if c == nil || len(c.Practices) != 2 || len(c.Profile) != 5 || len(c.Questions) != 3 {
		t.Fatalf("valid fixture did not load whole: %+v", c)
	}
	if got := c.Sources()["home-fairs"]; got.File != "practices.yaml" || got.Line != 31 || got.Col != 5 {
		t.Errorf("Sources[home-fairs] = %+v, want practices.yaml:31:5", got)
	}
	if r := c.Practice("home-coaching").When; r.Pos.Line != 28 || r.Pos.Col != 7 {
		t.Errorf("rule position = %+v, want line 28 col 7", r.Pos)
	}
}

// TestInvalidFixtures loads each negative fixture and compares its
// diagnostics with expected.txt (go test -update rewrites them). Each must
// report its rule, as an error unless the rule only warns.
func TestInvalidFixtures(t *testing.T) {
	t.Parallel()
	dirs, err := os.ReadDir("testdata/invalid")
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, d := range dirs {
		name := d.Name()
		rule, _, _ := strings.Cut(name, "--")
		covered[rule] = true
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := path.Join("testdata/invalid", name)
			c, diags, err := loadAt(fixtureFS(t, dir), testNow)
			var lines []string
			for _, d := range diags {
				lines = append(lines, i18n.English.Diagnostic(d))
			}
			if err != nil {
				lines = append(lines, "error: "+err.Error())
			}
			got := strings.Join(lines, "\n") + "\n"
			golden := path.Join(dir, "expected.txt")
			if testutil.Update() {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("diagnostics differ from %s (go test -update to accept):\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
			found := false
			for _, d := range diags {
				if d.Rule == rule {
					found = true
				}
			}
			if !found {
				t.Errorf("no [%s] diagnostic among:\n%s", rule, got)
			}
			warnOnly := map[string]bool{"expired": true, "ignored-file": true, "no-contact": true, "url-news": true, "status-evidence": true, "neighbour-asymmetric": true,
				"yaml11-bool": true, "group-missing": true, "eligibility-shorthand": true, "gap-text": true,
				"level-missing": true, "eu-member-mismatch": true, "invisible": true, "title-length": true, "bounds-missing": true}
			if !warnOnly[rule] && !diags.HasErrors() {
				t.Errorf("fixture %s loaded without errors", name)
			}
			if !warnOnly[rule] && c != nil {
				t.Errorf("fixture %s: the catalogue was not refused", name)
			}
		})
	}
	var missing []string
	for _, r := range rules {
		if !covered[r] {
			missing = append(missing, r)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("rules without a fixture in testdata/invalid: %v", missing)
	}
}

// readDir reads the files directly in dir.
func readDir(dir string) (map[string][]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out[e.Name()] = data
	}
	return out, nil
}
