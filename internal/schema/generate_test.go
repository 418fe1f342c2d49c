package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/safetext"
	"github.com/invopop/jsonschema"
)

// The generator: it reflects the Go types eis reads and writes into the
// schemas committed in practices/schema. It is test code, so that the
// binary, which only serves the committed files, does not link the
// reflection library; TestGenerated (schema_test.go) keeps the files in
// step with the types.

// genSpec says how schema name is generated.
type genSpec struct {
	typ         reflect.Type
	title       string
	description string
	// nullPointers makes pointer fields without omitempty nullable: the
	// code writes them as JSON null (an unknown score), so the schema must
	// accept it. Input formats keep them non-null (a missing value is an error).
	nullPointers bool
}

var genSpecs = map[string]genSpec{
	"catalogue": {
		typ:   reflect.TypeFor[catalogue.File](),
		title: "eis catalogue file",
		description: "One file of the eis catalogue (format v1): dimensions, profile and scored questions, " +
			"regions and regional good practices. The catalogue is the union of all its files; " +
			"run 'eis validate' for the checks a schema cannot express (references, uniqueness, translations).",
	},
	"plan": {
		typ:          reflect.TypeFor[assessment.Plan](),
		title:        "eis plan",
		description:  "The action plan eis prints with --format json: readiness per dimension and axis, the overall stage, and ranked, explained actions.",
		nullPointers: true,
	},
	"region": {
		typ:          reflect.TypeFor[region.Review](),
		title:        "eis region review",
		description:  "The peer review of a region's offer that 'eis region --format json' prints: the matrix of readiness dimensions × stages with the running programmes in each cell, the empty cells with other regions' practices that fill them, closing programmes and entries to re-check.",
		nullPointers: true,
	},
	"aggregate": {
		typ:          reflect.TypeFor[aggregate.Report](),
		title:        "eis aggregate report",
		description:  "What many answers files say about a region's firms, without any firm's identity, as 'eis aggregate --format json' prints it: counts by region, size, sector and stage, readiness per dimension, common gaps, recommended practices and shared gaps where the region's offer is empty. Every count of fewer than min_group firms is suppressed.",
		nullPointers: true,
	},
	"compare": {
		typ:          reflect.TypeFor[assessment.Comparison](),
		title:        "eis comparison",
		description:  "Progress between two assessments of one firm, as 'eis compare --format json' prints it (and the since section of 'eis plan --since'): readiness then and now, the stage then and now, resolved and new actions, new and closed gaps, changed answers, and the questions the catalogue gained or lost since.",
		nullPointers: true,
	},
	"answers": {
		typ:         reflect.TypeFor[answers.File](),
		title:       "eis answers file",
		description: "One saved assessment: the catalogue it was given against, language, respondent, timestamps, answers by question ID and notes.",
	},
	"validate": {
		typ:         reflect.TypeFor[render.ValidationJSON](),
		title:       "eis validate report",
		description: "What eis validate --format json prints: every problem of a catalogue, sorted, with counts.",
	},
	"practices": {
		typ:         reflect.TypeFor[render.PracticeListJSON](),
		title:       "eis practice list",
		description: "What eis practices list --format json prints: the practices that pass the filters, their texts in one language.",
	},
	"practice": {
		typ:         reflect.TypeFor[render.PracticeJSON](),
		title:       "eis practice",
		description: "What eis practices show ID --format json prints: one practice as the catalogue holds it, with every language.",
	},
	"questions": {
		typ:         reflect.TypeFor[render.Guide](),
		title:       "eis questionnaire",
		description: "What eis questions --format json prints: the whole questionnaire in one language, profile questions first, then the scored questions by dimension.",
	},
	"version": {
		typ:         reflect.TypeFor[render.VersionJSON](),
		title:       "eis version",
		description: "What eis version --format json prints: the release, commit, build date and Go version.",
	},
	"config": {
		typ:         reflect.TypeFor[render.SettingsJSON](),
		title:       "eis settings",
		description: "What eis config list --format json prints: the config file in effect and every setting with its value and source (flag, env, file or default).",
	},
}

