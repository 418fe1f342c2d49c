package render_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/eis-project/eis/internal/schema"
	"github.com/eis-project/eis/internal/testutil"
	jsv "github.com/santhosh-tekuri/jsonschema/v6"
)

// TestJSONGoldenMatchesSchema checks every JSON golden file against the
// schema `eis schema` publishes for it, formats asserted, so what render
// writes and what the schemas promise cannot drift apart. (An external
// test: the schema package imports render for the format versions.)
func TestJSONGoldenMatchesSchema(t *testing.T) {
	t.Parallel()
	tests := []struct {
		schema string
		glob   string
		min    int
	}{
		{"plan", "plan-*.json", 4}, // rich and empty, en and da at least
		{"plan", "built-plan.*.json", 2},
		{"practices", "practices-list.*.json", 2},
		{"questions", "questions.*.json", 2},
	}
	for _, tt := range tests {
		s := compileSchema(t, tt.schema)
		files, _ := filepath.Glob(filepath.Join("testdata", tt.glob))
		if len(files) < tt.min {
			t.Fatalf("found %d golden files %s, want at least %d", len(files), tt.glob, tt.min)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inst, err := jsv.UnmarshalJSON(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if err := s.Validate(inst); err != nil {
				t.Errorf("%s does not match the %s schema:\n%v", f, tt.schema, err)
			}
		}
	}
}

// compileSchema compiles the published schema name, asserting formats.
func compileSchema(t *testing.T, name string) *jsv.Schema {
	t.Helper()
	b, err := schema.Bytes(name)
	if err != nil {
		t.Fatal(err)
	}
	id, err := schema.ID(name)
	if err != nil {
		t.Fatal(err)
	}
	return testutil.CompileSchema(t, id, b)
}
