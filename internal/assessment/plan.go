package assessment

import (
	"time"

	"github.com/eis-project/eis/internal/diag"
)

// SchemaVersion of the plan's JSON form. Version 2 (issue 8) added the
// firm's profile, the stage per target market, need groups (one action per
// need, with alternatives), decisive gaps, eligibility verdicts and checks,
// the per-market section, programmes that are not for the firm, firm-facing
// ideas, first steps and the uncertain picture; reasons are at most three
// sentences, the full trace beside them.
const SchemaVersion = 2

// Plan is the view-model every output format renders (text, Markdown,
// JSON; issue 11's HTML report, comparison and region report reuse it).
// Build fills in the data — IDs, scores, ranks — and what the plan says as
// messages (diag.Message values in the Message fields); the text fields
// (titles, names, Text of every Msg) are left empty for the output to fill
// in the chosen language (render.Localize). The JSON form carries the IDs,
// the message IDs with their arguments, and the texts.
type Plan struct {
	SchemaVersion int       `json:"schema_version"`
	Language      string    `json:"language"`
	Generated     time.Time `json:"generated"`
	Catalogue     CatRef    `json:"catalogue"`
	Respondent    Who       `json:"respondent"`
	// Profile is what the firm said about itself that the plan routes by.
	Profile Profile `json:"profile"`
	// Overall readiness 0–1 (weighted over the dimensions with a score).
	Overall    *float64    `json:"overall"`
	Stage      Stage       `json:"stage"`
	Axes       []Axis      `json:"axes"`
	Dimensions []Dimension `json:"dimensions"`
	// Uncertain is set when the firm answered "don't know" to at least
	// UncertainAtLeast of the questions it answered (and at least
	// UncertainMinAnswered of them): the plan then leads with what to
	// clarify and shows fewer actions (CapUncertain per horizon).
	Uncertain *Uncertain `json:"uncertain"`
	// FirstSteps are the (at most three) things to do first: the first
	// step of the first shown actions, or first of all what to clarify.
	FirstSteps []FirstStep `json:"first_steps"`
	// Actions are one per need group: first the shown ones, in horizon and
	// placement order, then the rest (Shown false), which --all shows.
	Actions []Action `json:"actions"`
	// TopActions is how many of Actions are shown.
	TopActions int `json:"top_actions"`
	// Markets has a section per named target market, in answer order.
	Markets []MarketView `json:"markets"`
	// NotForYou lists practices the firm's answers call for but whose
	// eligibility rules it out, with why (shown in text with --all).
	NotForYou []NotForYou `json:"not_for_you"`
	// Ideas are practices of other regions, for needs the firm's own
	// region and country do not meet: what the firm can ask for or do.
	Ideas []Idea `json:"ideas"`
	// Notices are said at the top of the actions.
	Notices []Msg `json:"notices"`
	// ToClarify lists questions answered "don't know", then those left
	// open, each in question order, with whom to ask.
	ToClarify []Clarify `json:"to_clarify"`
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
	// Notes from the answers file: the general note first, then in
	// questionnaire order, then notes on IDs the catalogue does not know.
	// eis plan leaves them out unless --notes is given (they are the
	// advisor's).
	Notes []Note `json:"notes,omitempty"`
	// Targets are the gaps to the stage and readiness the firm aims for;
	// nil when its answers file sets none.
	Targets *Targets `json:"targets,omitempty"`
	// Since compares the plan with an earlier assessment of the firm (eis
	// plan --since OLD); nil without one.
	Since *Comparison `json:"since,omitempty"`
	// Warnings such as a catalogue digest mismatch.
	Warnings []string `json:"warnings,omitempty"`
	// WarningMessages are what Warnings say, as data.
	WarningMessages []diag.Message `json:"-"`
	// ShowAll asks the text formats to show every action and the
	// programmes that are not for the firm (--all).
	ShowAll bool `json:"-"`
}

