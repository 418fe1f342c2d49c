package catalogue

// Dimension returns the dimension with the given ID, or nil.
func (c *Catalogue) Dimension(id string) *Dimension {
	for _, d := range c.Dimensions {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// Question returns the scored or profile question with the given ID, or nil.
func (c *Catalogue) Question(id string) *Question {
	for _, q := range c.Profile {
		if q.ID == id {
			return q
		}
	}
	for _, q := range c.Questions {
		if q.ID == id {
			return q
		}
	}
	return nil
}

// Region returns the region with the given ID, or nil.
func (c *Catalogue) Region(id string) *Region {
	for _, r := range c.Regions {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Practice returns the practice with the given ID, or nil.
func (c *Catalogue) Practice(id string) *Practice {
	for _, p := range c.Practices {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// QuestionsIn returns the scored questions of a dimension, in order.
func (c *Catalogue) QuestionsIn(dim string) []*Question {
	var out []*Question
	for _, q := range c.Questions {
		if q.Dimension == dim {
			out = append(out, q)
		}
	}
	return out
}

// Option returns the option with the given ID, or nil.
func (q *Question) Option(id string) *Option {
	for _, o := range q.Options {
		if o.ID == id {
			return o
		}
	}
	return nil
}

// Accepts reports whether optionID is an answer q accepts: one of its
// options, or DontKnow / NotApplicable when q offers them.
func (q *Question) Accepts(optionID string) bool {
	switch optionID {
	case DontKnow:
		return q.DontKnow
	case NotApplicable:
		return q.NotApplicable
	}
	return q.Option(optionID) != nil
}

// Exclusive reports whether optionID must be chosen on its own in a
// multiple-choice answer: DontKnow, NotApplicable, or an option marked
// exclusive ("None of these yet"). It does not check that q accepts it.
func (q *Question) Exclusive(optionID string) bool {
	if optionID == DontKnow || optionID == NotApplicable {
		return true
	}
	o := q.Option(optionID)
	return o != nil && o.Exclusive
}

// Scored reports whether the question belongs to a dimension.
func (q *Question) Scored() bool { return q.Dimension != "" }
