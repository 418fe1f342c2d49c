package render

import (
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// TestGeneratedLine: the header names an own catalogue used with the
// embedded one, or alone.
func TestGeneratedLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		ref  assessment.CatRef
		lang string
		want string
	}{
		{assessment.CatRef{ID: "eis", Version: "2026.11"}, "en", "Made 2026-11-18 from catalogue eis 2026.11"},
		{assessment.CatRef{ID: "eis", Version: "2026.11", Own: "mine", OwnMode: "extend"}, "en", "Made 2026-11-18 from catalogue eis 2026.11 + mine"},
		{assessment.CatRef{ID: "eis", Version: "2026.11", Own: "mine"}, "en", "Made 2026-11-18 from catalogue eis 2026.11 + mine"},
		{assessment.CatRef{ID: "ours", Version: "1.0", Own: "mine", OwnMode: "replace"}, "en", "Made 2026-11-18 from catalogue ours 1.0 (own catalogue: mine)"},
		{assessment.CatRef{ID: "ours", Version: "1.0", Own: "mine", OwnMode: "replace"}, "da", "Udarbejdet 2026-11-18 ud fra kataloget ours 1.0 (eget katalog: mine)"},
		{assessment.CatRef{ID: "eis", Version: "2026.11", Own: "my\ncat", OwnMode: "extend"}, "en", "Made 2026-11-18 from catalogue eis 2026.11 + my cat"},
	}
	for _, tt := range tests {
		p := assessment.Plan{Language: tt.lang, Generated: generated, Catalogue: tt.ref}
		if got := generatedLine(p, i18n.Get(tt.lang)); got != tt.want {
			t.Errorf("generatedLine(%+v, %s) = %q, want %q", tt.ref, tt.lang, got, tt.want)
		}
	}
}
