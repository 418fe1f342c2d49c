package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
	"github.com/invopop/jsonschema"
)

// repoSchemaDir is practices/schema seen from this package's folder.
var repoSchemaDir = filepath.Join("..", "..", filepath.FromSlash(Dir))

// sourceComments reads the Go doc comments of the reflected packages from
// their sources; they become the schemas' descriptions.
func sourceComments(t testing.TB) map[string]string {
	t.Helper()
	r := &jsonschema.Reflector{}
	// AddGoComments joins base with the walked folder: "<this pkg>/../catalogue"
	// is the catalogue package's import path.
	base := "github.com/eis-project/eis/internal/schema"
	for _, pkg := range []string{"catalogue", "assessment", "answers", "render"} {
		if err := r.AddGoComments(base, filepath.Join("..", pkg)); err != nil {
			t.Fatalf("reading comments of %s: %v", pkg, err)
		}
	}
	out := map[string]string{}
	for k, v := range r.CommentMap {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			out[k] = v
		}
	}
	return out
}

// TestGenerated fails when a committed schema (what `eis schema` prints)
// is out of date with the Go types; run `go generate ./internal/schema`
// (or `go test ./internal/schema -update`) to refresh.
func TestGenerated(t *testing.T) {
	comments := sourceComments(t)
	if len(genSpecs) != len(Names()) {
		t.Errorf("the generator knows %d schemas, Names() lists %d", len(genSpecs), len(Names()))
	}
	for _, name := range Names() {
		generated, _, err := generate(name, comments)
		if err != nil {
			t.Fatalf("generate %s: %v", name, err)
		}
		path := filepath.Join(repoSchemaDir, FileName(name))
		if testutil.Update() {
			writeFile(t, path, generated)
			continue
		}
		committed, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v; run: go generate ./internal/schema", err)
		}
		if !bytes.Equal(committed, generated) {
			t.Errorf("%s is out of date with the Go types; run: go generate ./internal/schema\n%s",
				path, firstDiff(string(committed), string(generated)))
		}
		// The binary serves the embedded copy: it must be this file.
		served, err := Bytes(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(served, committed) {
			t.Errorf("Bytes(%s) differs from %s", name, path)
		}
	}
}

