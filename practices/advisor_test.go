package practices_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
	"go.yaml.in/yaml/v3"
)

// expectation is what an experienced export advisor expects of one firm's
// plan (testdata/profiles/expectations.yaml; its head explains each key).
type expectation struct {
	Stage     string       `yaml:"stage"`
	Uncertain bool         `yaml:"uncertain"`
	Now       []expectItem `yaml:"now"`
	Shown     []expectItem `yaml:"shown"`
	// InAll are actions of the whole plan (--all), shown or not: which
	// practice stands for a need there (session 22: a guard's facts made
	// a distributor check lead an Irish firm's market entry over the
	// Market Discovery Fund its Canada section named).
	InAll  []expectItem `yaml:"in_all"`
	Absent []string     `yaml:"absent"`
	// Offered are practices the plan offers the firm at all: an action,
	// shown or left to --all, or an alternative to one (a procedural tip
	// such as the ATA carnet, which rarely outranks a firm's gaps).
	Offered          []string                `yaml:"offered"`
	NotShown         []string                `yaml:"not_shown"`
	NotNow           []string                `yaml:"not_now"`
	IdeasNot         []string                `yaml:"ideas_not"`
	AbsentGroups     []string                `yaml:"absent_groups"`
	NotForYou        []string                `yaml:"not_for_you"`
	NotForYouNot     []string                `yaml:"not_for_you_not"`
	NotAsked         []string                `yaml:"not_asked"`
	Markets          map[string]expectMarket `yaml:"markets"`
	MarketsNone      bool                    `yaml:"markets_none"`
	Notices          []string                `yaml:"notices"`
	NoticesNot       []string                `yaml:"notices_not"`
	FirstStepKind    string                  `yaml:"first_step_kind"`
	MaxShown         int                     `yaml:"max_shown"`
	DimensionAtLeast map[string]float64      `yaml:"dimension_at_least"`
	FirstNotGroups   []string                `yaml:"first_not_groups"`
	NotDecisive      []string                `yaml:"not_decisive"`
	// First is the first shown action: the firm's own situation (a buyer
	// waiting) before anything else.
	First *expectItem `yaml:"first"`
	// AfterDoor is the first shown action that is not the door: the
	// firm's main constraint right after the first meeting.
	AfterDoor *expectItem `yaml:"after_door"`
	// NotBefore holds practices back to a horizon: shown, if at all, in
	// it or later (buyer-finding waits for the capacity to deliver).
	NotBefore map[string]string `yaml:"not_before"`
	// Before orders shown actions: practice A is shown, and before each
	// of the practices listed for it that is shown (a product that may
	// not be sold yet comes before the brand's filing).
	Before map[string][]string `yaml:"before"`
	// StartHere says whether the door is where the firm starts ("start
	// here"): a firm new to exporting, or that does not know where support
	// is, and a door the catalogue could confirm (advisor review 5).
	StartHere *bool `yaml:"start_here"`
	// FirstStepOf holds, by practice, the step (counting from 1, in the
	// catalogue's order) that the action's first step shows: the step of
	// the firm's gap where the steps serve different gaps (advisor review
	// 11: a studio that does not know its VAT rules starts with the
	// invoice, not the rights clause).
	FirstStepOf map[string]int `yaml:"first_step_of"`
	// StepsNot holds, by practice, steps (counting from 1, in the
	// catalogue's order) its action must not list: another shown action
	// says them (step_also_in; advisor review 15b: the labour-leasing
	// check repeated the posting action's A1 step).
	StepsNot map[string][]int `yaml:"steps_not"`
	// Steps holds, by practice, steps (counting from 1, in the
	// catalogue's order) its action must list: a step for some firms only
	// (step_when) that is for this one (east27, session 27: the county
	// chamber's step to HGK's offices in Belgrade, Sarajevo and Mostar for
	// a firm going to Serbia or Bosnia and Herzegovina).
	Steps map[string][]int `yaml:"steps"`
	// Why holds, by practice, reasons its action must give, as message
	// ID@ref ("assessment.reason.firstMarket.buyer@JP": the market choice
	// says to start where the waiting buyer is, Japan).
	Why map[string][]string `yaml:"why"`
}

type expectItem struct {
	Practice string   `yaml:"practice"`
	Group    string   `yaml:"group"`
	AnyOf    []string `yaml:"any_of"`
	Pending  bool     `yaml:"pending"`
}

