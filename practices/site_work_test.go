package practices_test

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// TestSiteWorkPapersReachTheFirmsTheyFit: what a host country adds to the
// posting papers reaches only the firms it is for (advisor review 16c). A
// building firm whose people will work on a German site gets the German
// building-site action (the construction tax exemption, the customs
// declaration, SOKA-BAU, the security it may ask of its client), a machinery installer going to Germany the
// general posting step; going to Norway, a building firm's Norwegian action
// lists the HSE card, a services firm's does not; going to Denmark, the
// posting step names the RUT register, which it does not for Sweden; going
// to Germany, it says which postings are notified there, to an installer
// and a consultancy alike.
func TestSiteWorkPapersReachTheFirmsTheyFit(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	const (
		de = "global-de-construction-site-posting"
		no = "global-no-site-work-register-permits"
		a1 = "global-posted-workers-a1"
	)
	const (
		hseCard = 4 // global-no-site-work-register-permits: the HSE card, for building sites
		rut     = 3 // global-posted-workers-a1: Denmark's RUT register
		// global-posted-workers-a1: Germany's notification only in listed
		// sectors (for firms whose market section does not say it) and
		// Austria's ZKO 3 (adv17d, session 17)
		deNotify = 4
		atZKO    = 5
		// global-de-construction-site-posting: the security a builder may ask
		// of its client (§ 650f BGB)
		builderSecurity = 5
	)
	tests := []struct {
		name     string
		sector   string
		sells    []string
		target   string
		practice string // the posted-workers action
		step     int    // a step of it ...
		hasStep  bool   // ... listed, or left out
		noDE     bool   // the German building-site action is nowhere in the plan
		onSite   bool   // its people work on clients' sites (work-on-site)
	}{
		{"building firm to Germany", "construction", []string{"services-in-person"}, "DE", de, builderSecurity, true, false, false},
		{"machinery installer to Germany", "manufacturing", []string{"goods", "services-in-person"}, "DE", a1, 0, false, true, false},
		{"building firm to Norway", "construction", []string{"services-in-person"}, "NO", no, hseCard, true, true, false},
		{"maintenance firm to Norway", "other", []string{"services-in-person"}, "NO", no, hseCard, false, true, false},
		{"building firm to Denmark", "construction", []string{"services-in-person"}, "DK", a1, rut, true, true, false},
		{"building firm to Sweden", "construction", []string{"services-in-person"}, "SE", a1, rut, false, true, false},
		{"IT consultancy on site in Germany", "software-ict", []string{"services-remote"}, "DE", a1, deNotify, true, true, true},
		// Germany's step is for every firm whose people work there, as
		// Denmark's and Austria's are: the market note steps back beside
		// the action (adv19a, session 19; it was for firms that do not sell
		// services on site only, the note for those that do).
		{"machinery installer to Germany: its posting step says the notification", "manufacturing", []string{"goods", "services-in-person"}, "DE", a1, deNotify, true, true, false},
		{"maintenance firm to Austria", "other", []string{"services-in-person"}, "AT", a1, atZKO, true, true, false},
		{"maintenance firm to Sweden", "other", []string{"services-in-person"}, "SE", a1, atZKO, false, true, false},
		// ZKO 3 is for firms based in the EU, the EEA or Switzerland: a
		// Hampshire firm's client applies for a permit instead (adv19a).
		{"Hampshire maintenance firm to Austria", "other", []string{"services-in-person"}, "AT", a1, atZKO, false, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			region := "pl-pomorskie"
			if strings.HasPrefix(tt.name, "Hampshire") {
				region = "uk-hampshire"
			}
			profile := siteWorkProfile(region, tt.sector, tt.sells, tt.target)
			if tt.onSite {
				profile["work-on-site"] = []string{"on-site"}
				profile["client-data"] = []string{"no"}
			}
			plan := checkedPlan(t, c, profile, assessment.BuildOptions{Now: edition, ShowAll: true})
			var posted *assessment.Action
			for i, a := range plan.Actions {
				if a.Group == "posted-workers" {
					posted = &plan.Actions[i]
				}
			}
			if tt.noDE && inPlan(plan, de) {
				t.Errorf("the German building-site action is in the plan (an action or an alternative)")
			}
			if posted == nil {
				t.Fatal("no posted-workers action")
			}
			if posted.Practice != tt.practice {
				t.Fatalf("posted-workers action %s, want %s", posted.Practice, tt.practice)
			}
			if tt.step == 0 {
				return
			}
			steps := c.Practice(posted.Practice).Steps
			if len(steps) < tt.step {
				t.Fatalf("%s has no step %d", posted.Practice, tt.step)
			}
			if listed := slices.Contains(posted.Steps, steps[tt.step-1].In("en")); listed != tt.hasStep {
				t.Errorf("%s step %d listed = %v, want %v", posted.Practice, tt.step, listed, tt.hasStep)
			}
			if left := slices.Contains(posted.LeftOutSteps, tt.step); left == tt.hasStep {
				t.Errorf("%s step %d left out = %v, want %v", posted.Practice, tt.step, left, !tt.hasStep)
			}
		})
	}
}

