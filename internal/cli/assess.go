package cli

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/survey"
	"github.com/spf13/cobra"
)

// DefaultAnswersFile is where `eis assess` saves answers unless told otherwise.
const DefaultAnswersFile = "eis-answers.yaml"

// AssessOptions are the inputs of `eis assess`.
type AssessOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Now       func() time.Time
	// Locale is the language of the run as decided before any answers
	// file is read.
	Locale i18n.Locale
	// DecideLocale decides the run's language with the language of the
	// answers file the assessment works on (i18n.Decide: --lang, EIS_LANG
	// and the config beat it, the system's LANG does not); nil keeps
	// Locale. The assessment's file records the language decided.
	DecideLocale func(answersLang string) i18n.Locale
	// LanguageOpen reports, once DecideLocale has decided, that nobody
	// chose the run's language (no --lang, EIS_LANG, config or answers
	// file: the system's, or English): the questionnaire then offers the
	// firm's region's language (survey.Options.OfferLanguage). nil: never.
	LanguageOpen func() bool

	// Accessible runs the accessible mode (--accessible, ACCESSIBLE=1, or
	// TERM=dumb).
	Accessible bool
	// DumbTerminal says Accessible was chosen because TERM=dumb, which the
	// run says before the first question.
	DumbTerminal bool
	// SavePath is where answers are saved after every page (--save).
	SavePath string
	// ResumePath is an answers file to continue (--resume).
	ResumePath string
	// AnswersPath is an answers file whose answers are shown as defaults (--answers).
	AnswersPath string
	// ReviewPath is an answers file to open at the review (--review).
	ReviewPath string
	// Notes asks for the advisor's name and a short note on every page (--notes).
	Notes bool
	// CatalogueDir and CatalogueMode are the global --catalogue flags, so
	// the plan's "see all actions" command names them too.
	CatalogueDir  string
	CatalogueMode string

	// Context is cancelled to stop the questionnaire; nil means one that
	// SIGINT and SIGTERM cancel.
	Context context.Context
}

// NewCmdAssess builds `eis assess`, the interactive questionnaire.
func NewCmdAssess(f *Factory, runF func(*AssessOptions) error) *cobra.Command {
	opts := &AssessOptions{IO: f.IOStreams, Catalogue: f.Catalogue, Now: f.Now}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "assess",
		Short:   hl.T("help.assess.short"),
		Long:    hl.T("help.assess.long"),
		Example: hl.T("help.assess.example"),
		Args:    usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Locale = f.Locale
			opts.DecideLocale = f.decideLocale
			opts.LanguageOpen = f.langOpen
			opts.CatalogueDir, opts.CatalogueMode = f.Global.CatalogueDir, f.Global.CatalogueMode
			if !cmd.Flags().Changed("accessible") {
				switch {
				case envTrue(f.getenv("ACCESSIBLE")):
					opts.Accessible = true
				case f.getenv("TERM") == "dumb":
					// A terminal that cannot move the cursor cannot draw
					// the full-screen questionnaire.
					opts.Accessible, opts.DumbTerminal = true, true
				}
			}
			if opts.ResumePath != "" && opts.AnswersPath != "" {
				return usageErrorf("%s", opts.Locale.T("assess.resume-and-answers"))
			}
			if opts.ReviewPath != "" && (opts.ResumePath != "" || opts.AnswersPath != "") {
				return usageErrorf("%s", opts.Locale.T("assess.review-and"))
			}
			if !cmd.Flags().Changed("save") && opts.ResumePath != "" {
				opts.SavePath = opts.ResumePath
			}
			if !cmd.Flags().Changed("save") && opts.ReviewPath != "" {
				opts.SavePath = opts.ReviewPath
			}
			if runF != nil {
				return runF(opts)
			}
			return assessRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&opts.Accessible, "accessible", false, hl.T("help.assess.flag.accessible"))
	fl.StringVar(&opts.SavePath, "save", DefaultAnswersFile, hl.T("help.assess.flag.save"))
	fl.StringVar(&opts.ResumePath, "resume", "", hl.T("help.assess.flag.resume"))
	fl.StringVar(&opts.AnswersPath, "answers", "", hl.T("help.assess.flag.answers"))
	fl.StringVar(&opts.ReviewPath, "review", "", hl.T("help.assess.flag.review"))
	fl.BoolVar(&opts.Notes, "notes", false, hl.T("help.assess.flag.notes"))
	for _, name := range []string{"save", "resume", "answers", "review"} {
		_ = cmd.MarkFlagFilename(name, answersExts...)
	}
	return cmd
}

