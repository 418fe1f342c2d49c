package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// TestIssue8Failures: each failure issue 8 found in the plans an export
// advisor read (scored 2–5 of 10) is gone, shown on the firm profiles
// whose plans showed it. The written expectations (expectations.yaml)
// assert more per profile; this test names the failures one by one.
func TestIssue8Failures(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	plans := map[string]assessment.Plan{}
	for _, pr := range firmProfiles {
		plans[pr.name] = profilePlan(t, c, pr.name, "en")
	}
	shown := func(p assessment.Plan) []assessment.Action {
		var out []assessment.Action
		for _, a := range p.Actions {
			if a.Shown {
				out = append(out, a)
			}
		}
		return out
	}
	action := func(p assessment.Plan, id string) *assessment.Action {
		for i := range p.Actions {
			if p.Actions[i].Practice == id && p.Actions[i].Shown {
				return &p.Actions[i]
			}
		}
		return nil
	}
	market := func(p assessment.Plan, code string) *assessment.MarketView {
		for i := range p.Markets {
			if p.Markets[i].Country == code {
				return &p.Markets[i]
			}
		}
		return nil
	}

	t.Run("1 the stage is not a hard filter", func(t *testing.T) {
		// An established exporter entering India keeps the national agency's
		// market-entry support, and India is a new market for it.
		p := plans["it-manufacturer-india"]
		if p.Stage.ID != assessment.StageEstablished || action(p, "it-ice-agenzia") == nil {
			t.Errorf("it-manufacturer-india: stage %s, ICE shown %v", p.Stage.ID, action(p, "it-ice-agenzia") != nil)
		}
		if m := market(p, "IN"); m == nil || !m.New || m.Stage == assessment.StageEstablished {
			t.Errorf("it-manufacturer-india: India %+v, want a new market at an earlier stage", m)
		}
		// An undecided micro firm with one accidental foreign client is
		// exploring, gets its incubator now, and is not told first to
		// insure export credit (its first step is to ask that client,
		// advisor review 5).
		p = plans["hr-undecided-micro"]
		s := shown(p)
		incubator := action(p, "hr-enter-koprivnica-incubator")
		if p.Stage.ID != assessment.StageExploring || len(s) == 0 || incubator == nil || incubator.Horizon != assessment.HorizonNow || s[0].Group == "payment-risk" || s[0].Group == "export-finance" {
			t.Errorf("hr-undecided-micro: stage %s, incubator %v, first action %s", p.Stage.ID, incubator != nil, s[0].Practice)
		}
		// Until it decides, no action about orders and buyers it does not
		// have, and nothing beyond the next three months.
		for _, a := range s {
			if a.Group == "payment-risk" || a.Group == "export-finance" || a.Horizon == assessment.HorizonMonths312 {
				t.Errorf("hr-undecided-micro: %s (%s, %s) shown", a.Practice, a.Group, a.Horizon)
			}
		}
	})

	t.Run("2 the target markets are named", func(t *testing.T) {
		for name, p := range plans {
			if len(p.Markets) != len(p.Profile.TargetMarkets) {
				t.Errorf("%s: %d market sections for %d target markets", name, len(p.Markets), len(p.Profile.TargetMarkets))
			}
		}
		// The Irish food firm aiming at GB is told about customs and
		// labelling after Brexit.
		m := market(plans["ie-food-producer"], "GB")
		if m == nil || !hasNote(m, "gb-customs-from-eu") || !hasNote(m, "gb-food-label-address") {
			t.Errorf("ie-food-producer: GB section %+v lacks customs and labelling", m)
		}
		// Northern Ireland is not Great Britain.
		p := plans["ie-micro-food"]
		xi, gb := market(p, "XI"), market(p, "GB")
		if xi == nil || gb == nil || slices.Contains(xi.Kinds, "outside-customs-union") || !slices.Contains(gb.Kinds, "outside-customs-union") {
			t.Errorf("ie-micro-food: XI %+v, GB %+v", xi, gb)
		}
		// The EU network's steps speak to every EU firm, not to Donegal's.
		for name, p := range plans {
			for _, a := range p.Actions {
				if a.Practice != "eu-enterprise-europe-network" {
					continue
				}
				for _, s := range append([]string{a.Summary}, a.Steps...) {
					if strings.Contains(s, "Donegal") || strings.Contains(s, "Local Enterprise Office") {
						t.Errorf("%s: the EEN action says %q", name, s)
					}
				}
			}
		}
	})

	t.Run("3 short, one action per need, decisive first", func(t *testing.T) {
		for name, p := range plans {
			s := shown(p)
			if len(s) > assessment.CapNow+assessment.CapNext+assessment.CapLater {
				t.Errorf("%s: %d actions shown", name, len(s))
			}
			groups := map[string]string{}
			for _, a := range p.Actions {
				if other, dup := groups[a.Group]; dup {
					t.Errorf("%s: %s and %s meet the same need %s", name, other, a.Practice, a.Group)
				}
				groups[a.Group] = a.Practice
			}
		}
		// A subcontractor launching its own brand without a trademark: now,
		// or right after now when a dated rule without which its goods may
		// not be sold (the EUDR due-diligence statement) fills it first.
		p := plans["pl-subcontractor-own-brand"]
		found, dated := false, false
		for _, a := range shown(p) {
			if a.Group == "deforestation-due-diligence" && a.Horizon == assessment.HorizonNow && a.Decisive != nil {
				dated = true
			}
		}
		for _, a := range shown(p) {
			if a.Group == "ip-protection" && a.Decisive != nil && (a.Horizon == assessment.HorizonNow || dated && a.Horizon == assessment.HorizonNext3) {
				found = true
			}
		}
		if !found {
			t.Errorf("pl-subcontractor-own-brand: no decisive trademark action now: %v", shown(p))
		}
		// TAME is not 16th: an action of the plan, or — for a firm whose
		// capacity limits it, whose plan is five actions — in --all behind
		// LEO Donegal, the door that runs it.
		if !slices.ContainsFunc(plans["ie-micro-food"].Actions, func(a assessment.Action) bool { return a.Practice == "ie-tame-grant" }) {
			t.Error("ie-micro-food: TAME not in the plan")
		}
	})

	t.Run("4 the business model decides", func(t *testing.T) {
		// A prepaid SaaS firm: no CE file, no freight pricing, no payment
		// risk insurance, no customs.
		p := plans["dk-saas-scaleup"]
		for _, a := range p.Actions {
			switch a.Group {
			case "payment-risk", "export-finance":
				t.Errorf("dk-saas-scaleup: %s (%s)", a.Practice, a.Group)
			}
			switch a.Practice {
			case "global-product-compliance", "global-customs-hs-codes", "global-incoterms-terms-of-sale", "eu-access2markets":
				t.Errorf("dk-saas-scaleup: %s", a.Practice)
			}
		}
		// Programmes whose terms the firm does not meet are not actions,
		// and --all says why.
		p = plans["ie-food-producer"]
		for _, id := range []string{"ie-iti-acumen", "ie-iti-digital-sales-essentials"} {
			if action(p, id) != nil || !slices.ContainsFunc(p.NotForYou, func(n assessment.NotForYou) bool { return n.Practice == id && len(n.Why) > 0 }) {
				t.Errorf("ie-food-producer: %s is an action or not said to be not for it", id)
			}
		}
	})

	t.Run("5 scores measure readiness", func(t *testing.T) {
		if c.Question("networks.grants") != nil {
			t.Error("grant use is still scored (networks.grants)")
		}
		if s := dimScore(plans["dk-saas-scaleup"], "networks"); s == nil || *s < 0.5 {
			t.Errorf("dk-saas-scaleup (VC-funded, knows its support) scores %v on networks", s)
		}
		// Language questions are relative to the target markets: an Irish
		// firm selling to GB is not asked them; customs only across a
		// customs border.
		for _, tc := range []struct{ profile, question string }{
			{"ie-food-producer", "people-skills.languages"},
			{"ie-food-producer", "offer-adaptation.materials"},
			{"pl-subcontractor-own-brand", "logistics.customs-docs"},
			{"hr-it-services", "logistics.customs-docs"},
		} {
			f, _, err := loadAnswers("testdata/profiles/"+tc.profile+".yaml", c)
			if err != nil || f == nil {
				t.Fatal(err)
			}
			if slices.ContainsFunc(assessment.Applicable(c, f), func(q *catalogue.Question) bool { return q.ID == tc.question }) {
				t.Errorf("%s is asked %s", tc.profile, tc.question)
			}
		}
		// "Don't know" wherever the person answering could honestly not
		// know (design 8: 19 scored questions, was 13, and turnover and
		// export share); not on what a firm knows of itself (decision,
		// contacts, fairs, languages), where it would hide a "no".
		dk := 0
		for _, q := range c.Questions {
			if q.DontKnow {
				dk++
			}
		}
		if dk < 19 {
			t.Errorf("don't know on %d scored questions, want at least 19", dk)
		}
		for _, id := range []string{"turnover", "export-share", "legal-compliance.contracts", "finance.export-finance", "strategy.funding"} {
			if q := c.Question(id); q == nil || !q.DontKnow {
				t.Errorf("%s offers no don't know", id)
			}
		}
		for _, id := range []string{"strategy.decision", "sales-channels.contacts", "sales-channels.trade-fairs"} {
			if q := c.Question(id); q == nil || q.DontKnow {
				t.Errorf("%s offers don't know, which would hide a no", id)
			}
		}
	})

	t.Run("6 reasons speak of the firm", func(t *testing.T) {
		for name, p := range plans {
			for _, a := range p.Actions {
				if len(a.Reasons) > assessment.MaxReasons {
					t.Errorf("%s: %s has %d reasons", name, a.Practice, len(a.Reasons))
				}
				for _, r := range a.Reasons {
					if r.Kind == "region" || r.ID == "assessment.reason.region" || r.ID == "assessment.reason.atLeast" {
						t.Errorf("%s: %s gives %s as a reason", name, a.Practice, r.ID)
					}
				}
			}
		}
	})

	t.Run("7 ideas are for the firm", func(t *testing.T) {
		for name, p := range plans {
			if len(p.Ideas) > assessment.MaxIdeas {
				t.Errorf("%s: %d ideas", name, len(p.Ideas))
			}
			for _, d := range p.Ideas {
				pr := c.Practice(d.Practice)
				if pr == nil || d.Idea != strings.TrimSpace(pr.Idea.In("en")) {
					t.Errorf("%s: idea %s is not the practice's firm-facing text", name, d.Practice)
				}
				if strings.Contains(strings.ToLower(d.Idea), "a region can") {
					t.Errorf("%s: idea %s speaks to regions: %q", name, d.Practice, d.Idea)
				}
				if len(d.Reasons) == 0 {
					t.Errorf("%s: idea %s says not which need of the firm it meets", name, d.Practice)
				}
			}
		}
	})

	t.Run("8 an uncertain picture is said, and the plan is shorter", func(t *testing.T) {
		p := plans["uk-engineering-unsure"]
		if p.Uncertain == nil || len(p.FirstSteps) == 0 || p.FirstSteps[0].Kind != "clarify" || len(shown(p)) > 3*assessment.CapUncertain {
			t.Errorf("uk-engineering-unsure: uncertain %v, first steps %+v, %d actions shown", p.Uncertain, p.FirstSteps, len(shown(p)))
		}
	})
}

func hasNote(m *assessment.MarketView, id string) bool {
	return slices.ContainsFunc(m.Notes, func(n assessment.MarketNote) bool { return n.ID == id })
}

func dimScore(p assessment.Plan, id string) *float64 {
	for _, d := range p.Dimensions {
		if d.ID == id {
			return d.Score
		}
	}
	return nil
}
