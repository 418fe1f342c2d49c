package practices_test

import (
	"strings"
	"testing"
)

// TestEUTrademarkFitsFirmsSellingThere: the EU trade mark step fits a firm
// that sells in its EU targets already as well as one about to launch
// there. Web shops already shipping to Germany (pl-candles-webshop-de-at,
// pl-led-lamps-webshop-de-fr) and a herb firm selling in Slovenia
// (hr-herbal-supplements-si-at-de) read "File an EU trade mark before you
// launch in other EU countries", a UK firm selling in Ireland "before you
// launch in the EU" (words28, session 28).
func TestEUTrademarkFitsFirmsSellingThere(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tc := range []struct{ name, practice, stale string }{
		{"pl-candles-webshop-de-at", "global-eu-trademark", "before you launch in other EU countries"},
		{"pl-led-lamps-webshop-de-fr", "global-eu-trademark", "before you launch in other EU countries"},
		{"hr-herbal-supplements-si-at-de", "global-eu-trademark", "before you launch in other EU countries"},
		// a UK firm that sells in Ireland already, the same step from outside the EU
		{"uk-cyber-eu", "global-eu-trademark-from-uk", "before you launch in the EU"},
	} {
		name := tc.name
		p := profilePlan(t, c, name, "en")
		if !inPlan(p, tc.practice) {
			t.Errorf("%s: no EU trade mark action", name)
			continue
		}
		out := strings.Join(strings.Fields(wideText(t, p)), " ")
		if s := tc.stale; strings.Contains(out, s) {
			t.Errorf("%s sells in an EU target already; its plan says %q", name, s)
		}
		if s := "where you already sell"; !strings.Contains(out, s) {
			t.Errorf("%s sells in an EU target already; its trademark step does not say %q", name, s)
		}
	}
}

// TestNoOneThereNotForADirectSellerSellingThere: a firm that sells direct
// (no agent or distributor: partners not applicable) in every one of its
// target markets has clients there; "one or two contacts" is no reason to
// tell it "you have no one there yet to introduce you" (words28, session
// 28; hr-it-services, which sells direct in Germany and Austria, its two
// targets, with one or two contacts instead of several: the sentence
// headed its actions, with no action to meet it).
func TestNoOneThereNotForADirectSellerSellingThere(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "hr-it-services", whatIf{replace: map[string]string{"sales-channels.contacts: several": "sales-channels.contacts: one-or-two"}})
	for _, a := range p.Actions {
		if a.Decisive != nil && a.Decisive.ID == "partners-wanted-in-market" {
			t.Errorf("%s is decisive by partners-wanted-in-market for a direct seller with clients in its targets: %q", a.Practice, a.Decisive.Text)
		}
	}
	if out := wideText(t, p); strings.Contains(out, "no one there yet") {
		t.Error("a direct seller with clients in its targets reads \"no one there yet\"")
	}
}

// TestTradeTeamNamesTheMarket: the Department for Business and Trade's
// trade-team step names the market the plan knows — "the British embassy
// or consulate in Germany" — not "in your target market" (words28,
// session 28: uk-machining-money-de, uk-steel-fabricator-ie-nl).
func TestTradeTeamNamesTheMarket(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tc := range []struct{ name, lang, want string }{
		{"uk-machining-money-de", "en", "the British embassy or consulate in Germany"},
		{"uk-steel-fabricator-ie-nl", "en", "the British embassy or consulate in the Netherlands"},
		{"uk-machining-money-de", "pl", "na rynku docelowym (Niemcy)"},
	} {
		p := planWith(t, c, tc.name, whatIf{lang: tc.lang})
		if !inPlan(p, "uk-dbt-overseas-network") {
			t.Errorf("%s: no trade-team action", tc.name)
			continue
		}
		out := strings.Join(strings.Fields(wideText(t, p)), " ")
		if !strings.Contains(out, tc.want) {
			t.Errorf("%s (%s): the trade-team step does not say %q", tc.name, tc.lang, tc.want)
		}
		if tc.lang == "en" && strings.Contains(out, "consulate in your target market") {
			t.Errorf("%s: the trade-team step says \"your target market\"", tc.name)
		}
	}
}

// TestPartnerStepFitsSoftware: a firm that sells software is told to
// choose a reseller or system integrator, not to decide "whether you need
// an agent or a distributor" (words28, session 28: uk-cad-software-eu,
// uk-cyber-eu, software with its services); a firm that sells goods still
// decides between an agent and a distributor.
func TestPartnerStepFitsSoftware(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, name := range []string{"uk-cad-software-eu", "uk-cyber-eu"} {
		p := profilePlan(t, c, name, "en")
		if !inPlan(p, "global-choose-distributor") {
			t.Errorf("%s: no partner-choice action", name)
			continue
		}
		out := strings.Join(strings.Fields(wideText(t, p)), " ")
		for _, s := range []string{"whether you need an agent or a distributor", "Choose and check an agent or distributor"} {
			if strings.Contains(out, s) {
				t.Errorf("%s sells software; its plan says %q", name, s)
			}
		}
		if s := "value-added reseller"; !strings.Contains(out, s) {
			t.Errorf("%s sells software; its partner step does not say %q", name, s)
		}
	}
	p := profilePlan(t, c, "hr-metal-own-product", "en")
	if !inPlan(p, "global-choose-distributor") {
		t.Fatal("hr-metal-own-product: no partner-choice action")
	}
	out := strings.Join(strings.Fields(wideText(t, p)), " ")
	if s := "whether you need an agent or a distributor"; !strings.Contains(out, s) {
		t.Errorf("hr-metal-own-product sells metal products; its partner step does not say %q", s)
	}
	if s := "value-added reseller"; strings.Contains(out, s) {
		t.Errorf("hr-metal-own-product sells metal products; its partner step says %q", s)
	}
}

// TestGPSRCarryOverAssumesNoAnalysis: the GPSR step for a firm already
// selling in another EU country ("what you have for it holds in the new
// market too") may not take for granted that the firm has done the work:
// pl-candles-webshop-de-at, which ships to German consumers and only
// thinks its approvals at home are enough, read "the risk analysis …
// you have for it" under a why that says it has not checked the rules
// (session 28). A firm that has it (it-leather-bags-de) reads the same
// step, which now says what comes first if it has not.
func TestGPSRCarryOverAssumesNoAnalysis(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, name := range []string{"pl-candles-webshop-de-at", "it-leather-bags-de"} {
		p := profilePlan(t, c, name, "en")
		if !inPlan(p, "global-gpsr-product-safety") {
			t.Errorf("%s: no GPSR action", name)
			continue
		}
		out := strings.Join(strings.Fields(wideText(t, p)), " ")
		if s := "details on the product you have for it"; strings.Contains(out, s) {
			t.Errorf("%s: its GPSR step takes the analysis for granted: %q", name, s)
		}
		if s := "if you do not have them yet, they come first"; !strings.Contains(out, s) {
			t.Errorf("%s: its GPSR step does not say %q", name, s)
		}
	}
}