type expectMarket struct {
	New        *bool    `yaml:"new"`
	Kinds      []string `yaml:"kinds"`
	Notes      []string `yaml:"notes"`
	NotesNot   []string `yaml:"notes_not"`
	Support    []string `yaml:"support"`
	SupportNot []string `yaml:"support_not"`
	Lines      []string `yaml:"lines"`
	LinesNot   []string `yaml:"lines_not"`
}

// jsonAction is an action of the JSON plan, as the expectations read it.
type jsonAction struct {
	Practice      string `json:"practice"`
	Group         string `json:"group"`
	Horizon       string `json:"horizon"`
	Shown         bool   `json:"shown"`
	Scope         string `json:"scope"`
	Eligibility   string `json:"eligibility"`
	Decisive      any    `json:"decisive"`
	Door          bool   `json:"door"`
	StartHere     bool   `json:"start_here"`
	AfterOwnSteps bool   `json:"after_own_steps"`
	Confidence    string `json:"confidence"`
	Organisation  string `json:"organisation"`
	Alternatives  []struct {
		Practice string `json:"practice"`
	} `json:"alternatives"`
	Steps        []string     `json:"steps"`
	LeftOutSteps []int        `json:"left_out_steps"`
	Reasons      []jsonReason `json:"reasons"`
}

// jsonReason is one reason an action gives.
type jsonReason struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
	Ref  string `json:"ref"`
}

// jsonPlan is the part of the plan JSON the expectations read.
type jsonPlan struct {
	Respondent struct {
		Region string `json:"region"`
	} `json:"respondent"`
	Stage struct {
		ID string `json:"id"`
	} `json:"stage"`
	Uncertain  *struct{} `json:"uncertain"`
	FirstSteps []struct {
		Kind     string `json:"kind"`
		Practice string `json:"practice"`
		Step     int    `json:"step"`
		Text     string `json:"text"`
	} `json:"first_steps"`
	Actions   []jsonAction `json:"actions"`
	Markets   []jsonMarket `json:"markets"`
	NotForYou []jsonRef    `json:"not_for_you"`
	Ideas     []struct {
		Practice string `json:"practice"`
		Region   string `json:"region"`
		Idea     string `json:"idea"`
		Group    string `json:"group"`
		Historic bool   `json:"historic"`
	} `json:"ideas"`
	Notices []struct {
		ID string `json:"id"`
	} `json:"notices"`
	Dimensions []struct {
		ID    string   `json:"id"`
		Score *float64 `json:"score"`
	} `json:"dimensions"`
	Profile struct {
		HomeCountry   string   `json:"home_country"`
		TargetMarkets []string `json:"target_markets"`
	} `json:"profile"`
}

// jsonMarket is a market section of the JSON plan.
type jsonMarket struct {
	Country string   `json:"country"`
	New     bool     `json:"new"`
	Kinds   []string `json:"kinds"`
	Notes   []struct {
		ID string `json:"id"`
	} `json:"notes"`
	Support []jsonRef `json:"support"`
	Lines   []struct {
		ID string `json:"id"`
	} `json:"lines"`
	NoSupport *struct {
		ID string `json:"id"`
	} `json:"no_support"`
}

// jsonRef names a practice.
type jsonRef struct {
	Practice string `json:"practice"`
}

// readExpectations reads testdata/profiles/expectations.yaml.
func readExpectations(t *testing.T) map[string]expectation {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "profiles", "expectations.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]expectation
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("expectations.yaml: %v", err)
	}
	return out
}

// TestAdvisorExpectations builds each firm profile's plan as `eis plan
// --format json` does (default caps) and asserts what its advisor
// expects — what must be in "now", what must be shown, what must not
// appear, what is not for the firm, which questions are not asked, what
// each target market section says — and the invariants every plan keeps
// (caps, one action per need, reasons, ideas, markets, no ineligible or
// other-region action). Expectations naming practices the catalogue does
// not hold yet are marked pending and logged, not failed.
func TestAdvisorExpectations(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	exp := readExpectations(t)
	if len(exp) < 12 {
		t.Errorf("%d profiles have expectations, want at least 12", len(exp))
	}
	for _, pr := range firmProfiles {
		if _, ok := exp[pr.name]; !ok {
			t.Errorf("profile %s has no written expectation", pr.name)
		}
	}
	for name, e := range exp {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			p := profilePlan(t, c, name, "en")
			var buf bytes.Buffer
			if err := render.PlanJSON(&buf, p, render.Options{Locale: i18n.English}); err != nil {
				t.Fatal(err)
			}
			var jp jsonPlan
			if err := json.Unmarshal(buf.Bytes(), &jp); err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, c, jp)
			checkExpectation(t, c, name, e, jp)
		})
	}
}

