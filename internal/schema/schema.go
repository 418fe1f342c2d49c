// Package schema publishes the JSON Schemas (draft 2020-12) of eis's files
// and outputs: one catalogue file, the answers file, and the JSON form of
// every command that prints data (plan, validate, practices list and show,
// questions, version, config list) — each an object with a schema_version. The
// schemas are the files committed in practices/schema/, embedded in the
// binary; this package only names and serves them.
//
// They are generated from the very Go types the code reads and writes, by
// reflection, in this package's tests (generate_test.go): the drift test
// fails when a committed file differs from what the types say, and
// `go generate ./internal/schema` (or `go test ./internal/schema -update`)
// rewrites them. The generator is test code, so the binary does not link
// the reflection library.
package schema

//go:generate go test -run ^TestGenerated$ . -update

import (
	"fmt"
	"io/fs"
	"strings"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/practices"
)

// BaseID is the prefix of every schema's $id: an identifier, never fetched.
const BaseID = "https://github.com/eis-project/eis/schema/"

// Dir is where the schemas are committed, relative to the repository root;
// catalogue files point at it in their modeline.
const Dir = "practices/schema"

// spec is one published schema: its name and the format version of the
// file it describes (part of its $id).
type spec struct {
	name    string
	version int
}

// specs are the published schemas, the default first. A command that
// prints JSON adds its form here and to the generator (generate_test.go).
var specs = []spec{
	{name: "catalogue", version: catalogue.FormatVersion},
	{name: "plan", version: assessment.SchemaVersion},
	{name: "answers", version: answers.FormatVersion},
	{name: "region", version: region.SchemaVersion},
	{name: "aggregate", version: aggregate.SchemaVersion},
	{name: "compare", version: assessment.CompareSchemaVersion},
	{name: "validate", version: render.ValidationSchemaVersion},
	{name: "practices", version: render.PracticesSchemaVersion},
	{name: "practice", version: render.PracticeSchemaVersion},
	{name: "questions", version: render.GuideSchemaVersion},
	{name: "version", version: render.VersionSchemaVersion},
	{name: "config", version: render.SettingsSchemaVersion},
}

// Names lists the schemas eis publishes, the default first.
func Names() []string {
	out := make([]string, len(specs))
	for i, s := range specs {
		out[i] = s.name
	}
	return out
}

// FileName is the committed file of schema name, e.g. "catalogue.schema.json".
func FileName(name string) string { return name + ".schema.json" }

// ID is the $id of schema name, e.g. ".../schema/catalogue-v1.json".
func ID(name string) (string, error) {
	s, err := lookup(name)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s%s-v%d.json", BaseID, s.name, s.version), nil
}

// UnknownError is returned for a schema name eis does not publish.
type UnknownError struct{ Name string }

func (e *UnknownError) Error() string {
	return fmt.Sprintf("unknown schema %q; choose one of: %s", e.Name, strings.Join(Names(), ", "))
}

func lookup(name string) (spec, error) {
	for _, s := range specs {
		if s.name == name {
			return s, nil
		}
	}
	return spec{}, &UnknownError{Name: name}
}

// Bytes returns schema name exactly as committed in practices/schema.
func Bytes(name string) ([]byte, error) {
	if _, err := lookup(name); err != nil {
		return nil, err
	}
	b, err := fs.ReadFile(practices.Schemas(), FileName(name))
	if err != nil {
		// Only a build without the committed file gets here.
		return nil, fmt.Errorf("schema %s is not built into this binary: %w", name, err)
	}
	return b, nil
}
