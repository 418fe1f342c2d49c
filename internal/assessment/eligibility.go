package assessment

import (
	"slices"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// Eligibility verdicts, in order: yes < check < no.
const (
	EligibleYes   = "yes"
	EligibleCheck = "check"
	EligibleNo    = "no"
)

var verdictOrder = map[string]int{EligibleYes: 0, EligibleCheck: 1, EligibleNo: 2}

// verdict is the outcome of a practice's eligibility for a firm.
type verdict struct {
	v string
	// why are the "no" reasons (with a no) or the checks (with a check).
	no     []Msg
	checks []Msg
	// served are the firm's markets the practice is for (market-restricted
	// practices only).
	served []string
	// restricted is true when the practice applies to some markets only.
	restricted bool
}

func (vd *verdict) raise(v string) {
	if verdictOrder[v] > verdictOrder[vd.v] {
		vd.v = v
	}
}

// eligibility decides, three-valued, whether the firm can use p: yes,
// check (an answer eis does not know, a band that straddles a threshold,
// or a condition only the firm can check: the note says what) or no (with
// why). Profile bands are checked in the catalogue's question order; then
// the home country; then the markets: a practice with target_markets, or
// with markets (the countries it serves) when its need group is about a
// market, applies only when one of the firm's markets fits.
func eligibility(cat *catalogue.Catalogue, fx *Facts, p *catalogue.Practice) verdict {
	vd := verdict{v: EligibleYes}
	fm := fx.Firm()
	e := p.Eligibility
	if e != nil {
		for _, q := range cat.Profile {
			b := e.Profile.Get(q.ID)
			// sizes: and sectors: are shorthands for profile: entries.
			switch {
			case b != nil:
			case q.ID == ProfileSize && len(e.Sizes) > 0:
				b = &catalogue.Bands{In: e.Sizes}
			case q.ID == ProfileSector && len(e.Sectors) > 0:
				b = &catalogue.Bands{In: e.Sectors}
			default:
				continue
			}
			fx.band(&vd, p, q, b)
		}
		if e.ExportRevenue != nil {
			fx.exportRevenue(&vd, cat, p, e.ExportRevenue)
		}
		if len(e.HomeCountries) > 0 {
			switch {
			case fm.Home == "":
				vd.raise(EligibleCheck)
				vd.checks = append(vd.checks, msg("home", "", diag.M("assessment.elig.check.home")))
			case !slices.Contains(e.HomeCountries, fm.Home):
				vd.raise(EligibleNo)
				vd.no = append(vd.no, msg("home", "", diag.M("assessment.elig.no.home", fx.countryList(e.HomeCountries, 0))))
			}
		}
		if e.Check {
			vd.raise(EligibleCheck)
			vd.checks = append(vd.checks, msg("note", p.ID, diag.M("assessment.elig.check.note", diag.Text(e.Note))))
		}
	}
	var tm *catalogue.TargetMarkets
	if e != nil {
		tm = e.TargetMarkets
	}
	// The markets a practice serves restrict it, except for a first
	// contact: an agency's offices abroad do not limit whom it advises.
	byMarkets := len(p.Markets) > 0 && p.Group != GroupFirstContact
	if tm == nil && !byMarkets {
		return vd
	}
	vd.restricted = true
	if fm.Home == "" && (tm == nil || len(tm.Kinds) > 0) {
		vd.raise(EligibleCheck)
		vd.checks = append(vd.checks, msg("home", "", diag.M("assessment.elig.check.home")))
		return vd
	}
	pool := fm.Targets
	if tm != nil && tm.Of == "any" {
		pool = union(fm.Targets, fm.Current)
	}
	if len(pool) == 0 {
		vd.raise(EligibleNo)
		vd.no = append(vd.no, msg("markets", "", diag.M("assessment.elig.no.noTargets")))
		return vd
	}
	if tm != nil && tm.New {
		var fresh []string
		for _, m := range pool {
			if fm.New(m) {
				fresh = append(fresh, m)
			}
		}
		if len(fresh) == 0 {
			vd.raise(EligibleNo)
			vd.no = append(vd.no, msg("markets", "", diag.M("assessment.elig.no.notNew", fx.countryList(pool, 0))))
			return vd
		}
		pool = fresh
	}
	if byMarkets {
		var in []string
		for _, m := range pool {
			if slices.Contains(p.Markets, m) {
				in = append(in, m)
			}
		}
		if len(in) == 0 {
			vd.raise(EligibleNo)
			m := diag.M("assessment.elig.no.served", fx.countryList(p.Markets, 6))
			if len(p.Markets) > 6 {
				// "… and other markets" ends the list: its six joined
				// by commas, not by "and".
				m = diag.M("assessment.elig.no.served.more", countryNames(p.Markets[:6], func(c string) any { return CountryName(fx.cat, c) }))
			}
			vd.no = append(vd.no, msg("markets", "", m))
			return vd
		}
		pool = in
	}
	if tm != nil && len(tm.Kinds) > 0 {
		want := kind(0)
		for _, k := range tm.Kinds {
			want |= kindBit(k)
		}
		var in []string
		for _, m := range pool {
			if fm.Kinds(m)&want != 0 {
				in = append(in, m)
			}
		}
		if len(in) == 0 {
			// any of the kinds will do: "in the EU or across a customs border"
			kinds := diag.List{Join: diag.JoinOr}
			for _, k := range tm.Kinds {
				kinds.Items = append(kinds.Items, diag.M("assessment.kind."+fm.KindWord(k)))
			}
			vd.raise(EligibleNo)
			vd.no = append(vd.no, msg("markets", "", diag.M("assessment.elig.no.kinds", kinds)))
			return vd
		}
		pool = in
	}
	vd.served = pool
	return vd
}

// band checks the firm's answer to profile question q against the bands
// of p.
func (fx *Facts) band(vd *verdict, p *catalogue.Practice, q *catalogue.Question, b *catalogue.Bands) {
	v, ok := fx.given[q.ID]
	if low := lowestBand(q); !ok && q.ID == ProfileExportShare && fx.one(ProfileExports) == "none" && low != "" {
		// Not asked of a firm that does not export: its share abroad is
		// nil, in the band from zero.
		v, ok = answers.Single(low), true
	}
	if !ok || v.Reserved() != "" {
		vd.raise(EligibleCheck)
		vd.checks = append(vd.checks, msg("unknown", q.ID, withNote(p, profileName(q), "assessment.elig.check.unknown", "assessment.elig.check.unknown.bare")))
		return
	}
	for _, o := range v.Options {
		if slices.Contains(b.In, o) {
			return
		}
	}
	var shown diag.List
	shown.Sep = "', '"
	for _, o := range v.Options {
		shown.Items = append(shown.Items, OptionText(q, o))
	}
	for _, o := range v.Options {
		if slices.Contains(b.Check, o) {
			vd.raise(EligibleCheck)
			vd.checks = append(vd.checks, msg("band", q.ID, withNote(p, shown, "assessment.elig.check.band", "assessment.elig.check.band.bare")))
			return
		}
	}
	allowed := diag.List{Sep: "', '"}
	for _, o := range b.In {
		allowed.Items = append(allowed.Items, OptionText(q, o))
	}
	id := "assessment.elig.no.any"
	switch q.ID {
	case ProfileSize, ProfileTurnover, ProfileYearsTrading, ProfileSector, ProfileExportShare, ProfileSellsWhat, ProfileSellsTo, ProfileSellsHow:
		id = "assessment.elig.no.profile." + q.ID
	}
	vd.raise(EligibleNo)
	vd.no = append(vd.no, msg("profile", q.ID, diag.M(id, allowed, shown, diag.Text(q.Text))))
}

// lowestBand is the option of q whose bounds start at zero (under-5 of
// export-share), if one has bounds that do.
func lowestBand(q *catalogue.Question) string {
	for _, o := range q.Options {
		if o != nil && o.Bounds != nil && o.Bounds.Min == 0 {
			return o.ID
		}
	}
	return ""
}

// bandBounds are the bounds of the firm's answer to profile question q
// (turnover or export-share), as the catalogue gives them on the option:
// euro for turnover; for export-share a share of 1 (the catalogue says
// percent; no upper bound is the whole turnover). False when the catalogue
// has no q, the firm gave no single answer, or its option has no bounds.
func (fx *Facts) bandBounds(q *catalogue.Question) (catalogue.Amounts, bool) {
	if q == nil {
		return catalogue.Amounts{}, false
	}
	o := q.Option(fx.one(q.ID))
	if o == nil || o.Bounds == nil {
		return catalogue.Amounts{}, false
	}
	b := *o.Bounds
	if q.ID == ProfileExportShare {
		b.Min /= 100
		b.Max /= 100
		if b.Max == 0 {
			b.Max = 1
		}
	}
	return b, true
}

// exportRevenue checks the firm's yearly export revenue against limit.
// eis asks no such figure; it is the turnover band times the share of
// sales abroad. Inside the limit is yes; wholly outside, no, saying the
// range; straddling it, check, saying the range the answers give; with
// turnover or share unknown, check, saying which answer eis lacks (a
// turnover band alone says nothing of the revenue from abroad: a firm
// of €2–10 million selling 5–20 % abroad has €0.1–2 million of it).
func (fx *Facts) exportRevenue(vd *verdict, cat *catalogue.Catalogue, p *catalogue.Practice, limit *catalogue.Amounts) {
	if fx.one(ProfileExports) == "none" {
		// No revenue from abroad: under any ceiling, below any floor.
		if limit.Min > 0 {
			vd.raise(EligibleNo)
			vd.no = append(vd.no, msg("profile", ProfileExports, diag.M("assessment.elig.no.exportRevenue.none", diag.Euro(limit.Min))))
		}
		return
	}
	var rev catalogue.Amounts // Max 0: no upper bound
	var shown []any
	for _, id := range []string{ProfileTurnover, ProfileExportShare} {
		q := cat.Question(id)
		b, ok := fx.bandBounds(q)
		if !ok {
			name := any(diag.M("assessment.profile.name." + id))
			if q != nil {
				name = profileName(q)
			}
			vd.raise(EligibleCheck)
			vd.checks = append(vd.checks, msg("unknown", id, withNote(p, name, "assessment.elig.check.unknown", "assessment.elig.check.unknown.bare")))
			return
		}
		shown = append(shown, OptionText(q, fx.one(id)))
		if id == ProfileTurnover {
			rev = b
			continue
		}
		rev.Min *= b.Min
		rev.Max *= b.Max // an unbounded turnover stays unbounded
	}
	up := rev.Max == 0 // no upper bound
	above := limit.Max > 0 && rev.Min >= limit.Max
	below := limit.Min > 0 && !up && rev.Max <= limit.Min
	if above || below {
		id, lim, own := "assessment.elig.no.exportRevenue.max", limit.Max, rev.Min
		if below {
			id, lim, own = "assessment.elig.no.exportRevenue.min", limit.Min, rev.Max
		}
		vd.raise(EligibleNo)
		vd.no = append(vd.no, msg("profile", "export-revenue", diag.M(id, diag.Euro(lim), shown[0], shown[1], diag.Euro(own))))
		return
	}
	if (limit.Max == 0 || (!up && rev.Max <= limit.Max)) && rev.Min >= limit.Min {
		return
	}
	vd.raise(EligibleCheck)
	if up && rev.Min == 0 {
		// Any revenue at all (a turnover with no ceiling, a share with
		// no floor): the answers say nothing; the note says what to check.
		vd.checks = append(vd.checks, msg("unknown", ProfileTurnover, withNote(p, profileName(cat.Question(ProfileTurnover)), "assessment.elig.check.unknown", "assessment.elig.check.unknown.bare")))
		return
	}
	rng := diag.M("assessment.elig.exportRevenue.range", diag.Euro(rev.Min), diag.Euro(rev.Max))
	if up {
		rng = diag.M("assessment.elig.exportRevenue.from", diag.Euro(rev.Min))
	}
	vd.checks = append(vd.checks, msg("band", "export-revenue", withNote(p, diag.M("assessment.elig.exportRevenue.derived", shown[0], shown[1], rng), "assessment.elig.check.exportRevenue", "assessment.elig.check.exportRevenue.bare")))
}

// withNote is message id about arg with the practice's eligibility note,
// which says what to check; bare (about arg alone) when it has none.
func withNote(p *catalogue.Practice, arg any, id, bare string) diag.Message {
	if p.Eligibility == nil || !hasText(p.Eligibility.Note) {
		return diag.M(bare, arg)
	}
	return diag.M(id, arg, diag.Text(p.Eligibility.Note))
}

// checksUnknown reports whether a practice's eligibility reads q's answer
// so that, unknown, it is "check" (see eligibility): a profile band
// (sizes:, sectors:, profile:), or the firm's own country (region,
// home-country) for a practice limited by home country or market. Other
// profile questions (the firm's situation: a waiting buyer, where it is,
// work on clients' premises) route steps, never eligibility.
func checksUnknown(cat *catalogue.Catalogue, q *catalogue.Question) bool {
	home := q.ID == ProfileRegion || q.ID == ProfileHomeCountry
	for _, p := range cat.Practices {
		e := p.Eligibility
		switch {
		case e != nil && e.Profile.Get(q.ID) != nil,
			e != nil && q.ID == ProfileSize && len(e.Sizes) > 0,
			e != nil && q.ID == ProfileSector && len(e.Sectors) > 0,
			home && e != nil && (len(e.HomeCountries) > 0 || e.TargetMarkets != nil),
			e != nil && e.ExportRevenue != nil && (q.ID == ProfileTurnover || q.ID == ProfileExportShare),
			home && len(p.Markets) > 0:
			return true
		}
	}
	return false
}

// profileName names profile question q in a sentence: the questions the
// plan reads by a short name ("your turnover"), a catalogue's own by their
// text.
func profileName(q *catalogue.Question) any {
	if slices.Contains(profileSince2, q.ID) || slices.Contains(ProfileSituation, q.ID) {
		return diag.M("assessment.profile.name." + q.ID)
	}
	return diag.Text(q.Text)
}
