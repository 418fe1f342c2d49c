package schema

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
	jsv "github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// compile compiles schema name as committed (and served by eis schema), asserting formats
// (date, date-time, uri) as well as types.
func compile(t testing.TB, name string) *jsv.Schema {
	t.Helper()
	b, err := Bytes(name)
	if err != nil {
		t.Fatal(err)
	}
	id, _ := ID(name)
	return testutil.CompileSchema(t, id, b)
}

// yamlToJSON reads one YAML document as the JSON value it denotes, the way
// an editor's YAML language server checks it against a JSON Schema: YAML 1.2
// scalars, so a date such as 2026-01-02 stays a string.
func yamlToJSON(data []byte) (any, error) {
	v, _, err := yamlToJSONLines(data)
	return v, err
}

// yamlToJSONLines also returns the line of each value by JSON pointer.
func yamlToJSONLines(data []byte) (any, map[string]int, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(data, &n); err != nil {
		return nil, nil, err
	}
	lines := map[string]int{}
	v, err := nodeValue(&n, "", lines, 0)
	if err != nil {
		return nil, nil, err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, nil, err
	}
	inst, err := jsv.UnmarshalJSON(bytes.NewReader(b))
	return inst, lines, err
}

func nodeValue(n *yaml.Node, ptr string, lines map[string]int, depth int) (any, error) {
	if depth > 100 {
		return nil, fmt.Errorf("line %d: nested too deeply", n.Line)
	}
	if _, ok := lines[ptr]; !ok && n.Line > 0 {
		lines[ptr] = n.Line
	}
	switch n.ShortTag() {
	case "!!map", "!!seq", "!!str", "!!timestamp", "!!null", "!!bool", "!!int", "!!float":
	default:
		// !!binary, !!python/object…: no JSON type (js-yaml, under
		// ajv-cli, makes a Buffer or refuses the file; eis refuses the tag).
		if n.Kind != yaml.DocumentNode && n.Kind != yaml.AliasNode && n.Kind != 0 {
			return nil, fmt.Errorf("line %d: the tag %s has no JSON type", n.Line, n.Tag)
		}
	}
	switch n.Kind {
	case 0:
		return nil, nil
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil, nil
		}
		return nodeValue(n.Content[0], ptr, lines, depth+1)
	case yaml.AliasNode:
		return nodeValue(n.Alias, ptr, lines, depth+1)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			lines[ptr+"/"+k.Value] = k.Line
			v, err := nodeValue(n.Content[i+1], ptr+"/"+k.Value, lines, depth+1)
			if err != nil {
				return nil, err
			}
			m[k.Value] = v
		}
		return m, nil
	case yaml.SequenceNode:
		l := make([]any, 0, len(n.Content))
		for i, c := range n.Content {
			v, err := nodeValue(c, fmt.Sprintf("%s/%d", ptr, i), lines, depth+1)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		return l, nil
	}
	switch n.ShortTag() {
	case "!!null":
		return nil, nil
	case "!!bool", "!!int", "!!float":
		var v any
		if err := n.Decode(&v); err != nil {
			return nil, err
		}
		return v, nil
	}
	return n.Value, nil // !!str, !!timestamp: the text as written
}

// positions lists file:line for each innermost failure of a validation
// error, so a catalogue editor can go straight to it.
func positions(file string, err error, lines map[string]int) string {
	var ve *jsv.ValidationError
	if !errors.As(err, &ve) {
		return ""
	}
	seen := map[string]bool{}
	var out []string
	var walk func(e *jsv.ValidationError)
	walk = func(e *jsv.ValidationError) {
		if len(e.Causes) > 0 {
			for _, c := range e.Causes {
				walk(c)
			}
			return
		}
		ptr := ""
		for _, tok := range e.InstanceLocation {
			ptr += "/" + tok
		}
		for ptr != "" && lines[ptr] == 0 {
			ptr = ptr[:strings.LastIndex(ptr, "/")]
		}
		at := fmt.Sprintf("%s:%d: at %s", file, lines[ptr], ptr)
		if ptr != "" && !seen[at] {
			seen[at] = true
			out = append(out, at)
		}
	}
	walk(ve)
	return strings.Join(out, "\n")
}

