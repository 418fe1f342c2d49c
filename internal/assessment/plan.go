package assessment

import (
	"time"

	"github.com/eis-project/eis/internal/diag"
)

// SchemaVersion of the plan's JSON form.
const SchemaVersion = 1

// Plan is the view-model every output format renders. Build fills in the
// data: IDs, scores, ranks, and what the plan says as messages (the
// Message, Why, NoticeMessages and WarningMessages fields). The text
// fields (titles, names, reasons' Text, Notices, Warnings, Language) are
// left empty for the output to fill in the chosen language
// (render.Localize); the JSON form carries them beside the IDs.
type Plan struct {
	SchemaVersion int       `json:"schema_version"`
	Language      string    `json:"language"`
	Generated     time.Time `json:"generated"`
	Catalogue     CatRef    `json:"catalogue"`
	Respondent    Who       `json:"respondent"`
	// Overall readiness 0–1 (weighted over the dimensions with a score).
	Overall    *float64    `json:"overall"`
	Stage      Stage       `json:"stage"`
	Axes       []Axis      `json:"axes"`
	Dimensions []Dimension `json:"dimensions"`
	// Actions are own-region, EU-wide and general recommendations. All that
	// matched are here: first the TopActions the text formats show (the
	// first door and the best-ranked), then the rest, each part ordered by
	// horizon, scope, then rank; text formats say how many more there are.
	Actions []Action `json:"actions"`
	// TopActions is how many of Actions the text formats show (at most MaxShownActions).
	TopActions int `json:"top_actions"`
	// Notices are said at the top of the actions, in the plan's language:
	// e.g. that no programme of the firm's own region fits its answers, or
	// that the catalogue has none for its region.
	Notices []string `json:"notices,omitempty"`
	// NoticeMessages are what Notices say, as data.
	NoticeMessages []diag.Message `json:"-"`
	// Complete is true when every question that applies is answered.
	Complete bool `json:"complete"`
	// AnsweredDimensions is how many dimensions have every question that
	// applies answered ("don't know" counts as an answer), of TotalDimensions.
	AnsweredDimensions int `json:"answered_dimensions"`
	// PartlyAnsweredDimensions is how many other dimensions have some
	// answers: an unfinished plan's scores rest on them too.
	PartlyAnsweredDimensions int `json:"partly_answered_dimensions"`
	// TotalDimensions is how many dimensions the catalogue has.
	TotalDimensions int `json:"total_dimensions"`
	// Ideas are practices from other regions than the firm's (running or
	// historic, with a transfer potential or evidence of success) that work
	// on the firm's weakest dimensions: for the firm and its advisor to ask
	// their own region for something similar. They carry no steps (those
	// are another region's); their reasons name the weak dimensions.
	Ideas []Action `json:"ideas"`
	// ToClarify lists questions answered "don't know", then those left
	// open, each in question order ("not applicable" is an answer, not a gap).
	ToClarify []Clarify `json:"to_clarify"`
	// Notes from the answers file: the general note first, then in
	// questionnaire order (profile, then each dimension's note and its
	// questions' notes), then notes on IDs the catalogue does not know.
	Notes []Note `json:"notes,omitempty"`
	// Since compares the plan with an earlier assessment of the firm (eis
	// plan --since OLD); nil without one.
	Since *Comparison `json:"since,omitempty"`
	// Warnings such as a catalogue digest mismatch.
	Warnings []string `json:"warnings,omitempty"`
	// WarningMessages are what Warnings say, as data.
	WarningMessages []diag.Message `json:"-"`
}

// CatRef identifies the catalogue behind the plan.
type CatRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Digest  string `json:"digest"`
	// Own names the folder of the user's own catalogue (--catalogue), by
	// its base name; empty for the embedded catalogue alone.
	Own string `json:"own,omitempty"`
	// OwnMode is how the own catalogue was used: "extend" (added to the
	// embedded one) or "replace" (alone); empty without one.
	OwnMode string `json:"own_mode,omitempty"`
}