// checkInvariants are the rules every plan keeps.
func checkInvariants(t *testing.T, c *catalogue.Catalogue, jp jsonPlan) {
	t.Helper()
	caps := map[string]int{assessment.HorizonNow: assessment.CapNow, assessment.HorizonNext3: assessment.CapNext, assessment.HorizonMonths312: assessment.CapLater}
	if jp.Uncertain != nil {
		for h := range caps {
			caps[h] = assessment.CapUncertain
		}
	}
	per := map[string]int{}
	groups := map[string]bool{}
	// A door labelled "start here" is one the catalogue could confirm,
	// and comes first but for a buyer waiting and the gates (advisor
	// review 5: the door first only where the firm starts; review 7: the
	// market choice the door asks for, and a rule due within weeks, come
	// before it — decisive actions; which ones, TestGatesBeforeTheDoor).
	for i, a := range jp.Actions {
		if !a.StartHere {
			continue
		}
		if !a.Door || !a.Shown || a.Confidence == "unverified" {
			t.Errorf("%s: start here on an action that is not a shown, confirmed door (door %v, shown %v, confidence %s)", a.Practice, a.Door, a.Shown, a.Confidence)
		}
		own := ""
		for _, b := range jp.Actions[:i] {
			if b.Shown && b.Group != assessment.GroupBuyerWaiting && b.Decisive == nil {
				t.Errorf("%s: start here, but %s comes before it", a.Practice, b.Practice)
			}
			if b.Shown && b.Group != assessment.GroupBuyerWaiting && own == "" {
				own = b.Practice
			}
		}
		// A start-here door after the firm's own decisive steps is
		// labelled where to start with public support, not "start here"
		// (planner17, session 17: "start here" on the fourth action).
		if (own != "") != a.AfterOwnSteps {
			t.Errorf("%s: after_own_steps %v, but the first shown action before it that is not the waiting buyer's is %q", a.Practice, a.AfterOwnSteps, own)
		}
	}
	for _, a := range jp.Actions {
		// The offer to a waiting buyer states its payment terms, whoever
		// sets them: a chain's own 60 days are checked and insured, not
		// left out (session 16: a step_when dropped the step for makers
		// under other firms' labels, and a plan that showed no payment
		// action had an offer with no payment line).
		if a.Practice == "global-answer-waiting-buyer" && slices.Contains(a.LeftOutSteps, 4) {
			t.Errorf("%s: the offer's payment-terms step (4) is left out", a.Practice)
		}
		if groups[a.Group] {
			t.Errorf("two actions for the need %s", a.Group)
		}
		groups[a.Group] = true
		if a.Shown {
			per[a.Horizon]++
		}
		if len(a.Reasons) > assessment.MaxReasons {
			t.Errorf("%s: %d reasons", a.Practice, len(a.Reasons))
		}
		for _, r := range a.Reasons {
			if r.ID == "assessment.reason.region" || r.ID == "assessment.reason.atLeast" || r.Kind == "region" {
				t.Errorf("%s: a reason names the region or a strength (%s)", a.Practice, r.ID)
			}
		}
		if a.Scope == assessment.ScopeOtherRegion {
			t.Errorf("%s: another region's practice is an action", a.Practice)
		}
		if a.Shown && !a.Door && a.Decisive == nil && !slices.ContainsFunc(a.Reasons, func(r jsonReason) bool {
			return slices.Contains([]string{assessment.ReasonMarket, assessment.ReasonGap, assessment.ReasonDontKnow, assessment.ReasonFact}, r.Kind)
		}) {
			t.Errorf("%s is shown with no reason about the need it meets (only a weak area or a stage): %+v", a.Practice, a.Reasons)
		}
		for _, r := range a.Reasons {
			if r.Ref == assessment.QuestionLanguages && r.ID == "assessment.reason.gap" && (jp.Profile.HomeCountry == "GB" || jp.Profile.HomeCountry == "IE") {
				t.Errorf("%s: an English-speaking firm is told its English is the gap", a.Practice)
			}
		}
		if a.Eligibility != assessment.EligibleYes && a.Eligibility != assessment.EligibleCheck {
			t.Errorf("%s: eligibility %q in an action", a.Practice, a.Eligibility)
		}
		if g := c.Group(a.Group); g != nil && g.AfterDecision && a.Shown && a.Horizon == assessment.HorizonNow && a.Decisive == nil {
			t.Errorf("%s: a need that comes with orders (%s) is a 'now' without a decisive gap", a.Practice, a.Group)
		}
	}
	ideaGroups := map[string]bool{}
	for _, d := range jp.Ideas {
		if ideaGroups[d.Group] {
			t.Errorf("two ideas for the need %s", d.Group)
		}
		ideaGroups[d.Group] = true
		for _, a := range jp.Actions {
			if a.Group == d.Group && a.Scope != assessment.ScopeGlobal {
				t.Errorf("idea %s is for the need %s, which %s of the firm's own support meets", d.Practice, d.Group, a.Practice)
			}
		}
		for _, p := range c.Practices {
			r := c.Region(p.Region)
			own := p.Region == jp.Respondent.Region || r != nil && r.Country != "" && r.Country == jp.Profile.HomeCountry && p.Level == "national"
			if own && p.Type == "programme" && p.Status != "historic" && (p.Group == d.Group || slices.Contains(p.Also, d.Group)) {
				t.Errorf("idea %s is for the need %s, which %s of the firm's own region or country meets", d.Practice, d.Group, p.ID)
			}
		}
	}
	for h, n := range per {
		if n > caps[h] {
			t.Errorf("%d actions shown in %s, cap %d", n, h, caps[h])
		}
	}
	if len(jp.Ideas) > assessment.MaxIdeas {
		t.Errorf("%d ideas", len(jp.Ideas))
	}
	for _, d := range jp.Ideas {
		pr := c.Practice(d.Practice)
		if strings.TrimSpace(d.Idea) == "" || pr == nil || strings.TrimSpace(pr.Idea.In("en")) != d.Idea {
			t.Errorf("idea %s does not carry the practice's firm-facing idea text", d.Practice)
		}
		if r := c.Region(d.Region); r != nil && (d.Region == jp.Respondent.Region || r.Country == jp.Profile.HomeCountry) {
			t.Errorf("idea %s is from the firm's own region or country", d.Practice)
		}
		if d.Historic {
			t.Errorf("idea %s is no longer offered there: padding, not an idea (advisor review 6, pattern 5)", d.Practice)
		}
	}
	for _, m := range jp.Markets {
		if m.NoSupport == nil || !strings.HasSuffix(m.NoSupport.ID, ".door") {
			continue
		}
		for _, a := range jp.Actions {
			if a.Door && a.Organisation == "" {
				t.Errorf("%s: the section says to ask the door, %s, which is a method, not an organisation", m.Country, a.Practice)
			}
		}
	}
	if len(jp.Markets) != len(jp.Profile.TargetMarkets) {
		t.Errorf("%d market sections for %d target markets", len(jp.Markets), len(jp.Profile.TargetMarkets))
	}
	if len(jp.FirstSteps) > assessment.MaxFirstSteps {
		t.Errorf("%d first steps", len(jp.FirstSteps))
	}
	// An action's first step in "Your first steps" is the first of its own
	// steps: the lead step (first_step_when) is listed first there too.
	for _, s := range jp.FirstSteps {
		if s.Kind != "action" {
			continue
		}
		for _, a := range jp.Actions {
			if a.Practice == s.Practice && (len(a.Steps) == 0 || a.Steps[0] != s.Text) {
				t.Errorf("first step of %s %q is not the first of its steps %q", s.Practice, s.Text, a.Steps)
			}
		}
	}
}

