package practices

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestCompiledUpToDate: the compiled catalogue the binary loads is exactly
// what the YAML loads to (same entries, digest and sources). Any change to
// the YAML, or to the catalogue types, needs it made again.
func TestCompiledUpToDate(t *testing.T) {
	t.Parallel()
	c, diags, err := catalogue.Parse(FS())
	if err != nil || diags.HasErrors() {
		t.Fatalf("the catalogue does not load: %v %v", err, diags)
	}
	if string(catalogue.Compile(c)) != compiled {
		t.Fatal("practices/catalogue.compiled is not what the YAML loads to: run go generate ./practices (and commit practices/catalogue.compiled)")
	}
	got, err := catalogue.LoadCompiled(compiled)
	if err != nil {
		t.Fatalf("the compiled catalogue does not load: %v", err)
	}
	if got.Digest != c.Digest || len(got.Practices) != len(c.Practices) {
		t.Errorf("the compiled catalogue has digest %s and %d practices, the YAML %s and %d", got.Digest, len(got.Practices), c.Digest, len(c.Practices))
	}
}
