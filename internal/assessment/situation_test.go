package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestSituationQuestionsOptional: a complete answers file saved before the
// profile asked about the firm's own situation (a buyer waiting, the main
// constraint) is no error — the plan names the two in its notice and
// resuming reopens the file to ask them — while a complete file without
// another answer that applies still is one.
func TestSituationQuestionsOptional(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	missing := func(f interface{ HasErrors() bool }) bool { return f.HasErrors() }

	f := answersAt(cat, "few-markets", 3)
	if SituationMissing(cat, f) {
		t.Fatal("a file with every answer lacks a situation answer")
	}
	for _, id := range ProfileSituation {
		delete(f.Answers, id)
	}
	if ds := Check(cat, f); missing(ds) {
		t.Errorf("a complete file without the situation answers errs: %v", ds)
	}
	if !SituationMissing(cat, f) {
		t.Error("a complete file without the situation answers is not reopened on resume")
	}
	p, err := Build(cat, f, BuildOptions{Now: f.Updated})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(p.Notices, func(m Msg) bool { return strings.HasPrefix(m.ID, "assessment.notice.missingProfile") }) {
		t.Errorf("the plan does not say which profile answers it lacks: %+v", p.Notices)
	}

	g := answersAt(cat, "few-markets", 3)
	delete(g.Answers, ProfileTurnover)
	if ds := Check(cat, g); !missing(ds) {
		t.Error("a complete file without its turnover is no error")
	}
	if SituationMissing(cat, g) {
		t.Error("a file lacking only its turnover counts as lacking a situation answer")
	}

	// Asked of a firm that sells abroad or has named a market; not of
	// one that does neither.
	asked := func(f *answers.File) bool {
		return asks(cat, f, ProfileWaitingBuyer)
	}
	h := answersAt(cat, "none", 0)
	if !asked(h) {
		t.Error("not asked of a firm that does not export yet but targets Germany")
	}
	h.Set(ProfileTargetMarkets, answers.Multiple(Undecided), h.Updated)
	if asked(h) {
		t.Error("asked of a firm that neither exports nor has named a market")
	}
}
