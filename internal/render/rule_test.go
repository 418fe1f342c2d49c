package render

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

func TestRuleText(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	ans := func(q string, in ...string) *catalogue.Rule {
		return &catalogue.Rule{Answer: &catalogue.AnswerIn{Question: q, In: in}}
	}
	prof := func(q string, in ...string) *catalogue.Rule {
		return &catalogue.Rule{Profile: &catalogue.AnswerIn{Question: q, In: in}}
	}
	tests := []struct {
		name string
		rule *catalogue.Rule
		lang string
		want string
	}{
		{"nil is always", nil, "en", "always"},
		{"nil in Danish", nil, "da", "altid"},
		{"answer", ans("strategy.decision", "considering"), "en", `the answer to "Has the management decided that the firm will sell abroad?" is "We are considering it"`},
		{"answer with alternatives", ans("strategy.export-plan", "none", "written", "dont-know"), "en", `the answer to "Do you have a written export plan?" is "No", "Yes, written down" or "don't know"`},
		{"multi question", prof("markets", "uk"), "en", `the answers to "Which markets do you want to sell to next?" include "United Kingdom"`},
		{"negated answer", &catalogue.Rule{Not: ans("strategy.decision", "not-considered")}, "da", `svaret på "Har ledelsen besluttet, at virksomheden skal sælge i udlandet?" ikke er "Det har vi ikke drøftet"`},
		{"unknown question keeps IDs", ans("nope.q", "x"), "en", `the answer to "nope.q" is "x"`},
		{"score below", &catalogue.Rule{ScoreBelow: &catalogue.ScoreRef{Dimension: "strategy", Value: 0.75}}, "en", "the score for Strategy and commitment is below 75%"},
		{"score at least, Danish", &catalogue.Rule{ScoreAtLeast: &catalogue.ScoreRef{Dimension: "digital-sales", Value: 0.5}}, "da", "scoren for digital tilstedeværelse og onlinesalg er mindst 50\u00a0%"},
		{"stage", &catalogue.Rule{Stage: []string{"exploring", "first-exports"}}, "en", "the stage is Exploring or First exports"},
		{"not stage", &catalogue.Rule{Not: &catalogue.Rule{Stage: []string{"established"}}}, "en", "the stage is not Established"},
		{"markets", &catalogue.Rule{Markets: &catalogue.MarketsRef{Kinds: []string{"far"}, New: true}}, "en", "one of the firm's target markets is: outside Europe, new to the firm"},
		{"markets of any, Danish", &catalogue.Rule{Markets: &catalogue.MarketsRef{Kinds: []string{"outside-customs-union"}, Of: "any"}}, "da", "et af virksomhedens markeder, nu eller som mål, er: på den anden side af en toldgrænse"},
		{"markets named", &catalogue.Rule{Markets: &catalogue.MarketsRef{Named: new(bool)}}, "en", "the firm has not named target markets yet"},
		{"all", &catalogue.Rule{All: []*catalogue.Rule{prof("exports", "none"), {Stage: []string{"exploring"}}}}, "en",
			`the answer to "Do you sell outside your own country today?" is "No, not yet" and the stage is Exploring`},
		{"any with nested all", &catalogue.Rule{Any: []*catalogue.Rule{
			{Stage: []string{"expanding"}},
			{All: []*catalogue.Rule{{Stage: []string{"exploring"}}, {ScoreBelow: &catalogue.ScoreRef{Dimension: "strategy", Value: 0.5}}}},
		}}, "en", "the stage is Expanding or (the stage is Exploring and the score for Strategy and commitment is below 50%)"},
		{"not of composite", &catalogue.Rule{Not: &catalogue.Rule{Any: []*catalogue.Rule{{Stage: []string{"expanding"}}, {Stage: []string{"established"}}}}}, "en",
			"not (the stage is Expanding or the stage is Established)"},
		{"empty rule", &catalogue.Rule{}, "en", "always"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := RuleText(cat, tt.rule, i18n.Get(tt.lang)); got != tt.want {
				t.Errorf("RuleText =\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestRuleLines(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	stage := func(s string) *catalogue.Rule { return &catalogue.Rule{Stage: []string{s}} }
	tests := []struct {
		name string
		rule *catalogue.Rule
		want []string
	}{
		{"leaf", stage("exploring"), []string{"the stage is Exploring"}},
		{"any", &catalogue.Rule{Any: []*catalogue.Rule{stage("exploring"), stage("expanding")}}, []string{
			"any of these:",
			"  - the stage is Exploring",
			"  - the stage is Expanding",
		}},
		{"nested", &catalogue.Rule{All: []*catalogue.Rule{
			stage("exploring"),
			{Any: []*catalogue.Rule{stage("expanding"), {Not: &catalogue.Rule{All: []*catalogue.Rule{stage("established"), stage("first-exports")}}}}},
		}}, []string{
			"all of these:",
			"  - the stage is Exploring",
			"  - any of these:",
			"      - the stage is Expanding",
			"      - not all of these:",
			"          - the stage is Established",
			"          - the stage is First exports",
		}},
		{"none", &catalogue.Rule{Not: &catalogue.Rule{Any: []*catalogue.Rule{stage("expanding")}}}, []string{
			"none of these:",
			"  - the stage is Expanding",
		}},
		{"double negation", &catalogue.Rule{Not: &catalogue.Rule{Not: stage("expanding")}}, []string{"not (the stage is not Expanding)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := RuleLines(cat, tt.rule, i18n.Get("en"))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("RuleLines =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestRuleNoCatalogue(t *testing.T) {
	t.Parallel()
	r := &catalogue.Rule{Answer: &catalogue.AnswerIn{Question: "q", In: []string{"a"}}}
	if got := RuleText(nil, r, i18n.Get("en")); got != `the answer to "q" is "a"` {
		t.Errorf("RuleText without catalogue = %q", got)
	}
}
