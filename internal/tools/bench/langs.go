package main

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/catalogue/gogen"
	"github.com/eis-project/eis/practices"
)

// extraLanguages are the languages -langs adds, in order: the four of
// issue 15 first, then others, as far as asked.
var extraLanguages = []string{"it", "pt", "pl", "hr", "de", "fr", "es", "nl", "sv", "fi", "el", "cs"}

// simulateLanguages writes the embedded catalogue's Go values with the
// texts of cat in n languages (its own, then copies of its last language's
// texts, or of English's where that has none, as extraLanguages), and an
// -overlay file for go build that builds them in place of
// practices/catalogue_gen.go.
// It returns the overlay ("" when cat has n languages already) and the
// languages.
func simulateLanguages(cat *catalogue.Catalogue, n int, root, work string) (overlay string, langs []string, err error) {
	langs = slices.Clone(cat.Meta.Languages)
	if n <= len(langs) {
		return "", langs, nil
	}
	// A copy: b.cat is used for the answers and the huh program.
	c, _, err := catalogue.Parse(practices.FS())
	if err != nil {
		return "", nil, err
	}
	from := langs[len(langs)-1]
	var add []string
	for _, l := range extraLanguages {
		if len(langs)+len(add) == n {
			break
		}
		if !slices.Contains(langs, l) {
			add = append(add, l)
		}
	}
	addTexts(reflect.ValueOf(c).Elem(), from, add)
	c.Meta.Languages = append(c.Meta.Languages, add...)
	langs = c.Meta.Languages
	gen := filepath.Join(work, "overlay", "catalogue_gen.go")
	if err := writeFile(gen, gogen.Source(c, "practices", "embeddedValues", "the bench runner's -langs")); err != nil {
		return "", nil, err
	}
	data, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(root, "practices", "catalogue_gen.go"): gen}})
	if err != nil {
		return "", nil, err
	}
	overlay = filepath.Join(work, "overlay", "overlay.json")
	return overlay, langs, writeFile(overlay, data)
}

// textType is catalogue.Text's type.
var textType = reflect.TypeFor[catalogue.Text]()

// addTexts gives every Text below v a text in each language of add: a copy
// (new memory, as a real translation has) of its text in from, else in
// English.
func addTexts(v reflect.Value, from string, add []string) {
	if v.Type() == textType {
		t, _ := v.Interface().(catalogue.Text)
		if t == "" {
			return
		}
		src := t.In(from)
		if src == "" {
			src = t.In("en")
		}
		if src == "" {
			return
		}
		for _, l := range add {
			t = t.With(l, fmt.Sprintf("%s", []byte(src)))
		}
		// A Text is a value: the field is set (every Text of the
		// catalogue is reached through a pointer, so is settable).
		v.Set(reflect.ValueOf(t))
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			addTexts(v.Elem(), from, add)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			addTexts(v.Index(i), from, add)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			addTexts(it.Value(), from, add)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				addTexts(v.Field(i), from, add)
			}
		}
	}
}
