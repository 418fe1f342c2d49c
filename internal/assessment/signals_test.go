package assessment

import (
	"maps"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// signalProfile loads a firm profile of practices/testdata/profiles with
// answer id set to v (one option, or several for a list question), or
// left out when v is empty.
func signalProfile(t *testing.T, cat *catalogue.Catalogue, profile, id string, v ...string) *answers.File {
	t.Helper()
	f, _, err := answers.Load("../../practices/testdata/profiles/"+profile+".yaml", cat)
	if err != nil || f == nil {
		t.Fatalf("%s: %v", profile, err)
	}
	switch q := cat.Question(id); {
	case len(v) == 0:
		delete(f.Answers, id)
	case q != nil && (q.Kind == catalogue.KindMulti || q.Kind == catalogue.KindCountries):
		f.Set(id, answers.Multiple(v...), f.Updated)
	default:
		f.Set(id, answers.Single(v[0]), f.Updated)
	}
	return f
}

// isAction reports whether practice id is an action of p, shown or in
// --all, or an alternative to one.
func isAction(p Plan, id string) bool {
	return slices.ContainsFunc(p.Actions, func(a Action) bool {
		return a.Practice == id || slices.ContainsFunc(a.Alternatives, func(o Alternative) bool { return o.Practice == id })
	})
}

// TestWorkOnSiteLabourLeasing: the German labour-leasing check is for a
// services firm whose people work at a German client's site or in its
// team — not for one that delivers from home or visits for a few days
// under its own lead (advisor review 13b: uk-cyber-eu's SOC and
// hr-it-services were told to check it). A file without the answer, or
// "don't know", keeps the check, as before the question. Only people in
// the client's team (or not said) make it decisive: work the firm leads at
// the client's site is a contract for work or services while its own lead
// gives the instructions, so that firm's step starts with keeping it so
// (step 2) and takes the horizon its rank gives it — "now" for a firm whose
// people are on German sites already (hr-it-services sells there), not for
// one whose German clients are still to come: it-erp-consultants-de's
// consultants were told first of all to check for leasing (plantext14).
func TestWorkOnSiteLabourLeasing(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const aueg = "global-de-labour-leasing-check"
	for _, c := range []struct {
		profile  string
		answer   string // "" leaves the question unanswered
		action   bool   // an action at all
		decisive bool   // decisive by people-in-german-client-team
		lead     int    // the step that leads (0: the first)
		later    bool   // not a "now" action
	}{
		{"hr-it-services", "remote", false, false, 0, false},
		{"hr-it-services", "visits", false, false, 0, false},
		{"hr-it-services", "on-site", true, false, 2, false},
		{"hr-it-services", "client-team", true, true, 0, false},
		{"hr-it-services", "dont-know", true, true, 0, false},
		{"hr-it-services", "", true, true, 0, false},
		{"uk-cyber-eu", "remote", false, false, 0, false},
		{"uk-cyber-eu", "client-team", true, true, 0, false},
		{"uk-cyber-eu", "", true, true, 0, false},
		{"it-erp-consultants-de", "on-site", true, false, 2, true},
		{"it-erp-consultants-de", "client-team", true, true, 0, false},
	} {
		var v []string
		if c.answer != "" {
			v = []string{c.answer}
		}
		f := signalProfile(t, cat, c.profile, ProfileWorkOnSite, v...)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		if got := isAction(p, aueg); got != c.action {
			t.Errorf("%s, work-on-site %q: labour-leasing check an action: %v, want %v", c.profile, c.answer, got, c.action)
		}
		for _, a := range p.Actions {
			if a.Practice != aueg {
				continue
			}
			decisive := a.Decisive != nil && a.Decisive.ID == "people-in-german-client-team"
			if decisive != c.decisive {
				t.Errorf("%s, work-on-site %q: labour leasing decisive: %v, want %v", c.profile, c.answer, decisive, c.decisive)
			}
			if now := a.Shown && a.Horizon == Horizons[0]; c.later && now {
				t.Errorf("%s, work-on-site %q: labour-leasing check is \"now\" for work the firm leads, German clients still to come", c.profile, c.answer)
			}
			if a.LeadStep != c.lead {
				t.Errorf("%s, work-on-site %q: lead step %d, want %d", c.profile, c.answer, a.LeadStep, c.lead)
			}
		}
	}
}

// TestLaterProfileQuestionsOptional: a complete answers file saved before
// the profile asked a later, conditional question is no error; the plan
// names the question in its notice, and resuming reopens the file to ask
// it. A firm the question does not concern is not asked it, and its
// complete file stays complete.
func TestLaterProfileQuestionsOptional(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		profile, id string
	}{
		{"hr-it-services", ProfileWorkOnSite},
		{"uk-cyber-eu", ProfileWorkOnSite},
		{"uk-cyber-eu", ProfileClientData},
		{"uk-cad-software-eu", ProfileClientData},
		{"dk-organic-gulf", ProfileBuyerMarket},
		{"dk-design-furniture-jp", ProfileBuyerMarket},
	} {
		f := signalProfile(t, cat, c.profile, c.id)
		if ds := Check(cat, f); ds.HasErrors() {
			t.Errorf("%s without %s: %v", c.profile, c.id, ds)
		}
		if !SituationMissing(cat, f) {
			t.Errorf("%s without %s: resuming does not reopen the file to ask it", c.profile, c.id)
		}
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		named := false
		for _, n := range p.Notices {
			if strings.HasPrefix(n.ID, "assessment.notice.missingProfile") {
				named = strings.Contains(say("en", n.Message), i18n.Get("en").T("assessment.profile.name."+c.id))
			}
		}
		if !named {
			t.Errorf("%s without %s: the notice does not name it: %+v", c.profile, c.id, p.Notices)
		}
		if slices.ContainsFunc(p.WarningMessages, func(m diag.Message) bool { return m.ID == "assessment.warn.incomplete" }) {
			t.Errorf("%s without %s: warned that the scores leave out an unanswered question: %v", c.profile, c.id, p.WarningMessages)
		}
		if p.AnsweredDimensions != p.TotalDimensions || p.PartlyAnsweredDimensions != 0 {
			t.Errorf("%s without %s: %d of %d areas answered, %d in part; a profile question is no area", c.profile, c.id, p.AnsweredDimensions, p.TotalDimensions, p.PartlyAnsweredDimensions)
		}
	}
	// Not asked of a firm that sells no services at a distance: its
	// complete file is complete without the answer.
	for _, c := range []struct{ profile, id string }{
		{"it-machinery-maker", ProfileWorkOnSite},
		{"dk-organic-gulf", ProfileWorkOnSite},
		{"uk-cad-software-eu", ProfileWorkOnSite},
		{"it-machinery-maker", ProfileClientData},
		{"dk-organic-gulf", ProfileClientData},
		{"it-machinery-maker", ProfileBuyerMarket},  // no buyer waiting
		{"dk-software-startup", ProfileBuyerMarket}, // users who do not pay yet: no one buyer
	} {
		f := signalProfile(t, cat, c.profile, c.id)
		if asks(cat, f, c.id) {
			t.Errorf("%s is asked %s", c.profile, c.id)
		}
		if SituationMissing(cat, f) || len(Missing(cat, f)) > 0 {
			t.Errorf("%s: complete file reads as missing answers: %v", c.profile, Missing(cat, f))
		}
	}
}

