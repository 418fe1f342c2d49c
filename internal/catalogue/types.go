// Package catalogue owns the eis catalogue: its types (format v1), the loader
// that reads them from any fs.FS, the validator that reports positioned
// diagnostics, and the merge of a user's catalogue over the embedded one.
package catalogue

import (
	"sync/atomic"

	"github.com/eis-project/eis/internal/diag"
)

// FormatVersion is the catalogue file format this build reads; every file
// starts with `version: 1`.
const FormatVersion = 1

// Reserved option IDs: real answers that are excluded from the score.
const (
	DontKnow      = "dont-know"
	NotApplicable = "not-applicable"
)

// Question kinds.
const (
	KindSingle = "single"
	KindMulti  = "multi"
	KindYesNo  = "yesno"
	KindScale  = "scale"
	// KindCountry is one country (ISO 3166-1 alpha-2 code, or XI for
	// Northern Ireland) from the catalogue's countries: section.
	KindCountry = "country"
	// KindCountries is a list of countries from the countries: section.
	KindCountries = "countries"
)

// Axes group dimensions as in CORE: the company's readiness and the offer's.
const (
	AxisCompany = "company"
	AxisOffer   = "offer"
)

// Stages of internationalisation, in order.
var Stages = []string{"exploring", "first-exports", "expanding", "established"}

// Needs is the vocabulary of needs a practice can address.
var Needs = []string{
	"market-research", "finance", "digital-sales", "partners", "trade-fairs",
	"skills", "legal-ip-compliance", "logistics", "export-strategy", "mentoring",
}

// Text is a localised string: language code → text. English ("en") is
// required. The output picks the language (internal/i18n's Locale.Pick).
type Text = diag.Text

// NewText returns the Text of m's texts (see diag.Text).
func NewText(m map[string]string) Text { return diag.NewText(m) }

// File is one catalogue file as written: a format version and any of the
// sections. The catalogue is the union of all its files.
type File struct {
	// Version of the file format; must be 1.
	Version    int          `yaml:"version" json:"version" jsonschema:"enum=1"`
	Catalogue  *Meta        `yaml:"catalogue,omitempty" json:"catalogue,omitempty"`
	Dimensions []*Dimension `yaml:"dimensions,omitempty" json:"dimensions,omitempty"`
	Profile    []*Question  `yaml:"profile,omitempty" json:"profile,omitempty"`
	Questions  []*Question  `yaml:"questions,omitempty" json:"questions,omitempty"`
	Regions    []*Region    `yaml:"regions,omitempty" json:"regions,omitempty"`
	Practices  []*Practice  `yaml:"practices,omitempty" json:"practices,omitempty"`
	// Countries are the countries and markets eis knows (generated from CLDR and hand-written facts).
	Countries []*Country `yaml:"countries,omitempty" json:"countries,omitempty"`
	// Languages name the languages the countries speak.
	Languages []*Language `yaml:"languages,omitempty" json:"languages,omitempty"`
	// Groups are the needs that practices meet: a plan shows one action per need group.
	Groups []*Group `yaml:"groups,omitempty" json:"groups,omitempty"`
	// MarketNotes say what differs in a target market (customs, VAT, product rules, food).
	MarketNotes []*MarketNote `yaml:"market_notes,omitempty" json:"market_notes,omitempty"`
}

// Catalogue is the whole catalogue after loading and merging every file.
type Catalogue struct {
	// Meta is the catalogue's identity (from the file that has a `catalogue:` section).
	Meta Meta `yaml:"catalogue" json:"catalogue"`
	// Dimensions in declared order.
	Dimensions []*Dimension `yaml:"dimensions" json:"dimensions"`
	// Profile questions, in the order they are asked; not scored.
	Profile []*Question `yaml:"profile" json:"profile"`
	// Questions are the scored questions, in the order they are asked.
	Questions []*Question `yaml:"questions" json:"questions"`
	// Regions known to the catalogue.
	Regions []*Region `yaml:"regions" json:"regions"`
	// Practices are regional good practices, EU instruments and general methods.
	Practices []*Practice `yaml:"practices" json:"practices"`
	// Countries known to the catalogue, in file order.
	Countries []*Country `yaml:"countries" json:"countries"`
	// Languages are the names of the languages countries speak.
	Languages []*Language `yaml:"languages" json:"languages"`
	// Groups are the need groups, in tie-break order.
	Groups []*Group `yaml:"groups" json:"groups"`
	// MarketNotes are the per-market notes, in file order.
	MarketNotes []*MarketNote `yaml:"market_notes" json:"market_notes"`
	// countryIdx finds a country by code (built after loading; nil: scan),
	// unless countriesSorted: the countries are in the order of their
	// codes, each once (the embedded catalogue's), and are found by a
	// binary search, with no map to build.
	countryIdx      map[string]*Country
	countriesSorted bool
	// nameIdx finds a country by name (built on first use).
	nameIdx *countryNames
	// Digest is "sha256:<hex>" over the loaded files' bytes, in path order.
	Digest string `yaml:"-" json:"-"`
	// sources maps each entry ID to the file and line it came from (see
	// Sources).
	sources map[string]Pos
	// staticSources are the sources of a catalogue loaded from Go values
	// (see Static), made a map when Sources is first called (only a
	// diagnostic and eis practices show ask); sourcesRead is that map, a
	// map[string]Pos (an atomic.Value, which may be copied with the
	// Catalogue).
	staticSources []SourceAt
	sourcesRead   atomic.Value
	// pos records where each field of each entry stands (for diagnostics).
	pos posTable
	// ids finds entries by ID: a *catIndex (see index). An atomic.Value,
	// which may be copied with the Catalogue.
	ids atomic.Value
}