// checkExpectation asserts one profile's written expectation.
func checkExpectation(t *testing.T, c *catalogue.Catalogue, name string, e expectation, jp jsonPlan) {
	t.Helper()
	if e.Stage != "" && jp.Stage.ID != e.Stage {
		t.Errorf("stage %s, want %s", jp.Stage.ID, e.Stage)
	}
	if e.Uncertain != (jp.Uncertain != nil) {
		t.Errorf("uncertain %v, want %v", jp.Uncertain != nil, e.Uncertain)
	}
	pending := func(it expectItem) bool {
		if !it.Pending {
			return false
		}
		ids := append(append([]string{}, it.AnyOf...), it.Practice)
		for _, id := range ids {
			if id != "" && c.Practice(id) != nil {
				return false
			}
		}
		t.Logf("pending: %+v (no such practice in the catalogue yet)", it)
		return true
	}
	matchesIn := func(it expectItem, horizon string, all bool) bool {
		for _, a := range jp.Actions {
			if !a.Shown && !all || (horizon != "" && a.Horizon != horizon) {
				continue
			}
			if it.Group != "" && a.Group != it.Group {
				continue
			}
			if it.Practice != "" && a.Practice != it.Practice {
				continue
			}
			if len(it.AnyOf) > 0 && !slices.Contains(it.AnyOf, a.Practice) {
				continue
			}
			return true
		}
		return false
	}
	matches := func(it expectItem, horizon string) bool { return matchesIn(it, horizon, false) }
	shown := func() []string {
		var out []string
		for _, a := range jp.Actions {
			if a.Shown {
				out = append(out, a.Horizon+":"+a.Practice+"("+a.Group+")")
			}
		}
		return out
	}
	for _, it := range e.Now {
		if !pending(it) && !matches(it, assessment.HorizonNow) {
			t.Errorf("now lacks %+v; shown: %v", it, shown())
		}
	}
	for _, it := range e.Shown {
		if !pending(it) && !matches(it, "") {
			t.Errorf("the plan does not show %+v; shown: %v", it, shown())
		}
	}
	for _, it := range e.InAll {
		if !pending(it) && !matchesIn(it, "", true) {
			var all []string
			for _, a := range jp.Actions {
				all = append(all, a.Practice+"("+a.Group+")")
			}
			t.Errorf("the whole plan (--all) has no action %+v; actions: %v", it, all)
		}
	}
	for _, id := range e.IdeasNot {
		for _, d := range jp.Ideas {
			if d.Practice == id {
				t.Errorf("%s is an idea", id)
			}
		}
	}
	for _, id := range e.NotNow {
		for _, a := range jp.Actions {
			if a.Practice == id && a.Shown && a.Horizon == assessment.HorizonNow {
				t.Errorf("%s is a 'now' action", id)
			}
		}
	}
	for _, id := range e.NotShown {
		for _, a := range jp.Actions {
			if a.Practice == id && a.Shown {
				t.Errorf("%s is shown (%s); want it left to --all", id, a.Horizon)
			}
		}
	}
	for _, id := range e.Offered {
		offered := false
		for _, a := range jp.Actions {
			if a.Practice == id {
				offered = true
			}
			for _, x := range a.Alternatives {
				if x.Practice == id {
					offered = true
				}
			}
		}
		if !offered {
			t.Errorf("%s is neither an action (shown or not) nor an alternative", id)
		}
	}
	for _, id := range e.Absent {
		for _, a := range jp.Actions {
			if a.Practice == id {
				t.Errorf("%s is an action (shown %v)", id, a.Shown)
			}
			for _, x := range a.Alternatives {
				if x.Practice == id {
					t.Errorf("%s is an alternative to %s", id, a.Practice)
				}
			}
		}
		for _, s := range jp.FirstSteps {
			if s.Practice == id {
				t.Errorf("%s is a first step", id)
			}
		}
	}
	for _, g := range e.AbsentGroups {
		for _, a := range jp.Actions {
			if a.Group == g {
				t.Errorf("the plan has an action for %s: %s", g, a.Practice)
			}
		}
	}
	notForYou := func(id string) bool {
		return slices.ContainsFunc(jp.NotForYou, func(n jsonRef) bool { return n.Practice == id })
	}
	for _, id := range e.NotForYou {
		if !notForYou(id) {
			t.Errorf("%s is not listed as not for you", id)
		}
	}
	for _, id := range e.NotForYouNot {
		if notForYou(id) {
			t.Errorf("%s is listed as not for you; a programme no longer offered is left out of the plan", id)
		}
	}
	if len(e.NotAsked) > 0 {
		f, _, err := loadAnswers(filepath.Join("testdata", "profiles", name+".yaml"), c)
		if err != nil || f == nil {
			t.Fatalf("answers: %v", err)
		}
		for _, q := range assessment.Applicable(c, f) {
			if slices.Contains(e.NotAsked, q.ID) {
				t.Errorf("%s is asked", q.ID)
			}
		}
	}
	for code, em := range e.Markets {
		i := slices.IndexFunc(jp.Markets, func(m jsonMarket) bool {
			return m.Country == code
		})
		if i < 0 {
			t.Errorf("no market section for %s", code)
			continue
		}
		m := jp.Markets[i]
		if em.New != nil && m.New != *em.New {
			t.Errorf("%s: new %v, want %v", code, m.New, *em.New)
		}
		for _, k := range em.Kinds {
			if !slices.Contains(m.Kinds, k) {
				t.Errorf("%s: kinds %v lack %s", code, m.Kinds, k)
			}
		}
		var notes, support []string
		for _, n := range m.Notes {
			notes = append(notes, n.ID)
		}
		for _, s := range m.Support {
			support = append(support, s.Practice)
		}
		for _, n := range em.Notes {
			if !slices.Contains(notes, n) {
				t.Errorf("%s: notes %v lack %s", code, notes, n)
			}
		}
		for _, n := range em.NotesNot {
			if slices.Contains(notes, n) {
				t.Errorf("%s: notes %v have %s", code, notes, n)
			}
		}
		for _, s := range em.Support {
			if !slices.Contains(support, s) {
				t.Errorf("%s: support %v lacks %s", code, support, s)
			}
		}
		for _, s := range em.SupportNot {
			if slices.Contains(support, s) {
				t.Errorf("%s: support %v has %s", code, support, s)
			}
		}
		var lines []string
		for _, l := range m.Lines {
			lines = append(lines, l.ID)
		}
		if m.NoSupport != nil {
			lines = append(lines, m.NoSupport.ID)
		}
		for _, l := range em.Lines {
			if !slices.Contains(lines, l) {
				t.Errorf("%s: lines %v lack %s", code, lines, l)
			}
		}
		for _, l := range em.LinesNot {
			if slices.Contains(lines, l) {
				t.Errorf("%s: lines %v have %s", code, lines, l)
			}
		}
	}
	for _, id := range e.NotDecisive {
		for _, a := range jp.Actions {
			for _, r := range a.Reasons {
				if r.Kind == "decisive" && r.Ref == id {
					t.Errorf("%s: decisive gap %s holds", a.Practice, id)
				}
			}
		}
	}
	if e.MarketsNone && len(jp.Markets) > 0 {
		t.Errorf("%d market sections, want none", len(jp.Markets))
	}
	for _, id := range e.NoticesNot {
		for _, n := range jp.Notices {
			if n.ID == "assessment."+strings.TrimPrefix(id, "assessment.") {
				t.Errorf("notices have %s", id)
			}
		}
	}
	for _, id := range e.Notices {
		if !slices.ContainsFunc(jp.Notices, func(n struct {
			ID string `json:"id"`
		}) bool {
			return n.ID == "assessment."+strings.TrimPrefix(id, "assessment.")
		}) {
			t.Errorf("notices %+v lack %s", jp.Notices, id)
		}
	}
	for id, want := range e.FirstStepOf {
		got := -1
		for _, s := range jp.FirstSteps {
			if s.Kind == "action" && s.Practice == id {
				got = max(s.Step, 1)
			}
		}
		switch {
		case got < 0:
			t.Errorf("first steps %+v lack %s", jp.FirstSteps, id)
		case got != want:
			t.Errorf("the first step of %s is its step %d, want %d", id, got, want)
		}
	}
	for id, steps := range e.StepsNot {
		i := slices.IndexFunc(jp.Actions, func(a jsonAction) bool { return a.Practice == id })
		p := c.Practice(id)
		if i < 0 || p == nil {
			t.Errorf("steps_not: %s is not an action", id)
			continue
		}
		for _, n := range steps {
			if n < 1 || n > len(p.Steps) {
				t.Errorf("steps_not: %s has no step %d", id, n)
				continue
			}
			// A step the plan says it left out is not listed, whatever its
			// text shares with another: two steps that start alike and
			// differ after a {placeholder} (the market choice's, for goods
			// and for services) are told apart by number.
			if slices.Contains(jp.Actions[i].LeftOutSteps, n) {
				continue
			}
			text, _, _ := strings.Cut(p.Steps[n-1].In("en"), "{")
			if slices.ContainsFunc(jp.Actions[i].Steps, func(s string) bool { return strings.HasPrefix(s, text) }) {
				t.Errorf("the action of %s lists its step %d, which it should leave out (another shown action says it, or it is not for this firm): %q", id, n, text)
			}
		}
	}
	for id, steps := range e.Steps {
		i := slices.IndexFunc(jp.Actions, func(a jsonAction) bool { return a.Practice == id })
		p := c.Practice(id)
		if i < 0 || p == nil {
			t.Errorf("steps: %s is not an action", id)
			continue
		}
		for _, n := range steps {
			if n < 1 || n > len(p.Steps) {
				t.Errorf("steps: %s has no step %d", id, n)
				continue
			}
			text, _, _ := strings.Cut(p.Steps[n-1].In("en"), "{")
			if slices.Contains(jp.Actions[i].LeftOutSteps, n) || !slices.ContainsFunc(jp.Actions[i].Steps, func(s string) bool { return strings.HasPrefix(s, text) }) {
				t.Errorf("the action of %s does not list its step %d: %q", id, n, text)
			}
		}
	}
	for id, wants := range e.Why {
		i := slices.IndexFunc(jp.Actions, func(a jsonAction) bool { return a.Practice == id })
		if i < 0 {
			t.Errorf("why: %s is not an action", id)
			continue
		}
		for _, want := range wants {
			msgID, ref, _ := strings.Cut(want, "@")
			if !slices.ContainsFunc(jp.Actions[i].Reasons, func(r jsonReason) bool {
				return r.ID == msgID && (ref == "" || r.Ref == ref)
			}) {
				t.Errorf("the reasons of %s %+v lack %s", id, jp.Actions[i].Reasons, want)
			}
		}
	}
	if e.FirstStepKind != "" && (len(jp.FirstSteps) == 0 || jp.FirstSteps[0].Kind != e.FirstStepKind) {
		t.Errorf("first steps %+v, want the first of kind %s", jp.FirstSteps, e.FirstStepKind)
	}
	if e.MaxShown > 0 {
		n := 0
		for _, a := range jp.Actions {
			if a.Shown {
				n++
			}
		}
		if n > e.MaxShown {
			t.Errorf("%d actions shown, want at most %d", n, e.MaxShown)
		}
	}
	for dim, min := range e.DimensionAtLeast {
		for _, d := range jp.Dimensions {
			if d.ID == dim && (d.Score == nil || *d.Score < min) {
				t.Errorf("%s scores %v, want at least %v", dim, d.Score, min)
			}
		}
	}
	if it := e.First; it != nil {
		for _, a := range jp.Actions {
			if a.Shown {
				if it.Group != "" && a.Group != it.Group || it.Practice != "" && a.Practice != it.Practice {
					t.Errorf("the first action is %s (group %s), want %+v", a.Practice, a.Group, *it)
				}
				break
			}
		}
	}
	if it := e.AfterDoor; it != nil {
		found := false
		for _, a := range jp.Actions {
			if a.Shown && !a.Door {
				found = true
				if it.Group != "" && a.Group != it.Group || it.Practice != "" && a.Practice != it.Practice {
					t.Errorf("the first action after the door is %s (group %s), want %+v", a.Practice, a.Group, *it)
				}
				break
			}
		}
		if !found {
			t.Errorf("no shown action after the door, want %+v", *it)
		}
	}
	for id, h := range e.NotBefore {
		want := slices.Index(assessment.Horizons, h)
		if want < 0 {
			t.Errorf("not_before %s: %q is no horizon (%v)", id, h, assessment.Horizons)
			continue
		}
		for _, a := range jp.Actions {
			if a.Practice == id && a.Shown && slices.Index(assessment.Horizons, a.Horizon) < want {
				t.Errorf("%s is shown in %s; want %s or later", id, a.Horizon, h)
			}
		}
	}
	shownAt := func(id string) int {
		return slices.IndexFunc(jp.Actions, func(a jsonAction) bool { return a.Practice == id && a.Shown })
	}
	for id, laters := range e.Before {
		i := shownAt(id)
		if i < 0 {
			t.Errorf("before: %s is not a shown action", id)
			continue
		}
		for _, later := range laters {
			if j := shownAt(later); j >= 0 && j < i {
				t.Errorf("%s is shown before %s; want it after", later, id)
			}
		}
	}
	if e.StartHere != nil {
		got := false
		for _, a := range jp.Actions {
			got = got || a.Shown && a.StartHere
		}
		if got != *e.StartHere {
			t.Errorf("a door labelled start here: %v, want %v", got, *e.StartHere)
		}
	}
	if len(e.FirstNotGroups) > 0 {
		for _, a := range jp.Actions {
			if a.Shown {
				if slices.Contains(e.FirstNotGroups, a.Group) {
					t.Errorf("the first action %s is of group %s", a.Practice, a.Group)
				}
				break
			}
		}
	}
}

