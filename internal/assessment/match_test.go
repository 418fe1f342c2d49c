package assessment

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
)

func ids(as []Action) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Practice)
	}
	return strings.Join(out, " ")
}

func TestMatchAndRank(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	weak := []string{"q1=o1", "q2=n", "q3=a,c", "q4=dont-know"}
	with := func(profile ...string) []string { return append(profile, weak...) }
	tests := []struct {
		name     string
		answers  []string
		actions  string
		horizons string
		ideas    string
	}{
		{
			name:     "own region first; EU and global for an EU firm; sector and stage filter; own historic not an idea; ideas only for the weak d1",
			answers:  with("region=r-home", "size=small", "sector=s1", "exports=none"),
			actions:  "home-screening home-coaching global-plan eu-network",
			horizons: "now next-3-months next-3-months 3-12-months",
			ideas:    "other-mentor",
		},
		{
			name:     "eligible sector adds the services scheme",
			answers:  with("region=r-home", "size=small", "sector=s2", "exports=none"),
			actions:  "home-screening home-coaching home-services-only global-plan eu-network", // own-region bonus: 1.5 > 1.3125
			horizons: "now next-3-months next-3-months next-3-months 3-12-months",
			ideas:    "other-mentor",
		},
		{
			name:     "ineligible size: no screening, so coaching moves to now; not an idea either",
			answers:  with("region=r-home", "size=large", "sector=s1", "exports=none"),
			actions:  "home-coaching global-plan eu-network",
			horizons: "now next-3-months 3-12-months",
			ideas:    "other-mentor",
		},
		{
			name:     "a firm in a non-EU partner region gets its own programmes and global methods, no EU ones",
			answers:  []string{"region=r-third", "size=small", "sector=s1", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=no"},
			actions:  "third-vouchers global-plan third-adapt",
			horizons: "now next-3-months 3-12-months",
			ideas:    "home-historic home-screening other-mentor home-coaching", // home-services-only: no transfer potential or evidence
		},
		{
			name:     "outside the EU: global methods only",
			answers:  with("region=non-eu", "size=small", "sector=s1", "exports=none"),
			actions:  "global-plan",
			horizons: "next-3-months",
			ideas:    "home-historic home-screening other-mentor home-coaching",
		},
		{
			name:     "elsewhere in the EU: EU-wide and global",
			answers:  with("region=other-eu", "size=small", "sector=s1", "exports=none"),
			actions:  "global-plan eu-network",
			horizons: "next-3-months 3-12-months",
			ideas:    "home-historic home-screening other-mentor home-coaching",
		},
		{
			name:     "no region given: global methods only",
			answers:  with("size=small", "sector=s1", "exports=none"),
			actions:  "global-plan",
			horizons: "next-3-months",
			ideas:    "home-historic home-screening other-mentor home-coaching",
		},
		{
			name:     "established firm: practices for its stage only; no weak dimension, no ideas",
			answers:  []string{"region=r-home", "size=small", "sector=s1", "exports=many-markets", "q1=o3", "q2=y", "q3=a,b", "q4=yes"},
			actions:  "global-established eu-network",
			horizons: "next-3-months 3-12-months",
			ideas:    "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Build(cat, file(cat, tt.answers...), BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p.Actions); got != tt.actions {
				t.Errorf("actions:\n got %s\nwant %s", got, tt.actions)
			}
			var hz []string
			for _, a := range p.Actions {
				hz = append(hz, a.Horizon)
				if a.Historic {
					t.Errorf("action %s is historic", a.Practice)
				}
			}
			if got := strings.Join(hz, " "); got != tt.horizons {
				t.Errorf("horizons:\n got %s\nwant %s", got, tt.horizons)
			}
			if got := ids(p.Ideas); got != tt.ideas {
				t.Errorf("ideas:\n got %s\nwant %s", got, tt.ideas)
			}
			for _, a := range p.Ideas {
				if want := a.Practice == "home-historic" || a.Practice == "home-expired"; a.Historic != want {
					t.Errorf("idea %s: historic %v, want %v", a.Practice, a.Historic, want)
				}
			}
		})
	}
}