// Pos is a position in a catalogue file.
type Pos struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"column"`
}

// Meta identifies a catalogue.
type Meta struct {
	// ID names the catalogue, e.g. "eis".
	ID string `yaml:"id" json:"id"`
	// Version is the content version, e.g. "2026.11".
	Version string `yaml:"version" json:"version"`
	// Title of the catalogue.
	Title Text `yaml:"title" json:"title"`
	// Languages every text must be given in; the first is the source language ("en").
	Languages []string `yaml:"languages" json:"languages"`
	// Translations say, per language, who translated the texts and whether a native speaker reviewed them. Every language of Languages has one; a language listed here but not in Languages is in progress: its texts are allowed but not yet expected.
	Translations Keyed[Translation] `yaml:"translations,omitempty" json:"translations,omitempty"`
}

// Translation is what is known about the texts of one language: who wrote
// or translated them and whether a native speaker has reviewed them.
type Translation struct {
	// Translator is who wrote or translated the texts: people, a team, or a tool and who checked its output.
	Translator string `yaml:"translator" json:"translator"`
	// ReviewedBy names the native speaker who reviewed the texts; empty when no such review is recorded.
	ReviewedBy string `yaml:"reviewed_by,omitempty" json:"reviewed_by,omitempty"`
	// Reviewed is the day of that review.
	Reviewed *Date `yaml:"reviewed,omitempty" json:"reviewed,omitempty"`
}

// Dimension is an area of readiness.
type Dimension struct {
	ID string `yaml:"id" json:"id"`
	// Axis is "company" or "offer".
	Axis string `yaml:"axis" json:"axis" jsonschema:"enum=company,enum=offer"`
	// Weight of the dimension in its axis and overall score (> 0, at most 100).
	Weight float64 `yaml:"weight" json:"weight" jsonschema:"exclusiveMinimum=0,maximum=100"`
	Title  Text    `yaml:"title" json:"title"`
	// Description says what the dimension covers.
	Description Text `yaml:"description,omitempty" json:"description,omitempty"`
	// ClarifyWith names whom a firm asks about an answer of this dimension it did not know ("your accountant").
	ClarifyWith Text `yaml:"clarify_with,omitempty" json:"clarify_with,omitempty"`
}

// Question is a scored question (with a dimension) or a profile question (without).
type Question struct {
	ID string `yaml:"id" json:"id"`
	// Dimension the question scores into; empty for profile questions.
	Dimension string `yaml:"dimension,omitempty" json:"dimension,omitempty"`
	// Kind is single, multi, yesno, scale, or (profile questions) country or countries, whose options are the countries: section.
	Kind string `yaml:"kind" json:"kind" jsonschema:"enum=single,enum=multi,enum=yesno,enum=scale,enum=country,enum=countries"`
	// Text is the question as asked.
	Text Text `yaml:"text" json:"text"`
	// Help says why this matters, for a small-firm owner.
	Help Text `yaml:"help,omitempty" json:"help,omitempty"`
	// DontKnow offers "Don't know" (excluded from the score, listed to clarify).
	DontKnow bool `yaml:"dont_know,omitempty" json:"dont_know,omitempty"`
	// NotApplicable offers "Not applicable" (excluded from the score).
	NotApplicable bool `yaml:"not_applicable,omitempty" json:"not_applicable,omitempty"`
	// When decides whether the question is asked; it may refer only to earlier questions.
	When *Rule `yaml:"when,omitempty" json:"when,omitempty"`
	// MaxChoices bounds how many options (countries) a multi or countries question takes.
	MaxChoices int `yaml:"max_choices,omitempty" json:"max_choices,omitempty" jsonschema:"minimum=1"`
	// ClarifyWith names whom a firm asks when it does not know the answer; else its dimension's.
	ClarifyWith Text `yaml:"clarify_with,omitempty" json:"clarify_with,omitempty"`
	// Unknown is the firm-facing sentence a plan gives as a reason when the firm answered "Don't know" (scored questions with dont_know only): what not knowing means for it, not the question read back.
	Unknown Text `yaml:"unknown,omitempty" json:"unknown,omitempty"`
	// UnknownWhen replaces the unknown text when a rule on profile and market facts holds (a services firm that does not know its VAT rules reads nothing of import duties): the first entry whose rule is true wins.
	UnknownWhen []*UnknownWhen `yaml:"unknown_when,omitempty" json:"unknown_when,omitempty"`
	// Options in the order shown; on country and countries questions, extra lower-case options besides the countries.
	Options []*Option `yaml:"options,omitempty" json:"options,omitempty"`
}

// Option is one answer to a question.
type Option struct {
	ID    string `yaml:"id" json:"id"`
	Label Text   `yaml:"label" json:"label"`
	// Score from 0 to 1 (scored questions only), graded like 0 / 0.25 / 0.5 / 1.
	Score *float64 `yaml:"score,omitempty" json:"score,omitempty" jsonschema:"minimum=0,maximum=1"`
	// Exclusive means the option cannot be chosen together with others (multi-choice only), e.g. 'None of these'.
	Exclusive bool `yaml:"exclusive,omitempty" json:"exclusive,omitempty"`
	// Gap is the firm-facing sentence a plan gives as a reason when this answer triggered an action (scored options below 0.5).
	Gap Text `yaml:"gap,omitempty" json:"gap,omitempty"`
	// Bounds are the band's lower and upper bound, on the options of the profile questions turnover (in euro) and export-share (in percent of turnover): a practice's export_revenue is judged by the turnover band times the export-share band. Min 0 is no lower bound, max 0 none above (a share: 100). An option without bounds leaves a firm's export revenue unknown.
	Bounds *Amounts `yaml:"bounds,omitempty" json:"bounds,omitempty"`
	// Fact is the firm-facing sentence a plan gives when this profile answer is a reason ("You sell under your own brand.").
	Fact Text `yaml:"fact,omitempty" json:"fact,omitempty"`
	// ScoreWhen replaces the score when a rule on profile and market facts holds: the first entry whose rule is true wins.
	ScoreWhen []*ScoreWhen `yaml:"score_when,omitempty" json:"score_when,omitempty"`
	// GapWhen replaces the gap text when a rule on profile and market facts holds (a services firm's VAT gap says nothing of customs): the first entry whose rule is true wins.
	GapWhen []*GapWhen `yaml:"gap_when,omitempty" json:"gap_when,omitempty"`
	// When offers the option only to a firm for whom a rule on profile and market facts holds, on the answers before the question (buyer-reach's "some of them" only with three or more target markets); an answer file that chose it all the same keeps it.
	When *Rule `yaml:"when,omitempty" json:"when,omitempty"`
}

// UnknownWhen is an unknown text that replaces a question's own when its
// rule holds; the rule may use only profile and markets conditions.
type UnknownWhen struct {
	When    *Rule `yaml:"when" json:"when"`
	Unknown Text  `yaml:"unknown" json:"unknown"`
}

// FirstStepWhen names the step (1-based) that leads a practice's steps for
// a firm for whom its rule holds (a firm whose VAT is the gap starts with
// the invoicing step).
type FirstStepWhen struct {
	Step int   `yaml:"step" json:"step" jsonschema:"minimum=1"`
	When *Rule `yaml:"when" json:"when"`
}

// StepWhen names a step (1-based) of a practice that is for some firms
// only: those for whom its rule holds; for the others the plan leaves it
// out (the web-shop step's "For Great Britain" VAT step is for a firm
// selling into Great Britain, not for a British one).
type StepWhen struct {
	Step int   `yaml:"step" json:"step" jsonschema:"minimum=1"`
	When *Rule `yaml:"when" json:"when"`
}

// StepAlsoIn names a step (1-based) of a practice that another practice's
// steps say too: when a plan shows that practice, the step is left out here,
// so the plan says it once (the German labour-leasing check's A1 step
// beside the posting action).
type StepAlsoIn struct {
	Step     int    `yaml:"step" json:"step" jsonschema:"minimum=1"`
	Practice string `yaml:"practice" json:"practice"`
}

// GapWhen is a gap text that replaces an option's own when its rule holds;
// the rule may use only profile and markets conditions.
type GapWhen struct {
	When *Rule `yaml:"when" json:"when"`
	Gap  Text  `yaml:"gap" json:"gap"`
}

// ScoreWhen is a score that replaces an option's own when its rule holds;
// the rule may use only profile and markets conditions.
type ScoreWhen struct {
	When  *Rule   `yaml:"when" json:"when"`
	Score float64 `yaml:"score" json:"score" jsonschema:"minimum=0,maximum=1"`
}

// Region is where a practice is offered; "eu" and "global" are scopes, not places.
type Region struct {
	ID   string `yaml:"id" json:"id"`
	Name Text   `yaml:"name" json:"name"`
	// Country is an ISO 3166-1 alpha-2 code; empty for eu and global.
	Country string `yaml:"country,omitempty" json:"country,omitempty"`
	// Languages spoken there (ISO 639-1).
	Languages []string `yaml:"languages,omitempty" json:"languages,omitempty"`
	// Scope is regional, national, eu, global (methods anyone can use) or other (a place with no entries of its own).
	Scope string `yaml:"scope" json:"scope" jsonschema:"enum=regional,enum=national,enum=eu,enum=global,enum=other"`
	// EUMember says whether firms here can use EU-wide instruments.
	EUMember bool `yaml:"eu_member,omitempty" json:"eu_member,omitempty"`
	// EISPartner marks the seven regions of the Interreg Europe EIS project.
	EISPartner bool `yaml:"eis_partner,omitempty" json:"eis_partner,omitempty"`
}

// Practice is a regional good practice: a support programme or a proven method.
type Practice struct {
	ID     string `yaml:"id" json:"id"`
	Region string `yaml:"region" json:"region"`
	// Type is "programme" (someone runs it) or "method" (a firm can do it alone).
	Type    string `yaml:"type" json:"type" jsonschema:"enum=programme,enum=method"`
	Title   Text   `yaml:"title" json:"title"`
	Summary Text   `yaml:"summary" json:"summary"`
	// Organisation that runs the programme (a proper name, not translated).
	Organisation string `yaml:"organisation,omitempty" json:"organisation,omitempty"`
	// Level is local, regional, national or eu (Interreg's implementation level).
	Level string `yaml:"level,omitempty" json:"level,omitempty" jsonschema:"enum=local,enum=regional,enum=national,enum=eu"`
	// Description is what it does ("About this good practice").
	Description       Text `yaml:"description,omitempty" json:"description,omitempty"`
	ResourcesNeeded   Text `yaml:"resources_needed,omitempty" json:"resources_needed,omitempty"`
	EvidenceOfSuccess Text `yaml:"evidence_of_success,omitempty" json:"evidence_of_success,omitempty"`
	// TransferPotential is region-facing: what another region's support system can learn from the practice (Interreg's field); never shown to firms.
	TransferPotential Text `yaml:"transfer_potential,omitempty" json:"transfer_potential,omitempty"`
	// Idea is firm-facing: what a firm in another region can ask its own region for, or do itself, inspired by the practice.
	Idea Text `yaml:"idea,omitempty" json:"idea,omitempty"`
	// Markets are the foreign markets the practice specifically serves (ISO 3166-1 alpha-2 codes, e.g. DE), such as the countries where an agency has an office; empty when it is not market-specific.
	Markets    []string `yaml:"markets,omitempty" json:"markets,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
	Dimensions []string `yaml:"dimensions" json:"dimensions"`
	Needs      []string `yaml:"needs,omitempty" json:"needs,omitempty"`
	// Group is the need the practice meets (an ID from groups:); a plan shows one action per group.
	Group string `yaml:"group,omitempty" json:"group,omitempty"`
	// Also lists further groups the practice can stand for, where no better practice of that group fits.
	Also []string `yaml:"also,omitempty" json:"also,omitempty"`
	// CoversGroups are needs whose work this practice does, for the markets it serves: when the plan shows it and it serves every target market of the firm, a general method of those groups steps back (a liquor board's route that has the firm appoint the board's agent leaves no separate "choose an agent" for Canada).
	CoversGroups []string     `yaml:"covers_groups,omitempty" json:"covers_groups,omitempty"`
	Stages       []string     `yaml:"stages" json:"stages"`
	Eligibility  *Eligibility `yaml:"eligibility,omitempty" json:"eligibility,omitempty"`
	// Effort for the firm: low, medium, high.
	Effort string `yaml:"effort" json:"effort" jsonschema:"enum=low,enum=medium,enum=high"`
	// Cost to the firm: free, low, medium, high.
	Cost string `yaml:"cost" json:"cost" jsonschema:"enum=free,enum=low,enum=medium,enum=high"`
	// Impact expected for a firm it fits: low, medium, high.
	Impact string `yaml:"impact" json:"impact" jsonschema:"enum=low,enum=medium,enum=high"`
	// Steps are concrete things the firm does, in order.
	Steps []Text `yaml:"steps" json:"steps"`
	// FirstStepWhen names, for some firms, the step that leads instead of the first: the first entry whose rule holds names it (1-based); when none holds, the first step leads. A plan's first steps show it, and the action lists it first.
	FirstStepWhen []*FirstStepWhen `yaml:"first_step_when,omitempty" json:"first_step_when,omitempty"`
	// StepWhen names steps that are for some firms only: each is left out of the action for a firm for whom its rule does not hold. A step left out never leads: the first step kept does.
	StepWhen []*StepWhen `yaml:"step_when,omitempty" json:"step_when,omitempty"`
	// StepAlsoIn names steps that another practice says too: each is left out of the action when the plan shows that practice (shown, not only in --all). Never the step that leads.
	StepAlsoIn []*StepAlsoIn `yaml:"step_also_in,omitempty" json:"step_also_in,omitempty"`
	// URL of the programme or method (syntax is checked, never fetched).
	URL string `yaml:"url,omitempty" json:"url,omitempty" jsonschema:"format=uri"`
	// Contact reaches the body that runs a programme with no page of its own.
	Contact *Contact `yaml:"contact,omitempty" json:"contact,omitempty"`
	// Sources the entry's facts come from.
	Sources []Source `yaml:"sources" json:"sources"`
	// ValidFrom / ValidUntil bound a call or programme period.
	ValidFrom  *Date `yaml:"valid_from,omitempty" json:"valid_from,omitempty"`
	ValidUntil *Date `yaml:"valid_until,omitempty" json:"valid_until,omitempty"`
	// LastCallClosed is when the latest known call of a programme that runs in calls closed, with no later call known open: from that day it is between calls — no action in a plan, but listed (in --all) with a note to watch for the next call. Remove it, or move it, when a new call opens.
	LastCallClosed *Date `yaml:"last_call_closed,omitempty" json:"last_call_closed,omitempty"`
	// LastVerified is when the entry was last checked against its sources.
	LastVerified *Date `yaml:"last_verified" json:"last_verified"`
	// Status is active or historic; historic entries are only ever ideas, never actions.
	Status string `yaml:"status,omitempty" json:"status,omitempty" jsonschema:"enum=active,enum=historic"`
	// Confidence is verified, partial or unverified; the plan shows it.
	Confidence string `yaml:"confidence" json:"confidence" jsonschema:"enum=verified,enum=partial,enum=unverified"`
	// After lists practices to do first ("do this first" relations).
	After []string `yaml:"after,omitempty" json:"after,omitempty"`
	// Advice marks a practice that advises or informs — a helpdesk, a portal — and does not itself do what its need asks: the firm learns what to do there, then does it (or has a lawyer or forwarder do it). A decisive rule with act: true takes a practice that acts as its action where one works on the gap, the advice as its alternative; decisive actions of equal priority that act come before advice.
	Advice bool `yaml:"advice,omitempty" json:"advice,omitempty"`
	// When decides whether the practice applies to a firm.
	When *Rule `yaml:"when,omitempty" json:"when,omitempty"`
}

