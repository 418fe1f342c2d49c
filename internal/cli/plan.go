package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/fsutil"
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
	// Lang is --lang (or EIS_LANG / config); empty means the answers
	// file's language, else EnvLang.
	Lang string
	// EnvLang is the language from LC_ALL / LC_MESSAGES / LANG.
	EnvLang string
	// CatalogueDir and CatalogueMode are the global --catalogue and
	// --catalogue-mode, repeated in the command the plan names for --all.
	CatalogueDir  string
	CatalogueMode string
}

// NewCmdPlan builds `eis plan`: answers file in, explained action plan out.
func NewCmdPlan(f *Factory, runF func(*PlanOptions) error) *cobra.Command {
	opts := &PlanOptions{}
	hl := helpLang(f)
	cmd := &cobra.Command{
		Use:     "plan --answers FILE [--format text|markdown|json] [--output FILE]",
		Short:   i18n.T(hl, "help.plan.short"),
		Long:    i18n.T(hl, "help.plan.long"),
		Example: i18n.T(hl, "help.plan.example"),
		Args:    usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Now = f.Now
			opts.Lang = f.Global.Lang
			opts.EnvLang = f.envLang()
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
	fl.StringVarP(&opts.AnswersFile, "answers", "a", "", i18n.T(hl, "help.plan.flag.answers"))
	fl.StringVarP(&opts.Format, "format", "f", render.FormatText, i18n.T(hl, "help.plan.flag.format", strings.Join(render.PlanFormats, ", ")))
	fl.StringVarP(&opts.Output, "output", "o", "", i18n.T(hl, "help.plan.flag.output"))
	fl.BoolVar(&opts.All, "all", false, i18n.T(hl, "help.plan.flag.all"))
	return cmd
}

// checkPlanOptions reports bad flags as usage errors before anything is read.
func checkPlanOptions(opts *PlanOptions) error {
	lang := opts.uiLang()
	if strings.TrimSpace(opts.AnswersFile) == "" {
		return usageErrorf("%s", i18n.T(lang, "plan.answers.required"))
	}
	return checkFormat(lang, opts.Format, render.PlanFormats)
}

// checkFormat is a usage error for a format not in formats; html, planned
// but not built, gets its own message.
func checkFormat(lang, format string, formats []string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	if format == render.FormatHTML {
		return usageErrorf("%s", i18n.T(lang, "render.format.html", strings.Join(formats, ", ")))
	}
	return valueError("--format", format, formats, i18n.T(lang, "render.format.unknown", format, strings.Join(formats, ", ")))
}

// uiLang is the language of messages before the answers file is read.
func (opts *PlanOptions) uiLang() string {
	if opts.Lang != "" {
		return opts.Lang
	}
	if opts.EnvLang != "" {
		return opts.EnvLang
	}
	return "en"
}

func planRun(opts *PlanOptions) error {
	ui := opts.uiLang()
	if err := checkOutput(opts, ui); err != nil {
		return err
	}
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	file, diags, err := loadAnswers(opts.AnswersFile, cat, ui)
	if err != nil {
		return fmt.Errorf("%s", i18n.T(ui, "plan.answers.read", opts.AnswersFile, unwrapPathError(err)))
	}
	for _, d := range diags {
		fmt.Fprintln(opts.IO.ErrOut, d.String())
	}
	if file == nil || diags.HasErrors() {
		e, _ := diags.Count()
		return fmt.Errorf("%s", i18n.N(ui, "plan.answers.invalid", e, opts.AnswersFile, e))
	}

	// The plan, and the messages from here on, speak --lang, else the
	// language the answers were given in, else the environment's.
	lang := opts.Lang
	if lang == "" && i18n.Supported(file.Language) {
		lang = file.Language
	}
	if lang == "" {
		lang = ui
	}
	// Warnings (e.g. the catalogue changed since the answers were given)
	// travel with the plan too, so a reader of a saved report sees them.
	var warnings []string
	for _, d := range diags {
		if d.Severity == catalogue.SevWarning {
			warnings = append(warnings, d.Message)
		}
	}
	plan, err := assessment.Build(cat, file, assessment.BuildOptions{Lang: lang, Now: opts.Now().Truncate(time.Second), Warnings: warnings, ShowAll: opts.All})
	if err != nil {
		return err
	}

	if opts.CatalogueDir != "" {
		plan.Catalogue.Own = catalogueName(opts.CatalogueDir)
		plan.Catalogue.OwnMode = "extend"
		if opts.CatalogueMode == "replace" {
			plan.Catalogue.OwnMode = "replace"
		}
	}

	ro := render.Options{Width: render.DefaultWidth, AllCommand: opts.allCommand(), ResumeCommand: opts.resumeCommand()}
	if opts.Output == "" {
		ro.Width = opts.IO.TerminalWidth()
		ro.Color = opts.IO.ColorEnabled()
	}
	var buf bytes.Buffer
	if err := render.Plan(&buf, plan, opts.Format, ro); err != nil {
		return err
	}
	if opts.Output == "" {
		_, err := opts.IO.Out.Write(buf.Bytes())
		return err
	}
	// A plan holds business-confidential answers: readable by the owner only.
	if err := fsutil.WriteFileAtomic(opts.Output, buf.Bytes(), 0o600); err != nil {
		return fmt.Errorf("%s", i18n.T(lang, "plan.output.write", opts.Output, unwrapPathError(err)))
	}
	fmt.Fprintln(opts.IO.ErrOut, i18n.T(lang, "plan.output.done", opts.Output))
	return nil
}

// allCommand is the command line that shows every action of this plan: the
// same answers file, language, catalogue, format and --output (a plan saved
// to a file is saved there again, whole, rather than printed), with --all.
// Arguments are quoted for a POSIX shell where needed (shellQuote).
func (opts *PlanOptions) allCommand() string {
	args := []string{"eis", "plan", "--answers", opts.AnswersFile, "--all"}
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
// assessment, with the same catalogue (the file's own language wins when
// resuming, so no --lang), quoted like allCommand.
func (opts *PlanOptions) resumeCommand() string {
	args := []string{"eis", "assess", "--resume", opts.AnswersFile}
	args = append(args, opts.catalogueArgs()...)
	for i, a := range args {
		args[i] = shellQuote(a)
	}
	return strings.Join(args, " ")
}

// catalogueArgs repeats the global --catalogue and --catalogue-mode given.
func (opts *PlanOptions) catalogueArgs() []string {
	if opts.CatalogueDir == "" {
		return nil
	}
	args := []string{"--catalogue", opts.CatalogueDir}
	if opts.CatalogueMode == "replace" {
		args = append(args, "--catalogue-mode", "replace")
	}
	return args
}

// checkOutput refuses an --output that would destroy something or cannot
// be a file: the answers file itself (the plan would overwrite the client's
// answers) or a folder. Both are usage errors, found before anything is read.
func checkOutput(opts *PlanOptions, lang string) error {
	if opts.Output == "" {
		return nil
	}
	if out, err := os.Stat(opts.Output); err == nil && out.IsDir() {
		return usageErrorf("%s", i18n.T(lang, "plan.output.isDir", opts.Output, filepath.Join(opts.Output, "plan"+planExt[opts.Format])))
	}
	if samePath(opts.Output, opts.AnswersFile) {
		return usageErrorf("%s", i18n.T(lang, "plan.output.isAnswers", opts.Output, opts.AnswersFile, "plan"+planExt[opts.Format]))
	}
	return nil
}

// planExt is the usual file extension of each plan format.
var planExt = map[string]string{render.FormatText: ".txt", render.FormatMarkdown: ".md", render.FormatJSON: ".json"}

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
