package practices_test

import (
	"strings"
	"testing"
)

// TestCBAMStepOnlyFromOutsideTheEU: the EU carbon border mechanism's
// data step is for a firm that sells iron, steel, aluminium, cement,
// fertiliser or hydrogen goods to EU buyers from outside the EU — its
// buyers import them and ask it for their embedded emissions (adv23a,
// session 23: uk-steel-fabricator-ie-nl's plan said nothing of it). The
// same goods sold inside the EU are no import; goods from the EEA or
// Switzerland, in or linked to the EU's emissions trading, are exempt;
// and a firm that said it sells none of these goods is never told.
func TestCBAMStepOnlyFromOutsideTheEU(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const region = "  region: uk-hampshire\n"
	for _, tt := range []struct {
		name    string
		replace map[string]string
		want    bool
	}{
		{"from Hampshire", nil, true},
		{"from the US", map[string]string{region: "  region: non-eu\n  home-country: US\n"}, true},
		{"none of these goods", map[string]string{"  regulated-goods:\n    - cbam\n": "  regulated-goods:\n    - none\n"}, false},
		{"from Germany, inside the EU", map[string]string{
			region: "  region: other-eu\n  home-country: DE\n",
			// euro markets inside the customs union: not asked
			"  finance.currency: margin\n":          "",
			"  logistics.customs-docs: forwarder\n": "",
		}, false},
		{"from Norway, in the EEA", map[string]string{region: "  region: non-eu\n  home-country: NO\n"}, false},
		{"from Switzerland", map[string]string{region: "  region: non-eu\n  home-country: CH\n"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "uk-steel-fabricator-ie-nl", whatIf{showAll: true, replace: tt.replace})
			if got := inPlan(p, "global-eu-cbam-emissions-data"); got != tt.want {
				t.Errorf("the CBAM data step offered = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestRegulatedGoodsHelpNamesCBAM: a steel or aluminium firm whose EU
// buyers ask it for "CBAM data" finds the word where eis asks which goods
// it sells — the question's help names the mechanism and its goods in
// every language, as it names the other rules it lists (adv23a's note,
// cbam24, session 24).
func TestRegulatedGoodsHelpNamesCBAM(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	q := c.Question("regulated-goods")
	if q == nil {
		t.Fatal("no regulated-goods question")
	}
	for _, lang := range c.Meta.Languages {
		if h := q.Help.In(lang); !strings.Contains(h, "CBAM") {
			t.Errorf("%s: the help does not name CBAM: %q", lang, h)
		}
	}
}

// TestUKCBAMNoteForEUSellersToGreatBritain: from 1 January 2027 a British
// importer of iron, steel, aluminium, cement, fertiliser or hydrogen goods
// pays the UK's own carbon border charge, with default values unless it
// has the actual emissions — so a maker in the EU that sells such goods
// into Great Britain reads, in its Great Britain section, that its buyer
// may ask for the data (cbam24, session 24). A firm that sells none of
// these goods is not told.
func TestUKCBAMNoteForEUSellersToGreatBritain(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tt := range []struct {
		name    string
		replace map[string]string
		want    bool
	}{
		{"steel goods from Donegal", map[string]string{"    - construction-products\n": "    - construction-products\n    - cbam\n"}, true},
		{"no such goods", nil, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "ie-timber-windows-gb", whatIf{replace: tt.replace})
			got := false
			for _, m := range p.Markets {
				for _, n := range m.Notes {
					if n.ID == "gb-uk-cbam" {
						if m.Country != "GB" {
							t.Errorf("the UK CBAM note is in the %s section", m.Country)
						}
						got = true
					}
				}
			}
			if got != tt.want {
				t.Errorf("the UK CBAM note shown = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestCBAMDataStepSaysVerification: from 2026, the definitive period, an
// EU importer may use a producer's actual embedded emissions only once an
// accredited verifier has verified them — else default values, with a
// mark-up — and verifiers are few at first (the Luxembourg Environment
// Administration). The step that sends the communication template says so
// in every language, so a producer outside the EU agrees the verification
// with its buyer instead of sending data the buyer cannot use (reg27,
// session 27: the step said only "fill in the template and send it").
func TestCBAMDataStepSaysVerification(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := c.Practice("global-eu-cbam-emissions-data")
	if p == nil {
		t.Fatal("no global-eu-cbam-emissions-data")
	}
	want := map[string]string{"en": "accredited verifier", "da": "akkrediteret verifikator", "it": "verificatore accreditato",
		"pl": "akredytowanego weryfikatora", "pt": "verificador acreditado", "hr": "akreditirani verifikator"}
	step := p.Steps[3]
	for lang, w := range want {
		if got := step.In(lang); !strings.Contains(got, w) || !strings.Contains(got, "2026") {
			t.Errorf("%s: step 4 %q says nothing of the verifier from 2026 (%q)", lang, got, w)
		}
	}
}