func TestActionDetails(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	p, err := Build(cat, file(cat, "region=r-home", "size=small", "sector=s1", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=dont-know"),
		BuildOptions{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]Action{}
	for _, a := range p.Actions {
		byID[a.Practice] = a
	}
	tests := []struct {
		id      string
		rank    float64
		scope   string
		after   []string
		reasons []string
	}{
		// gap 0.875 × impact 2 ÷ effort 1 − 0 + 1
		{"home-screening", 2.75, ScopeOwnRegion, nil,
			[]string{"Strategy scores 13%, below 75%", "You answered 'Not yet' to 'Do you export?'", "Start here: of the programmes in Home Region, this one fits you best", "You are based in Home Region"}},
		// gap (0.875 + 0)/2 × 3 ÷ 1 − 0.25 × 0.25 + 1
		{"home-coaching", 2.25, ScopeOwnRegion, []string{"home-screening"},
			[]string{"You answered 'Not yet' to 'Do you export?'", "You are based in Home Region"}},
		// gap 0.875 × 3 ÷ 2
		{"global-plan", 1.3125, ScopeGlobal, nil,
			[]string{"You answered 'No' to 'Do you have a written export plan?'"}},
		// gap 0 × 3 ÷ 3 + 0.5
		{"eu-network", 0.5, ScopeEU, []string{"home-coaching"},
			[]string{"Your stage is 'Exploring'", "It works on Market knowledge, where you score 100%", "Firms in Home Region can use EU-wide programmes"}},
	}
	for _, tt := range tests {
		a, ok := byID[tt.id]
		if !ok {
			t.Errorf("%s: not an action", tt.id)
			continue
		}
		if a.Rank != tt.rank || a.Scope != tt.scope || !reflect.DeepEqual(a.After, tt.after) {
			t.Errorf("%s: rank %v scope %s after %v; want %v %s %v", tt.id, a.Rank, a.Scope, a.After, tt.rank, tt.scope, tt.after)
		}
		var texts []string
		for _, r := range a.Reasons {
			texts = append(texts, say("en", r.Message))
		}
		if !reflect.DeepEqual(texts, tt.reasons) {
			t.Errorf("%s reasons:\n got %q\nwant %q", tt.id, texts, tt.reasons)
		}
	}
	if p.TopActions != 4 {
		t.Errorf("TopActions = %d, want 4", p.TopActions)
	}
}

func TestRank(t *testing.T) {
	t.Parallel()
	dims := map[string]*DimScore{"low": {Score: f64(0.25)}, "high": {Score: f64(1)}, "none": {}}
	pr := func(dims []string, impact, effort, cost string) *catalogue.Practice {
		return &catalogue.Practice{ID: "p", Dimensions: dims, Impact: impact, Effort: effort, Cost: cost}
	}
	tests := []struct {
		name  string
		p     *catalogue.Practice
		scope string
		want  float64
	}{
		{"own region, big gap", pr([]string{"low"}, "high", "low", "free"), ScopeOwnRegion, 0.75*3/1 + 1},
		{"EU", pr([]string{"low"}, "high", "low", "free"), ScopeEU, 0.75*3/1 + 0.5},
		{"global", pr([]string{"low"}, "high", "low", "free"), ScopeGlobal, 0.75 * 3 / 1},
		{"other region", pr([]string{"low"}, "high", "low", "free"), ScopeOtherRegion, 0.75 * 3 / 1},
		{"mean gap over dimensions", pr([]string{"low", "high"}, "medium", "medium", "free"), ScopeGlobal, 0.375 * 2 / 2},
		{"unknown score counts 0.5", pr([]string{"none"}, "low", "low", "free"), ScopeGlobal, 0.5},
		{"missing dimension counts 0.5", pr([]string{"nope"}, "low", "low", "free"), ScopeGlobal, 0.5},
		{"no dimensions counts 0.5", pr(nil, "low", "low", "free"), ScopeGlobal, 0.5},
		{"cost high", pr([]string{"high"}, "high", "high", "high"), ScopeGlobal, -0.25},
		{"cost medium", pr([]string{"low"}, "low", "high", "medium"), ScopeGlobal, 0.75/3 - 0.125},
		{"own-region bonus outweighs a bigger gap elsewhere", pr([]string{"high"}, "low", "high", "low"), ScopeOwnRegion, -0.0625 + 1},
	}
	for _, tt := range tests {
		if got := Rank(tt.p, dims, tt.scope); got != roundRank(tt.want) {
			t.Errorf("%s: Rank = %v, want %v", tt.name, got, roundRank(tt.want))
		}
	}
}

func roundRank(x float64) float64 { return float64(int64(x*1e4+0.5*sign(x))) / 1e4 }

func sign(x float64) float64 {
	if x < 0 {
		return -1
	}
	return 1
}

func TestSchedule(t *testing.T) {
	t.Parallel()
	c := func(id, effort string, rank float64, after ...string) *candidate {
		return &candidate{p: &catalogue.Practice{ID: id, Effort: effort, After: after}, rank: rank}
	}
	tests := []struct {
		name string
		in   []*candidate
		want string // id@horizon-index in order
	}{
		{"by effort, then rank, then ID", []*candidate{c("h", "high", 5), c("m", "medium", 1), c("l2", "low", 1), c("l1", "low", 1), c("l0", "low", 3)},
			"l0@0 l1@0 l2@0 m@1 h@2"},
		{"after pushes one horizon later", []*candidate{c("b", "low", 9, "a"), c("a", "low", 1)},
			"a@0 b@1"},
		{"a chain fills the last horizon in order", []*candidate{c("d", "low", 9, "c"), c("c", "low", 8, "b"), c("b", "low", 7, "a"), c("a", "low", 1), c("x", "high", 10)},
			"a@0 b@1 x@2 c@2 d@2"},
		{"a prerequisite not in the plan is ignored", []*candidate{c("b", "low", 1, "missing")},
			"b@0"},
		{"effort can place it later than the prerequisite needs", []*candidate{c("b", "high", 1, "a"), c("a", "low", 1)},
			"a@0 b@2"},
		{"a cycle (the validator refuses them) does not hang", []*candidate{c("a", "low", 1, "b"), c("b", "low", 2, "a")},
			"b@1 a@2"},
	}
	for _, tt := range tests {
		schedule(tt.in)
		var got []string
		for _, x := range tt.in {
			got = append(got, x.p.ID+"@"+string(rune('0'+horizonIndex(x.level))))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

func TestScheduleScopeAndFirstDoor(t *testing.T) {
	t.Parallel()
	c := func(id, effort, scope, typ string, rank float64, after ...string) *candidate {
		return &candidate{p: &catalogue.Practice{ID: id, Effort: effort, Type: typ, After: after}, scope: scope, rank: rank}
	}
	tests := []struct {
		name string
		in   []*candidate
		want string // id@horizon-index in order, * marks the first door
	}{
		{"own region leads each horizon, then EU, then methods, whatever the rank",
			[]*candidate{c("g", "low", ScopeGlobal, "method", 3), c("e", "low", ScopeEU, "programme", 2), c("o", "low", ScopeOwnRegion, "programme", 1.5),
				c("g2", "medium", ScopeGlobal, "method", 9), c("e2", "medium", ScopeEU, "programme", 1)},
			"o*@0 e@0 g@0 e2@1 g2@1"},
		{"the best own-region programme is the first door and comes now whatever its effort",
			[]*candidate{c("h", "high", ScopeOwnRegion, "programme", 1.2), c("m", "medium", ScopeOwnRegion, "programme", 1.5), c("g", "low", ScopeGlobal, "method", 2)},
			"m*@0 g@0 h@2"},
		{"a programme with a prerequisite in the plan is not the first door",
			[]*candidate{c("b", "high", ScopeOwnRegion, "programme", 3, "a"), c("a", "medium", ScopeOwnRegion, "programme", 1)},
			"a*@0 b@2"},
		{"an own-region method is never the first door",
			[]*candidate{c("m", "medium", ScopeOwnRegion, "method", 5), c("g", "low", ScopeGlobal, "method", 1)},
			"g@0 m@1"},
		{"no own-region programme: no first door",
			[]*candidate{c("e", "high", ScopeEU, "programme", 5), c("g", "medium", ScopeGlobal, "method", 1)},
			"g@1 e@2"},
	}
	for _, tt := range tests {
		schedule(tt.in)
		var got []string
		for _, x := range tt.in {
			mark := ""
			if x.door {
				mark = "*"
			}
			got = append(got, x.p.ID+mark+"@"+string(rune('0'+horizonIndex(x.level))))
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, strings.Join(got, " "), tt.want)
		}
	}
}

func TestPickIdeasSpreadsOverGaps(t *testing.T) {
	t.Parallel()
	c := func(id, region string, rank float64, weak ...string) *candidate {
		return &candidate{p: &catalogue.Practice{ID: id, Region: region}, rank: rank, weak: weak}
	}
	// The best ideas are all about finance; the spread pass takes one idea
	// per gap first (b-mkt, f-ppl, though ranked low), then fills up with
	// regions not yet chosen (c, d) — the old rule gave four finance ideas.
	in := []*candidate{
		c("a-fin", "a", 9, "finance"), c("b-fin", "b", 8, "finance"), c("c-fin", "c", 7, "finance"),
		c("d-fin", "d", 6.5, "finance"),
		c("b-mkt", "b", 3, "market-knowledge"), c("e-mkt", "e", 2, "market-knowledge"),
		c("f-ppl", "f", 1, "people-skills"),
	}
	sortByRank(in)
	var names []string
	for _, x := range pickIdeas(in) {
		names = append(names, x.p.ID)
	}
	if want := "a-fin c-fin d-fin b-mkt f-ppl"; strings.Join(names, " ") != want {
		t.Errorf("pickIdeas = %s, want %s", strings.Join(names, " "), want)
	}
}

func TestPickIdeas(t *testing.T) {
	t.Parallel()
	c := func(id, region string, rank float64) *candidate {
		return &candidate{p: &catalogue.Practice{ID: id, Region: region}, rank: rank}
	}
	// Region a has the six best; b and c must still get one each.
	in := []*candidate{c("a1", "a", 9), c("a2", "a", 8), c("a3", "a", 7), c("a4", "a", 6), c("a5", "a", 5), c("a6", "a", 4), c("b1", "b", 1), c("c1", "c", 0.5), c("b2", "b", 0.9)}
	sortByRank(in)
	got := pickIdeas(in)
	var names []string
	for _, x := range got {
		names = append(names, x.p.ID)
	}
	if want := "a1 a2 a3 b1 c1"; strings.Join(names, " ") != want {
		t.Errorf("pickIdeas = %s, want %s", strings.Join(names, " "), want)
	}
}

func TestRunning(t *testing.T) {
	t.Parallel()
	day := func(s string) *catalogue.Date { d, _ := catalogue.ParseDate(s); return &d }
	now := time.Date(2026, 11, 18, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		p    catalogue.Practice
		want bool
	}{
		{"active, no dates", catalogue.Practice{Status: "active"}, true},
		{"no status", catalogue.Practice{}, true},
		{"historic", catalogue.Practice{Status: "historic"}, false},
		{"ends today", catalogue.Practice{ValidUntil: day("2026-11-18")}, true},
		{"ended yesterday", catalogue.Practice{ValidUntil: day("2026-11-17")}, false},
		{"opens today", catalogue.Practice{ValidFrom: day("2026-11-18")}, true},
		{"opens tomorrow", catalogue.Practice{ValidFrom: day("2026-11-19")}, false},
	}
	for _, tt := range tests {
		if got := running(&tt.p, now); got != tt.want {
			t.Errorf("%s: running = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestShowFirst(t *testing.T) {
	t.Parallel()
	// c makes a candidate: id, rank, level (horizon), after; "door" marks
	// the first door.
	c := func(id string, rank float64, level int, after ...string) *candidate {
		return &candidate{p: &catalogue.Practice{ID: id, After: after}, rank: rank, level: level, door: id == "door"}
	}
	tests := []struct {
		name  string
		cs    []*candidate // in schedule order
		max   int
		want  string // ids, shown first
		shown int
	}{
		{name: "all fit: order kept",
			cs:  []*candidate{c("a", 1, 0), c("b", 3, 1), c("c", 2, 2)},
			max: 3, want: "a b c", shown: 3},
		{name: "best-ranked of later horizons beat weak ones now",
			cs:  []*candidate{c("now1", 1, 0), c("now2", 1.1, 0), c("now3", 0.5, 0), c("next", 2, 1), c("later", 3, 2)},
			max: 3, want: "now2 next later now1 now3", shown: 3},
		{name: "the first door is shown whatever its rank",
			cs:  []*candidate{c("door", 0.1, 0), c("a", 1, 0), c("b", 2, 1), c("d", 3, 2)},
			max: 2, want: "door d a b", shown: 2},
		{name: "a shown action brings its prerequisite",
			cs:  []*candidate{c("pre", 0.2, 0), c("x", 1, 0), c("y", 0.9, 0), c("top", 5, 1, "pre")},
			max: 3, want: "pre x top y", shown: 3},
		{name: "prerequisites that no longer fit: the action waits, a smaller one fills the place",
			cs:  []*candidate{c("p1", 0.1, 0), c("p2", 0.1, 0), c("a", 2, 0), c("b", 1, 0), c("top", 3, 2, "p1", "p2")},
			max: 2, want: "a b p1 p2 top", shown: 2},
		{name: "a prerequisite cycle does not loop",
			cs:  []*candidate{c("x", 1, 0, "y"), c("y", 2, 1, "x"), c("z", 0.5, 0)},
			max: 2, want: "x y z", shown: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			n := showFirst(tt.cs, tt.max)
			var got []string
			for _, c := range tt.cs {
				got = append(got, c.p.ID)
			}
			if g := strings.Join(got, " "); g != tt.want || n != tt.shown {
				t.Errorf("showFirst = %q, %d shown; want %q, %d", g, n, tt.want, tt.shown)
			}
		})
	}
}

// TestIdeas: ideas depend on the firm's weakest dimensions, carry the
// firm-facing idea and what the practice achieved (never the region-facing
// transfer potential), and no steps; a practice without an idea for firms
// is no idea.
func TestIdeas(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		name    string
		answers []string
		ideas   string
		reasons map[string][]string
	}{
		{name: "weak strategy (d1): ideas on strategy, none of the firm's own region (home-historic)",
			answers: []string{"region=r-home", "size=small", "sector=s1", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=dont-know"},
			ideas:   "other-mentor",
			reasons: map[string][]string{
				"other-mentor": {"It works on Strategy, where you score 13%"},
			}},
		{name: "another region's historic practice is an idea; the firm's own ones are not",
			answers: []string{"region=r-other", "size=small", "sector=s1", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=dont-know"},
			ideas:   "home-historic home-screening home-coaching",
			reasons: map[string][]string{
				"home-historic": {"It works on Strategy, where you score 13%"},
			}},
		{name: "strong strategy, weak offer (d3): ideas on the offer; third-adapt gives firms no idea",
			answers: []string{"region=r-home", "size=small", "sector=s1", "exports=none", "q1=o3", "q2=y", "q3=a", "q4=no"},
			ideas:   "third-vouchers",
			reasons: map[string][]string{
				"third-vouchers": {"It works on Offer, where you score 0%"},
			}},
		{name: "no score at all: no ideas",
			answers: []string{"region=r-home", "size=small", "sector=s1", "exports=none"},
			ideas:   ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Build(cat, file(cat, tt.answers...), BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(p.Ideas); got != tt.ideas {
				t.Errorf("ideas:\n got %s\nwant %s", got, tt.ideas)
			}
			for _, a := range p.Ideas {
				if len(a.Steps) != 0 {
					t.Errorf("idea %s has steps %q", a.Practice, a.Steps)
				}
				if want, ok := tt.reasons[a.Practice]; ok {
					var got []string
					for _, r := range a.Reasons {
						got = append(got, say("en", r.Message))
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("idea %s reasons %q, want %q", a.Practice, got, want)
					}
				}
				// What an idea achieved and what others can take from it
				// are texts the output adds (render's TestLocalizeIdeas).
			}
		})
	}
}

func TestWeakest(t *testing.T) {
	t.Parallel()
	cat := &catalogue.Catalogue{}
	for _, id := range []string{"a", "b", "c", "d", "e", "f"} {
		cat.Dimensions = append(cat.Dimensions, &catalogue.Dimension{ID: id})
	}
	tests := []struct {
		name   string
		scores map[string]*float64
		want   string
	}{
		{"three lowest below 0.5", map[string]*float64{"a": f64(0.4), "b": f64(0.1), "c": f64(0.2), "d": f64(0.3), "e": f64(0.9)}, "b c d"},
		{"a tie for the third place is in", map[string]*float64{"a": f64(0.3), "b": f64(0.1), "c": f64(0.2), "d": f64(0.3), "e": f64(0.4)}, "a b c d"},
		{"only those below 0.5", map[string]*float64{"a": f64(0.5), "b": f64(0.49), "c": f64(1)}, "b"},
		{"no score is not weak", map[string]*float64{"a": nil, "b": f64(0.6)}, ""},
	}
	for _, tt := range tests {
		dims := map[string]*DimScore{}
		for id, s := range tt.scores {
			dims[id] = &DimScore{Score: s}
		}
		var got []string
		for _, d := range cat.Dimensions {
			if weakest(cat, dims)[d.ID] {
				got = append(got, d.ID)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: weakest = %q, want %q", tt.name, g, tt.want)
		}
	}
}
