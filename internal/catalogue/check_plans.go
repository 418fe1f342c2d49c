package catalogue

import (
	"slices"
	"strconv"
	"strings"
)

// The checks of what makes plans advisor-grade (issue 8): countries and
// market kinds, need groups, eligibility as data, markets conditions,
// score overrides, gap texts and market notes.

// Profile question IDs the engine reads besides region, sector, size and
// exports, with the kind each must have when a catalogue declares it.
var profileKinds = [...]struct{ id, kind string }{
	{"home-country", KindCountry},
	{"turnover", KindSingle},
	{"years-trading", KindSingle},
	{"sells-what", KindMulti},
	{"sells-to", KindMulti},
	{"sells-how", KindMulti},
	{"export-share", KindSingle},
	{"current-markets", KindCountries},
	{"target-markets", KindCountries},
	{"buyer-market", KindCountry},
	{"buyer-order-markets", KindCountries},
}

// marketProfile are the profile questions eligibility names in fields of
// their own (home_countries, target_markets), never in eligibility.profile;
// they are also what a markets condition reads (the firm's home, its
// current and target markets). marketsBuyerReads adds those of the buyer:
// atom (where a buyer waits). A profile question asked on a markets
// condition comes after every one of them the catalogue has.
var (
	marketProfile     = []string{"region", "home-country", "current-markets", "target-markets"}
	marketsBuyerReads = append(slices.Clip(marketProfile), "waiting-buyer", "buyer-market")
)

// letters reports whether s is min to max letters of the range lo–hi
// (hand-written, so nothing is compiled at start-up).
func letters(s string, min, max int, lo, hi byte) bool {
	if len(s) < min || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			return false
		}
	}
	return true
}

func countryCode(s string) bool  { return letters(s, 2, 2, 'A', 'Z') }
func languageCode(s string) bool { return letters(s, 2, 3, 'a', 'z') }
func currencyCode(s string) bool { return letters(s, 3, 3, 'A', 'Z') }

// profileKinds reports a known profile question of the wrong kind.
func (ch *checker) profileKinds() {
	for _, pk := range profileKinds {
		id, kind := pk.id, pk.kind
		q := ch.questions[id]
		if q == nil || !ch.inProfile[q] || q.Kind == "" || q.Kind == kind {
			continue
		}
		errorf(&ch.diags, ch.at(q, "kind"), "required-profile", "validate.profile.kind", id, kind, q.Kind)
	}
}

// questionKind checks what is particular to a question's kind: options
// (required except on country kinds, whose extra options must be
// exclusive on countries), max_choices, and country kinds only in the
// profile.
func (ch *checker) questionKind(q *Question, scored bool) {
	if q.CountryKind() {
		if scored {
			errorf(&ch.diags, ch.at(q, "kind"), "country-kind", "validate.country.kind.scored", q.ID, q.Kind)
		}
		if q.Kind == KindCountries {
			for _, o := range q.Options {
				if o != nil && !o.Exclusive {
					errorf(&ch.diags, ch.at(o, "id"), "country-kind", "validate.country.kind.exclusive", o.ID, q.ID)
				}
			}
		}
		if len(ch.c.Countries) == 0 {
			errorf(&ch.diags, ch.at(q, "kind"), "countries-missing", "validate.countries.missing", q.ID)
		}
	} else if q.Options == nil && q.Kind != "" && !ch.c.failed(q, "options") {
		errorf(&ch.diags, ch.at(q, ""), "required", "validate.required", word("question"), "options")
	}
	if ch.c.has(q, "max_choices") && !ch.c.failed(q, "max_choices") {
		switch {
		case q.Kind != KindMulti && q.Kind != KindCountries:
			errorf(&ch.diags, ch.at(q, "max_choices"), "country-kind", "validate.country.kind.max-kind", q.ID, q.Kind)
		case q.MaxChoices < 1:
			errorf(&ch.diags, ch.at(q, "max_choices"), "country-kind", "validate.country.kind.max", q.ID, q.MaxChoices)
		}
	}
	if q.Unknown != "" && (!scored || !q.DontKnow) {
		errorf(&ch.diags, ch.at(q, "unknown"), "gap-text", "validate.unknown.misplaced", q.ID)
	}
	ch.unknownWhen(q)
	for _, o := range q.Options {
		if o == nil {
			continue
		}
		if !scored && o.Gap != "" {
			errorf(&ch.diags, ch.at(o, "gap"), "gap-text", "validate.gap.profile", o.ID)
		}
		if scored && o.Fact != "" {
			errorf(&ch.diags, ch.at(o, "fact"), "gap-text", "validate.fact.scored", o.ID)
		}
		ch.scoreWhen(q, o, scored)
		ch.gapWhen(q, o)
		ch.profileRule(o.When, q, "options", "validate.option-when.atoms")
		ch.bounds(q, o, scored)
		// A multiple-choice option adds to a score (the question's shortfall is
		// the reason), except the exclusive "none of these", which is a gap.
		partial := q.Kind == KindMulti && !o.Exclusive
		if scored && o.Score != nil && *o.Score < 0.5 && o.Gap == "" && !partial {
			warnf(&ch.diags, ch.at(o, "id"), "gap-text", "validate.gap.missing", o.ID, q.ID)
		}
	}
}

