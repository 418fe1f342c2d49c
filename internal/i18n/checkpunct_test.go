package i18n

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// TestEligibilityCheckPunctuation: a "check you qualify" line quotes the
// catalogue's criterion, a sentence with its own full stop, and then says
// what the firm answered in brackets — "… 180 days. (you answered '…')."
// had a full stop on each side of the brackets (seen by a helper in
// session 15). The bracket is a sentence of its own now, its full stop
// inside it, in every language.
func TestEligibilityCheckPunctuation(t *testing.T) {
	t.Parallel()
	criterion := diag.NewText(map[string]string{"en": "For SMEs with a turnover of up to €2 million."})
	for _, lang := range Languages {
		l := Get(lang)
		for _, m := range []diag.Message{
			diag.M("assessment.elig.check.band", "€2 million to €10 million", criterion),
			diag.M("assessment.elig.check.unknown", "turnover", criterion),
		} {
			s := l.Format(m)
			if !strings.HasSuffix(s, ".)") || strings.HasSuffix(s, ").") {
				t.Errorf("%s %s: %q does not end its bracket with the full stop inside", lang, m.ID, s)
			}
			if strings.Count(s, ".") < 2 {
				t.Errorf("%s %s: %q lost the criterion's full stop", lang, m.ID, s)
			}
		}
	}
}
