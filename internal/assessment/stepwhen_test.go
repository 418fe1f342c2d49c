package assessment

import (
	"slices"
	"testing"
)

// TestStepWhenWebShopVATRoute: the web-shop step names only the VAT route
// of the firm's home and markets (advisor review 16b: every firm read all
// three — a British one "For Great Britain: register for UK VAT", an Irish
// one the IOSS). Step 1 is the OSS (a firm in the EU selling into another
// EU country), step 2 the IOSS (a firm outside the EU selling into it),
// step 3 UK VAT (a firm selling into Great Britain); a firm whose targets
// are elsewhere reads none, and its first step is who pays a parcel's
// import charges (step 4). Step 4 is only for a firm with a target behind
// a customs border; a firm whose targets are all inside its customs union
// reads step 5 instead — no declaration nor duty, its orders priced with
// delivery and a return (adv21d, session 21).
func TestStepWhenWebShopVATRoute(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const id = "global-webshop-consumers-abroad"
	for _, c := range []struct {
		name, profile string
		edit          [2]string
		lead          int
		left          []int
	}{
		{"Irish firm, US and German consumers: the OSS", "ie-knitwear-online", [2]string{"  target-markets: [US, DE]\n", "  target-markets: [US, DE]\n"}, 0, []int{2, 3, 5}},
		{"Irish firm, US consumers only: no EU or UK route", "ie-knitwear-online", [2]string{"  target-markets: [US, DE]\n", "  target-markets: [US]\n"}, 4, []int{1, 2, 3, 5}},
		{"Irish firm, German and British consumers: UK VAT first, then the OSS", "ie-knitwear-online", [2]string{"  target-markets: [US, DE]\n", "  target-markets: [DE, GB]\n"}, 3, []int{2, 5}},
		{"Irish firm, Canadian consumers: no EU or UK route", "ie-knitwear-online", [2]string{"  target-markets: [US, DE]\n", "  target-markets: [CA]\n"}, 4, []int{1, 2, 3, 5}},
		// Northern Ireland keeps to the EU's VAT rules for goods (Windsor
		// Framework): an EU firm's distance sales there go through the OSS
		// too (adv17b, session 17: the OSS step was left out, XI being no
		// intra-EU market).
		// No customs border to Germany: no "who pays the import charges on
		// a parcel", its orders priced with delivery and a return (step 5).
		{"Irish firm, German consumers only: the OSS, no parcel charges", "ie-knitwear-online", [2]string{"  target-markets: [US, DE]\n", "  target-markets: [DE]\n"}, 0, []int{2, 3, 4}},
		{"Irish firm, Northern Irish consumers: the OSS", "ie-knitwear-online", [2]string{"  target-markets: [US, DE]\n", "  target-markets: [XI]\n"}, 0, []int{2, 3, 4}},
		{"British firm, EU consumers: the IOSS", "uk-skincare-eu", [2]string{"  target-markets: [IE, DE, FR]\n", "  target-markets: [IE, DE, FR]\n"}, 2, []int{1, 3, 5}},
		{"British firm, US consumers: no EU or UK route", "uk-skincare-eu", [2]string{"  target-markets: [IE, DE, FR]\n", "  target-markets: [US]\n"}, 4, []int{1, 2, 3, 5}},
	} {
		f := editedProfile(t, cat, c.profile, c.edit)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(p.Actions, func(a Action) bool { return a.Practice == id })
		if i < 0 {
			t.Errorf("%s: the web-shop step is not an action", c.name)
			continue
		}
		a := p.Actions[i]
		if a.LeadStep != c.lead {
			t.Errorf("%s: lead step %d, want %d", c.name, a.LeadStep, c.lead)
		}
		if !slices.Equal(a.LeftOutSteps, c.left) {
			t.Errorf("%s: left out steps %v, want %v", c.name, a.LeftOutSteps, c.left)
		}
		for _, s := range p.FirstSteps {
			if s.Kind == "action" && s.Practice == id && max(s.Step, 1) != max(c.lead, 1) {
				t.Errorf("%s: first steps show step %d, want %d", c.name, s.Step, max(c.lead, 1))
			}
		}
	}
}
