package catalogue

import (
	"slices"
	"strings"
	"sync/atomic"
)

// catIndex finds entries by ID without scanning long lists: each ID's
// first entry of a kind, by its position in the list. Each kind's map is
// built on its first use, and again when its list is another one than it
// was built from (a copy of the Catalogue with a list of its own); a
// look-up also checks that the entry it finds has the ID and otherwise,
// like any ID it does not know, scans the list, so an index is never
// wrong, at worst slower.
//
// A short list (shortList entries or fewer: the regions and dimensions)
// is scanned, with no map: comparing a few IDs costs less than hashing
// one. The practices are scanned for their first scansBeforeIndex
// look-ups, then mapped: a plan looks up some twenty of the embedded
// catalogue's 178 practices, and building their map was most of what
// its look-ups cost; eis validate of 10,000 practices looks up thousands.
type catIndex struct {
	questions     atomic.Pointer[questionIndex]
	practices     atomic.Pointer[idIndex[Practice]]
	regions       atomic.Pointer[idIndex[Region]]
	dimensions    atomic.Pointer[idIndex[Dimension]]
	practiceScans atomic.Int32
}

// idIndex maps the IDs of a list to the position of each one's first
// entry, and identifies the list it was built from.
type idIndex[T any] struct {
	m  map[string]int
	of listID[T]
}

// questionIndex is the index of the profile and the scored questions
// together (a profile question's ID first): the position of a profile
// question, or len(profile) plus that of a scored one.
type questionIndex struct {
	m                     map[string]int
	profileOf, questionOf listID[Question]
}

const (
	shortList        = 16
	scansBeforeIndex = 64
)

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

// index returns the catalogue's index, making an empty one when it has
// none.
func (c *Catalogue) index() *catIndex {
	if ix, _ := c.ids.Load().(*catIndex); ix != nil {
		return ix
	}
	c.ids.CompareAndSwap(nil, &catIndex{})
	return c.ids.Load().(*catIndex)
}

// indexOf returns the index of list in p, building it when p has none or
// one of another list.
func indexOf[T any](p *atomic.Pointer[idIndex[T]], list []*T, id func(*T) string) map[string]int {
	if ix := p.Load(); ix != nil && ix.of == idOf(list) {
		return ix.m
	}
	ix := &idIndex[T]{m: indexByID(list, id), of: idOf(list)}
	p.Store(ix)
	return ix.m
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
	if len(c.Dimensions) <= shortList {
		for _, d := range c.Dimensions {
			if d != nil && d.ID == id {
				return d
			}
		}
		return nil
	}
	return lookup(c.Dimensions, indexOf(&c.index().dimensions, c.Dimensions, dimensionID), id, dimensionID)
}

// Question returns the scored or profile question with the given ID, or nil.
func (c *Catalogue) Question(id string) *Question {
	ix := c.index()
	qi := ix.questions.Load()
	if qi == nil || qi.profileOf != idOf(c.Profile) || qi.questionOf != idOf(c.Questions) {
		qi = &questionIndex{m: make(map[string]int, len(c.Profile)+len(c.Questions)), profileOf: idOf(c.Profile), questionOf: idOf(c.Questions)}
		for i, q := range c.Profile {
			if q == nil {
				continue
			}
			if _, dup := qi.m[q.ID]; !dup {
				qi.m[q.ID] = i
			}
		}
		for i, q := range c.Questions {
			if q == nil {
				continue
			}
			if _, dup := qi.m[q.ID]; !dup {
				qi.m[q.ID] = len(c.Profile) + i
			}
		}
		ix.questions.Store(qi)
	}
	if i, ok := qi.m[id]; ok {
		var q *Question
		if i < len(c.Profile) {
			q = c.Profile[i]
		} else if i -= len(c.Profile); i < len(c.Questions) {
			q = c.Questions[i]
		}
		if q != nil && q.ID == id {
			return q
		}
	}
	// Not known, or an entry changed in place: the lists in their order
	// (written out: through lookup's function value, a scan cost most of
	// what a look-up did).
	for _, q := range c.Profile {
		if q != nil && q.ID == id {
			return q
		}
	}
	for _, q := range c.Questions {
		if q != nil && q.ID == id {
			return q
		}
	}
	return nil
}

// Region returns the region with the given ID, or nil.
func (c *Catalogue) Region(id string) *Region {
	if len(c.Regions) <= shortList {
		for _, r := range c.Regions {
			if r != nil && r.ID == id {
				return r
			}
		}
		return nil
	}
	return lookup(c.Regions, indexOf(&c.index().regions, c.Regions, regionID), id, regionID)
}

// Practice returns the practice with the given ID, or nil.
func (c *Catalogue) Practice(id string) *Practice {
	ix := c.index()
	if len(c.Practices) > shortList && ix.practiceScans.Load() >= scansBeforeIndex {
		return lookup(c.Practices, indexOf(&ix.practices, c.Practices, practiceID), id, practiceID)
	}
	ix.practiceScans.Add(1)
	for _, p := range c.Practices {
		if p != nil && p.ID == id {
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