// Eligibility restricts who can use a practice, machine-checkably; what
// is not given allows everyone.
type Eligibility struct {
	// Sizes are option IDs of the profile question "size" (shorthand for profile: {size: [...]}).
	Sizes []string `yaml:"sizes,omitempty" json:"sizes,omitempty"`
	// Sectors are option IDs of the profile question "sector" (shorthand for profile: {sector: [...]}).
	Sectors []string `yaml:"sectors,omitempty" json:"sectors,omitempty"`
	// Profile maps a profile question ID to the answers the practice is for: a list (in), or {in: [...], check: [...]} where check lists answers that straddle a threshold (the firm must check).
	Profile Keyed[Bands] `yaml:"profile,omitempty" json:"profile,omitempty"`
	// TargetMarkets says which of the firm's markets the practice is for.
	TargetMarkets *TargetMarkets `yaml:"target_markets,omitempty" json:"target_markets,omitempty"`
	// HomeCountries are the countries a firm must be based in (ISO codes).
	HomeCountries []string `yaml:"home_countries,omitempty" json:"home_countries,omitempty"`
	// ExportRevenue is the firm's yearly revenue from sales abroad, in euro, that the practice is for (HBOR: up to €2.5 million). eis asks no such figure: it derives a range from the turnover and export-share bands and says "check" when the range straddles the limit or an answer is missing.
	ExportRevenue *Amounts `yaml:"export_revenue,omitempty" json:"export_revenue,omitempty"`
	// Check marks a condition eis cannot ask; the note says what the firm must check.
	Check bool `yaml:"check,omitempty" json:"check,omitempty"`
	// Note explains the conditions in words; a plan shows it with every "check".
	Note Text `yaml:"note,omitempty" json:"note,omitempty"`
}