// TestClientDataGDPRStep: the GDPR step for a UK software or remote-services
// firm selling to EU businesses — the processing agreement, where the data
// is held, the security evidence — is for a firm that handles its clients'
// personal data, not for one that handles none (an on-premise licence);
// unanswered (an older file) or "don't know" keeps it (advisor review 13b).
func TestClientDataGDPRStep(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const gdpr = "global-gb-eu-client-data"
	for _, c := range []struct {
		profile string
		answer  string // "" leaves the question unanswered
		want    bool
	}{
		{"uk-cyber-eu", "yes", true},
		{"uk-cyber-eu", "no", false},
		{"uk-cyber-eu", "dont-know", true},
		{"uk-cyber-eu", "", true},
		{"uk-cad-software-eu", "no", false},
		{"uk-cad-software-eu", "yes", true},
		{"uk-cad-software-eu", "", true},
	} {
		var v []string
		if c.answer != "" {
			v = []string{c.answer}
		}
		f := signalProfile(t, cat, c.profile, ProfileClientData, v...)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		if got := isAction(p, gdpr); got != c.want {
			t.Errorf("%s, client-data %q: the GDPR step an action: %v, want %v", c.profile, c.answer, got, c.want)
		}
	}
}

// TestBuyerMarketFirst: the market choice of a firm aiming at several
// markets says to start where the waiting buyer is (advisor review 13b:
// the Dubai importer's firm was told its candidates "do not differ", the
// Tokyo shop's to start with Germany); a buyer outside the target markets,
// no answer (an older file) or no buyer waiting leaves the comparison to
// the other facts, as before.
func TestBuyerMarketFirst(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		profile, id string
		v           []string
		reason, ref string // the market choice's reason: message ID and market
	}{
		{"dk-organic-gulf", ProfileBuyerMarket, []string{"AE"}, "assessment.reason.firstMarket.choose", "AE"},
		{"dk-organic-gulf", ProfileBuyerMarket, []string{"SA"}, "assessment.reason.firstMarket.choose", "SA"},
		{"dk-organic-gulf", ProfileBuyerMarket, []string{"KW"}, "assessment.reason.firstMarket.same", ""},
		{"dk-organic-gulf", ProfileBuyerMarket, nil, "assessment.reason.firstMarket.same", ""},
		{"dk-design-furniture-jp", ProfileBuyerMarket, []string{"JP"}, "assessment.reason.firstMarket.buyer", "JP"},
		{"dk-design-furniture-jp", ProfileBuyerMarket, []string{"DE"}, "assessment.reason.firstMarket.choose", "DE"},
		{"dk-design-furniture-jp", ProfileBuyerMarket, nil, "assessment.reason.firstMarket.choose", "DE"},
		// An answer left over from a buyer who no longer waits is not read.
		{"dk-design-furniture-jp", ProfileWaitingBuyer, []string{"nothing"}, "assessment.reason.firstMarket.choose", "DE"},
	} {
		f := signalProfile(t, cat, c.profile, c.id, c.v...)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		got := firstMarketReasonOf(p)
		if got == nil {
			t.Errorf("%s, %s %v: the market choice gives no comparison", c.profile, c.id, c.v)
			continue
		}
		if got.ID != c.reason || got.Ref != c.ref {
			t.Errorf("%s, %s %v: the market choice says %s about %q, want %s about %q: %s", c.profile, c.id, c.v, got.ID, got.Ref, c.reason, c.ref, say("en", got.Message))
		}
	}
}

