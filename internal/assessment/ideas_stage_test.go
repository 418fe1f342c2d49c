package assessment

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestIdeasRespectStages: an idea from another region is for firms at the
// stages its practice served (or, for a need about a market, at the firm's
// stage in one of its target markets) — an export consortium (first
// exports, expanding) is no idea for owners who have not decided to export
// (hr-undecided-micro) nor for a start-up without foreign sales
// (dk-software-startup); other
// ideas stay (the filter does not hide them all).
func TestIdeasRespectStages(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	files, err := filepath.Glob("../../practices/testdata/profiles/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("profiles: %v %v", files, err)
	}
	ideas, consortia := 0, map[string]bool{}
	check := func(name string, p Plan) {
		for _, i := range p.Ideas {
			ideas++
			pr := cat.Practice(i.Practice)
			if pr == nil {
				t.Fatalf("%s: idea %s not in the catalogue", name, i.Practice)
			}
			if i.Practice == "it-export-consortia" {
				consortia[name] = true
			}
			if len(pr.Stages) == 0 || slices.Contains(pr.Stages, p.Stage.ID) {
				continue
			}
			fits := false
			if g := cat.Group(pr.Group); g != nil && g.MarketScoped {
				for _, m := range p.Stage.Markets {
					fits = fits || slices.Contains(pr.Stages, m.Stage)
				}
			}
			if !fits {
				t.Errorf("%s (stage %s): idea %s is for the stages %v", name, p.Stage.ID, i.Practice, pr.Stages)
			}
		}
	}
	for _, path := range files {
		if filepath.Base(path) == "expectations.yaml" {
			continue
		}
		f, _, err := answers.Load(path, cat)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		p, err := Build(cat, f, BuildOptions{Now: testNow})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		check(filepath.Base(path), p)
	}
	// The firms whose own country the catalogue covers get few ideas
	// (TestIdeasTheFirmCanActOn); the same firms based in Switzerland,
	// whose support it does not hold, get more.
	for _, name := range []string{"hr-undecided-micro", "dk-software-startup", "uk-food-eu", "dk-aalborg-outside"} {
		check(name+".yaml", buildProfile(t, cat, name, "non-eu", "CH"))
	}
	for _, name := range []string{"hr-undecided-micro.yaml", "dk-software-startup.yaml"} {
		if consortia[name] {
			t.Errorf("%s: the export-consortium idea (first exports, expanding) is offered", name)
		}
	}
	if ideas == 0 {
		t.Error("no profile gets an idea: the stage filter hides them all")
	}

}
