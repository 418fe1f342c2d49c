package render

import (
	"io"

	"github.com/eis-project/eis/internal/assessment"
)

// PlanJSON writes p as indented JSON with its schema_version. Lists are
// always arrays (never null), so consumers need no null checks; scores are
// null when there is no score.
func PlanJSON(w io.Writer, p assessment.Plan, o Options) error {
	w = o.writer(w, FormatJSON)
	return writeJSON(w, normalisePlan(p))
}

// writeJSON writes v indented by two spaces, without HTML escaping, with a
// final newline: what json.Encoder with SetEscapeHTML(false) and
// SetIndent("", "  ") writes, written by encodeJSON (see jsonenc.go).
func writeJSON(w io.Writer, v any) error {
	return encodeJSON(w, v)
}

// normalisePlan returns a copy of p whose slices, nested ones included,
// are non-nil and whose schema version is set; p itself is not modified.
func normalisePlan(p assessment.Plan) assessment.Plan {
	if p.SchemaVersion == 0 {
		p.SchemaVersion = assessment.SchemaVersion
	}
	p.Axes = nonNil(p.Axes)
	p.Dimensions = nonNil(p.Dimensions)
	p.ToClarify = nonNil(p.ToClarify)
	p.FirstSteps = nonNil(p.FirstSteps)
	p.Notices = msgs(p.Notices)
	p.Stage.Reasons = msgs(p.Stage.Reasons)
	p.Stage.Markets = nonNil(p.Stage.Markets)
	p.Profile.Summary = msgs(p.Profile.Summary)
	for _, l := range []*[]string{&p.Profile.SellsWhat, &p.Profile.SellsTo, &p.Profile.SellsHow, &p.Profile.CurrentMarkets, &p.Profile.TargetMarkets} {
		*l = nonNil(*l)
	}
	actions := make([]assessment.Action, len(p.Actions))
	for i, a := range p.Actions {
		a.Dimensions = nonNil(a.Dimensions)
		a.Steps = nonNil(a.Steps)
		a.Reasons = msgs(a.Reasons)
		a.Checks = msgs(a.Checks)
		a.Alternatives = nonNil(a.Alternatives)
		a.Serves = nonNil(a.Serves)
		trace := make([]assessment.TraceItem, len(a.Trace))
		for j, t := range a.Trace {
			if t.Msg != nil {
				m := msg(*t.Msg)
				t.Msg = &m
			}
			trace[j] = t
		}
		a.Trace = trace
		actions[i] = a
	}
	p.Actions = actions
	markets := make([]assessment.MarketView, len(p.Markets))
	for i, m := range p.Markets {
		m.Kinds = nonNil(m.Kinds)
		m.Languages = nonNil(m.Languages)
		m.Lines = msgs(m.Lines)
		m.Support = nonNil(m.Support)
		notes := make([]assessment.MarketNote, len(m.Notes))
		for j, n := range m.Notes {
			n.Sources = nonNil(n.Sources)
			notes[j] = n
		}
		m.Notes = notes
		if m.NoSupport != nil {
			ns := msg(*m.NoSupport)
			m.NoSupport = &ns
		}
		markets[i] = m
	}
	p.Markets = markets
	nfy := make([]assessment.NotForYou, len(p.NotForYou))
	for i, n := range p.NotForYou {
		n.Why = msgs(n.Why)
		nfy[i] = n
	}
	p.NotForYou = nfy
	ideas := make([]assessment.Idea, len(p.Ideas))
	for i, d := range p.Ideas {
		d.Serves = nonNil(d.Serves)
		d.Reasons = msgs(d.Reasons)
		ideas[i] = d
	}
	p.Ideas = ideas
	return p
}

// msgs is ms, non-nil, each with non-nil arguments.
func msgs(ms []assessment.Msg) []assessment.Msg {
	out := make([]assessment.Msg, len(ms))
	for i, m := range ms {
		out[i] = msg(m)
	}
	return out
}

func msg(m assessment.Msg) assessment.Msg {
	m.Args = nonNil(m.Args)
	return m
}

// nonNil returns s, or an empty slice when s is nil.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
