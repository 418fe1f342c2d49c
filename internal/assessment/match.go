package assessment

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
)

// Ranking constants; see Rank. These are the only weights in a ranking.
const (
	// UnknownGap is the gap assumed for a dimension with no score.
	UnknownGap = 0.5
	// CostWeight scales the cost penalty.
	CostWeight = 0.25
	// OwnRegionBonus is added for a programme of the firm's own region.
	OwnRegionBonus = 1.0
	// EUBonus is added for an EU-wide instrument.
	EUBonus = 0.5
	// GlobalBonus is added for a general method any firm can use.
	GlobalBonus = 0.0
)

// Plan sizes.
const (
	// MaxShownActions is how many actions the text formats show (Plan.TopActions);
	// Plan.Actions keeps every action that matched, for JSON.
	MaxShownActions = 12
	// MaxIdeas is how many ideas from other regions a plan carries.
	MaxIdeas = 5
	// WeakBelow is the score below which a dimension can be one of the
	// firm's weakest, which ideas from other regions work on.
	WeakBelow = 0.5
	// WeakDimensions is how many of the lowest-scoring dimensions count as
	// the firm's weakest (more on a tie for the last place).
	WeakDimensions = 3
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

// effortLevel maps effort to its first horizon (index into Horizons).
var effortLevel = map[string]int{"low": 0, "medium": 1, "high": 2}

// Scopes of an action relative to the firm.
const (
	ScopeOwnRegion   = "own-region"
	ScopeEU          = "eu"
	ScopeGlobal      = "global"
	ScopeOtherRegion = "other-region"
)

// Rank is the published ranking formula:
//
//	gap  = mean over the practice's dimensions of (1 − score), UnknownGap when a score is unknown
//	rank = gap × impact ÷ effort − CostWeight × cost + bonus
//
// with impact and effort low/medium/high = 1/2/3, cost free/low/medium/high
// = 0/0.25/0.5/1, and bonus OwnRegionBonus for a programme of the firm's own
// region, EUBonus for an EU-wide instrument, GlobalBonus for a general method,
// 0 for another region's practice. Higher ranks first; ties go by practice
// ID. The result is rounded to 4 decimals so equal inputs tie exactly.
// Unknown enum values (refused by the validator) count as impact low, effort
// medium and cost medium.
func Rank(p *catalogue.Practice, dims map[string]*DimScore, scope string) float64 {
	gap := UnknownGap
	if len(p.Dimensions) > 0 {
		sum := 0.0
		for _, d := range p.Dimensions {
			if ds := dims[d]; ds != nil && ds.Score != nil {
				sum += 1 - *ds.Score
			} else {
				sum += UnknownGap
			}
		}
		gap = sum / float64(len(p.Dimensions))
	}
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
	r := gap*impact/effort - CostWeight*cost
	switch scope {
	case ScopeOwnRegion:
		r += OwnRegionBonus
	case ScopeEU:
		r += EUBonus
	case ScopeGlobal:
		r += GlobalBonus
	}
	return math.Round(r*1e4) / 1e4
}

// firm is what matching needs to know about the respondent.
type firm struct {
	region   string
	euMember bool
	size     string
	sector   string
}

// scopeOf says how a practice's region relates to the firm, and whether the
// firm can use it: its own region, EU-wide (for firms in EU member regions),
// global, or another region (not available, at most an idea).
func scopeOf(cat *catalogue.Catalogue, p *catalogue.Practice, fm firm) (scope string, available bool) {
	r := cat.Region(p.Region)
	switch {
	case fm.region != "" && p.Region == fm.region:
		return ScopeOwnRegion, true
	case r != nil && r.Scope == "eu":
		return ScopeEU, fm.euMember
	case r != nil && r.Scope == "global":
		return ScopeGlobal, true
	}
	return ScopeOtherRegion, false
}

// eligible reports whether the firm's size and sector are allowed (empty
// lists allow everyone; a size or sector the firm did not give is not held
// against it).
func eligible(p *catalogue.Practice, fm firm) bool {
	if p.Eligibility == nil {
		return true
	}
	if len(p.Eligibility.Sizes) > 0 && fm.size != "" && !slices.Contains(p.Eligibility.Sizes, fm.size) {
		return false
	}
	if len(p.Eligibility.Sectors) > 0 && fm.sector != "" && !slices.Contains(p.Eligibility.Sectors, fm.sector) {
		return false
	}
	return true
}

// running reports whether a practice can be used at now: not historic, past
// its valid_from, and not past its valid_until.
func running(p *catalogue.Practice, now time.Time) bool {
	if p.Status == "historic" {
		return false
	}
	day := now.UTC().Truncate(24 * time.Hour)
	if p.ValidFrom != nil && day.Before(p.ValidFrom.Time) {
		return false
	}
	if p.ValidUntil != nil && day.After(p.ValidUntil.Time) {
		return false
	}
	return true
}

// stageFits reports whether the firm's stage is one the practice serves
// (empty: all).
func stageFits(p *catalogue.Practice, stage string) bool {
	return len(p.Stages) == 0 || slices.Contains(p.Stages, stage)
}

// candidate is a matched practice before it becomes an Action.
type candidate struct {
	p       *catalogue.Practice
	scope   string
	rank    float64
	reasons []Reason
	level   int
	door    bool // the first door: see firstDoor
	// weak are the firm's weakest dimensions an idea works on, in the
	// practice's order (ideas only).
	weak []string
}

// match splits the practices into actions (available, eligible, stage fits,
// when true, running) and idea candidates (another region's — never the
// firm's own —, running or not, with when and stage fitting, with an idea
// for firms, working on one of the firm's weakest dimensions), each ranked.
func match(cat *catalogue.Catalogue, fx *Facts, fm firm, now time.Time) (actions, ideas []*candidate) {
	sc := fx.scores()
	weak := weakest(cat, sc.dims)
	for _, p := range cat.Practices {
		if !stageFits(p, sc.stage.ID) {
			continue
		}
		ok, why := fx.Eval(p.When)
		if !ok {
			continue
		}
		scope, available := scopeOf(cat, p, fm)
		c := &candidate{p: p, scope: scope, reasons: why}
		if available && eligible(p, fm) && running(p, now) {
			c.rank = Rank(p, sc.dims, scope)
			actions = append(actions, c)
			continue
		}
		if r := cat.Region(p.Region); r != nil && (r.Scope == "eu" || r.Scope == "global") {
			continue // not available to this firm, and not another region's idea
		}
		if scope == ScopeOwnRegion {
			continue // the firm's own region (not eligible, or no longer running): not an idea "from another region"
		}
		if !hasText(p.Idea) {
			continue // nothing the firm can ask for or do: the catalogue gives no idea for firms
		}
		for _, d := range p.Dimensions {
			if weak[d] && !slices.Contains(c.weak, d) {
				c.weak = append(c.weak, d)
			}
		}
		if len(c.weak) == 0 {
			continue // an idea is for a gap the firm has
		}
		c.rank = Rank(p, sc.dims, ScopeOtherRegion)
		ideas = append(ideas, c)
	}
	sortByRank(actions)
	sortByRank(ideas)
	return actions, pickIdeas(ideas)
}

// hasText reports whether t has a non-blank text in any language.
func hasText(t catalogue.Text) bool {
	for _, s := range t {
		if strings.TrimSpace(s) != "" {
			return true
		}
	}
	return false
}

// weakest names the firm's weakest dimensions: the WeakDimensions
// lowest-scoring ones that score below WeakBelow, with every dimension tied
// with the last of them. A dimension without a score is not among them.
func weakest(cat *catalogue.Catalogue, dims map[string]*DimScore) map[string]bool {
	type ds struct {
		id    string
		score float64
	}
	var low []ds
	for _, d := range cat.Dimensions {
		if s := dims[d.ID]; s != nil && s.Score != nil && *s.Score < WeakBelow {
			low = append(low, ds{d.ID, *s.Score})
		}
	}
	sort.SliceStable(low, func(i, j int) bool { return low[i].score < low[j].score })
	out := map[string]bool{}
	for i, d := range low {
		if i >= WeakDimensions && d.score != low[WeakDimensions-1].score {
			break
		}
		out[d.id] = true
	}
	return out
}

func sortByRank(cs []*candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].rank != cs[j].rank {
			return cs[i].rank > cs[j].rank
		}
		return cs[i].p.ID < cs[j].p.ID
	})
}

