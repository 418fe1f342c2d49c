package survey

import (
	"slices"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// PageKind tells the profile page from a dimension page.
type PageKind int

// Page kinds.
const (
	// ProfilePage asks who the firm is (region, sector, size, exports, markets).
	ProfilePage PageKind = iota
	// DimensionPage asks the scored questions of one dimension.
	DimensionPage
)

// Page is one screen of the questionnaire: the profile, or (part of) one
// dimension. A dimension whose question depends on an earlier question of the
// same dimension is split into several parts, so that the condition can be
// evaluated between them (huh's accessible mode would still ask a hidden
// group, so conditions are never left to huh).
type Page struct {
	Kind PageKind
	// Dimension is set on dimension pages.
	Dimension *catalogue.Dimension
	// Number is the dimension page's position (1-based) among Total
	// dimension pages; parts of one dimension share it. Zero for the profile.
	Number, Total int
	// Part is the 0-based part of a split dimension (or profile).
	Part int
	// Questions are every question of this part, applicable or not; which
	// are asked is decided when the page is reached.
	Questions []*catalogue.Question
}

// Plan lays out the pages of a catalogue: the profile first, then one page
// per dimension that has questions, in the catalogue's order. Dimensions
// without questions are left out of the count, so "3 of 10" never points at
// an empty page.
func Plan(cat *catalogue.Catalogue) []Page {
	var pages []Page
	for i, part := range splitDependent(cat.Profile, "") {
		pages = append(pages, Page{Kind: ProfilePage, Part: i, Questions: part})
	}
	var dims []*catalogue.Dimension
	for _, d := range cat.Dimensions {
		if len(cat.QuestionsIn(d.ID)) > 0 {
			dims = append(dims, d)
		}
	}
	for n, d := range dims {
		for i, part := range splitDependent(cat.QuestionsIn(d.ID), d.ID) {
			pages = append(pages, Page{Kind: DimensionPage, Dimension: d, Number: n + 1, Total: len(dims), Part: i, Questions: part})
		}
	}
	return pages
}

// splitDependent cuts an ordered list of questions wherever a question's
// condition could change with an answer given earlier in the same part: a
// reference to one of those questions, to the score of dim (the page's own
// dimension), or to the stage (which depends on every answer).
func splitDependent(qs []*catalogue.Question, dim string) [][]*catalogue.Question {
	var parts [][]*catalogue.Question
	var cur []*catalogue.Question
	inCur := map[string]bool{}
	for _, q := range qs {
		if len(cur) > 0 && q.When != nil && dependsOn(q.When, inCur, dim) {
			parts = append(parts, cur)
			cur, inCur = nil, map[string]bool{}
		}
		cur = append(cur, q)
		inCur[q.ID] = true
	}
	if len(cur) > 0 {
		parts = append(parts, cur)
	}
	return parts
}

// marketQuestions are the profile questions a markets condition reads: the
// firm's home, its current and target markets, and where a buyer waits.
var marketQuestions = []string{assessment.ProfileRegion, assessment.ProfileHomeCountry, assessment.ProfileCurrentMarkets,
	assessment.ProfileTargetMarkets, assessment.ProfileWaitingBuyer, assessment.ProfileBuyerMarket}

// dependsOn reports whether rule r refers to a question in ids (a markets
// condition to those it reads), to the score of dimension dim, or to the
// stage.
func dependsOn(r *catalogue.Rule, ids map[string]bool, dim string) bool {
	if r == nil {
		return false
	}
	switch {
	case r.Answer != nil && ids[r.Answer.Question]:
		return true
	case r.Profile != nil && ids[r.Profile.Question]:
		return true
	case dim != "" && r.ScoreBelow != nil && r.ScoreBelow.Dimension == dim:
		return true
	case dim != "" && r.ScoreAtLeast != nil && r.ScoreAtLeast.Dimension == dim:
		return true
	case len(r.Stage) > 0:
		return true
	case r.Markets != nil && slices.ContainsFunc(marketQuestions, func(id string) bool { return ids[id] }):
		// The markets are read from these answers (a profile question
		// asked on them: buyer-reach).
		return true
	}
	for _, s := range r.All {
		if dependsOn(s, ids, dim) {
			return true
		}
	}
	for _, s := range r.Any {
		if dependsOn(s, ids, dim) {
			return true
		}
	}
	return dependsOn(r.Not, ids, dim)
}