// Msg is something the plan says: a message ID with its arguments (as
// data, for tools that say it again) and its text in the plan's language.
type Msg struct {
	// Kind says what the sentence is about, where that matters: a reason's
	// kind (decisive, market, gap, dont-know, score, stage, fact, wait), an
	// eligibility check's (band, unknown, note, home, markets), or a
	// notice's (resume: continuing the assessment answers it).
	Kind string `json:"kind,omitempty"`
	// Ref is the question, dimension, rule or country it is about, if any.
	Ref  string `json:"ref,omitempty"`
	ID   string `json:"id"`
	Args []any  `json:"args"`
	Text string `json:"text"`
	// Message is what Text says, as data.
	Message diag.Message `json:"-"`
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

// Who is the respondent and the profile answers a heading shows.
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
}

// Profile is what the firm said about its business and markets.
type Profile struct {
	// HomeCountry is the ISO code of the firm's country: its region's, or
	// the answer to home-country; empty when unknown.
	HomeCountry     string   `json:"home_country"`
	HomeCountryName string   `json:"home_country_name"`
	SellsWhat       []string `json:"sells_what"`
	SellsTo         []string `json:"sells_to"`
	SellsHow        []string `json:"sells_how"`
	Turnover        string   `json:"turnover"`
	YearsTrading    string   `json:"years_trading"`
	ExportShare     string   `json:"export_share"`
	CurrentMarkets  []string `json:"current_markets"`
	TargetMarkets   []string `json:"target_markets"`
	// Undecided is true when the firm has not chosen target markets yet.
	Undecided bool `json:"undecided"`
	// Summary names what, to whom and how the firm sells, and its markets
	// (for a heading line), as data and text.
	Summary []Msg `json:"summary"`
}

// Stage is the firm's overall stage, why, and its stage in each target market.
type Stage struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Reason is the sentences of Reasons joined.
	Reason  string `json:"reason"`
	Reasons []Msg  `json:"reasons"`
	// Markets give the stage in each target market (new to it: first
	// exports there).
	Markets []MarketStage `json:"markets"`
}

