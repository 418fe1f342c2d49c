package cli

import (
	"errors"
	"slices"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
)

// readAnswersFile reads the bytes of the answers file at path, at most one
// byte more than an answers file may have (answers.Read refuses a larger
// one), so that a command can choose its language from the file's
// (answers.Language) before it says anything about it. Only a regular
// file is read, without blocking (see fsutil.ReadFile): a named pipe or a
// device named as the answers file is refused at once.
func readAnswersFile(path string) ([]byte, error) {
	return fsutil.ReadFile(path, answers.MaxSize)
}

// answersReadError says in loc why the answers file at path could not be
// read: for a file eis refuses to read (not a regular file, links in a
// loop), a diagnostic at the file's first line (refusedFile); else
// plan.answers.read with the system's reason.
func answersReadError(loc i18n.Locale, path string, err error) error {
	if d, ok := refusedFile(path, err); ok {
		return errors.New(loc.Diagnostic(d))
	}
	return errors.New(loc.T("plan.answers.read", path, unwrapPathError(err)))
}

// refusedFile is the diagnostic for a file that fsutil refused to read
// (a named pipe, a device, a socket, a folder, links in a loop), placed
// at its first line, and whether err is such a refusal.
func refusedFile(path string, err error) (diag.Diagnostic, bool) {
	var nr *fsutil.NotRegularError
	switch {
	case errors.As(err, &nr):
		return diag.At(path, 1, 1, diag.SevError, "read", diag.M("file.not-regular", diag.M("file.kind."+nr.Kind()))), true
	case errors.Is(err, fsutil.ErrLoop):
		return diag.At(path, 1, 1, diag.SevError, "read", diag.M("file.loop")), true
	}
	return diag.Diagnostic{}, false
}

// otherKindError is the error for a file that is another kind of eis
// file than an answers file — a plan or report eis wrote, a catalogue
// file (rule answers.RuleNotAnswers) — in loc: its one diagnostic, which
// says what the file is and what to give instead, without the count of
// errors and "fix them" that other errors end with. Nil for any other
// diagnostics.
func otherKindError(loc i18n.Locale, ds diag.Diagnostics) error {
	for _, d := range ds {
		if d.Rule == answers.RuleNotAnswers {
			return errors.New(loc.Diagnostic(d))
		}
	}
	return nil
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
	f, ds, err = answers.ReadBytes(data, path, cat)
	if err != nil || f == nil {
		return nil, ds, false, err
	}
	if f.CatalogueChange() != nil {
		// The loader names every question the catalogue gained; the
		// firm is told only of those it is asked.
		ds = slices.DeleteFunc(ds, func(d diag.Diagnostic) bool { return d.Rule == answers.RuleCatalogueChanged })
		if d, ok := assessment.CatalogueChanged(cat, f); ok {
			ds = append(ds, d)
		}
	}
	for _, d := range assessment.Check(cat, f) {
		if resume && d.Rule == ruleMissingAnswer {
			reopened = true
			continue
		}
		ds = append(ds, d)
	}
	ds.Sort()
	ds = catalogue.Limit(ds, catalogue.MaxDiagnosticsPerFile)
	if ds.HasErrors() {
		return nil, ds, false, nil
	}
	if resume && assessment.SituationMissing(cat, f) {
		// The situation questions added since version 2 files were first
		// written are no error in a complete file; resuming asks them.
		reopened = true
	}
	if reopened {
		f.Complete = false
	}
	return f, ds, reopened, nil
}
