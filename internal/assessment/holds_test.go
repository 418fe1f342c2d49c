package assessment

import (
	"path/filepath"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// TestHoldsIsEval: holds, which works out no reasons and stops at the
// first part that decides, gives the value Eval gives, for every rule of
// the embedded catalogue (and each of its sub-rules) on the answers of
// every profile fixture and of answer sets at every option.
func TestHoldsIsEval(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	var rules []*catalogue.Rule
	var walk func(r *catalogue.Rule)
	walk = func(r *catalogue.Rule) {
		if r == nil {
			return
		}
		rules = append(rules, r)
		for _, x := range append(append([]*catalogue.Rule{}, r.All...), r.Any...) {
			walk(x)
		}
		walk(r.Not)
	}
	for _, p := range cat.Practices {
		walk(p.When)
	}
	for _, q := range allQuestions(cat) {
		walk(q.When)
	}
	for _, g := range cat.Groups {
		for _, d := range g.Decisive {
			walk(d.When)
		}
	}
	files := []*answers.File{}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "practices", "testdata", "profiles", "*.yaml"))
	if len(paths) < 10 {
		t.Fatalf("%d profile fixtures", len(paths))
	}
	for _, path := range paths {
		if filepath.Base(path) == "expectations.yaml" {
			continue
		}
		f, _, err := answers.Load(path, cat)
		if err != nil || f == nil {
			t.Fatalf("%s: %v", path, err)
		}
		files = append(files, f)
	}
	for _, exports := range []string{"none", "occasional", "regular"} {
		for k := range 5 {
			files = append(files, answersAt(cat, exports, k))
		}
	}
	trues, falses := 0, 0
	for _, f := range files {
		fx := NewFacts(cat, f)
		for _, r := range rules {
			want, _ := fx.Eval(r)
			if got := fx.holds(r); got != want {
				t.Fatalf("%s: holds gives %v, Eval %v, for the rule at %v", f.Language, got, want, r.Pos)
			}
			if want {
				trues++
			} else {
				falses++
			}
		}
	}
	if trues == 0 || falses == 0 {
		t.Errorf("%d rules true, %d false: the fixtures do not try both", trues, falses)
	}
}