// scoreWhen checks an option's score overrides: scored questions only,
// scores 0–1, rules of profile and markets conditions only.
func (ch *checker) scoreWhen(q *Question, o *Option, scored bool) {
	for i, sw := range o.ScoreWhen {
		if sw == nil {
			continue
		}
		at := ch.at(o, "score_when."+strconv.Itoa(i))
		if !scored {
			errorf(&ch.diags, at, "score-when", "validate.score-when.profile", o.ID)
			continue
		}
		if sw.Score < 0 || sw.Score > 1 {
			errorf(&ch.diags, ch.at(sw, "score"), "score-when", "validate.score.range", o.ID, fmtNum(sw.Score))
		}
		ch.profileRule(sw.When, q, "score-when-atoms", "validate.score-when.atoms")
	}
}

// gapWhen checks an option's gap overrides: only on an option with a gap
// (which they replace for some firms), rules of profile and markets
// conditions only.
func (ch *checker) gapWhen(q *Question, o *Option) {
	for i, gw := range o.GapWhen {
		if gw == nil {
			continue
		}
		if o.Gap == "" {
			errorf(&ch.diags, ch.at(o, "gap_when."+strconv.Itoa(i)), "gap-text", "validate.gap-when.no-gap", o.ID)
			continue
		}
		ch.profileRule(gw.When, q, "gap-text", "validate.gap-when.atoms")
	}
}

// bounds checks an option's band bounds: only on the options of the
// profile questions turnover (euro) and export-share (percent), which a
// practice's export_revenue reads; min or max, neither below zero, min
// below max, and a share at most 100 percent. (The decoder refuses a
// bound that is not a number, NaN or infinite.)
func (ch *checker) bounds(q *Question, o *Option, scored bool) {
	b := o.Bounds
	if b == nil || ch.c.failed(b, "min") || ch.c.failed(b, "max") {
		return // the decoder has said what is wrong
	}
	switch {
	case scored || q.ID != "turnover" && q.ID != "export-share":
		errorf(&ch.diags, ch.at(o, "bounds"), "bounds", "validate.bounds.question", o.ID, q.ID)
	case b.disordered():
		errorf(&ch.diags, ch.at(o, "bounds"), "bounds", "validate.bounds.order", o.ID, q.ID)
	case q.ID == "export-share" && max(b.Min, b.Max) > 100:
		errorf(&ch.diags, ch.at(o, "bounds"), "bounds", "validate.bounds.percent", o.ID, fmtNum(max(b.Min, b.Max)))
	}
}

// unknownWhen checks a question's "don't know" text overrides: only on a
// question with an unknown text (which they replace for some firms),
// rules of profile and markets conditions only.
func (ch *checker) unknownWhen(q *Question) {
	for i, uw := range q.UnknownWhen {
		if uw == nil {
			continue
		}
		if q.Unknown == "" {
			errorf(&ch.diags, ch.at(q, "unknown_when."+strconv.Itoa(i)), "gap-text", "validate.unknown-when.no-unknown", q.ID)
			continue
		}
		ch.profileRule(uw.When, q, "gap-text", "validate.unknown-when.atoms")
	}
}

