package practices_test

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// goodsQuestions are about shipping goods: delivery terms, transport and
// customs paperwork.
var goodsQuestions = []string{"logistics.incoterms", "logistics.delivery", "logistics.customs-docs"}

// goodsPractices are the actions about shipping goods.
var goodsPractices = []string{"global-incoterms-terms-of-sale", "global-customs-hs-codes", "eu-access2markets"}

// serviceSectors are the sectors whose firms sell no goods as their main
// business: they are not asked goodsQuestions.
var serviceSectors = []string{"software-ict", "traded-services", "tourism"}

// worstAnswers fills in the questionnaire as it is asked, question by
// question (an answer can switch later questions on or off): the profile
// from profile, any other question from override, else its lowest-scoring
// option (multiple choice: that option alone). It returns the file and the
// IDs of the questions asked.
func worstAnswers(t *testing.T, c *catalogue.Catalogue, profile, override map[string][]string) (*answers.File, []string) {
	t.Helper()
	f := answers.New(c, "en", edition)
	var asked []string
	for q := assessment.NextUnanswered(c, f); q != nil; q = assessment.NextUnanswered(c, f) {
		asked = append(asked, q.ID)
		if len(asked) > 200 {
			t.Fatal("the questionnaire does not end")
		}
		opts, ok := override[q.ID]
		if !ok {
			opts, ok = profile[q.ID]
		}
		if !ok {
			if q.Dimension == "" {
				t.Fatalf("profile question %s has no answer in the test", q.ID)
			}
			var low *catalogue.Option
			for _, o := range q.Options {
				if o.Score != nil && (low == nil || *o.Score < *low.Score) {
					low = o
				}
			}
			if low == nil {
				t.Fatalf("%s has no scored option", q.ID)
			}
			opts = []string{low.ID}
		}
		f.Set(q.ID, answers.Multiple(opts...), edition)
	}
	f.Complete = true
	return f, asked
}

// TestServiceFirmsAreNotAskedAboutGoods: a firm whose main business is
// software, other traded services or tourism is not asked how it ships goods,
// and however weak its answers elsewhere, its plan has no goods-shipping
// action (Incoterms, customs codes, the goods portal); a firm in a goods
// sector with the same weak answers is asked and gets them, and one in
// another sector that sells only services answers "not applicable" and gets
// none either.
func TestServiceFirmsAreNotAskedAboutGoods(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	profile := func(sector string) map[string][]string {
		// Non-EU target markets: the customs question applies by market.
		return map[string][]string{
			"region": {"dk-central"}, "sector": {sector}, "size": {"small"},
			"exports": {"occasional"}, "markets": {"uk", "north-america", "china"},
		}
	}
	notApplicable := map[string][]string{}
	for _, id := range goodsQuestions {
		notApplicable[id] = []string{"not-applicable"}
	}
	tests := []struct {
		name      string
		sector    string
		override  map[string][]string
		wantAsked bool
	}{
		{"software-ict", "software-ict", nil, false},
		{"traded-services", "traded-services", nil, false},
		{"tourism", "tourism", nil, false},
		{"manufacturing", "manufacturing", nil, true},
		{"food", "food", nil, true},
		{"retail-wholesale", "retail-wholesale", nil, true},
		{"creative, shipping goods", "creative", nil, true},
		{"creative, selling only services", "creative", notApplicable, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, asked := worstAnswers(t, c, profile(tt.sector), tt.override)
			for _, id := range goodsQuestions {
				if got := slices.Contains(asked, id); got != tt.wantAsked {
					t.Errorf("%s asked = %v, want %v", id, got, tt.wantAsked)
				}
			}
			if ds := assessment.Check(c, f); len(ds) > 0 {
				t.Fatalf("the answers do not check: %v", ds)
			}
			plan, err := buildIn("en", c, f, assessment.BuildOptions{Now: edition, ShowAll: true})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]bool{}
			for _, a := range append(plan.Actions, plan.Ideas...) {
				got[a.Practice] = true
			}
			// Goods practices come only to a firm that said how it ships.
			wantGoods := tt.wantAsked && tt.override == nil
			for _, id := range goodsPractices {
				if got[id] != wantGoods {
					t.Errorf("plan has %s = %v, want %v", id, got[id], wantGoods)
				}
			}
		})
	}
	for _, s := range serviceSectors {
		if q := c.Question("sector"); q == nil || !slices.ContainsFunc(q.Options, func(o *catalogue.Option) bool { return o.ID == s }) {
			t.Errorf("sector %q is not an option of the profile question sector", s)
		}
	}
}
