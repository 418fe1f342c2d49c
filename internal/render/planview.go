package render

import (
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// MaxWhy is how many reasons the text formats give why a programme is not
// for the firm.
const MaxWhy = 3

// MaxAlternatives is how many alternatives an action names (--all: all).
const MaxAlternatives = 3

// profileFields are the profile summary's fields (what, to whom and how
// the firm sells, its markets now and its target markets).
func profileFields(p assessment.Plan) []string {
	var out []string
	for _, m := range p.Profile.Summary {
		if m.Text != "" {
			out = append(out, oneLine(m.Text))
		}
	}
	return out
}

// marketStageLines say the stage in each target market where it differs
// from the firm's ("India: first exports — new to you").
func marketStageLines(p assessment.Plan, loc i18n.Locale) []string {
	var out []string
	for _, m := range p.Stage.Markets {
		if m.Stage == p.Stage.ID {
			continue
		}
		s := loc.T("render.plan.marketStage", oneLine(m.Name), stageWord(m.Stage, loc))
		if m.New {
			s += " — " + loc.T("render.market.new")
		}
		out = append(out, s)
	}
	return out
}

// splitShown parts the actions into those shown (in plan order) and the rest.
func splitShown(p assessment.Plan) (shown, rest []assessment.Action) {
	for _, a := range p.Actions {
		if a.Shown {
			shown = append(shown, a)
		} else {
			rest = append(rest, a)
		}
	}
	return shown, rest
}

// joinTexts joins the texts of at most max messages (0: all).
func joinTexts(ms []assessment.Msg, sep string, max int) string {
	var out []string
	for i, m := range ms {
		if max > 0 && i == max {
			break
		}
		out = append(out, strings.TrimSuffix(oneLine(m.Text), "."))
	}
	s := strings.Join(out, sep)
	if s != "" {
		s += "."
	}
	return s
}

// clarifyText is one question to clarify: the question, its area, the
// answer, and whom to ask.
func clarifyText(p assessment.Plan, c assessment.Clarify, loc i18n.Locale) string {
	s := oneLine(c.Text)
	if c.Dimension != "" {
		if d := dimTitle(p, c.Dimension); d != "" {
			s += " (" + d + ")"
		}
	}
	if c.Answer != "" {
		s += " — " + answerWord(c.Answer, loc)
	}
	if c.With != "" {
		s += ". " + loc.T("render.label.ask", oneLine(c.With))
	}
	return s
}

// marketHeading is a market section's heading: name, code, and whether
// the firm sells there yet.
func marketHeading(m assessment.MarketView, loc i18n.Locale) string {
	s := oneLine(m.Name) + " (" + m.Country + ")"
	if m.New {
		return s + " — " + loc.T("render.market.new")
	}
	return s + " — " + loc.T("render.market.current")
}

// supportLine says a programme that serves a market and where it stands
// in the plan.
func supportLine(s assessment.MarketSupport, loc i18n.Locale) string {
	name := withOrganisation(s.Title, s.Organisation)
	var where string
	switch s.InPlan {
	case assessment.InPlanAction:
		where = loc.T("render.support.action", s.Action)
	case assessment.InPlanAlternative:
		where = loc.T("render.support.alternative", s.Action)
	case assessment.InPlanMore:
		where = loc.T("render.support.more")
	default:
		where = loc.T("render.support.none")
	}
	return loc.T("render.label.support") + ": " + name + " — " + where
}

// withOrganisation is a programme's title with who runs it, named once
// (a market's support line, an action's alternatives): not at all when the
// title holds it, only the bracketed part of an organisation "Body
// (Ministry)" when the title already names the body, and after a comma,
// not in brackets within brackets, when it has brackets of its own.
func withOrganisation(title, organisation string) string {
	name := oneLine(title)
	org := oneLine(organisation)
	if org == "" || strings.Contains(name, org) {
		return name
	}
	if body, rest, ok := strings.Cut(org, " ("); ok && body != "" && strings.HasSuffix(rest, ")") && strings.Contains(name, body) {
		return name + " (" + rest
	}
	if strings.Contains(org, "(") {
		return name + ", " + org
	}
	return name + " (" + org + ")"
}

// contactText is a programme's contact, when it has no page of its own.
func contactText(c *assessment.Contact, loc i18n.Locale) string {
	if c == nil {
		return ""
	}
	var parts []string
	for _, x := range []string{c.URL, c.Email, c.Phone} {
		if x != "" {
			parts = append(parts, oneLine(x))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return loc.T("render.label.contact") + ": " + strings.Join(parts, " · ")
}

// alternativesText names an action's alternatives (at most
// MaxAlternatives, with how many more; all with --all).
func alternativesText(a assessment.Action, loc i18n.Locale, all bool) string {
	if len(a.Alternatives) == 0 {
		return ""
	}
	var names []string
	for i, x := range a.Alternatives {
		if !all && i == MaxAlternatives {
			break
		}
		n := withOrganisation(x.Title, x.Organisation)
		if x.Eligibility == assessment.EligibleCheck {
			n += " — " + loc.T("render.label.checkFirst")
		}
		names = append(names, n)
	}
	s := loc.T("render.label.alternatives") + ": " + strings.Join(names, "; ")
	if more := len(a.Alternatives) - len(names); more > 0 {
		s += "; " + loc.N("render.label.alternatives.more", more, more)
	}
	return s
}

// ideaSource says where an idea comes from: the practice, who runs it,
// and its region.
func ideaSource(d assessment.Idea) string {
	s := oneLine(d.Title)
	if d.Organisation != "" && !strings.Contains(s, d.Organisation) {
		s += " — " + oneLine(d.Organisation)
	}
	if d.RegionName != "" {
		s += ", " + oneLine(d.RegionName)
	}
	return s
}