// Bands are the answers to one profile question a practice is for: In
// (yes) and Check (the firm must check: the band straddles a threshold).
// Written as a list, it is In alone.
type Bands struct {
	In    []string `yaml:"in,omitempty" json:"in,omitempty"`
	Check []string `yaml:"check,omitempty" json:"check,omitempty"`
}

// Amounts are limits on a quantity: Min (at least) and Max (up to); zero
// is no limit. A practice's export revenue and a turnover band are in
// euro, an export-share band in percent of turnover.
type Amounts struct {
	Min float64 `yaml:"min,omitempty" json:"min,omitempty" jsonschema:"minimum=0"`
	Max float64 `yaml:"max,omitempty" json:"max,omitempty" jsonschema:"minimum=0"`
}

// disordered reports whether a cannot be a range: a bound below zero,
// neither bound, or a lower bound not below the upper one.
func (a Amounts) disordered() bool {
	return a.Min < 0 || a.Max < 0 || a.Min == 0 && a.Max == 0 || a.Max > 0 && a.Min >= a.Max
}

// TargetMarkets restricts a practice to firms with target markets of some
// kind. Of says which markets count: targets (default) or any (targets and
// current markets).
type TargetMarkets struct {
	// Kinds are market kinds (see MarketKinds); one of them must hold for a market.
	Kinds []string `yaml:"kinds,omitempty" json:"kinds,omitempty"`
	// New keeps only markets the firm does not sell to yet.
	New bool `yaml:"new,omitempty" json:"new,omitempty"`
	// Of is targets (default) or any.
	Of string `yaml:"of,omitempty" json:"of,omitempty" jsonschema:"enum=targets,enum=any"`
	// Named alone: the firm has named at least one target market.
	Named bool `yaml:"named,omitempty" json:"named,omitempty"`
}

