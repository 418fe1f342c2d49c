package catalogue

import (
	"errors"
	"io/fs"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"

	"github.com/eis-project/eis/practices"
)

// sameCatalogue reports the first difference between two catalogues'
// entries, digest and sources, or "".
func sameCatalogue(a, b *Catalogue) string {
	for _, f := range []struct {
		name string
		x, y any
	}{
		{"digest", a.Digest, b.Digest}, {"sources", a.Sources(), b.Sources()}, {"catalogue", a.Meta, b.Meta},
		{"dimensions", a.Dimensions, b.Dimensions}, {"profile", a.Profile, b.Profile},
		{"questions", a.Questions, b.Questions}, {"regions", a.Regions, b.Regions},
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

// TestCompiledRoundTrip: a catalogue compiled and decoded again is the
// catalogue, for the embedded one and the test fixture (nil and empty
// lists, texts, dates, numbers, rules and their positions included).
func TestCompiledRoundTrip(t *testing.T) {
	t.Parallel()
	for name, fsys := range map[string]fs.FS{"embedded": practices.FS(), "valid": dirFS(t, "testdata/valid")} {
		c, diags, err := Parse(fsys)
		if err != nil || diags.HasErrors() {
			t.Fatalf("%s: %v %v", name, err, diags)
		}
		got, err := LoadCompiled(string(Compile(c)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := sameCatalogue(got, c); diff != "" {
			t.Errorf("%s: the compiled catalogue differs in its %s", name, diff)
		}
	}
}

// TestCompiledRefusesOthers: a compiled catalogue of other types, or a
// damaged one, is refused with an error, never decoded wrong or panicking.
func TestCompiledRefusesOthers(t *testing.T) {
	t.Parallel()
	c, _, err := Parse(dirFS(t, "testdata/valid"))
	if err != nil {
		t.Fatal(err)
	}
	data := string(Compile(c))
	stale := strings.Replace(data, layoutFingerprint(), "0123456789abcdef", 1)
	if _, err := LoadCompiled(stale); !errors.Is(err, ErrCompiledStale) {
		t.Errorf("another layout: %v, want ErrCompiledStale", err)
	}
	if _, err := LoadCompiled("version: 1\n"); err == nil {
		t.Error("YAML was decoded as a compiled catalogue")
	}
	for cut := len(compiledMagic); cut < len(data); cut += 97 {
		if _, err := LoadCompiled(data[:cut]); err == nil {
			t.Errorf("a compiled catalogue cut at %d bytes was decoded", cut)
		}
	}
	if _, err := LoadCompiled(data + "x"); err == nil {
		t.Error("data after the end was accepted")
	}
}

// BenchmarkLoadCompiled decodes the embedded catalogue's compiled form, what
// a command that uses the catalogue does in place of parsing its YAML: as
// it is, and with four more languages (copies of the Danish texts as xa,
// xb, xc, xd), so that what more languages cost shows before they come (a
// text is a piece of the compiled form: nothing per language).
func BenchmarkLoadCompiled(b *testing.B) {
	c, _, err := Parse(practices.FS())
	if err != nil {
		b.Fatal(err)
	}
	data := string(Compile(c))
	more, err := LoadCompiled(data)
	if err != nil {
		b.Fatal(err)
	}
	eachText(reflect.ValueOf(more).Elem(), "", func(_ string, tx *Text) {
		for _, l := range []string{"xa", "xb", "xc", "xd"} {
			if s, ok := tx.Get("da"); ok {
				*tx = tx.With(l, strings.Clone(s))
			}
		}
	})
	data10 := string(Compile(more))
	for _, bc := range []struct {
		name string
		data string
	}{
		{"as-is", data},
		{"4-more-languages", data10},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := LoadCompiled(bc.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestOpenCompiled: a command that uses the embedded catalogue (NoPositions)
// gets it from its compiled form, the same as from the YAML, with the
// diagnostics the YAML would give that day (less their places, and the cap
// per file): on the
// fixtures' day and years later, when entries are stale, expired and no
// longer verified.
func TestOpenCompiled(t *testing.T) {
	t.Parallel()
	yaml, _, err := Parse(practices.FS())
	if err != nil {
		t.Fatal(err)
	}
	for _, now := range []time.Time{testNow, testNow.AddDate(1, 6, 0), testNow.AddDate(5, 0, 0)} {
		o := Options{Now: now, NoPositions: true}
		c, got, _, err := OpenWith(practices.FS(), o)
		if err != nil {
			t.Fatal(err)
		}
		o.NoPositions = false
		want, wantDiags, _, _ := OpenWith(practices.FS(), o)
		if (c == nil) != (want == nil) {
			t.Errorf("%s: compiled catalogue refused %v, the YAML %v", now.Format(time.DateOnly), c == nil, want == nil)
		}
		if c != nil {
			if c.Practices[0] == yaml.Practices[0] {
				t.Fatal("not a catalogue of its own")
			}
			if diff := sameCatalogue(c, yaml); diff != "" {
				t.Errorf("%s: the compiled catalogue differs from the YAML in its %s", now.Format(time.DateOnly), diff)
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
		// a message the compiled catalogue, capped differently, still
		// says: then what the YAML says must be among what it says.
		limited := slices.ContainsFunc(wantDiags, func(d diag.Diagnostic) bool { return d.Rule == "limit" })
		g, w := say(got), say(wantDiags)
		same := slices.Equal(g, w)
		if !same && limited {
			same = !slices.ContainsFunc(w, func(m string) bool { return !slices.Contains(g, m) })
		}
		if !same {
			t.Errorf("%s: compiled:\n%s\nYAML:\n%s", now.Format(time.DateOnly), strings.Join(g, "\n"), strings.Join(w, "\n"))
		}
	}
}

// TestCompiledMeta: eis version's look at the catalogue: section of the
// compiled form is the section, and a damaged form gives none.
func TestCompiledMeta(t *testing.T) {
	t.Parallel()
	c, _, err := Parse(practices.FS())
	if err != nil {
		t.Fatal(err)
	}
	data := string(Compile(c))
	for _, gen := range []bool{true, false} {
		m, ok := compiledMetaBy(data, gen)
		if !ok || !reflect.DeepEqual(m, c.Meta) {
			t.Errorf("compiledMetaBy(gen=%v) = %+v, %v; want %+v", gen, m, ok, c.Meta)
		}
	}
	m, ok := MetaOf(practices.FS())
	if !ok || !reflect.DeepEqual(m, c.Meta) {
		t.Errorf("MetaOf = %+v, %v; want %+v", m, ok, c.Meta)
	}
	// A section whose types' layout changed since is not read.
	stale := strings.Replace(data, metaFingerprint(), "0123456789abcdef", 1)
	for _, bad := range []string{"", "version: 1\n", data[:len(compiledMagic)+30], stale} {
		for _, gen := range []bool{true, false} {
			if _, ok := compiledMetaBy(bad, gen); ok {
				t.Errorf("compiledMetaBy(%.40q, gen=%v) read a section", bad, gen)
			}
		}
	}
}

// eachText calls fn with every non-zero Text below v (addressable, or
// reached through a pointer) and its path.
func eachText(v reflect.Value, path string, fn func(string, *Text)) {
	if v.Type() == textType {
		if v.String() != "" && v.CanAddr() {
			fn(path, v.Addr().Interface().(*Text))
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			eachText(v.Elem(), path, fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachText(v.Index(i), path+"[]", fn)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			eachText(it.Value(), path+"{}", fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				eachText(v.Field(i), path+"."+f.Name, fn)
			}
		}
	}
}
