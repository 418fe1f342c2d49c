package catalogue_test

import (
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/practices"
)

// TestEmbeddedLoads is red whenever the real catalogue has an error, as of
// today and as eis validate checks it (a last_verified in the future is an
// error): CI cannot ship a broken catalogue. Warnings are logged.
func TestEmbeddedLoads(t *testing.T) {
	t.Parallel()
	c, diags, notices, err := catalogue.OpenWith(practices.FS(), catalogue.Options{Now: time.Now(), Validate: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 0 {
		t.Errorf("notices without an overlay: %v", notices)
	}
	for _, d := range diags {
		if d.Severity == diag.SevError {
			t.Error(d)
		} else {
			t.Log(d)
		}
	}
	if c == nil {
		t.Fatal("embedded catalogue has errors")
	}
	if len(c.Dimensions) == 0 || len(c.Questions) == 0 || len(c.Practices) == 0 {
		t.Fatalf("embedded catalogue is empty: %d dimensions, %d questions, %d practices", len(c.Dimensions), len(c.Questions), len(c.Practices))
	}
	for _, p := range c.Practices {
		if at := c.Sources()[p.ID]; at.File == "" || at.Line < 1 || at.Col < 1 {
			t.Errorf("practice %s has no source position: %+v", p.ID, at)
		}
	}
}

func BenchmarkLoadEmbedded(b *testing.B) {
	fsys := practices.FS()
	for b.Loop() {
		if _, _, err := catalogue.Load(fsys); err != nil {
			b.Fatal(err)
		}
	}
}
