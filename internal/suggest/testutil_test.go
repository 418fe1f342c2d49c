package suggest

// The one -update flag of every test binary (see internal/testutil), so
// that go test ./... -update runs here too.
import _ "github.com/eis-project/eis/internal/testutil"