// TestSiteWorkMarketNotes keeps the market notes on work done on site
// where they fit: the VAT of the host country and each country's posting
// declaration — for a firm whose people work there, not for one that only
// ships goods (adv17d, session 17; Switzerland has no firm profile of its
// own, so this test is its pin). A posting note is for a firm whose people
// will work in the country whatever it sells: one that sells work on site,
// or a consultancy whose people work at its clients' sites or in their
// teams (work-on-site) — not one that delivers from home, nor one that has
// not said what it sells (adv19a, session 19: an IT consultancy on a French
// client's site read no SIPSI declaration).
func TestSiteWorkMarketNotes(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	tests := []struct {
		name      string
		sells     []string
		target    string
		want, not []string
		sector    string   // "other" unless given
		more      []string // target markets besides target
		onSite    string   // the work-on-site answer of a firm that sells services from a distance
		current   []string // current markets, Finland unless given
	}{
		{"maintenance firm to Switzerland", []string{"services-in-person"}, "CH", []string{"ch-onsite-services-vat"}, nil, "", nil, "", nil},
		{"goods only to Switzerland", []string{"goods"}, "CH", nil, []string{"ch-onsite-services-vat"}, "", nil, "", nil},
		{"maintenance firm to Norway", []string{"services-in-person"}, "NO", []string{"no-onsite-services-vat", "no-transparency-act"}, []string{"no-services-vat"}, "", nil, "", nil},
		{"maintenance firm to Germany: its A1 action says the notification", []string{"services-in-person"}, "DE", []string{"de-onsite-services-vat"}, []string{"intra-eu-vat", "de-posting-notification"}, "", nil, "", nil},
		{"maintenance firm already in Germany", []string{"services-in-person"}, "DE", []string{"de-posting-notification"}, nil, "", nil, "", []string{"DE"}},
		{"goods only to Germany", []string{"goods"}, "DE", []string{"intra-eu-vat"}, []string{"de-onsite-services-vat", "de-posting-notification"}, "", nil, "", nil},
		// A note steps back where a shown action says it (also_in): the
		// building firm reads Germany's posting rules in its German
		// building-site action, and a firm whose Norway action is shown
		// reads Norway's register there (adv17g, session 17).
		{"building firm to Germany", []string{"services-in-person"}, "DE", []string{"de-onsite-services-vat"}, []string{"de-posting-notification"}, "construction", nil, "", nil},
		{"maintenance firm to Norway: its action says the register", []string{"services-in-person"}, "NO", nil, []string{"no-posting-register"}, "", nil, "", nil},
		// One action per need: the German building-site action wins the
		// posting need, so Norway's register, A1 and HSE card are said in
		// Norway's section.
		{"building firm to Germany and Norway", []string{"services-in-person"}, "NO", []string{"no-posting-register"}, nil, "construction", []string{"DE"}, "", nil},
		// The same for Denmark's RUT and Austria's ZKO 3, said in the A1
		// action's steps where that action is shown.
		{"building firm to Germany and Denmark", []string{"services-in-person"}, "DK", []string{"dk-posting-rut"}, nil, "construction", []string{"DE"}, "", nil},
		{"maintenance firm to Norway and Austria", []string{"services-in-person"}, "AT", []string{"at-posting-zko3"}, nil, "", []string{"NO"}, "", nil},
		{"maintenance firm to Austria: its A1 action says ZKO 3", []string{"services-in-person"}, "AT", nil, []string{"at-posting-zko3"}, "", nil, "", nil},
		{"maintenance firm to Denmark: its A1 action says RUT", []string{"services-in-person"}, "DK", nil, []string{"dk-posting-rut"}, "", nil, "", nil},
		// Sweden's, France's, the Netherlands' and Belgium's declarations:
		// the A1 action names none of them, so the note stands beside it
		// (adv18c, session 18: dk-machinery-service-se asked whether its
		// fitters must be notified in Sweden and read no answer).
		{"maintenance firm to Sweden", []string{"services-in-person"}, "SE", []string{"se-posting-report"}, nil, "", nil, "", nil},
		{"maintenance firm to France", []string{"services-in-person"}, "FR", []string{"fr-posting-sipsi"}, nil, "", nil, "", nil},
		{"maintenance firm to the Netherlands", []string{"services-in-person"}, "NL", []string{"nl-posting-wagweu"}, nil, "", nil, "", nil},
		{"maintenance firm to Belgium", []string{"services-in-person"}, "BE", []string{"be-posting-limosa"}, nil, "", nil, "", nil},
		{"building firm to Germany and France", []string{"services-in-person"}, "FR", []string{"fr-posting-sipsi"}, nil, "construction", []string{"DE"}, "", nil},
		{"goods only to France", []string{"goods"}, "FR", []string{"intra-eu-vat"}, []string{"fr-posting-sipsi"}, "", nil, "", nil},
		{"goods only to Belgium", []string{"goods"}, "BE", nil, []string{"be-posting-limosa"}, "", nil, "", nil},
		// A consultancy's people at its clients' sites, or in their teams.
		{"IT consultancy on site in France", []string{"services-remote"}, "FR", []string{"fr-posting-sipsi"}, nil, "software-ict", nil, "on-site", nil},
		{"IT consultancy on site in Belgium", []string{"services-remote"}, "BE", []string{"be-posting-limosa"}, nil, "software-ict", nil, "on-site", nil},
		{"IT consultancy on site in Sweden", []string{"services-remote"}, "SE", []string{"se-posting-report"}, nil, "software-ict", nil, "on-site", nil},
		{"IT consultancy in its clients' teams in the Netherlands", []string{"services-remote"}, "NL", []string{"nl-posting-wagweu"}, nil, "software-ict", nil, "client-team", nil},
		{"IT consultancy on site in Norway and Austria", []string{"services-remote"}, "AT", []string{"at-posting-zko3"}, nil, "software-ict", []string{"NO"}, "on-site", nil},
		{"IT consultancy on site in Germany, where it works already", []string{"services-remote"}, "DE", []string{"de-posting-notification"}, nil, "software-ict", nil, "on-site", []string{"DE"}},
		{"IT consultancy on site in Norway, where it works already", []string{"services-remote"}, "NO", []string{"no-posting-register"}, nil, "software-ict", nil, "on-site", []string{"NO"}},
		// … and not one that delivers from home or on short visits.
		{"IT consultancy from home to France", []string{"services-remote"}, "FR", nil, []string{"fr-posting-sipsi"}, "software-ict", nil, "remote", nil},
		{"IT consultancy on short visits to Belgium", []string{"services-remote"}, "BE", nil, []string{"be-posting-limosa"}, "software-ict", nil, "visits", nil},
		// Austria: ZKO 3 for a firm from the EU, the EEA or Switzerland; for
		// one from elsewhere no ZKO report, and the client's permit (adv19a).
		{"Hampshire maintenance firm to Austria", []string{"services-in-person"}, "AT", []string{"at-posting-permit-third-country"}, []string{"at-posting-zko3"}, "", nil, "", nil},
		{"Hampshire consultancy on site in Norway and Austria", []string{"services-remote"}, "AT", []string{"at-posting-permit-third-country"}, []string{"at-posting-zko3"}, "software-ict", []string{"NO"}, "on-site", nil},
		{"maintenance firm to Norway and Austria: no permit note", []string{"services-in-person"}, "AT", []string{"at-posting-zko3"}, []string{"at-posting-permit-third-country"}, "", []string{"NO"}, "", nil},
		{"IT consultancy from home to Germany, where it works already", []string{"services-remote"}, "DE", nil, []string{"de-posting-notification"}, "software-ict", nil, "remote", []string{"DE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			region := "pl-pomorskie"
			if strings.HasPrefix(tt.name, "Hampshire") {
				region = "uk-hampshire"
			}
			profile := siteWorkProfile(region, cmp.Or(tt.sector, "other"), tt.sells, append([]string{tt.target}, tt.more...)...)
			if tt.onSite != "" {
				profile["work-on-site"] = []string{tt.onSite}
				profile["client-data"] = []string{"no"}
			}
			if tt.current != nil {
				profile["current-markets"] = tt.current
			}
			notes := noteIDs(checkedPlan(t, c, profile, assessment.BuildOptions{Now: edition}), tt.target)
			for _, id := range tt.want {
				if !slices.Contains(notes, id) {
					t.Errorf("%s: notes %v lack %s", tt.target, notes, id)
				}
			}
			for _, id := range tt.not {
				if slices.Contains(notes, id) {
					t.Errorf("%s: notes %v hold %s", tt.target, notes, id)
				}
			}
		})
	}
}

