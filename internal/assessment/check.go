package assessment

import (
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// Check makes the checks of an answers file that need rule evaluation, as
// positioned diagnostics: an answer to a question that is not asked
// given the other answers (a warning: it is ignored), and, when the file
// says complete: true, questions that apply but have no answer (an error,
// except in a file of an older version, see answers.Migration).
func Check(cat *catalogue.Catalogue, f *answers.File) diag.Diagnostics {
	var ds diag.Diagnostics
	fx := NewFacts(cat, f)
	for _, q := range allQuestions(cat) {
		if _, ok := f.Answer(q.ID); ok && !fx.Asked(q.ID) {
			p := f.Pos(q.ID)
			ds = append(ds, diag.At(f.Source(), p.Line, p.Col, diag.SevWarning, "not-asked", diag.M("answers.answer.notAsked", q.ID)))
		}
	}
	// A file of an older version lacks the profile questions of the newer
	// one by definition, and the questions its catalogue gained since: not
	// an error (the plan says which profile facts are missing, and assess
	// --resume asks them). What it lacks of its own catalogue is.
	if f.Complete {
		m := fx.missing()
		m = slices.DeleteFunc(m, func(q *catalogue.Question) bool { return slices.Contains(ProfileSituation, q.ID) })
		if f.Migrated() != nil {
			gained := f.Catalogue.Version != cat.Meta.Version
			m = slices.DeleteFunc(m, func(q *catalogue.Question) bool {
				return gained || slices.Contains(profileSince2, q.ID)
			})
		}
		if len(m) > 0 {
			ids := make([]string, len(m))
			for i, q := range m {
				ids[i] = q.ID
			}
			p := f.KeyPos("complete")
			ds = append(ds, diag.At(f.Source(), p.Line, p.Col, diag.SevError, "missing-answer", diag.N("answers.answer.missing", len(m), len(m), strings.Join(ids, ", "))))
		}
	}
	ds.Sort()
	return ds
}

// CatalogueChanged is the warning that the catalogue's questions changed
// since f's answers were given (answers.CatalogueChange), naming of the
// questions added since only those f is asked: a question added for
// services firms, or for a firm with a buyer waiting, is no news to a
// machinery maker without one. ok is false when the catalogue did not
// change, or nothing the firm is asked did.
func CatalogueChanged(cat *catalogue.Catalogue, f *answers.File) (diag.Diagnostic, bool) {
	c := f.CatalogueChange()
	if c == nil {
		return diag.Diagnostic{}, false
	}
	fx := NewFacts(cat, f)
	return c.Diagnostic(cat, f.Source(), fx.Asked)
}

// ProfileSituation are the profile questions on the firm's own situation
// — whether a foreign buyer is waiting for an answer, and what limits its
// sales abroad most — added after answers files of version 2 were first
// written. A complete file without them is not an error: the plan works
// without them (its notice names them) and assess --resume asks them
// (SituationMissing).
//
// ProfileRegulatedGoods (goods with rules of their own: alcohol, the
// deforestation regulation's commodities, consumer products) was added
// later too and is treated alike: its market notes and eligibility need a
// "yes", so a file without it shows none of them.
//
// ProfileWorkOnSite (whether a services firm's people work at clients'
// premises or in their teams) came later still: without it the checks it
// switches off (German labour leasing) stay, as they were before. So does
// ProfileClientData (whether a software or services firm handles its
// business clients' personal data): without it a UK firm is still told of
// the GDPR processing agreement EU clients ask for. And ProfileBuyerMarket
// (in which country the waiting buyer is): without it the market choice
// compares the target markets on the other facts, as before. And
// ProfileBuyerRequest (whether the waiting buyer of a firm that sells both
// products and work on site asked for products, work on site or both):
// without it the firm answers with the offer for goods, as before. And
// ProfileBuyerReach (whether the waiting buyer of a firm that makes under
// other firms' labels buys for all its target markets): without it the
// firm is still told to choose one market to start with, as before. And
// ProfileBuyerOrderMarkets (which of them, when the order is for some):
// without it the market choice suggests the buyer's market, as before.
// And ProfileSoftwareSecurity (whether a software firm sells an encryption
// or security product): without it a software firm is told nothing of
// export controls, as before.
var ProfileSituation = []string{ProfileWaitingBuyer, ProfileMainConstraint, ProfileRegulatedGoods, ProfileWorkOnSite, ProfileClientData, ProfileBuyerMarket, ProfileBuyerRequest, ProfileBuyerReach, ProfileBuyerOrderMarkets, ProfileSoftwareSecurity}

// SituationMissing reports whether f says complete: true but lacks an
// answer to a situation question that applies (ProfileSituation): a file
// to reopen when resumed, so that the questionnaire asks them.
func SituationMissing(cat *catalogue.Catalogue, f *answers.File) bool {
	if !f.Complete {
		return false
	}
	for _, q := range NewFacts(cat, f).missing() {
		if slices.Contains(ProfileSituation, q.ID) {
			return true
		}
	}
	return false
}

// profileSince2 are the profile questions of answers files of version 2:
// a file of version 1 could not have answered them.
var profileSince2 = []string{
	ProfileHomeCountry, ProfileTurnover, ProfileYearsTrading, ProfileSellsWhat, ProfileSellsTo,
	ProfileSellsHow, ProfileExportShare, ProfileCurrentMarkets, ProfileTargetMarkets,
}
