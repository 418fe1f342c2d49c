package assessment

import (
	"math"
	"slices"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
)

// Ranking constants; see Rank. These are the only weights in a ranking.
const (
	// UnknownGap is the shortfall assumed for a dimension with no score.
	UnknownGap = 0.5
	// DontKnowGap is the shortfall of a "don't know" answer that triggered a practice.
	DontKnowGap = 0.5
	// CostWeight scales the cost penalty.
	CostWeight = 0.25
	// OwnBonus is added for a programme of the firm's own region or own country.
	OwnBonus = 1.0
	// EUBonus is added for an EU-wide instrument.
	EUBonus = 0.5
	// GlobalBonus is added for a general method any firm can use.
	GlobalBonus = 0.0
	// MarketBonus is added when the practice serves one of the firm's target markets.
	MarketBonus = 0.5
	// CheckPenalty is taken off when the firm must check it qualifies.
	CheckPenalty = 0.25
	// UnverifiedPenalty is taken off when the practice's facts are unverified.
	UnverifiedPenalty = 0.25
	// StageMisfit is the fit of a practice whose stages do not include the
	// firm's (nor its stage in a target market the practice is for).
	StageMisfit = 0.5
)

// CapFewHands caps each horizon of the plan of a firm whose capacity to
// deliver limits its sales abroad (fewHands): 3 now, 2 in the next 3
// months, none later — five actions at most, the next three months' work
// (advisor review 6: eight actions for three people out of capacity).
// Each horizon takes the smaller of this and its other cap.
var CapFewHands = [3]int{3, 2, 0}

// CapNoFullTime caps each horizon of the plan of a firm where nobody has
// dedicated time for the export work (noFullTimeExport: nobody in
// particular, the owner when there is time, a named person part of the
// week): 3 now, 3 in the next 3 months, none later — six actions at most,
// what can be done in the next three months, the decisive steps first
// (advisor review 8, pattern 5: eight actions for two cooperatives' one
// stretched manager and a part-time son). One more than CapFewHands: a
// capacity-bound firm is told to win no more buyers, a time-bound one
// still has its decisive steps to take. Each horizon takes the smaller of
// this and its other caps.
var CapNoFullTime = [3]int{3, 3, 0}

// Plan sizes.
const (
	// CapNow, CapNext and CapLater are how many actions a plan shows in
	// "now", "in the next 3 months" and "in 3–12 months" (--all shows all).
	CapNow   = 3
	CapNext  = 3
	CapLater = 2
	// CapUncertain is the cap of every horizon when the picture is uncertain.
	CapUncertain = 2
	// MaxIdeas is how many ideas from other regions a plan carries.
	MaxIdeas = 3
	// MaxIdeaReasons is how many of the firm's gaps an idea names.
	MaxIdeaReasons = 2
	// MaxReasons is how many reasons an action gives in text and Markdown
	// (and in JSON's reasons; the trace has them all).
	MaxReasons = 3
	// MaxFirstSteps is how many first steps a plan opens with.
	MaxFirstSteps = 3
	// UncertainAtLeast is the share of "don't know" among the answered
	// questions from which the picture is uncertain (with at least
	// UncertainMinAnswered answered).
	UncertainAtLeast     = 0.25
	UncertainMinAnswered = 10
	// WeakBelow is the score below which a dimension is a gap a reason names.
	WeakBelow = 0.5
)

// Impact, effort and cost values used by Rank.
var (
	ImpactValue = map[string]float64{"low": 1, "medium": 2, "high": 3}
	EffortValue = map[string]float64{"low": 1, "medium": 2, "high": 3}
	CostValue   = map[string]float64{"free": 0, "low": 0.25, "medium": 0.5, "high": 1}
)

// Horizons, in order.
const (
	HorizonNow       = "now"
	HorizonNext3     = "next-3-months"
	HorizonMonths312 = "3-12-months"
)

// Horizons lists the horizons in order.
var Horizons = []string{HorizonNow, HorizonNext3, HorizonMonths312}

// effortLevel maps effort to its earliest horizon (index into Horizons).
var effortLevel = map[string]int{"low": 0, "medium": 1, "high": 2}

// Scopes of a practice relative to the firm.
const (
	ScopeOwnRegion   = "own-region"
	ScopeOwnCountry  = "own-country"
	ScopeEU          = "eu"
	ScopeGlobal      = "global"
	ScopeOtherRegion = "other-region"
)

// scopeOrder breaks ties: the firm's own region first.
var scopeOrder = map[string]int{ScopeOwnRegion: 0, ScopeOwnCountry: 1, ScopeEU: 2, ScopeGlobal: 3, ScopeOtherRegion: 4}

// scopeBonus is the scope term of Rank.
var scopeBonus = map[string]float64{ScopeOwnRegion: OwnBonus, ScopeOwnCountry: OwnBonus, ScopeEU: EUBonus, ScopeGlobal: GlobalBonus}

