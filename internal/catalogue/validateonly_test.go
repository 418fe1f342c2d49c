package catalogue

import (
	"os"
	"path"
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// TestValidateOnly: ValidateOnly picks out exactly the diagnostics that are
// errors for eis validate (Options.Validate) and warnings for a command
// that uses the catalogue — the ones such a command shows — in every
// negative fixture, and each of its messages is seen in one.
func TestValidateOnly(t *testing.T) {
	t.Parallel()
	dirs, err := os.ReadDir("testdata/invalid")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, d := range dirs {
		fsys := fixtureFS(t, path.Join("testdata/invalid", d.Name()))
		_, strict, _, _ := OpenWith(fsys, Options{Now: testNow, Validate: true})
		_, lenient, _, _ := OpenWith(fsys, Options{Now: testNow})
		if len(strict) != len(lenient) {
			t.Errorf("%s: %d diagnostics for eis validate, %d for a command", d.Name(), len(strict), len(lenient))
			continue
		}
		for i, l := range lenient {
			s := strict[i]
			downgraded := s.Severity == diag.SevError && l.Severity == diag.SevWarning
			if ValidateOnly(l) != downgraded {
				t.Errorf("%s: ValidateOnly(%s) = %v; eis validate gives %s", d.Name(), l, !downgraded, s.Severity)
			}
			if ValidateOnly(s) {
				t.Errorf("%s: ValidateOnly(%s) for eis validate's error", d.Name(), s)
			}
			if downgraded {
				seen[l.Message.ID] = true
			}
		}
	}
	for id := range validateOnly {
		if !seen[id] {
			t.Errorf("no fixture has a %s to check", id)
		}
	}
}
