package practices_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

// The stats table in README.md stands between these two lines.
const (
	statsBegin = "<!-- stats: eis practices list --format stats -->\n"
	statsEnd   = "<!-- /stats -->"
)

// TestReadmeStats keeps the table of practices by region, status and
// confidence in README.md in step with the catalogue: it is what
// `eis practices list --format stats` prints. go test -update rewrites it.
func TestReadmeStats(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	var buf bytes.Buffer
	if err := render.PracticeList(&buf, c, c.Practices, render.FormatStats, i18n.Get("en"), render.Options{}); err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, statsBegin)
	j := strings.Index(s, statsEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the stats markers %q … %q", strings.TrimSpace(statsBegin), statsEnd)
	}
	want := s[:i+len(statsBegin)] + buf.String() + s[j:]
	if want == s {
		return
	}
	if testutil.Update() {
		if err := os.WriteFile("README.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's stats table is out of step with the catalogue; run\n\tgo test ./practices -run TestReadmeStats -update\nwant:\n%s", buf.String())
}
