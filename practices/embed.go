// Package practices embeds the eis catalogue (dimensions, questions, regions and
// regional good practices) so the binary works with no files beside it.
package practices

import (
	"embed"
	"io/fs"
)

//go:embed *.yaml questions regions
var files embed.FS

// FS returns the embedded catalogue as a read-only file system rooted at the
// catalogue folder.
func FS() fs.FS { return files }
