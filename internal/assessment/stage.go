package assessment

import (
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// Profile question IDs the engine reads (the catalogue must have them).
const (
	ProfileRegion  = "region"
	ProfileSector  = "sector"
	ProfileSize    = "size"
	ProfileExports = "exports"
	ProfileMarkets = "markets"
)

// Stage IDs, in order (catalogue.Stages).
const (
	StageExploring    = "exploring"
	StageFirstExports = "first-exports"
	StageExpanding    = "expanding"
	StageEstablished  = "established"
)

// Stage thresholds on overall readiness (0–1); see the package comment.
const (
	// ReadyToStart: a firm that does not export yet but scores at least this
	// is still exploring, and told it is ready to start.
	ReadyToStart = 0.75
	// EstablishedAtLeast: a firm selling to six or more markets that scores
	// below this is placed at expanding: its foundations lag its reach.
	EstablishedAtLeast = 0.5
	// ExpandingAtLeast: a firm selling to two to five markets that scores
	// below this is placed at first exports.
	ExpandingAtLeast = 0.25
)

// exportStage maps the profile answer "exports" to a starting stage.
var exportStage = map[string]string{
	"none":         StageExploring,
	"occasional":   StageFirstExports,
	"one-market":   StageFirstExports,
	"few-markets":  StageExpanding,
	"many-markets": StageEstablished,
}

// stageResult is the stage and what decided it.
type stageResult struct {
	ID string
	// Base is the stage the exports answer alone gives ("" when unknown).
	Base string
	// Exports is the exports answer ("" when not given).
	Exports string
	// Overall readiness behind an adjustment, if any.
	Overall *float64
	// Adjust is "", "ready" or "down".
	Adjust string
	// Threshold is the threshold that decided the adjustment.
	Threshold float64
}

// computeStage places the firm from its export experience, then adjusts for
// readiness (the thresholds above). An unknown exports answer starts at
// exploring.
func computeStage(exports string, overall *float64) stageResult {
	base, ok := exportStage[exports]
	r := stageResult{ID: base, Base: base, Exports: exports, Overall: overall}
	if !ok {
		r.ID, r.Base = StageExploring, ""
		return r
	}
	if overall == nil {
		return r
	}
	switch base {
	case StageExploring:
		if *overall >= ReadyToStart {
			r.Adjust, r.Threshold = "ready", ReadyToStart
		}
	case StageEstablished:
		if *overall < EstablishedAtLeast {
			r.ID, r.Adjust, r.Threshold = StageExpanding, "down", EstablishedAtLeast
		}
	case StageExpanding:
		if *overall < ExpandingAtLeast {
			r.ID, r.Adjust, r.Threshold = StageFirstExports, "down", ExpandingAtLeast
		}
	}
	return r
}

// StageTitle is the name of stage id.
func StageTitle(id string) diag.Message { return diag.M("assessment.stage." + id) }

// stageView turns the result into the plan's Stage with the sentences that
// say why.
func stageView(cat *catalogue.Catalogue, r stageResult) Stage {
	var why []diag.Message
	if r.Base == "" {
		why = append(why, diag.M("assessment.stage.why.unknown", StageTitle(r.ID)))
	} else {
		q := cat.Question(ProfileExports)
		why = append(why, diag.M("assessment.stage.why.base", OptionText(q, r.Exports), questionText(q, ProfileExports), StageTitle(r.Base)))
	}
	switch r.Adjust {
	case "ready":
		score, limit := ComparePercents(*r.Overall, r.Threshold)
		why = append(why, diag.M("assessment.stage.why.ready", score, limit))
	case "down":
		score, limit := ComparePercents(*r.Overall, r.Threshold)
		why = append(why, diag.M("assessment.stage.why.down", score, limit, StageTitle(r.ID)))
	}
	return Stage{ID: r.ID, Why: why}
}
