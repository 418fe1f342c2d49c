package practices_test

import (
	"strings"
	"testing"
)

// TestProductRulesOwnStandardsBody: the product-rules action sends each
// firm to its own country's standards body, with its address, and links the
// Commission's English steps for manufacturers. It linked Danish Standards'
// guide for every firm and asked "your national standards body" — a
// Croatian, Irish or Hampshire firm read Dansk Standard (fix26, session 26).
func TestProductRulesOwnStandardsBody(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	bodies := map[string]string{
		"DK": "Dansk Standard (ds.dk)", "IE": "NSAI (nsai.ie)", "GB": "BSI (bsigroup.com)",
		"IT": "UNI (uni.com)", "PL": "PKN (Polski Komitet Normalizacyjny, pkn.pl)",
		"PT": "IPQ (Instituto Português da Qualidade, ipq.pt)", "HR": "HZN (Hrvatski zavod za norme, hzn.hr)",
		"NL": "your national standards body",
	}
	// The Croatian maker of log racks aiming at Austria, Germany and
	// Slovenia, moved: a firm whose money is not the euro (nor pegged to it)
	// is asked about its currency, and one outside the EU about customs papers.
	const currency = "  finance.currency: margin\n"
	const customs = "  logistics.customs-docs: forwarder\n"
	for _, tc := range []struct{ region, home, extra string }{
		{"dk-central", "DK", ""}, {"ie-donegal", "IE", ""}, {"uk-hampshire", "GB", currency + customs},
		{"it-emilia-romagna", "IT", ""}, {"pl-pomorskie", "PL", currency}, {"pt-alentejo", "PT", ""},
		{"hr-koprivnica-krizevci", "HR", ""}, {"other-eu\n  home-country: NL", "NL", ""},
	} {
		p := planWith(t, c, "hr-metal-own-product", whatIf{replace: map[string]string{
			"  region: hr-koprivnica-krizevci\n": "  region: " + tc.region + "\n",
			"  logistics.delivery: costed\n":     "  logistics.delivery: costed\n" + tc.extra,
		}})
		found := false
		for _, a := range p.Actions {
			if a.Practice != "global-product-compliance" {
				continue
			}
			found = true
			if strings.Contains(a.URL, "ds.dk") || !strings.Contains(a.URL, "manufacturers_en") {
				t.Errorf("%s: link %s, want the Commission's English page for manufacturers", tc.home, a.URL)
			}
			steps := strings.Join(a.Steps, "\n")
			for home, body := range bodies {
				if got := strings.Contains(steps, body); got != (home == tc.home) {
					t.Errorf("%s: steps name %q: %v, want %v\n%s", tc.home, body, got, home == tc.home, steps)
				}
			}
		}
		if !found {
			t.Errorf("%s: no product-rules action", tc.home)
		}
	}
}
