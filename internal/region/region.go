// Package region owns the region's peer review (`eis region`): the offer
// of one region's support system read from the catalogue as a matrix of
// readiness dimensions × stages, the cells no running programme of the
// region covers, the programmes that close soon or need re-checking, and
// for every empty cell the practices of other regions that fill it, with
// their region-facing transfer potential and evidence — what the EIS peer
// reviews did by hand. Pure functions: catalogue and clock in, data out
// (IDs, dates, counts); words are chosen at output (render).
//
// # The offer
//
// A region's offer is its own programmes (practices of type programme
// whose region is it) that run today (assessment.Running: not historic,
// within valid_from and valid_until). A method — what a firm can do
// itself, or a note such as which EU support a UK firm can no longer
// use — is no one's offer: it neither fills a cell nor is an idea for
// another region (it is still listed to re-check). A practice covers every cell of its dimensions × its
// stages (no stages: every stage). EU-wide instruments are not the
// region's offer, but an empty cell that one of them covers says so (for
// a region in the EU).
//
// # Filling an empty cell
//
// Candidates are the practices of the other regions of the catalogue
// (not EU-wide ones, not general methods), running or not — a closed
// programme can still be a model —, that cover the cell. They are ranked
// by Score (transfer potential given, evidence of success given,
// confidence, running), then by how many of the region's empty cells they
// fill, then by ID. Text formats show the best MaxIdeasPerCell of each
// cell; JSON keeps them all.
//
// # Re-checking
//
// A programme closes soon when its valid_until falls within
// ClosingWithin (12 months) of today. A programme is listed to re-check
// when its last_verified is more than StaleAfter (12 months) ago, or its
// confidence is not verified (the catalogue's evidence rules: see
// practices/README.md).
package region

import (
	"cmp"
	"slices"
	"time"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// SchemaVersion of the region review's JSON form.
const SchemaVersion = 1

// Limits of the review.
const (
	// MaxIdeasPerCell is how many ideas text formats show for one empty cell.
	MaxIdeasPerCell = 3
	// ClosingWithin is how far ahead a closing date is reported.
	ClosingWithin = 12 // months
	// StaleAfter is how long after last_verified a programme is re-checked.
	StaleAfter = 12 // months
)

// Reasons a programme is listed to re-check.
const (
	RecheckStale      = "stale"      // last verified more than StaleAfter months ago
	RecheckPartial    = "partial"    // confidence partial
	RecheckUnverified = "unverified" // confidence unverified
)

// Review is the peer review of one region's offer. Build fills the data
// (IDs, dates, counts); the text fields (names and titles, the
// practices' texts, Language) are for the output to fill in the chosen
// language (render.LocalizeRegion).
type Review struct {
	SchemaVersion int       `json:"schema_version"`
	Language      string    `json:"language"`
	Generated     time.Time `json:"generated"`
	Catalogue     CatRef    `json:"catalogue"`
	Region        string    `json:"region"`
	RegionName    string    `json:"region_name"`
	// Country is the region's ISO 3166-1 alpha-2 code.
	Country string `json:"country,omitempty"`
	// EUMember says whether the region's firms can use EU-wide instruments.
	EUMember bool `json:"eu_member"`
	// Dimensions and Stages are the matrix's rows and columns, in catalogue order.
	Dimensions []Axis `json:"dimensions"`
	Stages     []Axis `json:"stages"`
	// Cells are the matrix, row by row (dimension), then by stage.
	Cells []Cell `json:"cells"`
	// Covered is how many cells at least one running programme covers, of len(Cells).
	Covered int `json:"covered"`
	// Offer is the region's running practices, in catalogue order.
	Offer []Programme `json:"offer"`
	// Historic is the region's practices that no longer run (ideas for others).
	Historic []Programme `json:"historic"`
	// Closing are the running programmes whose valid_until is within ClosingWithin months, soonest first.
	Closing []Programme `json:"closing"`
	// Recheck are the region's practices whose entry is stale or not verified, oldest check first.
	Recheck []Recheck `json:"recheck"`
	// Ideas are the other regions' practices that fill one of the empty
	// cells, best first (see the package doc).
	Ideas []Idea `json:"ideas"`
	// EUWide are the EU-wide instruments that cover an empty cell (Cell.EU), in catalogue order.
	EUWide []Programme `json:"eu_wide"`
}

// CatRef identifies the catalogue behind the review.
type CatRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	Digest  string `json:"digest"`
}

