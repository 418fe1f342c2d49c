package cli

import (
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/practices"
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
	// HelpLang is the language of the help texts, which are built before
	// flags are parsed; Run sets it from --lang / EIS_LANG / config / LANG.
	// Empty means English.
	HelpLang string

	once sync.Once
	cat  *catalogue.Catalogue
	err  error
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
	return &Factory{IOStreams: iostreams.System(), Embedded: practices.FS(), Now: clock(), Wall: time.Now}
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
	return i18n.FromEnv()
}

// Catalogue loads the catalogue once: the embedded one, extended or replaced
// by --catalogue DIR. Shadowing notices go to stderr. A catalogue with errors
// is refused with a message naming `eis validate`.
func (f *Factory) Catalogue() (*catalogue.Catalogue, error) {
	f.once.Do(func() {
		var user fs.FS
		if f.Global.CatalogueDir != "" {
			st, err := os.Stat(f.Global.CatalogueDir)
			if err != nil || !st.IsDir() {
				f.err = usageErrorf("%s", i18n.T(f.Lang(), "cli.catalogue.dir", f.Global.CatalogueDir))
				return
			}
			user = os.DirFS(f.Global.CatalogueDir)
		}
		replace := f.Global.CatalogueMode == "replace"
		c, diags, notices, err := catalogue.Open(f.Embedded, user, replace, f.Now())
		if err != nil {
			f.err = err
			return
		}
		lang := f.Lang()
		for _, n := range notices {
			fmt.Fprintln(f.IOStreams.ErrOut, i18n.T(lang, "cli.catalogue.shadow", n.At.File, n.ID))
		}
		// Open returns no catalogue for errors. A last_verified after
		// today is only a warning here (a wrong system clock must not
		// stop a plan); eis validate makes it an error.
		if c == nil {
			e, _ := diags.Count()
			dir := f.Global.CatalogueDir
			if dir == "" {
				dir = "practices"
			}
			f.err = fmt.Errorf("%s", i18n.T(lang, "cli.catalogue.invalid", e, dir))
			return
		}
		f.cat = c
	})
	return f.cat, f.err
}
