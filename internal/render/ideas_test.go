package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestPlanIdeas: ideas from other regions are things to ask one's own
// region about, not tasks: in text and Markdown they show no steps, no
// effort and no checkbox, and they show the practice's transfer potential
// (else its evidence of success).
func TestPlanIdeas(t *testing.T) {
	t.Parallel()
	for _, lang := range []string{"en", "da"} {
		for _, format := range []string{FormatText, FormatMarkdown} {
			t.Run(lang+"."+format, func(t *testing.T) {
				t.Parallel()
				p := richPlan(lang)
				var buf bytes.Buffer
				if err := Plan(&buf, p, format, Options{Locale: i18n.Get(p.Language), Width: 100}); err != nil {
					t.Fatal(err)
				}
				out := buf.String()
				head := i18n.Get(lang).T("render.plan.ideas")
				i := strings.Index(out, head)
				j := strings.Index(out, i18n.Get(lang).T("render.plan.clarify"))
				if i < 0 || j < i {
					t.Fatalf("no ideas section before the questions to clarify:\n%s", out)
				}
				ideas := out[i:j]
				for _, a := range p.Ideas {
					for _, s := range a.Steps {
						if strings.Contains(ideas, s) {
							t.Errorf("idea %s shows its step %q", a.Practice, s)
						}
					}
				}
				for _, no := range []string{"[ ]", i18n.Get(lang).T("render.label.effort") + ":", i18n.Get(lang).T("render.label.steps")} {
					if strings.Contains(ideas, no) {
						t.Errorf("ideas show %q:\n%s", no, ideas)
					}
				}
				flat := strings.Join(strings.Fields(strings.ReplaceAll(ideas, "*", "")), " ")
				for _, want := range []string{
					i18n.Get(lang).T("render.show.transfer") + ": " + p.Ideas[1].TransferPotential, // transfer potential wins
					i18n.Get(lang).T("render.show.evidence") + ": " + p.Ideas[0].Evidence,          // else the evidence
					p.Ideas[1].Organisation, p.Ideas[1].URL, p.Ideas[1].Reasons[0].Text,
				} {
					if !strings.Contains(flat, strings.Join(strings.Fields(want), " ")) {
						t.Errorf("ideas lack %q:\n%s", want, ideas)
					}
				}
				if strings.Contains(flat, p.Ideas[1].Evidence) {
					t.Errorf("idea %s shows its evidence although it has a transfer potential", p.Ideas[1].Practice)
				}
			})
		}
	}
}