// profileRule checks the rule of an override (score_when, gap_when,
// unknown_when) on q, if it has one: profile and markets conditions only
// (else the diagnostic rule id with message key), and every reference.
func (ch *checker) profileRule(r *Rule, q *Question, id, key string) {
	if r == nil {
		return
	}
	if bad := nonProfileAtom(r); bad != "" {
		errorf(&ch.diags, r.Pos, id, key, bad)
	}
	ch.rule(r, q, nil)
}

// nonProfileAtom names the first condition of r that is not all, any,
// not, profile or markets; "" when there is none.
func nonProfileAtom(r *Rule) string { return foreignAtom(r, true) }

// noteAtom names the first condition of a market note's rule that is not
// all, any, not or profile; "" when there is none.
func noteAtom(r *Rule) string { return foreignAtom(r, false) }

// foreignAtom names the first condition of r that is not all, any, not,
// profile or (when markets is true) markets; "" when there is none.
func foreignAtom(r *Rule, markets bool) string {
	if r == nil {
		return ""
	}
	switch {
	case r.Answer != nil:
		return "answer"
	case r.ScoreBelow != nil:
		return "score_below"
	case r.ScoreAtLeast != nil:
		return "score_at_least"
	case r.Stage != nil:
		return "stage"
	case r.Markets != nil && !markets:
		return "markets"
	}
	for _, sub := range append(append([]*Rule{}, r.All...), r.Any...) {
		if bad := foreignAtom(sub, markets); bad != "" {
			return bad
		}
	}
	return foreignAtom(r.Not, markets)
}

// marketsRef checks a markets condition; in a profile question's
// condition it is an error (it depends on the whole profile).
func (ch *checker) marketsRef(r *Rule, q *Question) {
	m := r.Markets
	if q != nil && ch.inProfile[q] {
		// The markets are known once the questions they are read from are
		// answered: a profile question after them may be asked on them
		// (buyer-reach, only of a firm with two or more target markets).
		reads := marketProfile
		if m.Buyer {
			reads = marketsBuyerReads
		}
		for _, id := range reads {
			if t := ch.questions[id]; t != nil && ch.inProfile[t] && ch.order[id] >= ch.order[q.ID] {
				errorf(&ch.diags, r.Pos, "markets-in-profile", "validate.markets.in-profile", q.ID, id)
				break
			}
		}
	}
	if len(m.Kinds) == 0 && len(m.Countries) == 0 && m.Named == nil && !m.New && !m.NewBorder && m.AtLeast == 0 && !m.Buyer {
		errorf(&ch.diags, r.Pos, "markets-atom", "validate.markets.empty")
	}
	if m.Named != nil && (len(m.Kinds) > 0 || len(m.Countries) > 0 || m.All || m.New || m.NewBorder || m.AtLeast != 0 || m.Buyer) {
		errorf(&ch.diags, ch.at(m, "named"), "markets-atom", "validate.markets.named")
	}
	if m.AtLeast != 0 && m.AtLeast < 2 {
		errorf(&ch.diags, ch.at(m, "at_least"), "markets-atom", "validate.markets.atLeast", m.AtLeast)
	}
	ch.kinds(m, "kinds", m.Kinds, "markets-atom")
	ch.codes(m, "countries", m.Countries)
}

// kinds checks market kinds against the vocabulary.
func (ch *checker) kinds(owner any, key string, kinds []string, rule string) {
	for i, k := range kinds {
		if k != "" && !slices.Contains(MarketKinds, k) {
			errorf(&ch.diags, ch.at(owner, key+"."+strconv.Itoa(i)), rule, "validate.markets.kind", k, strings.Join(MarketKinds, ", "))
		}
	}
}

