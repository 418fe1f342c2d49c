package render

import (
	"encoding/json"
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
// final newline.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// normalisePlan returns a copy of p whose slices are non-nil and whose
// schema version is set; p itself is not modified.
func normalisePlan(p assessment.Plan) assessment.Plan {
	if p.SchemaVersion == 0 {
		p.SchemaVersion = assessment.SchemaVersion
	}
	p.Axes = nonNil(p.Axes)
	p.Dimensions = nonNil(p.Dimensions)
	p.ToClarify = nonNil(p.ToClarify)
	p.FirstSteps = nonNil(p.FirstSteps)
	p.Markets = nonNil(p.Markets)
	p.NotForYou = nonNil(p.NotForYou)
	p.Ideas = nonNil(p.Ideas)
	p.Notices = nonNil(p.Notices)
	p.Stage.Reasons = nonNil(p.Stage.Reasons)
	p.Stage.Markets = nonNil(p.Stage.Markets)
	p.Profile.Summary = nonNil(p.Profile.Summary)
	for _, l := range []*[]string{&p.Profile.SellsWhat, &p.Profile.SellsTo, &p.Profile.SellsHow, &p.Profile.CurrentMarkets, &p.Profile.TargetMarkets} {
		*l = nonNil(*l)
	}
	out := make([]assessment.Action, len(p.Actions))
	for i, a := range p.Actions {
		a.Dimensions = nonNil(a.Dimensions)
		a.Steps = nonNil(a.Steps)
		a.Reasons = nonNil(a.Reasons)
		a.Checks = nonNil(a.Checks)
		a.Alternatives = nonNil(a.Alternatives)
		a.Serves = nonNil(a.Serves)
		a.Trace = nonNil(a.Trace)
		out[i] = a
	}
	p.Actions = out
	return p
}

// nonNil returns s, or an empty slice when s is nil.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
