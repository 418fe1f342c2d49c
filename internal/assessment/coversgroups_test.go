package assessment

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestCoversGroupsForEveryTarget: a route that makes the partner choice
// itself (the Canadian liquor board's licensed agent, the US importer)
// does the partner search's work only when it serves every target market:
// a Donegal distillery aiming at Canada alone was shown "Choose and check
// an agent or distributor" beside the liquor-board step that appoints the
// agent (advisor review 15c); aiming at Germany too, it still needs a
// partner there.
func TestCoversGroupsForEveryTarget(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		practice string
		targets  []string
		group    string
		want     bool
	}{
		{"global-ca-alcohol-liquor-board-agent", []string{"CA"}, "partner-search", true},
		{"global-ca-alcohol-liquor-board-agent", []string{"CA", "DE"}, "partner-search", false},
		{"global-ca-alcohol-liquor-board-agent", []string{"CA"}, "market-rules", false},
		{"global-us-alcohol-importer-first", []string{"US"}, "partner-search", true},
		{"global-us-alcohol-importer-first", []string{"US", "DE"}, "partner-search", false},
		{"global-choose-route-distributor-or-online", []string{"US"}, "partner-search", false},
	} {
		f := answersAt(cat, "one-market", 0)
		f.Set("sells-what", answers.Multiple("food-drink"), testNow)
		f.Set("regulated-goods", answers.Multiple("alcohol"), testNow)
		f.Set("target-markets", answers.Multiple(tt.targets...), testNow)
		fx := NewFacts(cat, f)
		p := cat.Practice(tt.practice)
		if p == nil {
			t.Fatalf("no practice %s", tt.practice)
		}
		pl := &planner{cat: cat, fx: fx, fm: fx.Firm()}
		w := &candidate{p: p, vd: eligibility(cat, fx, p)}
		if got := pl.coversFor(w, tt.group); got != tt.want {
			t.Errorf("%s for %v covers %s: %v, want %v", tt.practice, tt.targets, tt.group, got, tt.want)
		}
	}
}

// TestLiquorBoardHoldsBackPaymentRisk: a distillery whose one target is
// Canada sells to the provincial liquor board on the board's purchase
// order, so no payment rule of its own stands beside the liquor-board
// route (ie-gin-canada was told "now" to ask new buyers for prepayment or a
// letter of credit); aiming at Germany too, its German buyers' payment
// still needs securing, and the payment action stays.
func TestLiquorBoardHoldsBackPaymentRisk(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		targets string
		want    bool
	}{
		{"  target-markets: [CA]\n", false},
		{"  target-markets: [CA, DE]\n", true},
	} {
		f := editedProfile(t, cat, "ie-gin-canada", [2]string{"  target-markets: [CA]\n", c.targets})
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		shown := false
		for _, a := range p.Actions {
			if a.Group == "payment-risk" && a.Shown {
				shown = true
			}
		}
		if shown != c.want {
			t.Errorf("%s: a payment-risk action shown: %v, want %v", strings.TrimSpace(c.targets), shown, c.want)
		}
	}
}
