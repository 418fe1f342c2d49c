package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestDecisiveFilingServesItsMarket: a decisive gap about the firm's new
// markets takes, of the practices that act on it, one that serves such a
// market before one tied only to markets the firm already sells in. The
// EU trade mark's rule once asked for an EU market new to the firm; without
// that, a scale-up selling in Germany that plans to register its brand in
// the United States, new to it, was given the EU trade mark for Germany as
// the action of "you plan to register your brand in a market new to you"
// (adv26, adv27). The test drops the new-market condition from the EU
// trade mark's rule itself, so that it holds whatever the catalogue says.
func TestDecisiveFilingServesItsMarket(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	p := cat.Practice("global-eu-trademark")
	if p == nil {
		t.Fatal("no global-eu-trademark in the catalogue")
	}
	var drop func(r *catalogue.Rule)
	drop = func(r *catalogue.Rule) {
		if r == nil {
			return
		}
		if r.Markets != nil {
			r.Markets.New = false
		}
		for _, x := range r.All {
			drop(x)
		}
		for _, x := range r.Any {
			drop(x)
		}
	}
	drop(p.When)
	f := editedProfile(t, cat, "dk-saas-scaleup")
	plan, err := Build(cat, f, BuildOptions{Now: planDay})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range plan.Actions {
		if a.Group != "ip-protection" {
			continue
		}
		found = true
		if a.Practice != "global-us-trademark" {
			t.Errorf("ip-protection action %s, want global-us-trademark (the US, new to the firm, where it plans to register)", a.Practice)
		}
	}
	if !found {
		t.Error("no ip-protection action")
	}
}

// TestPostingPapersBeforeTheBrand: a client waiting for the work of a
// firm's fitters on site in another EU country needs their A1
// certificates and the posting declaration before anyone travels; the
// filing of the brand in that market comes after (adv27: dk-machinery-
// service-se's EU trade mark for Sweden, ranked higher for serving a
// target market, came before the posting papers of the Swedish job).
func TestPostingPapersBeforeTheBrand(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := editedProfile(t, cat, "dk-machinery-service-se")
	plan, err := Build(cat, f, BuildOptions{Now: planDay})
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]int{}
	for i, a := range plan.Actions {
		if a.Shown {
			at[a.Group] = i + 1
		}
	}
	post, ip := at["posted-workers"], at["ip-protection"]
	if post == 0 || ip == 0 {
		t.Fatalf("posted-workers at %d, ip-protection at %d: want both shown", post, ip)
	}
	if post > ip {
		t.Errorf("posted-workers action at %d, after the brand's filing at %d", post, ip)
	}
}
