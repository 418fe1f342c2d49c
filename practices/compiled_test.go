package practices

import (
	"flag"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/catalogue/gogen"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// sameCatalogue reports the first difference between two catalogues'
// entries, digest and sources, or "".
func sameCatalogue(a, b *catalogue.Catalogue) string {
	for _, f := range []struct {
		name string
		x, y any
	}{
		{"digest", a.Digest, b.Digest}, {"sources", a.Sources(), b.Sources()}, {"catalogue", a.Meta, b.Meta},
		{"dimensions", a.Dimensions, b.Dimensions}, {"profile", a.Profile, b.Profile},
		{"questions", a.Questions, b.Questions}, {"regions", a.Regions, b.Regions},
		{"countries", a.Countries, b.Countries}, {"languages", a.Languages, b.Languages},
		{"groups", a.Groups, b.Groups}, {"market notes", a.MarketNotes, b.MarketNotes},
	} {
		if !reflect.DeepEqual(f.x, f.y) {
			return f.name
		}
	}
	if len(a.Practices) != len(b.Practices) {
		return "number of practices"
	}
	for i := range a.Practices {
		if !reflect.DeepEqual(a.Practices[i], b.Practices[i]) {
			return "practice " + a.Practices[i].ID
		}
	}
	return ""
}

// TestGoValuesUpToDate: the Go values the binary loads (catalogue_gen.go)
// are exactly what the YAML loads to (same entries, digest and sources),
// and the file is what the generator writes of it. Any change to the
// YAML, or to the catalogue types, needs it made again.
func TestGoValuesUpToDate(t *testing.T) {
	t.Parallel()
	c, diags, err := catalogue.Parse(FS())
	if err != nil || diags.HasErrors() {
		t.Fatalf("the catalogue does not load: %v %v", err, diags)
	}
	got, _, _, err := catalogue.OpenWith(FS(), catalogue.Options{Now: time.Now(), NoPositions: true})
	if err != nil || got == nil {
		t.Fatalf("the Go values do not load: %v", err)
	}
	if diff := sameCatalogue(got, c); diff != "" {
		t.Errorf("the Go values differ from the YAML in its %s: run go generate ./practices (and commit practices/catalogue_gen.go)", diff)
	}
	file, err := os.ReadFile("catalogue_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(gogen.Source(c, "practices", "embeddedValues", "go run ./internal/tools/catcompile (go generate ./practices)")) != string(file) {
		t.Error("practices/catalogue_gen.go is not what the generator writes of the YAML: run go generate ./practices")
	}
}

// TestOpenGoValues: a command that uses the embedded catalogue
// (NoPositions) gets it from its Go values, the same as from the YAML (in
// a test, a copy of its own), with the diagnostics the YAML would give
// that day (less their places, and the cap per file): today and years
// later, when entries are stale, expired and no longer verified.
func TestOpenGoValues(t *testing.T) {
	t.Parallel()
	yaml, _, err := catalogue.Parse(FS())
	if err != nil {
		t.Fatal(err)
	}
	day := testutil.Today
	for _, now := range []time.Time{day, day.AddDate(1, 6, 0), day.AddDate(5, 0, 0)} {
		o := catalogue.Options{Now: now, NoPositions: true}
		c, got, _, err := catalogue.OpenWith(FS(), o)
		if err != nil {
			t.Fatal(err)
		}
		o.NoPositions = false
		want, wantDiags, _, _ := catalogue.OpenWith(FS(), o)
		if (c == nil) != (want == nil) {
			t.Errorf("%s: the Go values refused %v, the YAML %v", now.Format(time.DateOnly), c == nil, want == nil)
		}
		if c != nil {
			// Benchmarks (-test.bench) get the shared values, as a run does.
			if b := flag.Lookup("test.bench"); (b == nil || b.Value.String() == "") && c.Practices[0] == embeddedValues.Catalogue.Practices[0] {
				t.Fatal("a test got the shared values, not a copy")
			}
			if diff := sameCatalogue(c, yaml); diff != "" {
				t.Errorf("%s: the Go values differ from the YAML in its %s", now.Format(time.DateOnly), diff)
			}
		}
		say := func(ds diag.Diagnostics) []string {
			var out []string
			for _, d := range ds {
				if d.Rule == "limit" {
					continue
				}
				out = append(out, string(d.Severity)+" "+d.Rule+" "+i18n.English.Format(d.Message))
			}
			slices.Sort(out)
			// The YAML's are capped per file (limit): compare what is said.
			return slices.Compact(out)
		}
		// A file the YAML's diagnostics were capped for (limit) may hide
		// a message the Go values, capped differently, still say: then
		// what the YAML says must be among what they say.
		limited := slices.ContainsFunc(wantDiags, func(d diag.Diagnostic) bool { return d.Rule == "limit" })
		g, w := say(got), say(wantDiags)
		same := slices.Equal(g, w)
		if !same && limited {
			same = !slices.ContainsFunc(w, func(m string) bool { return !slices.Contains(g, m) })
		}
		if !same {
			t.Errorf("%s: Go values:\n%s\nYAML:\n%s", now.Format(time.DateOnly), strings.Join(g, "\n"), strings.Join(w, "\n"))
		}
	}
}

// TestMetaOf: eis version's look at the catalogue: section is the section.
func TestMetaOf(t *testing.T) {
	t.Parallel()
	c, _, err := catalogue.Parse(FS())
	if err != nil {
		t.Fatal(err)
	}
	m, ok := catalogue.MetaOf(FS())
	if !ok || !reflect.DeepEqual(m, c.Meta) {
		t.Errorf("MetaOf = %+v, %v; want %+v", m, ok, c.Meta)
	}
}
