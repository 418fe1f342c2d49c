package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// TestEUDRBindsAFirmInTheEUWhereverItSells: the EU deforestation
// regulation covers placing wood and the other covered goods on the EU
// market and exporting them from it, so a firm in the EU that sells them
// is bound at home and on its exports, whatever markets it targets — the
// Donegal window maker selling into Great Britain was told nothing of it
// 25 days before it applies (cbam24, session 24, ie-timber-windows-gb).
// Its action is decisive there and carries the export step; a firm in the
// EU with EU markets only reads the step on the EU market without the
// export step; a firm outside the EU hears of it only for EU markets.
func TestEUDRBindsAFirmInTheEUWhereverItSells(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const (
		region  = "  region: ie-donegal\n"
		targets = "  target-markets:\n    - GB\n    - XI\n"
		id      = "global-eudr-due-diligence"
	)
	for _, tt := range []struct {
		name       string
		replace    map[string]string
		offered    bool
		decisive   string // the decisive rule's ID, "" for none
		exportStep bool
	}{
		{"from Donegal, into Great Britain", nil, true, "eudr-sold-from-eu", true},
		{"from Donegal, into Great Britain and Malta", map[string]string{targets: targets + "    - MT\n"}, true, "eudr-applies", true},
		{"from Hampshire, into the US", map[string]string{region: "  region: uk-hampshire\n", targets: "  target-markets:\n    - US\n", "  buyer-market: GB\n": "  buyer-market: US\n"}, false, "", false},
		{"no covered goods", map[string]string{"    - eudr\n": ""}, false, "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "ie-timber-windows-gb", whatIf{showAll: true, replace: tt.replace})
			if got := inPlan(p, id); got != tt.offered {
				t.Fatalf("the EUDR step offered = %v, want %v", got, tt.offered)
			}
			if !tt.offered {
				return
			}
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == id })
			if i < 0 {
				t.Fatalf("the EUDR step is only an alternative, want it the action")
			}
			a := p.Actions[i]
			got := ""
			if a.Decisive != nil {
				got = a.Decisive.ID
			}
			if got != tt.decisive {
				t.Errorf("decisive by %q, want %q", got, tt.decisive)
			}
			if left := slices.Contains(a.LeftOutSteps, 6); left == tt.exportStep {
				t.Errorf("the export step left out = %v, want %v", left, !tt.exportStep)
			}
		})
	}
}

// TestEUDRWordsHoldWhileItsListChanges: the Commission's delegated act of
// 2026 is reported to take hides and leather off the regulation's list
// and to add soap made with palm oil from 30 December 2027, which this
// catalogue could not confirm on EUR-Lex (regs25, session 25). So the
// option a firm ticks names neither leather as covered nor the action's
// list check soap as uncovered — both true today whichever way it goes —
// and the reason for an EU seller gives the rule's own small-firm date
// and its exception (the old Timber Regulation's wood products), not
// "wooden furniture" alone.
func TestEUDRWordsHoldWhileItsListChanges(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	leather := map[string]string{"en": "leather", "da": "læder", "it": "cuoio", "pl": "skór", "pt": "couro", "hr": "kož"}
	soap := map[string]string{"en": "soap", "da": "sæbe", "it": "sapone", "pl": "mydł", "pt": "sabão", "hr": "sapun"}
	q := c.Question("regulated-goods")
	if q == nil {
		t.Fatal("no regulated-goods question")
	}
	i := slices.IndexFunc(q.Options, func(o *catalogue.Option) bool { return o.ID == "eudr" })
	if i < 0 {
		t.Fatal("no eudr option")
	}
	p := c.Practice("global-eudr-due-diligence")
	if p == nil || len(p.Steps) < 2 {
		t.Fatal("no global-eudr-due-diligence with a list-check step")
	}
	g := c.Group("deforestation-due-diligence")
	if g == nil {
		t.Fatal("no deforestation-due-diligence group")
	}
	j := slices.IndexFunc(g.Decisive, func(d *catalogue.Decisive) bool { return d.ID == "eudr-applies" })
	if j < 0 {
		t.Fatal("no eudr-applies rule")
	}
	for _, lang := range c.Meta.Languages {
		if w, ok := leather[lang]; !ok || strings.Contains(strings.ToLower(q.Options[i].Label.In(lang)), w) {
			t.Errorf("%s: the eudr option names leather (or no word to look for): %q", lang, q.Options[i].Label.In(lang))
		}
		if w, ok := soap[lang]; !ok || strings.Contains(strings.ToLower(p.Steps[1].In(lang)), w) {
			t.Errorf("%s: the list check names soap as not covered (or no word to look for): %q", lang, p.Steps[1].In(lang))
		}
		if r := g.Decisive[j].Text.In(lang); !strings.Contains(r, "2027") {
			t.Errorf("%s: eudr-applies does not give the micro and small firms' date: %q", lang, r)
		}
	}
	if r := g.Decisive[j].Text.In("en"); !strings.Contains(r, "Timber Regulation") {
		t.Errorf("en: eudr-applies does not name the old Timber Regulation's exception: %q", r)
	}
}

// TestEUDRReferenceNumbersNotPassedDownTheChain: since Regulation (EU)
// 2025/2650 only the firm that filed the due-diligence statement and the
// first firm after it handle its reference number — the duty to pass the
// numbers down the chain was removed. The action told a furniture maker
// that buys EU wood to keep its suppliers' numbers "for its buyers" and to
// give them to its buyers with each invoice, work the amended regulation
// no longer asks (reg27, session 27). In every language the summary keeps
// the numbers without the buyers, and the step says that firms further
// down the chain need not pass them on.
func TestEUDRReferenceNumbersNotPassedDownTheChain(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := c.Practice("global-eudr-due-diligence")
	if p == nil || len(p.Steps) < 5 {
		t.Fatal("no global-eudr-due-diligence with five steps")
	}
	notSummary := map[string]string{"en": "for its buyers", "da": "til sine købere", "it": "per i compratori", "pl": "dla odbiorców", "pt": "para os compradores", "hr": "za svoje kupce"}
	step := map[string]string{"en": "need not pass the numbers on", "da": "ikke give numrene videre", "it": "non devono trasmettere i numeri",
		"pl": "nie muszą przekazywać numerów", "pt": "não têm de transmitir os números", "hr": "ne moraju prosljeđivati brojeve"}
	for lang, w := range notSummary {
		if got := p.Summary.In(lang); strings.Contains(got, w) {
			t.Errorf("%s: the summary keeps the numbers %q: %q", lang, w, got)
		}
		if got := p.Steps[4].In(lang); !strings.Contains(got, step[lang]) {
			t.Errorf("%s: step 5 does not say that firms further down need not pass the numbers on (%q): %q", lang, step[lang], got)
		}
	}
}
