package i18n

import "embed"

// The one -update flag of every test binary (see internal/testutil), so
// that go test ./... -update runs here too.
import _ "github.com/eis-project/eis/internal/testutil"

// localeFiles are the message files as they are in locales/, the source
// of the tables the binary reads (compiledFiles; TestCompiledMessages).
//
//go:embed locales/*.toml
var localeFiles embed.FS
