package catalogue

import "sort"

// orderQuestions puts the scored questions in the order the questionnaire
// asks them: by their dimension's position in Dimensions (dimensions.yaml
// order), then in file order within a dimension (the sort is stable). A
// question whose dimension is missing or unknown comes last, in file order;
// Check reports it. Parse and Merge call it, so every user of a catalogue —
// the validator's condition-order check, the questionnaire and the plan —
// sees one order; none of them sorts again.
func (c *Catalogue) orderQuestions() {
	rank := make(map[string]int, len(c.Dimensions))
	for i, d := range c.Dimensions {
		if _, dup := rank[d.ID]; !dup {
			rank[d.ID] = i
		}
	}
	of := func(q *Question) int {
		if i, ok := rank[q.Dimension]; ok {
			return i
		}
		return len(c.Dimensions)
	}
	sort.SliceStable(c.Questions, func(i, j int) bool { return of(c.Questions[i]) < of(c.Questions[j]) })
}
