package catalogue_test

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

func TestEmbeddedLoads(t *testing.T) {
	c, diags, err := catalogue.Load(practices.FS())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Log(d)
	}
	if c == nil || diags.HasErrors() {
		t.Fatalf("embedded catalogue has errors")
	}
	if len(c.Dimensions) == 0 || len(c.Practices) == 0 {
		t.Fatalf("embedded catalogue is empty: %d dimensions, %d practices", len(c.Dimensions), len(c.Practices))
	}
}
