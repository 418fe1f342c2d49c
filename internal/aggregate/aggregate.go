// Package aggregate owns `eis aggregate`: what many firms' answers files
// say about a region's firms, without any firm's identity. Each file is
// read into an anonymous Firm (Analyse: the profile answers that group
// firms, the readiness the assessment package scores, the answers that
// are gaps, the actions its plan shows) — the respondent's company and
// advisor and every note are dropped before anything is computed, so no
// output can hold them; of the company's name only a digest is kept, to
// tell one firm's assessments apart (see below). An Aggregator adds Firms
// up (in any order, from any number of workers) and Result turns the sums
// into a Report.
//
// # One firm, several assessments
//
// An advisor who assesses a firm again six months later keeps both files,
// and a region's folder then holds both: counting each as a firm would
// count the firm twice, with its old gaps beside its new ones. Firms are
// told apart by their company name (case and spacing aside) and region:
// of the assessments of one firm, only the latest (updated, else created;
// of two saved at the same moment, the one given later) is counted, and
// the report says how many earlier ones were left out (Report.Earlier).
// An assessment without a company name cannot be matched to any other:
// it counts as a firm of its own, and the report says how many such there
// are (Report.Unnamed) rather than guess.
//
// # Suppression
//
// No number about fewer than MinGroup (5) firms is shown: a count below
// it is suppressed (the outputs say "< 5"), and so are a dimension's
// median and quartiles when fewer than MinGroup firms have a score in it.
// Gaps, practices and shared gaps are listed only when at least MinGroup
// firms share them. In a breakdown that adds up to the total (size,
// sector, stage), a single suppressed group could be worked out by
// subtraction, so when exactly one group is suppressed the next smallest
// is suppressed too — marked Hidden, as it is not fewer than MinGroup
// (the outputs say "hidden", not "< 5"). With fewer than MinGroup firms in all, only that is
// said.
//
// # What is counted
//
//   - Readiness per dimension: the assessment package's scores (median and
//     quartiles, linear interpolation between closest ranks), and how many
//     firms score below assessment.WeakBelow there.
//   - A gap: an answer to an asked, scored question whose score is below
//     GapBelow (0.5); "don't know" and "not applicable" are not gaps.
//   - Recommended: the actions the firm's plan shows (Plan.TopActions).
//   - A shared gap: a dimension where a firm scores below
//     assessment.WeakBelow, at the firm's stage, where the region's offer
//     (internal/region) has no running programme: firms that need what the
//     region does not offer.
package aggregate

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/region"
)

// SchemaVersion of the report's JSON and CSV forms.
const SchemaVersion = 1

// MinGroup is the smallest group of firms a number may be about.
const MinGroup = 5

// GapBelow is the score below which an answer is a gap.
const GapBelow = assessment.GapBelow

// Limits of the lists.
const (
	MaxGaps      = 10
	MaxPractices = 15
	MaxShared    = 15
)

// NotAnswered is the group of firms that did not answer a profile question.
const NotAnswered = "not-answered"

// Firm is what one answers file adds to the report: IDs and scores, no
// names, no notes.
type Firm struct {
	Region, Size, Sector, Stage string
	// Scores are the firm's dimension scores, in catalogue order (nil: no score).
	Scores []*float64
	// Gaps are the scored questions whose answers score below GapBelow.
	Gaps []string
	// Recommended are the practices of the actions the firm's plan shows.
	Recommended []string
	// OtherCatalogue is true when the answers were given against another
	// version of the catalogue whose questions differ from this one's
	// (changed, removed or added since): they are counted as given.
	OtherCatalogue bool
	// Complete is true when every question that applies is answered (as
	// the plan says; a file that claims complete but lacks answers the
	// catalogue has gained since is counted as unfinished).
	Complete bool
	// Identity tells the firm's assessments from other firms': a digest
	// of its company name (case and spacing aside) and region, never
	// shown; "" when the file gives no company name.
	Identity string
	// Assessed is when the answers were last saved (updated, else
	// created): of one firm's assessments the latest counts.
	Assessed time.Time
	// Seq is the file's place in the order the files were given (the
	// caller's to set): of two assessments of a firm saved at the same
	// moment, the one given later counts.
	Seq int
}

// Later reports whether f is a later assessment than g (see Firm.Assessed
// and Firm.Seq).
func Later(f, g Firm) bool {
	if c := f.Assessed.Compare(g.Assessed); c != 0 {
		return c > 0
	}
	return f.Seq > g.Seq
}

