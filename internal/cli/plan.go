package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/spf13/cobra"
)

// PlanOptions are the inputs of `eis plan`.
type PlanOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Now       func() time.Time

	// AnswersFile is the answers file to plan from (--answers, required).
	AnswersFile string
	// Format is text, markdown or json.
	Format string
	// Output is the file to write the plan to; empty means stdout.
	Output string
	// All shows every matching action in text formats, not only the top ones.
	All bool
	// Since is an earlier answers file of the same firm: the plan gets a
	// "since last time" section (--since).
	Since string
	// Notes puts the answers file's notes (eis assess --notes) in the plan
	// (--notes). Without it they are left out of every format: they are
	// the advisor's, and the plan is what the firm gets.
	Notes bool
	// Locale is the language of the run as decided before the answers
	// file is read: that of messages about the command line.
	Locale i18n.Locale
	// DecideLocale decides the run's language with the answers file's
	// language among the sources (i18n.Decide), once the file is read;
	// nil keeps Locale (assess has decided it already).
	DecideLocale func(answersLang string) i18n.Locale
	// Lang is the language to repeat as --lang in the command that shows
	// every action: set when --lang, EIS_LANG or the config chose it.
	Lang string
	// CatalogueDir and CatalogueMode are the global --catalogue and
	// --catalogue-mode, repeated in the command the plan names for --all.
	CatalogueDir  string
	CatalogueMode string
}

// NewCmdPlan builds `eis plan`: answers file in, explained action plan out.
func NewCmdPlan(f *Factory, runF func(*PlanOptions) error) *cobra.Command {
	opts := &PlanOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "plan --answers FILE [--format text|markdown|json|html] [--output FILE]",
		Short:   hl.T("help.plan.short"),
		Long:    hl.T("help.plan.long"),
		Example: hl.T("help.plan.example"),
		// An advisor's report to hand over is a plan (--format html).
		SuggestFor: []string{"report"},
		Args:       usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Now = f.Now
			opts.Locale = f.Locale
			opts.DecideLocale = f.decideLocale
			if f.langChosen() {
				opts.Lang = f.Locale.Code()
			}
			opts.CatalogueDir = f.Global.CatalogueDir
			opts.CatalogueMode = f.Global.CatalogueMode
			if err := checkPlanOptions(opts); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return planRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.AnswersFile, "answers", "a", "", hl.T("help.plan.flag.answers"))
	_ = cmd.MarkFlagFilename("answers", answersExts...)
	planOutput.add(cmd, f, &opts.Format, &opts.Output)
	fl.BoolVar(&opts.All, "all", false, hl.T("help.plan.flag.all"))
	fl.StringVar(&opts.Since, "since", "", hl.T("help.plan.flag.since"))
	fl.BoolVar(&opts.Notes, "notes", false, hl.T("help.plan.flag.notes"))
	_ = cmd.MarkFlagFilename("since", "yaml", "yml")
	return cmd
}

// planOutput is what `eis plan` prints.
var planOutput = outputSpec{formats: render.PlanFormats, def: render.FormatText, schema: "plan", stem: "plan"}

// checkPlanOptions reports bad flags as usage errors before anything is read.
func checkPlanOptions(opts *PlanOptions) error {
	loc := opts.Locale
	if strings.TrimSpace(opts.AnswersFile) == "" {
		return usageErrorf("%s", loc.T("plan.answers.required"))
	}
	return checkFormat(loc, opts.Format, planOutput.formats)
}

func planRun(opts *PlanOptions) error {
	growStack()
	loc := opts.Locale
	if err := checkOutput(opts, loc); err != nil {
		return err
	}
	if st, err := os.Stat(opts.AnswersFile); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s", loc.T("plan.answers.missing", opts.AnswersFile, shellQuote(opts.AnswersFile)))
	} else if err == nil && st.IsDir() {
		return fmt.Errorf("%s", loc.T("cli.answers.folder", "--answers", opts.AnswersFile, "--answers "+shellQuote(filepath.Join(opts.AnswersFile, DefaultAnswersFile))))
	}
	data, err := readAnswersFile(opts.AnswersFile)
	if err != nil {
		return answersReadError(loc, opts.AnswersFile, err)
	}
	// The plan, and every message from here on, speak the run's language
	// with the answers file's among its sources (see i18n.Decide): a
	// Danish file gives a Danish plan unless --lang, EIS_LANG or the
	// config says otherwise.
	if opts.DecideLocale != nil {
		loc = opts.DecideLocale(answers.Language(data))
	}
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	file, diags, err := loadAnswers(data, opts.AnswersFile, cat)
	if err != nil {
		return fmt.Errorf("%s", loc.T("plan.answers.read", opts.AnswersFile, unwrapPathError(err)))
	}
	if err := otherKindError(loc, diags); err != nil {
		return err
	}
	for _, d := range diags {
		fmt.Fprintln(opts.IO.ErrOut, loc.Diagnostic(d))
	}
	if file == nil || diags.HasErrors() {
		e, _ := diags.Count()
		return fmt.Errorf("%s", loc.N("plan.answers.invalid", e, opts.AnswersFile, e, "eis plan"))
	}
	// Warnings (e.g. the catalogue changed since the answers were given)
	// travel with the plan too, so a reader of a saved report sees them.
	plan, err := assessment.Build(cat, file, assessment.BuildOptions{Now: opts.Now().Truncate(time.Second), Warnings: diags.Warnings(), ShowAll: opts.All})
	if err != nil {
		return err
	}
	if opts.Since != "" {
		old, err := answersForCompare(opts.IO, loc, opts.Since, cat, "eis plan")
		if err != nil {
			return err
		}
		warnCompareFiles(opts.IO, loc, opts.Since, opts.AnswersFile, old, file)
		c, err := assessment.Compare(cat, old, file, assessment.BuildOptions{Now: opts.Now().Truncate(time.Second)})
		if err != nil {
			return err
		}
		plan.Since = &c
	}
	// An advisor's notes are private unless the advisor asks for them:
	// the one who runs eis hears that they were left out (stderr), the
	// reader of the plan does not.
	if !opts.Notes && len(plan.Notes) > 0 {
		fmt.Fprintln(opts.IO.ErrOut, loc.T("plan.notes.leftOut", opts.AnswersFile))
		plan.Notes = nil
	}
	plan = render.Localize(plan, cat, loc)
	if plan.Since != nil {
		// After Localize, which localizes the comparison once for both.
		warnUnfinished(opts.IO, loc, *plan.Since, opts.Since, opts.AnswersFile)
		warnOtherFirm(opts.IO, loc, *plan.Since, file)
	}

	if opts.CatalogueDir != "" {
		plan.Catalogue.Own = catalogueName(opts.CatalogueDir)
		plan.Catalogue.OwnMode = "extend"
		if opts.CatalogueMode == "replace" {
			plan.Catalogue.OwnMode = "replace"
		}
	}

	// A plan holds business-confidential answers: a file is readable by
	// its owner only (writeOutput).
	return writeRendered(opts.IO, loc, opts.Output, func(w io.Writer, ro render.Options) error {
		ro.AllCommand, ro.ResumeCommand = opts.allCommand(), opts.resumeCommand(advised(file))
		return render.Plan(w, plan, opts.Format, ro)
	})
}

