package answers

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

var testNow = time.Date(2026, 11, 18, 11, 6, 40, 123, time.UTC)

func TestNew(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := New(cat, "da", testNow.In(time.FixedZone("CET", 3600)))
	if f.Version != FormatVersion || f.Language != "da" || f.Complete || len(f.Answers) != 0 {
		t.Errorf("New = %+v", f)
	}
	if want := testNow.Truncate(time.Second); !f.Created.Equal(want) || f.Created.Location() != time.UTC || !f.Updated.Equal(want) {
		t.Errorf("times %v %v, want %v in UTC", f.Created, f.Updated, want)
	}
	if f.Catalogue.ID != "test" || f.Catalogue.Version != "t1" || f.Catalogue.Digest != cat.Digest || len(f.Catalogue.Questions) != 8 {
		t.Errorf("catalogue ref %+v", f.Catalogue)
	}
	later := testNow.Add(time.Hour)
	f.Set("q1", Single("yes"), later)
	if v, ok := f.Answer("q1"); !ok || !v.Has("yes") || !f.Updated.Equal(later.Truncate(time.Second)) || f.Created.Equal(f.Updated) {
		t.Errorf("Set: %+v %v", v, f.Updated)
	}
}

func TestValueEncoding(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v    Value
		yaml string
		json string
	}{
		{Single("yes"), "\"yes\"\n", `"yes"`},
		{Single("o1"), "o1\n", `"o1"`},
		{Single("dont-know"), "dont-know\n", `"dont-know"`},
		{Multiple("a", "b"), "- a\n- b\n", `["a","b"]`},
		{Multiple(), "[]\n", `[]`},
		{Value{Options: nil, Multi: true}, "[]\n", `[]`},
	}
	for _, tt := range tests {
		y, err := yaml.Marshal(tt.v)
		if err != nil || string(y) != tt.yaml {
			t.Errorf("yaml %v: %q %v, want %q", tt.v, y, err, tt.yaml)
		}
		var back Value
		if err := yaml.Unmarshal(y, &back); err != nil || !reflect.DeepEqual(back.Options, normal(tt.v.Options)) || back.Multi != tt.v.Multi {
			t.Errorf("yaml round trip %v: %+v %v", tt.v, back, err)
		}
		j, err := json.Marshal(tt.v)
		if err != nil || string(j) != tt.json {
			t.Errorf("json %v: %s %v, want %s", tt.v, j, err, tt.json)
		}
		back = Value{}
		if err := json.Unmarshal(j, &back); err != nil || !reflect.DeepEqual(back.Options, normal(tt.v.Options)) || back.Multi != tt.v.Multi {
			t.Errorf("json round trip %v: %+v %v", tt.v, back, err)
		}
	}
	bad := []struct{ yaml, json string }{
		{"{a: 1}", `{"a":1}`},
		{`""`, `""`},
		{"[a, [b]]", `[1]`},
	}
	for _, b := range bad {
		var v Value
		if err := yaml.Unmarshal([]byte(b.yaml), &v); err == nil {
			t.Errorf("yaml %q: no error", b.yaml)
		}
		if err := json.Unmarshal([]byte(b.json), &v); err == nil {
			t.Errorf("json %q: no error", b.json)
		}
	}
	if _, err := (Value{}).MarshalYAML(); err == nil {
		t.Error("a single answer with no option marshals")
	}
}

