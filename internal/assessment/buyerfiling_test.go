package assessment

import (
	"testing"
)

// TestFilingWhereBuyerWaits: the brand's filing is the one that covers the
// market where the buyer waits, and for samples it comes before the firm's
// other steps of the same priority (advisor review 13:
// dk-design-furniture-jp's mark went to --all while a Tokyo shop waited for
// samples; the EU trade mark was the action, the Madrid filing designating
// Japan only its alternative).
func TestFilingWhereBuyerWaits(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		name    string
		replace [][2]string
		want    string // the ip-protection action
		shown   bool
	}{
		{"samples for Tokyo: the Madrid filing for Japan, shown", nil, "global-madrid-designation", true},
		{"samples for a German buyer: the EU trade mark", [][2]string{{"buyer-market: JP", "buyer-market: DE"}}, "global-eu-trademark", true},
		{"an enquiry from Tokyo: the Madrid filing, but no earlier than before", [][2]string{{"waiting-buyer: samples", "waiting-buyer: enquiry"}}, "global-madrid-designation", false},
		{"buyer outside the targets: the EU trade mark for Germany, the market suggested", [][2]string{{"buyer-market: JP", "buyer-market: KR"}}, "global-eu-trademark", true},
	} {
		f := editedProfile(t, cat, "dk-design-furniture-jp", c.replace...)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range p.Actions {
			if a.Group != "ip-protection" {
				continue
			}
			found = true
			if a.Practice != c.want || a.Shown != c.shown {
				t.Errorf("%s: ip-protection action %s (shown %v), want %s (shown %v)", c.name, a.Practice, a.Shown, c.want, c.shown)
			}
		}
		if !found {
			t.Errorf("%s: no ip-protection action", c.name)
		}
	}
}
