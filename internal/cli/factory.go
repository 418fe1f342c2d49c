package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/practices"
	"github.com/spf13/cobra"
)

// Factory carries what commands need: streams, the global options, and lazy
// getters for the catalogue and the clock. Commands copy what they need.
type Factory struct {
	IOStreams *iostreams.IOStreams
	// Embedded is the catalogue built into the binary.
	Embedded fs.FS
	// Now is the clock (fixed in tests, and by SOURCE_DATE_EPOCH).
	Now func() time.Time
	// Wall is the real clock, even when SOURCE_DATE_EPOCH fixes Now; nil
	// means Now. eis validate uses it so that a build dated before the
	// catalogue's last review does not see its dates as in the future.
	Wall func() time.Time
	// Global options, filled from flags/env/config before a command runs.
	Global GlobalOptions
	// Getenv reads the environment: os.Getenv in NewFactory, a map in
	// tests; nil reads an empty environment, so a zero Factory is hermetic.
	Getenv func(string) string
	// Environ lists the environment as NAME=value entries (os.Environ in
	// NewFactory), for the warning about EIS_* variables eis does not
	// read; nil lists none.
	Environ func() []string
	// Locale is the language of the run: Run decides it before the command
	// tree is built (its help texts are in it), and a command that reads an
	// answers file decides it again at its start, with that file's
	// language (decideLocale). The zero Locale is English.
	Locale i18n.Locale
	// lang is the run's language decision (see decideLocale).
	lang i18n.Decision
	// langArg is --lang as Run found it on the command line; langSet says
	// it was given.
	langArg string
	langSet bool

	// help says the help texts of the tree being built (see newRootCmd).
	help *helpTexts
	// versionErr is what --version's run of 'eis version' returned (cobra
	// runs it as help, which returns nothing: see helpTexts.setHelp).
	versionErr error
	// quiet keeps the catalogue's notices off stderr (shell completion).
	quiet bool

	once sync.Once
	cat  *catalogue.Catalogue
	err  error
	// bound is what the config binding read, for the command boundCmd:
	// where each global option came from, for messages.
	bound    *config.Result
	boundCmd *cobra.Command
	// cfg is the config file, read once per run (see configFile) from
	// cfgArg, the --config it was read for.
	cfg    *config.File
	cfgArg string
}

// GlobalOptions are the persistent flags every command shares.
type GlobalOptions struct {
	ConfigFile    string
	CatalogueDir  string
	CatalogueMode string // extend or replace
	Lang          string
	// NoColor (--no-color) turns colour off on every stream.
	NoColor bool
}

// NewFactory returns a factory wired to the real process.
func NewFactory() *Factory {
	return &Factory{IOStreams: iostreams.System(), Embedded: practices.FS(), Now: clock(os.Getenv), Wall: time.Now, Getenv: os.Getenv, Environ: os.Environ}
}

// clock returns time.Now, or a fixed time when SOURCE_DATE_EPOCH is set (the
// reproducible-builds convention), so outputs can be byte-stable.
func clock(getenv func(string) string) func() time.Time {
	if s := getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			t := time.Unix(sec, 0).UTC()
			return func() time.Time { return t }
		}
	}
	return time.Now
}

// getenv reads the environment variable key through Getenv ("" when nil).
func (f *Factory) getenv(key string) string {
	if f.Getenv == nil {
		return ""
	}
	return f.Getenv(key)
}

// environ lists the environment through Environ (none when nil).
func (f *Factory) environ() []string {
	if f.Environ == nil {
		return nil
	}
	return f.Environ()
}

// decideLocale decides the language of the run, once, by the one rule
// (i18n.Decide): --lang, EIS_LANG, the config file's lang:, answersLang
// (the language of the answers file the command reads; "" for none), then
// LC_ALL, LC_MESSAGES or LANG, else English. It sets f.Locale.
func (f *Factory) decideLocale(answersLang string) i18n.Locale {
	flag := f.langArg
	if !f.langSet && f.Global.Lang != "" && f.boundCmd != nil {
		// Not found by Run's scan (a test runs a command directly):
		// the parsed flag, if the command line gave it.
		if src := f.bound.Source(f.boundCmd, "lang"); src.Kind == config.FromFlag {
			flag = f.Global.Lang
		}
	}
	f.lang = i18n.Decide(i18n.Sources{
		Flag:    flag,
		Env:     f.getenv(config.EnvPrefix + "_LANG"),
		Config:  f.runConfig().Lang(),
		Answers: answersLang,
		Getenv:  f.getenv,
	})
	f.Locale = f.lang.Locale
	return f.Locale
}