func normal(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func TestValueHelpers(t *testing.T) {
	t.Parallel()
	tests := []struct {
		v        Value
		reserved string
	}{
		{Single("dont-know"), "dont-know"},
		{Single("not-applicable"), "not-applicable"},
		{Single("yes"), ""},
		{Multiple("a", "dont-know"), ""},
		{Multiple(), ""},
	}
	for _, tt := range tests {
		if got := tt.v.Reserved(); got != tt.reserved {
			t.Errorf("Reserved(%v) = %q, want %q", tt.v.Options, got, tt.reserved)
		}
	}
	if !Multiple("a", "b").Has("b") || Multiple("a").Has("b") {
		t.Error("Has")
	}
}

func TestSaveRoundTrip(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := New(cat, "en", testNow)
	f.Respondent = Respondent{Company: "Ærø: \"Quotes\" & Co.\n", Advisor: "- not a list"}
	f.Set("region", Single("r-home"), testNow)
	f.Set("q1", Single("yes"), testNow)
	f.Set("q2", Multiple(), testNow)
	f.Set("q3", Single("always"), testNow)
	f.Complete = true
	f.Notes = map[string]string{"general": "line one\nline two: yes", "q1": "no"}
	f.StartedFrom = "../2025/acme.yaml"
	path := filepath.Join(t.TempDir(), "answers.yaml")
	if err := Save(path, f); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	g, ds, err := Load(path, cat)
	if err != nil || g == nil || len(ds) != 0 {
		t.Fatalf("Load after Save: %v %v", err, ds)
	}
	if !reflect.DeepEqual(g.Answers, f.Answers) || g.Respondent != f.Respondent || !reflect.DeepEqual(g.Notes, f.Notes) ||
		!g.Created.Equal(f.Created) || !g.Updated.Equal(f.Updated) || g.Complete != f.Complete || !reflect.DeepEqual(g.Catalogue, f.Catalogue) ||
		g.StartedFrom != f.StartedFrom {
		t.Errorf("round trip:\n got %+v\nwant %+v", g, f)
	}
	a, _ := Marshal(f)
	b, _ := Marshal(g)
	if !bytes.Equal(a, b) {
		t.Errorf("Marshal differs after a round trip:\n%s\n%s", a, b)
	}
	if !strings.HasPrefix(string(a), Header) || !strings.Contains(string(a), "\n  q2: []\n") {
		t.Errorf("saved file:\n%s", a)
	}
}

// TestSaveIsAtomic proves a failed save leaves the old file as it was and
// no temporary file behind.
func TestSaveIsAtomic(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "answers.yaml")
	old := New(cat, "en", testNow)
	old.Set("q1", Single("no"), testNow)
	if err := Save(path, old); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	broken := New(cat, "en", testNow)
	broken.Answers["q1"] = Value{} // a single answer with no option cannot be written
	if err := Save(path, broken); err == nil {
		t.Fatal("saving a broken value succeeded")
	}
	if err := Save(filepath.Join(dir, "no-such-dir", "a.yaml"), old); err == nil {
		t.Error("saving into a missing folder succeeded")
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Errorf("the old file changed:\n%s", after)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left behind: %v", names)
	}
	if err := Save(path, nil); err == nil {
		t.Error("saving nil succeeded")
	}
}

// TestTargetsRoundTrip: targets saved are read back the same.
func TestTargetsRoundTrip(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := New(cat, "en", time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC))
	f.Targets = &Targets{Stage: "expanding", Readiness: map[string]int{"d1": 75}}
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	g, ds, err := Read(bytes.NewReader(data), "t.yaml", cat)
	if err != nil || g == nil || ds.HasErrors() {
		t.Fatalf("read back: %v %v\n%s", err, ds, data)
	}
	if g.Targets == nil || g.Targets.Stage != "expanding" || g.Targets.Readiness["d1"] != 75 {
		t.Errorf("targets read back as %+v from:\n%s", g.Targets, data)
	}
}

// TestSavedTextsReadAsTextElsewhere: the timestamps and question hashes of
// a saved file are quoted, so YAML tools other than eis read them as the
// strings eis schema answers says they are. Plain, js-yaml (ajv-cli) read
// created: 2026-12-02T09:00:00Z as a timestamp and a hash such as
// 9788e435 as a float, and every file eis assess saved failed the schema.
func TestSavedTextsReadAsTextElsewhere(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := New(cat, "en", testNow)
	f.Catalogue.Questions["q1"] = "9788e435"
	f.Catalogue.Questions["q2"] = "12345678"
	data, err := Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\ncreated: \"" + testNow.UTC().Format(time.RFC3339) + "\"\n",
		"\nupdated: \"" + testNow.UTC().Format(time.RFC3339) + "\"\n",
		"\n    q1: \"9788e435\"\n",
		"\n    q2: \"12345678\"\n",
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("saved file lacks %q:\n%s", want, data)
		}
	}
	g, ds, err := Read(bytes.NewReader(data), "a.yaml", cat)
	if err != nil || len(ds) != 0 || !g.Created.Equal(f.Created) || g.Catalogue.Questions["q1"] != "9788e435" {
		t.Fatalf("the quoted file does not read back: %v %v %+v", err, ds, g)
	}
}