// Rank is the published ranking formula:
//
//	rank = gap × impact ÷ effort × fit − CostWeight × cost + scope + market − check − unverified
//
// gap is the largest shortfall among the answers and scores that triggered
// the practice (an answer: 1 − its score after score_when, "don't know"
// DontKnowGap, "not applicable" not counted; a score_below: 1 − the
// dimension's score); when only profile, market or stage conditions (or no
// condition) decided it, the mean shortfall of the practice's dimensions
// (UnknownGap for one without a score). impact and effort count
// low/medium/high = 1/2/3, cost free/low/medium/high = 0/0.25/0.5/1. fit is
// 1 when the firm's stage (or its stage in a target market, for a need
// about a market) is one of the practice's, else StageMisfit. scope is
// OwnBonus for the firm's own region or country, EUBonus for an EU-wide
// instrument, GlobalBonus for a general method; market is MarketBonus when
// the practice serves a target market; check is CheckPenalty when the firm
// must check it qualifies; unverified is UnverifiedPenalty for unverified
// facts. Rounded to 4 decimals, so equal inputs tie exactly; ties go by
// scope order, then practice ID. Unknown enum values (refused by the
// validator) count as impact low, effort medium and cost medium.
func Rank(p *catalogue.Practice, gap, fit float64, scope string, market, check bool) float64 {
	impact, ok := ImpactValue[p.Impact]
	if !ok {
		impact = 1
	}
	effort, ok := EffortValue[p.Effort]
	if !ok {
		effort = 2
	}
	cost, ok := CostValue[p.Cost]
	if !ok {
		cost = 0.5
	}
	r := gap*impact/effort*fit - CostWeight*cost + scopeBonus[scope]
	if market {
		r += MarketBonus
	}
	if check {
		r -= CheckPenalty
	}
	if p.Confidence == "unverified" {
		r -= UnverifiedPenalty
	}
	return math.Round(r*1e4) / 1e4
}

// scopeOf says how a practice's region relates to the firm, and whether the
// firm can use it: its own region; its own country (a national programme
// of a region in the firm's country); EU-wide (for firms based in the EU);
// global; or another region's (not available: at most an idea).
func scopeOf(cat *catalogue.Catalogue, p *catalogue.Practice, fm *Firm) (scope string, available bool) {
	r := cat.Region(p.Region)
	switch {
	case fm.Region != "" && p.Region == fm.Region:
		if p.Level == "national" {
			return ScopeOwnCountry, true
		}
		return ScopeOwnRegion, true
	case r != nil && r.Scope == "eu":
		return ScopeEU, fm.EU
	case r != nil && r.Scope == "global":
		return ScopeGlobal, true
	case r != nil && p.Level == "national" && fm.Home != "" && r.Country == fm.Home:
		return ScopeOwnCountry, true
	}
	return ScopeOtherRegion, false
}

// running reports whether a practice can be used at now: not historic, past
// its valid_from, and not past its valid_until.
func running(p *catalogue.Practice, now time.Time) bool {
	if p.Status == "historic" {
		return false
	}
	day := now.UTC().Truncate(24 * time.Hour)
	if p.ValidFrom != nil && day.Before(p.ValidFrom.Time()) {
		return false
	}
	if p.ValidUntil != nil && day.After(p.ValidUntil.Time()) {
		return false
	}
	return true
}

// betweenCalls reports whether p runs in calls and none is open at now: its
// last known call closed before now (last_call_closed).
func betweenCalls(p *catalogue.Practice, now time.Time) bool {
	if p.LastCallClosed == nil {
		return false
	}
	day := now.UTC().Truncate(24 * time.Hour)
	return day.After(p.LastCallClosed.Time())
}

// CallUnconfirmedAfter is how long after its known call opened a
// programme the catalogue could not confirm, with no known end, is still
// taken for an open call (see callUnconfirmed).
const CallUnconfirmedAfter = 365 * 24 * time.Hour

// callUnconfirmed reports whether p is a call whose window cannot be taken
// as open at now: its facts are unverified, its known call opened
// (valid_from) more than CallUnconfirmedAfter before now, and no end is
// known (no valid_until, no last_call_closed) — a "2025 call" a year and
// more later. It is no action; the programme is listed with when its call
// opened, to ask whether one is open and to watch for the next.
func callUnconfirmed(p *catalogue.Practice, now time.Time) bool {
	if p.Confidence != "unverified" || p.ValidFrom == nil || p.ValidUntil != nil || p.LastCallClosed != nil {
		return false
	}
	day := now.UTC().Truncate(24 * time.Hour)
	return day.Sub(p.ValidFrom.Time()) > CallUnconfirmedAfter
}

// stageFit is the fit of p for the firm: 1 when its stages are empty or
// hold the firm's stage, or (a need about a market) the firm's stage in
// one of the markets the practice is for; else StageMisfit. The market
// that made it fit is returned ("" when the overall stage did).
func stageFit(cat *catalogue.Catalogue, p *catalogue.Practice, st stageResult, served []string, restricted bool) (float64, string) {
	if len(p.Stages) == 0 || slices.Contains(p.Stages, st.ID) {
		return 1, ""
	}
	if g := cat.Group(p.Group); g != nil && g.MarketScoped {
		for _, m := range st.Markets {
			if restricted && !slices.Contains(served, m.country) {
				continue
			}
			if slices.Contains(p.Stages, m.stage) {
				return 1, m.country
			}
		}
	}
	return StageMisfit, ""
}

func horizonIndex(level int) int {
	return min(max(level, 0), len(Horizons)-1)
}

// hasText reports whether t has a non-blank text in any language.
func hasText(t catalogue.Text) bool {
	for _, s := range t.All() {
		for _, r := range s {
			if r != ' ' && r != '\t' && r != '\n' {
				return true
			}
		}
	}
	return false
}