// MarketStage is the firm's stage in one target market.
type MarketStage struct {
	Country string `json:"country"`
	Name    string `json:"name"`
	Stage   string `json:"stage"`
	// New is true when the firm does not sell there yet.
	New bool `json:"new"`
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

// Uncertain says how much of the picture rests on "don't know".
type Uncertain struct {
	DontKnow int     `json:"dont_know"`
	Answered int     `json:"answered"`
	Share    float64 `json:"share"`
}

// FirstStep is one of the first things to do.
type FirstStep struct {
	// Kind is "clarify" (find out what the firm did not know) or "action".
	Kind string `json:"kind"`
	// Practice is the action's practice (kind action).
	Practice string `json:"practice,omitempty"`
	// Step is which of the practice's steps leads (kind action), counting
	// from 1 in the catalogue's order, where its first_step_when names one
	// for this firm; 0 when none does: the first step leads.
	Step int `json:"step,omitempty"`
	// Text is the step; Detail who runs it and where (title, organisation, link).
	Text   string `json:"text"`
	Detail string `json:"detail"`
	// Message is what Text says for a clarify step, as data.
	Message diag.Message `json:"-"`
}

// Action is the plan's answer to one need: the best-fitting practice, with
// why, and the others that meet the same need as alternatives.
type Action struct {
	Practice     string   `json:"practice"`
	Title        string   `json:"title"`
	Summary      string   `json:"summary"`
	Region       string   `json:"region"`
	RegionName   string   `json:"region_name"`
	Organisation string   `json:"organisation,omitempty"`
	URL          string   `json:"url,omitempty"`
	Contact      *Contact `json:"contact,omitempty"`
	Type         string   `json:"type"`
	// Horizon is now, next-3-months or 3-12-months (for an action not
	// shown: the earliest it could be placed in).
	Horizon    string   `json:"horizon"`
	Effort     string   `json:"effort"`
	Cost       string   `json:"cost"`
	Impact     string   `json:"impact"`
	Confidence string   `json:"confidence"`
	Historic   bool     `json:"historic,omitempty"`
	Dimensions []string `json:"dimensions"`
	Steps      []string `json:"steps"`
	// LeadStep is which of the practice's steps leads, counting from 1 in
	// the catalogue's order, where its first_step_when names one for this
	// firm (a firm whose gap is VAT starts with the invoicing step); 0 when
	// none does. Steps list the lead step first, the others after it in
	// their order.
	LeadStep int `json:"lead_step,omitempty"`
	// LeftOutSteps are steps of the practice, counting from 1 in the
	// catalogue's order, that another action the plan shows says too
	// (step_also_in), so the plan says them once, or that are not for
	// this firm (step_when): Steps leave them out.
	LeftOutSteps []int `json:"left_out_steps,omitempty"`
	// Group is the need group; GroupTitle its title.
	Group      string `json:"group"`
	GroupTitle string `json:"group_title"`
	// Shown is true when the action is among the plan's shown actions.
	Shown bool `json:"shown"`
	// Door marks the first contact with public support.
	Door bool `json:"door"`
	// StartHere marks a door that comes before the firm's decisive steps
	// ("start here"): for a firm new to exporting or that does not know
	// where support is, when the catalogue could confirm it. A door the
	// catalogue could not confirm is a place to ask (confidence
	// unverified); an exporter that knows where support is starts with its
	// decisive step.
	StartHere bool `json:"start_here,omitempty"`
	// AfterOwnSteps marks a door that starts the firm's public support
	// (StartHere) but that other shown actions come before — the firm's
	// own decisive steps, a market choice, a rule due within weeks — not
	// only the answer to a waiting buyer: it is where the firm starts
	// with support, not where it starts ("start here" on the fourth
	// action read as a contradiction; planner17, session 17).
	AfterOwnSteps bool `json:"after_own_steps,omitempty"`
	// Decisive is the gap that put the action first, if one did.
	Decisive *Decisive `json:"decisive"`
	// Eligibility is "yes", or "check" when the firm must check it
	// qualifies (Checks say what).
	Eligibility string `json:"eligibility"`
	Checks      []Msg  `json:"checks"`
	// Alternatives meet the same need, best first.
	Alternatives []Alternative `json:"alternatives"`
	// Serves are the firm's markets the practice specifically serves.
	Serves []string `json:"serves"`
	// Fit is 1 when the firm's stage (or its stage in a target market)
	// fits the practice, StageMisfit when it does not.
	Fit float64 `json:"fit"`
	// Reasons are at most MaxReasons sentences about this firm, the
	// strongest first; Trace is everything the engine used.
	Reasons []Msg       `json:"reasons"`
	Trace   []TraceItem `json:"trace"`
	// After names practices in this plan to do first.
	After []string `json:"after,omitempty"`
	// HeldBack says, for an action not shown, the decisive step that holds
	// it back (Ref: its practice) — a waiting buyer's offer that carries
	// the price and terms, the capacity plan before buyer events; nil when
	// none does.
	HeldBack *Msg `json:"held_back,omitempty"`
	// Rank is the ranking score (higher first); published so nothing is hidden.
	Rank float64 `json:"rank"`
	// Scope relates the practice to the firm: own-region, own-country, eu or global.
	Scope string `json:"scope"`
	// ValidUntil is the end of the call or programme period (YYYY-MM-DD), if any.
	ValidUntil string `json:"valid_until,omitempty"`
	// Closes are the dimensions below the firm's target that the action works on.
	Closes []string `json:"closes,omitempty"`
}

// Contact reaches the body that runs a programme with no page of its own.
type Contact struct {
	URL   string `json:"url,omitempty"`
	Email string `json:"email,omitempty"`
	Phone string `json:"phone,omitempty"`
}

// Decisive is the gap that decided an action's place.
type Decisive struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	// Message is what Text says, as data.
	Message diag.Message `json:"-"`
}

// Alternative is another practice that meets an action's need.
type Alternative struct {
	Practice     string  `json:"practice"`
	Title        string  `json:"title"`
	Organisation string  `json:"organisation,omitempty"`
	URL          string  `json:"url,omitempty"`
	Scope        string  `json:"scope"`
	Eligibility  string  `json:"eligibility"`
	Rank         float64 `json:"rank"`
}

// TraceItem is one thing the engine used for an action: an atom of its
// rule, an eligibility verdict, a decisive rule, the door, the stage fit or
// a term of its rank.
type TraceItem struct {
	// Kind: answer, profile, score, stage, markets, eligibility, decisive, door, fit, rank.
	Kind  string `json:"kind"`
	Ref   string `json:"ref,omitempty"`
	Value string `json:"value,omitempty"`
	Msg   *Msg   `json:"msg,omitempty"`
	// Gate marks an atom of the rule under a not: a guard, which says when
	// the practice stays out, not why it is offered; the plan's reasons,
	// gaps and ranks leave it out (absent: false).
	Gate bool `json:"gate,omitempty"`
}

