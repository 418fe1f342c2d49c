package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestMoneyStepFitsTheNeed: the state-backed finance action of a firm
// short of money leads with the step of its money problem (adv18a, session
// 18). A buyer waiting for an offer on an order the firm could not pay for
// until it is paid: the loan or facility for producing that order leads —
// SIMEST's loans do not pay for an order, so a bank loan with the state's
// SME guarantee fund behind it; the GEF, or UKEF's Export Working Capital
// Scheme for that one contract — and the fairs step is left out, as EIFO's
// was for the Aarhus sensor start-up in session 17. No buyer waiting, or
// the bank would fund the order: the money is for the export work, and the
// fairs step leads with the order step left out. Before, the Modena and
// Hampshire firms were told to price "the fairs, travel and samples of your
// first market" with a German buyer's offer to write.
func TestMoneyStepFitsTheNeed(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		simest = "it-simest-fondo-394"
		gef    = "uk-ukef-general-export-facility"
	)
	buyer := map[string]string{"waiting-buyer: nothing": "waiting-buyer: enquiry"}
	cases := []struct {
		name, profile string
		repl          map[string]string
		practice      string
		lead          int
		leftOut       int
		decisive      string
	}{
		{"Modena biscuits, money for the fairs", "it-biscuits-money-de", nil, simest, 4, 5, "money-for-export-work"},
		{"the same firm, a German buyer waiting, small orders only", "it-biscuits-money-de", buyer, simest, 5, 4, "money-for-waiting-order"},
		{"the same firm, a German buyer waiting, no money for any order", "it-biscuits-money-de",
			map[string]string{"waiting-buyer: nothing": "waiting-buyer: samples", "finance.working-capital: small-orders": "finance.working-capital: cannot"}, simest, 5, 4, "money-for-waiting-order"},
		{"Hampshire machining, money for the fairs", "uk-machining-money-de", nil, gef, 4, 5, "money-for-export-work"},
		{"the same firm, a German buyer waiting, its bank would lend", "uk-machining-money-de", buyer, gef, 4, 5, "money-for-export-work"},
		{"Hampshire machining, a German buyer waiting, small orders only", "uk-machining-money-de",
			map[string]string{"waiting-buyer: nothing": "waiting-buyer: enquiry", "finance.working-capital: would-ask-bank": "finance.working-capital: small-orders"}, gef, 5, 4, "money-for-waiting-order"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, tc.profile, whatIf{replace: tc.repl})
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == tc.practice })
			if i < 0 {
				t.Fatalf("%s is not an action", tc.practice)
			}
			a := p.Actions[i]
			if !a.Shown {
				t.Errorf("%s is not shown", tc.practice)
			}
			if a.LeadStep != tc.lead {
				t.Errorf("%s leads with its step %d, want %d", tc.practice, a.LeadStep, tc.lead)
			}
			if !slices.Contains(a.LeftOutSteps, tc.leftOut) || slices.Contains(a.LeftOutSteps, tc.lead) {
				t.Errorf("%s leaves out its steps %v, want %d and not %d", tc.practice, a.LeftOutSteps, tc.leftOut, tc.lead)
			}
			got := "no rule"
			if a.Decisive != nil {
				got = a.Decisive.ID
			}
			if got != tc.decisive {
				t.Errorf("%s is decisive by %s, want %s", tc.practice, got, tc.decisive)
			}
		})
	}
}

// TestPublicBuyerPaymentStep: the offer to a waiting buyer speaks of a
// public buyer's payment terms only to a firm that sells to public bodies
// (adv18a, session 18): the Mirandola device maker's offer to a Swiss
// hospital purchasing group has the step; the Pomorskie furniture maker's,
// to German retailers, and the Croatian honey maker's, to a Serbian
// importer, say nothing of public buyers — since session 17 the payment
// step told every firm. The same for the offer of a job on site: the
// Aarhus engineering consultancy, which tenders for public authorities,
// reads how a public client pays; the Pomorskie facade subcontractor does
// not. Where the public buyer's payment action is shown (pay: its buyer is
// in the EU or, since session 19, in Norway), that action says it, and the
// offer leaves its step out.
func TestPublicBuyerPaymentStep(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		offer  = "global-answer-waiting-buyer"
		onsite = "global-answer-onsite-services-buyer"
	)
	cases := []struct {
		profile, offer string
		repl           map[string]string
		public, pay    bool
	}{
		{"it-meddevices-ch-gb", offer, nil, true, false},
		{"pl-furniture-de", offer, nil, false, false},
		{"hr-honey-serbia", offer, nil, false, false},
		// The on-site job's offer too: the engineering consultancy that
		// tenders for public authorities was told to ask its Norwegian
		// client for an advance, with nothing on how a public client pays
		// — now the public buyer's payment action says it (session 19).
		{"dk-engineering-public-no", onsite, nil, true, true},
		{"dk-engineering-public-no", onsite, map[string]string{"    - public\n": ""}, false, false},
		{"pl-facade-subcontractor-de", onsite, nil, false, false},
	}
	for _, tc := range cases {
		name := tc.profile
		if tc.repl != nil {
			name += ", not to public bodies"
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, tc.profile, whatIf{replace: tc.repl})
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == tc.offer })
			if i < 0 {
				t.Fatalf("%s is not an action", tc.offer)
			}
			n := 0
			for _, s := range p.Actions[i].Steps {
				if strings.Contains(s, "public body") || strings.Contains(s, "public buyer") {
					n++
				}
			}
			pay := slices.ContainsFunc(p.Actions, func(a assessment.Action) bool {
				return a.Practice == "global-public-buyer-payment-terms" && a.Shown
			})
			if pay != tc.pay {
				t.Errorf("the public buyer's payment action shown: %v, want %v", pay, tc.pay)
			}
			switch {
			case tc.pay && n != 0:
				t.Errorf("the offer speaks of public buyers in %d steps beside the public buyer's payment action, want 0: %q", n, p.Actions[i].Steps)
			case tc.public && !tc.pay && n != 1:
				t.Errorf("the offer speaks of public buyers in %d steps, want 1: %q", n, p.Actions[i].Steps)
			case !tc.public && n != 0:
				t.Errorf("the offer of a firm that does not sell to public bodies speaks of public buyers: %q", p.Actions[i].Steps)
			}
		})
	}
}
