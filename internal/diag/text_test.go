package diag

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
)

// TestText: a Text holds what the map it is made of holds — each
// language's text, its languages in order, nil apart from empty — and
// With, Without and the JSON and YAML forms keep it so.
func TestText(t *testing.T) {
	t.Parallel()
	for _, m := range []map[string]string{
		nil,
		{},
		{"en": "Yes"},
		{"en": "", "da": "Ja"},
		{"pt": "Sim", "en": "Yes <b>&</b>", "da": "Ja", "it": "Sì\n\x00é", "hr": string(make([]byte, 300))},
	} {
		x := NewText(m)
		if m != nil {
			var ls, ts []string
			for l, s := range m {
				ls, ts = append(ls, l), append(ts, s)
			}
			if y := TextOf(ls, ts); y != x {
				t.Errorf("%v: TextOf %#v, NewText %#v", m, y, x)
			}
		}
		if (x == "") != (m == nil) {
			t.Errorf("%v: zero Text %v", m, x == "")
		}
		if x.Len() != len(m) {
			t.Errorf("%v: Len %d", m, x.Len())
		}
		if got := x.Map(); !maps.Equal(got, m) || (got == nil) != (m == nil) {
			t.Errorf("%v: Map %v", m, got)
		}
		want := slices.Sorted(maps.Keys(m))
		if got := x.Langs(); !slices.Equal(got, want) {
			t.Errorf("%v: Langs %v, want %v", m, got, want)
		}
		for l, s := range m {
			if got, ok := x.Get(l); !ok || got != s || x.In(l) != s || !x.Has(l) {
				t.Errorf("%v: Get(%s) = %q, %v", m, l, got, ok)
			}
		}
		if _, ok := x.Get("xx"); ok || x.Has("e") {
			t.Errorf("%v: has a language it lacks", m)
		}
		j, err := json.Marshal(x)
		mj, _ := json.Marshal(m)
		if err != nil || string(j) != string(mj) {
			t.Errorf("%v: JSON %s, %v; want %s", m, j, err, mj)
		}
		var back Text
		if err := json.Unmarshal(j, &back); err != nil || back != x {
			t.Errorf("%v: from JSON %#v, %v", m, back, err)
		}
		y := x.With("fr", "Oui").With("en", "Yes!")
		m2 := maps.Clone(m)
		if m2 == nil {
			m2 = map[string]string{}
		}
		m2["fr"], m2["en"] = "Oui", "Yes!"
		if y != NewText(m2) {
			t.Errorf("%v: With %v, want %v", m, y, NewText(m2))
		}
		delete(m2, "fr")
		if z := y.Without("fr"); z != NewText(m2) {
			t.Errorf("%v: Without %v", m, z)
		}
	}
	if got := T("en", "a", "da", "b"); got != NewText(map[string]string{"da": "b", "en": "a"}) || got.String() != "map[da:b en:a]" {
		t.Errorf("T: %v", got)
	}
	// A damaged Text ends where it stops making sense.
	for _, bad := range []Text{"\x05en", "\x02en\x09ab", "\x02en\xff\xff"} {
		if bad.Len() != 0 || bad.In("en") != "" {
			t.Errorf("%q: read as %v", string(bad), bad.Map())
		}
	}
}

// TestTextBadCodes: a text read from a file whose language code a Text
// cannot hold — empty, or longer than 255 bytes — is an error of the
// decoder, never a panic of NewText.
func TestTextBadCodes(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("x", 256)
	for _, code := range []string{"", long} {
		j, _ := json.Marshal(map[string]string{"en": "Yes", code: "Ja"})
		var x Text
		if err := json.Unmarshal(j, &x); err == nil {
			t.Errorf("JSON with a %d-byte code: no error, got %q", len(code), x)
		}
		var y Text
		err := y.UnmarshalYAML(func(v any) error {
			*(v.(*map[string]string)) = map[string]string{"en": "Yes", code: "Ja"}
			return nil
		})
		if err == nil {
			t.Errorf("YAML with a %d-byte code: no error, got %q", len(code), y)
		}
	}
	var ok Text
	if err := json.Unmarshal([]byte(`{"`+strings.Repeat("x", 255)+`":"a"}`), &ok); err != nil {
		t.Errorf("a 255-byte code: %v", err)
	}
}