// langChosen reports whether the run's language was chosen for eis (by
// --lang, EIS_LANG or the config file), not taken from an answers file or
// the system: a command that others copy (the plan's "see all" command)
// repeats it as --lang.
func (f *Factory) langChosen() bool {
	return f.lang.From == i18n.FromFlag || f.lang.From == i18n.FromEnv || f.lang.From == i18n.FromConfig
}

// langOpen reports whether nobody chose the run's language: it came from
// the system's locale or is the default, not from --lang, EIS_LANG, the
// config file or an answers file (see AssessOptions.LanguageOpen).
func (f *Factory) langOpen() bool {
	return f.lang.From == i18n.FromSystem || f.lang.From == i18n.FromDefault
}

// renderOptions sizes text output for ios's stdout as every command does:
// the width from $COLUMNS, else the terminal's, else none (a pipe or a
// file); cells cut to fit only on a terminal, so tools get them whole;
// colour when allowed.
func renderOptions(ios *iostreams.IOStreams) render.Options {
	return render.Options{Width: ios.OutputWidth(), NoTruncate: !ios.IsStdoutTTY(), Color: ios.ColorEnabled()}
}

// Catalogue loads the catalogue once: the embedded one, or --catalogue DIR:
// a folder with a catalogue: section stands alone, one without extends the
// embedded catalogue (--catalogue-mode replace requires the former). Notices
// (an entry replacing a built-in one, or "using N entries from DIR") go to
// stderr when the catalogue loads. A catalogue with errors is refused with a message naming
// `eis validate DIR`. A last_verified after today, or no practices at all,
// is only a warning here, so a wrong system clock never stops a plan; eis
// validate makes it an error. Such warnings about DIR go to stderr too
// (warnCatalogue).
func (f *Factory) Catalogue() (*catalogue.Catalogue, error) {
	f.once.Do(func() {
		loc := f.Locale
		dir := f.Global.CatalogueDir
		if dir == "" && f.Global.CatalogueMode == "replace" {
			// Replacing the built-in catalogue with nothing: the user
			// meant to name a folder.
			f.err = f.globalError("catalogue-mode", loc.T("cli.catalogue.replace-alone"))
			return
		}
		if dir != "" {
			if msg := catalogueDirProblem(loc, dir); msg != "" {
				f.err = f.globalError("catalogue", msg)
				return
			}
		}
		o := catalogueOptions(dir, f.Global.CatalogueMode == "replace", f.Now())
		// Diagnostics are only counted here: the embedded catalogue may
		// come from its Go values, with no positions.
		o.NoPositions = true
		c, diags, notices, err := catalogue.OpenWith(f.Embedded, o)
		if err != nil {
			f.err = openError(loc, err, o, dir, f.origin("catalogue-mode"), f.fromConfig("catalogue-mode"))
			return
		}
		if c == nil {
			e, _ := diags.Count()
			run := "eis validate"
			if dir != "" {
				run += " " + shellQuote(dir)
			}
			f.err = fmt.Errorf("%s", loc.N("validate.invalid", e, e, run))
			return
		}
		for _, n := range notices {
			if !f.quiet {
				fmt.Fprintln(f.IOStreams.ErrOut, loc.Format(n.Message()))
			}
		}
		if dir != "" && !f.quiet {
			warnCatalogue(f.IOStreams.ErrOut, loc, diags, dir)
		}
		f.cat = c
	})
	return f.cat, f.err
}

// maxCatalogueWarnings caps the catalogue warnings a command prints
// before it counts the rest (eis validate lists them all).
const maxCatalogueWarnings = 10