// codes checks that country codes are in the countries: section (when the
// catalogue has one; without it, questions of country kinds are an error).
func (ch *checker) codes(owner any, key string, codes []string) {
	if len(ch.c.Countries) == 0 {
		return
	}
	for i, code := range codes {
		if code == "" || ch.c.Country(code) != nil {
			continue
		}
		at := ch.at(owner, key+"."+strconv.Itoa(i))
		if up := strings.ToUpper(code); up != code && ch.c.Country(up) != nil {
			errorf(&ch.diags, at, "country-code", "validate.country.code.case", code, up)
			continue
		}
		errorf(&ch.diags, at, "country-code", "validate.country.code", code)
	}
}

// countries checks the countries: and languages: sections.
func (ch *checker) countries() {
	seen := map[string]*Country{}
	for _, x := range ch.c.Countries {
		if x.Code != "" && !countryCode(x.Code) {
			errorf(&ch.diags, ch.at(x, "code"), "countries", "validate.countries.code", x.Code)
		}
		if first, dup := seen[x.Code]; dup && x.Code != "" {
			fa := ch.at(first, "code")
			errorf(&ch.diags, ch.at(x, "code"), "countries", "validate.countries.twice", x.Code, fa.File, fa.Line)
		}
		seen[x.Code] = x
		for i, l := range x.Languages {
			if !languageCode(l) {
				errorf(&ch.diags, ch.at(x, "languages."+strconv.Itoa(i)), "countries", "validate.countries.language", l)
			}
		}
		if x.Currency != "" && !currencyCode(x.Currency) {
			errorf(&ch.diags, ch.at(x, "currency"), "countries", "validate.countries.currency", x.Currency)
		}
		if x.Peg != nil && !currencyCode(x.Peg.Currency) {
			errorf(&ch.diags, ch.at(x, "peg.currency"), "countries", "validate.countries.currency", x.Peg.Currency)
		}
		for i, g := range x.Groups {
			if !slices.Contains(CountryGroups, g) {
				errorf(&ch.diags, ch.at(x, "groups."+strconv.Itoa(i)), "countries", "validate.countries.group", g, strings.Join(CountryGroups, ", "))
			}
		}
		ch.codes(x, "neighbours", x.Neighbours)
	}
	for _, x := range ch.c.Countries {
		for i, n := range x.Neighbours {
			if y := ch.c.Country(n); y != nil && y != x && !slices.Contains(y.Neighbours, x.Code) {
				warnf(&ch.diags, ch.at(x, "neighbours."+strconv.Itoa(i)), "neighbour-asymmetric", "validate.countries.neighbour", x.Code, n)
			}
		}
	}
	langs := map[string]bool{}
	for _, l := range ch.c.Languages {
		if !languageCode(l.Code) {
			errorf(&ch.diags, ch.at(l, "code"), "countries", "validate.countries.language", l.Code)
		}
		if langs[l.Code] {
			errorf(&ch.diags, ch.at(l, "code"), "countries", "validate.countries.language-twice", l.Code)
		}
		langs[l.Code] = true
	}
	for _, r := range ch.c.Regions {
		if r.Country == "" {
			continue
		}
		ch.codes(r, "country", []string{r.Country})
		given := ch.c.has(r, "eu_member")
		if x := ch.c.Country(r.Country); x != nil && given && r.EUMember != x.InGroup(GroupEU) {
			warnf(&ch.diags, ch.at(r, "eu_member"), "eu-member-mismatch", "validate.countries.eu-member", r.ID, strconv.FormatBool(r.EUMember), r.Country)
		}
	}
}

