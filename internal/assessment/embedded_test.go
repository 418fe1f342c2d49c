package assessment

import (
	"slices"
	"strings"
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
	return answersAt(cat, "none", 0)
}

// answersAt answers every question that applies with its option number k
// (or its last, when it has fewer), with a Central Denmark, small,
// manufacturing profile exporting as given.
func answersAt(cat *catalogue.Catalogue, exports string, k int) *answers.File {
	now := time.Date(2026, 11, 18, 0, 0, 0, 0, time.UTC)
	f := answers.New(cat, "en", now)
	profile := map[string]string{"region": "dk-central", "sector": "manufacturing", "size": "small", "exports": exports}
	for q := NextUnanswered(cat, f); q != nil; q = NextUnanswered(cat, f) {
		o := q.Options[min(k, len(q.Options)-1)].ID
		switch {
		case profile[q.ID] != "":
			f.Set(q.ID, answers.Single(profile[q.ID]), now)
		case q.Kind == catalogue.KindMulti:
			f.Set(q.ID, answers.Multiple(o), now)
		default:
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
	if p.Overall == nil || p.Stage.ID == "" || len(p.Stage.Why) == 0 {
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

// TestShownActionsAreTheBestRanked: a small Central Denmark firm with first
// exports and middling answers gets more actions than the text formats
// show; the shown ones must be the first door and the best-ranked, not the
// first of the horizon order (low-effort methods in "now" used to hide EIFO,
// rank 2.00, behind "12 more").
func TestShownActionsAreTheBestRanked(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := answersAt(cat, "occasional", 1)
	p, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Actions) <= MaxShownActions {
		t.Fatalf("%d actions: the test needs more than %d", len(p.Actions), MaxShownActions)
	}
	if p.TopActions != MaxShownActions {
		t.Errorf("TopActions = %d, want %d", p.TopActions, MaxShownActions)
	}
	shown, rest := p.Actions[:p.TopActions], p.Actions[p.TopActions:]
	in := map[string]bool{}
	for _, a := range shown {
		in[a.Practice] = true
	}
	for _, id := range []string{"dk-trade-council", "dk-eifo-export-finance"} {
		if !in[id] {
			t.Errorf("%s is not shown; shown: %s", id, ids(shown))
		}
	}
	// Every hidden action whose prerequisites are shown ranks no higher
	// than any shown action other than the first door and prerequisites.
	pre := map[string]bool{}
	for _, a := range shown {
		for _, id := range a.After {
			pre[id] = true
		}
	}
	for _, h := range rest {
		free := true
		for _, id := range h.After {
			free = free && in[id]
		}
		if !free {
			continue
		}
		for _, s := range shown {
			if pre[s.Practice] || isDoor(s) {
				continue
			}
			if h.Rank > s.Rank {
				t.Errorf("hidden %s (rank %.4f) outranks shown %s (rank %.4f)", h.Practice, h.Rank, s.Practice, s.Rank)
			}
		}
	}
	// Shown and rest are each in schedule order: horizon, scope, rank.
	for _, part := range [][]Action{shown, rest} {
		for i := 1; i < len(part); i++ {
			if actionBefore(part[i], part[i-1]) {
				t.Errorf("%s comes after %s", part[i].Practice, part[i-1].Practice)
			}
		}
	}
}

// isDoor reports whether a is the plan's first door.
func isDoor(a Action) bool {
	for _, r := range a.Reasons {
		if r.Kind == ReasonProfile && strings.HasPrefix(say("en", r.Message), "Start here") {
			return true
		}
	}
	return false
}

// actionBefore is schedule's order on Actions: horizon, scope, rank, ID.
func actionBefore(a, b Action) bool {
	hi := func(h string) int { return slices.Index(Horizons, h) }
	if hi(a.Horizon) != hi(b.Horizon) {
		return hi(a.Horizon) < hi(b.Horizon)
	}
	if scopeOrder[a.Scope] != scopeOrder[b.Scope] {
		return scopeOrder[a.Scope] < scopeOrder[b.Scope]
	}
	if a.Rank != b.Rank {
		return a.Rank > b.Rank
	}
	return a.Practice < b.Practice
}

// TestShowAll: with ShowAll every action is shown, in schedule order, and
// the set is the same as without it.
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
	if all.TopActions != len(all.Actions) || len(all.Actions) != len(top.Actions) || top.TopActions >= len(top.Actions) {
		t.Fatalf("TopActions %d of %d with ShowAll, %d of %d without", all.TopActions, len(all.Actions), top.TopActions, len(top.Actions))
	}
	for i := 1; i < len(all.Actions); i++ {
		if actionBefore(all.Actions[i], all.Actions[i-1]) {
			t.Errorf("%s comes after %s", all.Actions[i].Practice, all.Actions[i-1].Practice)
		}
	}
	a, b := strings.Fields(ids(all.Actions)), strings.Fields(ids(top.Actions))
	slices.Sort(a)
	slices.Sort(b)
	if !slices.Equal(a, b) {
		t.Errorf("ShowAll changes the actions:\n%v\n%v", a, b)
	}
}
