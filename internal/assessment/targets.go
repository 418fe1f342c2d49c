package assessment

import (
	"slices"
	"sort"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// Targets are the plan's view of what the firm aims for (answers file
// targets:): the gap to a target stage and to target readiness per
// dimension. Actions that work on a dimension below its target come first
// within their horizon (Action.Closes), ordered by the largest gap they
// work on, after the door and decisive actions; with a target stage only,
// actions for that stage come first.
type Targets struct {
	// Stage is the target stage, nil when none is set.
	Stage *StageTarget `json:"stage"`
	// Dimensions are the dimensions with a target, in catalogue order.
	Dimensions []DimensionTarget `json:"dimensions"`
}

// StageTarget is the stage aimed for and whether the firm is there.
type StageTarget struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Reached is true when the firm's stage is the target or beyond it.
	Reached bool `json:"reached"`
}

// DimensionTarget is one dimension's target readiness and the gap to it.
type DimensionTarget struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Target and Score are 0–1 (Score nil: no score yet).
	Target float64  `json:"target"`
	Score  *float64 `json:"score"`
	// Gap is Target − Score (the whole target without a score), never below 0.
	Gap float64 `json:"gap"`
}

// applyTargets fills p.Targets from f's targets, marks the actions that
// close a gap and moves them first within their horizon, behind the door
// and the actions a decisive gap put first, which keep their places.
func applyTargets(cat *catalogue.Catalogue, f *answers.File, p *Plan) {
	if f.Targets.Empty() {
		return
	}
	t := &Targets{Dimensions: []DimensionTarget{}}
	if s := f.Targets.Stage; s != "" {
		t.Stage = &StageTarget{ID: s, Reached: slices.Index(catalogue.Stages, p.Stage.ID) >= slices.Index(catalogue.Stages, s)}
	}
	gap := map[string]float64{}
	for _, d := range p.Dimensions {
		pct, ok := f.Targets.Readiness[d.ID]
		if !ok {
			continue
		}
		dt := DimensionTarget{ID: d.ID, Target: float64(pct) / 100, Score: d.Score}
		dt.Gap = dt.Target
		if d.Score != nil {
			dt.Gap = max(0, roundTo(dt.Target-*d.Score, 4))
		}
		if dt.Gap > 0 {
			gap[d.ID] = dt.Gap
		}
		t.Dimensions = append(t.Dimensions, dt)
	}
	p.Targets = t
	priority := map[string]float64{}
	for i := range p.Actions {
		a := &p.Actions[i]
		best := 0.0
		for _, d := range a.Dimensions {
			if g, ok := gap[d]; ok {
				a.Closes = append(a.Closes, d)
				best = max(best, g)
			}
		}
		if best == 0 && t.Stage != nil && !t.Stage.Reached {
			if pr := cat.Practice(a.Practice); pr != nil && slices.Contains(pr.Stages, t.Stage.ID) {
				best = 0.0001 // serves the stage aimed for: after every action that closes a readiness gap
			}
		}
		if a.Door || a.Decisive != nil {
			best = 2 // the door and a decisive gap keep their places at the front
		}
		priority[a.Practice] = best
	}
	reorder := func(as []Action) {
		sort.SliceStable(as, func(i, j int) bool {
			hi, hj := slices.Index(Horizons, as[i].Horizon), slices.Index(Horizons, as[j].Horizon)
			if hi != hj {
				return hi < hj
			}
			return priority[as[i].Practice] > priority[as[j].Practice]
		})
	}
	top := min(p.TopActions, len(p.Actions))
	reorder(p.Actions[:top])
	reorder(p.Actions[top:])
}