// TestDutchPostingNoteHome: the Netherlands' posting notification (WagwEU)
// binds employers from the EEA and Switzerland only, so a British firm's
// Netherlands section does not tell it to notify there (adv18c, session 18).
func TestDutchPostingNoteHome(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	for _, tt := range []struct {
		region string
		home   string // home-country, for the region non-eu
		want   bool
	}{{"pl-pomorskie", "", true}, {"uk-hampshire", "", false}, {"non-eu", "NO", true}, {"non-eu", "CH", true}, {"non-eu", "US", false}} {
		t.Run(tt.region+tt.home, func(t *testing.T) {
			t.Parallel()
			profile := siteWorkProfile(tt.region, "other", []string{"services-in-person"}, "NL")
			if tt.home != "" {
				// A Norwegian or Swiss employer notifies too: WagwEU binds
				// those from the EEA and Switzerland (session 22).
				profile["home-country"] = []string{tt.home}
			}
			plan := checkedPlan(t, c, profile, assessment.BuildOptions{Now: edition})
			got := slices.Contains(noteIDs(plan, "NL"), "nl-posting-wagweu")
			if got != tt.want {
				t.Errorf("nl-posting-wagweu in the NL section = %v, want %v", got, tt.want)
			}
		})
	}
}

// siteWorkProfile is the profile of a small firm of region, exporting now
// and then to Finland, that sells what sells says to businesses in the
// target markets, with nothing waiting and the rules its main constraint.
func siteWorkProfile(region, sector string, sells []string, targets ...string) map[string][]string {
	return map[string][]string{
		"region": {region}, "sector": {sector}, "size": {"small"}, "turnover": {"2m-10m"}, "years-trading": {"over-5"},
		"sells-what": sells, "sells-to": {"b2b"}, "sells-how": {"direct"}, "regulated-goods": {"none"},
		"exports": {"occasional"}, "export-share": {"5-20"}, "current-markets": {"FI"}, "target-markets": targets,
		"waiting-buyer": {"nothing"}, "main-constraint": {"rules"},
	}
}

// checkedPlan is the English plan of profile's worst answers; the test
// fails when the answers do not check.
func checkedPlan(t *testing.T, c *catalogue.Catalogue, profile map[string][]string, o assessment.BuildOptions) assessment.Plan {
	t.Helper()
	f, _ := worstAnswers(t, c, profile, nil)
	if ds := assessment.Check(c, f); len(ds) > 0 {
		t.Fatalf("the answers do not check: %v", ds)
	}
	plan, err := buildIn("en", c, f, o)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// noteIDs lists the IDs of the notes in the plan's section on country.
func noteIDs(plan assessment.Plan, country string) []string {
	var ids []string
	for _, m := range plan.Markets {
		if m.Country == country {
			for _, n := range m.Notes {
				ids = append(ids, n.ID)
			}
		}
	}
	return ids
}