// envTrue reads a boolean environment value such as ACCESSIBLE=1.
func envTrue(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// nextName is a file name for the assessment that starts from the answers
// at path: path with the month added ("acme.yaml" → "acme-2026-12.yaml").
func nextName(path string, now time.Time) string {
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + "-" + now.Format("2006-01") + cmp.Or(ext, ".yaml")
}

// assessRun runs the questionnaire and prints the plan.
func assessRun(opts *AssessOptions) error {
	if opts.DecideLocale != nil {
		opts.Locale = opts.DecideLocale(startLanguage(opts))
	}
	loc := opts.Locale
	errOut := opts.IO.ErrOut
	if !opts.Accessible && !canAsk(opts.IO) {
		// Exit 1, not 2: the command line is fine, the environment is not.
		return errors.New(loc.T("assess.notty"))
	}
	// Every file is checked before the first question, so that nothing
	// typed is lost to a file that cannot be read or written.
	if err := checkAnswersInput(loc, "--resume", opts.ResumePath); err != nil {
		return err
	}
	if err := checkAnswersInput(loc, "--answers", opts.AnswersPath); err != nil {
		return err
	}
	if opts.AnswersPath != "" && samePath(opts.SavePath, opts.AnswersPath) {
		// 'eis assess --answers eis-answers.yaml' saves to the default,
		// the same file: last time's answers, and its date, would be
		// replaced by the first page, and eis compare has nothing left to
		// compare with.
		return errors.New(loc.T("assess.answers-is-save", opts.AnswersPath,
			shellJoin(append([]string{"eis", "assess", "--answers", opts.AnswersPath, "--save", nextName(opts.AnswersPath, opts.Now())}, opts.catalogueArgs()...)),
			shellJoin(append([]string{"eis", "assess", "--review", opts.AnswersPath}, opts.catalogueArgs()...))))
	}
	if err := checkAnswersInput(loc, "--review", opts.ReviewPath); err != nil {
		return err
	}
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	// A file to resume or review that is saved to again is read before the
	// first question, and what is wrong in it said by line (assessStart).
	input := cmp.Or(opts.ResumePath, opts.ReviewPath)
	reading := input != "" && samePath(opts.SavePath, input)
	if err := checkSave(opts.SavePath, reading, loc); err != nil {
		return err
	}
	lock, kept, err := lockAnswers(opts.IO, opts.SavePath, opts.Now(), loc)
	if err != nil {
		return err
	}
	defer lock.Release()
	if opts.DumbTerminal {
		hint(opts.IO, loc.T("assess.dumb-terminal"))
	}
	ctx := opts.Context
	if ctx == nil {
		var stop context.CancelFunc
		// SIGHUP too: the terminal went away (its window closed, the
		// connection dropped); stopped as by Ctrl-C, the page's answers
		// are saved and the lock let go, where the default ended eis at
		// once.
		ctx, stop = signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		defer stop()
	}
	sopts := survey.Options{
		Catalogue:  cat,
		Locale:     loc,
		Accessible: opts.Accessible,
		In:         opts.IO.In,
		Out:        errOut,
		// The widest the form gets; it follows a narrower terminal.
		Width:      80,
		Color:      opts.IO.StderrColorEnabled(),
		Respondent: true,
		Notes:      opts.Notes,
		Now:        opts.Now,
		Review:     true,
	}
	ui := &assessUI{errOut: errOut}
	defer ui.close()
	if opts.Accessible {
		// One reader for every prompt, including the "file exists" question.
		sopts.In = survey.NewLineReader(opts.IO.In)
	} else {
		// The form draws over what was said before it: it says again, on
		// its first screen, that newer answers were kept aside.
		sopts.Notices = kept
		// One Bubble Tea program for the "file exists" question and every
		// page, so that no key is lost between them (see survey.Session).
		// It draws with escape sequences of its own: the raw terminal.
		sopts.Out = opts.IO.Terminal()
		ui.session = survey.NewSession(opts.IO.In, sopts.Out)
		sopts.Session = ui.session
	}

	file, defaults, resume, err := assessStart(ctx, opts, cat, sopts, ui)
	sopts.StartAtReview = opts.ReviewPath != "" && file != nil
	if err != nil || file == nil {
		ui.close()
		return err
	}
	// The assessment is in the run's language, which the file records
	// (a resumed file's own language decided it, unless one was chosen).
	file.Language = loc.Code()
	sopts.Resume = resume
	sopts.Defaults = defaults
	// Whether the save path holds a file already (the one resumed, or one
	// the user chose to start over): what to say if nothing new is saved.
	_, statErr := os.Stat(opts.SavePath)
	existed := statErr == nil
	saved := false
	sopts.Save = func(a *answers.File) error {
		a.Updated = opts.Now().UTC().Truncate(time.Second)
		// A file read as complete stays so through its review until an
		// answer changed there brings in a question on a later page:
		// stopped before that one is answered, the file must say it is
		// not complete, or eis plan refuses it.
		a.Complete = answered(cat, a)
		if err := answers.Save(opts.SavePath, a); err != nil {
			return fmt.Errorf("%s", loc.T("assess.save-dir", opts.SavePath, unwrapPathError(err)))
		}
		saved = true
		return nil
	}
	sopts.OfferLanguage = opts.LanguageOpen != nil && opts.LanguageOpen()
	sopts.LanguageChanged = func(l i18n.Locale) {
		// The rest of the run — the targets, what is said at the end,
		// the plan — is in the language taken.
		loc, opts.Locale, sopts.Locale = l, l, l
	}
	err = survey.Run(ctx, sopts, file)
	if err == nil {
		// Optional, at the end: the stage and readiness the firm aims for
		// (the plan shows the gap and ranks the actions that close it).
		before := file.Targets
		if err = survey.AskTargets(ctx, sopts, file); err == nil && file.Targets != before {
			err = sopts.Save(file)
		}
	}
	// The terminal is the shell's again before anything more is printed.
	ui.close()
	if errors.Is(err, survey.ErrInterrupted) {
		fmt.Fprintln(errOut)
		switch {
		case saved && answered(cat, file):
			// Nothing is left to answer: what the user may want next is
			// the plan, or the review to change an answer.
			planCmd, reviewCmd := "eis plan --answers "+planArgs(opts), "eis assess --review "+resumeArgs(opts)
			hint(opts.IO, loc.T("assess.interrupted.complete", opts.SavePath, planCmd, reviewCmd), planCmd, reviewCmd)
		case saved:
			hint(opts.IO, loc.T("assess.interrupted", opts.SavePath, resumeArgs(opts)), "eis assess --resume "+resumeArgs(opts))
		case existed:
			hint(opts.IO, loc.T("assess.cancelled", opts.SavePath))
		default:
			hint(opts.IO, loc.T("assess.interrupted.nothing"))
		}
		return ErrInterrupted
	}
	if err != nil {
		return err
	}
	if err := assessPrintPlan(opts); err != nil {
		return err
	}
	hint(opts.IO, loc.T("assess.saved", opts.SavePath))
	// An advisor's next step is the report to hand over: HTML, named
	// after the answers file (acme.yaml: acme-plan.html).
	report := strings.TrimSuffix(opts.SavePath, filepath.Ext(opts.SavePath)) + "-plan.html"
	planCmd := "eis plan --answers " + shellQuote(opts.SavePath) + " --format html --output " + shellQuote(report)
	hint(opts.IO, loc.T("assess.formats", shellQuote(opts.SavePath), shellQuote(report)), planCmd)
	return nil
}

// hint writes msg on stderr wrapped to its terminal, as the text output is
// wrapped (render.Wrap; a log file gets it on one line), with each of keep
// — a command to copy — on one line.
func hint(ios *iostreams.IOStreams, msg string, keep ...string) {
	fmt.Fprintln(ios.ErrOut, render.Wrap(msg, ios.ErrWidth(), keep...))
}

// canAsk reports whether the form may be shown: stdin and stderr must be
// terminals. It reads keys from stdin and is drawn on stderr ('eis assess
// 2>log' would otherwise wait on a blank screen). stdout carries only the
// plan, so 'eis assess > plan.txt' asks on the terminal and writes the
// plan to the file.
func canAsk(ios *iostreams.IOStreams) bool {
	return ios.IsStdinTTY() && ios.IsStderrTTY()
}

// startLanguage is the language of the answers file the assessment will
// start from, for the run's language (i18n.Decide): the --resume file, else
// the --answers file, else a file already at the save path (which the user
// will be asked to resume or start over); "" when there is none or it says
// none. Reading it fully, and saying what is wrong with it, comes later.
func startLanguage(opts *AssessOptions) string {
	path := cmp.Or(opts.ResumePath, opts.ReviewPath, opts.AnswersPath)
	if path == "" {
		path = opts.SavePath
	}
	if path == "" {
		return ""
	}
	data, err := readAnswersFile(path)
	if err != nil {
		return ""
	}
	return answers.Language(data)
}

// resumeArgs is what follows --resume in the command that continues the
// assessment: the file, and the options that shaped this run and are not
// kept in it (--notes, the catalogue). The language is kept in the file,
// which --resume follows.
func resumeArgs(opts *AssessOptions) string {
	args := []string{opts.SavePath}
	if opts.Notes {
		args = append(args, "--notes")
	}
	return shellJoin(append(args, opts.catalogueArgs()...))
}

// catalogueArgs repeats the global --catalogue and --catalogue-mode given.
func (opts *AssessOptions) catalogueArgs() []string {
	return catalogueFlags(opts.CatalogueDir, opts.CatalogueMode)
}

// shellJoin joins args into a command line's arguments, each quoted for a
// POSIX shell where it needs it (shellQuote).
func shellJoin(args []string) string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = shellQuote(a)
	}
	return strings.Join(out, " ")
}

