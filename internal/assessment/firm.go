package assessment

import (
	"slices"

	"github.com/eis-project/eis/internal/catalogue"
)

// Profile question IDs the engine reads. Region, sector, size and exports
// every catalogue has; the others a catalogue of one's own may leave out
// (what depends on them is then "check").
const (
	ProfileRegion         = "region"
	ProfileHomeCountry    = "home-country"
	ProfileSector         = "sector"
	ProfileSize           = "size"
	ProfileTurnover       = "turnover"
	ProfileYearsTrading   = "years-trading"
	ProfileSellsWhat      = "sells-what"
	ProfileSellsTo        = "sells-to"
	ProfileSellsHow       = "sells-how"
	ProfileExports        = "exports"
	ProfileExportShare    = "export-share"
	ProfileCurrentMarkets = "current-markets"
	ProfileTargetMarkets  = "target-markets"
	ProfileWaitingBuyer   = "waiting-buyer"
	ProfileMainConstraint = "main-constraint"
	ProfileWorkOnSite     = "work-on-site"
	ProfileClientData     = "client-data"
	ProfileBuyerMarket    = "buyer-market"
	ProfileBuyerRequest   = "buyer-request"
	ProfileBuyerReach     = "buyer-reach"
	// ProfileBuyerOrderMarkets: which of the target markets the waiting
	// buyer's order is for, when it is for some of them (buyer-reach: some).
	ProfileBuyerOrderMarkets = "buyer-order-markets"
	// ProfileSoftwareSecurity: whether a software firm with a market
	// outside the customs union sells an encryption or security product.
	ProfileSoftwareSecurity = "software-security"
)

// Undecided is the target-markets answer of a firm that has not chosen yet.
const Undecided = "undecided"

// goodsOptions are the sells-what answers that are goods (customs, product
// rules, freight apply).
var goodsOptions = []string{"goods", "food-drink"}

// Market kinds, as bits (catalogue.MarketKinds holds their IDs in this order).
const (
	kEUMember kind = 1 << iota
	kIntraEU
	kSingleMarket
	kCustomsUnion
	kCustomsUnionPartial
	kOutsideCustomsUnion
	kThirdCountry
	kUK
	kNeighbour
	kSameLanguage
	kEnglishSpeaking
	kOtherLanguage
	kSameCurrency
	kOtherCurrency
	kPeggedCurrency
	kOECD
	kNonOECD
	kFar
	kNonMarketable
)

// kind is a set of market kinds.
type kind uint32

// kindBit is the bit of a market kind ID (0 for an unknown one).
func kindBit(id string) kind {
	if i := slices.Index(catalogue.MarketKinds, id); i >= 0 {
		return 1 << uint(i)
	}
	return 0
}

// kindIDs lists the kinds in k, in vocabulary order.
func kindIDs(k kind) []string {
	out := []string{}
	for i, id := range catalogue.MarketKinds {
		if k&(1<<uint(i)) != 0 {
			out = append(out, id)
		}
	}
	return out
}

// Firm is what the engine knows about the firm from its profile answers:
// who it is, where it is based, what, to whom and how it sells, and its
// current and target markets with their kinds relative to its home country.
// Unknown answers are empty.
type Firm struct {
	Region string
	region *catalogue.Region
	// Home is the firm's country code: its region's country, or the answer
	// to home-country for a firm outside the seven regions.
	Home string
	home *catalogue.Country
	// HomeLanguages are the region's languages, else the home country's.
	HomeLanguages []string
	// EU is true when the home country is an EU member (when it is not
	// known: when the region says so).
	EU bool
	// Targets and Current are the named markets, in answer order.
	Targets []string
	Current []string
	// Undecided is true when the firm answered that it has not chosen.
	Undecided bool
	// TargetsAnswered is true when target-markets has an answer.
	TargetsAnswered bool
	kinds           map[string]kind
}

// deriveFirm reads the firm's facts from the answers given (once per set of
// profile answers: the Facts cache it).
func deriveFirm(cat *catalogue.Catalogue, fx *Facts) *Firm {
	fm := &Firm{kinds: map[string]kind{}}
	fm.Region = fx.one(ProfileRegion)
	fm.region = cat.Region(fm.Region)
	if fm.region != nil {
		fm.Home = fm.region.Country
		fm.EU = fm.region.EUMember
		fm.HomeLanguages = fm.region.Languages
	}
	if fm.Home == "" {
		fm.Home = fx.one(ProfileHomeCountry)
	}
	fm.home = cat.Country(fm.Home)
	if fm.home == nil {
		fm.Home = ""
	} else {
		fm.EU = fm.home.InGroup(catalogue.GroupEU)
		if len(fm.HomeLanguages) == 0 {
			fm.HomeLanguages = fm.home.Languages
		}
	}
	if v, ok := fx.given[ProfileTargetMarkets]; ok {
		fm.TargetsAnswered = true
		for _, o := range v.Options {
			switch {
			case o == Undecided:
				fm.Undecided = true
			case cat.Country(o) != nil && o != fm.Home:
				fm.Targets = append(fm.Targets, o)
			}
		}
	}
	if v, ok := fx.given[ProfileCurrentMarkets]; ok {
		for _, o := range v.Options {
			if cat.Country(o) != nil && o != fm.Home {
				fm.Current = append(fm.Current, o)
			}
		}
	}
	if fm.home != nil {
		for _, m := range append(append([]string{}, fm.Targets...), fm.Current...) {
			if _, done := fm.kinds[m]; !done {
				fm.kinds[m] = marketKinds(fm, fm.home, cat.Country(m))
			}
		}
	}
	return fm
}