// TestEmbeddedCatalogueMatchesSchema checks every embedded catalogue file
// against the catalogue schema, as an editor with the YAML language server does.
func TestEmbeddedCatalogueMatchesSchema(t *testing.T) {
	t.Parallel()
	s := compile(t, "catalogue")
	fsys := practices.FS()
	n := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".yaml" {
			return err
		}
		n++
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		t.Run(p, func(t *testing.T) {
			inst, lines, err := yamlToJSONLines(data)
			if err != nil {
				t.Fatalf("%s is not YAML: %v", p, err)
			}
			if err := s.Validate(inst); err != nil {
				t.Errorf("%s does not match %s:\n%s\n%v", p, FileName("catalogue"), positions("practices/"+p, err, lines), err)
			}
			checkModeline(t, p, data)
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no catalogue files embedded")
	}
}

// checkModeline: every catalogue file points editors at the committed schema.
func checkModeline(t *testing.T, p string, data []byte) {
	t.Helper()
	want := "# yaml-language-server: $schema=" + strings.Repeat("../", strings.Count(p, "/")) + "schema/" + FileName("catalogue")
	first, _, _ := strings.Cut(string(data), "\n")
	if strings.TrimRight(first, "\r") != want {
		t.Errorf("%s: first line is %q, want %q", p, first, want)
	}
}

// rejectPractice is a practice file the schema accepts, which the cases
// of schemaRejects break one way each.
const rejectPractice = `version: 1
practices:
  - id: p
    region: dk-central
    type: method
    title: {en: T, da: T}
    summary: {en: S}
    dimensions: [strategy]
    stages: [exploring]
    effort: low
    cost: free
    impact: high
    steps: [{en: Do it}]
    sources: [{title: Src, url: "https://example.org/x", date: 2025-01-31}]
    last_verified: 2026-01-02
    confidence: verified
    when: {score_below: {dimension: strategy, value: 0.5}}
`

// schemaRejects are files the catalogue schema accepts ("" wantErr) or
// rejects; TestSchemaAgreesWithValidator has the validator say the same.
var schemaRejects = []struct {
	name, yaml string
	// wantErr is a fragment of the validation error; "" means valid.
	wantErr string
}{
	{"the base practice is valid", rejectPractice, ""},
	{"minimal file", "version: 1\n", ""},
	{"unknown top-level key", "version: 1\nextra: 1\n", "additional properties 'extra' not allowed"},
	{"unknown key in a practice", strings.Replace(rejectPractice, "    effort: low\n", "    effort: low\n    efort: low\n", 1), "'efort' not allowed"},
	{"bad enum", strings.Replace(rejectPractice, "effort: low", "effort: huge", 1), "/practices/0/effort': value must be one of 'low', 'medium', 'high'"},
	{"bad scope enum", "version: 1\nregions:\n  - {id: x, name: {en: X}, scope: planet}\n", "/regions/0/scope': value must be one of"},
	{"a comma in an unquoted flow mapping", "version: 1\nregions:\n  - {id: x, name: {en: Any firm, anywhere}, scope: global}\n", "'anywhere' does not match pattern"},
	{"missing en", strings.Replace(rejectPractice, "title: {en: T, da: T}", "title: {da: T}", 1), "missing property 'en'"},
	{"empty en", strings.Replace(rejectPractice, "summary: {en: S}", "summary: {en: ''}", 1), "minLength"},
	{"language key not two letters", strings.Replace(rejectPractice, "summary: {en: S}", "summary: {en: S, dansk: S}", 1), "dansk"},
	{"wrong version", "version: 2\n", "version"},
	{"missing version", "dimensions: []\n", "missing property 'version'"},
	{"missing required field", strings.Replace(rejectPractice, "    confidence: verified\n", "", 1), "missing property 'confidence'"},
	{"bad date", strings.Replace(rejectPractice, "last_verified: 2026-01-02", "last_verified: 2026-13-02", 1), "date"},
	{"bad uri", strings.Replace(rejectPractice, `url: "https://example.org/x"`, `url: "not a url"`, 1), "does not match pattern"},
	// Issue 13: the uri format admitted javascript:; eis reads http(s) only.
	{"javascript: url", strings.Replace(rejectPractice, `url: "https://example.org/x"`, `url: "javascript:alert(1)"`, 1), "does not match pattern"},
	{"a bidi control in a Danish text", strings.Replace(rejectPractice, "title: {en: T, da: T}", `title: {en: T, da: "\u202eT"}`, 1), "does not match pattern"},
	{"an escape in a string", strings.Replace(rejectPractice, "region: dk-central", `region: "dk\e[2J"`, 1), "does not match pattern"},
	{"an ID as eis writes none", strings.Replace(rejectPractice, "id: p\n", "id: P_1\n", 1), "does not match pattern"},
	{"an escape in a text", strings.Replace(rejectPractice, "title: {en: T, da: T}", `title: {en: "T\e]52;c;SGVsbG8=\a", da: T}`, 1), "does not match pattern"},
	{"rule with two keys", strings.Replace(rejectPractice, "when: {score_below: {dimension: strategy, value: 0.5}}", "when: {stage: [exploring], not: {stage: [expanding]}}", 1), "maxProperties"},
	{"empty rule", strings.Replace(rejectPractice, "when: {score_below: {dimension: strategy, value: 0.5}}", "when: {}", 1), "minProperties"},
	{"nested rule unknown key", strings.Replace(rejectPractice, "when: {score_below: {dimension: strategy, value: 0.5}}", "when: {all: [{not: {anwser: {question: q, in: [a]}}}]}", 1), "'anwser' not allowed"},
	{"score out of range", "version: 1\nquestions:\n  - {id: q, dimension: d, kind: single, text: {en: Q}, options: [{id: a, label: {en: A}, score: 2}]}\n", "maximum"},
	{"bad kind", "version: 1\nquestions:\n  - {id: q, kind: essay, text: {en: Q}, options: []}\n", "/questions/0/kind': value must be one of"},
	{"zero weight", "version: 1\ndimensions:\n  - {id: d, axis: company, weight: 0, title: {en: D}}\n", "exclusiveMinimum"},
	{"bad catalogue id", "version: 1\ncatalogue: {id: EIS, version: '1', title: {en: T}, languages: [en]}\n", "pattern"},
}

// TestCatalogueSchemaRejects shows the schema the files of schemaRejects.
func TestCatalogueSchemaRejects(t *testing.T) {
	t.Parallel()
	s := compile(t, "catalogue")
	tests := schemaRejects
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inst, err := yamlToJSON([]byte(tt.yaml))
			if err != nil {
				t.Fatalf("fixture is not YAML: %v", err)
			}
			err = s.Validate(inst)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("valid file rejected: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Errorf("invalid file accepted, want an error about %q", tt.wantErr)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Errorf("error does not mention %q:\n%v", tt.wantErr, err)
			}
		})
	}
}