// Axis is a row (dimension) or column (stage) of the matrix.
type Axis struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Cell is one dimension × stage of the matrix.
type Cell struct {
	Dimension string `json:"dimension"`
	Stage     string `json:"stage"`
	// Programmes are the region's running practices that cover the cell.
	Programmes []string `json:"programmes"`
	// EU are EU-wide instruments that cover the cell (empty cells of a region in the EU only).
	EU []string `json:"eu"`
	// Ideas are other regions' practices that cover the cell, best first (empty cells only).
	Ideas []string `json:"ideas"`
}

// Empty reports whether no running programme of the region covers c.
func (c Cell) Empty() bool { return len(c.Programmes) == 0 }

// Programme is one of the region's practices.
type Programme struct {
	Practice     string `json:"practice"`
	Title        string `json:"title"`
	Organisation string `json:"organisation,omitempty"`
	Level        string `json:"level,omitempty"`
	URL          string `json:"url,omitempty"`
	Confidence   string `json:"confidence"`
	// LastVerified and ValidUntil are dates (YYYY-MM-DD); ValidUntil may be empty.
	LastVerified string `json:"last_verified,omitempty"`
	ValidUntil   string `json:"valid_until,omitempty"`
	// Cells is how many cells of the matrix the practice covers.
	Cells int `json:"cells"`
}

// Recheck is a practice whose entry needs checking, and why.
type Recheck struct {
	Programme
	// Reasons are RecheckStale, RecheckPartial or RecheckUnverified.
	Reasons []string `json:"reasons"`
	// MonthsSinceVerified is whole months since last_verified (-1 when unknown).
	MonthsSinceVerified int `json:"months_since_verified"`
}

// Idea is another region's practice that fills empty cells of this one.
type Idea struct {
	Practice     string `json:"practice"`
	Title        string `json:"title"`
	Organisation string `json:"organisation,omitempty"`
	// Level is who runs it (local, regional, national): a national
	// instrument filed under a region is no region's own to copy.
	Level      string `json:"level,omitempty"`
	Region     string `json:"region"`
	RegionName string `json:"region_name"`
	URL        string `json:"url,omitempty"`
	Confidence string `json:"confidence"`
	Historic   bool   `json:"historic"`
	// TransferPotential is what this region's support system can learn from it (region-facing).
	TransferPotential string `json:"transfer_potential,omitempty"`
	// Evidence is its evidence of success.
	Evidence string `json:"evidence,omitempty"`
	// Sources are the titles and links of its sources, the strongest kinds first.
	Sources []Source `json:"sources"`
	// Fills are the empty cells it covers, in matrix order.
	Fills []CellRef `json:"fills"`
	// Shown is true when it is among the best MaxIdeasPerCell of at least one cell (text formats show only these).
	Shown bool `json:"shown"`
	// Score orders ideas (see the package doc).
	Score int `json:"score"`
}

// CellRef names a cell.
type CellRef struct {
	Dimension string `json:"dimension"`
	Stage     string `json:"stage"`
}

// Source is one source of an idea.
type Source struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
	Kind  string `json:"kind,omitempty"`
	Date  string `json:"date,omitempty"`
}

// Candidates returns the IDs of the regions a review can be made for:
// regional or national regions of cat that have practices, in catalogue order.
func Candidates(cat *catalogue.Catalogue) []string {
	has := map[string]bool{}
	for _, p := range cat.Practices {
		has[p.Region] = true
	}
	var out []string
	for _, r := range cat.Regions {
		if reviewable(r) && has[r.ID] {
			out = append(out, r.ID)
		}
	}
	return out
}

// reviewable is a region with an offer of its own (not the EU-wide scope,
// general methods or a catch-all).
func reviewable(r *catalogue.Region) bool {
	return r.Scope == "regional" || r.Scope == "national"
}

// ErrUnknown is returned by Build for a region the catalogue cannot review.
type ErrUnknown struct{ ID string }

func (e *ErrUnknown) Error() string { return "region: cannot review " + e.ID }

