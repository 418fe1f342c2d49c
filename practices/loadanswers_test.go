package practices_test

import (
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
)

// loadAnswers reads an answers file as `eis plan` does: answers.Load, then
// assessment.Check; with an error among the diagnostics the file is nil.
func loadAnswers(path string, c *catalogue.Catalogue) (*answers.File, diag.Diagnostics, error) {
	f, ds, err := answers.Load(path, c)
	if err != nil || f == nil {
		return nil, ds, err
	}
	ds = append(ds, assessment.Check(c, f)...)
	ds.Sort()
	if ds.HasErrors() {
		return nil, ds, nil
	}
	return f, ds, nil
}

// buildIn is the plan `eis plan` makes: assessment.Build, said in lang.
func buildIn(lang string, c *catalogue.Catalogue, f *answers.File, o assessment.BuildOptions) (assessment.Plan, error) {
	p, err := assessment.Build(c, f, o)
	if err != nil {
		return p, err
	}
	return render.Localize(p, c, i18n.Get(lang)), nil
}