func TestAnswersSchema(t *testing.T) {
	t.Parallel()
	s := compile(t, "answers")
	const base = `version: 1
catalogue: {id: eis, version: "2026.11", digest: "sha256:00"}
language: da
respondent: {company: Acme ApS}
created: 2026-11-18T10:00:00Z
updated: 2026-11-18T10:15:00Z
complete: false
answers:
  strategy.decision: committed
  markets.targets: [de, se]
notes:
  general: first meeting
`
	tests := []struct{ name, yaml, wantErr string }{
		{"valid", base, ""},
		{"an empty list answers a multi-choice question with none", strings.Replace(base, "[de, se]", "[]", 1), ""},
		{"an answer is a string or a list", strings.Replace(base, "committed", "{id: committed}", 1), "oneOf"},
		{"timestamps are date-times", strings.Replace(base, "2026-11-18T10:00:00Z", "yesterday", 1), "date-time"},
		{"unknown key", base + "score: 1\n", "'score' not allowed"},
		// As answers.Read: a file with no catalogue: section, or one
		// without a digest (the committed test profiles), is read with a
		// warning; only version: is required.
		{"no catalogue section", strings.Replace(base, "catalogue: {id: eis, version: \"2026.11\", digest: \"sha256:00\"}\n", "", 1), ""},
		{"no digest", strings.Replace(base, `, digest: "sha256:00"`, "", 1), ""},
		{"no version", strings.Replace(base, "version: 1\n", "", 1), "missing property 'version'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inst, err := yamlToJSON([]byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			err = s.Validate(inst)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("valid answers rejected: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Errorf("invalid answers accepted, want an error about %q", tt.wantErr)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Errorf("error does not mention %q:\n%v", tt.wantErr, err)
			}
		})
	}
}

// testCatalogue reads the assessment package's small test catalogue: the
// plan and answers checks test the code's output, not catalogue content
// (TestEmbeddedCatalogueMatchesSchema does that). The files are decoded
// without the validator, so its rules changing cannot fail this test.
func testCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	dir := filepath.Join("..", "assessment", "testdata", "catalogue")
	paths, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test catalogue in %s: %v", dir, err)
	}
	cat := &catalogue.Catalogue{Digest: "sha256:0123"}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var f catalogue.File
		if err := yaml.Unmarshal(data, &f); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if f.Catalogue != nil {
			cat.Meta = *f.Catalogue
		}
		cat.Dimensions = append(cat.Dimensions, f.Dimensions...)
		cat.Profile = append(cat.Profile, f.Profile...)
		cat.Questions = append(cat.Questions, f.Questions...)
		cat.Regions = append(cat.Regions, f.Regions...)
		cat.Practices = append(cat.Practices, f.Practices...)
	}
	return cat
}

