package render

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestUnfinishedBannerAllAreasAnswered: a plan whose every area is answered
// but which lacks profile questions (an answers file from before the
// situation questions) has no "unfinished: 10 of 10 areas answered" banner
// in any format — the notice names the missing questions; a plan with an
// area open still has the banner.
func TestUnfinishedBannerAllAreasAnswered(t *testing.T) {
	t.Parallel()
	loc := i18n.Get("en")
	p := richPlan("en")
	p.Complete = false
	p.AnsweredDimensions, p.PartlyAnsweredDimensions, p.TotalDimensions = 5, 0, 5
	if b := unfinishedBanner(p, loc); b != "" {
		t.Errorf("every area answered: banner %q, want none", b)
	}
	for _, format := range []string{FormatText, FormatMarkdown, FormatHTML} {
		var out strings.Builder
		if err := Plan(&out, p, format, Options{Width: 80, Locale: loc}); err != nil {
			t.Fatalf("%s: %v", format, err)
		}
		if strings.Contains(out.String(), "unfinished") {
			t.Errorf("%s: every area answered, yet the plan says it is unfinished:\n%s", format, out.String())
		}
	}
	p.AnsweredDimensions = 4
	if b := unfinishedBanner(p, loc); !strings.Contains(b, "4 of 5 areas answered") {
		t.Errorf("an area open: banner %q, want '4 of 5 areas answered'", b)
	}
}
