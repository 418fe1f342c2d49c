package assessment

import (
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
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
	// EstablishedAtLeast: an established firm that scores below this is
	// placed at expanding: its foundations lag its reach.
	EstablishedAtLeast = 0.5
	// ExpandingAtLeast: an expanding firm that scores below this is placed
	// at first exports.
	ExpandingAtLeast = 0.25
)

// Stage thresholds on the share of sales abroad (R2), read from the bounds
// of the export-share band the firm chose (see bandBounds), so that a
// catalogue's own bands place firms as eis's do.
const (
	// DeepShareAtLeast: two to five markets, and the share band's lower
	// bound is at least this (eis's "More than half"), is established.
	DeepShareAtLeast = 0.5
	// ShallowShareAtMost: six or more markets, and the share band's upper
	// bound is at most this (eis's "Less than 5%"), is expanding.
	ShallowShareAtMost = 0.05
)

// QuestionDecision is the scored question whose answer is the owners'
// decision to export (rule R1 of the stage).
const QuestionDecision = "strategy.decision"

// exportStage maps the profile answer "exports" to a starting stage.
var exportStage = map[string]string{
	"none":         StageExploring,
	"occasional":   StageFirstExports,
	"one-market":   StageFirstExports,
	"few-markets":  StageExpanding,
	"many-markets": StageEstablished,
}

// stageResult is the stage and the sentences that say why.
type stageResult struct {
	ID  string
	Why []diag.Message
	// Markets is the stage per target market, in answer order.
	Markets []marketStage
}

type marketStage struct {
	country string
	stage   string
	isNew   bool
}

// computeStage places the firm from the whole picture:
//
//   - base: its exports (none → exploring; occasional or one market → first
//     exports; two to five markets → expanding; six or more → established;
//     not known → exploring);
//   - R1 intent: an occasional exporter whose owners have not decided to
//     export (not considered, or considering) is exploring — an accidental
//     foreign customer does not make an exporter;
//   - R2 depth: two to five markets with a share of sales abroad of at
//     least DeepShareAtLeast is established; six or more markets with at
//     most ShallowShareAtMost abroad is expanding — the whole band the firm
//     chose, by its bounds (a band of 0–10 % is not "under 5 %");
//   - R3 readiness: established below EstablishedAtLeast → expanding;
//     expanding below ExpandingAtLeast → first exports; exploring at
//     ReadyToStart or more stays exploring, told it is ready to start.
//
// Each target market gets a stage of its own: exploring when the firm is
// (unless it does not export yet and its owners have decided to: then first
// exports in the markets it names),
// else first exports where the firm does not sell yet ("new to this
// market"), else the firm's stage. Stages rank the firm's own practices, they
// never hide one; an idea from another region is shown only at its stages.
func computeStage(fx *Facts, overall *float64) stageResult {
	exports := fx.one(ProfileExports)
	base, ok := exportStage[exports]
	r := stageResult{ID: base}
	fm := fx.Firm()
	if !ok {
		// With the exports not known, nothing else moves the stage.
		r.ID = StageExploring
		r.Why = append(r.Why, diag.M("assessment.stage.why.unknown", StageTitle(r.ID)))
		r.Markets = marketStages(fm, r.ID, false)
		return r
	}
	// The firm's exports said as its fact ("You sell regularly in two to
	// five foreign markets"), not the question and answer read back.
	r.Why = append(r.Why, diag.M("assessment.stage.why.exports."+exports, StageTitle(base)))
	decision := fx.oneAnswer(QuestionDecision)
	if exports == "occasional" && (decision == "not-considered" || decision == "considering") {
		r.ID = StageExploring
		r.Why = append(r.Why, diag.M("assessment.stage.why.intent", StageTitle(r.ID)))
	}
	shareQ := fx.cat.Question(ProfileExportShare)
	shareText := OptionText(shareQ, fx.one(ProfileExportShare))
	share, known := fx.bandBounds(shareQ)
	switch {
	case !known:
	case exports == "few-markets" && share.Min >= DeepShareAtLeast:
		r.ID = StageEstablished
		r.Why = append(r.Why, diag.M("assessment.stage.why.depth", shareText, StageTitle(r.ID)))
	case exports == "many-markets" && share.Max <= ShallowShareAtMost:
		r.ID = StageExpanding
		r.Why = append(r.Why, diag.M("assessment.stage.why.depth", shareText, StageTitle(r.ID)))
	}
	if overall != nil {
		switch {
		case r.ID == StageExploring && *overall >= ReadyToStart:
			score, limit := ComparePercents(*overall, ReadyToStart)
			r.Why = append(r.Why, diag.M("assessment.stage.why.ready", score, limit))
		case r.ID == StageEstablished && *overall < EstablishedAtLeast:
			r.ID = StageExpanding
			score, limit := ComparePercents(*overall, EstablishedAtLeast)
			r.Why = append(r.Why, diag.M("assessment.stage.why.down", score, limit, StageTitle(r.ID)))
		case r.ID == StageExpanding && *overall < ExpandingAtLeast:
			r.ID = StageFirstExports
			score, limit := ComparePercents(*overall, ExpandingAtLeast)
			r.Why = append(r.Why, diag.M("assessment.stage.why.down", score, limit, StageTitle(r.ID)))
		}
	}
	r.Markets = marketStages(fm, r.ID, exports == "none" && (decision == "decided" || decision == "committed"))
	return r
}

// marketStages is the stage in each target market: exploring when the firm
// is, first exports where it does not sell yet, else the firm's stage. A
// firm that does not export yet but whose owners have decided to
// (starting) is about to make its first exports in the markets it named:
// market-entry help there fits it, though the firm as a whole is exploring.
func marketStages(fm *Firm, stage string, starting bool) []marketStage {
	var out []marketStage
	for _, m := range fm.Targets {
		ms := marketStage{country: m, stage: stage, isNew: fm.New(m)}
		if (stage != StageExploring || starting) && ms.isNew {
			ms.stage = StageFirstExports
		}
		out = append(out, ms)
	}
	return out
}

// oneAnswer is the single answer to a scored question, "" when none.
func (fx *Facts) oneAnswer(q string) string {
	v, ok := fx.given[q]
	if !ok || len(v.Options) != 1 {
		return ""
	}
	return v.Options[0]
}

// StageTitle is the name of stage id.
func StageTitle(id string) diag.Message { return diag.M("assessment.stage." + id) }

// stageView turns the result into the plan's Stage.
func stageView(cat *catalogue.Catalogue, r stageResult) Stage {
	st := Stage{ID: r.ID, Reasons: []Msg{}, Markets: []MarketStage{}}
	for _, m := range r.Why {
		st.Reasons = append(st.Reasons, msg(TraceStage, r.ID, m))
	}
	for _, m := range r.Markets {
		st.Markets = append(st.Markets, MarketStage{Country: m.country, Stage: m.stage, New: m.isNew})
	}
	return st
}
