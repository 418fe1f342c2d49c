package cli

import (
	"fmt"
	"runtime/debug"

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
}

// BuildInfo returns version, commit and date from ldflags, falling back to
// the Go build info (module version, vcs.revision, vcs.time).
func BuildInfo() VersionOptions {
	v := VersionOptions{Version: version, Commit: commit, Date: date}
	if bi, ok := debug.ReadBuildInfo(); ok {
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
	return &cobra.Command{
		Use:   "version",
		Short: helpLocale(f).T("help.version.short"),
		Args:  usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := BuildInfo()
			if runF != nil {
				return runF(&opts)
			}
			_, err := fmt.Fprintf(f.IOStreams.Out, "eis %s (commit %s, built %s)\n", opts.Version, opts.Commit, opts.Date)
			return err
		},
	}
}
