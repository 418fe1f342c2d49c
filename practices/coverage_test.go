package practices_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// edition is the date this edition of the catalogue was reviewed; coverage is
// judged as of that day so the tests do not change with the wall clock (the
// validator warns separately about entries that expire later).
var edition = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

// Minimum number of practices per region (historic ones included).
const (
	minPartnerPractices = 6
	minEUPractices      = 7
	minGlobalPractices  = 10
)

// barrier is one of the four export barriers the OECD found most serious for
// SMEs, with the questions that detect it and the needs that address it.
type barrier struct {
	name      string
	questions []string
	needs     []string
}

// oecdBarriers maps the OECD's top four barriers (OECD, "Top barriers and
// drivers to SME internationalisation", 2009) to the questionnaire and to the
// practices' needs.
var oecdBarriers = []barrier{
	{"shortage of working capital to finance exports", []string{"finance.working-capital"}, []string{"finance"}},
	{"identifying foreign business opportunities", []string{"market-knowledge.opportunities"}, []string{"market-research", "partners"}},
	{"limited information to locate and analyse markets", []string{"market-knowledge.desk-research"}, []string{"market-research"}},
	{"inability to contact potential overseas customers", []string{"sales-channels.contacts", "sales-channels.met-buyers"}, []string{"partners", "trade-fairs"}},
}