// MarketView is what differs in one target market, and who helps there.
type MarketView struct {
	Country string `json:"country"`
	Name    string `json:"name"`
	// New is true when the firm does not sell there yet.
	New   bool   `json:"new"`
	Stage string `json:"stage"`
	// Kinds are the market's kinds relative to the firm's home country.
	Kinds     []string `json:"kinds"`
	Languages []string `json:"languages"`
	Currency  string   `json:"currency"`
	// Notes from the catalogue's market notes (at most one per topic).
	Notes []MarketNote `json:"notes"`
	// Lines eis says from the kinds: language, currency, a customs border.
	Lines []Msg `json:"lines"`
	// Support is the firm's own region's, own country's or EU programmes
	// that name this market.
	Support []MarketSupport `json:"support"`
	// NoSupport is set when the catalogue holds none; it says so.
	NoSupport *Msg `json:"no_support"`
}

// MarketNote is a catalogue note on a market.
type MarketNote struct {
	ID         string      `json:"id"`
	Topic      string      `json:"topic"`
	Text       string      `json:"text"`
	Confidence string      `json:"confidence"`
	Sources    []SourceRef `json:"sources"`
}

// SourceRef is where a note's facts come from.
type SourceRef struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// MarketSupport is a programme that serves a target market, and where it
// stands in the plan.
type MarketSupport struct {
	Practice     string `json:"practice"`
	Title        string `json:"title"`
	Organisation string `json:"organisation,omitempty"`
	// InPlan is action, alternative, more (an action not shown) or none.
	InPlan string `json:"in_plan"`
	// Action is the number of the shown action it is (or is an alternative
	// to), 1-based; 0 when none.
	Action int `json:"action"`
}

// In-plan states of a market's support.
const (
	InPlanAction      = "action"
	InPlanAlternative = "alternative"
	InPlanMore        = "more"
	InPlanNone        = "none"
)

// NotForYou is a practice the firm's answers call for, but whose
// eligibility rules it out.
type NotForYou struct {
	Practice     string `json:"practice"`
	Title        string `json:"title"`
	Organisation string `json:"organisation,omitempty"`
	Region       string `json:"region"`
	Scope        string `json:"scope"`
	Group        string `json:"group"`
	Why          []Msg  `json:"why"`
}

// Idea is another region's practice a firm can learn from: what it can ask
// its own region for, or do itself.
type Idea struct {
	Practice     string `json:"practice"`
	Title        string `json:"title"`
	Organisation string `json:"organisation,omitempty"`
	Region       string `json:"region"`
	RegionName   string `json:"region_name"`
	URL          string `json:"url,omitempty"`
	Confidence   string `json:"confidence"`
	Historic     bool   `json:"historic,omitempty"`
	// Idea is the firm-facing text (the practice's region-facing transfer
	// potential is for the region report, never for firms).
	Idea       string   `json:"idea"`
	Group      string   `json:"group"`
	GroupTitle string   `json:"group_title"`
	Serves     []string `json:"serves"`
	Reasons    []Msg    `json:"reasons"`
	Rank       float64  `json:"rank"`
}

// Clarify is a question to settle before the next assessment.
type Clarify struct {
	Question  string `json:"question"`
	Text      string `json:"text"`
	Dimension string `json:"dimension"`
	Answer    string `json:"answer"` // dont-know, or unanswered (ClarifyUnanswered)
	// With is whom to ask (the question's clarify_with, else its dimension's).
	With string `json:"with,omitempty"`
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

// NoticeResume is the kind of a notice that continuing the assessment
// answers (profile answers missing, an old markets answer): the renderer
// gives the command that continues it after such notices, unless the
// unfinished-assessment banner above has given it.
const NoticeResume = "resume"

// MaxNamedProfile is how many missing profile answers the notice names;
// beyond it, it gives their count (an answers file of an older catalogue).
const MaxNamedProfile = 3

// msg is a Msg of kind about ref saying m.
func msg(kind, ref string, m diag.Message) Msg {
	return Msg{Kind: kind, Ref: ref, ID: m.ID, Message: m}
}
