package catalogue

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// TestLimitTwiceIsLimitOnce: diagnostics limited as they come (add, for
// a hostile file) end as limiting them all at once does: the same 50 a
// file, the same count, severity and place of the "…and N more" line.
func TestLimitTwiceIsLimitOnce(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1, 2))
	var all, grown diag.Diagnostics
	for i := 0; i < 3*compactAt+17; i++ {
		sev := diag.SevWarning
		if r.IntN(50) == 0 {
			sev = diag.SevError
		}
		d := diag.At(fmt.Sprintf("f%d.yaml", r.IntN(3)), r.IntN(5000)+1, r.IntN(20)+1, sev, "kind", diag.M("validate.read", fmt.Sprint(i)))
		all = append(all, d)
		add(&grown, d)
	}
	all.Sort()
	grown.Sort()
	want, got := Limit(all, MaxDiagnosticsPerFile), Limit(grown, MaxDiagnosticsPerFile)
	if len(got) != len(want) {
		t.Fatalf("%d diagnostics, want %d", len(got), len(want))
	}
	for i := range want {
		if g, w := i18n.English.Diagnostic(got[i]), i18n.English.Diagnostic(want[i]); g != w {
			t.Errorf("%d: %s\nwant %s", i, g, w)
		}
	}
}