// identity is the digest of a company name and region (see Firm.Identity).
func identity(company, region string) string {
	name := strings.Join(strings.Fields(strings.ToLower(company)), " ")
	if name == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(name + "\x00" + region))
	return hex.EncodeToString(sum[:])
}

// SkipError says why a file cannot be counted: it is not an answers file
// of this catalogue, or it has errors. Diags are the diagnostics, if any.
type SkipError struct {
	Name  string
	Diags diag.Diagnostics
	Err   error
}

func (e *SkipError) Error() string {
	if e.Err != nil {
		return e.Name + ": " + e.Err.Error()
	}
	return e.Name + ": not a valid answers file"
}

// Analyse reads the answers file data (named name, for messages) against
// cat and returns it as an anonymous Firm. A file that cannot be read as
// an answers file of cat is a *SkipError. now decides which programmes
// run.
func Analyse(cat *catalogue.Catalogue, name string, data []byte, now time.Time) (Firm, error) {
	f, ds, err := answers.ReadBytes(data, name, cat)
	if err != nil {
		return Firm{}, &SkipError{Name: name, Err: err}
	}
	if f == nil || ds.HasErrors() {
		return Firm{}, &SkipError{Name: name, Diags: ds}
	}
	// Nobody's identity goes further than this line: of the company's
	// name, only a digest that tells its assessments apart.
	company := f.Respondent.Company
	f.Respondent = answers.Respondent{}
	f.Notes = nil
	p, err := assessment.Build(cat, f, assessment.BuildOptions{Now: now})
	if err != nil {
		return Firm{}, &SkipError{Name: name, Err: err}
	}
	scores := assessment.AnswerScores(cat, f)
	fm := Firm{Region: p.Respondent.Region, Size: p.Respondent.Size, Sector: p.Respondent.Sector, Stage: p.Stage.ID, Complete: p.Complete,
		Identity: identity(company, p.Respondent.Region), Assessed: f.Updated}
	if fm.Assessed.IsZero() {
		fm.Assessed = f.Created
	}
	for _, d := range ds {
		if d.Rule == "catalogue-changed" {
			fm.OtherCatalogue = true
		}
	}
	for _, d := range p.Dimensions {
		fm.Scores = append(fm.Scores, d.Score)
	}
	for _, q := range cat.Questions {
		if x, ok := scores[q.ID]; ok && x < GapBelow {
			fm.Gaps = append(fm.Gaps, q.ID)
		}
	}
	for _, a := range p.Actions[:min(p.TopActions, len(p.Actions))] {
		fm.Recommended = append(fm.Recommended, a.Practice)
	}
	return fm, nil
}

// Options are what an Aggregator is for.
type Options struct {
	// Region keeps only the firms of this region ("" keeps all) and is
	// the region whose offer shared gaps are compared with (else each
	// firm's own region).
	Region string
	// Now stamps the report and decides which programmes run.
	Now time.Time
}

// Aggregator adds up Firms. It is not safe for concurrent use: analyse
// in parallel, add in one goroutine.
type Aggregator struct {
	cat  *catalogue.Catalogue
	opts Options
	// offer caches each region's review (nil: not reviewable).
	offer map[string]*region.Review

	otherRegion, skipped int
	// unnamed are the firms without a company name, each counted; named
	// the latest assessment of each other firm, by Identity; earlier how
	// many assessments a later one of the same firm replaced.
	unnamed []Firm
	named   map[string]Firm
	earlier int
}

// tally is the sums of the firms counted.
type tally struct {
	*Aggregator
	firms, incomplete            int
	size, sector, stage, regions map[string]int
	scores                       [][]float64
	weak                         []int
	gaps, practices              map[string]int
	shared                       map[sharedKey]int
}

type sharedKey struct{ region, dimension, stage string }

// New returns an empty Aggregator for cat.
func New(cat *catalogue.Catalogue, opts Options) *Aggregator {
	return &Aggregator{cat: cat, opts: opts, offer: map[string]*region.Review{}, named: map[string]Firm{}}
}

// Skip counts a file that could not be read (its name is the caller's to report).
func (a *Aggregator) Skip() { a.skipped++ }

