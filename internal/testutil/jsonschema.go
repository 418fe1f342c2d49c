package testutil

import (
	"bytes"
	"testing"

	jsv "github.com/santhosh-tekuri/jsonschema/v6"
)

// CompileSchema compiles doc, a JSON Schema, under id with formats
// asserted (date, date-time, uri, …), as the tests that check eis's JSON
// against its published schemas need; it fails t when doc is not one.
func CompileSchema(t testing.TB, id string, doc []byte) *jsv.Schema {
	t.Helper()
	v, err := jsv.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("schema %s is not JSON: %v", id, err)
	}
	c := jsv.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, v); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("schema %s does not compile: %v", id, err)
	}
	return s
}
