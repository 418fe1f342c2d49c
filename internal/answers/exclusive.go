package answers

import (
	"github.com/eis-project/eis/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

// exclusive checks a multiple-choice answer, the list node with the option
// IDs opts, against the options of q marked exclusive ("None of these yet"):
// one of them together with any other option is an error at the list's
// position [exclusive-mixed]. It reports whether the answer is fine.
func (l *loader) exclusive(q *catalogue.Question, list *yaml.Node, opts []string) bool {
	if len(opts) < 2 {
		return true
	}
	for _, id := range opts {
		if q.Exclusive(id) {
			l.errAt(list, "exclusive-mixed", "answers.option.exclusive", id, q.ID)
			return false
		}
	}
	return true
}
