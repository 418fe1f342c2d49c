package assessment

import (
	"slices"
	"testing"
)

// TestMoneyConstraintBringsGrants: a firm that says money for the export
// work limits it most is offered its region's grants for an export project
// — with that answer as the reason — even when nothing else in its answers
// points to them; a grant between calls stays in "not for you"; with
// another main constraint the same answers bring no grant.
func TestMoneyConstraintBringsGrants(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	base := []string{"sector=manufacturing", "turnover=500k-2m", "years-trading=over-5", "sells-what=goods,", "sells-to=b2b,", "sells-how=own-brand,",
		"exports=few-markets", "export-share=20-50", "strategy.decision=decided", "strategy.funding=secured", "sales-channels.trade-fairs=targeted",
		"offer-adaptation.materials=target-language", "digital-sales.website=target-languages"}
	for _, tt := range []struct {
		name, region, size, constraint, practice string
		action, notForYou                        bool
	}{
		{"Donegal micro, money", "ie-donegal", "micro", "money", "ie-tame-grant", true, false},
		{"Donegal micro, buyers", "ie-donegal", "micro", "finding-buyers", "ie-tame-grant", false, false},
		{"Koprivnica, money", "hr-koprivnica-krizevci", "small", "money", "hr-koprivnica-city-subsidies", true, false},
		{"Alentejo, money: SICE between calls", "pt-alentejo", "small", "money", "pt-sice-internacionalizacao", false, true},
	} {
		current := "current-markets=GB,SE,"
		p := plan(t, cat, append(slices.Clone(base), "region="+tt.region, "size="+tt.size, "main-constraint="+tt.constraint, current, "target-markets=DE,")...)
		var act *Action
		for i := range p.Actions {
			if p.Actions[i].Practice == tt.practice {
				act = &p.Actions[i]
			}
		}
		if (act != nil) != tt.action {
			t.Errorf("%s: %s an action: %v, want %v", tt.name, tt.practice, act != nil, tt.action)
		}
		if act != nil && !slices.ContainsFunc(act.Reasons, func(r Msg) bool { return r.Ref == ProfileMainConstraint }) {
			t.Errorf("%s: %s's reasons %+v do not name the main constraint", tt.name, tt.practice, act.Reasons)
		}
		nfy := slices.ContainsFunc(p.NotForYou, func(n NotForYou) bool { return n.Practice == tt.practice })
		if nfy != tt.notForYou {
			t.Errorf("%s: %s not for you: %v, want %v", tt.name, tt.practice, nfy, tt.notForYou)
		}
	}
}
