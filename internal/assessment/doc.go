// Package assessment turns answers and a catalogue into a plan: readiness per
// dimension and axis, an overall stage with its reason, and ranked, explained
// actions. Pure functions only: no cobra, no huh, no I/O.
//
// # Scores
//
// A question's score is its chosen option's score (multiple choice: the sum
// of the chosen options' scores, capped at 1). "Don't know", "not
// applicable", questions not asked and questions not answered yet are left
// out of every score; "don't know" and unanswered questions are listed to
// clarify. A dimension scores the mean of its answered questions (none
// answered: no score). An axis scores the weighted mean of its dimensions
// that have a score, and overall readiness the weighted mean of all of them;
// the weights are the dimensions' declared weights and nothing else.
//
// # Stage
//
// The profile answer "exports" gives the starting stage: none → exploring;
// occasional or one-market → first-exports; few-markets → expanding;
// many-markets → established. Overall readiness then adjusts it:
//
//   - many-markets with readiness below EstablishedAtLeast (50%) → expanding;
//   - few-markets with readiness below ExpandingAtLeast (25%) → first-exports;
//   - none with readiness at least ReadyToStart (75%) stays exploring, and
//     the reason says the firm is ready to start.
//
// With no exports answer the firm is exploring; with no readiness score the
// export answer alone decides.
//
// # Matching
//
// A practice is an action when the firm can use it (its own region's; an
// EU-wide one when the firm's region is in the EU; a global method), the
// firm's size and sector are eligible (a size or sector not given is not
// held against it), the firm's stage is one of its stages, its `when` rule
// is true, and it is running (not historic, within valid_from/valid_until).
// Practices of other regions, and practices no longer running, whose stage
// and `when` fit are ideas when they work on one of the firm's weakest
// dimensions: the WeakDimensions (3) lowest-scoring dimensions that score
// below WeakBelow (50%), with ties for the last place (a dimension with no
// score is not among them; a firm with none gets no ideas). They are ranked
// by Rank as another region's practice (no bonus), the best of each region
// first, MaxIdeas in all. An idea is for the firm and its advisor to ask
// their own region for something similar: it carries the practice's
// potential for transfer and evidence of success, the weak dimensions it
// works on as its reasons, and no steps (those are the other region's).
//
// # Ranking and horizons
//
// See Rank for the formula. An action's horizon follows its effort (low:
// now; medium: next 3 months; high: 3–12 months) and comes at least one
// horizon after any `after` prerequisite that is also an action. The "first
// door" — the best-ranked programme of the firm's own region with no
// prerequisite in the plan — is always now: talking to it is the first step
// an advisor would suggest. Actions are ordered by horizon, then scope (own
// region, EU-wide, general methods), then rank, then ID.
//
// # Shown actions
//
// Plan.Actions keeps every action; text formats show the first
// Plan.TopActions, at most MaxShownActions. Which ones is decided by rank,
// not by horizon, so quick low-ranked methods in "now" do not crowd out a
// better-ranked programme that takes longer: the shown set is the first
// door, then the best-ranked actions, each together with its prerequisites
// among the actions (a shown action never says "do first" about a hidden
// one; an action whose prerequisites no longer fit waits for the rest). The
// shown actions come first in Plan.Actions, in the order above (horizon,
// scope, rank, ID), then the others in the same order.
package assessment
