package catalogue

import (
	"slices"
	"sort"
)

// MaxCombinations bounds the answers tried when deciding whether a
// question's condition can ever be true; beyond it the check is skipped.
const MaxCombinations = 4096

type reach int

const (
	reachAlways reach = iota
	reachSometimes
	reachNever
)

// value is one possible answer to a question as a condition sees it: not
// asked, or the set of mentioned answer IDs it contains (a bit each).
type value struct {
	asked bool
	bits  uint64
}

// domain is what a question referred to by a condition can be.
type domain struct {
	ids    []string // the question's answer IDs the condition mentions
	values []value
}

// reachability reports questions whose condition can never be true. For
// each condition it tries every combination of answers to the questions it
// refers to, and to the questions those depend on in turn: each mentioned
// option, one stand-in for all unmentioned ones, for multiple choice every
// subset of the mentioned options, and dont-know and not-applicable where
// the question offers them. A conditional question counts as asked exactly
// when its own condition holds in that combination (so answers that exclude
// each other are never combined), and a question found never asked is
// always "not asked". Beyond MaxCombinations the check is skipped.
func (ch *checker) reachability() {
	state := map[string]reach{}
	all := append(append([]*Question{}, ch.c.Profile...), ch.c.Questions...)
	for _, q := range all {
		if q.When == nil {
			state[q.ID] = reachAlways
			continue
		}
		state[q.ID] = reachSometimes
		mentioned := map[string][]string{}
		if !ch.collect(q.When, q, mentioned) {
			continue
		}
		// Follow the conditions of the questions referred to.
		follows := map[string]bool{} // questions whose condition is evaluated
		free := map[string]bool{}    // conditional questions whose condition cannot be
		queue := keys(mentioned)
		for len(queue) > 0 {
			id := queue[0]
			queue = queue[1:]
			r := ch.questions[id]
			if r.When == nil || state[id] == reachNever || follows[id] || free[id] {
				continue
			}
			before := len(mentioned)
			sub := map[string][]string{}
			if !ch.collect(r.When, r, sub) {
				free[id] = true
				continue
			}
			follows[id] = true
			for k, v := range sub {
				for _, o := range v {
					if !slices.Contains(mentioned[k], o) {
						mentioned[k] = append(mentioned[k], o)
					}
				}
				if _, ok := mentioned[k]; !ok {
					mentioned[k] = nil
				}
			}
			if len(mentioned) != before || len(sub) > 0 {
				queue = append(queue, keys(sub)...)
			}
		}
		refs := keys(mentioned)
		sortByOrder(refs, ch.order)
		doms := map[string]*domain{}
		total := 1
		for _, id := range refs {
			st := state[id]
			if st == reachSometimes && !free[id] {
				st = reachAlways // asked-ness follows from its condition
			}
			d := domainOf(ch.questions[id], mentioned[id], st)
			doms[id] = d
			total *= len(d.values)
			if total > MaxCombinations {
				break
			}
		}
		if total > MaxCombinations || total == 0 {
			continue
		}
		idx := make([]int, len(refs))
		current := map[string]value{}
		found := false
		for {
			for i, id := range refs {
				current[id] = doms[id].values[idx[i]]
			}
			// In questionnaire order: a question whose condition fails is not asked.
			for _, id := range refs {
				if follows[id] && !eval(ch.questions[id].When, current, doms) {
					current[id] = value{asked: false}
				}
			}
			if eval(q.When, current, doms) {
				found = true
				break
			}
			i := 0
			for i < len(idx) {
				idx[i]++
				if idx[i] < len(doms[refs[i]].values) {
					break
				}
				idx[i] = 0
				i++
			}
			if i == len(idx) {
				break
			}
		}
		if !found {
			state[q.ID] = reachNever
			errorf(&ch.diags, q.When.Pos, "unreachable", "validate.unreachable", q.ID)
		}
	}
}

