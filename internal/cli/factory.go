package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/config"
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
	// Getenv reads the environment (os.Getenv when nil); tests give a map.
	Getenv func(string) string
	// HelpLang is the language of the help texts, which are built before
	// flags are parsed; Run sets it from --lang / EIS_LANG / config / LANG.
	// Empty means English.
	HelpLang string

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
}

// NewFactory returns a factory wired to the real process.
func NewFactory() *Factory {
	return &Factory{IOStreams: iostreams.System(), Embedded: practices.FS(), Now: clock(), Wall: time.Now, Getenv: os.Getenv}
}

// clock returns time.Now, or a fixed time when SOURCE_DATE_EPOCH is set (the
// reproducible-builds convention), so outputs can be byte-stable.
func clock() func() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			t := time.Unix(sec, 0).UTC()
			return func() time.Time { return t }
		}
	}
	return time.Now
}

// Lang is the language chosen by --lang / EIS_LANG / config, else LANG.
func (f *Factory) Lang() string {
	if f.Global.Lang != "" {
		return f.Global.Lang
	}
	return f.envLang()
}

// getenv reads the environment variable key through Getenv.
func (f *Factory) getenv(key string) string {
	if f.Getenv == nil {
		return os.Getenv(key)
	}
	return f.Getenv(key)
}

// envLang is the language from LC_ALL / LC_MESSAGES / LANG.
func (f *Factory) envLang() string { return i18n.FromGetenv(f.getenv) }

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
// `eis validate DIR`. A last_verified after today is only a warning here, so
// a wrong system clock never stops a plan; eis validate makes it an error.
func (f *Factory) Catalogue() (*catalogue.Catalogue, error) {
	f.once.Do(func() {
		lang := f.Lang()
		dir := f.Global.CatalogueDir
		if dir != "" {
			if msg := catalogueDirProblem(lang, dir); msg != "" {
				f.err = usageErrorf("%s", f.sourcedGlobal("catalogue", msg))
				return
			}
		}
		o := catalogueOptions(dir, f.Global.CatalogueMode == "replace", f.Now())
		c, diags, notices, err := catalogue.OpenWith(f.Embedded, o)
		if err != nil {
			f.err = openError(lang, err, o, dir, f.origin("catalogue-mode"))
			return
		}
		if c == nil {
			e, _ := diags.Count()
			run := "eis validate"
			if dir != "" {
				run += " " + shellQuote(dir)
			}
			f.err = fmt.Errorf("%s", i18n.N(lang, "validate.invalid", e, e, run))
			return
		}
		for _, n := range notices {
			fmt.Fprintln(f.IOStreams.ErrOut, n.Text(lang))
		}
		f.cat = c
	})
	return f.cat, f.err
}

// catalogueDirProblem says what is wrong with a catalogue folder the user
// named, or "" when it is an existing folder (a file gets "give the folder
// that holds it").
func catalogueDirProblem(lang, dir string) string {
	st, err := os.Stat(dir)
	switch {
	case err == nil && st.IsDir():
		return ""
	case err == nil:
		return i18n.T(lang, "validate.dir.file", dir, filepath.Dir(dir))
	default:
		return i18n.T(lang, "validate.dir", dir)
	}
}

// configFile is the config file of this run: the one read for the help
// texts' language (earlyLang), unless the parsed --config names another
// one, or none was read yet.
func (f *Factory) configFile() *config.File {
	if f.cfg == nil || f.cfgArg != f.Global.ConfigFile {
		f.cfg, f.cfgArg = config.Read(f.Global.ConfigFile), f.Global.ConfigFile
	}
	return f.cfg
}

// catalogueOptions are the options to open the catalogue folder dir (""
// for the built-in catalogue alone) with, in --catalogue-mode replace when
// replace is set.
func catalogueOptions(dir string, replace bool, now time.Time) catalogue.Options {
	o := catalogue.Options{Now: now, Replace: replace}
	if dir != "" {
		o.User = os.DirFS(dir)
		o.UserRoot = filepath.ToSlash(filepath.Clean(dir))
	}
	return o
}

// openError says in lang why catalogue.OpenWith(…, o) failed for the folder
// dir: a folder with no catalogue files, or one that is not a whole
// catalogue although --catalogue-mode replace (set where from says) asks
// for one; other errors are returned as they are.
func openError(lang string, err error, o catalogue.Options, dir, from string) error {
	switch {
	case errors.Is(err, catalogue.ErrNoFiles):
		return fmt.Errorf("%s", i18n.T(lang, "validate.no-files", o.UserRoot))
	case errors.Is(err, catalogue.ErrNotWhole):
		return notWholeError(lang, dir, from)
	}
	return err
}

// notWholeError is the usage error for --catalogue-mode replace (from where
// says where that came from) with a folder that has no catalogue: section.
func notWholeError(lang, dir, from string) error {
	return usageErrorf("%s", i18n.T(lang, "validate.not-whole", dir, from))
}
