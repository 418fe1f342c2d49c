package assessment

import (
	"slices"
	"testing"
)

// TestWaitingBuyerAnswerBySellsWhat: a firm that sells nothing but
// software, digital products or services delivered at a distance answers a
// waiting buyer with a proposal (scope, licence or subscription, support,
// invoicing, for a partner territory and revenue share), not with a delivered
// price under an Incoterms rule and samples with a spec sheet (session 14:
// uk-cyber-eu's Dutch client and a Gdańsk game studio's Tokyo publisher were
// asked for "quantities, specification and standards, where and when to
// deliver"). A firm that sells services on clients' sites and no goods,
// food or visits offers the job (session 15: uk-marine-services-no was asked
// the same); one that also sells goods keeps the general offer; one that
// sells visits, the tour operator's; an answers file without what the firm
// sells, the general offer as before.
func TestWaitingBuyerAnswerBySellsWhat(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const sells = "sells-what: [software-digital, services-remote]"
	for _, c := range []struct {
		name, sellsWhat, want string
	}{
		{"software and remote services", sells, "global-answer-software-services-buyer"},
		{"remote services only", "sells-what: [services-remote]", "global-answer-professional-services-buyer"}, // a fee proposal for design, engineering or consulting work, not a licence (session 18, adv18d)
		{"software only", "sells-what: [software-digital]", "global-answer-software-services-buyer"},
		{"software and goods", "sells-what: [software-digital, goods]", "global-answer-waiting-buyer"},
		{"remote and on-site services", "sells-what: [services-remote, services-in-person]", "global-answer-onsite-services-buyer"},
		{"on-site services only", "sells-what: [services-in-person]", "global-answer-onsite-services-buyer"},
		{"on-site services and software", "sells-what: [services-in-person, software-digital]", "global-answer-onsite-services-buyer"},
		{"on-site services and goods", "sells-what: [services-in-person, goods]", "global-answer-waiting-buyer"},
		{"on-site services and visits", "sells-what: [services-in-person, tourism]", "global-answer-tour-operator"},
		{"software and visits", "sells-what: [software-digital, tourism]", "global-answer-tour-operator"},
		{"what it sells not answered", "", "global-answer-waiting-buyer"},
	} {
		f := editedProfile(t, cat, "uk-cyber-eu", [2]string{"  " + sells + "\n", indentLine(c.sellsWhat)})
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, a := range p.Actions {
			if a.Group == "buyer-waiting" {
				got = a.Practice
			}
		}
		if got != c.want {
			t.Errorf("%s: the waiting buyer's action is %q, want %s", c.name, got, c.want)
		}
	}
}

func indentLine(s string) string {
	if s == "" {
		return ""
	}
	return "  " + s + "\n"
}

// TestSoftwareTrialAnswer: a firm that sells nothing but software, digital
// products or services delivered at a distance, whose foreign buyer asked
// for "samples or a trial order", is told to offer a time-limited trial
// licence or pilot on written terms (success criteria, data, the paid
// contract it turns into), first and now — not the proposal it sends to an
// enquiry, and never physical samples with a spec sheet (advisor review
// 15b: the six software profiles, with their buyer asking to try). A firm
// that sells goods keeps the general offer with samples.
func TestSoftwareTrialAnswer(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	samples := func(from, market string) [2]string {
		to := "  waiting-buyer: samples\n"
		if market != "" {
			to += "  buyer-market: " + market + "\n"
		}
		return [2]string{"  waiting-buyer: " + from + "\n", to}
	}
	for _, c := range []struct {
		profile string
		edit    [2]string
		want    string
	}{
		{"pl-games-japan", samples("enquiry", ""), "global-software-trial-pilot"},
		{"uk-cyber-eu", samples("enquiry", ""), "global-software-trial-pilot"},
		{"uk-cad-software-eu", samples("nothing", "DE"), "global-software-trial-pilot"},
		{"dk-software-startup", samples("trial-users", "SE"), "global-software-trial-pilot"},
		{"pl-software-nordics", samples("nothing", "SE"), "global-software-trial-pilot"},
		{"dk-saas-scaleup", samples("nothing", "US"), "global-software-trial-pilot"},
		{"uk-cyber-eu", [2]string{"  waiting-buyer: enquiry\n", "  waiting-buyer: enquiry\n"}, "global-answer-software-services-buyer"},
		{"dk-design-furniture-jp", [2]string{"  waiting-buyer: samples\n", "  waiting-buyer: samples\n"}, "global-answer-waiting-buyer"},
	} {
		f := editedProfile(t, cat, c.profile, c.edit)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		var got *Action
		for i, a := range p.Actions {
			if a.Group == "buyer-waiting" && a.Shown {
				got = &p.Actions[i]
			}
		}
		switch {
		case got == nil:
			t.Errorf("%s (%s): no shown action answers the waiting buyer", c.profile, c.edit[1])
		case got.Practice != c.want:
			t.Errorf("%s (%s): the waiting buyer's action is %s, want %s", c.profile, c.edit[1], got.Practice, c.want)
		case got.Horizon != "now":
			t.Errorf("%s (%s): the waiting buyer's action is in %s, want now", c.profile, c.edit[1], got.Horizon)
		}
		for _, a := range p.Actions {
			if c.want == "global-software-trial-pilot" && a.Practice == "global-answer-software-services-buyer" {
				t.Errorf("%s: the enquiry's proposal is an action beside the trial", c.profile)
			}
		}
	}
}