func keys(m map[string][]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func sortByOrder(ids []string, order map[string]int) {
	sort.Slice(ids, func(i, j int) bool { return order[ids[i]] < order[ids[j]] })
}

// collect gathers, per question referred to, the answer IDs the condition
// mentions. It returns false when the condition cannot be evaluated (a
// reference to an unknown or later question, or a kind of rule questions
// may not use), which other checks report.
func (ch *checker) collect(r *Rule, q *Question, mentioned map[string][]string) bool {
	if r == nil {
		return false
	}
	n := 0
	ok := true
	if r.All != nil {
		n++
		if len(r.All) == 0 {
			return false
		}
		for _, sub := range r.All {
			ok = ch.collect(sub, q, mentioned) && ok
		}
	}
	if r.Any != nil {
		n++
		if len(r.Any) == 0 {
			return false
		}
		for _, sub := range r.Any {
			ok = ch.collect(sub, q, mentioned) && ok
		}
	}
	if r.Not != nil {
		n++
		ok = ch.collect(r.Not, q, mentioned) && ok
	}
	for _, a := range []*AnswerIn{r.Answer, r.Profile} {
		if a == nil {
			continue
		}
		n++
		t := ch.questions[a.Question]
		if t == nil || a.Question == q.ID || ch.order[a.Question] > ch.order[q.ID] {
			return false
		}
		valid := optionIDs(t)
		if _, seen := mentioned[a.Question]; !seen {
			mentioned[a.Question] = nil
		}
		for _, o := range a.In {
			known := slices.Contains(valid, o) || t.CountryKind() && ch.c.Country(o) != nil
			if known && !slices.Contains(mentioned[a.Question], o) {
				mentioned[a.Question] = append(mentioned[a.Question], o)
			}
		}
	}
	if r.ScoreBelow != nil || r.ScoreAtLeast != nil || r.Stage != nil || r.Markets != nil {
		return false
	}
	return ok && n == 1
}

// domainOf lists the values a question can take as far as a condition that
// mentions ids of it can tell.
func domainOf(q *Question, ids []string, st reach) *domain {
	d := &domain{ids: ids}
	if len(ids) > 63 {
		ids = ids[:63]
		d.ids = ids
	}
	if st == reachNever {
		d.values = []value{{asked: false}}
		return d
	}
	bit := func(id string) uint64 {
		for i, x := range ids {
			if x == id {
				return 1 << uint(i)
			}
		}
		return 0
	}
	all := optionIDs(q)
	if q.Kind == KindMulti || q.Kind == KindCountries {
		var real []string
		for _, id := range ids {
			if id != DontKnow && id != NotApplicable {
				real = append(real, id)
			}
		}
		if len(real) > 12 {
			d.values = make([]value, MaxCombinations+1) // too many: skipped
			return d
		}
		for mask := 0; mask < 1<<len(real); mask++ {
			var bits uint64
			for i, id := range real {
				if mask&(1<<i) != 0 {
					bits |= bit(id)
				}
			}
			d.values = append(d.values, value{asked: true, bits: bits})
		}
		for _, id := range []string{DontKnow, NotApplicable} {
			if slices.Contains(ids, id) {
				d.values = append(d.values, value{asked: true, bits: bit(id)})
			}
		}
	} else {
		other := false
		for _, id := range all {
			if b := bit(id); b != 0 {
				d.values = append(d.values, value{asked: true, bits: b})
			} else {
				other = true
			}
		}
		if other || q.CountryKind() {
			d.values = append(d.values, value{asked: true})
		}
	}
	if st == reachSometimes {
		d.values = append(d.values, value{asked: false})
	}
	return d
}

// eval decides a question condition for one combination of answers.
func eval(r *Rule, cur map[string]value, doms map[string]*domain) bool {
	switch {
	case r.All != nil:
		for _, sub := range r.All {
			if !eval(sub, cur, doms) {
				return false
			}
		}
		return true
	case r.Any != nil:
		for _, sub := range r.Any {
			if eval(sub, cur, doms) {
				return true
			}
		}
		return false
	case r.Not != nil:
		return !eval(r.Not, cur, doms)
	}
	a := r.Answer
	if a == nil {
		a = r.Profile
	}
	if a == nil {
		return false
	}
	v := cur[a.Question]
	if !v.asked {
		return false
	}
	d := doms[a.Question]
	for _, o := range a.In {
		for i, id := range d.ids {
			if id == o && v.bits&(1<<uint(i)) != 0 {
				return true
			}
		}
	}
	return false
}
