// Package assessment turns answers and a catalogue into a plan: what an
// experienced export advisor would write for one firm — few actions, in
// the right order, for its markets and its business model. Pure functions
// only: no cobra, no huh, no I/O; texts are data (diag.Message, Text) that
// render says in a language. The README's "How the plan is made" is the
// user-facing version of this comment.
//
// # The firm
//
// Facts (NewFacts) hold the answers, which questions are asked (their
// `when` rules) and the Firm derived from the profile: home country (the
// region's country, or the home-country answer), what, to whom and how it
// sells, its current and target markets as countries. Each market gets its
// kinds relative to the home country (marketKinds: eu-member, intra-eu,
// single-market, customs-union, outside-customs-union, third-country, uk,
// neighbour, same/other-language, english-speaking, same/other-currency,
// pegged-currency (one currency pegged to the other: catalogue.Country.Peg),
// oecd, non-oecd, far, non-marketable), from the catalogue's countries: section. Rules may
// test them (the `markets` atom), and so may option scores (`score_when`:
// language skills relative to the target markets' languages).
//
// # Scores
//
// A question's score is its chosen option's score, after score_when
// (multiple choice: the sum, capped at 1). "Don't know", "not applicable",
// questions not asked and questions not answered yet are left out of every
// score; "don't know" and unanswered questions are listed to clarify, with
// whom (the question's clarify_with, else its dimension's). A dimension
// scores the mean of its answered questions; an axis and overall readiness
// the weighted mean of the dimensions that have a score, with the declared
// weights and nothing else.
//
// # Stage
//
// computeStage places the firm from the whole picture: exports give the
// base (none → exploring; occasional or one market → first exports; two to
// five → expanding; six or more → established); R1 intent: an occasional
// exporter whose owners have not decided is exploring; R2 depth: two to
// five markets with half of sales abroad or more is established, six or
// more with 5 % or less is expanding (DeepShareAtLeast, ShallowShareAtMost,
// on the bounds of the export-share band); R3 readiness: established below
// EstablishedAtLeast → expanding, expanding below ExpandingAtLeast → first
// exports, exploring at ReadyToStart or more is told it is ready. Each
// target market has a stage of its own (first exports where the firm is
// new, unless it is exploring). Stages rank (fit StageMisfit); they never
// hide a practice.
//
// # Eligibility
//
// eligibility is three-valued: yes, check (an answer eis does not know, a
// band that straddles a threshold, or terms only the organisation can
// confirm — with what to check) or no (with why). It reads the practice's
// eligibility: profile bands (in / check) per profile question, the older
// sizes/sectors shorthand, home countries, target-market kinds, and the
// markets a market-scoped practice serves. Which practices a firm can use
// at all is scopeOf: its own region's, its own country's national
// programmes, EU-wide instruments for a firm in the EU, general methods;
// other regions' practices are ideas only. A "no" is never an action; it is
// listed in Plan.NotForYou.
//
// # Ranking
//
// Rank is the published formula (constants beside it):
//
//	rank = gap × impact ÷ effort × fit − CostWeight × cost + scope + market − check − unverified
//
// # One action per need, placed
//
// Every practice meets a need group (its group, and perhaps `also`). The
// planner (build.go) collects the candidates whose rule is true, ranks
// them, and makes one action per group (groupUp): groups in order of their
// best candidate, each won by its best candidate not already a winner —
// first among the group's own practices, then those that list it in
// `also`; the first contact prefers a programme of the firm's own region or
// country (the door), a group whose decisive rule holds prefers a
// practice that the answers behind the gap made fit, and any other group a
// practice with a reason about the need before one whose only reason is a
// weak area, which would not be shown (prefersShowable; the one passed
// over wins no other group) (groupUp). A group whose decisive rule holds
// and that is left with no action takes a practice that lists it in `also`
// from the group it won, if that group's own decisive rule does not hold;
// that group gets its next own practice, or none.
// The others are the action's alternatives. A group's decisive rule that
// holds makes its action decisive (markDecisive). When several hold, the
// group's rule is the one of highest priority — but while the market
// choice suggests where to start, a rule about that market (or about all
// of them) before one about only the markets that wait (holdingOf).
//
// place then fills the horizons up to their caps (CapNow, CapNext,
// CapLater; CapUncertain each when the picture is uncertain): the door,
// the decisive actions, what the door leads to, then the rest by rank —
// each preceded by the actions it should follow (`after`, by practice or
// by its need group; a door that does not come first is followed by none,
// except a programme of its own organisation, reached through it). An action's earliest horizon is its effort's (now
// for the door and decisive ones; the next three months at the earliest for
// an after_decision need that is not decisive) and no earlier than its
// prerequisites' horizon — the one after, unless a prerequisite takes
// little effort. What does not fit is kept, unshown (Action.Shown false),
// for --all and JSON.
//
// # What the plan says
//
// Each action has at most MaxReasons reasons for text and Markdown —
// sentences about the firm's gaps and market facts, a decisive gap first,
// never the region, never a strength — and the full trace. The plan opens
// with at most MaxFirstSteps first steps (what to clarify when uncertain,
// then the first step of each shown action). A section per target market
// (MarketView) gives its kinds, the catalogue's market notes (one per
// topic), lines eis says from the kinds, and the programmes that serve it,
// or that the catalogue holds none. Ideas (at most MaxIdeas) are other
// regions' practices, their firm-facing idea text, for needs of the plan
// that the firm's own region, country and the EU do not meet. Notices say
// what the reader must know before the actions: an uncertain picture
// (UncertainAtLeast of the answers "don't know"), an answers file of an
// older version, profile answers missing, no target markets, a firm
// outside the seven regions, no programme of its own region that fits.
//
// # The view model
//
// Plan (plan.go) is the view model every output reads — text, Markdown,
// JSON (its schema is `eis schema plan`), HTML, and the comparison of two
// plans. It holds IDs and data; Msg values carry a diag.Message that
// render.Localize turns into Text in the output's language. Build is
// deterministic: the same catalogue, answers and options give the same
// plan.
package assessment