// planArgs are the arguments of eis plan for the answers file saved to,
// quoted like resumeArgs: the file and the catalogue of this run.
func planArgs(opts *AssessOptions) string {
	return shellJoin(append([]string{opts.SavePath}, opts.catalogueArgs()...))
}

// answered reports whether f, as saved, is complete: it says so and no
// question that applies lacks an answer (a file stopped in the review
// keeps the complete: true it was read with).
func answered(cat *catalogue.Catalogue, f *answers.File) bool {
	if !f.Complete {
		return false
	}
	for _, d := range assessment.Check(cat, f) {
		if d.Rule == ruleMissingAnswer {
			return false
		}
	}
	return true
}

// assessStart decides which answers file to work on: the --resume file, or
// a new one, with the answers of the --answers file as defaults (shown
// pre-selected, recorded only when confirmed, so a run stopped halfway does
// not save them as answers for --resume to skip). When the save path holds
// an answers file that neither --resume nor --answers names, it asks whether
// to resume it or start over, so nothing is overwritten silently. A nil file
// with a nil error means the user cancelled.
func assessStart(ctx context.Context, opts *AssessOptions, cat *catalogue.Catalogue, sopts survey.Options, ui *assessUI) (file, defaults *answers.File, resume bool, err error) {
	loc := opts.Locale
	if path := cmp.Or(opts.ResumePath, opts.ReviewPath); path != "" {
		f, err := resumeAnswers(opts.IO.ErrOut, path, cat, loc)
		if err != nil {
			return nil, nil, false, err
		}
		if !samePath(opts.SavePath, path) {
			if _, err := os.Stat(opts.SavePath); err == nil {
				return nil, nil, false, errors.New(loc.T("assess.save-exists", opts.SavePath))
			}
			// The earlier answers' place is said from the new file's folder.
			f.StartedFrom = startedFrom(opts.SavePath, startedPath(path, f.StartedFrom))
		}
		return f, startDefaults(opts.IO.ErrOut, path, f, cat, loc), true, nil
	}
	f := answers.New(cat, loc.Code(), opts.Now())
	if opts.AnswersPath != "" {
		prev, err := readAnswers(opts.IO.ErrOut, opts.AnswersPath, cat, loc)
		if err != nil {
			return nil, nil, false, err
		}
		// The new assessment is in the earlier one's language, unless one
		// is chosen (see assessLang).
		f.Language = prev.Language
		// (--save the --answers file itself is refused in assessRun.)
		if _, err := os.Stat(opts.SavePath); err == nil {
			// Another assessment is there (the default eis-answers.yaml,
			// often another client's): "resume it" would silently drop
			// --answers, "start over" replace it. Neither is what was asked.
			return nil, nil, false, errors.New(loc.T("assess.answers-save-exists", opts.SavePath, opts.AnswersPath,
				shellJoin(append([]string{"eis", "assess", "--answers", opts.AnswersPath, "--save", nextName(opts.AnswersPath, opts.Now())}, opts.catalogueArgs()...)),
				opts.SavePath, shellJoin(append([]string{"eis", "assess", "--resume", opts.SavePath}, opts.catalogueArgs()...))))
		}
		defaults = prev
		// Recorded, so that --resume shows them as defaults again.
		f.StartedFrom = startedFrom(opts.SavePath, opts.AnswersPath)
	}
	if _, err := os.Stat(opts.SavePath); err != nil {
		return f, defaults, false, nil
	}
	choice, err := survey.AskExisting(ctx, sopts, opts.SavePath)
	if errors.Is(err, survey.ErrInterrupted) {
		ui.close()
		fmt.Fprintln(opts.IO.ErrOut)
		hint(opts.IO, loc.T("assess.cancelled", opts.SavePath))
		return nil, nil, false, ErrInterrupted
	}
	if err != nil {
		return nil, nil, false, err
	}
	switch choice {
	case survey.ExistingResume:
		// The questionnaire is on screen: warnings about the file wait
		// until it is gone (ui.close prints them).
		prev, err := resumeAnswers(ui.out(), opts.SavePath, cat, loc)
		if err != nil {
			return nil, nil, false, err
		}
		return prev, startDefaults(ui.out(), opts.SavePath, prev, cat, loc), true, nil
	case survey.ExistingCancel:
		ui.close()
		hint(opts.IO, loc.T("assess.cancelled", opts.SavePath))
		return nil, nil, false, ErrSilent
	}
	return f, defaults, false, nil
}