// Contact is the official page, e-mail or phone of the body that runs a
// programme; at least one field is given.
type Contact struct {
	// URL of the body's own page for the programme or its contact page.
	URL string `yaml:"url,omitempty" json:"url,omitempty" jsonschema:"format=uri"`
	// Email address of the body (no "mailto:").
	Email string `yaml:"email,omitempty" json:"email,omitempty" jsonschema:"format=email"`
	// Phone number as the body publishes it, with the country code ("+45 …").
	Phone string `yaml:"phone,omitempty" json:"phone,omitempty"`
}

// Source kinds: what a source is, which decides how much it can prove.
const (
	SourceOfficial   = "official"   // a page or document of the body that runs the practice
	SourceLegal      = "legal"      // a legal text or official gazette
	SourceStatistics = "statistics" // official statistics
	SourceNews       = "news"       // a news report
	SourceSecondary  = "secondary"  // blogs, consultancies, aggregators, the project's research notes
)

// Covers is what a source can evidence about a practice: who runs it, what
// it offers, on what terms, and that it runs (or has ended).
var Covers = []string{"owner", "offer", "terms", "status"}

// Source is where an entry's facts come from.
type Source struct {
	Title string `yaml:"title" json:"title"`
	URL   string `yaml:"url,omitempty" json:"url,omitempty" jsonschema:"format=uri"`
	// Date the source was published, if known.
	Date *Date `yaml:"date,omitempty" json:"date,omitempty"`
	// Kind is official, legal, statistics, news or secondary.
	Kind string `yaml:"kind,omitempty" json:"kind,omitempty" jsonschema:"enum=official,enum=legal,enum=statistics,enum=news,enum=secondary"`
	// Covers lists what the source evidences: owner, offer, terms, status.
	Covers []string `yaml:"covers,omitempty" json:"covers,omitempty" jsonschema:"enum=owner,enum=offer,enum=terms,enum=status"`
	// Read is when the source (or a stored copy of it) was read.
	Read *Date `yaml:"read,omitempty" json:"read,omitempty"`
}