// TestSoftwareTrialKeepsClientDataFirst: samples put a branded product in
// the buyer's hands, so the filing for the buyer's market comes "now"
// (fileWhereBuyerWaits); a trial of software or a remote service does not,
// and the EU client's data-protection questions — what its procurement
// asks before a pilot with its data — keep their place before the EU
// trade mark (advisor review 15b: uk-cyber-eu asked for a pilot had the
// trade mark "now" and the client-data step in three months).
func TestSoftwareTrialKeepsClientDataFirst(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := editedProfile(t, cat, "uk-cyber-eu", [2]string{"  waiting-buyer: enquiry\n", "  waiting-buyer: samples\n"})
	p, err := Build(cat, f, BuildOptions{Now: planDay})
	if err != nil {
		t.Fatal(err)
	}
	horizon := map[string]string{}
	for _, a := range p.Actions {
		if a.Shown {
			horizon[a.Practice] = a.Horizon
		}
	}
	if h := horizon["global-gb-eu-client-data"]; h != "now" {
		t.Errorf("the EU client-data step is in %q, want now", h)
	}
	if h := horizon["global-eu-trademark-from-uk"]; h == "now" {
		t.Errorf("the EU trade mark is now, before the pilot's client-data questions")
	}
}

// TestWaitingBuyerAnswerByRequest: a firm that sells products and work on
// site answers its waiting buyer as the buyer asked (buyer-request): work on
// site with an offer for the job, products or both with the offer for goods,
// and a file that does not say (an older one) with the offer for goods, as
// before the question (advisor review 16c: dk-machinery-service-se's Swedish
// customer asked for a service contract and was told to answer with
// quantities, an Incoterms rule and samples). The posting step for the
// buyer's market, which the firm already sells in, is for a request that
// sends its people there, not for one for products only. A firm whose
// buyer has not said yet ("don't know") is made ready for both — the offer
// for goods, which prices the time on site, and the posting step — and
// told to ask the buyer (session 17).
func TestWaitingBuyerAnswerByRequest(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const line = "  buyer-request: on-site\n"
	for _, c := range []struct {
		request, want string
		posting       bool
	}{
		{"on-site", "global-answer-onsite-services-buyer", true},
		{"both", "global-answer-waiting-buyer", true},
		{"goods", "global-answer-waiting-buyer", false},
		{"", "global-answer-waiting-buyer", true},
		{"dont-know", "global-answer-waiting-buyer", true}, // the buyer has not said yet: ready for both, and asked (session 17)
	} {
		to := ""
		if c.request != "" {
			to = indentLine("buyer-request: " + c.request)
		}
		f := editedProfile(t, cat, "dk-machinery-service-se", [2]string{line, to})
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		got, posting := "", false
		for _, a := range p.Actions {
			switch a.Group {
			case "buyer-waiting":
				got = a.Practice
			case "posted-workers":
				posting = true
			}
		}
		if got != c.want {
			t.Errorf("buyer-request %q: the waiting buyer's action is %q, want %s", c.request, got, c.want)
		}
		if posting != c.posting {
			t.Errorf("buyer-request %q: a posting action is %v, want %v", c.request, posting, c.posting)
		}
		if c.request == "dont-know" && !slices.ContainsFunc(p.ToClarify, func(q Clarify) bool {
			return q.Question == ProfileBuyerRequest && q.Answer == "dont-know"
		}) {
			t.Errorf("buyer-request %q: not listed to clarify: %+v", c.request, p.ToClarify)
		}
	}
}
