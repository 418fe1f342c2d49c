package assessment

import (
	"math"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

func TestQuestionScore(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		q      string
		v      answers.Value
		want   float64
		counts bool
	}{
		{"q1", answers.Single("o2"), 0.5, true},
		{"q1", answers.Single("o3"), 1, true},
		{"q2", answers.Single(catalogue.DontKnow), 0, false},
		{"q3", answers.Multiple("a"), 0.5, true},
		{"q3", answers.Multiple("a", "b"), 1, true},
		{"q3", answers.Multiple("a", "b", "c"), 1, true}, // 1.75 capped
		{"q3", answers.Multiple(), 0, true},              // none of these: an answer worth 0
		{"q3", answers.Single(catalogue.NotApplicable), 0, false},
		{"q3", answers.Multiple("zz"), 0, false}, // unknown option: does not count
		{"q4", answers.Single("no"), 0, true},
		{"q1", answers.Single("zz"), 0, false},
	}
	for _, tt := range tests {
		got, counts := QuestionScore(cat.Question(tt.q), tt.v)
		if got != tt.want || counts != tt.counts {
			t.Errorf("QuestionScore(%s, %v) = %v, %v; want %v, %v", tt.q, tt.v.Options, got, counts, tt.want, tt.counts)
		}
	}
}

func TestScores(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	type dim struct {
		score              *float64
		answered, excluded int
	}
	tests := []struct {
		name    string
		answers []string
		dims    map[string]dim
		company *float64
		offer   *float64
		overall *float64
	}{
		{
			name: "nothing answered: no scores, everything excluded",
			dims: map[string]dim{"d1": {nil, 0, 2}, "d2": {nil, 0, 1}, "d3": {nil, 0, 2}},
		},
		{
			name:    "weights: d1 (2) = 0.5, d2 (1) = 1, d3 (1) = 0",
			answers: []string{"q1=o3", "q2=n", "q3=a,b", "q4=no"},
			dims:    map[string]dim{"d1": {f64(0.5), 2, 0}, "d2": {f64(1), 1, 0}, "d3": {f64(0), 1, 1}},
			company: f64((2*0.5 + 1*1) / 3.0),
			offer:   f64(0),
			overall: f64((2*0.5 + 1*1 + 1*0) / 4.0),
		},
		{
			name:    "dont-know and not-applicable are excluded, not zero",
			answers: []string{"q1=o2", "q2=dont-know", "q3=not-applicable", "q4=dont-know"},
			dims:    map[string]dim{"d1": {f64(0.5), 1, 1}, "d2": {nil, 0, 1}, "d3": {nil, 0, 2}},
			company: f64(0.5),
			overall: f64(0.5),
		},
		{
			name:    "not asked is excluded even when answered",
			answers: []string{"q1=o0", "q2=y", "q5=z"},
			dims:    map[string]dim{"d1": {f64(0), 1, 1}, "d2": {nil, 0, 1}, "d3": {f64(1), 1, 1}},
			company: f64(0),
			offer:   f64(1),
			overall: f64(1.0 / 3),
		},
		{
			name:    "multi sums are capped at 1",
			answers: []string{"q3=a,b,c"},
			dims:    map[string]dim{"d1": {nil, 0, 2}, "d2": {f64(1), 1, 0}, "d3": {nil, 0, 2}},
			company: f64(1),
			overall: f64(1),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fx := NewFacts(cat, file(cat, tt.answers...))
			sc := fx.scores()
			for id, want := range tt.dims {
				got := sc.dims[id]
				if !sameScore(got.Score, want.score) || got.Answered != want.answered || got.Excluded != want.excluded {
					t.Errorf("%s: score %s answered %d excluded %d; want %s %d %d", id,
						show(got.Score), got.Answered, got.Excluded, show(want.score), want.answered, want.excluded)
				}
			}
			if !sameScore(sc.axes["company"], tt.company) || !sameScore(sc.axes["offer"], tt.offer) {
				t.Errorf("axes company %s offer %s; want %s %s", show(sc.axes["company"]), show(sc.axes["offer"]), show(tt.company), show(tt.offer))
			}
			if !sameScore(sc.overall, tt.overall) {
				t.Errorf("overall %s, want %s", show(sc.overall), show(tt.overall))
			}
		})
	}
}

func sameScore(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) < 1e-9
}

func show(p *float64) string {
	if p == nil {
		return "nil"
	}
	return i18n.English.Percent(*p)
}