// pickIdeas chooses up to MaxIdeas ideas, in three passes over the
// rank-ordered candidates: first an idea from a region not yet chosen that
// works on a weak dimension no chosen idea works on yet (so the ideas spread
// over the firm's gaps instead of bunching on one); then one from a region not
// yet chosen; then the best of the rest. The result is in rank order.
func pickIdeas(cs []*candidate) []*candidate {
	var out []*candidate
	taken := map[*candidate]bool{}
	regions := map[string]bool{}
	covered := map[string]bool{}
	add := func(c *candidate) {
		taken[c] = true
		regions[c.p.Region] = true
		for _, d := range c.weak {
			covered[d] = true
		}
		out = append(out, c)
	}
	coversNew := func(c *candidate) bool {
		for _, d := range c.weak {
			if !covered[d] {
				return true
			}
		}
		return false
	}
	passes := []func(c *candidate) bool{
		func(c *candidate) bool { return !regions[c.p.Region] && coversNew(c) },
		func(c *candidate) bool { return !regions[c.p.Region] },
		func(c *candidate) bool { return true },
	}
	for _, ok := range passes {
		for _, c := range cs {
			if len(out) == MaxIdeas {
				break
			}
			if !taken[c] && ok(c) {
				add(c)
			}
		}
	}
	sortByRank(out)
	return out
}

