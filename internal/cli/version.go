package cli

import (
	"io"
	"io/fs"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"

	"github.com/spf13/cobra"
)

// Set by the linker: -X github.com/eis-project/eis/internal/cli.version=...
var (
	version = ""
	commit  = ""
	date    = ""
)

// VersionOptions are the inputs of `eis version`.
type VersionOptions struct {
	Version, Commit, Date string
	// Format is text (one line) or json.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
}

// versionOutput is what `eis version` prints.
var versionOutput = outputSpec{formats: []string{render.FormatText, render.FormatJSON}, def: render.FormatText, schema: "version", stem: "version"}

// goBuildInfo is the Go build info, parsed once per run: eis version
// needs it twice (the root's --version and the command itself), and
// debug.ReadBuildInfo parses it anew on each call.
var goBuildInfo = sync.OnceValues(debug.ReadBuildInfo)

// BuildInfo returns version, commit and date from ldflags, falling back to
// the Go build info (module version, vcs.revision, vcs.time).
func BuildInfo() VersionOptions {
	v := VersionOptions{Version: version, Commit: commit, Date: date}
	if v.Version != "" && v.Commit != "" && v.Date != "" {
		// A release (.goreleaser.yaml sets all three): the build info,
		// which debug.ReadBuildInfo parses whole, module by module, would
		// give nothing.
		return v
	}
	if bi, ok := goBuildInfo(); ok {
		if v.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if v.Commit == "" {
					v.Commit = s.Value
				}
			case "vcs.time":
				if v.Date == "" {
					v.Date = s.Value
				}
			}
		}
	}
	if v.Version == "" {
		v.Version = "dev"
	}
	if v.Commit == "" {
		v.Commit = "unknown"
	}
	if v.Date == "" {
		v.Date = "unknown"
	}
	return v
}

// NewCmdVersion prints the version, commit and build date.
func NewCmdVersion(f *Factory, runF func(*VersionOptions) error) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "version",
		Short: helpLocale(f).T("help.version.short"),
		Args:  usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return versionRun(f, runF, format, output)
		},
	}
	versionOutput.add(cmd, f, &format, &output)
	return cmd
}

// versionRun is what eis version does, in format to output (stdout when
// ""), or runF.
func versionRun(f *Factory, runF func(*VersionOptions) error, format, output string) error {
	opts := BuildInfo()
	opts.Format, opts.Output = format, output
	if err := versionOutput.check(f.Locale, opts.Format, opts.Output); err != nil {
		return err
	}
	if runF != nil {
		return runF(&opts)
	}
	v := render.VersionJSON{Version: opts.Version, Commit: opts.Commit, Date: opts.Date, Go: runtime.Version(), Languages: versionLanguages(f.Embedded)}
	return writeOutput(f.IOStreams, f.Locale, opts.Output, func(w io.Writer, _ render.Options) error {
		return render.Version(w, v, opts.Format, f.Locale)
	})
}

// bareVersion reports whether a run is eis version alone, which Run
// runs without a command tree: nothing but the command's name in args,
// and nothing for the binding of the config file and the environment
// onto the flags (bindConfig) to do or say — no config file, none that
// cannot be read, no EIS_ variable (leanCommand), no language asked for
// that eis does not speak. The tree and cobra's parse and bindConfig's
// look at every flag were some 160,000 instructions, a twentieth of the
// run (callgrind); what the command does and prints is the same
// (TestLeanTreeSameOutput, TestBareVersion).
func bareVersion(f *Factory, args []string, only string) bool {
	return only == "version" && len(args) == 1 && f.cfg.Err() == nil && f.cfg.Warning() == nil && f.lang.Bad == nil
}

// versionLanguages lists the languages eis speaks with who wrote their
// messages (each message file's header) and the built-in catalogue's
// texts (its translations:), and whether a native speaker reviewed them.
func versionLanguages(embedded fs.FS) []render.VersionLanguageJSON {
	var meta catalogue.Keyed[catalogue.Translation]
	if embedded != nil {
		if m, ok := catalogue.MetaOf(embedded); ok {
			meta = m.Translations
		}
	}
	// One allocation: each size an append grows the list through is a
	// span of its own in fresh memory, a page fault or two.
	out := make([]render.VersionLanguageJSON, 0, len(i18n.Languages))
	for _, l := range i18n.Languages {
		// The tests see to it that every file has its header.
		a, _ := i18n.AboutLanguage(l)
		v := render.VersionLanguageJSON{Code: l, Name: a.Name,
			Messages: render.TranslationJSON{Translator: a.Translator, ReviewedBy: a.ReviewedBy, Reviewed: a.Reviewed}}
		if t := meta.Get(l); t != nil {
			v.Catalogue = &render.TranslationJSON{Translator: t.Translator, ReviewedBy: t.ReviewedBy}
			if t.Reviewed != nil {
				v.Catalogue.Reviewed = t.Reviewed.String()
			}
		}
		out = append(out, v)
	}
	return out
}