// assessUI is the questionnaire's screen on a terminal: a survey.Session,
// started by the first question it shows. What is written to out while the
// session is up waits until close, which ends the session first.
type assessUI struct {
	session *survey.Session // nil in accessible mode
	errOut  io.Writer
	held    bytes.Buffer
}

// out is where messages for stderr go: held while the session may be on
// screen, else stderr.
func (u *assessUI) out() io.Writer {
	if u.session != nil {
		return &u.held
	}
	return u.errOut
}

// close ends the session, restoring the terminal, then prints what was held.
// It may be called more than once.
func (u *assessUI) close() {
	if u.session != nil {
		_ = u.session.Close()
		u.session = nil
	}
	if u.held.Len() > 0 {
		_, _ = u.held.WriteTo(u.errOut)
	}
}

// readAnswers reads an answers file strictly, with the same checks as
// `eis plan` (loadAnswers); warnings go to errOut, errors are printed with
// their positions and fail the command.
func readAnswers(errOut io.Writer, path string, cat *catalogue.Catalogue, loc i18n.Locale) (*answers.File, error) {
	return readAnswersFor(errOut, path, cat, loc, false)
}

// resumeAnswers is readAnswers for a file to continue: one that says
// complete: true but lacks answers (the catalogue gained questions) goes on
// with the missing questions, after a one-line notice, instead of failing.
func resumeAnswers(errOut io.Writer, path string, cat *catalogue.Catalogue, loc i18n.Locale) (*answers.File, error) {
	return readAnswersFor(errOut, path, cat, loc, true)
}