// generate reflects schema name with the given comment map (type and field
// docs by fully qualified name) and also returns the comment keys it
// consulted, so a test can regenerate the map from the Go sources.
func generate(name string, comments map[string]string) ([]byte, map[string]bool, error) {
	sp, ok := genSpecs[name]
	if !ok {
		return nil, nil, &UnknownError{Name: name}
	}
	used := map[string]bool{}
	comment := func(t reflect.Type, field string) string {
		if t.Name() == "" || t.PkgPath() == "" {
			return ""
		}
		k := t.PkgPath() + "." + t.Name()
		if t == reflect.TypeFor[catalogue.Text]() {
			// diag.Text, by the name the catalogue gives it (and its
			// documentation there).
			k = reflect.TypeFor[catalogue.Catalogue]().PkgPath() + ".Text"
		}
		if field != "" {
			k += "." + field
		}
		used[k] = true
		return comments[k]
	}

	// Every named type that becomes a definition, by name: to find a
	// clash of two types with one name (one would silently win), and to
	// post-process definitions with what only the Go type knows.
	types := map[string]reflect.Type{}
	var clash error
	textType := reflect.TypeFor[catalogue.Text]()
	dateType := reflect.TypeFor[catalogue.Date]()
	valueType := reflect.TypeFor[answers.Value]()
	bandsType := reflect.TypeFor[catalogue.Bands]()

	r := &jsonschema.Reflector{
		ExpandedStruct: true,
		Namer: func(t reflect.Type) string {
			if prev, ok := types[t.Name()]; ok && prev != t && clash == nil {
				clash = fmt.Errorf("schema %s: types %s and %s both map to the definition %q", name, prev, t, t.Name())
			}
			if t.Name() != "" {
				types[t.Name()] = t
			}
			return t.Name()
		},
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			// A fresh reference each time: the reflector writes each
			// field's description into the schema it gets back.
			switch t {
			case textType:
				return &jsonschema.Schema{Ref: "#/$defs/Text"}
			case dateType:
				return &jsonschema.Schema{Ref: "#/$defs/Date"}
			case valueType:
				return &jsonschema.Schema{Ref: "#/$defs/Value"}
			case bandsType:
				return &jsonschema.Schema{Ref: "#/$defs/Bands"}
			}
			return nil
		},
		LookupComment: comment,
	}
	root := r.ReflectFromType(sp.typ)
	if clash != nil {
		return nil, nil, clash
	}
	id, _ := ID(name)
	root.ID = jsonschema.ID(id)
	root.Title = sp.title
	root.Description = sp.description
	if root.Definitions == nil {
		root.Definitions = jsonschema.Definitions{}
	}
	if usesRef(root, "#/$defs/Text") {
		root.Definitions["Text"] = textSchema(comment(textType, ""))
	}
	if usesRef(root, "#/$defs/Date") {
		root.Definitions["Date"] = &jsonschema.Schema{Type: "string", Format: "date", Description: comment(dateType, "")}
	}
	if usesRef(root, "#/$defs/Value") {
		root.Definitions["Value"] = valueSchema()
	}
	if usesRef(root, "#/$defs/Bands") {
		root.Definitions["Bands"] = bandsSchema(comment(bandsType, ""))
	}
	if def, ok := root.Definitions["Rule"]; ok && types["Rule"] == reflect.TypeFor[catalogue.Rule]() {
		// "Exactly one field is set" (types.go): one key per rule object.
		one := uint64(1)
		def.MinProperties, def.MaxProperties = &one, &one
	}
	if p, ok := root.Properties.Get("schema_version"); ok && name != "catalogue" {
		// An output's schema_version is the version this schema
		// describes: a consumer can check it (as catalogue files' version: does).
		p.Enum = []any{mustVersion(name)}
		if !slices.Contains(root.Required, "schema_version") {
			root.Required = append([]string{"schema_version"}, root.Required...)
		}
	}
	if name == "catalogue" {
		// What the validator checks in one file, the schema says too:
		// IDs, addresses, and no control or bidi characters in any text.
		harden(root, "")
		for _, def := range root.Definitions {
			harden(def, "")
		}
	}
	if name == "answers" {
		// What answers.Read requires: version: alone (a file without a
		// catalogue: section, or without its digest, is read with a
		// warning; test profiles are written so).
		root.Required = []string{"version"}
		if def, ok := root.Definitions["CatalogueRef"]; ok {
			def.Required = nil
		}
	}
	if sp.nullPointers {
		nullable(root, sp.typ)
		for n, def := range root.Definitions {
			if t, ok := types[n]; ok {
				nullable(def, t)
			}
		}
	}
	out, err := stable(root)
	if err != nil {
		return nil, nil, fmt.Errorf("schema %s: %w", name, err)
	}
	// Patterns hold control and bidi characters literally: as JSON
	// escapes, so the file itself is plain text (and `eis schema` prints
	// it whole through the output sanitiser).
	var esc bytes.Buffer
	if _, err := safetext.NewJSONWriter(&esc).Write(out); err != nil {
		return nil, nil, err
	}
	return esc.Bytes(), used, nil
}