// Add counts one firm (a firm of another region than Options.Region is
// only counted as left out); of one firm's assessments (the same
// Identity) only the latest is counted (see Later).
func (a *Aggregator) Add(f Firm) {
	if a.opts.Region != "" && f.Region != a.opts.Region {
		a.otherRegion++
		return
	}
	if f.Identity == "" {
		a.unnamed = append(a.unnamed, f)
		return
	}
	if g, ok := a.named[f.Identity]; ok {
		a.earlier++
		if !Later(f, g) {
			return
		}
	}
	a.named[f.Identity] = f
}

// tally adds up the firms counted.
func (a *Aggregator) tally() *tally {
	t := &tally{
		Aggregator: a,
		size:       map[string]int{}, sector: map[string]int{}, stage: map[string]int{}, regions: map[string]int{},
		scores: make([][]float64, len(a.cat.Dimensions)), weak: make([]int, len(a.cat.Dimensions)),
		gaps: map[string]int{}, practices: map[string]int{}, shared: map[sharedKey]int{},
	}
	for _, f := range a.unnamed {
		t.add(f)
	}
	for _, f := range a.named {
		t.add(f)
	}
	return t
}

// add counts firm f.
func (a *tally) add(f Firm) {
	a.firms++
	if !f.Complete {
		a.incomplete++
	}
	a.size[or(f.Size)]++
	a.sector[or(f.Sector)]++
	a.stage[f.Stage]++
	a.regions[or(f.Region)]++
	offerOf := a.opts.Region
	if offerOf == "" {
		offerOf = f.Region
	}
	rv := a.review(offerOf)
	for i, s := range f.Scores {
		if s == nil || i >= len(a.scores) {
			continue
		}
		a.scores[i] = append(a.scores[i], *s)
		if *s < assessment.WeakBelow {
			a.weak[i]++
			if rv != nil && emptyCell(rv, a.cat.Dimensions[i].ID, f.Stage) {
				a.shared[sharedKey{offerOf, a.cat.Dimensions[i].ID, f.Stage}]++
			}
		}
	}
	for _, g := range f.Gaps {
		a.gaps[g]++
	}
	for _, p := range f.Recommended {
		a.practices[p]++
	}
}

// or is id, or NotAnswered.
func or(id string) string {
	if id == "" || id == catalogue.DontKnow || id == catalogue.NotApplicable {
		return NotAnswered
	}
	return id
}

// review is the region review of id, built once (nil when id has no offer of its own).
func (a *Aggregator) review(id string) *region.Review {
	if id == "" {
		return nil
	}
	if rv, ok := a.offer[id]; ok {
		return rv
	}
	rv, err := region.Build(a.cat, id, a.opts.Now)
	var out *region.Review
	if err == nil {
		out = &rv
	}
	a.offer[id] = out
	return out
}

func emptyCell(rv *region.Review, dim, stage string) bool {
	for _, c := range rv.Cells {
		if c.Dimension == dim && c.Stage == stage {
			return c.Empty()
		}
	}
	return false
}

// Report is what many answers files say, with every group of fewer than
// MinGroup firms suppressed. The text fields (labels, titles, Language)
// are for the output to fill in (render.LocalizeAggregate).
type Report struct {
	SchemaVersion int           `json:"schema_version"`
	Language      string        `json:"language"`
	Generated     time.Time     `json:"generated"`
	Catalogue     region.CatRef `json:"catalogue"`
	// Region is the region the firms were limited to ("" for all).
	Region     string `json:"region,omitempty"`
	RegionName string `json:"region_name,omitempty"`
	// MinGroup is the smallest group a number is shown for.
	MinGroup int `json:"min_group"`
	// Firms counted; Suppressed when there are fewer than MinGroup
	// (then nothing else is shown).
	Firms Count `json:"firms"`
	// Incomplete is how many of them are unfinished assessments (0, not
	// suppressed, when none is).
	Incomplete Count `json:"incomplete"`
	// Skipped counts files that could not be read as answers files;
	// OtherRegion files of firms of other regions (with Region set).
	Skipped     int `json:"skipped"`
	OtherRegion int `json:"other_region"`
	// Earlier counts the earlier assessments of firms counted, left out
	// for the firm's latest (the same company name and region; see the
	// package doc).
	Earlier int `json:"earlier"`
	// Unnamed counts the firms counted whose answers give no company
	// name: each counts as a firm, as nothing tells whether two of them
	// are one firm's.
	Unnamed int `json:"unnamed"`
	// By region (without Region), size, sector and stage.
	ByRegion []Group `json:"by_region"`
	BySize   []Group `json:"by_size"`
	BySector []Group `json:"by_sector"`
	ByStage  []Group `json:"by_stage"`
	// Readiness per dimension, in catalogue order.
	Readiness []Distribution `json:"readiness"`
	// Gaps are the questions most often answered with a gap, most first.
	Gaps []Shared `json:"gaps"`
	// Practices are the practices most often recommended, most first.
	Practices []Shared `json:"practices"`
	// SharedGaps are weak dimensions at a stage where the region's offer is empty, most firms first.
	SharedGaps []SharedGap `json:"shared_gaps"`
}

