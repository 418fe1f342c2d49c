package assessment

import (
	"reflect"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// groupedPlanner is the planner of f's plan with its needs grouped (collect
// and groupUp done).
func groupedPlanner(cat *catalogue.Catalogue, f *answers.File, now time.Time) *planner {
	fx := NewFacts(cat, f)
	pl := &planner{cat: cat, fx: fx, sc: fx.scores(), fm: fx.Firm(), now: now}
	pl.collect()
	pl.groupUp()
	return pl
}

// passedOver lists, as "group/rule:winner>practice", each need whose
// decisive rule holds while a practice written for that rule (see
// writtenFor), an action candidate of the need, is not its action.
func passedOver(cat *catalogue.Catalogue, f *answers.File, now time.Time) []string {
	pl := groupedPlanner(cat, f, now)
	var out []string
	for _, g := range cat.Groups {
		d := pl.holdingOf(g.Decisive)
		if d == nil {
			continue
		}
		w := pl.byGroup[g.ID]
		for _, c := range pl.actions {
			if c.groups[0] != g.ID || !writtenFor(c.p.When, d.When) {
				continue
			}
			if c != w {
				won := "-"
				if w != nil {
					won = w.p.ID
				}
				out = append(out, g.ID+"/"+d.ID+":"+won+">"+c.p.ID)
			}
			break
		}
	}
	return out
}

// TestWrittenFor: a practice's rule is written for a decisive rule when it
// asks all the decisive rule asks, in any nesting of all; a condition it
// lacks or asks otherwise is not. sameRule compares every field of a
// condition: a field added to catalogue.Rule or MarketsRef must be added
// there too.
func TestWrittenFor(t *testing.T) {
	t.Parallel()
	if n := reflect.TypeFor[catalogue.Rule]().NumField(); n != 10 {
		t.Errorf("catalogue.Rule has %d fields, sameRule knows 10", n)
	}
	if n := reflect.TypeFor[catalogue.MarketsRef]().NumField(); n != 9 {
		t.Errorf("catalogue.MarketsRef has %d fields, sameMarketsRef knows 9", n)
	}
	if n := reflect.TypeFor[catalogue.AnswerIn]().NumField(); n != 2 {
		t.Errorf("catalogue.AnswerIn has %d fields, sameAnswer knows 2", n)
	}
	sector := func(s string) *catalogue.Rule {
		return &catalogue.Rule{Profile: &catalogue.AnswerIn{Question: "sector", In: []string{s}}}
	}
	de := func(isNew bool) *catalogue.Rule {
		return &catalogue.Rule{Markets: &catalogue.MarketsRef{Countries: []string{"DE"}, New: isNew}}
	}
	weak := &catalogue.Rule{ScoreBelow: &catalogue.ScoreRef{Dimension: "legal-compliance", Value: 0.75}}
	all := func(rs ...*catalogue.Rule) *catalogue.Rule { return &catalogue.Rule{All: rs} }
	rule := all(sector("construction"), de(true), weak)
	for _, tt := range []struct {
		name string
		r    *catalogue.Rule
		want bool
	}{
		{"the same rule", all(sector("construction"), de(true), weak), true},
		{"more conditions, nested", all(all(weak, sector("construction")), de(true), sector("x")), true},
		{"a condition lacking", all(sector("construction"), de(true)), false},
		{"a market asked otherwise", all(sector("construction"), de(false), weak), false},
		{"another sector", all(sector("manufacturing"), de(true), weak), false},
		{"the conditions as alternatives", &catalogue.Rule{Any: []*catalogue.Rule{sector("construction"), de(true), weak}}, false},
	} {
		if got := writtenFor(tt.r, rule); got != tt.want {
			t.Errorf("%s: writtenFor = %v, want %v", tt.name, got, tt.want)
		}
	}
}
