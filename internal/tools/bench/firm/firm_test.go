package firm_test

import (
	"testing"
	"time"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/practices"
)

// TestAnswersMakeAPlan: the answers are complete, check clean against the
// catalogue and give a plan with actions, as the benchmarks of the plan
// path assume.
func TestAnswersMakeAPlan(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	now := time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC)
	f := firm.Answers(cat, "en", now)
	if m := assessment.Missing(cat, f); len(m) != 0 {
		t.Errorf("%d questions left unanswered, first %s", len(m), m[0].ID)
	}
	if ds := assessment.Check(cat, f); ds.HasErrors() {
		t.Errorf("answers do not check: %v", ds)
	}
	p, err := assessment.Build(cat, f, assessment.BuildOptions{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Actions) == 0 {
		t.Error("the plan has no actions")
	}
}
