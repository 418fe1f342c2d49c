package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/spf13/cobra"
)

// CompareOptions are the inputs of `eis compare`.
type CompareOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Now       func() time.Time
	Locale    i18n.Locale
	// DecideLocale decides the run's language with the new answers file's
	// language among the sources; nil keeps Locale.
	DecideLocale func(answersLang string) i18n.Locale

	// Old and New are the earlier and the later answers file.
	Old, New string
	// Format is text, markdown, json or html.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
}

// compareOutput is what `eis compare` prints.
var compareOutput = outputSpec{formats: render.CompareFormats, def: render.FormatText, schema: "compare", stem: "compare"}

// NewCmdCompare builds `eis compare OLD.yaml NEW.yaml`.
func NewCmdCompare(f *Factory, runF func(*CompareOptions) error) *cobra.Command {
	opts := &CompareOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "compare OLD.yaml NEW.yaml [--format text|markdown|json|html] [--output FILE]",
		Short:   hl.T("help.compare.short"),
		Long:    hl.T("help.compare.long"),
		Example: hl.T("help.compare.example"),
		Args:    usageArgs(exactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Now = f.Now
			opts.Locale = f.Locale
			opts.DecideLocale = f.decideLocale
			opts.Old, opts.New = args[0], args[1]
			if err := compareOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return compareRun(opts)
		},
	}
	compareOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func compareRun(opts *CompareOptions) error {
	loc := opts.Locale
	data, err := readAnswersFile(opts.New)
	if err == nil && opts.DecideLocale != nil {
		loc = opts.DecideLocale(answers.Language(data))
	}
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	old, err := answersForCompare(opts.IO, loc, opts.Old, cat, "eis compare")
	if err != nil {
		return err
	}
	new, err := answersForCompare(opts.IO, loc, opts.New, cat, "eis compare")
	if err != nil {
		return err
	}
	warnCompareFiles(opts.IO, loc, opts.Old, opts.New, old, new)
	c, err := assessment.Compare(cat, old, new, assessment.BuildOptions{Now: opts.Now().Truncate(time.Second)})
	if err != nil {
		return err
	}
	c = render.LocalizeComparison(c, cat, loc)
	warnUnfinished(opts.IO, loc, c, opts.Old, opts.New)
	warnOtherFirm(opts.IO, loc, c, new)
	// It holds a firm's answers: a file is readable by its owner only.
	return writeOutput(opts.IO, loc, opts.Output, func(w io.Writer, ro render.Options) error {
		return render.Compare(w, c, opts.Format, ro)
	})
}

// warnCompareFiles warns on stderr of two answers files compared (eis
// compare OLD NEW, eis plan --answers NEW --since OLD) that are one file,
// or whose earlier one was saved after the later one (given the wrong way
// round). The comparison is made all the same.
func warnCompareFiles(ios *iostreams.IOStreams, loc i18n.Locale, oldPath, newPath string, old, new *answers.File) {
	const when = "2006-01-02 15:04 UTC" // as the files say it
	switch {
	case samePath(oldPath, newPath):
		fmt.Fprintln(ios.ErrOut, loc.T("compare.sameFile", newPath))
	case !old.Updated.IsZero() && !new.Updated.IsZero() && old.Updated.After(new.Updated):
		fmt.Fprintln(ios.ErrOut, loc.T("compare.swapped", oldPath, old.Updated.UTC().Format(when), newPath, new.Updated.UTC().Format(when)))
	}
}

// warnUnfinished says on stderr of each file of comparison c that leaves
// areas unanswered (c.Unfinished, which the report says too) that it is
// unfinished, naming the command that finishes it: its unanswered areas
// have no score, and actions about them look done (or new). A file
// compared with itself is named once.
func warnUnfinished(ios *iostreams.IOStreams, loc i18n.Locale, c assessment.Comparison, oldPath, newPath string) {
	for _, u := range c.Unfinished {
		// The earlier file's unanswered areas have no actions in its
		// plan, so the later plan's look new; the later file's make the
		// earlier plan's look done. One file twice is the later one.
		path, key := oldPath, "compare.unfinished.earlier"
		if u.File == "now" || samePath(oldPath, newPath) {
			if u.File != "now" && len(c.Unfinished) > 1 {
				continue
			}
			path, key = newPath, "compare.unfinished"
		}
		fmt.Fprintln(ios.ErrOut, loc.T(key, path, shellJoin([]string{"eis", "assess", "--resume", path})))
	}
}

// warnOtherFirm says on stderr, as a warning at the new file's company
// name or first identifying answer, that the files of the localized
// comparison c look like two firms' answers (the report says so too); it
// says nothing when they look like one firm's.
func warnOtherFirm(ios *iostreams.IOStreams, loc i18n.Locale, c assessment.Comparison, new *answers.File) {
	if len(c.OtherFirm) == 0 {
		return
	}
	pos := new.Pos(c.OtherFirm[0].What)
	if c.OtherFirm[0].What == "company" {
		pos = new.KeyPos("respondent")
	}
	d := diag.At(new.Source(), pos.Line, pos.Col, diag.SevWarning, "other-firm", diag.M("render.compare.otherFirm", render.FirmDiffs(c, loc)))
	fmt.Fprintln(ios.ErrOut, loc.Diagnostic(d))
}

// answersForCompare reads the answers file at path against cat as eis plan
// does, printing its warnings (a catalogue that changed since, a removed
// question) on stderr; an unreadable or invalid file is an error that
// names it and the command to run again (command: "eis compare", or
// "eis plan" for --since).
func answersForCompare(ios *iostreams.IOStreams, loc i18n.Locale, path string, cat *catalogue.Catalogue, command string) (*answers.File, error) {
	if st, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s", loc.T("compare.missing", path))
	} else if err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s", loc.T("compare.folder", path))
	}
	data, err := readAnswersFile(path)
	if err != nil {
		return nil, answersReadError(loc, path, err)
	}
	f, diags, err := loadAnswers(data, path, cat)
	if err != nil {
		return nil, fmt.Errorf("%s", loc.T("plan.answers.read", path, unwrapPathError(err)))
	}
	if err := otherKindError(loc, diags); err != nil {
		return nil, err
	}
	for _, d := range diags {
		fmt.Fprintln(ios.ErrOut, loc.Diagnostic(d))
	}
	if f == nil || diags.HasErrors() {
		e, _ := diags.Count()
		return nil, fmt.Errorf("%s", loc.N("plan.answers.invalid", e, path, e, command))
	}
	return f, nil
}
