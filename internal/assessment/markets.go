package assessment

import (
	"slices"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// marketViews makes a section per named target market, in answer order:
// new to the firm or not, its stage there, what differs (the catalogue's
// notes — one per topic, a note naming the country before a general one —
// and lines on language, currency and a customs border), and the firm's own
// region's, own country's or EU programmes that serve it, with where they
// stand in the plan; when there are none, it says so and never invents one.
func (pl *planner) marketViews(acts []Action) []MarketView {
	out := []MarketView{}
	fm := pl.fm
	number := map[string]int{}
	alt := map[string]int{}
	n := 0
	for _, a := range acts {
		if !a.Shown {
			continue
		}
		n++
		number[a.Practice] = n
		for _, x := range a.Alternatives {
			if _, ok := alt[x.Practice]; !ok {
				alt[x.Practice] = n
			}
		}
	}
	unshown := map[string]bool{}
	for _, a := range acts {
		if !a.Shown {
			unshown[a.Practice] = true
		}
	}
	stages := map[string]marketStage{}
	for _, ms := range pl.sc.stage.Markets {
		stages[ms.country] = ms
	}
	door := pl.door
	spoken := pl.spokenLanguage()
	for _, m := range fm.Targets {
		c := pl.cat.Country(m)
		v := MarketView{Country: m, New: fm.New(m), Stage: stages[m].stage, Kinds: kindIDs(fm.Kinds(m)),
			Languages: []string{}, Notes: []MarketNote{}, Lines: []Msg{}, Support: []MarketSupport{}}
		if c != nil {
			v.Languages = append(v.Languages, c.Languages...)
			v.Currency = c.Currency
		}
		if fm.home == nil {
			v.Lines = append(v.Lines, msg("home", "", diag.M("assessment.market.homeUnknown")))
			out = append(out, v)
			continue
		}
		customs := false
		for _, topic := range catalogue.NoteTopics {
			for _, note := range pl.notesFor(m, topic, number) {
				mn := MarketNote{ID: note.ID, Topic: note.Topic, Confidence: note.Confidence, Sources: []SourceRef{}}
				for _, s := range note.Sources {
					mn.Sources = append(mn.Sources, SourceRef{Title: s.Title, URL: s.URL})
				}
				v.Notes = append(v.Notes, mn)
				if topic == "customs" {
					customs = true
				}
			}
		}
		k := fm.Kinds(m)
		if !customs && k&kOutsideCustomsUnion != 0 && pl.fx.sellsGoods() {
			v.Lines = append(v.Lines, msg("customs", "", diag.M("assessment.market.customs.border")))
		}
		// The market's languages, and which of them are the firm's own;
		// an official language business is not done in (Ireland's Irish)
		// is neither.
		langs, own, others := diag.List{Sep: ", "}, diag.List{Sep: ", "}, diag.List{Sep: ", "}
		notBusiness := 0
		for _, l := range v.Languages {
			name := pl.languageName(l)
			langs.Items = append(langs.Items, name)
			switch {
			case slices.Contains(fm.HomeLanguages, l):
				own.Items = append(own.Items, name)
			case slices.Contains(notBusinessLanguages[m], l):
				notBusiness++
			default:
				others.Items = append(others.Items, name)
			}
		}
		switch {
		case k&kSameLanguage != 0 && len(own.Items) == 0:
			// understood, not the same: Serbian for a Croatian firm
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.close", langs)))
		case k&kSameLanguage != 0 && len(others.Items) == 0 && notBusiness > 0:
			// Ireland for a British firm: Irish is official, business is in English
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.business", langs, own)))
		case k&kSameLanguage != 0 && len(others.Items) == 0:
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.same", langs)))
		case k&kSameLanguage != 0:
			// some of them: Canada's French is not an Irish firm's, nor
			// Switzerland's French and Italian a German one's
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.some", langs, own, others)))
		case k&kEnglishSpeaking != 0:
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.english", langs)))
		case spoken != "" && len(v.Languages) == 1 && v.Languages[0] == spoken:
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.spoken", langs)))
		case spoken != "" && slices.Contains(v.Languages, spoken):
			// one of the market's languages: French in Belgium
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.spokenOf", langs, pl.languageName(spoken))))
		default:
			v.Lines = append(v.Lines, msg("language", "", diag.M("assessment.market.lang.other", langs)))
		}
		if c != nil && c.Currency != "" {
			peg := pegOf(c, fm.home)
			switch {
			case k&kSameCurrency != 0:
				v.Lines = append(v.Lines, msg("currency", "", diag.M("assessment.market.currency.same", c.Currency)))
			case k&kPeggedCurrency != 0 && peg != nil:
				// The pegged one of the two, and its anchor.
				pegged, anchor := c.Currency, fm.home.Currency
				if peg != c.Peg {
					pegged, anchor = anchor, pegged
				}
				if peg.Band > 0 {
					v.Lines = append(v.Lines, msg("currency", "", diag.M("assessment.market.currency.band", c.Currency, fm.home.Currency,
						pegged, diag.Percent{Value: peg.Band / 100, Decimals: 2, Trim: true}, anchor)))
				} else {
					v.Lines = append(v.Lines, msg("currency", "", diag.M("assessment.market.currency.fixed", c.Currency, fm.home.Currency, pegged, anchor)))
				}
			default:
				v.Lines = append(v.Lines, msg("currency", "", diag.M("assessment.market.currency.other", c.Currency, fm.home.Currency)))
			}
		}
		excluded := false // a programme for this market that does not fit the firm
		for _, p := range pl.cat.Practices {
			if p.Type != "programme" || !running(p, pl.now) {
				continue
			}
			// An agency with offices in many markets lists none: it
			// serves this one too.
			if !slices.Contains(p.Markets, m) && (len(p.Markets) > 0 || groupOf(p) != GroupMarketEntry) {
				continue
			}
			scope, available := scopeOf(pl.cat, p, fm)
			if !available || scope == ScopeGlobal {
				continue
			}
			if vd := eligibility(pl.cat, pl.fx, p); vd.v == EligibleNo {
				excluded = true
				continue
			}
			// Nor a programme whose rule is for other sectors, or for
			// firms that sell to other customers or in other ways: the
			// innovation centres for a toy maker (adv20e, session 20),
			// the Scandinavian-Polish Chamber — for firms that sell to
			// companies directly or under their label — for a paint
			// maker that sells its own brand through distributors
			// (order28, session 28).
			if sectorExcludes(pl.fx, p.When) {
				excluded = true
				continue
			}
			s := MarketSupport{Practice: p.ID, Organisation: p.Organisation, InPlan: InPlanNone}
			switch {
			case number[p.ID] > 0:
				s.InPlan, s.Action = InPlanAction, number[p.ID]
			case alt[p.ID] > 0:
				s.InPlan, s.Action = InPlanAlternative, alt[p.ID]
			case unshown[p.ID]:
				s.InPlan = InPlanMore
			}
			v.Support = append(v.Support, s)
		}
		if len(v.Support) == 0 {
			var who any = ""
			// The catalogue may hold programmes for the market that do
			// not fit the firm (see above): then none "that fits".
			id := "assessment.market.noSupport"
			if excluded {
				id = "assessment.market.noSupport.fit"
			}
			// Whom to ask is the door's organisation; a door that is a
			// method ("map the support around you") names nobody to ask.
			if door != nil && door.p.Organisation != "" {
				id += ".door"
				who = door.p.Organisation
			}
			ns := msg("support", "", diag.M(id, CountryName(pl.cat, m), CountryName(pl.cat, fm.Home), who))
			v.NoSupport = &ns
		}
		out = append(out, v)
	}
	return out
}

// notesFor are the notes of topic that fit market m for the firm (see
// noteFits): a note naming countries before a general one, then file
// order, each replacing the notes after it that it overlaps — so a note
// for alcohol stands before the general note it replaces. Notes about
// different regulated goods do not overlap: a firm that sells wooden
// furniture and textiles reads the deforestation rule and the textile
// label both (adv16a, session 16: the label note shared the topic "rules"
// with the EUDR note, and a firm answering both read only the EUDR note).
// A note whose also_in practice is a shown action for m (shown: the
// action numbers of the shown actions) is left out before that: the
// action says it (adv17g, session 17: a building firm read Germany's
// posting notification in its German building-site action and again in
// the market's section).
func (pl *planner) notesFor(m, topic string, shown map[string]int) []*catalogue.MarketNote {
	var specific, general []*catalogue.MarketNote
	for _, n := range pl.cat.MarketNotes {
		if n.Topic != topic || !pl.noteApplies(n, m) || pl.saidByAction(n, m, shown) {
			continue
		}
		if len(n.Countries) > 0 {
			specific = append(specific, n)
		} else {
			general = append(general, n)
		}
	}
	var out []*catalogue.MarketNote
	for _, n := range append(specific, general...) {
		if !slices.ContainsFunc(out, func(o *catalogue.MarketNote) bool { return notesOverlap(o, n) }) {
			out = append(out, n)
		}
	}
	return out
}

// saidByAction reports whether a practice in note n's also_in is a shown
// action that serves market m (one for no particular market serves all).
func (pl *planner) saidByAction(n *catalogue.MarketNote, m string, shown map[string]int) bool {
	for _, id := range n.AlsoIn {
		if shown[id] == 0 {
			continue
		}
		if p := pl.cat.Practice(id); p != nil && (len(p.Markets) == 0 || slices.Contains(p.Markets, m)) {
			return true
		}
	}
	return false
}

// notesOverlap reports whether two notes of a topic speak of the same
// goods: a note for no particular goods overlaps every note, and notes
// for regulated goods overlap when they share one.
func notesOverlap(a, b *catalogue.MarketNote) bool {
	if len(a.RegulatedGoods) == 0 || len(b.RegulatedGoods) == 0 {
		return true
	}
	return slices.ContainsFunc(a.RegulatedGoods, func(g string) bool { return slices.Contains(b.RegulatedGoods, g) })
}

// noteApplies reports whether note n fits market m for the firm: the
// market among its countries and of all its kinds, the firm's home among
// its homes ("eu": any EU member; "non-eu": any other home, those in the
// EEA and the UK alike), and the firm's business model (noteFits).
func (pl *planner) noteApplies(n *catalogue.MarketNote, m string) bool {
	fm := pl.fm
	if len(n.Countries) > 0 && !slices.Contains(n.Countries, m) {
		return false
	}
	for _, k := range n.Kinds {
		if fm.Kinds(m)&kindBit(k) == 0 {
			return false
		}
	}
	if len(n.Home) > 0 && !slices.Contains(n.Home, fm.Home) &&
		!(slices.Contains(n.Home, catalogue.GroupEU) && fm.EU) &&
		!(slices.Contains(n.Home, catalogue.HomeNonEU) && fm.Home != "" && !fm.EU) {
		return false
	}
	return pl.fx.noteFits(n)
}

// noteFits reports whether the firm's business model fits note n: it
// sells one of sells_what, to one of sells_to, in one of sells_how — each
// holding too when the firm did not say, so that an older answers file
// sees the general facts — and one of regulated_goods, which holds only
// when the firm said so (excise or deforestation rules are never shown on
// a guess: the olive-oil producer must not read about wine); and its when
// rule holds, whose profile conditions hold only on the firm's answers (a
// posting note is for a firm whose people will work there: an IT
// consultancy on its clients' sites reads it, a firm that delivers from
// home does not).
func (fx *Facts) noteFits(n *catalogue.MarketNote) bool {
	for _, c := range []struct {
		q    string
		opts []string
	}{{ProfileSellsWhat, n.SellsWhat}, {ProfileSellsTo, n.SellsTo}, {ProfileSellsHow, n.SellsHow}} {
		if len(c.opts) == 0 {
			continue
		}
		if yes, known := fx.sells(c.q, c.opts...); known && !yes {
			return false
		}
	}
	if len(n.RegulatedGoods) > 0 {
		if yes, _ := fx.sells(ProfileRegulatedGoods, n.RegulatedGoods...); !yes {
			return false
		}
	}
	return fx.holds(n.When)
}

// ProfileRegulatedGoods is the profile question on goods with rules of
// their own: alcohol (excise), the deforestation regulation's commodities.
const ProfileRegulatedGoods = "regulated-goods"

// languageName names a language by its code.
func (pl *planner) languageName(code string) any {
	if l := pl.cat.LanguageName(code); l != nil {
		return diag.Text(l.Name)
	}
	return code
}

// QuestionLanguages is the scored question on the team's languages; its
// option OptionMarketLanguage says the team speaks its main target
// market's language.
const (
	QuestionLanguages    = "people-skills.languages"
	OptionMarketLanguage = "market-language"
)

// spokenLanguage is the language of the firm's target markets its team
// speaks, by its answer on languages ("good English and the language of
// our main target market"): the language of the target markets in another
// language than the firm's — the one they share, or, when they have
// several, the one most of them speak (German for Austria, Germany and
// Slovenia: advisor review 13, hr-metal-own-product's German-speaking sales
// manager read "German — not one of yours" for both; French for France and
// Belgium, whose first language is Dutch: session 19), counting every
// language a market has and, between languages as many markets speak, the
// one that is first in more of them (Dutch for Belgium alone); "" when the
// team does not speak it, or when no language is the main one (Germany
// and France: the answer does not say which).
func (pl *planner) spokenLanguage() string {
	if pl.fx.one(QuestionLanguages) != OptionMarketLanguage {
		return ""
	}
	type tally struct{ markets, first int }
	count := map[string]tally{}
	for _, m := range pl.fm.Targets {
		k := pl.fm.Kinds(m)
		c := pl.cat.Country(m)
		if k&(kSameLanguage|kEnglishSpeaking) != 0 || c == nil || len(c.Languages) == 0 {
			continue
		}
		for i, l := range c.Languages {
			t := count[l]
			t.markets++
			if i == 0 {
				t.first++
			}
			count[l] = t
		}
	}
	lang, best, tie := "", tally{}, false
	for l, t := range count {
		switch {
		case t.markets > best.markets || t.markets == best.markets && t.first > best.first:
			lang, best, tie = l, t, false
		case t == best:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return lang
}

// GroupMarketEntry is the need group of market-entry services: a
// national agency's offices abroad. One without a markets list serves
// every market (its sources name too many offices to list, or not all).
const GroupMarketEntry = "market-entry-service"

// sectorExcludes reports whether rule r (a practice's when) cannot hold for
// the firm because of what it is: a part of r that must hold (r itself, an
// atom beside its other parts, or one of its all: parts, at any depth), made
// only of profile conditions on the firm's sector, what it sells, to whom
// and how (see firmQuestion), that the firm's answers to those questions
// make false. A programme for software firms is then no support of a toy
// maker's market, however well its other conditions fit, nor a chamber for
// firms that sell to companies directly that of a maker selling through
// distributors; a firm that left a question unanswered is not excluded by
// it (its sector is unknown, not other).
func sectorExcludes(fx *Facts, r *catalogue.Rule) bool {
	switch {
	case r == nil:
		return false
	case sectorOnly(fx, r):
		return !fx.holds(r)
	case r.Profile != nil:
		if atom := (catalogue.Rule{Profile: r.Profile}); sectorOnly(fx, &atom) && !fx.holds(&atom) {
			return true
		}
	}
	for _, c := range r.All {
		if sectorExcludes(fx, c) {
			return true
		}
	}
	return false
}

// sectorOnly reports whether r is made only of profile conditions on what
// the firm is (see firmQuestion), each a question the firm answered.
func sectorOnly(fx *Facts, r *catalogue.Rule) bool {
	if r == nil || r.Answer != nil || r.ScoreBelow != nil || r.ScoreAtLeast != nil || r.Stage != nil || r.Markets != nil {
		return false
	}
	n := 0
	if q := r.Profile; q != nil {
		if !firmQuestion(q.Question) {
			return false
		}
		if _, ok := fx.given[q.Question]; !ok {
			return false
		}
		n++
	}
	for _, rs := range [...][]*catalogue.Rule{r.All, r.Any} {
		for _, c := range rs {
			if !sectorOnly(fx, c) {
				return false
			}
			n++
		}
	}
	if r.Not != nil {
		if !sectorOnly(fx, r.Not) {
			return false
		}
		n++
	}
	return n > 0
}

// firmQuestion reports whether profile question q says what the firm is,
// which no step of a plan changes: its sector, what it sells, to whom and
// how.
func firmQuestion(q string) bool {
	switch q {
	case ProfileSector, ProfileSellsWhat, ProfileSellsTo, ProfileSellsHow:
		return true
	}
	return false
}