func readAnswersFor(errOut io.Writer, path string, cat *catalogue.Catalogue, loc i18n.Locale, resume bool) (*answers.File, error) {
	data, err := readAnswersFile(path)
	if err != nil {
		return nil, answersReadError(loc, path, err)
	}
	f, diags, reopened, err := loadAnswersFor(data, path, cat, resume)
	if err != nil {
		return nil, err
	}
	if err := otherKindError(loc, diags); err != nil {
		return nil, err
	}
	for _, d := range diags {
		fmt.Fprintln(errOut, loc.Diagnostic(d))
	}
	if diags.HasErrors() || f == nil {
		return nil, ErrSilent
	}
	if reopened {
		fmt.Fprintln(errOut, loc.T("assess.resume.reopened", path))
	}
	if m := f.Migrated(); m != nil && resume {
		// An older file: it is saved as the current version, the questions
		// added since are asked, and what the old markets answer said is
		// kept as a note (it named no countries).
		fmt.Fprintln(errOut, loc.T("assess.resume.migrated", path, m.From, answers.FormatVersion))
		if note := m.MigrationNote(); note.ID != "" {
			text := loc.Format(note)
			if f.Notes == nil {
				f.Notes = map[string]string{}
			}
			if old := f.Notes[assessment.NoteGeneral]; !strings.Contains(old, text) {
				f.Notes[assessment.NoteGeneral] = strings.TrimSpace(old + "\n" + text)
			}
		}
	}
	return f, nil
}