// Build reviews region id of cat at now.
func Build(cat *catalogue.Catalogue, id string, now time.Time) (Review, error) {
	r := cat.Region(id)
	if r == nil || !reviewable(r) {
		return Review{}, &ErrUnknown{ID: id}
	}
	rv := Review{
		SchemaVersion: SchemaVersion,
		Generated:     now.UTC(),
		Catalogue:     CatRef{ID: cat.Meta.ID, Version: cat.Meta.Version, Digest: cat.Digest},
		Region:        r.ID,
		Country:       r.Country,
		EUMember:      r.EUMember,
		Offer:         []Programme{},
		Historic:      []Programme{},
		Closing:       []Programme{},
		Recheck:       []Recheck{},
		Ideas:         []Idea{},
		EUWide:        []Programme{},
	}
	for _, d := range cat.Dimensions {
		rv.Dimensions = append(rv.Dimensions, Axis{ID: d.ID})
	}
	for _, s := range catalogue.Stages {
		rv.Stages = append(rv.Stages, Axis{ID: s})
	}
	at := map[CellRef]int{}
	for _, d := range rv.Dimensions {
		for _, s := range rv.Stages {
			at[CellRef{d.ID, s.ID}] = len(rv.Cells)
			rv.Cells = append(rv.Cells, Cell{Dimension: d.ID, Stage: s.ID, Programmes: []string{}, EU: []string{}, Ideas: []string{}})
		}
	}
	cells := func(p *catalogue.Practice) []int {
		var out []int
		stages := p.Stages
		if len(stages) == 0 {
			stages = catalogue.Stages
		}
		for _, d := range p.Dimensions {
			for _, s := range stages {
				if i, ok := at[CellRef{d, s}]; ok && !slices.Contains(out, i) {
					out = append(out, i)
				}
			}
		}
		slices.Sort(out)
		return out
	}

	today := now.UTC().Truncate(24 * time.Hour)
	closingBy := today.AddDate(0, ClosingWithin, 0)
	staleBefore := today.AddDate(0, -StaleAfter, 0)
	for _, p := range cat.Practices {
		if p.Region != id {
			continue
		}
		pg := programme(p, len(cells(p)))
		if p.Type != "programme" {
			// not an offer, nor a model kept for others; only re-checked
		} else if !assessment.Running(p, now) {
			rv.Historic = append(rv.Historic, pg)
		} else {
			rv.Offer = append(rv.Offer, pg)
			for _, i := range cells(p) {
				rv.Cells[i].Programmes = append(rv.Cells[i].Programmes, p.ID)
			}
			if p.ValidUntil != nil && !p.ValidUntil.Time().After(closingBy) {
				rv.Closing = append(rv.Closing, pg)
			}
		}
		if p.Status == "historic" {
			continue // nothing to re-check about a programme kept as a model
		}
		var why []string
		months := -1
		if p.LastVerified != nil {
			months = monthsBetween(p.LastVerified.Time(), today)
			if p.LastVerified.Time().Before(staleBefore) {
				why = append(why, RecheckStale)
			}
		} else {
			why = append(why, RecheckStale)
		}
		switch p.Confidence {
		case "partial":
			why = append(why, RecheckPartial)
		case "unverified":
			why = append(why, RecheckUnverified)
		}
		if len(why) > 0 {
			rv.Recheck = append(rv.Recheck, Recheck{Programme: pg, Reasons: why, MonthsSinceVerified: months})
		}
	}
	slices.SortStableFunc(rv.Closing, func(a, b Programme) int { return cmp.Compare(a.ValidUntil, b.ValidUntil) })
	slices.SortStableFunc(rv.Recheck, func(a, b Recheck) int {
		// Unverified before partial, then the oldest check first.
		return cmp.Or(-cmp.Compare(recheckWeight(a), recheckWeight(b)), cmp.Compare(a.LastVerified, b.LastVerified))
	})

	empty := map[int]bool{}
	for i, c := range rv.Cells {
		if c.Empty() {
			empty[i] = true
		} else {
			rv.Covered++
		}
	}
	// EU-wide cover and other regions' practices for the empty cells.
	ideas := map[string]*Idea{}
	var order []*Idea
	for _, p := range cat.Practices {
		pr := cat.Region(p.Region)
		if p.Region == id || pr == nil || p.Type != "programme" {
			continue
		}
		if pr.Scope == "eu" {
			if r.EUMember && assessment.Running(p, now) {
				used := false
				for _, i := range cells(p) {
					if empty[i] {
						rv.Cells[i].EU = append(rv.Cells[i].EU, p.ID)
						used = true
					}
				}
				if used {
					rv.EUWide = append(rv.EUWide, programme(p, len(cells(p))))
				}
			}
			continue
		}
		if !reviewable(pr) {
			continue
		}
		var fills []CellRef
		for _, i := range cells(p) {
			if empty[i] {
				fills = append(fills, CellRef{rv.Cells[i].Dimension, rv.Cells[i].Stage})
			}
		}
		if len(fills) == 0 {
			continue
		}
		it := idea(p, fills)
		ideas[p.ID] = it
		order = append(order, it)
	}
	better := func(a, b *Idea) int {
		return cmp.Or(-cmp.Compare(a.Score, b.Score), -cmp.Compare(len(a.Fills), len(b.Fills)), cmp.Compare(a.Practice, b.Practice))
	}
	slices.SortStableFunc(order, better)
	for i := range rv.Cells {
		if !empty[i] {
			continue
		}
		c := &rv.Cells[i]
		for _, it := range order {
			if slices.Contains(it.Fills, CellRef{c.Dimension, c.Stage}) {
				if len(c.Ideas) < MaxIdeasPerCell {
					it.Shown = true
				}
				c.Ideas = append(c.Ideas, it.Practice)
			}
		}
	}
	// Shown ideas first, each part in rank order.
	slices.SortStableFunc(order, func(a, b *Idea) int {
		if a.Shown != b.Shown {
			if a.Shown {
				return -1
			}
			return 1
		}
		return better(a, b)
	})
	for _, it := range order {
		rv.Ideas = append(rv.Ideas, *it)
	}
	return rv, nil
}

