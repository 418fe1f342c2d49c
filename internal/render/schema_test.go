package render

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/eis-project/eis/internal/schema"
	jsv "github.com/santhosh-tekuri/jsonschema/v6"
)

// TestPlanJSONMatchesSchema checks every JSON plan golden file against the
// published plan schema (`eis schema plan`), so what PlanJSON writes and
// what the schema promises cannot drift apart.
func TestPlanJSONMatchesSchema(t *testing.T) {
	t.Parallel()
	b, err := schema.Bytes("plan")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsv.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	id, err := schema.ID("plan")
	if err != nil {
		t.Fatal(err)
	}
	c := jsv.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "plan-*.json"))
	if len(files) < 4 {
		t.Fatalf("found %d JSON plan golden files, want 4 (rich and empty, en and da)", len(files))
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
			t.Errorf("%s does not match the plan schema:\n%v", f, err)
		}
	}
}