// groups checks the need groups and their decisive rules.
func (ch *checker) groups() {
	for _, g := range ch.c.Groups {
		ch.idFormat(g, g.ID, "group")
		ids := map[string]bool{}
		for i, d := range g.Decisive {
			if d == nil {
				continue
			}
			ch.idFormat(d, d.ID, "decisive-rule")
			if ids[d.ID] {
				errorf(&ch.diags, ch.at(d, "id"), "group", "validate.group.decisive-twice", d.ID, g.ID)
			}
			ids[d.ID] = true
			if d.When != nil {
				ch.rule(d.When, nil, nil)
			}
			if d.Priority < 0 || d.Priority > 9 {
				errorf(&ch.diags, ch.at(d, "priority"), "group", "validate.group.decisive-priority", d.ID, d.Priority)
			}
			for j, id := range d.Defers {
				at := ch.at(d, "defers."+strconv.Itoa(j))
				switch {
				case id == g.ID:
					errorf(&ch.diags, at, "group", "validate.group.defers-self", d.ID, id)
				case ch.c.Group(id) == nil:
					ch.groupRef(at, id)
				}
			}
			for _, list := range []struct {
				key string
				ids []string
			}{{"holds_back", d.HoldsBack}, {"brings", d.Brings}} {
				for j, id := range list.ids {
					at := ch.at(d, list.key+"."+strconv.Itoa(j))
					switch {
					case id == g.ID:
						errorf(&ch.diags, at, "group", "validate.group.names-self", d.ID, id, list.key)
					case ch.c.Group(id) == nil:
						ch.groupRef(at, id)
					}
				}
			}
			// defer_until's values are the schema's enum (DeferHorizons).
			if d.DeferUntil != "" && len(d.Defers) == 0 {
				errorf(&ch.diags, ch.at(d, "defer_until"), "group", "validate.group.defer-until-alone", d.ID)
			}
			_ = i
		}
		for i, q := range g.Questions {
			if ch.questions[q] == nil {
				errorf(&ch.diags, ch.at(g, "questions."+strconv.Itoa(i)), "reference", "validate.ref.question", q)
			}
		}
		for i, c := range g.CoveredBy {
			if ch.c.Group(c) == nil {
				ch.groupRef(ch.at(g, "covered_by."+strconv.Itoa(i)), c)
			}
		}
	}
}

// otherGroups checks a practice's list of other need groups under key
// (also, covers_groups): each one known and not the practice's own group
// (the message self says that one).
func (ch *checker) otherGroups(p *Practice, key string, gs []string, self string) {
	for i, g := range gs {
		switch {
		case g == p.Group:
			errorf(&ch.diags, ch.at(p, key+"."+strconv.Itoa(i)), "group-unknown", self, g)
		case ch.c.Group(g) == nil:
			ch.groupRef(ch.at(p, key+"."+strconv.Itoa(i)), g)
		}
	}
}

// practicePlans checks a practice's group, eligibility and level.
func (ch *checker) practicePlans(p *Practice) {
	switch {
	case p.Group == "" && len(ch.c.Groups) > 0:
		warnf(&ch.diags, ch.at(p, ""), "group-missing", "validate.group.missing", p.ID)
	case p.Group != "" && ch.c.Group(p.Group) == nil:
		ch.groupRef(ch.at(p, "group"), p.Group)
	}
	ch.otherGroups(p, "also", p.Also, "validate.group.also-self")
	ch.otherGroups(p, "covers_groups", p.CoversGroups, "validate.group.covers-self")
	if p.Type == "programme" && p.Level == "" && !ch.c.failed(p, "level") {
		warnf(&ch.diags, ch.at(p, ""), "level-missing", "validate.level.missing", p.ID)
	}
	ch.codes(p, "markets", p.Markets)
	e := p.Eligibility
	if e == nil {
		return
	}
	if len(e.Sizes) > 0 {
		warnf(&ch.diags, ch.at(e, "sizes"), "eligibility-shorthand", "validate.eligibility.shorthand", "sizes", "size")
	}
	if len(e.Sectors) > 0 {
		warnf(&ch.diags, ch.at(e, "sectors"), "eligibility-shorthand", "validate.eligibility.shorthand", "sectors", "sector")
	}
	for _, q := range ch.c.Profile {
		if b, ok := e.Profile.Lookup(q.ID); ok {
			ch.bands(e, q, b)
		}
	}
	for _, x := range e.Profile {
		key := x.Key
		q := ch.questions[key]
		switch {
		case q == nil || !ch.inProfile[q]:
			errorf(&ch.diags, ch.at(e, "profile."+key), "eligibility-profile", "validate.eligibility.question", key)
		case slices.Contains(marketProfile, key):
			errorf(&ch.diags, ch.at(e, "profile."+key), "eligibility-profile", "validate.eligibility.market-question", key)
		}
	}
	if e.Check && e.Note == "" {
		errorf(&ch.diags, ch.at(e, "check"), "eligibility-check-note", "validate.eligibility.check-note", p.ID)
	}
	ch.codes(e, "home_countries", e.HomeCountries)
	if t := e.TargetMarkets; t != nil {
		if len(t.Kinds) == 0 && !t.New && !t.Named {
			errorf(&ch.diags, ch.at(e, "target_markets"), "target-markets", "validate.target-markets.empty")
		}
		ch.kinds(t, "kinds", t.Kinds, "target-markets")
	}
	if a := e.ExportRevenue; a != nil && a.disordered() {
		errorf(&ch.diags, ch.at(e, "export_revenue"), "eligibility-profile", "validate.eligibility.amounts")
	}
	if e.ExportRevenue != nil {
		ch.boundsMissing(e)
	}
}

