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
// does not export yet and targets Germany and the United States.
func completeAnswers(cat *catalogue.Catalogue) *answers.File {
	return answersAt(cat, "none", 0)
}

// answersAt answers every question that applies with its option number k
// (or its last, when it has fewer), with a Central Denmark, small,
// manufacturing profile exporting as given, selling goods to businesses
// under its own brand, with Sweden as its market and Germany and the
// United States as targets.
func answersAt(cat *catalogue.Catalogue, exports string, k int) *answers.File {
	now := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	f := answers.New(cat, "en", now)
	profile := map[string][]string{"region": {"dk-central"}, "sector": {"manufacturing"}, "size": {"small"}, "exports": {exports},
		"turnover": {"2m-10m"}, "years-trading": {"over-5"}, "sells-what": {"goods"}, "sells-to": {"b2b"}, "sells-how": {"own-brand"},
		"export-share": {"5-20"}, "current-markets": {"SE"}, "target-markets": {"DE", "US"}, "buyer-market": {"DE"}}
	for q := NextUnanswered(cat, f); q != nil; q = NextUnanswered(cat, f) {
		if v, ok := profile[q.ID]; ok {
			if q.Kind == catalogue.KindMulti || q.Kind == catalogue.KindCountries {
				f.Set(q.ID, answers.Multiple(v...), now)
			} else {
				f.Set(q.ID, answers.Single(v[0]), now)
			}
			continue
		}
		o := q.Options[min(k, len(q.Options)-1)].ID
		if q.Kind == catalogue.KindMulti {
			f.Set(q.ID, answers.Multiple(o), now)
		} else {
			f.Set(q.ID, answers.Single(o), now)
		}
	}
	f.Complete = true
	return f
}

func TestEmbeddedCatalogueBuildsAPlan(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := completeAnswers(cat)
	if ds := Check(cat, f); ds.HasErrors() {
		t.Fatalf("complete answers do not check: %v", ds)
	}
	p, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	if !p.Complete || len(p.ToClarify) != 0 {
		t.Errorf("complete file: Complete=%v ToClarify=%v", p.Complete, p.ToClarify)
	}
	if len(p.Actions) == 0 {
		t.Fatalf("no actions for a weak, non-exporting firm in Central Denmark")
	}
	if p.Overall == nil || p.Stage.ID == "" || len(p.Stage.Reasons) == 0 {
		t.Errorf("overall %v, stage %+v", p.Overall, p.Stage)
	}
	for _, a := range p.Actions {
		if a.Practice == "" || a.Horizon == "" || len(a.Reasons) == 0 {
			t.Errorf("action %s lacks title, horizon or reasons: %+v", a.Practice, a)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	cat := embedded(b)
	f := completeAnswers(cat)
	opts := BuildOptions{Now: f.Updated}
	for b.Loop() {
		if _, err := Build(cat, f, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// TestShowAll: ShowAll changes what the text formats show, not the plan's
// actions.
func TestShowAll(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := answersAt(cat, "occasional", 1)
	top, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	all, err := Build(cat, f, BuildOptions{Now: f.Updated, ShowAll: true})
	if err != nil {
		t.Fatal(err)
	}
	if !all.ShowAll || top.ShowAll || len(all.Actions) != len(top.Actions) || all.TopActions != top.TopActions {
		t.Fatalf("ShowAll %v/%v, actions %d/%d, shown %d/%d", all.ShowAll, top.ShowAll, len(all.Actions), len(top.Actions), all.TopActions, top.TopActions)
	}
	if top.TopActions >= len(top.Actions) {
		t.Errorf("the weak firm's plan has no action beyond the caps (%d of %d)", top.TopActions, len(top.Actions))
	}
}
