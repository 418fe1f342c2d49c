package assessment

import (
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// embedded loads the catalogue built into the binary.
func embedded(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		tb.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	return cat
}

// completeAnswers answers every question that applies with its first option
// (lowest score), with a Central Denmark, small, manufacturing profile that
// does not export yet.
func completeAnswers(cat *catalogue.Catalogue) *answers.File {
	now := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	f := answers.New(cat, "en", now)
	profile := map[string]string{"region": "dk-central", "sector": "manufacturing", "size": "small", "exports": "none"}
	for q := NextUnanswered(cat, f); q != nil; q = NextUnanswered(cat, f) {
		switch {
		case profile[q.ID] != "":
			f.Set(q.ID, answers.Single(profile[q.ID]), now)
		case q.Kind == catalogue.KindMulti:
			f.Set(q.ID, answers.Multiple(q.Options[0].ID), now)
		default:
			f.Set(q.ID, answers.Single(q.Options[0].ID), now)
		}
	}
	f.Complete = true
	return f
}

func TestEmbeddedCatalogueBuildsAPlan(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := completeAnswers(cat)
	if ds := Check(cat, f, "en"); ds.HasErrors() {
		t.Fatalf("complete answers do not check: %v", ds)
	}
	p, err := Build(cat, f, BuildOptions{Lang: "en", Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Complete || len(p.ToClarify) != 0 {
		t.Errorf("complete file: Complete=%v ToClarify=%v", p.Complete, p.ToClarify)
	}
	if len(p.Actions) == 0 {
		t.Fatalf("no actions for a weak, non-exporting firm in Central Denmark")
	}
	if p.Overall == nil || p.Stage.ID == "" || p.Stage.Reason == "" {
		t.Errorf("overall %v, stage %+v", p.Overall, p.Stage)
	}
	for _, a := range p.Actions {
		if a.Title == "" || a.Horizon == "" || len(a.Reasons) == 0 {
			t.Errorf("action %s lacks title, horizon or reasons: %+v", a.Practice, a)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	cat := embedded(b)
	f := completeAnswers(cat)
	opts := BuildOptions{Lang: "da", Now: f.Updated}
	for b.Loop() {
		if _, err := Build(cat, f, opts); err != nil {
			b.Fatal(err)
		}
	}
}
