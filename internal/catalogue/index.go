package catalogue

import (
	"slices"
	"strings"
)

// catIndex finds entries by ID without scanning: each ID's first entry of
// a kind, by its position in the list. It is built on first use, and again
// when a list is another one than it was built from (a copy of the
// Catalogue with a list of its own); a look-up also checks that the entry
// it finds has the ID and otherwise, like any ID it does not know, scans
// the list, so an index is never wrong, at worst slower.
type catIndex struct {
	dimensions, questions, profile, regions, practices map[string]int
	// The lists it was built from.
	dimensionsOf listID[Dimension]
	profileOf    listID[Question]
	questionsOf  listID[Question]
	regionsOf    listID[Region]
	practicesOf  listID[Practice]
}

// listID identifies a list by its first element and length: typed, so
// that checking an index costs a few comparisons (as five interfaces
// compared on every look-up, the check was most of what a plan's
// look-ups cost).
type listID[T any] struct {
	first **T
	n     int
}

func idOf[T any](list []*T) listID[T] {
	if len(list) == 0 {
		return listID[T]{}
	}
	return listID[T]{first: &list[0], n: len(list)}
}

// current reports whether ix was built from c's lists.
func (ix *catIndex) current(c *Catalogue) bool {
	return ix.practicesOf == idOf(c.Practices) && ix.questionsOf == idOf(c.Questions) && ix.profileOf == idOf(c.Profile) &&
		ix.regionsOf == idOf(c.Regions) && ix.dimensionsOf == idOf(c.Dimensions)
}

// index returns the catalogue's index, building it when needed.
func (c *Catalogue) index() *catIndex {
	if ix, _ := c.ids.Load().(*catIndex); ix != nil && ix.current(c) {
		return ix
	}
	ix := &catIndex{
		dimensions:   indexByID(c.Dimensions, dimensionID),
		profile:      indexByID(c.Profile, questionID),
		questions:    indexByID(c.Questions, questionID),
		regions:      indexByID(c.Regions, regionID),
		practices:    indexByID(c.Practices, practiceID),
		dimensionsOf: idOf(c.Dimensions),
		profileOf:    idOf(c.Profile),
		questionsOf:  idOf(c.Questions),
		regionsOf:    idOf(c.Regions),
		practicesOf:  idOf(c.Practices),
	}
	c.ids.Store(ix)
	return ix
}

func indexByID[T any](list []*T, id func(*T) string) map[string]int {
	m := make(map[string]int, len(list))
	for i, x := range list {
		if x == nil {
			continue
		}
		if _, dup := m[id(x)]; !dup {
			m[id(x)] = i
		}
	}
	return m
}

// lookup finds the first entry of list with the ID id through m, or by a
// scan when m does not know it (see catIndex).
func lookup[T any](list []*T, m map[string]int, id string, idOf func(*T) string) *T {
	if i, ok := m[id]; ok && i < len(list) && list[i] != nil && idOf(list[i]) == id {
		return list[i]
	}
	for _, x := range list {
		if x != nil && idOf(x) == id {
			return x
		}
	}
	return nil
}

func dimensionID(d *Dimension) string { return d.ID }
func questionID(q *Question) string   { return q.ID }
func regionID(r *Region) string       { return r.ID }
func practiceID(p *Practice) string   { return p.ID }

// Dimension returns the dimension with the given ID, or nil.
func (c *Catalogue) Dimension(id string) *Dimension {
	return lookup(c.Dimensions, c.index().dimensions, id, dimensionID)
}

// Question returns the scored or profile question with the given ID, or nil.
func (c *Catalogue) Question(id string) *Question {
	ix := c.index()
	if i, ok := ix.profile[id]; ok && i < len(c.Profile) && c.Profile[i] != nil && c.Profile[i].ID == id {
		return c.Profile[i]
	}
	// The profile is short, and most IDs asked for are a scored
	// question's, not in it: its scan is written out (through lookup's
	// function value, it was most of what a look-up cost).
	for _, q := range c.Profile {
		if q != nil && q.ID == id {
			return q
		}
	}
	return lookup(c.Questions, ix.questions, id, questionID)
}

// Region returns the region with the given ID, or nil.
func (c *Catalogue) Region(id string) *Region {
	return lookup(c.Regions, c.index().regions, id, regionID)
}

// Practice returns the practice with the given ID, or nil.
func (c *Catalogue) Practice(id string) *Practice {
	return lookup(c.Practices, c.index().practices, id, practiceID)
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

// Option returns the option with the given ID, or nil. A null entry in
// the options list (`options: [~, …]`, reported by the checker) is skipped.
func (q *Question) Option(id string) *Option {
	for _, o := range q.Options {
		if o != nil && o.ID == id {
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

// Country returns the country with the given code, or nil. Loading and
// merging index the countries, so a plan's look-ups cost no scan.
func (c *Catalogue) Country(code string) *Country {
	if c.countriesSorted {
		if i, ok := slices.BinarySearchFunc(c.Countries, code, func(x *Country, code string) int { return strings.Compare(x.Code, code) }); ok {
			return c.Countries[i]
		}
		return nil
	}
	if c.countryIdx != nil {
		return c.countryIdx[code]
	}
	for _, x := range c.Countries {
		if x.Code == code {
			return x
		}
	}
	return nil
}

// indexCountries builds the index Country uses (the first entry of a code
// wins, as the validator reports the others).
func (c *Catalogue) indexCountries() {
	c.nameIdx = &countryNames{}
	c.countryIdx, c.countriesSorted = nil, true
	for i, x := range c.Countries {
		if i > 0 && c.Countries[i-1].Code >= x.Code {
			c.countriesSorted = false
			break
		}
	}
	if c.countriesSorted {
		return
	}
	c.countryIdx = make(map[string]*Country, len(c.Countries))
	for _, x := range c.Countries {
		if _, dup := c.countryIdx[x.Code]; !dup {
			c.countryIdx[x.Code] = x
		}
	}
}

// Group returns the need group with the given ID, or nil.
func (c *Catalogue) Group(id string) *Group {
	for _, g := range c.Groups {
		if g.ID == id {
			return g
		}
	}
	return nil
}

// LanguageName returns the language with the given code, or nil.
func (c *Catalogue) LanguageName(code string) *Language {
	for _, l := range c.Languages {
		if l.Code == code {
			return l
		}
	}
	return nil
}

// CountryKind reports whether q takes countries (kind country or countries).
func (q *Question) CountryKind() bool {
	return q.Kind == KindCountry || q.Kind == KindCountries
}

// InGroup reports whether the country belongs to group g (eu, eea, …).
func (x *Country) InGroup(g string) bool {
	for _, y := range x.Groups {
		if y == g {
			return true
		}
	}
	return false
}