// Who is the respondent and their profile.
type Who struct {
	Company    string `json:"company,omitempty"`
	Advisor    string `json:"advisor,omitempty"`
	Region     string `json:"region"`
	RegionName string `json:"region_name"`
	Sector     string `json:"sector,omitempty"`
	Size       string `json:"size,omitempty"`
	Exports    string `json:"exports,omitempty"`
	// SectorName, SizeName and ExportsName are the answers' labels in the plan's language.
	SectorName  string `json:"sector_name,omitempty"`
	SizeName    string `json:"size_name,omitempty"`
	ExportsName string `json:"exports_name,omitempty"`
	// Markets are the option IDs of the profile question "markets".
	Markets []string `json:"markets,omitempty"`
}

// Stage is the overall stage and why.
type Stage struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Reason string `json:"reason"`
	// Why are the sentences of Reason, as data.
	Why []diag.Message `json:"-"`
}

// Axis is readiness on one axis (company or offer).
type Axis struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Score *float64 `json:"score"`
}

// Dimension is readiness in one dimension; Score is nil when every answer
// was excluded (don't know, not applicable, not asked).
type Dimension struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Axis     string   `json:"axis"`
	Weight   float64  `json:"weight"`
	Score    *float64 `json:"score"`
	Answered int      `json:"answered"`
	Excluded int      `json:"excluded"`
}

// Action is a recommended practice with its reasons.
type Action struct {
	Practice     string   `json:"practice"`
	Title        string   `json:"title"`
	Summary      string   `json:"summary"`
	Region       string   `json:"region"`
	RegionName   string   `json:"region_name"`
	Organisation string   `json:"organisation,omitempty"`
	URL          string   `json:"url,omitempty"`
	Type         string   `json:"type"`
	Horizon      string   `json:"horizon"` // now, next-3-months, 3-12-months
	Effort       string   `json:"effort"`
	Cost         string   `json:"cost"`
	Confidence   string   `json:"confidence"`
	Historic     bool     `json:"historic,omitempty"`
	Dimensions   []string `json:"dimensions"`
	Steps        []string `json:"steps"`
	Reasons      []Reason `json:"reasons"`
	// After names practices in this plan to do first.
	After []string `json:"after,omitempty"`
	// Rank is the ranking score (higher first); published so nothing is hidden.
	Rank float64 `json:"rank"`
	// Impact expected: low, medium, high.
	Impact string `json:"impact"`
	// Scope relates the practice to the firm: own-region, eu, global or other-region.
	Scope string `json:"scope"`
	// ValidUntil is the end of the call or programme period (YYYY-MM-DD), if any.
	ValidUntil string `json:"valid_until,omitempty"`
	// Idea says what the firm can ask its own region for, or do itself,
	// inspired by another region's practice (ideas only). What a region can
	// learn from the practice (its transfer potential) is for the region
	// report, not for firms, and is not in the plan.
	Idea string `json:"idea,omitempty"`
	// Evidence is the practice's evidence of success (ideas only; in JSON,
	// not in the text and Markdown plans).
	Evidence string `json:"evidence,omitempty"`
}

// Reason is one answer or score that triggered an action.
type Reason struct {
	// Kind is "answer", "profile", "score" or "stage".
	Kind string `json:"kind"`
	// Ref is the question or dimension ID.
	Ref string `json:"ref"`
	// Text explains the reason in the plan's language.
	Text string `json:"text"`
	// Message is what Text says, as data.
	Message diag.Message `json:"-"`
}

// Clarify is a question to settle before the next assessment.
type Clarify struct {
	Question  string `json:"question"`
	Text      string `json:"text"`
	Dimension string `json:"dimension"`
	Answer    string `json:"answer"` // dont-know, or unanswered (ClarifyUnanswered)
}

// ClarifyUnanswered is Clarify.Answer for a question that applies but has no answer yet.
const ClarifyUnanswered = "unanswered"

// Note is a free-text note attached to a question, a dimension or the whole
// assessment.
type Note struct {
	// Ref is "general", a question ID or a dimension ID.
	Ref  string `json:"ref"`
	Text string `json:"text"`
	// Title names what the note is on, in the plan's language: "General",
	// the dimension's title or the question's text (the ID when unknown).
	Title string `json:"title,omitempty"`
}