// TestVersion1Files: answers files of format version 1 (before the
// profile named countries) still load against the catalogue: no error; the
// old markets answer is not guessed into countries, and the plan says so,
// and how many profile questions it does not know — the count, not a list
// of eight or ten (plantext14: the notice ran to seven lines), programmes
// depending on them marked "check" and saying which — and still makes a
// plan. The command that continues the assessment is given once: these
// files are unfinished, so by the banner at the top.
func TestVersion1Files(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	paths, _ := filepath.Glob(filepath.Join("testdata", "v1", "*.yaml"))
	if len(paths) < 2 {
		t.Fatalf("%d version 1 files", len(paths))
	}
	for _, path := range paths {
		f, diags, err := loadAnswers(path, c)
		if err != nil || f == nil || diags.HasErrors() {
			t.Fatalf("%s does not load: %v %v", path, err, diags)
		}
		if m := f.Migrated(); m == nil || m.From != 1 || len(m.OldMarkets) == 0 {
			t.Errorf("%s: migration %+v", path, m)
		}
		p, err := buildIn("en", c, f, assessment.BuildOptions{Now: planClock})
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, n := range p.Notices {
			ids = append(ids, n.ID)
		}
		for _, want := range []string{"assessment.notice.migrated.markets", "assessment.notice.missingProfile.many"} {
			if !slices.Contains(ids, want) {
				t.Errorf("%s: notices %v lack %s", path, ids, want)
			}
		}
		for _, n := range p.Notices {
			if !strings.HasPrefix(n.ID, "assessment.notice.missingProfile") {
				continue
			}
			if n.Kind != assessment.NoticeResume {
				t.Errorf("%s: the missing-profile notice is of kind %q, want %q", path, n.Kind, assessment.NoticeResume)
			}
			if len(n.Text) > 280 || !strings.Contains(n.Text, `"check"`) {
				t.Errorf("%s: the missing-profile notice is %d characters, or does not say programmes are marked \"check\": %s", path, len(n.Text), n.Text)
			}
			for _, q := range []string{assessment.ProfileTurnover, assessment.ProfileSellsWhat, assessment.ProfileWaitingBuyer} {
				if name := i18n.English.T("assessment.profile.name." + q); strings.Contains(n.Text, name) {
					t.Errorf("%s: the notice lists the questions (%s): %s", path, name, n.Text)
				}
			}
		}
		if len(p.Actions) == 0 || p.TopActions == 0 {
			t.Errorf("%s: no actions", path)
		}
		var buf bytes.Buffer
		if err := render.Plan(&buf, p, render.FormatText, render.Options{Locale: i18n.English}); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.Join(strings.Fields(buf.String()), " "), "old question on markets names no country") {
			t.Errorf("%s: the text plan does not say the old markets answer is not used", path)
		}
		if n := strings.Count(buf.String(), "eis assess --resume"); n != 1 {
			t.Errorf("%s: the text plan gives the command to continue %d times, want once:\n%s", path, n, buf.String())
		}
	}
}