// boundsMissing warns about a practice's export_revenue when an option of
// turnover or export-share has no bounds (a catalogue written before they
// were data): a firm that answers it is told to check, whatever it said.
func (ch *checker) boundsMissing(e *Eligibility) {
	for _, id := range []string{"turnover", "export-share"} {
		q := ch.questions[id]
		if q == nil || !ch.inProfile[q] {
			continue
		}
		for _, o := range q.Options {
			if o != nil && o.Bounds == nil {
				warnf(&ch.diags, ch.at(e, "export_revenue"), "bounds-missing", "validate.bounds.missing", o.ID, id)
				break
			}
		}
	}
}

// bands checks one eligibility.profile entry against its question.
func (ch *checker) bands(e *Eligibility, q *Question, b *Bands) {
	if b == nil || slices.Contains(marketProfile, q.ID) {
		return
	}
	if len(b.In) == 0 && len(b.Check) == 0 {
		errorf(&ch.diags, ch.at(e, "profile."+q.ID), "eligibility-profile", "validate.eligibility.empty", q.ID)
	}
	for _, list := range []struct {
		key  string
		vals []string
	}{{"in", b.In}, {"check", b.Check}} {
		for i, v := range list.vals {
			at := ch.at(b, list.key+"."+strconv.Itoa(i))
			switch {
			case v == DontKnow || v == NotApplicable:
				errorf(&ch.diags, at, "eligibility-profile", "validate.eligibility.reserved", v, q.ID)
			case q.Option(v) == nil:
				errorf(&ch.diags, at, "eligibility-profile", "validate.ref.option", q.ID, v, strings.Join(optionIDs(q), ", "))
			case list.key == "check" && slices.Contains(b.In, v):
				errorf(&ch.diags, at, "eligibility-profile", "validate.eligibility.both", v, q.ID)
			}
		}
	}
}

// groupRef reports an unknown need group.
func (ch *checker) groupRef(at Pos, id string) {
	var ids []string
	for _, g := range ch.c.Groups {
		ids = append(ids, g.ID)
	}
	if len(ids) == 0 {
		errorf(&ch.diags, at, "group-unknown", "validate.group.none", id)
		return
	}
	errorf(&ch.diags, at, "group-unknown", "validate.group.unknown", id, strings.Join(ids, ", "))
}

// noteProfile checks a market note's condition on profile question qid
// (under key): the catalogue must ask it, and each value must be one of
// its options other than an exclusive one ("none of these" fits no note).
func (ch *checker) noteProfile(n *MarketNote, key, qid string, vals []string) {
	q := ch.questions[qid]
	for i, v := range vals {
		at := ch.at(n, key+"."+strconv.Itoa(i))
		if q == nil || !ch.inProfile[q] {
			errorf(&ch.diags, at, "market-note", "validate.note.profile", key, v, qid)
			return
		}
		switch o := q.Option(v); {
		case o == nil:
			errorf(&ch.diags, at, "market-note", "validate.ref.option", qid, v, strings.Join(optionIDs(q), ", "))
		case o.Exclusive:
			errorf(&ch.diags, at, "market-note", "validate.note.exclusive", key, v, qid)
		}
	}
}