// inUK reports whether country code c is in the United Kingdom: Great
// Britain or Northern Ireland.
func inUK(c string) bool { return c == "GB" || c == "XI" }

// marketKinds derives the kinds of market m for a firm based in home.
func marketKinds(fm *Firm, home, m *catalogue.Country) kind {
	var k kind
	h := home.Code
	inEU := func(c *catalogue.Country) bool { return c.InGroup(catalogue.GroupEU) }
	inEEA := func(c *catalogue.Country) bool { return c.InGroup(catalogue.GroupEEA) }
	inCU := func(c *catalogue.Country) bool { return c.InGroup(catalogue.GroupCustomsUnion) }
	if inEU(m) {
		k |= kEUMember
		if inEU(home) {
			k |= kIntraEU
		}
	}
	if (inEEA(home) && inEEA(m)) || (h == "XI" && inEEA(m)) || (m.Code == "XI" && inEEA(home)) {
		k |= kSingleMarket
	}
	// No customs formalities: both in the EU's customs union (with MC, SM
	// and XI for goods), or from Northern Ireland to Great Britain
	// ("unfettered access"); not from GB to XI (UKIMS is a declaration).
	if (inCU(home) && inCU(m)) || (h == "XI" && m.Code == "GB") {
		k |= kCustomsUnion
	} else {
		k |= kOutsideCustomsUnion
		if inCU(home) && m.InGroup(catalogue.GroupCustomsUnionPartial) {
			k |= kCustomsUnionPartial
		}
	}
	switch {
	case inEEA(home):
		if !inEEA(m) && m.Code != "XI" {
			k |= kThirdCountry
		}
	case inUK(h):
		if !inUK(m.Code) {
			k |= kThirdCountry
		}
	default:
		if m.Code != h {
			k |= kThirdCountry
		}
	}
	if inUK(m.Code) {
		k |= kUK
	}
	if slices.Contains(home.Neighbours, m.Code) {
		k |= kNeighbour
	}
	same := fm.understood(m.Languages)
	english := slices.Contains(m.Languages, "en")
	switch {
	case same:
		k |= kSameLanguage
	case !english:
		k |= kOtherLanguage
	}
	if english {
		k |= kEnglishSpeaking
	}
	switch {
	case m.Currency != "" && m.Currency == home.Currency:
		k |= kSameCurrency
	case pegOf(home, m) != nil:
		k |= kPeggedCurrency
	default:
		k |= kOtherCurrency
	}
	if m.InGroup(catalogue.GroupOECD) {
		k |= kOECD
	} else {
		k |= kNonOECD
	}
	if !m.InGroup(catalogue.GroupEurope) {
		k |= kFar
	}
	if !m.InGroup(catalogue.GroupMarketable) {
		k |= kNonMarketable
	}
	return k
}

// pegOf is the peg between the currencies of a and b, when one is pegged
// to the other (Bosnia and Herzegovina's mark to Croatia's euro, the
// Danish krone to the euro), else nil. Two currencies pegged to a third
// are not pegged to each other here: their bands add up.
func pegOf(a, b *catalogue.Country) *catalogue.Peg {
	switch {
	case a == nil || b == nil || a.Currency == "" || b.Currency == "":
		return nil
	case a.Peg != nil && a.Peg.Currency == b.Currency:
		return a.Peg
	case b.Peg != nil && b.Peg.Currency == a.Currency:
		return b.Peg
	}
	return nil
}

// Kinds returns the kinds of market m (zero when the home country or m is
// not known).
func (fm *Firm) Kinds(m string) kind { return fm.kinds[m] }

// NewBorder reports whether m lies beyond a customs border and the firm
// has not shipped across one yet: m is outside the home's customs
// territory, and none of the firm's current markets is. What a firm learns
// shipping across one customs border — the export declaration, its goods'
// customs codes, origin, the forwarder, who acts as importer — it reuses
// for the next: a UK firm that ships to Ireland has crossed the UK–EU
// border for France too, and an Italian maker that ships to the United
// States and Turkey starts India with that routine (what is new there is
// India's duties, documents and product rules, not customs itself).
func (fm *Firm) NewBorder(m string) bool {
	if fm.kinds[m]&kOutsideCustomsUnion == 0 {
		return false
	}
	for _, c := range fm.Current {
		if c == m || fm.kinds[c]&kOutsideCustomsUnion != 0 {
			return false
		}
	}
	return true
}