// load parses the catalogue in fsys without the validator's content checks:
// these tests are about coverage, and the validator (TestEmbeddedLoads,
// `eis validate`) owns validity. Structural errors fail the test unless the
// catalogue is a deliberately broken fixture.
func load(t *testing.T, fsys fs.FS, fixture bool) *catalogue.Catalogue {
	t.Helper()
	c, diags, err := catalogue.Parse(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if diags.HasErrors() && !fixture {
		for _, d := range diags {
			t.Log(d)
		}
		t.Fatal("catalogue has structural errors")
	}
	return c
}

// active reports whether a practice can be an action on the edition date.
func active(p *catalogue.Practice) bool {
	if p.Status == "historic" {
		return false
	}
	if p.ValidFrom != nil && edition.Before(p.ValidFrom.Time()) {
		return false
	}
	if p.ValidUntil != nil && edition.After(p.ValidUntil.Time()) {
		return false
	}
	return true
}

// servesStage reports whether a practice lists the stage (no stages: all).
func servesStage(p *catalogue.Practice, stage string) bool {
	return len(p.Stages) == 0 || slices.Contains(p.Stages, stage)
}

// walk calls fn for r and every rule below it.
func walk(r *catalogue.Rule, fn func(*catalogue.Rule)) {
	if r == nil {
		return
	}
	fn(r)
	for _, s := range r.All {
		walk(s, fn)
	}
	for _, s := range r.Any {
		walk(s, fn)
	}
	walk(r.Not, fn)
}

// refs is what a practice's rule refers to.
type refs struct {
	questions  map[string]bool // scored questions named in `answer`
	dimensions map[string]bool // dimensions named in score_below / score_at_least
}

func ruleRefs(r *catalogue.Rule) refs {
	out := refs{questions: map[string]bool{}, dimensions: map[string]bool{}}
	walk(r, func(r *catalogue.Rule) {
		if r.Answer != nil {
			out.questions[r.Answer.Question] = true
		}
		if r.ScoreBelow != nil {
			out.dimensions[r.ScoreBelow.Dimension] = true
		}
		if r.ScoreAtLeast != nil {
			out.dimensions[r.ScoreAtLeast.Dimension] = true
		}
	})
	return out
}

// namesSituation reports whether r names a profile question on the firm's
// own situation (assessment.ProfileSituation: a buyer waiting, the main
// constraint), which is the gap a method answering it fills.
func namesSituation(r *catalogue.Rule) bool {
	found := false
	walk(r, func(r *catalogue.Rule) {
		if r.Profile != nil && slices.Contains(assessment.ProfileSituation, r.Profile.Question) {
			found = true
		}
	})
	return found
}

func regionScope(c *catalogue.Catalogue, id string) string {
	if r := c.Region(id); r != nil {
		return r.Scope
	}
	return ""
}

// A check looks at the whole catalogue and returns its problems, one line
// each; gap notes (ideas, not failures) go through note when it is not nil.
type check func(c *catalogue.Catalogue, note func(string)) []string

// checks are the coverage checks, by name; each runs on the embedded catalogue
// (no problems allowed) and on the negative fixture (its problems pinned).
var checks = []struct {
	name string
	fn   check
}{
	{"dimension-stage", dimensionStageProblems},
	{"region-size", regionProblems},
	{"oecd-barriers", func(c *catalogue.Catalogue, _ func(string)) []string { return barrierProblems(c, oecdBarriers) }},
	{"dead-questions", deadQuestionProblems},
	{"partner-options", partnerOptionProblems},
	{"questionnaire-shape", shapeProblems},
	{"graded-scores", scoreProblems},
	{"conditions-look-back", conditionProblems},
	{"general-methods", methodProblems},
}

// dimensionStageProblems requires, for every dimension and stage, at least
// one active global or EU-wide practice, so a firm anywhere gets something to
// do on every gap. Gaps in each partner region's own offer are only noted:
// they are ideas for its editors.
func dimensionStageProblems(c *catalogue.Catalogue, note func(string)) []string {
	var out []string
	for _, d := range c.Dimensions {
		for _, stage := range catalogue.Stages {
			has := slices.ContainsFunc(c.Practices, func(p *catalogue.Practice) bool {
				sc := regionScope(c, p.Region)
				return (sc == "global" || sc == "eu") && active(p) && servesStage(p, stage) && slices.Contains(p.Dimensions, d.ID)
			})
			if !has {
				out = append(out, fmt.Sprintf("dimension %s, stage %s: no active global or EU practice", d.ID, stage))
			}
		}
	}
	for _, r := range c.Regions {
		if !r.EISPartner || note == nil {
			continue
		}
		var gaps []string
		for _, d := range c.Dimensions {
			for _, stage := range catalogue.Stages {
				has := slices.ContainsFunc(c.Practices, func(p *catalogue.Practice) bool {
					return p.Region == r.ID && active(p) && servesStage(p, stage) && slices.Contains(p.Dimensions, d.ID)
				})
				if !has {
					gaps = append(gaps, d.ID+"/"+stage)
				}
			}
		}
		if len(gaps) > 0 {
			note(fmt.Sprintf("%s: no own active practice for %d of %d dimension/stage pairs: %s",
				r.ID, len(gaps), len(c.Dimensions)*len(catalogue.Stages), strings.Join(gaps, " ")))
		}
	}
	return out
}

// regionProblems checks the size of each region's offer (partner regions,
// eu and global), and that every stage a region's practices claim has at
// least one active practice, so no stage is served by historic entries only.
func regionProblems(c *catalogue.Catalogue, note func(string)) []string {
	var out []string
	for _, r := range c.Regions {
		min := 0
		switch {
		case r.EISPartner:
			min = minPartnerPractices
		case r.Scope == "eu":
			min = minEUPractices
		case r.Scope == "global":
			min = minGlobalPractices
		default:
			continue // other-eu, non-eu: catch-alls with no entries of their own
		}
		var all, act int
		claimed := map[string]bool{}
		activeStage := map[string]bool{}
		for _, p := range c.Practices {
			if p.Region != r.ID {
				continue
			}
			all++
			if active(p) {
				act++
			}
			stages := p.Stages
			if len(stages) == 0 {
				stages = catalogue.Stages
			}
			for _, s := range stages {
				claimed[s] = true
				if active(p) {
					activeStage[s] = true
				}
			}
		}
		if all < min {
			out = append(out, fmt.Sprintf("%s has %d practices, want at least %d", r.ID, all, min))
		}
		for _, s := range catalogue.Stages {
			if claimed[s] && !activeStage[s] {
				out = append(out, fmt.Sprintf("%s: stage %s is served only by historic or expired practices", r.ID, s))
			}
		}
		if note != nil {
			note(fmt.Sprintf("%s: %d practices, %d active", r.ID, all, act))
		}
	}
	return out
}

// barrierProblems checks each barrier against the catalogue: its needs are in
// the vocabulary, its questions exist and are scored, and at least one active
// practice both reacts to one of its questions and addresses one of its needs.
func barrierProblems(c *catalogue.Catalogue, barriers []barrier) []string {
	var out []string
	for _, b := range barriers {
		for _, n := range b.needs {
			if !slices.Contains(catalogue.Needs, n) {
				out = append(out, fmt.Sprintf("barrier %q: need %q is not in the needs vocabulary", b.name, n))
			}
		}
		for _, id := range b.questions {
			if q := c.Question(id); q == nil || !q.Scored() {
				out = append(out, fmt.Sprintf("barrier %q: question %s is missing or not scored", b.name, id))
			}
		}
		hit := slices.ContainsFunc(c.Practices, func(p *catalogue.Practice) bool {
			if !active(p) || !slices.ContainsFunc(p.Needs, func(n string) bool { return slices.Contains(b.needs, n) }) {
				return false
			}
			rf := ruleRefs(p.When)
			return slices.ContainsFunc(b.questions, func(q string) bool { return rf.questions[q] })
		})
		if !hit {
			out = append(out, fmt.Sprintf("barrier %q: no active practice with needs %v reacts to questions %v", b.name, b.needs, b.questions))
		}
	}
	return out
}

// deadQuestionProblems requires that every scored question can change the
// plan: some practice's rule names it, or names its dimension's score.
func deadQuestionProblems(c *catalogue.Catalogue, note func(string)) []string {
	direct := map[string]bool{}
	byDim := map[string]bool{}
	for _, p := range c.Practices {
		rf := ruleRefs(p.When)
		for q := range rf.questions {
			direct[q] = true
		}
		for d := range rf.dimensions {
			byDim[d] = true
		}
	}
	var out []string
	for _, q := range c.Questions {
		switch {
		case !direct[q.ID] && !byDim[q.Dimension]:
			out = append(out, fmt.Sprintf("question %s is dead: no practice rule names it or the score of %s", q.ID, q.Dimension))
		case !direct[q.ID] && note != nil:
			note(fmt.Sprintf("question %s is used only through the %s score", q.ID, q.Dimension))
		}
	}
	return out
}

// partnerOptionProblems requires that every option of the profile question
// region is a known region, that the seven EIS partner regions are offered,
// and that each has practices of its own.
func partnerOptionProblems(c *catalogue.Catalogue, _ func(string)) []string {
	q := c.Question("region")
	if q == nil {
		return []string{"profile question region is missing"}
	}
	var out []string
	partners := 0
	for _, o := range q.Options {
		r := c.Region(o.ID)
		if r == nil {
			out = append(out, fmt.Sprintf("region option %s is not a region in regions.yaml", o.ID))
			continue
		}
		if !r.EISPartner {
			continue
		}
		partners++
		if !slices.ContainsFunc(c.Practices, func(p *catalogue.Practice) bool { return p.Region == o.ID }) {
			out = append(out, fmt.Sprintf("partner region %s can be chosen in the profile but has no practices", o.ID))
		}
	}
	if partners != 7 {
		out = append(out, fmt.Sprintf("the profile offers %d EIS partner regions, want 7", partners))
	}
	return out
}

// shapeProblems checks the questionnaire as a whole: 30–45 questions (about
// fifteen minutes), at least two per dimension, IDs prefixed by their
// dimension, every kind used, and at least three conditional questions.
func shapeProblems(c *catalogue.Catalogue, _ func(string)) []string {
	var out []string
	if n := len(c.Questions); n < 30 || n > 45 {
		out = append(out, fmt.Sprintf("%d scored questions, want 30–45", n))
	}
	for _, d := range c.Dimensions {
		if n := len(c.QuestionsIn(d.ID)); n < 2 {
			out = append(out, fmt.Sprintf("dimension %s has %d questions, want at least 2", d.ID, n))
		}
	}
	kinds := map[string]int{}
	conditional := 0
	for _, q := range c.Questions {
		kinds[q.Kind]++
		if q.When != nil {
			conditional++
		}
		if !strings.HasPrefix(q.ID, q.Dimension+".") {
			out = append(out, fmt.Sprintf("question %s: ID must start with %q", q.ID, q.Dimension+"."))
		}
	}
	if conditional < 3 {
		out = append(out, fmt.Sprintf("%d conditional questions, want at least 3", conditional))
	}
	for _, k := range []string{catalogue.KindScale, catalogue.KindSingle, catalogue.KindYesNo, catalogue.KindMulti} {
		if kinds[k] == 0 {
			out = append(out, fmt.Sprintf("no question of kind %s", k))
		}
	}
	return out
}

// scoreProblems checks each scored question's options: scores on the
// 0 / 0.25 / 0.5 / 1 grid, worst 0 and best 1 (multi: options that can sum to
// 1), scale options in rising order, yes/no exactly yes and no, and text and
// help in every catalogue language.
func scoreProblems(c *catalogue.Catalogue, _ func(string)) []string {
	grid := []float64{0, 0.25, 0.5, 1}
	var out []string
	for _, q := range c.Questions {
		bad := func(format string, args ...any) {
			out = append(out, q.ID+": "+fmt.Sprintf(format, args...))
		}
		for _, lang := range c.Meta.Languages {
			if q.Text.In(lang) == "" || q.Help.In(lang) == "" {
				bad("text or help missing in %s", lang)
			}
		}
		var scores []float64
		var ids []string
		for _, o := range q.Options {
			ids = append(ids, o.ID)
			if o.Score == nil {
				bad("option %s has no score", o.ID)
				continue
			}
			if !slices.Contains(grid, *o.Score) {
				bad("option %s scores %v, want one of %v", o.ID, *o.Score, grid)
			}
			scores = append(scores, *o.Score)
		}
		if len(scores) == 0 {
			continue
		}
		switch q.Kind {
		case catalogue.KindYesNo:
			sort.Strings(ids)
			if fmt.Sprint(ids) != "[no yes]" {
				bad("yes/no options are %v, want exactly yes and no", ids)
			}
		case catalogue.KindMulti:
			sum := 0.0
			for _, s := range scores {
				sum += s
			}
			if sum < 1 {
				bad("multi options sum to %v, so the best answer cannot reach 1", sum)
			}
		default:
			if slices.Min(scores) != 0 || slices.Max(scores) != 1 {
				bad("scores run %v–%v, want 0–1", slices.Min(scores), slices.Max(scores))
			}
			if q.Kind == catalogue.KindScale && !slices.IsSorted(scores) {
				bad("scale options are not in rising order: %v", scores)
			}
		}
	}
	return out
}

// conditionProblems requires that a question's condition refers only to
// profile questions and to scored questions asked before it, only to options
// those questions have, and never to scores or the stage (not known yet).
func conditionProblems(c *catalogue.Catalogue, _ func(string)) []string {
	var out []string
	profile := map[string]*catalogue.Question{}
	for _, q := range c.Profile {
		profile[q.ID] = q
	}
	earlier := map[string]*catalogue.Question{}
	for _, q := range c.Questions {
		walk(q.When, func(r *catalogue.Rule) {
			if r.ScoreBelow != nil || r.ScoreAtLeast != nil || len(r.Stage) > 0 {
				out = append(out, q.ID+": a question's condition may not depend on scores or the stage")
			}
			lookup := func(kind string, a *catalogue.AnswerIn, pool map[string]*catalogue.Question) {
				ref := pool[a.Question]
				if ref == nil {
					out = append(out, fmt.Sprintf("%s: condition names %s question %s, which is not asked before it", q.ID, kind, a.Question))
					return
				}
				for _, o := range a.In {
					if ref.Option(o) == nil && o != catalogue.DontKnow && o != catalogue.NotApplicable {
						out = append(out, fmt.Sprintf("%s: condition names option %s, which %s does not have", q.ID, o, a.Question))
					}
				}
			}
			if r.Profile != nil {
				lookup("profile", r.Profile, profile)
			}
			if r.Answer != nil {
				lookup("scored", r.Answer, earlier)
			}
		})
		earlier[q.ID] = q
	}
	return out
}

// methodProblems checks each general method (region global; how many there
// are is regionProblems' job): an active method without a level, with an ID
// starting "global-", a rule that names the gap it fills, 2–5 steps and at
// least one source.
func methodProblems(c *catalogue.Catalogue, _ func(string)) []string {
	var out []string
	for _, p := range c.Practices {
		if p.Region != "global" {
			continue
		}
		bad := func(format string, args ...any) {
			out = append(out, p.ID+": "+fmt.Sprintf(format, args...))
		}
		if p.Type != "method" {
			bad("type %q, want method", p.Type)
		}
		if p.Level != "" {
			bad("a general method has no implementation level")
		}
		if !strings.HasPrefix(p.ID, "global-") {
			bad("ID must start with global-")
		}
		if rf := ruleRefs(p.When); len(rf.questions) == 0 && len(rf.dimensions) == 0 && !namesSituation(p.When) {
			bad("its rule must name a question, a dimension score or the firm's situation (the gap it fills)")
		}
		// 2–5 steps every firm reads; a step for some firms only
		// (step_when) may make one more — the offer's public-buyer step, for
		// a firm that sells to public bodies (adv18a, session 18). Two
		// steps whose rules are each other's negation are one step in two
		// wordings — the on-site offer's A1 step for a firm in the EU and
		// for a UK one (adv21f, session 21): every firm reads one of them.
		variants := alternativeSteps(p.StepWhen) + countrySteps(p.StepWhen)
		if all := len(p.Steps) - len(p.StepWhen); len(p.Steps) < 2 || all > 5 || len(p.Steps)-variants > 6 {
			bad("%d steps, want 2–5", len(p.Steps))
		}
		if len(p.Sources) == 0 {
			bad("no sources")
		}
		if !active(p) {
			bad("a general method cannot be historic or expired")
		}
	}
	return out
}

// TestEmbeddedCatalogueCoverage runs every check on the embedded catalogue:
// none may report a problem. Gap notes are logged for the regions' editors.
func TestEmbeddedCatalogueCoverage(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	for _, ck := range checks {
		t.Run(ck.name, func(t *testing.T) {
			t.Parallel()
			for _, p := range ck.fn(c, func(s string) { t.Log(s) }) {
				t.Error(p)
			}
		})
	}
}

// fixtureFS returns the catalogue fixture in dir with each "*.yaml.fixture"
// file renamed to "*.yaml". The suffix keeps the fixture out of
// `eis validate practices`, which reads every *.yaml below practices/.
func fixtureFS(t *testing.T, dir string) fs.FS {
	t.Helper()
	out := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml.fixture") {
			return err
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
		if err != nil {
			return err
		}
		out[strings.TrimSuffix(p, ".fixture")] = &fstest.MapFile{Data: data}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("no *.yaml.fixture files in %s", dir)
	}
	return out
}