// programme is the data of one of the region's practices.
func programme(p *catalogue.Practice, cells int) Programme {
	pg := Programme{Practice: p.ID, Organisation: p.Organisation, Level: p.Level, URL: p.URL, Confidence: p.Confidence, Cells: cells}
	if pg.URL == "" && p.Contact != nil {
		pg.URL = p.Contact.URL
	}
	if p.LastVerified != nil {
		pg.LastVerified = p.LastVerified.String()
	}
	if p.ValidUntil != nil {
		pg.ValidUntil = p.ValidUntil.String()
	}
	return pg
}

// idea is another region's practice p as an idea for the cells it fills.
func idea(p *catalogue.Practice, fills []CellRef) *Idea {
	it := &Idea{
		Practice: p.ID, Organisation: p.Organisation, Level: p.Level, Region: p.Region, URL: p.URL,
		Confidence: p.Confidence, Historic: p.Status == "historic", Fills: fills, Sources: []Source{},
	}
	if it.URL == "" && p.Contact != nil {
		it.URL = p.Contact.URL
	}
	it.Score = Score(p)
	srcs := slices.Clone(p.Sources)
	slices.SortStableFunc(srcs, func(a, b catalogue.Source) int { return cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)) })
	for _, s := range srcs {
		src := Source{Title: s.Title, URL: s.URL, Kind: s.Kind}
		if s.Date != nil {
			src.Date = s.Date.String()
		}
		it.Sources = append(it.Sources, src)
	}
	return it
}

// Score ranks another region's practice as a model: 4 for a transfer
// potential (what a region can learn is what the review is for), 2 for
// evidence of success, 2 for verified or 1 for partial confidence, and 1
// when it still runs.
func Score(p *catalogue.Practice) int {
	s := 0
	if hasText(p.TransferPotential) {
		s += 4
	}
	if hasText(p.EvidenceOfSuccess) {
		s += 2
	}
	switch p.Confidence {
	case "verified":
		s += 2
	case "partial":
		s++
	}
	if p.Status != "historic" {
		s++
	}
	return s
}

// hasText reports whether t has a non-blank text in any language.
func hasText(t catalogue.Text) bool {
	for _, s := range t.All() {
		for _, r := range s {
			if r != ' ' && r != '\n' && r != '\t' {
				return true
			}
		}
	}
	return false
}

// kindRank orders sources by how much they can prove.
func kindRank(k string) int {
	switch k {
	case catalogue.SourceOfficial, catalogue.SourceLegal, catalogue.SourceStatistics:
		return 0
	case catalogue.SourceNews:
		return 1
	}
	return 2
}

// recheckWeight orders re-checks: unverified, then partial, then stale only.
func recheckWeight(r Recheck) int {
	switch {
	case slices.Contains(r.Reasons, RecheckUnverified):
		return 2
	case slices.Contains(r.Reasons, RecheckPartial):
		return 1
	}
	return 0
}

// monthsBetween is the number of whole months from a to b (0 when b is not after a).
func monthsBetween(a, b time.Time) int {
	m := (b.Year()-a.Year())*12 + int(b.Month()-a.Month())
	if b.Day() < a.Day() {
		m--
	}
	return max(m, 0)
}
