package practices_test

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestUKEULessonIPStep: the UK lesson on the EU support a British firm can
// no longer count on says to budget an IP adviser of one's own because the
// EU's international IP SME Helpdesks serve EU firms — in China, South-East
// Asia, Latin America or India. A Hampshire steel fabricator aiming at the
// Netherlands alone is not told it; aiming at China too, it is (brexit24,
// session 24). The lesson itself takes no slot of the short plan: its only
// reason is that a market is in the EU.
func TestUKEULessonIPStep(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const lesson = "uk-eu-instruments-after-brexit"
	const ipStep = 3
	cases := []struct {
		name   string
		w      whatIf
		ipStep bool
	}{
		{"the Netherlands alone", whatIf{}, false},
		{"the Netherlands and China", whatIf{replace: map[string]string{"target-markets:\n    - NL": "target-markets:\n    - NL\n    - CN"}}, true},
		{"the Netherlands and Brazil", whatIf{replace: map[string]string{"target-markets:\n    - NL": "target-markets:\n    - BR\n    - NL"}}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "uk-steel-fabricator-ie-nl", tc.w)
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == lesson })
			if i < 0 {
				t.Fatalf("%s is not in the whole plan", lesson)
			}
			a := p.Actions[i]
			if a.Shown {
				t.Errorf("%s is shown in the short plan (%s); want it in --all only", lesson, a.Horizon)
			}
			if got := !slices.Contains(a.LeftOutSteps, ipStep); got != tc.ipStep {
				t.Errorf("%s lists its IP step: %v, want %v (left out: %v)", lesson, got, tc.ipStep, a.LeftOutSteps)
			}
		})
	}
}