// closeLanguages are languages whose speakers understand each other
// without an interpreter: Croatian, Serbian and Bosnian are standard
// varieties of one language (Montenegro's is listed as Serbian). A
// Croatian firm's buyers in Serbia or Bosnia and Herzegovina read its
// letters and offers (advisor review 14a: hr-honey-serbia read "Serbian —
// not one of yours").
var closeLanguages = [][]string{{"hr", "sr", "bs"}}

// notBusinessLanguages are, by market, official languages business there
// is not done in, beside another official language that it is: a firm
// that speaks that other language has no language to learn there
// (advisor review 16b: a British firm read Ireland's language line as
// "yours: English; not yours: Irish"). Ireland: Irish is the first official
// language, but in Census 2022 about 72,000 people spoke it daily outside
// the education system (CSO, Census 2022 Profile 8, 19 December 2023);
// Northern Ireland: 88 % reported no ability in Irish (NISRA, Census 2021,
// 22 September 2022); Malta: most business correspondence, commerce and
// trade is conducted in English (EMD Advocates, Malta); Luxembourg:
// Luxembourgish is the national language, French the language of
// legislation and the lingua franca, and foreigners can live there in
// French or German (luxembourg.public.lu). Belgium's German, Switzerland's
// Italian, Finland's Swedish and Canada's French stay: labels and buyers
// in part of the country need them.
var notBusinessLanguages = map[string][]string{
	"IE": {"ga"},
	"XI": {"ga"},
	"MT": {"mt"},
	"LU": {"lb"},
}

// understood reports whether a market whose languages are langs speaks a
// language of the firm's home, or one close enough that buyers and the
// firm understand each other (closeLanguages).
func (fm *Firm) understood(langs []string) bool {
	return fm.speaksHome(langs) || fm.closeToHome(langs)
}

// speaksHome reports whether one of langs is a language of the firm's home.
func (fm *Firm) speaksHome(langs []string) bool {
	return slices.ContainsFunc(langs, func(l string) bool { return slices.Contains(fm.HomeLanguages, l) })
}

// closeToHome reports whether one of langs is close to a language of the
// firm's home (closeLanguages).
func (fm *Firm) closeToHome(langs []string) bool {
	for _, set := range closeLanguages {
		if slices.ContainsFunc(langs, func(l string) bool { return slices.Contains(set, l) }) &&
			slices.ContainsFunc(fm.HomeLanguages, func(h string) bool { return slices.Contains(set, h) }) {
			return true
		}
	}
	return false
}

// KindWord is the message suffix naming kind k for this firm: a market
// is third-country relative to the firm's home, so outside the EU and the
// EEA for a firm in the EEA, outside the United Kingdom for a British firm
// ("third-country.uk") and outside its own country for any other
// ("third-country.other").
func (fm *Firm) KindWord(k string) string {
	if k != "third-country" || fm.home == nil || fm.home.InGroup(catalogue.GroupEEA) {
		return k
	}
	if inUK(fm.Home) {
		return k + ".uk"
	}
	return k + ".other"
}

// HomeEnglish reports whether English is a language of the firm's home.
func (fm *Firm) HomeEnglish() bool { return slices.Contains(fm.HomeLanguages, "en") }

// (QuestionLanguages' options speak of English, so for a firm whose home
// language is English "only basic English" counts as "good English": it
// lacks the target markets' languages, not English.)

// New reports whether the firm does not sell in m yet.
func (fm *Firm) New(m string) bool { return !slices.Contains(fm.Current, m) }

// sells reports whether the firm's answer to a multiple-choice profile
// question holds any of opts; known is false when it gave none.
func (fx *Facts) sells(q string, opts ...string) (yes, known bool) {
	v, ok := fx.given[q]
	if !ok || v.Reserved() != "" {
		return false, false
	}
	for _, o := range opts {
		if v.Has(o) {
			return true, true
		}
	}
	return false, true
}

// sellsGoods reports whether the firm sells goods or food (true when it
// did not say: the goods facts are then shown rather than hidden).
func (fx *Facts) sellsGoods() bool {
	yes, known := fx.sells(ProfileSellsWhat, goodsOptions...)
	return yes || !known
}

// one is the single answer to a profile question, "" when none (or a
// reserved answer).
func (fx *Facts) one(q string) string {
	v, ok := fx.given[q]
	if !ok || len(v.Options) != 1 || v.Reserved() != "" {
		return ""
	}
	return v.Options[0]
}
