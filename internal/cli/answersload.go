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
	f, ds, _, err := loadAnswersFor(path, cat, lang, false)
	return f, ds, err
}

// ruleMissingAnswer is assessment.Check's rule for a file that says
// complete: true but lacks answers to questions that apply.
const ruleMissingAnswer = "missing-answer"

// loadAnswersFor is loadAnswers; with resume (a file to continue), a file
// that says complete: true but lacks answers (the catalogue gained
// questions) is not an error, since filling such gaps is what resuming is
// for: the file comes back with complete set to false and reopened true.
// Every other error stays one.
func loadAnswersFor(path string, cat *catalogue.Catalogue, lang string, resume bool) (f *answers.File, ds catalogue.Diagnostics, reopened bool, err error) {
	f, ds, err = answers.Load(path, cat, lang)
	if err != nil || f == nil {
		return nil, ds, false, err
	}
	for _, d := range assessment.Check(cat, f, lang) {
		if resume && d.Rule == ruleMissingAnswer {
			reopened = true
			continue
		}
		ds = append(ds, d)
	}
	ds.Sort()
	if ds.HasErrors() {
		return nil, ds, false, nil
	}
	if reopened {
		f.Complete = false
	}
	return f, ds, reopened, nil
}
