package schema

import (
	"bufio"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/practices"
)

// SingleFileRules are the validator's rules that look at one file alone
// and that a JSON Schema can say: for each, the negative fixtures in
// internal/catalogue/testdata/invalid/<rule>[--variant]/ that break it
// must fail the schema too (here with santhosh-tekuri/jsonschema; in
// .ci/run with ajv-cli, through .ci/schema-fixtures, which lists the
// same rules). Left out: what YAML itself decides before a schema sees
// anything (yaml, alias, depth, encoding, file-size, duplicate-key) and
// every rule across files or with a clock (reference, duplicate-id,
// translation, expired, stale, catalogue, required-profile, cycle, …).
var SingleFileRules = []string{"control", "date", "enum", "id-format", "kind", "required", "tag", "unknown-key", "url", "version", "weight"}

// TestSchemaAgreesWithValidator: every file that a fixture of a
// single-file rule names in an error of that rule fails the schema; and
// every file the schema is shown to reject (TestCatalogueSchemaRejects'
// table) fails the validator — schema and validator say the same.
func TestSchemaAgreesWithValidator(t *testing.T) {
	t.Parallel()
	s := compile(t, "catalogue")
	for _, f := range singleFileFixtures(t) {
		data, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		inst, err := yamlToJSON(data)
		if err != nil {
			continue // not even JSON's types: refused, as ajv-cli refuses it
		}
		if err := s.Validate(inst); err == nil {
			t.Errorf("%s: the validator says [%s], the schema accepts it", f.path, f.rule)
		}
	}
	// The validator on a file as an extension of the embedded catalogue;
	// an error the bases (the valid cases) have too proves nothing.
	validate := func(yaml string) map[string]bool {
		fsys := fstest.MapFS{"x.yaml": {Data: []byte(yaml)}}
		_, diags, _, err := catalogue.OpenWith(practices.FS(), catalogue.Options{User: fsys, UserRoot: "x", Now: time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC), Validate: true})
		if err != nil {
			t.Fatal(err)
		}
		errs := map[string]bool{}
		for _, d := range diags {
			if d.Severity == diag.SevError {
				errs[d.Rule+" "+d.Message.String()] = true
			}
		}
		return errs
	}
	base := map[string]bool{}
	for _, tt := range schemaRejects {
		if tt.wantErr == "" {
			maps.Copy(base, validate(tt.yaml))
		}
	}
	for _, tt := range schemaRejects {
		if tt.wantErr == "" {
			continue
		}
		found := false
		for e := range validate(tt.yaml) {
			found = found || !base[e]
		}
		if !found {
			t.Errorf("%q: the schema rejects it, the validator finds no error the valid files lack", tt.name)
		}
	}
}

// fixtureFile is a fixture file that breaks a single-file rule.
type fixtureFile struct{ path, rule string }

// singleFileFixtures lists, for each fixture of a SingleFileRules rule,
// the files its expected.txt names in an error of that rule.
func singleFileFixtures(t *testing.T) []fixtureFile {
	t.Helper()
	root := "../catalogue/testdata/invalid"
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	var out []fixtureFile
	seen := map[string]bool{}
	for _, d := range dirs {
		rule, _, _ := strings.Cut(d.Name(), "--")
		if !slices.Contains(SingleFileRules, rule) {
			continue
		}
		seen[rule] = true
		f, err := os.Open(filepath.Join(root, d.Name(), "expected.txt"))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			if !strings.Contains(line, ": "+string(diag.SevError)+": ") || !strings.HasSuffix(line, "["+rule+"]") {
				continue
			}
			name, _, _ := strings.Cut(line, ":")
			p := filepath.Join(root, d.Name(), name)
			if _, err := os.Stat(p); err == nil && !slices.ContainsFunc(out, func(x fixtureFile) bool { return x.path == p }) {
				out = append(out, fixtureFile{path: p, rule: rule})
			}
		}
		f.Close()
	}
	for _, r := range SingleFileRules {
		if !seen[r] {
			t.Errorf("no fixture for the single-file rule %s", r)
		}
	}
	return out
}

// TestSchemaFixturesScriptRules: .ci/schema-fixtures (ajv-cli's side of
// TestSchemaAgreesWithValidator) checks the same rules.
func TestSchemaFixturesScriptRules(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../.ci/schema-fixtures")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "RULES="); ok {
			if got, want := strings.Trim(v, `"`), strings.Join(SingleFileRules, " "); got != want {
				t.Errorf(".ci/schema-fixtures: RULES=%q, want %q", got, want)
			}
			return
		}
	}
	t.Error(".ci/schema-fixtures has no RULES= line")
}
