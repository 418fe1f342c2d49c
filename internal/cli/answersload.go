package cli

import (
	"bytes"
	"io"
	"os"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// readAnswersFile reads the bytes of the answers file at path, at most one
// byte more than an answers file may have (answers.Read refuses a larger
// one), so that a command can choose its language from the file's
// (answers.Language) before it says anything about it.
func readAnswersFile(path string) ([]byte, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	return io.ReadAll(io.LimitReader(fh, answers.MaxSize+1))
}

// loadAnswers checks the answers file data (read from path) against cat
// (answers.Read) and adds the checks that need rule evaluation
// (assessment.Check): answers to questions not asked, and missing answers
// in a file that says complete. It is the one way `eis plan` and `eis
// assess` read an answers file. The diagnostics are sorted; when they hold
// an error the file is nil.
func loadAnswers(data []byte, path string, cat *catalogue.Catalogue) (*answers.File, diag.Diagnostics, error) {
	f, ds, _, err := loadAnswersFor(data, path, cat, false)
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
func loadAnswersFor(data []byte, path string, cat *catalogue.Catalogue, resume bool) (f *answers.File, ds diag.Diagnostics, reopened bool, err error) {
	f, ds, err = answers.Read(bytes.NewReader(data), path, cat)
	if err != nil || f == nil {
		return nil, ds, false, err
	}
	for _, d := range assessment.Check(cat, f) {
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