// answerAll answers every profile and scored question with its first
// option (two options for multi-choice ones).
func answerAll(cat *catalogue.Catalogue, f *answers.File, now time.Time) {
	for _, qs := range [][]*catalogue.Question{cat.Profile, cat.Questions} {
		for _, q := range qs {
			if len(q.Options) == 0 {
				continue
			}
			v := answers.Single(q.Options[0].ID)
			if q.Kind == catalogue.KindMulti && len(q.Options) > 1 {
				v = answers.Multiple(q.Options[0].ID, q.Options[1].ID)
			}
			f.Set(q.ID, v, now)
		}
	}
}

// TestCodeOutputMatchesSchemas: the plan JSON and the answers file that the
// code writes match their published schemas.
func TestCodeOutputMatchesSchemas(t *testing.T) {
	t.Parallel()
	cat := testCatalogue(t)
	now := time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)
	empty := answers.New(cat, "da", now)
	full := answers.New(cat, "en", now)
	full.Respondent = answers.Respondent{Company: "Acme ApS", Advisor: "A. Adviser"}
	answerAll(cat, full, now)
	full.Notes = map[string]string{"general": "first meeting"}

	planSchema, answersSchema := compile(t, "plan"), compile(t, "answers")
	for name, f := range map[string]*answers.File{"no answers": empty, "every question answered": full} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			plan, err := buildIn(f.Language, cat, f, assessment.BuildOptions{Now: now})
			if err != nil {
				t.Fatal(err)
			}
			if f == full && len(plan.Actions) == 0 {
				t.Error("the full plan has no actions, so their schema goes unchecked")
			}
			b, err := json.Marshal(plan)
			if err != nil {
				t.Fatal(err)
			}
			inst, err := jsv.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if err := planSchema.Validate(inst); err != nil {
				t.Errorf("the plan eis writes does not match plan.schema.json:\n%v", err)
			}

			y, err := answers.Marshal(f)
			if err != nil {
				t.Fatal(err)
			}
			inst, err = yamlToJSON(y)
			if err != nil {
				t.Fatal(err)
			}
			if err := answersSchema.Validate(inst); err != nil {
				t.Errorf("the answers file eis writes does not match answers.schema.json:\n%v\n%s", err, y)
			}
		})
	}
}

// TestPlanSchemaRejects mutates a plan the code built.
func TestPlanSchemaRejects(t *testing.T) {
	t.Parallel()
	cat := testCatalogue(t)
	now := time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)
	plan, err := buildIn("en", cat, answers.New(cat, "en", now), assessment.BuildOptions{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	s := compile(t, "plan")
	tests := []struct {
		name    string
		mutate  func(m map[string]any)
		wantErr string
	}{
		{"unchanged", func(map[string]any) {}, ""},
		{"an unknown score is null", func(m map[string]any) { m["overall"] = nil }, ""},
		{"a score is a number or null", func(m map[string]any) { m["overall"] = "high" }, "/overall'"},
		{"lists are lists, never null", func(m map[string]any) { m["actions"] = nil }, "/actions'"},
		{"unknown key", func(m map[string]any) { m["lang"] = "en" }, "'lang' not allowed"},
		{"missing key", func(m map[string]any) { delete(m, "stage") }, "missing property 'stage'"},
		{"generated is a date-time", func(m map[string]any) { m["generated"] = "today" }, "date-time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _ := json.Marshal(plan)
			var m map[string]any
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			tt.mutate(m)
			b, _ = json.Marshal(m)
			inst, err := jsv.UnmarshalJSON(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			err = s.Validate(inst)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("valid plan rejected: %v", err)
			case tt.wantErr != "" && err == nil:
				t.Errorf("invalid plan accepted, want an error about %q", tt.wantErr)
			case tt.wantErr != "" && !strings.Contains(err.Error(), tt.wantErr):
				t.Errorf("error does not mention %q:\n%v", tt.wantErr, err)
			}
		})
	}
}

// buildIn is the plan `eis plan` makes: assessment.Build, said in lang.
func buildIn(lang string, c *catalogue.Catalogue, f *answers.File, o assessment.BuildOptions) (assessment.Plan, error) {
	p, err := assessment.Build(c, f, o)
	if err != nil {
		return p, err
	}
	return render.Localize(p, c, i18n.Get(lang)), nil
}