// Rule is a small declarative condition. Exactly one field is set.
type Rule struct {
	// All is true when every sub-rule is.
	All []*Rule `yaml:"all,omitempty" json:"all,omitempty"`
	// Any is true when at least one sub-rule is.
	Any []*Rule `yaml:"any,omitempty" json:"any,omitempty"`
	// Not negates a rule. It is a guard: its atoms are never a practice's
	// reasons (say a gap with a positive atom).
	Not *Rule `yaml:"not,omitempty" json:"not,omitempty"`
	// Answer is true when a scored question's answer is one of the options.
	Answer *AnswerIn `yaml:"answer,omitempty" json:"answer,omitempty"`
	// Profile is true when a profile question's answer is one of the options.
	Profile *AnswerIn `yaml:"profile,omitempty" json:"profile,omitempty"`
	// ScoreBelow is true when a dimension's score is known and below the value.
	ScoreBelow *ScoreRef `yaml:"score_below,omitempty" json:"score_below,omitempty"`
	// ScoreAtLeast is true when a dimension's score is known and at least the value.
	ScoreAtLeast *ScoreRef `yaml:"score_at_least,omitempty" json:"score_at_least,omitempty"`
	// Stage is true when the firm's stage is one of these.
	Stage []string `yaml:"stage,omitempty" json:"stage,omitempty"`
	// Markets is true when the firm's markets have the kinds or are the countries asked for.
	Markets *MarketsRef `yaml:"markets,omitempty" json:"markets,omitempty"`
	// Pos is where the rule stands in its file (for diagnostics).
	Pos Pos `yaml:"-" json:"-"`
}

// AnswerIn matches when the answer to Question is one of In (for multi, any chosen option).
type AnswerIn struct {
	Question string   `yaml:"question" json:"question"`
	In       []string `yaml:"in" json:"in"`
}

// MarketsRef is a condition on the firm's markets. The pool is the target
// markets (Of targets, the default) or targets and current markets (any),
// less the current markets when New. Named alone is true when the firm has
// (true) or has not (false) named a target market. Otherwise some market of
// the pool (every one with All) must have one of Kinds or be one of
// Countries — with neither, every market of the pool matches; an empty
// pool is false. AtLeast counts: at least that many markets must match
// (with All, the pool must hold at least that many).
type MarketsRef struct {
	Kinds     []string `yaml:"kinds,omitempty" json:"kinds,omitempty"`
	Countries []string `yaml:"countries,omitempty" json:"countries,omitempty"`
	Of        string   `yaml:"of,omitempty" json:"of,omitempty" jsonschema:"enum=targets,enum=any"`
	All       bool     `yaml:"all,omitempty" json:"all,omitempty"`
	New       bool     `yaml:"new,omitempty" json:"new,omitempty"`
	// NewBorder keeps only markets beyond a customs border while the firm has not shipped across one yet: outside its home's customs territory, and none of its current markets is (the customs routine of one border — declarations, codes, origin, a forwarder — serves the next).
	NewBorder bool  `yaml:"new_border,omitempty" json:"new_border,omitempty"`
	Named     *bool `yaml:"named,omitempty" json:"named,omitempty"`
	// Buyer matches only the market where a waiting buyer is (the buyer-market answer, of a firm whose buyer has sent an enquiry or asked for samples), besides any kinds or countries: `markets: {buyer: true, all: true}` is every target market is the waiting buyer's — a firm whose one target market has a buyer waiting.
	Buyer bool `yaml:"buyer,omitempty" json:"buyer,omitempty"`
	// AtLeast is how many markets must match, 2 or more (1 when not given): `markets: {new: true, at_least: 2}` is two or more target markets the firm does not sell in yet.
	AtLeast int `yaml:"at_least,omitempty" json:"at_least,omitempty" jsonschema:"minimum=2"`
}

// ScoreRef compares a dimension's score (0–1) with Value.
type ScoreRef struct {
	Dimension string  `yaml:"dimension" json:"dimension"`
	Value     float64 `yaml:"value" json:"value" jsonschema:"minimum=0,maximum=1"`
}

// Country is a country or market: an ISO 3166-1 alpha-2 code (XI for
// Northern Ireland), its name in every catalogue language, official
// languages, currency, the groups it belongs to and its neighbours.
type Country struct {
	Code string `yaml:"code" json:"code" jsonschema:"pattern=^[A-Z]{2}$"`
	Name Text   `yaml:"name" json:"name"`
	// InText is its name inside a sentence, only in the languages where that
	// differs from Name ("the Netherlands" in English); headings and labels
	// keep Name.
	InText Text `yaml:"in_text,omitempty" json:"in_text,omitempty"`
	// Languages are ISO 639 codes of its official languages, the main one first.
	Languages []string `yaml:"languages,omitempty" json:"languages,omitempty"`
	// Currency is an ISO 4217 code.
	Currency string `yaml:"currency,omitempty" json:"currency,omitempty" jsonschema:"pattern=^[A-Z]{3}$"`
	// Groups: eu, eea, customs-union, customs-union-partial, oecd, marketable (short-term export-credit risk left to private insurers: the EU and eight more), europe.
	Groups []string `yaml:"groups,omitempty" json:"groups,omitempty"`
	// Neighbours share a land border with it (or a fixed link: IE–GB, DK–SE, FR–GB).
	Neighbours []string `yaml:"neighbours,omitempty" json:"neighbours,omitempty"`
	// Peg is the currency its currency is pegged to by its central bank, where it is (Bosnia and Herzegovina's mark to the euro).
	Peg *Peg `yaml:"peg,omitempty" json:"peg,omitempty"`
}

// Peg is a currency's peg to another: its central bank keeps it at a fixed
// rate (Band 0: a currency board) or within Band per cent either side of a
// central rate (ERM II).
type Peg struct {
	// Currency is the ISO 4217 code of the currency it is pegged to.
	Currency string `yaml:"currency" json:"currency" jsonschema:"pattern=^[A-Z]{3}$"`
	// Band is how far, in per cent either side of the central rate, the rate may move; 0 (or absent) for a fixed rate.
	Band float64 `yaml:"band,omitempty" json:"band,omitempty" jsonschema:"minimum=0,maximum=15"`
}

