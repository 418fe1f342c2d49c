package assessment

import (
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// passedOver lists, as "group/rule:winner>practice", each need whose
// decisive rule holds while a practice written for that rule (see
// writtenFor), an action candidate of the need, is not its action.
func passedOver(cat *catalogue.Catalogue, f *answers.File, now time.Time) []string {
	fx := NewFacts(cat, f)
	pl := &planner{cat: cat, fx: fx, sc: fx.scores(), fm: fx.Firm(), now: now}
	pl.collect()
	pl.groupUp()
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
