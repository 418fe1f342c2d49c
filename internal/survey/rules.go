package survey

import (
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// applies asks the assessment engine whether q is asked given the answers in
// f (its condition, evaluated on the answers before it).
func applies(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File) bool {
	return assessment.Asked(cat, f, q)
}

// defaultApplies is applies, for where a parameter shadows its name.
var defaultApplies = applies
