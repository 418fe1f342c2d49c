package render

import (
	"strings"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// RuleText describes r in words on one line, e.g. `the answer to "Do you
// have a written export plan?" is "No" or "Only in our heads"`. Nested
// conditions are joined with "and" / "or" in parentheses. A nil rule is
// "always".
func RuleText(cat *catalogue.Catalogue, r *catalogue.Rule, loc i18n.Locale) string {
	return ruleWords{cat: cat, loc: loc}.inline(r, false)
}

// RuleLines describes r in words as an outline: one condition per line, the
// parts of "all of" / "any of" indented two spaces per level and bulleted.
func RuleLines(cat *catalogue.Catalogue, r *catalogue.Rule, loc i18n.Locale) []string {
	rw := ruleWords{cat: cat, loc: loc}
	var out []string
	rw.outline(r, "", &out)
	return out
}

// ruleWords turns rules into words in one language, using the catalogue for
// question texts, option labels and dimension titles.
type ruleWords struct {
	cat *catalogue.Catalogue
	loc i18n.Locale
}

func (rw ruleWords) tr(key string, args ...any) string { return rw.loc.T(key, args...) }

// composite reports whether r combines other rules.
func composite(r *catalogue.Rule) bool {
	return r != nil && (len(r.All) > 0 || len(r.Any) > 0 || r.Not != nil)
}

func (rw ruleWords) inline(r *catalogue.Rule, nested bool) string {
	if r == nil {
		return rw.tr("render.rule.always")
	}
	var s string
	switch {
	case len(r.All) > 0:
		s = rw.join(r.All, rw.tr("render.rule.and"))
	case len(r.Any) > 0:
		s = rw.join(r.Any, rw.tr("render.rule.or"))
	case r.Not != nil:
		if leaf, ok := rw.negatedLeaf(r.Not); ok {
			return leaf
		}
		inner := rw.inline(r.Not, true)
		if r.Not.Not != nil {
			inner = "(" + inner + ")"
		}
		return rw.tr("render.rule.not", inner)
	default:
		return rw.leaf(r)
	}
	if nested {
		return "(" + s + ")"
	}
	return s
}

func (rw ruleWords) join(rs []*catalogue.Rule, word string) string {
	parts := make([]string, len(rs))
	for i, c := range rs {
		parts[i] = rw.inline(c, true)
	}
	return strings.Join(parts, " "+word+" ")
}

func (rw ruleWords) outline(r *catalogue.Rule, indent string, out *[]string) {
	head := func(key string, rs []*catalogue.Rule) {
		*out = append(*out, indent+rw.tr(key))
		for _, c := range rs {
			if composite(c) {
				var sub []string
				rw.outline(c, indent+"    ", &sub)
				sub[0] = indent + "  - " + strings.TrimLeft(sub[0], " ")
				*out = append(*out, sub...)
				continue
			}
			*out = append(*out, indent+"  - "+rw.inline(c, false))
		}
	}
	switch {
	case r == nil || !composite(r):
		*out = append(*out, indent+rw.inline(r, false))
	case len(r.All) > 0:
		head("render.rule.all", r.All)
	case len(r.Any) > 0:
		head("render.rule.any", r.Any)
	default: // not
		if composite(r.Not) {
			key := "render.rule.none"
			rs := r.Not.Any
			if len(r.Not.All) > 0 {
				key, rs = "render.rule.notall", r.Not.All
			}
			if rs != nil {
				head(key, rs)
				return
			}
		}
		*out = append(*out, indent+rw.inline(r, false))
	}
}

// negatedLeaf words "not (answer is X)" as "answer is not X", and likewise
// for profiles, stages and scores.
func (rw ruleWords) negatedLeaf(r *catalogue.Rule) (string, bool) {
	switch {
	case r.Answer != nil:
		return rw.answer(r.Answer, true), true
	case r.Profile != nil:
		return rw.answer(r.Profile, true), true
	case len(r.Stage) > 0:
		return rw.tr("render.rule.stage.not", rw.alternatives(rw.stageNames(r.Stage))), true
	}
	return "", false
}

func (rw ruleWords) leaf(r *catalogue.Rule) string {
	switch {
	case r.Answer != nil:
		return rw.answer(r.Answer, false)
	case r.Profile != nil:
		return rw.answer(r.Profile, false)
	case r.ScoreBelow != nil:
		return rw.tr("render.rule.score.below", rw.loc.MidSentence(rw.dimension(r.ScoreBelow.Dimension)), percent(rw.loc, r.ScoreBelow.Value))
	case r.ScoreAtLeast != nil:
		return rw.tr("render.rule.score.atleast", rw.loc.MidSentence(rw.dimension(r.ScoreAtLeast.Dimension)), percent(rw.loc, r.ScoreAtLeast.Value))
	case len(r.Stage) > 0:
		return rw.tr("render.rule.stage", rw.alternatives(rw.stageNames(r.Stage)))
	case r.Markets != nil:
		return rw.markets(r.Markets)
	}
	return rw.tr("render.rule.always")
}

// markets words a markets condition: which of the firm's markets (its
// target markets, any of its markets, or all of its target markets) must be
// of the kinds, one of the countries, and new to the firm; or whether the
// firm has named target markets at all.
func (rw ruleWords) markets(m *catalogue.MarketsRef) string {
	var parts []string
	for _, k := range m.Kinds {
		parts = append(parts, rw.tr("assessment.kind."+k))
	}
	if len(m.Countries) > 0 {
		names := make([]string, len(m.Countries))
		for i, code := range m.Countries {
			names[i] = code
			if rw.cat != nil {
				if c := rw.cat.Country(code); c != nil {
					names[i] = rw.loc.Pick(c.Name)
				}
			}
		}
		parts = append(parts, rw.alternatives(names))
	}
	if m.New {
		parts = append(parts, rw.tr("render.rule.markets.new"))
	}
	if len(parts) == 0 {
		if m.Named != nil && !*m.Named {
			return rw.tr("render.rule.markets.unnamed")
		}
		return rw.tr("render.rule.markets.named")
	}
	key := "render.rule.markets.targets"
	switch {
	case m.All:
		key = "render.rule.markets.all"
	case m.Of == "any":
		key = "render.rule.markets.any"
	}
	return rw.tr(key, strings.Join(parts, ", "))
}

// answer words an answer condition with the question's text and the
// options' labels (IDs when the catalogue does not know them).
func (rw ruleWords) answer(a *catalogue.AnswerIn, negate bool) string {
	text := a.Question
	var q *catalogue.Question
	if rw.cat != nil {
		q = rw.cat.Question(a.Question)
	}
	if q != nil {
		text = oneLine(rw.loc.Pick(q.Text))
	}
	labels := make([]string, len(a.In))
	for i, id := range a.In {
		labels[i] = quote(rw.optionLabel(q, id))
	}
	multi := q != nil && q.Kind == catalogue.KindMulti
	var key string
	switch {
	case multi && negate:
		key = "render.rule.answer.multi.not"
	case multi:
		key = "render.rule.answer.multi"
	case negate:
		key = "render.rule.answer.not"
	default:
		key = "render.rule.answer"
	}
	return rw.tr(key, quote(text), rw.alternatives(labels))
}

// optionLabel is an option's label (assessment.OptionText) on one line; the
// reserved answers are named in lower case, as in the middle of a sentence.
func (rw ruleWords) optionLabel(q *catalogue.Question, id string) string {
	if id == catalogue.DontKnow || id == catalogue.NotApplicable {
		return answerWord(id, rw.loc)
	}
	return oneLine(rw.loc.Say(assessment.OptionText(q, id)))
}

func (rw ruleWords) dimension(id string) string {
	if rw.cat != nil {
		if d := rw.cat.Dimension(id); d != nil {
			return oneLine(rw.loc.Pick(d.Title))
		}
	}
	return id
}

func (rw ruleWords) stageNames(ids []string) []string {
	out := make([]string, len(ids))
	for i, s := range ids {
		out[i] = stageWord(s, rw.loc)
	}
	return out
}

// alternatives joins a, b and c as `a, b or c` (Locale.Or).
func (rw ruleWords) alternatives(items []string) string { return rw.loc.Or(items) }

// quote puts s in straight double quotes, unescaped (it is for reading).
func quote(s string) string { return `"` + s + `"` }