// Country groups.
const (
	GroupEU                  = "eu"
	GroupEEA                 = "eea"
	GroupCustomsUnion        = "customs-union"
	GroupCustomsUnionPartial = "customs-union-partial"
	GroupOECD                = "oecd"
	GroupMarketable          = "marketable"
	GroupEurope              = "europe"
)

// HomeNonEU, in a market note's Home, is any home outside the EU — for a
// rule that is the EU's alone, such as VAT, where a firm from Norway,
// Iceland or Liechtenstein (in the single market, so no market of the EU
// is third-country to it) is a firm from outside the EU (session 22).
const HomeNonEU = "non-eu"

// CountryGroups is the vocabulary of Country.Groups.
var CountryGroups = []string{GroupEU, GroupEEA, GroupCustomsUnion, GroupCustomsUnionPartial, GroupOECD, GroupMarketable, GroupEurope}

// MarketKinds is the vocabulary of market kinds: facts about a market
// relative to the firm's home country, used by rules, eligibility and
// market notes (internal/assessment derives them).
var MarketKinds = []string{
	"eu-member", "intra-eu", "single-market", "customs-union", "customs-union-partial",
	"outside-customs-union", "third-country", "uk", "neighbour", "same-language",
	"english-speaking", "other-language", "same-currency", "other-currency", "pegged-currency",
	"oecd",
	"non-oecd", "far", "non-marketable",
}

// Language names a language by its ISO 639 code.
type Language struct {
	Code string `yaml:"code" json:"code" jsonschema:"pattern=^[a-z][a-z][a-z]?$"`
	Name Text   `yaml:"name" json:"name"`
}

// Group is a need that practices meet ("cover the risk of not being
// paid"): a plan shows one action per group, the best-fitting practice,
// naming the others as alternatives.
type Group struct {
	ID    string `yaml:"id" json:"id"`
	Title Text   `yaml:"title" json:"title"`
	// MarketScoped groups are about a particular market: their practices fit a firm that is new to one of its target markets.
	MarketScoped bool `yaml:"market_scoped,omitempty" json:"market_scoped,omitempty"`
	// Decisive rules put the group's action first, in "now", when one holds.
	Decisive []*Decisive `yaml:"decisive,omitempty" json:"decisive,omitempty"`
	// AfterDecision groups are about orders and buyers a firm has once it
	// has decided to export (payment risk, export finance): a plan for a
	// firm whose owners have not decided leaves them to --all.
	AfterDecision bool `yaml:"after_decision,omitempty" json:"after_decision,omitempty"`
	// Questions are the questions whose answers show this need: an action of the group gives reasons from these answers only (the trace keeps all), and needs one such reason, a market or a decisive gap to be shown. Empty: any answer counts.
	Questions []string `yaml:"questions,omitempty" json:"questions,omitempty"`
	// CoveredBy are needs whose programme, when the plan shows one, does this need's work with the firm: a general method of this group (a global practice, or an EU-wide one for no particular market) then steps back.
	CoveredBy []string `yaml:"covered_by,omitempty" json:"covered_by,omitempty"`
}

// Decisive is a gap that decides the order of a plan: when its rule holds,
// its group's action comes first, with Text as its first reason.
type Decisive struct {
	ID   string `yaml:"id" json:"id"`
	When *Rule  `yaml:"when" json:"when"`
	Text Text   `yaml:"text" json:"text"`
	// Priority orders the decisive actions of a plan: a higher priority comes first (after a waiting buyer and the door), equal ones by rank; 0 when absent. The firm's own main constraint outranks the gaps a plan would fill "now" with otherwise.
	Priority int `yaml:"priority,omitempty" json:"priority,omitempty" jsonschema:"minimum=0,maximum=9"`
	// Defers are needs (group IDs) whose actions wait while this rule holds — the door excepted: not before DeferUntil, and after this rule's action. Buyer-finding waits when capacity, not buyers, limits the firm.
	Defers []string `yaml:"defers,omitempty" json:"defers,omitempty"`
	// DeferUntil is the earliest horizon of the deferred actions (next-3-months or 3-12-months); when absent, the horizon after this rule's action.
	DeferUntil string `yaml:"defer_until,omitempty" json:"defer_until,omitempty" jsonschema:"enum=next-3-months,enum=3-12-months"`
	// HoldsBack are needs (group IDs) whose actions are not shown while this rule holds and its action is (the door excepted; --all lists them): the rule's action does their work — a waiting buyer's offer carries the delivered price and the terms — or they would contradict it — buyer events and fairs for a firm that cannot deliver more.
	HoldsBack []string `yaml:"holds_back,omitempty" json:"holds_back,omitempty"`
	// Brings are needs (group IDs) whose actions come with this rule's action while it holds: in its horizon, right after it — the payment of the offer a waiting buyer gets is secured before the offer goes.
	Brings []string `yaml:"brings,omitempty" json:"brings,omitempty"`
	// Act marks a gap that only doing closes — a filing: until the mark is filed, someone else can register it first. Its action is a practice that acts on it where one works on the gap; advice about it (a practice with advice: true, a helpdesk) is named as an alternative.
	Act bool `yaml:"act,omitempty" json:"act,omitempty"`
	// Due is the date from which the rule's requirement applies (a regulation's application date): within three months of the plan's date, either side, its action comes before a door that starts the plan, with the gates of priority 2.
	Due *Date `yaml:"due,omitempty" json:"due,omitempty"`
}

// DeferHorizons are the values of Decisive.DeferUntil: the plan's
// horizons after "now" (internal/assessment.Horizons).
var DeferHorizons = []string{"next-3-months", "3-12-months"}

