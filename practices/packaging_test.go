package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestPackagingProducerWhereTheFirmShipsToConsumers: since 12 August 2026
// the EU Packaging Regulation (PPWR) makes a firm that sends packaged goods
// from abroad directly to consumers in an EU country the producer of that
// packaging there. A web shop selling food to French and Italian consumers
// is told to register as that producer, with France's and Italy's steps and
// not Austria's; one selling to Spanish consumers reads it in its Spanish
// section when the action is not there to say it. A firm that sells to
// businesses through importers and distributors is not the producer — they
// are — and reads nothing of it, nor does a firm whose German market has
// its own practice (LUCID), nor a consumer-products firm whose product-safety
// action leads (pack26, session 26: the PPWR was nowhere in the catalogue).
func TestPackagingProducerWhereTheFirmShipsToConsumers(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		id      = "global-eu-packaging-producer"
		targets = "  target-markets:\n    - FR\n    - IT\n"
		route   = "  sells-how:\n    - own-brand\n    - online\n"
		to      = "  sells-to:\n    - b2c\n"
	)
	throughImporters := map[string]string{
		route: "  sells-how:\n    - own-brand\n    - distributor-agent\n",
		to:    "  sells-to:\n    - b2b\n",
		"  sales-channels.contacts: one-or-two\n":   "  sales-channels.contacts: one-or-two\n  sales-channels.partners: need-one\n",
		"  finance.working-capital: small-orders\n": "  finance.payment-terms: checks\n  finance.export-finance: aware\n  finance.working-capital: small-orders\n",
	}
	for _, tt := range []struct {
		name     string
		replace  map[string]string
		shown    bool
		steps    []int // listed, in the catalogue's numbering
		leftOut  []int
		notes    map[string][]string // market → notes it shows
		notesNot map[string][]string // market → notes it does not show
	}{
		{"web shop to France and Italy", nil, true, []int{1, 2, 3, 4, 6}, []int{5},
			nil,
			map[string][]string{"FR": {"fr-consumer-packaging-epr", "eu-consumer-packaging"}, "IT": {"it-consumer-packaging", "eu-consumer-packaging"}}},
		// It already sends parcels to French consumers: France's step
		// stays beside Austria's (reg27, session 27).
		{"web shop to Austria", map[string]string{targets: "  target-markets:\n    - AT\n"}, true, []int{1, 2, 3, 5, 6}, []int{4},
			nil, nil},
		{"through importers, to businesses", throughImporters, false, nil, nil,
			nil,
			map[string][]string{"FR": {"fr-consumer-packaging-epr", "eu-consumer-packaging"}, "IT": {"it-consumer-packaging", "eu-consumer-packaging"}}},
		// Germany beside another EU market: one action, with Germany's
		// LUCID step, and the notes step back (pkg28, session 28).
		{"web shop to Germany and Spain", map[string]string{targets: "  target-markets:\n    - DE\n    - ES\n"}, true, []int{1, 2, 3, 6, 7}, []int{4, 5},
			nil, map[string][]string{"DE": {"de-consumer-packaging"}, "ES": {"eu-consumer-packaging"}}},
		{"consumer products to France and Italy", map[string]string{"    - none\n": "    - consumer-products\n"}, false, nil, nil,
			map[string][]string{"FR": {"fr-consumer-packaging-epr"}, "IT": {"it-consumer-packaging"}}, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "pt-preserves-webshop-fr-it", whatIf{replace: tt.replace})
			if got := shownIn(p, id); got != tt.shown {
				t.Fatalf("%s shown = %v, want %v", id, got, tt.shown)
			}
			if !tt.shown && tt.replace != nil && tt.replace[to] != "" && inPlan(p, id) {
				t.Errorf("%s offered to a firm that sells to businesses through importers", id)
			}
			for m, want := range tt.notes {
				got := noteIDsOf(p, m)
				for _, n := range want {
					if !slices.Contains(got, n) {
						t.Errorf("%s: notes %v lack %s", m, got, n)
					}
				}
			}
			for m, not := range tt.notesNot {
				got := noteIDsOf(p, m)
				for _, n := range not {
					if slices.Contains(got, n) {
						t.Errorf("%s: notes %v hold %s", m, got, n)
					}
				}
			}
			if !tt.shown {
				return
			}
			var a *assessment.Action
			for i := range p.Actions {
				if p.Actions[i].Practice == id {
					a = &p.Actions[i]
				}
			}
			steps := c.Practice(id).Steps
			for _, n := range tt.steps {
				if !slices.Contains(a.Steps, steps[n-1].In("en")) || slices.Contains(a.LeftOutSteps, n) {
					t.Errorf("step %d not listed (left out: %v)", n, a.LeftOutSteps)
				}
			}
			for _, n := range tt.leftOut {
				if !slices.Contains(a.LeftOutSteps, n) {
					t.Errorf("step %d listed, want it left out (left out: %v)", n, a.LeftOutSteps)
				}
			}
		})
	}
}