// allCommand is the command line that shows every action of this plan: the
// same answers file, language, catalogue, format and --output (a plan saved
// to a file is saved there again, whole, rather than printed), with --all.
// Arguments are quoted for a POSIX shell where needed (shellQuote).
func (opts *PlanOptions) allCommand() string {
	args := []string{"eis", "plan", "--answers", opts.AnswersFile, "--all"}
	if opts.Notes {
		args = append(args, "--notes")
	}
	if opts.Format != render.FormatText {
		args = append(args, "--format", opts.Format)
	}
	if opts.Lang != "" {
		args = append(args, "--lang", opts.Lang)
	}
	if opts.Output != "" {
		args = append(args, "--output", opts.Output)
	}
	args = append(args, opts.catalogueArgs()...)
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	return strings.Join(args, " ")
}

// catalogueName names an own catalogue folder in the plan's header: its
// base name ("mine" for ./catalogues/mine/), or the path as given when it
// has none ("." or "/").
func catalogueName(dir string) string {
	clean := filepath.Clean(dir)
	if abs, err := filepath.Abs(clean); err == nil && (clean == "." || clean == "..") {
		clean = abs
	}
	if b := filepath.Base(clean); b != "." && b != string(filepath.Separator) {
		return b
	}
	return dir
}

// resumeCommand is the command line that continues the answers file's
// assessment, quoted like allCommand, with every choice that shaped this
// plan and that the file does not keep: the catalogue, --lang when one was
// chosen (else the file's own language goes on), and --notes for an
// assessment run with an advisor (notes bool: the file has notes or an
// advisor's name).
func (opts *PlanOptions) resumeCommand(notes bool) string {
	args := []string{"eis", "assess", "--resume", opts.AnswersFile}
	if notes {
		args = append(args, "--notes")
	}
	if opts.Lang != "" {
		args = append(args, "--lang", opts.Lang)
	}
	args = append(args, opts.catalogueArgs()...)
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	return strings.Join(args, " ")
}

// catalogueArgs repeats the global --catalogue and --catalogue-mode given.
func (opts *PlanOptions) catalogueArgs() []string {
	return catalogueFlags(opts.CatalogueDir, opts.CatalogueMode)
}

// catalogueFlags are the arguments that choose the catalogue folder dir
// with mode (extend, the default, or replace) again; none for none.
func catalogueFlags(dir, mode string) []string {
	if dir == "" {
		return nil
	}
	args := []string{"--catalogue", dir}
	if mode == "replace" {
		args = append(args, "--catalogue-mode", "replace")
	}
	return args
}

// checkOutput refuses an --output that would destroy something or cannot
// be a file: a folder (planOutput.check) or the answers file itself (the
// plan would overwrite the client's answers). Both are usage errors, found
// before anything is read.
func checkOutput(opts *PlanOptions, loc i18n.Locale) error {
	if opts.Output != "" && samePath(opts.Output, opts.AnswersFile) {
		return usageErrorf("%s", loc.T("plan.output.isAnswers", opts.Output, opts.AnswersFile, planOutput.stem+formatExt(opts.Format)))
	}
	return planOutput.check(loc, opts.Format, opts.Output)
}

// unwrapPathError drops the path and operation from an *fs.PathError (the
// message names the file already) and keeps the reason, e.g. "no such file
// or directory".
func unwrapPathError(err error) error {
	for {
		u := errors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}

// advised reports whether f was answered with an advisor (eis assess
// --notes): it has notes or an advisor's name.
func advised(f *answers.File) bool {
	return f != nil && (len(f.Notes) > 0 || f.Respondent.Advisor != "")
}
