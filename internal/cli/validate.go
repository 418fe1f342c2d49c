package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/safetext"
	"github.com/spf13/cobra"
)

// ValidateOptions are the inputs of `eis validate`.
type ValidateOptions struct {
	IO       *iostreams.IOStreams
	Embedded fs.FS
	Now      time.Time
	// Wall is the real time when Now is fixed by SOURCE_DATE_EPOCH (zero
	// means Now): a last_verified date is in the future only after both.
	Wall   time.Time
	Locale i18n.Locale
	// Dir is the catalogue folder to check; empty means the built-in
	// catalogue. A folder with a catalogue: section is checked alone; one
	// without is an extension, checked merged over the built-in catalogue.
	Dir string
	// Replace (--catalogue-mode replace) requires Dir to be a whole
	// catalogue; ReplaceFrom says where that setting came from.
	Replace     bool
	ReplaceFrom string
	// ReplaceFromConfig says that was the config file or the environment.
	ReplaceFromConfig bool
	// Format is text, json or github.
	Format string
	// Output is the file to write the report to; empty means stdout.
	Output string
	// Strict makes warnings fail too.
	Strict bool
	// NoAge leaves out the checks that fail as time passes (expired,
	// stale): for pull requests, while a scheduled job runs them.
	NoAge bool
}

// Validate output formats.
const (
	formatText   = "text"
	formatJSON   = "json"
	formatGitHub = "github"
)

// validateOutput is what `eis validate` prints; with no --format, the
// command picks github under GitHub Actions, else text.
var validateOutput = outputSpec{formats: []string{formatText, formatJSON, formatGitHub}, schema: "validate", stem: "validate"}

// NewCmdValidate checks a catalogue folder (or the built-in catalogue) and
// reports every problem as path:line:col: severity: message [rule].
func NewCmdValidate(f *Factory, runF func(*ValidateOptions) error) *cobra.Command {
	var format string
	opts := &ValidateOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "validate [DIR]",
		Short:   hl.T("help.validate.short"),
		Long:    hl.T("help.validate.long"),
		Example: hl.T("help.validate.example"),
		Args:    usageArgs(maxArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Embedded = f.Embedded
			opts.Now = f.Now()
			if f.Wall != nil {
				opts.Wall = f.Wall()
			}
			opts.Locale = f.Locale
			opts.Format = format
			if format == "" {
				opts.Format = formatText
				if f.getenv("GITHUB_ACTIONS") == "true" {
					opts.Format = formatGitHub
				}
			}
			if err := validateOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			// The folder decides whether it is a whole catalogue or an
			// extension (by its catalogue: section), as for --catalogue.
			opts.Dir = f.Global.CatalogueDir
			if len(args) == 1 {
				opts.Dir = args[0]
			}
			if opts.Dir != "" {
				if msg := catalogueDirProblem(opts.Locale, opts.Dir); msg != "" {
					if len(args) == 0 {
						msg = f.sourcedGlobal("catalogue", msg)
					}
					return usageErrorf("%s", msg)
				}
				opts.Replace = f.Global.CatalogueMode == "replace"
				opts.ReplaceFrom = f.origin("catalogue-mode")
				opts.ReplaceFromConfig = f.fromConfig("catalogue-mode")
			}
			if runF != nil {
				return runF(opts)
			}
			return validateRun(opts)
		},
	}
	validateOutput.add(cmd, f, &format, &opts.Output)
	cmd.Flags().Lookup("format").Usage = hl.T("help.validate.flag.format")
	cmd.ValidArgsFunction = completeDirs
	cmd.Flags().BoolVar(&opts.Strict, "strict", false, hl.T("help.validate.flag.strict"))
	cmd.Flags().BoolVar(&opts.NoAge, "no-age", false, hl.T("help.validate.flag.no-age"))
	return cmd
}

func validateRun(opts *ValidateOptions) error {
	o := catalogueOptions(opts.Dir, opts.Replace, opts.Now)
	var files int
	o.Wall, o.Validate, o.Files = opts.Wall, true, &files
	o.SkipAge = opts.NoAge
	o.DiagnosticsOnly = true
	_, diags, notices, err := catalogue.OpenWith(opts.Embedded, o)
	loc := opts.Locale
	for _, n := range notices {
		if n.Kind != catalogue.NoticeAdded {
			fmt.Fprintln(opts.IO.ErrOut, loc.Format(n.Message()))
		}
	}
	if err != nil {
		if errors.Is(err, catalogue.ErrNoFiles) {
			// Files it ignores (*.yml, _draft.yaml) say how to name them.
			for _, d := range diags {
				fmt.Fprintln(opts.IO.ErrOut, loc.StableDiagnostic(d))
			}
		}
		return openError(loc, err, o, opts.Dir, opts.ReplaceFrom, opts.ReplaceFromConfig)
	}
	errs, warns := diags.Count()
	// Every format is sanitised here (render's JSON writer, or sw), so
	// that sw alone decides which lines are eis's own workflow commands:
	// stdout's sanitiser would break their "::" as it breaks one that a
	// file's name or a key put at a line's start.
	err = writeRendered(opts.IO, loc, opts.Output, func(out io.Writer, _ render.Options) error {
		if opts.Format == formatJSON {
			return render.Validation(out, diags, files, loc)
		}
		sw := safetext.NewWriter(out, nil)
		if opts.Format == formatGitHub {
			if err := writeGitHub(sw, diags, loc); err != nil {
				return err
			}
		}
		for _, d := range diags {
			fmt.Fprintln(sw, loc.StableDiagnostic(d))
		}
		_, err := fmt.Fprintln(sw, summaryLine(loc, errs, warns, files))
		return err
	})
	if err != nil {
		return err
	}
	if errs > 0 || (opts.Strict && warns > 0) {
		return ErrSilent
	}
	return nil
}

// summaryLine is "N errors, M warnings in K files" in loc.
func summaryLine(loc i18n.Locale, errs, warns, files int) string {
	count := func(n int, key string) string { return loc.N(key, n, n) }
	return loc.T("validate.summary", count(errs, "validate.errors"), count(warns, "validate.warnings"), count(files, "validate.files"))
}

// writeGitHub writes workflow commands that GitHub Actions shows as
// annotations on the files of a pull request: the only lines of eis's
// output that start with "::" (w.Command), each escaped as the toolkit
// escapes a command, so nothing from a file starts a line of its own.
func writeGitHub(w *safetext.Writer, diags diag.Diagnostics, loc i18n.Locale) error {
	for _, d := range diags {
		cmd := "error"
		if d.Severity == diag.SevWarning {
			cmd = "warning"
		}
		if err := w.Command(fmt.Sprintf("::%s file=%s,line=%d,col=%d,title=%s::%s", cmd,
			escapeProperty(d.File), d.Line, d.Col, escapeProperty(d.Rule), escapeData(loc.Format(d.Message)))); err != nil {
			return err
		}
	}
	return nil
}

// escapeData escapes a workflow command's message as @actions/core does.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value as @actions/core does.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
