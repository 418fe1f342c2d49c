package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// TestLeadFirst: an action lists its lead step first and the others after
// it in their order; a lead of 0, or one outside the steps, keeps the
// catalogue's order.
func TestLeadFirst(t *testing.T) {
	for _, tc := range []struct {
		step, n int
		want    []int
	}{
		{0, 3, []int{0, 1, 2}},
		{1, 3, []int{0, 1, 2}},
		{3, 3, []int{2, 0, 1}},
		{2, 3, []int{1, 0, 2}},
		{4, 3, []int{0, 1, 2}},
		{-1, 2, []int{0, 1}},
		{1, 0, []int{}},
	} {
		if got := leadFirst(tc.step, tc.n); !slices.Equal(got, tc.want) {
			t.Errorf("leadFirst(%d, %d) = %v, want %v", tc.step, tc.n, got, tc.want)
		}
	}
}

// TestLeadStepInEveryFormat: an action whose first_step_when names its
// step 2 shows that step in "Your first steps" and lists it first among
// its own steps, in text, Markdown, HTML and JSON (the mini catalogue's
// dk-screening: "Prepare your export ambition" before "Contact
// Erhvervshus Midtjylland").
func TestLeadStepInEveryFormat(t *testing.T) {
	cat := miniCatalogue(t)
	const lead, other = "Prepare your export ambition", "Contact Erhvervshus Midtjylland"
	for _, step := range []int{0, 2} {
		p := assessment.Plan{
			FirstSteps: []assessment.FirstStep{{Kind: "action", Practice: "dk-screening", Step: step}},
			Actions:    []assessment.Action{{Practice: "dk-screening", Shown: true, LeadStep: step}},
		}
		p = Localize(p, cat, i18n.English)
		first, second := other, lead
		if step == 2 {
			first, second = lead, other
		}
		if !strings.HasPrefix(p.FirstSteps[0].Text, first) {
			t.Errorf("step %d: first step %q, want %q…", step, p.FirstSteps[0].Text, first)
		}
		if len(p.Actions[0].Steps) != 2 || !strings.HasPrefix(p.Actions[0].Steps[0], first) {
			t.Errorf("step %d: action steps %q, want %q first", step, p.Actions[0].Steps, first)
		}
		for _, f := range []string{FormatText, FormatMarkdown, FormatHTML, FormatJSON} {
			var buf bytes.Buffer
			if err := Plan(&buf, p, f, Options{Width: 200}); err != nil {
				t.Fatal(err)
			}
			out := strings.ReplaceAll(buf.String(), "\n", " ")
			// The first steps, then the action: first, first, second.
			i := strings.Index(out, first)
			j := strings.Index(out[i+1:], first)
			k := strings.Index(out[i+1:], second)
			if i < 0 || j < 0 || k < j {
				t.Errorf("step %d, %s: want %q in the first steps and first in the action, before %q:\n%s", step, f, first, second, buf.String())
			}
		}
	}
}
