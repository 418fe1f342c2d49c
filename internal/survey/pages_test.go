package survey

import (
	"reflect"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

func TestPlanPages(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	pages := Plan(cat)
	type row struct {
		kind          PageKind
		dim           string
		number, total int
		part          int
		questions     []string
	}
	var got []row
	for _, p := range pages {
		r := row{kind: p.Kind, number: p.Number, total: p.Total, part: p.Part}
		if p.Dimension != nil {
			r.dim = p.Dimension.ID
		}
		for _, q := range p.Questions {
			r.questions = append(r.questions, q.ID)
		}
		got = append(got, r)
	}
	want := []row{
		{ProfilePage, "", 0, 0, 0, []string{"region", "markets", "sector", "size", "exports"}},
		// alpha.two depends on alpha.one: the page is split before it.
		{DimensionPage, "alpha", 1, 2, 0, []string{"alpha.one"}},
		{DimensionPage, "alpha", 1, 2, 1, []string{"alpha.two", "alpha.three"}},
		// "empty" has no questions and is not counted.
		{DimensionPage, "beta", 2, 2, 0, []string{"beta.one", "beta.two"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pages:\n got %+v\nwant %+v", got, want)
	}
}

func TestPageHeading(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	pages := Plan(cat)
	tests := []struct {
		page        int
		lang, title string
	}{
		{0, "en", "About your firm"},
		{0, "da", "Om virksomheden"},
		{1, "en", "Alpha · 1 of 2"},
		{2, "en", "Alpha · 1 of 2"},
		{3, "en", "Beta · 2 of 2"},
		{1, "da", "Alfa · 1 af 2"},
	}
	for _, tt := range tests {
		if got, _ := pageHeading(pages[tt.page], i18n.Get(tt.lang)); got != tt.title {
			t.Errorf("page %d in %s: got %q, want %q", tt.page, tt.lang, got, tt.title)
		}
	}
}

func TestSplitDependent(t *testing.T) {
	t.Parallel()
	q := func(id string, when *catalogue.Rule) *catalogue.Question {
		return &catalogue.Question{ID: id, Dimension: "d", When: when}
	}
	ans := func(id string) *catalogue.Rule {
		return &catalogue.Rule{Answer: &catalogue.AnswerIn{Question: id, In: []string{"x"}}}
	}
	tests := []struct {
		name string
		qs   []*catalogue.Question
		want [][]string
	}{
		{"no conditions", []*catalogue.Question{q("a", nil), q("b", nil)}, [][]string{{"a", "b"}}},
		{"on an earlier page", []*catalogue.Question{q("a", nil), q("b", ans("elsewhere"))}, [][]string{{"a", "b"}}},
		{"on the same page", []*catalogue.Question{q("a", nil), q("b", ans("a")), q("c", nil)}, [][]string{{"a"}, {"b", "c"}}},
		{"nested in not/any", []*catalogue.Question{q("a", nil), q("b", &catalogue.Rule{Not: &catalogue.Rule{Any: []*catalogue.Rule{ans("z"), ans("a")}}})}, [][]string{{"a"}, {"b"}}},
		{"nested in all", []*catalogue.Question{q("a", nil), q("b", &catalogue.Rule{All: []*catalogue.Rule{ans("a")}})}, [][]string{{"a"}, {"b"}}},
		{"on the page's own score", []*catalogue.Question{q("a", nil), q("b", &catalogue.Rule{ScoreBelow: &catalogue.ScoreRef{Dimension: "d", Value: 0.5}})}, [][]string{{"a"}, {"b"}}},
		{"on another dimension's score", []*catalogue.Question{q("a", nil), q("b", &catalogue.Rule{ScoreAtLeast: &catalogue.ScoreRef{Dimension: "other", Value: 0.5}})}, [][]string{{"a", "b"}}},
		{"on the stage", []*catalogue.Question{q("a", nil), q("b", &catalogue.Rule{Stage: []string{"exploring"}})}, [][]string{{"a"}, {"b"}}},
		{"first question's condition", []*catalogue.Question{q("a", ans("a")), q("b", nil)}, [][]string{{"a", "b"}}},
		{"twice", []*catalogue.Question{q("a", nil), q("b", ans("a")), q("c", ans("b"))}, [][]string{{"a"}, {"b"}, {"c"}}},
		{"on a question before the split", []*catalogue.Question{q("a", nil), q("b", ans("a")), q("c", ans("a"))}, [][]string{{"a"}, {"b", "c"}}},
		// A markets condition reads the target markets (and the others
		// marketQuestions names): asked on the page that names them, it
		// comes after them (buyer-reach, session 18).
		{"on the markets named on the page", []*catalogue.Question{q("target-markets", nil), q("reach", &catalogue.Rule{Markets: &catalogue.MarketsRef{AtLeast: 2}})}, [][]string{{"target-markets"}, {"reach"}}},
		{"on the markets named before the page", []*catalogue.Question{q("a", nil), q("reach", &catalogue.Rule{Markets: &catalogue.MarketsRef{AtLeast: 2}})}, [][]string{{"a", "reach"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, part := range splitDependent(tt.qs, "d") {
				var ids []string
				for _, q := range part {
					ids = append(ids, q.ID)
				}
				got = append(got, ids)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestEmbeddedPages checks the real catalogue lays out as the profile and
// then every dimension with questions, numbered in order.
func TestEmbeddedPages(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	pages := Plan(cat)
	if len(pages) == 0 || pages[0].Kind != ProfilePage {
		t.Fatal("the first page is not the profile")
	}
	seen := map[string]bool{}
	last := 0
	first := 1
	for first < len(pages) && pages[first].Kind == ProfilePage {
		first++ // the profile split for its conditions
	}
	for _, p := range pages[first:] {
		if p.Kind != DimensionPage {
			t.Fatalf("profile page after a dimension page")
		}
		if p.Number < last || p.Number > p.Total {
			t.Errorf("%s: position %d of %d after %d", p.Dimension.ID, p.Number, p.Total, last)
		}
		last = p.Number
		seen[p.Dimension.ID] = true
		for _, q := range p.Questions {
			if q.Dimension != p.Dimension.ID {
				t.Errorf("%s on the page of %s", q.ID, p.Dimension.ID)
			}
		}
	}
	if len(seen) != pages[len(pages)-1].Total {
		t.Errorf("%d dimensions have pages, the titles say %d", len(seen), pages[len(pages)-1].Total)
	}
}