// TestMissingProfileNoticeGivesTheCommand: a complete answers file saved
// before the profile asked a question or two has no unfinished banner, so
// the notice naming them is followed by the command that continues the
// assessment, with the file, on a line of its own; the notice no longer
// says "eis assess --resume with your answers file" in its sentence. The
// HTML report, for the firm that reads it, gives the notice and no command:
// the notice says to answer them by continuing the assessment (ux27).
func TestMissingProfileNoticeGivesTheCommand(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "dk-design-furniture-jp", whatIf{replace: map[string]string{"  buyer-market: JP\n": "", "  main-constraint: finding-buyers\n": ""}})
	p = render.Localize(p, c, i18n.English)
	const cmd = "eis assess --resume firm.yaml --lang en"
	for _, f := range []string{render.FormatText, render.FormatMarkdown, render.FormatHTML} {
		var buf bytes.Buffer
		if err := render.Plan(&buf, p, f, render.Options{Locale: i18n.English, Width: 1000, ResumeCommand: cmd}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		notice := strings.Index(out, "eis does not know your answers to 2 profile questions")
		at := strings.Index(out, cmd)
		if f == render.FormatHTML {
			if notice < 0 || strings.Contains(out, "eis assess") || !strings.Contains(out[notice:], "by continuing the assessment") {
				t.Errorf("%s: want the notice, saying to continue the assessment, and no command (notice at %d):\n%s", f, notice, out)
			}
			continue
		}
		if notice < 0 || at < notice || strings.Count(out, "eis assess --resume") != 1 {
			t.Errorf("%s: the notice (at %d) is not followed by the command (at %d), once:\n%s", f, notice, at, out)
		}
	}
}

// TestDeviceRepresentativeWithTheOffer: a Swiss buyer of medical devices
// can be delivered only once the maker has a Swiss authorised
// representative and a Swiss importer, so the offer it waits for brings the
// representatives' action right after it — before the credit cover of the
// payment (helper adv16f, session 16: it-meddevices-ch-gb had SACE second
// and the CH-REP third).
func TestDeviceRepresentativeWithTheOffer(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := profilePlan(t, c, "it-meddevices-ch-gb", "en")
	var order []string
	for _, a := range p.Actions {
		if a.Shown {
			order = append(order, a.Practice)
		}
	}
	offer := slices.Index(order, "global-answer-waiting-buyer")
	reps := slices.Index(order, "global-device-representative-ch-gb")
	if offer < 0 || reps != offer+1 {
		t.Errorf("shown actions %v: want global-device-representative-ch-gb right after global-answer-waiting-buyer", order)
	}
}