// TestChecksCatchGaps runs every check on testdata/coverage-gaps, a small
// catalogue with one known defect of each kind, and pins what each reports.
func TestChecksCatchGaps(t *testing.T) {
	t.Parallel()
	c := load(t, fixtureFS(t, "testdata/coverage-gaps"), true)
	fixtureBarriers := []barrier{
		{"served", []string{"alpha.level"}, []string{"market-research"}},
		{"wrong need", []string{"alpha.level"}, []string{"finance"}},
		{"unknown question", []string{"alpha.missing"}, []string{"finance", "no-such-need"}},
	}
	want := map[string][]string{
		"dimension-stage": {
			"dimension alpha, stage first-exports: no active global or EU practice",
			"dimension alpha, stage expanding: no active global or EU practice",
			"dimension alpha, stage established: no active global or EU practice",
			"dimension beta, stage exploring: no active global or EU practice",
			"dimension beta, stage first-exports: no active global or EU practice",
			"dimension beta, stage expanding: no active global or EU practice",
			"dimension beta, stage established: no active global or EU practice",
		},
		"region-size": {
			"r-one has 1 practices, want at least 6",
			"r-one: stage first-exports is served only by historic or expired practices",
			"r-two has 0 practices, want at least 6",
			"eu has 0 practices, want at least 7",
			"global has 2 practices, want at least 10",
		},
		"oecd-barriers": {
			`barrier "wrong need": no active practice with needs [finance] reacts to questions [alpha.level]`,
			`barrier "unknown question": need "no-such-need" is not in the needs vocabulary`,
			`barrier "unknown question": question alpha.missing is missing or not scored`,
			`barrier "unknown question": no active practice with needs [finance no-such-need] reacts to questions [alpha.missing]`,
		},
		"dead-questions": {
			"question beta.dead is dead: no practice rule names it or the score of beta",
		},
		"partner-options": {
			"region option nowhere is not a region in regions.yaml",
			"partner region r-two can be chosen in the profile but has no practices",
			"the profile offers 2 EIS partner regions, want 7",
		},
		"questionnaire-shape": {
			"4 scored questions, want 30–45",
			"dimension alpha has 1 questions, want at least 2",
			"question alpha.later: ID must start with \"beta.\"",
			"1 conditional questions, want at least 3",
			"no question of kind single",
			"no question of kind multi",
		},
		"graded-scores": {
			"alpha.level: text or help missing in da",
			"alpha.level: scale options are not in rising order: [0 0.5 0.25 1]",
			"alpha.later: option half scores 0.3, want one of [0 0.25 0.5 1]",
			"alpha.later: scores run 0–0.3, want 0–1",
			"beta.yesno: yes/no options are [maybe yes], want exactly yes and no",
		},
		"conditions-look-back": {
			"alpha.level: condition names scored question alpha.later, which is not asked before it",
			"alpha.level: condition names option elsewhere, which region does not have",
		},
		"general-methods": {
			"global-no-rule: its rule must name a question, a dimension score or the firm's situation (the gap it fills)",
			"global-no-rule: 1 steps, want 2–5",
			"global-no-rule: no sources",
			"global-no-rule: a general method cannot be historic or expired",
		},
	}
	for _, ck := range checks {
		fn := ck.fn
		if ck.name == "oecd-barriers" {
			fn = func(c *catalogue.Catalogue, _ func(string)) []string { return barrierProblems(c, fixtureBarriers) }
		}
		t.Run(ck.name, func(t *testing.T) {
			t.Parallel()
			got := fn(c, nil)
			if !slices.Equal(got, want[ck.name]) {
				t.Errorf("problems:\n got %q\nwant %q", got, want[ck.name])
			}
		})
	}
}