// Market note topics, in the order a market section shows them: consumers
// holds what selling to consumers adds (parcels, VAT at checkout, product
// safety); packaging who registers and pays for the packaging that reaches
// consumers there, apart from product safety, so that a web shop for
// consumer products reads both and one for food reads no GPSR (pkg28,
// session 28); work what sending people to work there asks of a firm (a posting's
// notification), apart from the product rules, so that a firm that sells
// goods and installs them reads both; supply-chain what the law makes large
// buyers there check in their suppliers (human rights, working conditions),
// apart from the rules on the goods themselves.
var NoteTopics = []string{"customs", "vat", "consumers", "packaging", "rules", "food", "work", "supply-chain"}

// MarketNote says what differs in a market, for the firms it fits: every
// condition given must hold (kinds relative to the firm's home, the market
// among countries, the firm's home among home (a code, or eu), the firm
// selling one of sells_what, to one of sells_to, in one of sells_how, one
// of regulated_goods, and its when rule).
type MarketNote struct {
	ID string `yaml:"id" json:"id"`
	// Topic is customs, vat, consumers, packaging, rules, food, work or supply-chain.
	Topic     string   `yaml:"topic" json:"topic" jsonschema:"enum=customs,enum=vat,enum=consumers,enum=packaging,enum=rules,enum=food,enum=work,enum=supply-chain"`
	Kinds     []string `yaml:"kinds,omitempty" json:"kinds,omitempty"`
	Countries []string `yaml:"countries,omitempty" json:"countries,omitempty"`
	// Home lists home countries (codes), "eu" for any EU member or "non-eu"
	// for any other home.
	Home []string `yaml:"home,omitempty" json:"home,omitempty"`
	// SellsWhat lists options of the profile question sells-what.
	SellsWhat []string `yaml:"sells_what,omitempty" json:"sells_what,omitempty"`
	// SellsTo lists options of the profile question sells-to (b2c: a note
	// on selling to consumers). Like sells_what, it holds when the firm
	// did not say.
	SellsTo []string `yaml:"sells_to,omitempty" json:"sells_to,omitempty"`
	// SellsHow lists options of the profile question sells-how.
	SellsHow []string `yaml:"sells_how,omitempty" json:"sells_how,omitempty"`
	// RegulatedGoods lists options of the profile question regulated-goods
	// (alcohol: excise goods; eudr: the deforestation regulation's
	// commodities; consumer-products: the product safety regulation's). Unlike the others it holds only when the firm said so:
	// a product's own rules are never shown on a guess.
	RegulatedGoods []string `yaml:"regulated_goods,omitempty" json:"regulated_goods,omitempty"`
	// When is a rule on the firm's profile answers (all, any, not and
	// profile only: the market is chosen by countries, kinds and home). Like
	// a practice's rule, and unlike sells_what, a profile condition holds
	// only when the firm gave that answer: a posting note is for a firm
	// that sells work on site or whose people work at its clients' sites
	// (work-on-site), whatever else it sells.
	When *Rule `yaml:"when,omitempty" json:"when,omitempty"`
	// AlsoIn names practices whose action says what the note says: when
	// the plan shows one of them for the market (shown, not only in
	// --all), the note is left out of the market's section, so the firm
	// reads it once, in the action it acts on (the German posting note
	// beside a building firm's German building-site action).
	AlsoIn []string `yaml:"also_in,omitempty" json:"also_in,omitempty"`
	// TradeAgreement, on a customs note, names the free-trade agreement
	// that removes most duties on goods between the firm's home and the
	// note's markets, with where that is stated: the market choice weighs
	// it for a firm that sells goods — a market inside the firm's customs
	// union first, then one with an agreement, then one without.
	TradeAgreement *TradeAgreement `yaml:"trade_agreement,omitempty" json:"trade_agreement,omitempty"`
	Text           Text            `yaml:"text" json:"text"`
	Sources        []Source        `yaml:"sources" json:"sources"`
	LastVerified   *Date           `yaml:"last_verified" json:"last_verified"`
	Confidence     string          `yaml:"confidence" json:"confidence" jsonschema:"enum=verified,enum=partial,enum=unverified"`
}

// TradeAgreement is a market note's fact that a free-trade agreement
// removes most duties on goods between the firm's home and the market.
type TradeAgreement struct {
	// Name is how the plan names the agreement (CETA, the EU–UK Trade and
	// Cooperation Agreement).
	Name Text `yaml:"name" json:"name"`
	// Source is an official or legal source that states the agreement and
	// that it removes most duties on goods, with its url and the day it was
	// read.
	Source Source `yaml:"source" json:"source"`
	// AnyOrigin says that the market charges no duty on the note's goods
	// whatever their origin — Switzerland on industrial goods since
	// 1 January 2024 — so no agreement's rules of origin are needed for
	// it: the market choice counts it as it counts an agreement, and Name
	// is then the whole fact as the market choice states it ("no import
	// duty on industrial goods of any origin since …"), not an agreement's
	// name, and Source the official source that says so.
	AnyOrigin bool `yaml:"any_origin,omitempty" json:"any_origin,omitempty"`
}

// Sources maps each entry ID to the file and line it came from. The map is
// the catalogue's own: it is not to be changed.
func (c *Catalogue) Sources() map[string]Pos {
	if c.staticSources == nil {
		return c.sources
	}
	if m, ok := c.sourcesRead.Load().(map[string]Pos); ok {
		return m
	}
	m := make(map[string]Pos, len(c.staticSources))
	for _, s := range c.staticSources {
		m[s.ID] = s.Pos
	}
	c.sourcesRead.Store(m)
	return m
}