// Count is a number of firms, or suppressed.
type Count struct {
	// N is the count; 0 when suppressed.
	N int `json:"n"`
	// Suppressed is true for fewer than MinGroup firms (shown as "< 5"),
	// and for a group hidden so that a smaller one cannot be worked out.
	Suppressed bool `json:"suppressed"`
	// Hidden is true for a group of MinGroup firms or more that is
	// suppressed only because it was the smallest shown beside a single
	// suppressed one (see the package doc): it is not "< 5", and the
	// outputs say so.
	Hidden bool `json:"hidden,omitempty"`
}

// Group is a count of firms with one answer.
type Group struct {
	ID    string `json:"id"`
	Label string `json:"label"`
	Count
}

// Distribution is readiness in one dimension across firms.
type Distribution struct {
	Dimension string `json:"dimension"`
	Title     string `json:"title"`
	// Scored is how many firms have a score here.
	Scored Count `json:"scored"`
	// Median, Q1 and Q3 (0–1) are nil when suppressed.
	Q1     *float64 `json:"q1"`
	Median *float64 `json:"median"`
	Q3     *float64 `json:"q3"`
	// Weak is how many firms score below assessment.WeakBelow here.
	Weak Count `json:"weak"`
}

// Shared is a question or practice many firms share, with how many.
type Shared struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// Dimension of a question.
	Dimension string `json:"dimension,omitempty"`
	Firms     int    `json:"firms"`
	// Share of all firms counted, 0–1.
	Share float64 `json:"share"`
}

// SharedGap is a weak dimension at a stage, in a region whose offer has no programme for it.
type SharedGap struct {
	Region     string  `json:"region"`
	RegionName string  `json:"region_name"`
	Dimension  string  `json:"dimension"`
	Title      string  `json:"title"`
	Stage      string  `json:"stage"`
	StageTitle string  `json:"stage_title"`
	Firms      int     `json:"firms"`
	Share      float64 `json:"share"`
}

// Result is the report of the firms added so far.
func (g *Aggregator) Result() Report {
	a := g.tally()
	r := Report{
		SchemaVersion: SchemaVersion, Generated: a.opts.Now.UTC(), MinGroup: MinGroup,
		Catalogue: region.CatRef{ID: a.cat.Meta.ID, Version: a.cat.Meta.Version, Digest: a.cat.Digest},
		Region:    a.opts.Region, Firms: count(a.firms), Incomplete: countOrNone(a.incomplete),
		Skipped: a.skipped, OtherRegion: a.otherRegion, Earlier: a.earlier, Unnamed: len(a.unnamed),
		ByRegion: []Group{}, BySize: []Group{}, BySector: []Group{}, ByStage: []Group{},
		Readiness: []Distribution{}, Gaps: []Shared{}, Practices: []Shared{}, SharedGaps: []SharedGap{},
	}
	if r.Firms.Suppressed {
		r.Incomplete = Count{Suppressed: true}
		return r
	}
	options := func(q string) []string {
		var ids []string
		if qq := a.cat.Question(q); qq != nil {
			for _, o := range qq.Options {
				ids = append(ids, o.ID)
			}
		}
		return ids
	}
	if a.opts.Region == "" {
		var ids []string
		for _, rg := range a.cat.Regions {
			if a.regions[rg.ID] > 0 || rg.EISPartner {
				ids = append(ids, rg.ID)
			}
		}
		r.ByRegion = breakdown(ids, a.regions)
	}
	r.BySize = breakdown(options(assessment.ProfileSize), a.size)
	r.BySector = breakdown(options(assessment.ProfileSector), a.sector)
	r.ByStage = breakdown(catalogue.Stages, a.stage)
	for i, d := range a.cat.Dimensions {
		dist := Distribution{Dimension: d.ID, Scored: count(len(a.scores[i])), Weak: count(a.weak[i])}
		if !dist.Scored.Suppressed {
			s := slices.Clone(a.scores[i])
			sort.Float64s(s)
			dist.Q1, dist.Median, dist.Q3 = quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75)
		}
		r.Readiness = append(r.Readiness, dist)
	}
	r.Gaps = top(a.gaps, a.firms, MaxGaps, func(id string) string {
		if q := a.cat.Question(id); q != nil {
			return q.Dimension
		}
		return ""
	})
	r.Practices = top(a.practices, a.firms, MaxPractices, nil)
	for k, n := range a.shared {
		if n < MinGroup {
			continue
		}
		r.SharedGaps = append(r.SharedGaps, SharedGap{Region: k.region, Dimension: k.dimension, Stage: k.stage, Firms: n, Share: share(n, a.firms)})
	}
	slices.SortFunc(r.SharedGaps, func(x, y SharedGap) int {
		return cmp.Or(-cmp.Compare(x.Firms, y.Firms), cmp.Compare(x.Region, y.Region), cmp.Compare(x.Dimension, y.Dimension), cmp.Compare(slices.Index(catalogue.Stages, x.Stage), slices.Index(catalogue.Stages, y.Stage)))
	})
	if len(r.SharedGaps) > MaxShared {
		r.SharedGaps = r.SharedGaps[:MaxShared]
	}
	return r
}