// noteIDsOf are the IDs of the notes plan p shows in market m's section.
func noteIDsOf(p assessment.Plan, m string) []string {
	var ids []string
	for _, v := range p.Markets {
		if v.Country != m {
			continue
		}
		for _, n := range v.Notes {
			ids = append(ids, n.ID)
		}
	}
	return ids
}

// TestPackagingWhereTheFirmAlreadySells: a web shop that already sends
// packaged goods to consumers in an EU country is their packaging's
// producer there today — in France since 2022 (the unique identification
// number marketplaces check), everywhere under the PPWR since 12 August
// 2026. Registering there is its first action, in "now" before the choice
// of its next market, led by that country's step; a web shop that sends
// nothing abroad yet reads the same action later, behind the market choice
// (reg27, session 27: pt-preserves-webshop-fr-it read its Citeo step only
// after three months). Whatever market it aims at next: a web shop aiming
// only at the US read nothing of France (pkg27, session 27).
func TestPackagingWhereTheFirmAlreadySells(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const id = "global-eu-packaging-producer"
	for _, tt := range []struct {
		name      string
		replace   map[string]string
		decisive  bool
		horizon   string
		firstStep int // the catalogue's numbering
	}{
		{"parcels to France already", nil, true, "now", 3},
		{"parcels to Austria already", map[string]string{"current-markets:\n    - FR\n": "current-markets:\n    - AT\n", "  target-markets:\n    - FR\n    - IT\n": "  target-markets:\n    - AT\n    - IT\n"}, true, "now", 5},
		// Its plan is about the US alone: it is the producer in France all
		// the same, and its market-rules action is the registration there,
		// not the US portal (pkg27, session 27).
		{"parcels to France already, aiming only at the US", map[string]string{"  target-markets:\n    - FR\n    - IT\n": "  target-markets:\n    - US\n", "  export-share: under-5\n": "  export-share: under-5\n  finance.currency: own-currency\n  logistics.customs-docs: with-help\n"}, true, "now", 3},
		// Not decisive: it waits behind the market choice.
		// Germany where it ships today, the plan aimed only at the US:
		// Germany's LUCID step leads (pkg28, session 28: a web shop
		// shipping to German consumers read nothing of it).
		{"parcels to Germany already, aiming only at the US", map[string]string{"current-markets:\n    - FR\n": "current-markets:\n    - DE\n", "  target-markets:\n    - FR\n    - IT\n": "  target-markets:\n    - US\n", "  export-share: under-5\n": "  export-share: under-5\n  finance.currency: own-currency\n  logistics.customs-docs: with-help\n"}, true, "now", 7},
		// Sweden where it ships today, Germany next: the registration
		// where it sells leads, Germany's step beside it in the one
		// action, not LUCID alone (pkg28, session 28).
		{"parcels to Sweden already, aiming at Germany", map[string]string{"current-markets:\n    - FR\n": "current-markets:\n    - SE\n", "  target-markets:\n    - FR\n    - IT\n": "  target-markets:\n    - DE\n", "  export-share: under-5\n": "  export-share: under-5\n  finance.currency: own-currency\n"}, true, "now", 1},
		{"no customers abroad yet", map[string]string{"  current-markets:\n    - FR\n": "", "  exports: occasional\n": "  exports: none\n", "  export-share: under-5\n": ""}, false, "next-3-months", 1},
		{"product rules met", map[string]string{"legal-compliance.product-rules: think-so": "legal-compliance.product-rules: compliant"}, false, "", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "pt-preserves-webshop-fr-it", whatIf{replace: tt.replace})
			var a *assessment.Action
			for i := range p.Actions {
				if p.Actions[i].Practice == id && p.Actions[i].Shown {
					a = &p.Actions[i]
				}
			}
			if tt.horizon == "" {
				if a != nil {
					t.Fatalf("%s shown (%s) to a firm that meets its product rules", id, a.Horizon)
				}
				return
			}
			if a == nil {
				t.Fatalf("%s not shown", id)
			}
			if got := a.Decisive != nil && a.Decisive.ID == "eu-packaging-producer-selling"; got != tt.decisive {
				t.Errorf("decisive by eu-packaging-producer-selling = %v, want %v", got, tt.decisive)
			}
			if a.Horizon != tt.horizon {
				t.Errorf("horizon %s, want %s", a.Horizon, tt.horizon)
			}
			for _, alt := range a.Alternatives {
				// Its alternatives are about the markets where it
				// registers, not the US portal or customs codes.
				if tt.decisive && (alt.Practice == "eu-access2markets" || alt.Practice == "global-customs-hs-codes") {
					t.Errorf("alternative %s to registering where the firm already sells", alt.Practice)
				}
			}
			if tt.decisive && (len(p.Actions) == 0 || p.Actions[0].Practice != id) {
				t.Errorf("first action %s, want %s", p.Actions[0].Practice, id)
			}
			if want := c.Practice(id).Steps[tt.firstStep-1].In("en"); len(a.Steps) == 0 || a.Steps[0] != want {
				t.Errorf("first step %.60q, want step %d %.60q", a.Steps[0], tt.firstStep, want)
			}
			// Germany where it ships or aims: its LUCID step is in the
			// action, and no second action says it.
			if len(c.Practice(id).Steps) < 7 {
				t.Fatalf("%s has no step for Germany", id)
			}
			if de := c.Practice(id).Steps[6].In("en"); strings.Contains(tt.name, "Germany") && !slices.Contains(a.Steps, de) {
				t.Errorf("Germany's step not listed (left out: %v)", a.LeftOutSteps)
			}
			if shownIn(p, "global-de-packaging-register") {
				t.Errorf("global-de-packaging-register shown beside %s", id)
			}
		})
	}
}