// warnCatalogue writes to w, at their file and line, the warnings of the
// user's catalogue folder dir that eis validate gives as errors
// (catalogue.ValidateOnly): the command uses the catalogue all the same,
// and nothing else would tell the user why a plan is empty (no
// practices) or that a date is wrong. The folder's other warnings are
// left to eis validate, as are the built-in catalogue's (they name no
// file, and its user cannot change them).
func warnCatalogue(w io.Writer, loc i18n.Locale, diags diag.Diagnostics, dir string) {
	n := 0
	for _, d := range diags {
		if !catalogue.ValidateOnly(d) {
			continue
		}
		if n < maxCatalogueWarnings {
			fmt.Fprintln(w, loc.Diagnostic(d))
		}
		n++
	}
	if more := n - maxCatalogueWarnings; more > 0 {
		fmt.Fprintln(w, loc.N("cli.catalogue.warn.more", more, more, "eis validate "+shellQuote(dir)))
	}
}

// catalogueDirProblem says what is wrong with a catalogue folder the user
// named, or "" when it is an existing folder (a file gets "give the folder
// that holds it", an answers file "use eis plan --answers").
func catalogueDirProblem(loc i18n.Locale, dir string) string {
	st, err := os.Stat(dir)
	switch {
	case err == nil && st.IsDir():
		return ""
	case err == nil:
		if data, err := readAnswersFile(dir); err == nil && answers.IsAnswers(data) {
			return loc.T("validate.dir.answers", dir, shellQuote(dir))
		}
		return loc.T("validate.dir.file", dir, filepath.Dir(dir))
	default:
		return loc.T("validate.dir", dir)
	}
}

// configFile is the config file of this run: the one read for the help
// texts' language (earlyLang), unless the parsed --config names another
// one, or none was read yet.
func (f *Factory) configFile() *config.File {
	if f.cfg == nil || f.cfgArg != f.Global.ConfigFile {
		f.cfg, f.cfgArg = config.Read(f.Global.ConfigFile, f.getenv), f.Global.ConfigFile
	}
	return f.cfg
}

// runConfig is the config file for the language: the one Run read for
// the --config it found (before the flags are parsed), else configFile's.
func (f *Factory) runConfig() *config.File {
	if f.boundCmd == nil && f.cfg != nil {
		return f.cfg
	}
	return f.configFile()
}

// catalogueOptions are the options to open the catalogue folder dir (""
// for the built-in catalogue alone) with, in --catalogue-mode replace when
// replace is set.
func catalogueOptions(dir string, replace bool, now time.Time) catalogue.Options {
	o := catalogue.Options{Now: now, Replace: replace}
	if dir != "" {
		// Only regular files inside the folder are read, without blocking
		// (see fsutil.Dir); a folder that cannot be opened is reported
		// when it is read, as before.
		if d, err := fsutil.OpenDir(dir); err == nil {
			o.User = d
		} else {
			o.User = os.DirFS(dir)
		}
		o.UserRoot = filepath.ToSlash(filepath.Clean(dir))
	}
	return o
}

// openError says in loc why catalogue.OpenWith(…, o) failed for the folder
// dir: a folder with no catalogue files, or one that is not a whole
// catalogue although --catalogue-mode replace (set where from says) asks
// for one; other errors are returned as they are.
// (fromConfig: the config file or the environment, so the usage hint is
// left out).
func openError(loc i18n.Locale, err error, o catalogue.Options, dir, from string, fromConfig bool) error {
	switch {
	case errors.Is(err, catalogue.ErrNoFiles):
		return fmt.Errorf("%s", loc.T("validate.no-files", o.UserRoot))
	case errors.Is(err, catalogue.ErrNotWhole):
		return &UsageError{Err: errors.New(loc.T("validate.not-whole", dir, from)), Config: fromConfig}
	}
	return err
}

// fromConfig reports whether the global flag name got its value from the
// config file or the environment.
func (f *Factory) fromConfig(name string) bool {
	if f.boundCmd == nil {
		return false
	}
	switch f.bound.Source(f.boundCmd, name).Kind {
	case config.FromFile, config.FromEnv:
		return true
	}
	return false
}
