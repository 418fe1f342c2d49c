package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestPlanIdeas: ideas from other regions are things to ask one's own
// region about, not tasks: in text and Markdown they show no steps, no
// effort and no checkbox; they show the firm-facing idea, where it comes
// from and, unless the practice is verified, the caution to check it.
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
				for _, no := range []string{"[ ]", i18n.Get(lang).T("render.label.effort") + ":", i18n.Get(lang).T("render.label.steps")} {
					if strings.Contains(ideas, no) {
						t.Errorf("ideas show %q:\n%s", no, ideas)
					}
				}
				flat := strings.Join(strings.Fields(strings.ReplaceAll(ideas, "*", "")), " ")
				for _, want := range []string{
					p.Ideas[1].Idea,
					i18n.Get(lang).T("render.label.inspired") + ": " + p.Ideas[1].Title,
					i18n.Get(lang).T("render.label.confidence") + ": " + i18n.Get(lang).T("render.confidence.partial"), // ideas[1] is partial
					p.Ideas[1].Organisation, p.Ideas[1].URL, p.Ideas[1].Reasons[0].Text,
				} {
					if !strings.Contains(flat, strings.Join(strings.Fields(want), " ")) {
						t.Errorf("ideas lack %q:\n%s", want, ideas)
					}
				}
				if n := strings.Count(flat, i18n.Get(lang).T("render.label.confidence")+":"); n != 1 {
					t.Errorf("%d confidence notes among the ideas, want 1 (only %s is not verified)", n, p.Ideas[1].Practice)
				}
			})
		}
	}
}