// TestTrimanNotOnGlassDrinksBottles: France's Environment Code (Article
// L. 541-9-3) asks the Triman and its sorting information of every product
// under extended producer responsibility except household glass drinks
// packaging. A wine, beer or spirits maker selling to French consumers was
// told to print the Triman on its packaging, bottles included; the French
// note and the France step say the exemption in every language (reg27,
// session 27: uk-gin-eu's French section).
func TestTrimanNotOnGlassDrinksBottles(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	want := map[string]string{"en": "glass drinks bottles", "da": "glasflasker til drikkevarer", "it": "bottiglie di vetro per bevande",
		"pl": "szklanych butel", "pt": "garrafas de vidro para bebidas", "hr": "staklenim bocama za pića"}
	var texts []interface{ In(string) string }
	for _, n := range c.MarketNotes {
		if n.ID == "fr-consumer-packaging-epr" {
			texts = append(texts, n.Text)
		}
	}
	if p := c.Practice("global-eu-packaging-producer"); p != nil && len(p.Steps) >= 3 {
		texts = append(texts, p.Steps[2])
	}
	if len(texts) != 2 {
		t.Fatalf("found %d of the 2 texts (the note fr-consumer-packaging-epr, the France step)", len(texts))
	}
	for i, tx := range texts {
		for lang, w := range want {
			if got := tx.In(lang); !strings.Contains(got, "Triman") || !strings.Contains(got, w) {
				t.Errorf("text %d, %s: the Triman without the glass drinks bottles' exemption (%q): %q", i, lang, w, got)
			}
		}
	}
}