// TestEmbeddedFiles: the binary embeds exactly the published schemas, each
// with the $id of the format version the code reads and writes.
func TestEmbeddedFiles(t *testing.T) {
	t.Parallel()
	entries, err := fs.ReadDir(practices.Schemas(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	var want []string
	for _, name := range Names() {
		want = append(want, FileName(name))
	}
	sort.Strings(want)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("embedded %v, want %v", got, want)
	}
	for _, name := range Names() {
		b, err := Bytes(name)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			ID string `json:"$id"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if id, _ := ID(name); doc.ID != id {
			t.Errorf("%s: $id %q, want %q (a format version changed: run go generate ./internal/schema)", name, doc.ID, id)
		}
	}
}

func writeFile(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s", path)
}

// firstDiff shows the first differing line of two texts.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n  committed: %s\n  generated: %s", i+1, x, y)
		}
	}
	return "(no difference in lines)"
}

func TestSchemaShape(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		id   string
		// paths into the schema (slash-separated keys) and the JSON they must hold
		want map[string]string
	}{
		{
			name: "catalogue",
			id:   "https://github.com/eis-project/eis/schema/catalogue-v1.json",
			want: map[string]string{
				"$schema":                                   `"https://json-schema.org/draft/2020-12/schema"`,
				"type":                                      `"object"`,
				"additionalProperties":                      `false`,
				"required":                                  `["version"]`,
				"properties/version/enum":                   `[1]`,
				"$defs/Text/required":                       `["en"]`,
				"$defs/Text/propertyNames/pattern":          `"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"`,
				"$defs/Text/additionalProperties/type":      `"string"`,
				"$defs/Date/type":                           `"string"`,
				"$defs/Date/format":                         `"date"`,
				"$defs/Rule/minProperties":                  `1`,
				"$defs/Rule/maxProperties":                  `1`,
				"$defs/Rule/properties/not/$ref":            `"#/$defs/Rule"`,
				"$defs/Rule/properties/all/items/$ref":      `"#/$defs/Rule"`,
				"$defs/Practice/properties/effort/enum":     `["low","medium","high"]`,
				"$defs/Practice/properties/last_verified":   `{"$ref":"#/$defs/Date","description":"LastVerified is when the entry was last checked against its sources."}`,
				"$defs/Practice/properties/steps/items":     `{"$ref":"#/$defs/Text"}`,
				"$defs/Practice/properties/url/pattern":     jsonString(catalogue.URLPattern),
				"$defs/Question/required":                   `["id","kind","text"]`,
				"$defs/Bands/oneOf/0/type":                  `"array"`,
				"$defs/Country/properties/code/pattern":     `"^[A-Z]{2}$"`,
				"$defs/Rule/properties/markets/$ref":        `"#/$defs/MarketsRef"`,
				"$defs/Dimension/properties/weight":         `{"description":"Weight of the dimension in its axis and overall score (\u003e 0, at most 100).","exclusiveMinimum":0,"maximum":100,"type":"number"}`,
				"$defs/Option/properties/score/maximum":     `1`,
				"$defs/Meta/properties/id/pattern":          `"^[a-z0-9]+([.-][a-z0-9]+)*$"`,
				"$defs/Region/properties/scope/enum":        `["regional","national","eu","global","other"]`,
				"$defs/Region/additionalProperties":         `false`,
				"$defs/ScoreRef/properties/value/minimum":   `0`,
				"$defs/AnswerIn/required":                   `["question","in"]`,
				"$defs/Practice/properties/confidence/enum": `["verified","partial","unverified"]`,
			},
		},
		{
			name: "plan",
			id:   "https://github.com/eis-project/eis/schema/plan-v2.json",
			want: map[string]string{
				"title":                                     `"eis plan"`,
				"properties/generated/format":               `"date-time"`,
				"properties/overall/oneOf":                  `[{"type":"number"},{"type":"null"}]`,
				"$defs/Dimension/properties/score/oneOf":    `[{"type":"number"},{"type":"null"}]`,
				"$defs/Action/properties/reasons/items":     `{"$ref":"#/$defs/Msg"}`,
				"properties/markets/items/$ref":             `"#/$defs/MarketView"`,
				"properties/not_for_you/items/$ref":         `"#/$defs/NotForYou"`,
				"$defs/Action/required/0":                   `"practice"`,
				"properties/actions/items":                  `{"$ref":"#/$defs/Action"}`,
				"properties/schema_version/type":            `"integer"`,
				"$defs/Who/properties/company/type":         `"string"`,
				"$defs/Stage/additionalProperties":          `false`,
				"$defs/Axis/properties/score/oneOf/0/type":  `"number"`,
				"$defs/Clarify/properties/answer/type":      `"string"`,
				"$defs/CatRef/required":                     `["id","version","digest"]`,
				"$defs/Note/required":                       `["ref","text"]`,
				"properties/warnings/items/type":            `"string"`,
				"properties/notes/items/$ref":               `"#/$defs/Note"`,
				"properties/to_clarify/items/$ref":          `"#/$defs/Clarify"`,
				"properties/ideas/items/$ref":               `"#/$defs/Idea"`,
				"properties/dimensions/items/$ref":          `"#/$defs/Dimension"`,
				"properties/axes/items/$ref":                `"#/$defs/Axis"`,
				"properties/stage/$ref":                     `"#/$defs/Stage"`,
				"properties/respondent/$ref":                `"#/$defs/Who"`,
				"properties/catalogue/$ref":                 `"#/$defs/CatRef"`,
				"$defs/Action/properties/historic/type":     `"boolean"`,
				"$defs/Action/properties/after/items/type":  `"string"`,
				"$defs/Msg/required":                        `["id","args","text"]`,
				"$defs/Dimension/properties/answered/type":  `"integer"`,
				"$defs/Dimension/properties/excluded/type":  `"integer"`,
				"$defs/Dimension/properties/weight/type":    `"number"`,
				"$defs/Action/properties/rank/type":         `"number"`,
				"$defs/Action/properties/url/type":          `"string"`,
				"$defs/Action/properties/organisation/type": `"string"`,
			},
		},
		{
			name: "answers",
			id:   "https://github.com/eis-project/eis/schema/answers-v2.json",
			want: map[string]string{
				"title":                     `"eis answers file"`,
				"properties/created/format": `"date-time"`,
				"properties/answers/additionalProperties": `{"$ref":"#/$defs/Value"}`,
				"$defs/Value/oneOf/0/type":                `"string"`,
				"$defs/Value/oneOf/1/type":                `"array"`,
				"properties/notes/additionalProperties":   `{"type":"string"}`,
				"$defs/Respondent/required":               nil2,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b, err := Bytes(tt.name)
			if err != nil {
				t.Fatal(err)
			}
			var doc map[string]any
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if doc["$id"] != tt.id {
				t.Errorf("$id = %v, want %s", doc["$id"], tt.id)
			}
			if s, _ := doc["description"].(string); s == "" {
				t.Errorf("no description")
			}
			for path, want := range tt.want {
				got, ok := at(doc, path)
				if want == nil2 {
					if ok {
						t.Errorf("%s: present (%s), want absent", path, got)
					}
					continue
				}
				if !ok {
					t.Errorf("%s: missing, want %s", path, want)
					continue
				}
				if got != want {
					t.Errorf("%s = %s, want %s", path, got, want)
				}
			}
		})
	}
}

// nil2 marks a path that must be absent.
const nil2 = "<absent>"

// at follows a slash-separated path of keys and array indexes, returning the
// compact JSON found there.
func at(doc any, path string) (string, bool) {
	cur := doc
	for _, k := range strings.Split(path, "/") {
		switch v := cur.(type) {
		case map[string]any:
			next, ok := v[k]
			if !ok {
				return "", false
			}
			cur = next
		case []any:
			var i int
			if _, err := fmt.Sscan(k, &i); err != nil || i < 0 || i >= len(v) {
				return "", false
			}
			cur = v[i]
		default:
			return "", false
		}
	}
	b, _ := json.Marshal(cur)
	return string(b), true
}

func TestGenerateStable(t *testing.T) {
	t.Parallel()
	for _, name := range Names() {
		comments := sourceComments(t)
		a, _, err := generate(name, comments)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 3; i++ {
			b, _, _ := generate(name, comments)
			if !bytes.Equal(a, b) {
				t.Fatalf("%s: two runs differ", name)
			}
		}
		// Sorted keys: "$defs" first where there are definitions, else "$id".
		if !bytes.HasSuffix(a, []byte("}\n")) || !(bytes.HasPrefix(a, []byte("{\n  \"$defs\": {\n    \"")) || bytes.HasPrefix(a, []byte("{\n  \"$id\": \""))) {
			t.Errorf("%s: not 2-space indented with sorted keys and a final newline:\n%.80s", name, a)
		}
	}
}

func TestBytesUnknown(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", "Catalogue", "plans", "../catalogue"} {
		_, err := Bytes(name)
		var ue *UnknownError
		if err == nil || !errors.As(err, &ue) || ue.Name != name {
			t.Errorf("Bytes(%q) = %v, want an UnknownError", name, err)
			continue
		}
		if !strings.Contains(err.Error(), "catalogue, plan, answers, region, aggregate") {
			t.Errorf("error %q does not list the choices", err)
		}
	}
}

func TestNamesAndIDs(t *testing.T) {
	t.Parallel()
	if got := strings.Join(Names(), ","); got != "catalogue,plan,answers,region,aggregate,compare,validate,practices,practice,questions,version,config" {
		t.Errorf("Names() = %s", got)
	}
	if got := FileName("plan"); got != "plan.schema.json" {
		t.Errorf("FileName(plan) = %s", got)
	}
	if _, err := ID("nope"); err == nil {
		t.Error("ID(nope) did not fail")
	}
}

// jsonString is s as JSON writes it, for a shape whose value holds
// characters JSON may escape.
func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}