// marketNotes checks the notes on target markets.
func (ch *checker) marketNotes() {
	sells := ch.questions["sells-what"]
	for _, n := range ch.c.MarketNotes {
		ch.idFormat(n, n.ID, "market-note")
		ch.kinds(n, "kinds", n.Kinds, "market-note")
		ch.codes(n, "countries", n.Countries)
		for i, h := range n.Home {
			if h != GroupEU && h != HomeNonEU {
				ch.codes(n, "home."+strconv.Itoa(i), []string{h})
			}
		}
		for i, s := range n.SellsWhat {
			if sells == nil || !ch.inProfile[sells] {
				errorf(&ch.diags, ch.at(n, "sells_what."+strconv.Itoa(i)), "market-note", "validate.note.sells-what", s)
				break
			}
			if sells.Option(s) == nil {
				errorf(&ch.diags, ch.at(n, "sells_what."+strconv.Itoa(i)), "market-note", "validate.ref.option", "sells-what", s, strings.Join(optionIDs(sells), ", "))
			}
		}
		ch.noteProfile(n, "sells_to", "sells-to", n.SellsTo)
		ch.noteProfile(n, "sells_how", "sells-how", n.SellsHow)
		ch.noteProfile(n, "regulated_goods", "regulated-goods", n.RegulatedGoods)
		if n.When != nil {
			// The market a note is for is chosen by countries, kinds and
			// home; its rule reads the firm's answers only (a markets atom
			// would read all its markets, not the one the note is on).
			if bad := noteAtom(n.When); bad != "" {
				errorf(&ch.diags, n.When.Pos, "market-note", "validate.note.when.atoms", n.ID, bad)
			}
			ch.rule(n.When, nil, nil)
		}
		if n.Sources != nil && len(n.Sources) == 0 {
			errorf(&ch.diags, ch.at(n, "sources"), "market-note", "validate.note.sources", n.ID)
		}
		if n.AlsoIn != nil && len(n.AlsoIn) == 0 {
			errorf(&ch.diags, ch.at(n, "also_in"), "market-note", "validate.note.also-in.empty", n.ID)
		}
		for i, s := range n.Sources {
			if s.URL != "" {
				ch.url(s.URL, func() Pos { return ch.at(n, "sources."+strconv.Itoa(i)+".url") })
			}
		}
		if a := n.TradeAgreement; a != nil {
			ch.tradeAgreement(n, a)
		}
		ch.noteDates(n)
	}
}

// tradeAgreement checks a market note's trade agreement (rule
// trade-agreement): a fact about duties on goods, so only on a customs
// note, and sourced — an official or legal source, with its url and the day
// it was read — since the market choice puts one market before another on
// it.
func (ch *checker) tradeAgreement(n *MarketNote, a *TradeAgreement) {
	if n.Topic != "customs" {
		errorf(&ch.diags, ch.at(n, "trade_agreement"), "trade-agreement", "validate.note.agreement.topic", n.ID, n.Topic)
	}
	s := a.Source
	if s.URL == "" {
		errorf(&ch.diags, ch.at(a, "source"), "trade-agreement", "validate.note.agreement.url", n.ID)
	} else {
		ch.url(s.URL, func() Pos { return ch.at(a, "source.url") })
	}
	if s.Read == nil {
		errorf(&ch.diags, ch.at(a, "source"), "trade-agreement", "validate.note.agreement.read", n.ID)
	}
	if !officialKind(s.Kind) {
		errorf(&ch.diags, ch.at(a, "source"), "trade-agreement", "validate.note.agreement.kind", n.ID, s.Kind)
	}
}

// noteDates checks the dates of a market note that depend on the day: its
// last_verified, and the dates of its sources and its trade agreement's
// source. Both the YAML's checks and those of the embedded Go values
// (checkDates) make them.
func (ch *checker) noteDates(n *MarketNote) {
	if v := n.LastVerified; v != nil && v.After(ch.future) {
		ch.validateOnly(ch.at(n, "last_verified"), "stale", "validate.stale.future", v.String(), ch.future.String())
	}
	for i, s := range n.Sources {
		ch.sourceDates(n, i, s)
	}
	if a := n.TradeAgreement; a != nil {
		ch.sourceDatesAt(a, func() string { return "source" }, a.Source)
	}
}
