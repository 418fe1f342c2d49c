package catalogue

import (
	"flag"
	"io/fs"
	"reflect"
)

// The embedded catalogue as Go values: go generate ./practices loads the
// YAML once and writes it as Go composite literals (package gogen), which the
// compiler lays out in the binary's data, so a run neither parses nor
// decodes it, and allocates none of it, and no code runs at init to make
// it (every value is a constant, a string, or the address of another
// such value: a Date is a number, the two mappings are Keyed lists; see
// internal/catalogue/gogen). The
// YAML stays the source of truth: practices' TestGoValuesUpToDate fails
// when the values are not what it loads to. They hold the entries (every
// exported field of the catalogue types, a rule's Pos included), the
// digest of the YAML files and where each entry came from (Sources); not
// the positions of every key, which only a diagnostic needs and which come
// from the YAML then.

// Static is a catalogue as Go values (see gogen.Source): a Catalogue's
// exported fields, and where each entry came from.
type Static struct {
	Catalogue *Catalogue
	// Sources are the entries' IDs and where each came from, by ID.
	Sources []SourceAt
	// Quiet is Quiet(Catalogue): the days on which a run makes none of
	// the checks that depend on the day, as none finds anything then.
	Quiet QuietDays
}

// SourceAt is where the entry with the ID came from.
type SourceAt struct {
	ID  string
	Pos Pos
}

// staticOf returns the Go values of base, the embedded catalogue, when it
// has them (a method Static() *Static), or nil.
func staticOf(base fs.FS) *Static {
	if s, ok := base.(interface{ Static() *Static }); ok && s.Static().Catalogue != nil {
		return s.Static()
	}
	return nil
}

// load returns the catalogue of s. Its values are s's, shared with every
// other load: nothing changes them (a Catalogue's indexes are its own). A
// test binary that runs tests (not benchmarks) gets a copy of its own
// instead, since tests change the catalogue they load to make their cases.
func (s *Static) load() *Catalogue {
	c := new(Catalogue)
	if copyStatic() {
		c = cloneCatalogue(s.Catalogue)
	} else {
		*c = *s.Catalogue
	}
	c.pos = posTable{}
	c.staticSources = s.Sources
	c.indexCountries()
	return c
}

// copyStatic reports whether this is a test binary that runs tests (see
// Static.load): the testing package's flags are then defined (without
// importing testing, which the binary would link).
func copyStatic() bool {
	if flag.Lookup("test.v") == nil {
		return false
	}
	b := flag.Lookup("test.bench")
	return b == nil || b.Value.String() == ""
}

// cloneCatalogue returns a copy of c's exported fields, every entry,
// list and pointer copied (texts and strings, which cannot change, shared).
func cloneCatalogue(c *Catalogue) *Catalogue {
	out := new(Catalogue)
	src, dst := reflect.ValueOf(c).Elem(), reflect.ValueOf(out).Elem()
	for i := range src.NumField() {
		if src.Type().Field(i).IsExported() {
			dst.Field(i).Set(cloneValue(src.Field(i)))
		}
	}
	return out
}

func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(cloneValue(v.Elem()))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			s.Index(i).Set(cloneValue(v.Index(i)))
		}
		return s
	case reflect.Struct:
		s := reflect.New(v.Type()).Elem()
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				s.Field(i).Set(cloneValue(v.Field(i)))
			}
		}
		return s
	}
	return v
}