// schedule puts each action in a horizon: by effort (low: now, medium: next
// 3 months, high: 3–12 months), except the first door (see firstDoor),
// which is always now; and at least one horizon after any prerequisite
// (`after`) that is also an action; the last horizon holds all later ones,
// in order of prerequisites. Actions are then ordered by horizon, then scope
// (own region, EU-wide, general methods), then rank, then ID — so the firm's
// own region leads every horizon.
func schedule(cs []*candidate) {
	byID := map[string]*candidate{}
	for _, c := range cs {
		byID[c.p.ID] = c
	}
	door := firstDoor(cs)
	const busy = -1
	state := map[string]int{} // 0 unvisited, busy, 1 done
	var level func(c *candidate) int
	level = func(c *candidate) int {
		switch state[c.p.ID] {
		case 1:
			return c.level
		case busy:
			return effortLevel[c.p.Effort] // a cycle (the validator refuses them): ignore the back edge
		}
		state[c.p.ID] = busy
		l, ok := effortLevel[c.p.Effort]
		if !ok {
			l = 1
		}
		if c == door {
			l = 0
		}
		for _, a := range c.p.After {
			if pre := byID[a]; pre != nil && pre != c {
				if pl := level(pre) + 1; pl > l {
					l = pl
				}
			}
		}
		c.level = l
		state[c.p.ID] = 1
		return l
	}
	for _, c := range cs {
		level(c)
	}
	sort.SliceStable(cs, func(i, j int) bool {
		hi, hj := horizonIndex(cs[i].level), horizonIndex(cs[j].level)
		if hi != hj {
			return hi < hj
		}
		if cs[i].level != cs[j].level {
			return cs[i].level < cs[j].level
		}
		if si, sj := scopeOrder[cs[i].scope], scopeOrder[cs[j].scope]; si != sj {
			return si < sj
		}
		if cs[i].rank != cs[j].rank {
			return cs[i].rank > cs[j].rank
		}
		return cs[i].p.ID < cs[j].p.ID
	})
}

// showFirst chooses the actions the text formats show and moves them to the
// front of cs, keeping the order of schedule within the shown and within
// the rest; it returns how many are shown (at most max). The shown set is
// the first door, then the best-ranked actions, each with the prerequisites
// (`after`) it has among the actions, so a shown action never points to a
// hidden one; an action whose prerequisites do not fit any more is left for
// the rest. Ranks decide, not horizons: a better-ranked programme that takes
// longer is not crowded out by quick, low-ranked methods.
func showFirst(cs []*candidate, max int) int {
	if len(cs) <= max {
		return len(cs)
	}
	byID := map[string]*candidate{}
	for _, c := range cs {
		byID[c.p.ID] = c
	}
	shown := map[*candidate]bool{}
	// with is c and its prerequisites among the actions that are not shown
	// yet, prerequisites first.
	with := func(c *candidate) []*candidate {
		var out []*candidate
		seen := map[*candidate]bool{}
		var walk func(c *candidate)
		walk = func(c *candidate) {
			if seen[c] || shown[c] {
				return
			}
			seen[c] = true
			for _, id := range c.p.After {
				if pre := byID[id]; pre != nil {
					walk(pre)
				}
			}
			out = append(out, c)
		}
		walk(c)
		return out
	}
	take := func(c *candidate) {
		if group := with(c); len(shown)+len(group) <= max {
			for _, g := range group {
				shown[g] = true
			}
		}
	}
	for _, c := range cs {
		if c.door {
			take(c)
		}
	}
	byRank := append([]*candidate(nil), cs...)
	sortByRank(byRank)
	for _, c := range byRank {
		if len(shown) == max {
			break
		}
		take(c)
	}
	out := make([]*candidate, 0, len(cs))
	for _, c := range cs {
		if shown[c] {
			out = append(out, c)
		}
	}
	for _, c := range cs {
		if !shown[c] {
			out = append(out, c)
		}
	}
	copy(cs, out)
	return len(shown)
}

// scopeOrder orders actions within a horizon: the firm's own region first.
var scopeOrder = map[string]int{ScopeOwnRegion: 0, ScopeEU: 1, ScopeGlobal: 2, ScopeOtherRegion: 3}

// firstDoor is the best-ranked programme of the firm's own region that has
// no prerequisite among the actions: talking to it is the first step an
// advisor would suggest, whatever the programme's own effort, so it is
// always in the first horizon. Nil when the firm's region has no programme
// in the plan.
func firstDoor(cs []*candidate) *candidate {
	in := map[string]bool{}
	for _, c := range cs {
		in[c.p.ID] = true
	}
	var best *candidate
	for _, c := range cs {
		if c.scope != ScopeOwnRegion || c.p.Type != "programme" {
			continue
		}
		blocked := false
		for _, a := range c.p.After {
			if in[a] && a != c.p.ID {
				blocked = true
			}
		}
		if blocked {
			continue
		}
		if best == nil || c.rank > best.rank || (c.rank == best.rank && c.p.ID < best.p.ID) {
			best = c
		}
	}
	if best != nil {
		best.door = true
	}
	return best
}

func horizonIndex(level int) int {
	if level >= len(Horizons) {
		return len(Horizons) - 1
	}
	return level
}