// count is n firms, suppressed below MinGroup.
func count(n int) Count {
	if n < MinGroup {
		return Count{Suppressed: true}
	}
	return Count{N: n}
}

// countOrNone is count, but shows none as 0: that no firm left the
// questionnaire unfinished says nothing about any one firm, and "< 5 of
// them have not finished" read to an advisor as if some had. It is not
// part of a breakdown, so a 0 cannot give a suppressed group away.
func countOrNone(n int) Count {
	if n == 0 {
		return Count{}
	}
	return count(n)
}

// breakdown counts the firms of each of ids (then NotAnswered and any
// other ID seen, sorted), suppressing small groups — and, when that leaves
// exactly one suppressed, the smallest shown one too (see the package doc).
func breakdown(ids []string, n map[string]int) []Group {
	seen := map[string]bool{}
	var out []Group
	for _, id := range ids {
		seen[id] = true
		out = append(out, Group{ID: id, Count: count(n[id])})
	}
	var rest []string
	for id := range n {
		if !seen[id] {
			rest = append(rest, id)
		}
	}
	sort.Strings(rest)
	for _, id := range rest {
		out = append(out, Group{ID: id, Count: count(n[id])})
	}
	suppressed, smallest := 0, -1
	for i, g := range out {
		if g.Suppressed {
			suppressed++
		} else if smallest < 0 || g.N < out[smallest].N {
			smallest = i
		}
	}
	if suppressed == 1 && smallest >= 0 {
		out[smallest].Count = Count{Suppressed: true, Hidden: true}
	}
	return out
}

// top is the IDs of n shared by at least MinGroup firms, most first (then
// by ID), at most max.
func top(n map[string]int, firms, max int, dim func(string) string) []Shared {
	out := []Shared{}
	for id, k := range n {
		if k >= MinGroup {
			s := Shared{ID: id, Firms: k, Share: share(k, firms)}
			if dim != nil {
				s.Dimension = dim(id)
			}
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(x, y Shared) int { return cmp.Or(-cmp.Compare(x.Firms, y.Firms), cmp.Compare(x.ID, y.ID)) })
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// share is k of n, rounded to 4 decimals.
func share(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return math.Round(float64(k)/float64(n)*1e4) / 1e4
}

// quantile is the q-quantile of sorted s (linear interpolation between
// closest ranks, as spreadsheets' QUARTILE.INC), rounded to 4 decimals.
func quantile(s []float64, q float64) *float64 {
	if len(s) == 0 {
		return nil
	}
	h := q * float64(len(s)-1)
	lo := int(math.Floor(h))
	v := s[lo]
	if lo+1 < len(s) {
		v += (h - float64(lo)) * (s[lo+1] - s[lo])
	}
	v = math.Round(v*1e4) / 1e4
	return &v
}
