package practices_test

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/practices"
)

// TestOnSiteVATNoteByHome: a firm whose people work on site in Germany or
// the Netherlands reads the VAT rule for a firm from where it is based —
// from the EU, the general reverse charge with the One-Stop Shop; from
// outside the EU, the reverse charge on the work without it. A firm from
// Norway, Iceland or Liechtenstein is in the single market, so Germany is
// not third-country to it, but for VAT it is outside the EU: it read
// neither German note (session 22). A British firm's Dutch section had no
// VAT line (session 22).
func TestOnSiteVATNoteByHome(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	const (
		deEU    = "de-onsite-services-vat"
		deOther = "de-onsite-services-vat-third-country"
		nlOther = "nl-onsite-services-vat-third-country"
		euVAT   = "intra-eu-vat"
		remote  = "eu-services-from-outside-eu"
	)
	tests := []struct {
		name   string
		region string
		home   string // home-country, for the region non-eu
		sells  []string
		target string
		want   string   // the market's VAT note
		not    []string // notes it must not read there
	}{
		{"Polish installer in Germany", "pl-pomorskie", "", []string{"services-in-person"}, "DE", deEU, []string{deOther}},
		{"Hampshire installer in Germany", "uk-hampshire", "", []string{"services-in-person"}, "DE", deOther, []string{deEU}},
		{"Norwegian installer in Germany", "non-eu", "NO", []string{"services-in-person"}, "DE", deOther, []string{deEU}},
		{"Icelandic installer in Germany", "non-eu", "IS", []string{"services-in-person"}, "DE", deOther, []string{deEU}},
		{"Liechtenstein installer in Germany", "non-eu", "LI", []string{"services-in-person"}, "DE", deOther, []string{deEU}},
		{"Swiss installer in Germany", "non-eu", "CH", []string{"services-in-person"}, "DE", deOther, []string{deEU}},
		{"Polish installer in the Netherlands", "pl-pomorskie", "", []string{"services-in-person"}, "NL", euVAT, []string{nlOther}},
		{"Hampshire installer in the Netherlands", "uk-hampshire", "", []string{"services-in-person"}, "NL", nlOther, []string{euVAT}},
		{"Norwegian installer in the Netherlands", "non-eu", "NO", []string{"services-in-person"}, "NL", nlOther, []string{euVAT}},
		// The same for services delivered from home: a Norwegian design
		// office selling to German businesses is not established in the EU,
		// and the non-Union One-Stop Shop is its.
		{"Norwegian design office to Germany", "non-eu", "NO", []string{"services-remote"}, "DE", remote, []string{euVAT, deOther}},
		{"Hampshire design office to Germany", "uk-hampshire", "", []string{"services-remote"}, "DE", remote, []string{euVAT, deOther}},
		{"Polish design office to Germany", "pl-pomorskie", "", []string{"services-remote"}, "DE", euVAT, []string{remote}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			profile := siteWorkProfile(tt.region, "other", tt.sells, tt.target)
			if tt.home != "" {
				profile["home-country"] = []string{tt.home}
			}
			if slices.Contains(tt.sells, "services-remote") {
				profile["work-on-site"] = []string{"remote"}
				profile["client-data"] = []string{"no"}
			}
			notes := noteIDs(checkedPlan(t, c, profile, assessment.BuildOptions{Now: edition}), tt.target)
			if !slices.Contains(notes, tt.want) {
				t.Errorf("%s: notes %v lack %s", tt.target, notes, tt.want)
			}
			for _, id := range tt.not {
				if slices.Contains(notes, id) {
					t.Errorf("%s: notes %v hold %s", tt.target, notes, id)
				}
			}
		})
	}
}
