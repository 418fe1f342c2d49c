package practices_test

import (
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// loadAnswers reads an answers file as `eis plan` does: answers.Load, then
// assessment.Check; with an error among the diagnostics the file is nil.
func loadAnswers(path string, c *catalogue.Catalogue, lang string) (*answers.File, catalogue.Diagnostics, error) {
	f, ds, err := answers.Load(path, c, lang)
	if err != nil || f == nil {
		return nil, ds, err
	}
	ds = append(ds, assessment.Check(c, f, lang)...)
	ds.Sort()
	if ds.HasErrors() {
		return nil, ds, nil
	}
	return f, ds, nil
}