// alternativeSteps counts the steps of a practice that are another step's
// other wording: its step_when rule is `not` of the other's, so each firm
// reads exactly one of the two.
// countrySteps are the steps beyond two that each name one market country
// alone — the packaging registration's steps for France, Italy, Austria and
// Germany: a firm reads those of its own markets, and one with more than two
// of them has more to do (pkg28, session 28).
func countrySteps(sw []*catalogue.StepWhen) int {
	n := 0
	for _, a := range sw {
		if a.When != nil && a.When.Markets != nil && len(a.When.Markets.Countries) == 1 && len(a.When.Markets.Kinds) == 0 {
			n++
		}
	}
	return max(n-2, 0)
}

func alternativeSteps(sw []*catalogue.StepWhen) int {
	n := 0
	// Steps for a firm's home — one authority per country, the export
	// control check's (adv22a, session 22) — are alternatives too: of the
	// steps whose rules name only where the firm is based, a firm reads
	// those of its own home, so all but the most any one home reads are
	// variants. Such steps are left out of the pairs below.
	var home []*catalogue.StepWhen
	for _, a := range sw {
		if a.When != nil && homeOnly(a.When) {
			home = append(home, a)
		}
	}
	if len(home) > 0 {
		n += len(home) - mostHomeSteps(home)
	}
	// Steps for a firm's home under one same condition on its markets —
	// how a phytosanitary certificate is got in Portugal, in Denmark or
	// elsewhere, for a market that needs one (fresh25, session 25) — are
	// alternatives the same way, counted per condition.
	byCond := map[string][]*catalogue.StepWhen{}
	var conds []string
	for _, a := range sw {
		if a.When == nil || len(a.When.All) != 2 {
			continue
		}
		x, h := a.When.All[0], a.When.All[1]
		if homeOnly(x) {
			x, h = h, x
		}
		if homeOnly(x) || !homeOnly(h) {
			continue
		}
		k, err := json.Marshal(x)
		if err != nil {
			continue
		}
		if _, ok := byCond[string(k)]; !ok {
			conds = append(conds, string(k))
		}
		byCond[string(k)] = append(byCond[string(k)], &catalogue.StepWhen{Step: a.Step, When: h})
	}
	for _, k := range conds {
		if g := byCond[k]; len(g) > 1 {
			n += len(g) - mostHomeSteps(g)
		}
	}
	for _, a := range sw {
		if a.When != nil && homeOnly(a.When) {
			continue
		}
		for _, b := range sw {
			if a != b && a.When != nil && b.When != nil && a.When.Not != nil && sameRule(a.When.Not, b.When) {
				n++
				break
			}
		}
	}
	return n
}

