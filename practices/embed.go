// Package practices embeds the eis catalogue (dimensions, questions, regions and
// regional good practices) so the binary works with no files beside it, and
// the JSON Schemas of eis's files, committed in schema/.
package practices

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml questions regions
var files embed.FS

// compiled is the catalogue in the compact form the binary loads instead of
// the YAML (see catalogue.Compile). TestCompiledUpToDate fails when it is
// not what the YAML loads to.
//
//go:generate go run ../internal/tools/catcompile
//go:embed catalogue.compiled
var compiled string

//go:embed schema/*.schema.json
var schemas embed.FS

// FS returns the embedded catalogue as a read-only file system rooted at the
// catalogue folder. It also has the catalogue's compiled form (a method
// Compiled() string), which catalogue.OpenWith loads in place of the YAML
// when it can.
func FS() fs.FS { return catalogueFS{files} }

// catalogueFS is the embedded catalogue's files and its compiled form.
type catalogueFS struct{ embed.FS }

// Compiled returns the compiled form of the catalogue (see catalogue.Compile).
func (catalogueFS) Compiled() string { return compiled }

// Schemas returns the committed JSON Schemas (schema/*.schema.json) as a
// read-only file system rooted at the schema folder.
func Schemas() fs.FS {
	sub, err := fs.Sub(schemas, "schema")
	if err != nil {
		// fs.Sub fails only for an invalid path; "schema" is valid.
		panic(err)
	}
	return sub
}
