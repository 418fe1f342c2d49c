// Package practices embeds the eis catalogue (dimensions, questions, regions and
// regional good practices) so the binary works with no files beside it, and
// the JSON Schemas of eis's files, committed in schema/.
package practices

import (
	"embed"
	"io/fs"

	"github.com/eis-project/eis/internal/catalogue"
)

//go:embed *.yaml questions regions
var files embed.FS

// The catalogue as Go values, which the binary loads instead of the YAML
// (see catalogue.Static), is embeddedValues in catalogue_gen.go.
// TestGoValuesUpToDate fails when it is not what the YAML loads to.
//
//go:generate go run ../internal/tools/catcompile

//go:embed schema/*.schema.json
var schemas embed.FS

// FS returns the embedded catalogue as a read-only file system rooted at the
// catalogue folder. It also has the catalogue as Go values (a method
// Static() *catalogue.Static), which catalogue.OpenWith loads in place of
// the YAML when it can.
func FS() fs.FS { return catalogueFS{files} }

// catalogueFS is the embedded catalogue's files and its Go values.
type catalogueFS struct{ embed.FS }

// Static returns the catalogue as Go values (see catalogue.Static).
func (catalogueFS) Static() *catalogue.Static { return &embeddedValues }

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