// checkSave fails before the first question when answers could not be
// saved at path, rather than after the first page: its folder is missing
// or cannot be written to (a temporary file is made there and removed, as
// saving does), path is a folder, or path holds a file that is not an
// answers file, which saving (or "start over") would destroy — unless
// reading: path is the file resumed or reviewed, whose problems, by line,
// are said when it is read ("not an answers file" would send its user to
// --save, away from a file that may need only a fix).
func checkSave(path string, reading bool, loc i18n.Locale) error {
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err == nil && !st.IsDir() {
		err = errors.New(loc.T("assess.save-dir.not-folder", dir))
	}
	if err != nil {
		return errors.New(loc.T("assess.save-dir", path, unwrapPathError(err)))
	}
	if st, err := os.Stat(path); err == nil {
		if st.IsDir() {
			return errors.New(loc.T("assess.save-dir", path, loc.T("assess.save-dir.is-folder")))
		}
		data, err := readAnswersFile(path)
		if d, ok := refusedFile(path, err); ok {
			return errors.New(loc.Diagnostic(d))
		}
		if err != nil {
			return errors.New(loc.T("assess.save-dir", path, unwrapPathError(err)))
		}
		if !reading && !answers.Recognisable(data) {
			return errors.New(loc.T("assess.save-not-answers", path))
		}
	}
	probe, err := os.CreateTemp(dir, ".eis-save-check-*")
	if err != nil {
		return errors.New(loc.T("assess.save-dir", path, unwrapPathError(err)))
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

// checkAnswersInput says, in loc, what is wrong with the answers file that
// flag (--resume, --answers) names, if it is missing or a folder; "" is
// fine (the flag was not given). Other problems are reported when the file
// is read.
func checkAnswersInput(loc i18n.Locale, flag, path string) error {
	if path == "" {
		return nil
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && flag == "--resume":
		return errors.New(loc.T("assess.resume-missing", path, shellQuote(path)))
	case errors.Is(err, fs.ErrNotExist) && flag == "--review":
		return errors.New(loc.T("assess.review-missing", path, shellQuote(path)))
	case errors.Is(err, fs.ErrNotExist):
		return errors.New(loc.T("assess.answers-missing", path))
	case err == nil && st.IsDir():
		return errors.New(loc.T("cli.answers.folder", flag, path, flag+" "+shellQuote(filepath.Join(path, DefaultAnswersFile))))
	}
	return nil
}

// shellQuote quotes a path for a command line the user may copy.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./,:@+=", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// assessPrintPlan prints the plan for the finished assessment through the
// same code path as 'eis plan --answers FILE': the saved file is read back
// strictly, so what is shown is exactly what the file holds.
func assessPrintPlan(opts *AssessOptions) error {
	return planRun(&PlanOptions{
		IO:          opts.IO,
		Catalogue:   opts.Catalogue,
		Now:         opts.Now,
		AnswersFile: opts.SavePath,
		Format:      render.FormatText,
		Locale:      opts.Locale,
		// The closing plan of an assessment run with --notes shows the
		// notes just written, on the advisor's screen.
		Notes: opts.Notes,

		CatalogueDir:  opts.CatalogueDir,
		CatalogueMode: opts.CatalogueMode,
	})
}

// startedFrom is how an answers file saved at save names the file src it
// started from: relative to save's folder where it can be (so the two may
// move together), else absolute.
func startedFrom(save, src string) string {
	if src == "" {
		return ""
	}
	abs, err := filepath.Abs(src)
	if err != nil {
		return src
	}
	dir, err := filepath.Abs(filepath.Dir(save))
	if err != nil {
		return abs
	}
	if rel, err := filepath.Rel(dir, abs); err == nil {
		return filepath.ToSlash(rel)
	}
	return abs
}

// startedPath is where the file that the answers file at path started
// from (its started_from, from) is: from path's folder.
func startedPath(path, from string) string {
	if from == "" || filepath.IsAbs(from) {
		return from
	}
	return filepath.Join(filepath.Dir(path), filepath.FromSlash(from))
}

// startDefaults are the answers of the file an assessment being resumed
// started from (eis assess --answers), shown again as defaults; nil when
// it started from none, or when that file can no longer be read, which a
// warning on errOut says.
func startDefaults(errOut io.Writer, path string, f *answers.File, cat *catalogue.Catalogue, loc i18n.Locale) *answers.File {
	src := startedPath(path, f.StartedFrom)
	if src == "" {
		return nil
	}
	data, err := readAnswersFile(src)
	if err != nil {
		fmt.Fprintln(errOut, loc.T("assess.started-from.unreadable", src, unwrapPathError(err)))
		return nil
	}
	prev, diags, err := loadAnswers(data, src, cat)
	if err != nil || prev == nil || diags.HasErrors() {
		fmt.Fprintln(errOut, loc.T("assess.started-from.invalid", src))
		return nil
	}
	return prev
}