// harden adds to a catalogue schema what the validator checks in one
// file beyond the types (key is the property s describes): every id
// matches catalogue.IDPattern, every address catalogue.URLPattern (http
// and https only; a uri format would admit javascript:), and every other
// free string safetext.Pattern (no control or bidi character).
func harden(s *jsonschema.Schema, key string) {
	if s == nil || s.Ref != "" {
		return
	}
	if s.Type == "string" {
		switch {
		case key == "id":
			s.Pattern = catalogue.IDPattern
		case s.Format == "uri":
			s.Format, s.Pattern = "", catalogue.URLPattern
		case s.Pattern == "" && len(s.Enum) == 0 && s.Format == "":
			s.Pattern = safetext.Pattern
		}
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			harden(p.Value, p.Key)
		}
	}
	harden(s.Items, "")
	harden(s.AdditionalProperties, "")
	for _, sub := range append(append(append([]*jsonschema.Schema{}, s.AllOf...), s.AnyOf...), s.OneOf...) {
		harden(sub, "")
	}
}

// mustVersion is the format version of schema name.
func mustVersion(name string) int {
	s, err := lookup(name)
	if err != nil {
		panic(err)
	}
	return s.version
}

// textSchema is catalogue.Text: English is required and non-empty; other
// keys are language codes as the validator accepts them (en, da, pt-BR:
// catalogue.LangPattern); no text holds a control or bidi character.
func textSchema(desc string) *jsonschema.Schema {
	one := uint64(1)
	props := jsonschema.NewProperties()
	props.Set("en", &jsonschema.Schema{Type: "string", MinLength: &one, Pattern: safetext.Pattern, Description: "The English text (required; the source language)."})
	return &jsonschema.Schema{
		Type:                 "object",
		Description:          desc,
		Properties:           props,
		Required:             []string{"en"},
		PropertyNames:        &jsonschema.Schema{Pattern: catalogue.LangPattern},
		AdditionalProperties: &jsonschema.Schema{Type: "string", Pattern: safetext.Pattern},
	}
}

// valueSchema is answers.Value as written in an answers file (its YAML
// unmarshalling takes either form): one option ID, or a non-empty list of
// option IDs (multi-choice questions).
func valueSchema() *jsonschema.Schema {
	one := uint64(1)
	return &jsonschema.Schema{
		Description: "An option ID, or a list of option IDs for a multi-choice question.",
		OneOf: []*jsonschema.Schema{
			{Type: "string", MinLength: &one},
			{Type: "array", Items: &jsonschema.Schema{Type: "string", MinLength: &one}},
		},
	}
}

// bandsSchema is catalogue.Bands as written: a list of answers (in), or
// {in: [...], check: [...]}.
func bandsSchema(desc string) *jsonschema.Schema {
	one := uint64(1)
	ids := &jsonschema.Schema{Type: "array", MinItems: &one, Items: &jsonschema.Schema{Type: "string", MinLength: &one}}
	props := jsonschema.NewProperties()
	props.Set("in", ids)
	props.Set("check", ids)
	return &jsonschema.Schema{
		Description: desc,
		OneOf: []*jsonschema.Schema{
			ids,
			{Type: "object", Properties: props, AdditionalProperties: jsonschema.FalseSchema},
		},
	}
}

// nullable lets each pointer field of struct t that has no omitempty be
// null, as encoding/json writes a nil pointer.
func nullable(s *jsonschema.Schema, t reflect.Type) {
	if t.Kind() != reflect.Struct || s.Properties == nil {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := strings.Split(f.Tag.Get("json"), ",")
		if f.Type.Kind() != reflect.Pointer || tag[0] == "-" || !f.IsExported() {
			continue
		}
		if hasOpt(tag[1:], "omitempty") || hasOpt(tag[1:], "omitzero") {
			continue
		}
		key := tag[0]
		if key == "" {
			key = f.Name
		}
		p, ok := s.Properties.Get(key)
		if !ok {
			continue
		}
		desc := p.Description
		p.Description = ""
		s.Properties.Set(key, &jsonschema.Schema{
			Description: desc,
			OneOf:       []*jsonschema.Schema{p, {Type: "null"}},
		})
	}
}

func hasOpt(opts []string, want string) bool {
	for _, o := range opts {
		if o == want {
			return true
		}
	}
	return false
}

// usesRef reports whether ref occurs anywhere in s.
func usesRef(s *jsonschema.Schema, ref string) bool {
	b, err := json.Marshal(s)
	return err == nil && bytes.Contains(b, []byte(`"$ref":"`+ref+`"`))
}

// stable marshals v with every object's keys sorted and a 2-space indent.
func stable(v any) ([]byte, error) {
	raw, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var generic any
	if err := dec.Decode(&generic); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(generic); err != nil { // maps encode with sorted keys
		return nil, err
	}
	return buf.Bytes(), nil
}
