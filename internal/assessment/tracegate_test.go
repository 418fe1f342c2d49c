package assessment

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestTraceMarksGates: the trace marks an atom under a not: (a guard,
// which says when a practice stays out) as a gate — the JSON's "gate":
// true — and only such atoms: a gated answer or profile fact is one the
// practice's rule reads under a not.
func TestTraceMarksGates(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	gates, desk := 0, false
	for _, name := range []string{"uk-accessories-webshop-eu-us", "dk-saas-scaleup", "pl-linen-us-ca"} {
		p := buildProfile(t, cat, name, "", "")
		for _, a := range p.Actions {
			pr := cat.Practice(a.Practice)
			if pr == nil {
				t.Fatalf("%s: no practice %s", name, a.Practice)
			}
			guarded := notRefs(pr.When, false, nil)
			for _, ti := range a.Trace {
				if !ti.Gate {
					continue
				}
				gates++
				if (ti.Kind == TraceAnswer || ti.Kind == TraceProfile) && !slices.Contains(guarded, ti.Ref) {
					t.Errorf("%s %s: trace item %s %s marked gate, but the rule reads it under no not (%v)", name, a.Practice, ti.Kind, ti.Ref, guarded)
				}
			}
			if a.Practice == "global-desk-research-general" && name == "uk-accessories-webshop-eu-us" {
				// when: a gap in market knowledge, and not: what makes
				// the EU's Access2Markets the firm's (its region, goods)
				desk = true
				for _, ti := range a.Trace {
					if ti.Kind != TraceProfile && ti.Kind != TraceAnswer {
						continue
					}
					if want := ti.Kind == TraceProfile && ti.Ref == ProfileRegion; ti.Gate != want {
						t.Errorf("%s: trace item %s %s gate = %v, want %v", a.Practice, ti.Kind, ti.Ref, ti.Gate, want)
					}
				}
			}
		}
	}
	if !desk {
		t.Error("uk-accessories-webshop-eu-us: no global-desk-research-general action to check")
	}
	if gates == 0 {
		t.Error("no trace item is marked gate in any of the plans")
	}
}

// notRefs are the questions of the answer and profile atoms of r that
// stand under a not.
func notRefs(r *catalogue.Rule, under bool, out []string) []string {
	if r == nil {
		return out
	}
	for _, x := range append(append([]*catalogue.Rule{}, r.All...), r.Any...) {
		out = notRefs(x, under, out)
	}
	out = notRefs(r.Not, true, out)
	if under && r.Answer != nil {
		out = append(out, r.Answer.Question)
	}
	if under && r.Profile != nil {
		out = append(out, r.Profile.Question)
	}
	return out
}