// TestCatalogueChangedNamesOnlyAskedQuestions: a file saved before the
// catalogue gained conditional profile questions is warned about the ones
// the firm is asked, and not about the others — a machinery maker with no
// buyer waiting is not told to review where its buyer is, nor whether its
// people work in clients' teams.
func TestCatalogueChangedNamesOnlyAskedQuestions(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	gained := []string{ProfileBuyerMarket, ProfileWorkOnSite, ProfileClientData}
	for _, c := range []struct {
		profile string
		named   []string // of gained, the questions the warning names
	}{
		{"uk-cyber-eu", gained},
		{"hr-it-services", []string{ProfileWorkOnSite, ProfileClientData}},
		{"dk-organic-gulf", []string{ProfileBuyerMarket}},
		{"it-machinery-maker", nil},
	} {
		b, err := os.ReadFile("../../practices/testdata/profiles/" + c.profile + ".yaml")
		if err != nil {
			t.Fatal(err)
		}
		// The catalogue block of a file saved before the three questions.
		ref := answers.Ref(cat)
		var block strings.Builder
		block.WriteString("catalogue:\n  id: eis\n  version: \"2026.11\"\n  digest: sha256:" + strings.Repeat("0", 64) + "\n  questions:\n")
		for _, id := range slices.Sorted(maps.Keys(ref.Questions)) {
			if !slices.Contains(gained, id) {
				block.WriteString("    " + id + ": \"" + ref.Questions[id] + "\"\n")
			}
		}
		src := regexp.MustCompile(`(?m)^catalogue: .*\n`).ReplaceAllString(string(b), block.String())
		f, ds, err := answers.ReadBytes([]byte(src), c.profile+".yaml", cat)
		if err != nil || f == nil || ds.HasErrors() {
			t.Fatalf("%s: %v %v", c.profile, err, ds)
		}
		// As a set: the loader lists them in the questionnaire's order
		// (TestCatalogueChangedOnlyWhenQuestionsChanged holds the order).
		if ch := f.CatalogueChange(); ch == nil || !slices.Equal(slices.Sorted(slices.Values(ch.Added)), slices.Sorted(slices.Values(gained))) {
			t.Fatalf("%s: the change the loader found: %+v", c.profile, ch)
		}
		d, ok := CatalogueChanged(cat, f)
		if ok != (len(c.named) > 0) {
			t.Errorf("%s: warned %v, want %v: %s", c.profile, ok, len(c.named) > 0, say("en", d.Message))
			continue
		}
		text := say("en", d.Message)
		for _, id := range gained {
			q := i18n.Get("en").Pick(cat.Question(id).Text)
			if got, want := strings.Contains(text, q), slices.Contains(c.named, id); got != want {
				t.Errorf("%s: the warning names %s: %v, want %v: %s", c.profile, id, got, want, text)
			}
		}
	}
}

// TestBuyerLedChoiceNothingWaits: while the plan says to start where the
// waiting buyer is (the Tokyo shop) and names an easier market to take up
// next (Germany), no step waits for the choice — not in --all, not after
// it: the EU deforestation rule binds the firm's EU sales whichever market
// comes first, and the samples' customs step is for the buyer's market.
// With the buyer outside the target markets the facts suggest Germany, and
// the Japanese customs step waits in --all, as before the question.
func TestBuyerLedChoiceNothingWaits(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		buyer string
		waits bool
	}{
		{"JP", false},
		{"KR", true},
	} {
		f := signalProfile(t, cat, "dk-design-furniture-jp", ProfileBuyerMarket, c.buyer)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		waits := false
		for _, a := range p.Actions {
			if a.HeldBack != nil && a.HeldBack.Ref == PracticeChooseFirstMarket {
				waits = true
			}
			for _, r := range a.Reasons {
				if r.Kind == ReasonWait {
					waits = true
				}
			}
		}
		if waits != c.waits {
			t.Errorf("buyer in %s: a step waits for the market choice: %v, want %v", c.buyer, waits, c.waits)
		}
	}
}
