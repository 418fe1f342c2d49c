package cli

import (
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
)

// loadAnswers reads the answers file at path against cat (answers.Load) and
// adds the checks that need rule evaluation (assessment.Check): answers to
// questions not asked, and missing answers in a file that says complete.
// It is the one way `eis plan` and `eis assess` read an answers file. The
// diagnostics are sorted and in lang; when they hold an error the file is
// nil. err is only for a file that cannot be read.
func loadAnswers(path string, cat *catalogue.Catalogue, lang string) (*answers.File, catalogue.Diagnostics, error) {
	f, ds, err := answers.Load(path, cat, lang)
	if err != nil || f == nil {
		return nil, ds, err
	}
	ds = append(ds, assessment.Check(cat, f, lang)...)
	ds.Sort()
	if ds.HasErrors() {
		return nil, ds, nil
	}
	return f, ds, nil
}
