// Package firm makes a complete answers file for benchmarks of the plan
// path, from whatever catalogue it is given, so it keeps fitting as the
// questions change.
package firm

import (
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// Answers answers every question that applies, in the order a questionnaire
// asks them: profile questions with their first option (so the firm is in
// the catalogue's first region), scored questions with their middle option,
// so the plan has gaps to fill in every dimension. The file is complete.
func Answers(cat *catalogue.Catalogue, lang string, now time.Time) *answers.File {
	f := answers.New(cat, lang, now)
	profile := map[*catalogue.Question]bool{}
	for _, q := range cat.Profile {
		profile[q] = true
	}
	for q := assessment.NextUnanswered(cat, f); q != nil; q = assessment.NextUnanswered(cat, f) {
		if len(q.Options) == 0 {
			break // a catalogue error; Load refuses such a catalogue
		}
		o := q.Options[len(q.Options)/2].ID
		if profile[q] {
			o = q.Options[0].ID
		}
		if q.Kind == catalogue.KindMulti {
			f.Set(q.ID, answers.Multiple(o), now)
		} else {
			f.Set(q.ID, answers.Single(o), now)
		}
	}
	f.Complete = true
	return f
}
