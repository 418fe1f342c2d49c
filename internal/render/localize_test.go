package render

import (
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// builtPlan is assessment.Build's plan for the assessment package's plans
// catalogue and an answers file that gives every section something to say
// (a door, a decisive gap, checks, alternatives, markets, not-for-you, a
// "don't know"), with one warning passed in.
func builtPlan(t *testing.T) (assessment.Plan, *catalogue.Catalogue) {
	t.Helper()
	cat, diags, err := catalogue.Load(os.DirFS("../assessment/testdata/plans"))
	if err != nil || cat == nil {
		t.Fatalf("test catalogue: %v %v", err, diags)
	}
	f, ds, err := answers.Load("../assessment/testdata/plans-answers.yaml", cat)
	if err != nil || f == nil {
		t.Fatalf("answers: %v %v", err, ds)
	}
	now := time.Date(2026, 11, 18, 11, 6, 40, 0, time.UTC)
	p, err := assessment.Build(cat, f, assessment.BuildOptions{Now: now, Warnings: []diag.Message{diag.M("passed in")}})
	if err != nil {
		t.Fatal(err)
	}
	return p, cat
}

// TestLocalizeGolden: Build's data said in each language, as the JSON
// plan carries it (texts beside the IDs).
func TestLocalizeGolden(t *testing.T) {
	t.Parallel()
	p, cat := builtPlan(t)
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			got, err := json.MarshalIndent(Localize(p, cat, i18n.Get(lang)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			testutil.Golden(t, "testdata/built-plan."+lang+".json", append(got, '\n'))
		})
	}
}

// TestLocalizeLeavesThePlan: Localize returns a new plan; the one Build
// made keeps its data and can be said again in another language.
func TestLocalizeLeavesThePlan(t *testing.T) {
	t.Parallel()
	p, cat := builtPlan(t)
	da := Localize(p, cat, i18n.Get("da"))
	en := Localize(p, cat, i18n.English)
	if p.Stage.Title != "" || p.Language != "" || (len(p.Actions) > 0 && p.Actions[0].Reasons[0].Text != "") || len(p.Actions) == 0 {
		t.Error("Localize wrote into Build's plan")
	}
	if da.Stage.Title == en.Stage.Title || da.Language != "da" || en.Language != "en" {
		t.Errorf("da %q (%s), en %q (%s)", da.Stage.Title, da.Language, en.Stage.Title, en.Language)
	}
}

// TestLocalizeTraceAllocations: an action's trace messages are said into
// one array, not each into an allocation of its own — three more
// messages in a trace cost what saying them costs, no more.
// Not parallel: testing.AllocsPerRun.
func TestLocalizeTraceAllocations(t *testing.T) {
	p, cat := builtPlan(t)
	var m *assessment.Msg
	for _, tr := range p.Actions[0].Trace {
		if tr.Msg != nil {
			m = tr.Msg
			break
		}
	}
	if m == nil {
		t.Fatal("the built plan's first action has no message in its trace")
	}
	with := func(n int) assessment.Plan {
		q := p
		q.Actions = append([]assessment.Action{}, p.Actions[:1]...)
		q.Actions[0].Trace = nil
		for range n {
			q.Actions[0].Trace = append(q.Actions[0].Trace, assessment.TraceItem{Kind: assessment.TraceAnswer, Msg: m})
		}
		return q
	}
	one, four := with(1), with(4)
	say := testing.AllocsPerRun(20, func() { localMsg(*m, i18n.English) })
	diff := testing.AllocsPerRun(20, func() { Localize(four, cat, i18n.English) }) - testing.AllocsPerRun(20, func() { Localize(one, cat, i18n.English) })
	if diff > 3*say {
		t.Errorf("three more trace messages made %v more allocations, want at most %v (saying each: %v)", diff, 3*say, say)
	}
}
