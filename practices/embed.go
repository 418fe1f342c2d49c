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

//go:embed schema/*.schema.json
var schemas embed.FS

// FS returns the embedded catalogue as a read-only file system rooted at the
// catalogue folder.
func FS() fs.FS { return files }

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
