package cli

import (
	"io"

	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/spf13/cobra"
)

// annotationLenientConfig marks a command that binds the config file
// leniently (config.BindLenient) and reports its problems itself: `eis
// config list`, which is how a user finds out what is wrong with it.
const annotationLenientConfig = "eis.config.lenient"

// NewCmdConfig builds `eis config` with its subcommand list.
func NewCmdConfig(f *Factory) *cobra.Command {
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:   "config",
		Short: hl.T("help.config.short"),
		Long:  hl.T("help.config.long"),
		Args:  usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(NewCmdConfigList(f, nil))
	return cmd
}

// ConfigListOptions are the inputs of `eis config list`.
type ConfigListOptions struct {
	IO     *iostreams.IOStreams
	Locale i18n.Locale

	// File is the config file of the run (read or not).
	File *config.File
	// Settings are every setting with its value and source.
	Settings []config.Setting
	// Format is text or json.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
}

// configListOutput is what `eis config list` prints.
var configListOutput = outputSpec{formats: []string{render.FormatText, render.FormatJSON}, def: render.FormatText, schema: "config", stem: "settings"}

// NewCmdConfigList builds `eis config list`: the config file in effect
// and every setting with its value and where it comes from.
func NewCmdConfigList(f *Factory, runF func(*ConfigListOptions) error) *cobra.Command {
	opts := &ConfigListOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:         "list",
		Short:       hl.T("help.config.list.short"),
		Long:        hl.T("help.config.list.long", `%AppData%\eis\config.yaml`),
		Example:     hl.T("help.config.list.example"),
		Args:        usageArgs(noArgs),
		Annotations: map[string]string{annotationLenientConfig: "true"},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Locale = f.Locale
			opts.File = f.configFile()
			opts.Settings = config.Settings(cmd, opts.File, f.bound)
			if err := configListOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return configListRun(opts)
		},
	}
	configListOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func configListRun(opts *ConfigListOptions) error {
	loc := opts.Locale
	s := render.SettingsJSON{ConfigFile: render.ConfigFileJSON{From: "default"}}
	if fl := opts.File; fl != nil {
		s.ConfigFile = render.ConfigFileJSON{Path: fl.Want, From: fl.NamedBy.String(), Exists: fl.Path != ""}
		if err := fl.Err(); err != nil {
			s.ConfigFile.Error = configFileProblem(loc, err)
		}
	}
	for _, st := range opts.Settings {
		s.Settings = append(s.Settings, render.SettingJSON{Key: st.Key, Env: st.Env, Value: st.Value, Source: st.Source.Kind.String()})
	}
	err := writeOutput(opts.IO, loc, opts.Output, func(w io.Writer, _ render.Options) error {
		return render.Settings(w, s, opts.Format, loc)
	})
	if err == nil && s.ConfigFile.Error != "" {
		// Listed with the settings; the exit code says it too.
		return ErrSilent
	}
	return err
}
