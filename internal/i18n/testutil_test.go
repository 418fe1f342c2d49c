package i18n

import (
	"embed"
	"strings"
)

// The one -update flag of every test binary (see internal/testutil), so
// that go test ./... -update runs here too.
import _ "github.com/eis-project/eis/internal/testutil"

// localeFiles are the message files as they are in locales/, the source
// of the tables the binary reads (compiledFiles; TestCompiledMessages).
//
//go:embed locales/*.toml
var localeFiles embed.FS

// tableOf holds list as a strtab (the tables the binary reads are
// written by msgcompile; tests make their own).
func tableOf(list []string) strtab {
	t := strtab{s: strings.Join(list, ""), ends: make([]uint32, len(list))}
	n := 0
	for i, s := range list {
		n += len(s)
		t.ends[i] = uint32(n)
	}
	return t
}

// list returns the strings as a slice.
func (t strtab) list() []string {
	out := make([]string, t.len())
	for i := range out {
		out[i] = t.at(i)
	}
	return out
}