// homeOnly reports whether rule r names nothing but the firm's region and
// home country.
func homeOnly(r *catalogue.Rule) bool {
	switch {
	case r.Not != nil:
		return homeOnly(r.Not)
	case len(r.All) > 0 || len(r.Any) > 0:
		for _, x := range append(slices.Clone(r.All), r.Any...) {
			if !homeOnly(x) {
				return false
			}
		}
		return true
	case r.Profile != nil:
		return r.Profile.Question == "region" || r.Profile.Question == "home-country"
	}
	return false
}

// homeHolds evaluates a homeOnly rule for a firm based in region, with home
// country country ("" when it was not asked or is one no rule names).
func homeHolds(r *catalogue.Rule, region, country string) bool {
	switch {
	case r.Not != nil:
		return !homeHolds(r.Not, region, country)
	case len(r.All) > 0:
		for _, x := range r.All {
			if !homeHolds(x, region, country) {
				return false
			}
		}
		return true
	case len(r.Any) > 0:
		for _, x := range r.Any {
			if homeHolds(x, region, country) {
				return true
			}
		}
		return false
	case r.Profile.Question == "region":
		return slices.Contains(r.Profile.In, region)
	}
	return slices.Contains(r.Profile.In, country)
}

// mostHomeSteps is the most of the home steps sw one firm reads: for a firm
// in each region the rules name (home country not asked) and, in another
// region of the EU or outside it, in each country they name or none of them.
func mostHomeSteps(sw []*catalogue.StepWhen) int {
	var regions, countries []string
	var collect func(r *catalogue.Rule)
	collect = func(r *catalogue.Rule) {
		if r.Not != nil {
			collect(r.Not)
		}
		for _, x := range append(slices.Clone(r.All), r.Any...) {
			collect(x)
		}
		if r.Profile != nil && r.Profile.Question == "region" {
			regions = append(regions, r.Profile.In...)
		} else if r.Profile != nil {
			countries = append(countries, r.Profile.In...)
		}
	}
	for _, s := range sw {
		collect(s.When)
	}
	most := 0
	count := func(region, country string) {
		n := 0
		for _, s := range sw {
			if homeHolds(s.When, region, country) {
				n++
			}
		}
		most = max(most, n)
	}
	for _, r := range regions {
		if r != "other-eu" && r != "non-eu" {
			count(r, "")
		}
	}
	for _, r := range []string{"other-eu", "non-eu"} {
		for _, c := range append(countries, "") {
			count(r, c)
		}
	}
	return most
}

// sameRule reports whether two rules say the same, wherever they were
// written (their positions differ).
func sameRule(a, b *catalogue.Rule) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}
