package assessment

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// plansCat loads the catalogue of testdata/plans (issue 8's profile,
// countries, groups, market notes and practices).
func plansCat(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	cat, diags, err := catalogue.Load(os.DirFS("testdata/plans"))
	if err != nil || cat == nil || len(diags) > 0 {
		tb.Fatalf("plans catalogue: %v %v", err, diags)
	}
	return cat
}

// plan builds the plan of the plans catalogue for answers.
func plan(t *testing.T, cat *catalogue.Catalogue, pairs ...string) Plan {
	t.Helper()
	p, err := Build(cat, file(cat, pairs...), BuildOptions{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestKindWord: "third-country" is relative to the firm's home, and the
// words for it must be too — outside the EU and the EEA for a firm in the
// EEA, outside the United Kingdom for a British one (a Hampshire firm
// aiming at France was told France is outside the EU), outside its own
// country for any other; each word is said in every language.
func TestKindWord(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	tests := []struct {
		region, home, kind, want string
	}{
		{"dk-central", "", "third-country", "third-country"},
		{"ie-donegal", "", "third-country", "third-country"},
		{"uk-hampshire", "", "third-country", "third-country.uk"},
		{"non-eu", "XI", "third-country", "third-country.uk"},
		{"non-eu", "CH", "third-country", "third-country.other"},
		{"uk-hampshire", "", "far", "far"},
		{"non-eu", "CH", "outside-customs-union", "outside-customs-union"},
	}
	for _, tt := range tests {
		pairs := []string{"region=" + tt.region, "target-markets=FR"}
		if tt.home != "" {
			pairs = append(pairs, "home-country="+tt.home)
		}
		got := NewFacts(cat, file(cat, pairs...)).Firm().KindWord(tt.kind)
		if got != tt.want {
			t.Errorf("%s%s: KindWord(%s) = %s, want %s", tt.region, tt.home, tt.kind, got, tt.want)
		}
		for _, lang := range []string{"en", "da", "it", "pl", "pt", "hr"} {
			l := i18n.Get(lang)
			said := []string{l.Format(diag.M("assessment.kind." + got))}
			if tt.kind == "third-country" {
				said = append(said, l.Format(diag.N("assessment.reason.kind."+got, 1, "Frankreich")))
			}
			for _, text := range said {
				if strings.Contains(text, "assessment.") || text == "" {
					t.Errorf("%s: %s is not said: %q", lang, got, text)
				}
			}
		}
	}
}

// TestMarketKinds derives the kinds of markets relative to the home
// country from the embedded catalogue's countries: the customs border with
// Great Britain after Brexit, Northern Ireland in the EU's customs union
// and single market for goods, Norway in the single market but across a
// customs border, Türkiye's partial customs union, Croatia in the euro,
// languages shared or English.
func TestMarketKinds(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	tests := []struct {
		region, home, market string
		has, hasNot          []string
	}{
		{"ie-donegal", "", "GB", []string{"uk", "outside-customs-union", "third-country", "same-language", "english-speaking", "other-currency", "neighbour"}, []string{"single-market", "customs-union", "other-language", "far"}},
		{"ie-donegal", "", "XI", []string{"uk", "customs-union", "single-market", "same-language"}, []string{"outside-customs-union", "third-country", "eu-member"}},
		{"uk-hampshire", "", "XI", []string{"uk", "outside-customs-union"}, []string{"customs-union", "third-country", "single-market"}},
		{"uk-hampshire", "", "DE", []string{"eu-member", "outside-customs-union", "third-country", "other-language"}, []string{"intra-eu", "single-market"}},
		{"non-eu", "XI", "GB", []string{"customs-union", "uk"}, []string{"outside-customs-union"}},
		{"dk-central", "", "NO", []string{"single-market", "outside-customs-union", "other-currency", "oecd"}, []string{"customs-union", "third-country", "eu-member"}},
		{"dk-central", "", "DE", []string{"intra-eu", "customs-union", "neighbour", "other-language", "pegged-currency"}, []string{"outside-customs-union", "far", "other-currency", "same-currency"}},
		// The krone in ERM II, the mark fixed to the euro: pegged, either way round.
		{"hr-koprivnica-krizevci", "", "BA", []string{"pegged-currency", "outside-customs-union", "neighbour"}, []string{"other-currency", "same-currency"}},
		{"hr-koprivnica-krizevci", "", "DK", []string{"pegged-currency"}, []string{"other-currency"}},
		{"hr-koprivnica-krizevci", "", "RS", []string{"other-currency"}, []string{"pegged-currency"}},
		{"dk-central", "", "US", []string{"other-currency"}, []string{"pegged-currency"}},
		{"pl-pomorskie", "", "DK", []string{"other-currency"}, []string{"pegged-currency"}},
		{"dk-central", "", "TR", []string{"customs-union-partial", "outside-customs-union", "third-country"}, []string{"customs-union"}},
		{"dk-central", "", "US", []string{"far", "english-speaking", "oecd", "third-country"}, []string{"same-language", "other-language"}},
		{"hr-koprivnica-krizevci", "", "AT", []string{"same-currency", "intra-eu"}, []string{"other-currency"}},
		{"pt-alentejo", "", "BR", []string{"same-language", "non-oecd", "far", "outside-customs-union"}, []string{"english-speaking", "oecd"}},
		{"it-emilia-romagna", "", "IN", []string{"english-speaking", "non-oecd", "far"}, []string{"same-language", "other-language"}},
	}
	for _, tt := range tests {
		pairs := []string{"region=" + tt.region, "target-markets=" + tt.market}
		if tt.home != "" {
			pairs = append(pairs, "home-country="+tt.home)
		}
		fm := NewFacts(cat, file(cat, pairs...)).Firm()
		got := kindIDs(fm.Kinds(tt.market))
		for _, k := range tt.has {
			if !slices.Contains(got, k) {
				t.Errorf("%s→%s: kinds %v lack %s", tt.region+tt.home, tt.market, got, k)
			}
		}
		for _, k := range tt.hasNot {
			if slices.Contains(got, k) {
				t.Errorf("%s→%s: kinds %v have %s", tt.region+tt.home, tt.market, got, k)
			}
		}
	}
}

// TestMarketsAtomAndScoreWhen: the markets condition over targets and
// current markets, and a score override by it.
func TestMarketsAtomAndScoreWhen(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	yes, no := true, false
	tests := []struct {
		name  string
		pairs []string
		r     *catalogue.MarketsRef
		want  bool
	}{
		{"named", []string{"target-markets=DE"}, &catalogue.MarketsRef{Named: &yes}, true},
		{"named, undecided", []string{"target-markets=undecided"}, &catalogue.MarketsRef{Named: &yes}, false},
		{"not named", []string{"target-markets=undecided"}, &catalogue.MarketsRef{Named: &no}, true},
		{"not named of any: a current market counts", []string{"exports=occasional", "current-markets=AT", "target-markets=undecided"}, &catalogue.MarketsRef{Named: &no, Of: "any"}, false},
		{"kind of a target", []string{"target-markets=DE,US"}, &catalogue.MarketsRef{Kinds: []string{"far"}}, true},
		{"all targets", []string{"target-markets=DE,US"}, &catalogue.MarketsRef{Kinds: []string{"far"}, All: true}, false},
		{"current market only with of any", []string{"exports=occasional", "current-markets=NO", "target-markets=DE"}, &catalogue.MarketsRef{Kinds: []string{"outside-customs-union"}}, false},
		{"of any", []string{"exports=occasional", "current-markets=NO", "target-markets=DE"}, &catalogue.MarketsRef{Kinds: []string{"outside-customs-union"}, Of: "any"}, true},
		{"new: a current market is not new", []string{"exports=occasional", "current-markets=US", "target-markets=US"}, &catalogue.MarketsRef{Kinds: []string{"far"}, New: true}, false},
		{"new alone: a target the firm does not sell in", []string{"exports=occasional", "current-markets=US", "target-markets=US,DE"}, &catalogue.MarketsRef{New: true}, true},
		{"new alone: every target already a market", []string{"exports=occasional", "current-markets=US", "target-markets=US"}, &catalogue.MarketsRef{New: true}, false},
		{"countries", []string{"target-markets=IN"}, &catalogue.MarketsRef{Countries: []string{"IN", "BR"}}, true},
		{"empty pool is false, also with all", []string{"target-markets=undecided"}, &catalogue.MarketsRef{Kinds: []string{"far"}, All: true}, false},
		{"home unknown: kinds are false", []string{"region=other-eu", "target-markets=US"}, &catalogue.MarketsRef{Kinds: []string{"far"}}, false},
	}
	for _, tt := range tests {
		pairs := tt.pairs
		if !strings.HasPrefix(pairs[0], "region=") {
			pairs = append([]string{"region=home"}, pairs...)
		}
		fx := NewFacts(cat, file(cat, pairs...))
		if got, _ := fx.Eval(&catalogue.Rule{Markets: tt.r}); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
	// English material scores fully when every target speaks English or
	// the firm's own language, half otherwise.
	q := cat.Question("strategy.english")
	for _, tt := range []struct {
		region, targets string
		want            float64
	}{{"ireland", "GB,US", 1}, {"ireland", "GB,DE", 0.5}, {"home", "US", 1}, {"home", "DE", 0.5}} {
		fx := NewFacts(cat, file(cat, "region="+tt.region, "target-markets="+tt.targets))
		got, ok := fx.QuestionScore(q, answers.Single("english"))
		if !ok || got != tt.want {
			t.Errorf("english material, %s → %s: %v, want %v", tt.region, tt.targets, got, tt.want)
		}
	}
}

// TestEligibility: yes, check (a band that straddles a threshold, an
// answer eis does not know, a note to check) or no (with why), for profile
// bands, home countries and markets.
func TestEligibility(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	base := []string{"region=home", "sector=making", "size=micro", "sells-what=goods,", "sells-to=b2b,", "sells-how=own-brand,"}
	tests := []struct {
		practice string
		pairs    []string
		want     string
		why      string // a message ID the verdict gives
	}{
		{"small-grant", []string{"turnover=low"}, EligibleYes, ""},
		{"small-grant", []string{"turnover=mid"}, EligibleCheck, "assessment.elig.check.band"},
		{"small-grant", []string{"turnover=high"}, EligibleNo, "assessment.elig.no.profile.turnover"},
		{"small-grant", []string{"turnover=dont-know"}, EligibleCheck, "assessment.elig.check.unknown"},
		{"small-grant", nil, EligibleCheck, "assessment.elig.check.unknown"},
		{"large-only", nil, EligibleNo, "assessment.elig.no.profile.size"},
		{"check-note", []string{"target-markets=DE"}, EligibleCheck, "assessment.elig.check.note"},
		{"trademark-method", []string{"target-markets=undecided"}, EligibleNo, "assessment.elig.no.noTargets"},
		{"trademark-method", []string{"target-markets=DE"}, EligibleYes, ""},
		{"national-office", []string{"target-markets=SE"}, EligibleNo, "assessment.elig.no.served"},
		{"national-office", []string{"target-markets=SE,US"}, EligibleYes, ""},
		{"customs-portal", []string{"target-markets=DE"}, EligibleNo, "assessment.elig.no.kinds"},
		{"customs-portal", []string{"exports=one-market", "current-markets=NO", "target-markets=DE"}, EligibleYes, ""},
		{"insurance-nonoecd", []string{"exports=occasional", "target-markets=IN"}, EligibleNo, "assessment.elig.no.any"},
		{"insurance-nonoecd", []string{"exports=few-markets", "target-markets=US"}, EligibleNo, "assessment.elig.no.kinds"},
		{"insurance-nonoecd", []string{"exports=few-markets", "target-markets=US,IN"}, EligibleYes, ""},
	}
	for _, tt := range tests {
		fx := NewFacts(cat, file(cat, append(append([]string{}, base...), tt.pairs...)...))
		vd := eligibility(cat, fx, cat.Practice(tt.practice))
		var ids []string
		for _, m := range append(append([]Msg{}, vd.no...), vd.checks...) {
			ids = append(ids, m.ID)
		}
		if vd.v != tt.want || (tt.why != "" && !slices.Contains(ids, tt.why)) || (tt.why == "" && len(ids) > 0) {
			t.Errorf("%s %v: %s %v, want %s with %q", tt.practice, tt.pairs, vd.v, ids, tt.want, tt.why)
		}
	}
	// Served markets are those the practice is for.
	fx := NewFacts(cat, file(cat, append(append([]string{}, base...), "exports=few-markets", "target-markets=US,IN")...))
	if vd := eligibility(cat, fx, cat.Practice("insurance-nonoecd")); !slices.Equal(vd.served, []string{"IN"}) {
		t.Errorf("served %v, want [IN]", vd.served)
	}
}

// actionIDs lists a plan's actions as "horizon:practice(group)", shown first.
func actionIDs(p Plan) []string {
	var out []string
	for _, a := range p.Actions {
		s := a.Practice
		if !a.Shown {
			s = "-" + s
		}
		out = append(out, s)
	}
	return out
}

// TestPlanShape: one action per need group, the best of it, the others as
// alternatives; the door is a programme of the firm's own region; decisive
// gaps come first in "now"; what the door leads to follows it; prerequisites
// come before; caps hold; no practice that is not for the firm is an action.
func TestPlanShape(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	p := plan(t, cat, "region=home", "sector=making", "size=micro", "turnover=low", "sells-what=goods,", "sells-to=b2b,", "sells-how=own-brand,",
		"exports=one-market", "current-markets=NO", "target-markets=DE,US", "strategy.decision=considering", "strategy.plan=none",
		"strategy.english=none", "legal.ip=home-only", "legal.customs=unknown", "legal.payment=none")
	byPractice := map[string]Action{}
	groups := map[string]int{}
	for _, a := range p.Actions {
		byPractice[a.Practice] = a
		groups[a.Group]++
	}
	for g, n := range groups {
		if n != 1 {
			t.Errorf("group %s has %d actions", g, n)
		}
	}
	door := byPractice["home-hub"]
	if !door.Door || !door.Shown || door.Horizon != HorizonNow || p.Actions[0].Practice != "home-hub" {
		t.Errorf("the door is not the home hub first in now: %v", actionIDs(p))
	}
	if alts := door.Alternatives; len(alts) != 1 || alts[0].Practice != "map-method" {
		t.Errorf("door alternatives %+v, want the map method", alts)
	}
	tm := byPractice["trademark-method"]
	if tm.Decisive == nil || tm.Decisive.ID != "own-brand-unprotected" || tm.Horizon != HorizonNow || p.Actions[1].Practice != "trademark-method" {
		t.Errorf("decisive trademark not second in now: %+v in %v", tm.Decisive, actionIDs(p))
	}
	if sg := byPractice["small-grant"]; !sg.Shown || sg.Horizon != HorizonNext3 {
		t.Errorf("the grant the door leads to is not next: %+v", sg)
	}
	if _, ok := byPractice["large-only"]; ok {
		t.Error("a practice not for the firm is an action")
	}
	if !slices.ContainsFunc(p.NotForYou, func(n NotForYou) bool { return n.Practice == "large-only" }) {
		t.Errorf("large-only is not listed as not for you: %+v", p.NotForYou)
	}
	per := map[string]int{}
	for _, a := range p.Actions {
		if a.Shown {
			per[a.Horizon]++
		}
	}
	if per[HorizonNow] > CapNow || per[HorizonNext3] > CapNext || per[HorizonMonths312] > CapLater {
		t.Errorf("caps broken: %v", per)
	}
	// The planning group: the grant (own region) wins over the method.
	if pl := byPractice["small-grant"]; pl.Group != "planning" || !slices.ContainsFunc(pl.Alternatives, func(a Alternative) bool { return a.Practice == "plan-method" }) {
		t.Errorf("planning: %+v", pl)
	}
}

// TestPlacement places actions: the door, then decisive ones, then what
// the door leads to, then by rank; prerequisites before (in the same horizon
// when they take little effort, else in an earlier one); caps per horizon.
func TestPlacement(t *testing.T) {
	t.Parallel()
	mk := func(id, effort string, rank float64, after ...string) *candidate {
		return &candidate{p: &catalogue.Practice{ID: id, Effort: effort, After: after, Group: "g-" + id}, rank: rank, groups: []string{"g-" + id}, group: "g-" + id, specific: true}
	}
	door := mk("door", "medium", 1)
	door.door = true
	dec := mk("decisive", "high", 0.5)
	dec.decisive = &catalogue.Decisive{ID: "d"}
	follow := mk("follow", "medium", 0.4, "door")
	best := mk("best", "low", 3)
	second := mk("second", "low", 2.9)
	needsPre := mk("needs-pre", "low", 2.8, "pre")
	pre := mk("pre", "low", 0.1)
	late := mk("late", "high", 2.7)
	slowPre := mk("slow-pre", "medium", 0.05)
	needsSlow := mk("needs-slow", "low", 2.75, "slow-pre")
	pl := &planner{winners: []*candidate{best, second, needsPre, pre, late, door, dec, follow, slowPre, needsSlow}}
	pl.byGroup = map[string]*candidate{}
	for _, c := range pl.winners {
		pl.byGroup[c.group] = c
	}
	pl.cat = &catalogue.Catalogue{}
	pl.place([]int{3, 4, 4})
	got := map[string]string{}
	for _, c := range pl.winners {
		got[c.p.ID] = "-"
		if c.placed {
			got[c.p.ID] = Horizons[c.horizon]
		}
	}
	want := map[string]string{
		"door": HorizonNow, "decisive": HorizonNow, "best": HorizonNow,
		"follow": HorizonNext3, "second": HorizonNext3, "pre": HorizonNext3, "needs-pre": HorizonNext3,
		"slow-pre": HorizonMonths312, "needs-slow": "-", "late": HorizonMonths312,
	}
	for id, h := range want {
		if got[id] != h {
			t.Errorf("%s placed in %s, want %s (all: %v)", id, got[id], h, got)
		}
	}
	// Uncertain caps: 2 per horizon.
	for _, c := range pl.winners {
		c.placed = false
	}
	pl.place([]int{2, 2, 2})
	n := 0
	for _, c := range pl.winners {
		if c.placed {
			n++
		}
	}
	if n > 6 {
		t.Errorf("%d placed with caps 2/2/2", n)
	}
}

// TestReasons: at most three, about the firm; never the region, never a
// strength; the decisive gap first; a gap sentence from the catalogue.
func TestReasons(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	p := plan(t, cat, "region=home", "sector=making", "size=micro", "turnover=low", "sells-what=goods,", "sells-to=b2b,", "sells-how=own-brand,",
		"exports=one-market", "current-markets=NO", "target-markets=DE,US", "strategy.decision=decided", "strategy.plan=none",
		"strategy.english=none", "legal.ip=home-only", "legal.customs=unknown", "legal.payment=none")
	for _, a := range p.Actions {
		if len(a.Reasons) > MaxReasons || len(a.Reasons) == 0 {
			t.Errorf("%s: %d reasons", a.Practice, len(a.Reasons))
		}
		for _, r := range a.Reasons {
			text := say("en", r.Message)
			if strings.Contains(text, "Home") || strings.Contains(text, "based in") || r.ID == "assessment.reason.atLeast" {
				t.Errorf("%s: reason names the region or a strength: %q", a.Practice, text)
			}
		}
	}
	for _, a := range p.Actions {
		if a.Practice != "trademark-method" {
			continue
		}
		// The decisive gap says what the answer behind it says ("only
		// at home" would repeat it); the trace keeps the answer.
		got := msgTexts("en", a.Reasons)
		if len(got) != 1 || got[0] != "Your brand is unprotected where you will sell." {
			t.Errorf("trademark reasons %q", got)
		}
		if !slices.ContainsFunc(a.Trace, func(ti TraceItem) bool { return ti.Kind == TraceAnswer && ti.Ref == "legal.ip" }) {
			t.Errorf("the trace lost the answer behind the decisive gap: %+v", a.Trace)
		}
	}
}

// TestMarketViews: a section per target market with the notes that fit,
// language and currency lines, and the support that serves it or a
// sentence that the catalogue holds none.
func TestMarketViews(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	p := plan(t, cat, "region=ireland", "sector=making", "size=micro", "sells-what=food-drink,", "sells-to=b2b,", "sells-how=own-brand,",
		"exports=one-market", "current-markets=XI", "target-markets=GB,DE", "strategy.decision=decided", "strategy.plan=written", "legal.ip=protected", "legal.customs=known", "legal.payment=prepaid")
	if len(p.Markets) != 2 || p.Markets[0].Country != "GB" || p.Markets[1].Country != "DE" {
		t.Fatalf("markets %+v", p.Markets)
	}
	gb := p.Markets[0]
	var notes []string
	for _, n := range gb.Notes {
		notes = append(notes, n.ID)
	}
	if !slices.Equal(notes, []string{"customs-border", "gb-food"}) || !gb.New {
		t.Errorf("GB notes %v new %v", notes, gb.New)
	}
	lines := strings.Join(msgTexts("en", gb.Lines), " | ")
	if !strings.Contains(lines, "the same as yours") || !strings.Contains(lines, "Currency: GBP (yours: EUR)") {
		t.Errorf("GB lines %q", lines)
	}
	if gb.NoSupport == nil || !strings.Contains(say("en", gb.NoSupport.Message), "no office or programme of Ireland for United Kingdom (Great Britain)") {
		t.Errorf("GB support: %+v %+v", gb.Support, gb.NoSupport)
	}
	if de := p.Markets[1]; len(de.Notes) != 1 || de.Notes[0].ID != "eu-no-customs" {
		t.Errorf("DE notes %+v", de.Notes)
	}
	// Undecided: no sections, a notice.
	u := plan(t, cat, "region=home", "target-markets=undecided")
	if len(u.Markets) != 0 || !slices.ContainsFunc(u.Notices, func(m Msg) bool { return m.ID == "assessment.notice.noTargets" }) {
		t.Errorf("undecided: markets %d notices %+v", len(u.Markets), u.Notices)
	}
}

// TestIdeasAndUncertainty: ideas come from other regions, with their
// firm-facing text, for a need the firm's own support does not meet; a file
// with many "don't know" answers is uncertain, starts with what to clarify
// and whom to ask, and shows at most two actions per horizon.
func TestIdeasAndUncertainty(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	// A firm elsewhere in the EU (no programmes of its own): the Irish
	// planning programme is an idea.
	p := plan(t, cat, "region=other-eu", "home-country=SE", "sector=making", "size=micro", "exports=none", "target-markets=DE",
		"strategy.decision=considering", "strategy.plan=none")
	// The general planning method is shown for the need: an idea for
	// the same need would repeat it.
	shownPlan := slices.ContainsFunc(p.Actions, func(a Action) bool { return a.Shown && a.Group == "planning" })
	if !shownPlan || len(p.Ideas) != 0 {
		t.Errorf("planning shown %v, ideas %+v (an idea repeats a shown need)", shownPlan, p.Ideas)
	}
	for _, a := range p.Actions {
		if a.Scope == ScopeOtherRegion {
			t.Errorf("another region's practice %s is an action", a.Practice)
		}
	}
	u := plan(t, cat, "region=home", "sector=making", "size=micro", "turnover=dont-know", "sells-what=goods,", "sells-to=b2b,", "sells-how=own-brand,",
		"exports=one-market", "export-share=dont-know", "current-markets=NO", "target-markets=DE,US", "strategy.decision=decided", "strategy.plan=dont-know",
		"strategy.english=none", "legal.ip=dont-know", "legal.customs=dont-know", "legal.payment=none")
	if u.Uncertain == nil || u.Uncertain.DontKnow != 5 {
		t.Fatalf("uncertain %+v", u.Uncertain)
	}
	if len(u.FirstSteps) == 0 || u.FirstSteps[0].Kind != "clarify" {
		t.Errorf("first steps %+v", u.FirstSteps)
	}
	text := say("en", u.FirstSteps[0].Message)
	if !strings.Contains(text, "Clarify the 5 answers") || !strings.Contains(text, "starting with a lawyer") {
		t.Errorf("clarify step %q", text)
	}
	if u.TopActions > 3*CapUncertain || u.Notices[0].ID != "assessment.notice.uncertain" {
		t.Errorf("uncertain: %d shown, notices %+v", u.TopActions, u.Notices)
	}
}

// TestBetweenCalls: a programme whose last call closed before the plan's
// day is between calls (no action); on the closing day and before, it is
// open, and a programme without calls never is.
func TestBetweenCalls(t *testing.T) {
	t.Parallel()
	closedDay := catalogue.NewDate(2026, 3, 31)
	closed := &closedDay
	for _, c := range []struct {
		last *catalogue.Date
		now  time.Time
		want bool
	}{
		{nil, time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), false},
		{closed, time.Date(2026, 3, 31, 23, 0, 0, 0, time.UTC), false},
		{closed, time.Date(2026, 3, 30, 0, 0, 0, 0, time.UTC), false},
		{closed, time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC), true},
	} {
		if got := betweenCalls(&catalogue.Practice{ID: "p", LastCallClosed: c.last}, c.now); got != c.want {
			t.Errorf("last call %v, now %v: between calls %v, want %v", c.last, c.now, got, c.want)
		}
	}
}

// TestMarketFactReasons: a programme for some markets, with no gap of the
// firm behind it, gives the firm's fact about those markets — new to it,
// or one it already sells in and wants to grow — never "it serves your
// target market"; the markets stay in the action's serves.
func TestMarketFactReasons(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	for _, c := range []struct {
		current, want string
	}{
		{"NO", "You have not named Germany and United States among the markets you sell in today, so you start there with few or no buyers who know you."},
		{"DE,US", "Markets you already sell in and want to grow: Germany and United States."},
	} {
		p := plan(t, cat, "region=home", "sector=making", "size=micro", "turnover=low", "sells-what=goods,", "sells-to=b2b,", "sells-how=own-brand,",
			"exports=one-market", "current-markets="+c.current, "target-markets=DE,US", "strategy.decision=decided")
		found := false
		for _, a := range p.Actions {
			if a.Practice != "national-office" {
				continue
			}
			found = true
			got := msgTexts("en", a.Reasons)
			if len(got) != 1 || got[0] != c.want {
				t.Errorf("selling in %s: national-office reasons %q, want %q", c.current, got, c.want)
			}
			if len(a.Serves) != 2 {
				t.Errorf("selling in %s: serves %v", c.current, a.Serves)
			}
		}
		if !found {
			t.Errorf("selling in %s: no national-office action", c.current)
		}
	}
}
