package practices_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
)

// TestReasonsAboutTheFirm: every reason an action gives is a sentence
// about this firm's gap or fact, as an export counsellor would say it
// (advisor review 5). Not the programme ("It serves your target market
// India" under the IP helpdesk), not the engine's rule ("market-entry
// help treats you as a first-time exporter there"), not a market fact
// repeated after a reason that already says it ("India: across a customs
// border" after "your goods will cross a customs border"), and not the
// answer behind a decisive gap said again after it ("Your brand is
// registered at home only" after "…not registered in your target
// markets"), and not the questionnaire read back ("You answered 'Don't
// know' to …", "You could not yet answer '…'", "A market new to you: X" —
// advisor review 6, pattern 5: what not knowing, or a new market, means
// for the firm instead). The JSON trace keeps all of them.
func TestReasonsAboutTheFirm(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	en := i18n.Get("en")
	for _, pr := range firmProfiles {
		p := profilePlan(t, c, pr.name, "en")
		for _, a := range p.Actions {
			if !a.Shown {
				continue
			}
			var said []string
			specific := false
			var read []string // what the action's decisive rule reads
			if a.Decisive != nil {
				read = decisiveReads(c, a.Group, a.Decisive.ID)
			}
			for _, r := range a.Reasons {
				text := en.Format(r.Message)
				switch r.ID {
				case "assessment.reason.market.served", "assessment.reason.stage.newMarket", "assessment.reason.market.kind":
					t.Errorf("%s: %s: a reason about the programme or the engine, not the firm: %q", pr.name, a.Practice, text)
				}
				if strings.Contains(text, "It serves") || strings.Contains(text, "treats you as") || strings.HasPrefix(text, "You answered '") ||
					strings.HasPrefix(text, "You could not yet answer '") || strings.HasPrefix(text, "A market new to you:") || strings.HasPrefix(text, "Markets new to you:") {
					t.Errorf("%s: %s: %q", pr.name, a.Practice, text)
				}
				switch r.Kind {
				case assessment.ReasonDecisive, assessment.ReasonGap, assessment.ReasonDontKnow:
					specific = true
				}
				if (r.Kind == assessment.ReasonGap || r.Kind == assessment.ReasonDontKnow) && slices.Contains(read, r.Ref) {
					t.Errorf("%s: %s: %q says again what the decisive gap says", pr.name, a.Practice, text)
				}
				if slices.Contains(said, text) {
					t.Errorf("%s: %s: %q twice", pr.name, a.Practice, text)
				}
				said = append(said, text)
			}
			for _, r := range a.Reasons {
				if r.Kind == assessment.ReasonMarket && specific {
					t.Errorf("%s: %s: a market fact beside the firm's own gap: %q", pr.name, a.Practice, en.Format(r.Message))
				}
			}
			for _, r := range a.Reasons {
				if r.Kind == assessment.ReasonDecisive {
					continue
				}
				found := false
				for _, ti := range a.Trace {
					if ti.Ref == r.Ref || ti.Kind == assessment.TraceMarkets || ti.Kind == assessment.TraceFit {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: %s: reason %s (%s) is not in the trace", pr.name, a.Practice, r.ID, r.Ref)
				}
			}
		}
	}
}

// TestKnowsNamesOnlyAtTheDoor: "You know some names of public export
// support, but not yet which of it fits" is why a firm new to exporting
// starts at the door, and is said there only — on no other action, and not
// on a door after a regular exporter's own decisive steps (advisor review
// 6, pattern 5: the sentence was in 8 of 18 plans, on Erhvervshus #5 for a
// SaaS scale-up that starts with the Trade Council and on an unconfirmed
// county chamber for an IT firm short of people); such a door says a
// reason of its own or stays in --all.
func TestKnowsNamesOnlyAtTheDoor(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	en := i18n.Get("en")
	said, regular := 0, 0
	for _, pr := range firmProfiles {
		p := profilePlan(t, c, pr.name, "en")
		newToExport := p.Respondent.Exports == "none" || p.Respondent.Exports == "occasional"
		for _, a := range p.Actions {
			if !a.Shown {
				continue
			}
			names := false
			for _, r := range a.Reasons {
				if r.Ref == assessment.QuestionSupportUse && strings.Contains(en.Format(r.Message), "some names") {
					names = true
				}
			}
			switch {
			case names && !a.Door:
				t.Errorf("%s: %s: the firm's knowledge of public support is the reason of an action that is not the door", pr.name, a.Practice)
			case names && !newToExport:
				t.Errorf("%s: %s: the firm exports regularly and starts with its own steps, but the door's reason is that it knows some names", pr.name, a.Practice)
			case names:
				said++
			}
			if a.Door && !newToExport {
				regular++
			}
			if a.Door && len(a.Reasons) == 0 {
				t.Errorf("%s: %s: a door with no reason", pr.name, a.Practice)
			}
		}
	}
	if said == 0 || regular == 0 {
		t.Errorf("%d doors say the firm knows some names, %d doors of regular exporters: the test checks nothing", said, regular)
	}
}

// TestKnownBorderBuildsOnRoutine: a firm that already ships across a
// customs border (an Italian valve maker selling in the US, the UK, Turkey
// and the UAE, entering India) is not told its goods will cross a border
// it has not shipped across, nor, as a first step, to find its product's
// customs code: its plan builds on the customs routine it has (advisor
// review 5, it-manufacturer-india).
func TestKnownBorderBuildsOnRoutine(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	var beginner []string // the first steps written for a firm new to customs
	for _, id := range []string{"eu-access2markets", "global-customs-hs-codes"} {
		if pr := c.Practice(id); pr != nil && len(pr.Steps) > 0 {
			beginner = append(beginner, strings.TrimSpace(pr.Steps[0].In("en")))
		}
	}
	if len(beginner) == 0 {
		t.Fatal("no beginner customs steps in the catalogue")
	}
	checked := 0
	for _, pr := range firmProfiles {
		p := profilePlan(t, c, pr.name, "en")
		if !shipsAcrossBorder(c, p.Profile.HomeCountry, p.Profile.CurrentMarkets) {
			continue
		}
		checked++
		for _, a := range p.Actions {
			if a.Shown && a.Decisive != nil && a.Decisive.ID == "new-customs-border" {
				t.Errorf("%s: %s: told its goods cross a customs border it has not shipped across, selling in %v", pr.name, a.Practice, p.Profile.CurrentMarkets)
			}
		}
		for _, s := range p.FirstSteps {
			if slices.Contains(beginner, strings.TrimSpace(s.Text)) {
				t.Errorf("%s: first step %q (from %s) for a firm that already ships across a customs border", pr.name, s.Text, s.Practice)
			}
		}
		if pr.name == "it-manufacturer-india" {
			ok := false
			for _, a := range p.Actions {
				if a.Shown && a.Group == "market-rules" && a.Decisive != nil && a.Decisive.ID == "new-market-known-border" {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: no market-rules action on the known border", pr.name)
			}
		}
	}
	if checked < 3 {
		t.Errorf("only %d profiles ship across a customs border today", checked)
	}
}

// decisiveReads are the questions group g's decisive rule id reads.
func decisiveReads(c *catalogue.Catalogue, g, id string) []string {
	grp := c.Group(g)
	if grp == nil {
		return nil
	}
	var out []string
	var walk func(r *catalogue.Rule)
	walk = func(r *catalogue.Rule) {
		if r == nil {
			return
		}
		if r.Answer != nil {
			out = append(out, r.Answer.Question)
		}
		for _, x := range append(append([]*catalogue.Rule{}, r.All...), r.Any...) {
			walk(x)
		}
	}
	for _, d := range grp.Decisive {
		if d != nil && d.ID == id {
			walk(d.When)
		}
	}
	return out
}

// shipsAcrossBorder reports whether one of a firm's current markets lies
// outside its home's customs territory (the EU's customs union is one).
func shipsAcrossBorder(c *catalogue.Catalogue, home string, current []string) bool {
	h := c.Country(home)
	if h == nil {
		return false
	}
	for _, m := range current {
		mc := c.Country(m)
		if mc == nil || m == home {
			continue
		}
		hin, mIn := h.InGroup(catalogue.GroupCustomsUnion), mc.InGroup(catalogue.GroupCustomsUnion)
		if hin != mIn || !hin {
			return true
		}
	}
	return false
}

// TestIdeasNameTheFirmsGap: an idea from another region says which gap of
// the firm it answers ("Export work is done by the owner when there is
// time"), as an action does — not only the need's name ("A need in your
// plan: Give someone the time and skills to sell abroad") or what the
// other region's programme served (advisor review 5). An idea is offered
// only for such a gap, so every idea has one.
func TestIdeasNameTheFirmsGap(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	en := i18n.Get("en")
	n := 0
	plans := map[string]assessment.Plan{}
	for _, pr := range firmProfiles {
		plans[pr.name] = profilePlan(t, c, pr.name, "en")
	}
	// Firms whose own country the catalogue covers get few ideas; the same
	// firms based in Switzerland, whose support it does not hold, get more.
	for _, name := range []string{"dk-software-startup", "uk-food-eu", "dk-aalborg-outside"} {
		plans[name+" (CH)"] = movedPlan(t, c, name, "non-eu", "CH")
	}
	for name, p := range plans {
		pr := struct{ name string }{name}
		for _, d := range p.Ideas {
			n++
			if len(d.Reasons) == 0 || len(d.Reasons) > assessment.MaxIdeaReasons {
				t.Errorf("%s: idea %s has %d reasons", pr.name, d.Practice, len(d.Reasons))
			}
			for _, r := range d.Reasons {
				if r.Kind == "need" || r.ID == "assessment.reason.need" || r.ID == "assessment.reason.market.served" {
					t.Errorf("%s: idea %s: %q is not the firm's gap", pr.name, d.Practice, en.Format(r.Message))
				}
			}
		}
	}
	if n == 0 {
		t.Error("no profile has an idea")
	}
}

// TestExportersNotTreatedAsBeginners: the steps shown to a firm that
// already exports to several markets do not ask it to bring its "export
// idea" to a first meeting or to write down its customs code "if you know
// it" (advisor review 5: dk-saas-scaleup sells in five markets,
// it-machinery-maker declares its customs in-house in ten).
func TestExportersNotTreatedAsBeginners(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	n := 0
	for _, pr := range firmProfiles {
		p := profilePlan(t, c, pr.name, "en")
		if p.Stage.ID != "expanding" && p.Stage.ID != "established" {
			continue
		}
		n++
		for _, a := range p.Actions {
			if !a.Shown {
				continue
			}
			for _, s := range a.Steps {
				for _, b := range []string{"export idea", "if you know it"} {
					if strings.Contains(s, b) {
						t.Errorf("%s (%s): %s: %q", pr.name, p.Stage.ID, a.Practice, s)
					}
				}
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d profiles export to several markets", n)
	}
}

// TestHeldBackSaysWhy: an action a decisive step holds back (--all lists
// it) names that step — the capacity plan before Bord Bia's buyer events
// (ie-micro-food), the waiting buyer's offer before a separate pricing
// step (pl-furniture-de), the users who do not pay before a paid agency
// (dk-software-startup) — in text, Markdown, HTML and JSON; a shown action
// is held back by nothing.
func TestHeldBackSaysWhy(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, want := range []struct{ profile, practice, by string }{
		{"ie-micro-food", "ie-bord-bia", "global-capacity-before-buyers"},
		{"pl-furniture-de", "global-export-pricing", "global-answer-waiting-buyer"},
		{"dk-software-startup", "dk-trade-council", "global-convert-trial-users"},
	} {
		p := profilePlan(t, c, want.profile, "en")
		p.ShowAll = true
		var title string
		for _, a := range p.Actions {
			if a.Shown && a.HeldBack != nil {
				t.Errorf("%s: %s is shown, but held back by %s", want.profile, a.Practice, a.HeldBack.Ref)
			}
			if a.Practice == want.by {
				title = a.Title
			}
		}
		found := false
		for _, a := range p.Actions {
			if a.Practice != want.practice {
				continue
			}
			found = true
			if a.Shown || a.HeldBack == nil || a.HeldBack.Ref != want.by {
				t.Errorf("%s: %s: shown %v, held back %+v; want held back by %s", want.profile, a.Practice, a.Shown, a.HeldBack, want.by)
			}
		}
		if !found || title == "" {
			t.Fatalf("%s: no action %s, or none %s", want.profile, want.practice, want.by)
		}
		for _, format := range []string{"text", "markdown", "html", "json"} {
			out := string(renderPlan(t, p, format))
			out = strings.Join(strings.Fields(out), " ")
			if format == "json" {
				if !strings.Contains(out, `"held_back": { "kind": "held-back", "ref": "`+want.by+`", "id": "assessment.heldBack"`) {
					t.Errorf("%s, json: no held_back by %s", want.profile, want.by)
				}
				continue
			}
			if !strings.Contains(out, "Held back: “"+strings.Join(strings.Fields(title), " ")) {
				t.Errorf("%s, %s: no held-back line naming %q", want.profile, format, title)
			}
		}
	}
}

// TestStepsNameTheMarkets: a step that says {target_markets} names the
// firm's target markets in its plan ("— Brazil and the United States —", in the
// plan's language), and "your target markets" where no firm is known
// (eis practices show); the placeholder itself is never printed.
func TestStepsNameTheMarkets(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	n := 0
	for _, pr := range c.Practices {
		has := false
		for _, s := range pr.Steps {
			has = has || strings.Contains(s.In("en"), catalogue.PlaceholderTargets)
		}
		if !has {
			continue
		}
		n++
		for _, lang := range []string{"en", "pt"} {
			var buf bytes.Buffer
			if err := render.PracticeShow(&buf, c, pr, "text", i18n.Get(lang), render.Options{Width: 80}); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(buf.String(), "{target_markets}") {
				t.Errorf("eis practices show %s --lang %s prints the placeholder", pr.ID, lang)
			}
		}
	}
	if n == 0 {
		t.Fatal("no step names the target markets: the test shows nothing")
	}
	for lang, want := range map[string]string{"en": "— Brazil and the United States —", "pt": "— Brasil e Estados Unidos —"} {
		p := profilePlan(t, c, "pt-olive-oil-coop", lang)
		out := strings.Join(strings.Fields(string(renderPlan(t, p, "text"))), " ")
		if !strings.Contains(out, want) || strings.Contains(out, "{target_markets}") {
			t.Errorf("pt-olive-oil-coop (%s): the market-choice step does not name %q", lang, want)
		}
	}
}

// TestStageSaysTheFirmsFacts: the stage is explained by the firm's facts
// — "You sell regularly in two to five foreign markets", "the owners have
// not yet decided to sell abroad" — never by its answers quoted back
// ("You answered '…' to '…'").
func TestStageSaysTheFirmsFacts(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	en := i18n.Get("en")
	for _, pr := range firmProfiles {
		p := profilePlan(t, c, pr.name, "en")
		var why []string
		for _, m := range p.Stage.Reasons {
			why = append(why, en.Format(m.Message))
		}
		s := strings.Join(why, " ")
		if strings.Contains(strings.ToLower(s), "you answered '") {
			t.Errorf("%s: the stage reads the form back: %q", pr.name, s)
		}
		if pr.name == "hr-undecided-micro" && !strings.Contains(s, "the owners have not yet decided to sell abroad") {
			t.Errorf("%s: %q does not say the owners have not decided", pr.name, s)
		}
	}
}

// TestMarketChoiceSaysWhereToStart: the market choice's Why names the
// candidate the plan's own facts favour, and the facts behind it, as a
// starting point — Germany (no customs border, the euro) over the United
// States for the Alentejo wine coop, Northern Ireland (shops already
// order, no customs border) over Great Britain for the Donegal chutney
// maker (advisor review 7, pattern 1).
func TestMarketChoiceSaysWhereToStart(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for _, tc := range []struct {
		profile, market, text string
	}{
		{"pt-wine-cooperative", "DE", "Germany: no customs border, your own currency (the United States: not so)"},
		{"ie-micro-food", "XI", "Northern Ireland): you already sell there, no customs border"},
		{"pt-olive-oil-coop", "BR", "Brazil: buyers speak your language"},
	} {
		p := profilePlan(t, c, tc.profile, "en")
		found := false
		for _, a := range p.Actions {
			if a.Practice != assessment.PracticeChooseFirstMarket {
				continue
			}
			for _, r := range a.Reasons {
				if r.ID == "assessment.reason.firstMarket.choose" {
					found = true
					if r.Ref != tc.market || !strings.Contains(r.Text, tc.text) || !strings.Contains(r.Text, "not a verdict") {
						t.Errorf("%s: the market choice says %q (%s), want %s and %q", tc.profile, r.Text, r.Ref, tc.market, tc.text)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: the market choice does not say where to start", tc.profile)
		}
	}
}
