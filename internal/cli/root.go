// Package cli owns the eis command tree: the root command, the wiring of
// config onto flags, one file per command, and the mapping of errors to exit
// codes. Domain work lives in the catalogue, assessment, answers, survey and
// render packages.
package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/cobra"
)

// NewRootCmd builds the eis command tree around a factory, with its help
// texts in the factory's Locale.
func NewRootCmd(f *Factory) *cobra.Command { return newRootCmd(f, false) }

// newRootCmd builds the command tree; with hold, its help texts are said
// only when cobra shows help (see helpTexts).
func newRootCmd(f *Factory, hold bool) *cobra.Command { return newTree(f, hold, "") }

// newTree is newRootCmd; with only, the root has that one command (see
// leanCommand) instead of all of them.
func newTree(f *Factory, hold bool, only string) *cobra.Command {
	hl := &helpTexts{loc: helpLocale(f).loc, holding: hold}
	if f != nil {
		f.help = hl
		defer func() { f.help = nil }()
	}
	root := &cobra.Command{
		Use:           "eis",
		Short:         hl.T("help.eis.short"),
		Long:          hl.T("help.eis.long"),
		SilenceUsage:  true,
		SilenceErrors: true,
		// The root only shows help; a word that names no command is an
		// error (checked in Run: see checkCommand).
		Args: usageArgs(noArgs),
		// Config and EIS_* variables onto the flags: see bindConfig.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error { return f.bindConfig(cmd) },
	}
	// --version is 'eis version' (see versionFlag), not cobra's Version.
	root.SetFlagErrorFunc(flagError)
	pf := root.PersistentFlags()
	pf.StringVar(&f.Global.ConfigFile, "config", "", hl.T("help.eis.flag.config", "%AppData%"))
	pf.StringVar(&f.Global.CatalogueDir, "catalogue", "", hl.T("help.eis.flag.catalogue"))
	pf.StringVar(&f.Global.CatalogueMode, "catalogue-mode", "extend", hl.T("help.eis.flag.catalogue-mode"))
	pf.StringVar(&f.Global.Lang, "lang", "", hl.T("help.eis.flag.lang", strings.Join(i18n.Languages, ", ")))
	pf.BoolVar(&f.Global.NoColor, "no-color", false, hl.T("help.eis.flag.no-color"))

	for _, c := range commands {
		if only == "" || c.name == only {
			root.AddCommand(c.make(f))
		}
	}
	if only != "" {
		// Not asked for (see leanCommand), and the dearest to build.
		root.CompletionOptions.DisableDefaultCmd = true
	}
	groupCommands(root, hl)
	if f.IOStreams != nil {
		// Before localizeCobra: the completion command keeps the writer
		// it finds when it is created.
		root.SetIn(f.IOStreams.In)
		root.SetOut(f.IOStreams.Out)
		root.SetErr(f.IOStreams.ErrOut)
	}
	localizeCobra(root, hl)
	if !hold {
		// After localizeCobra, which adds the completion commands and
		// their flags. A run that holds its texts makes them in fill.
		rootNotes(root, hl)
	}
	hl.setHelp(f, root)
	if hold {
		// Texts asked for from now on (while a command runs) are said at once.
		hl.holding = false
	}
	registerGlobalCompletion(f, root)
	return root
}

// topCommand is a top-level command: its name and how to build it.
type topCommand struct {
	name string
	make func(f *Factory) *cobra.Command
}

// commands are eis's top-level commands, in the order of the tree.
var commands = []topCommand{
	{"version", func(f *Factory) *cobra.Command { return NewCmdVersion(f, nil) }},
	{"validate", func(f *Factory) *cobra.Command { return NewCmdValidate(f, nil) }},
	{"schema", func(f *Factory) *cobra.Command { return NewCmdSchema(f, nil) }},
	{"assess", func(f *Factory) *cobra.Command { return NewCmdAssess(f, nil) }},
	{"plan", func(f *Factory) *cobra.Command { return NewCmdPlan(f, nil) }},
	{"practices", NewCmdPractices},
	{"questions", func(f *Factory) *cobra.Command { return NewCmdQuestions(f, nil) }},
	{"region", func(f *Factory) *cobra.Command { return NewCmdRegion(f, nil) }},
	{"aggregate", func(f *Factory) *cobra.Command { return NewCmdAggregate(f, nil) }},
	{"compare", func(f *Factory) *cobra.Command { return NewCmdCompare(f, nil) }},
	{"config", NewCmdConfig},
}

// leanTrees allows leanCommand's trees (a test compares them with whole ones).
var leanTrees = true

// leanCommand is the command a run can be given a tree of its own for —
// the root and that one command, which spares building the other ten
// (most of what eis version costs beyond Go's start) — or "". That is when
// args start with the command's name, no word asks for help or the
// version, and nothing in the run looks at the other commands: no config
// file (its keys are checked against every command's flags), no EIS_
// variable (checked likewise), not eis config (which lists every
// command's settings), not shell completion.
func leanCommand(f *Factory, args []string) string {
	if !leanTrees || len(args) == 0 || f.cfg == nil || f.cfg.Path != "" {
		return ""
	}
	name := args[0]
	if name == "config" || !slices.ContainsFunc(commands, func(c topCommand) bool { return c.name == name }) {
		return ""
	}
	for _, a := range args[1:] {
		if a == "help" || a == "--version" || strings.HasPrefix(a, "-h") || strings.HasPrefix(a, "--help") {
			return ""
		}
	}
	for _, kv := range f.environ() {
		if strings.HasPrefix(kv, config.EnvPrefix+"_") {
			return ""
		}
	}
	return name
}

// Command groups in the root's help, by who uses the commands.
const (
	groupFirms       = "firms"
	groupAdvisors    = "advisors"
	groupMaintainers = "maintainers"
)

// commandGroups puts each top-level command in its group; the rest
// (config, version, completion, help) are listed after the groups.
func commandGroups(name string) string {
	switch name {
	case "assess", "plan":
		return groupFirms
	case "compare", "questions", "practices", "region", "aggregate":
		return groupAdvisors
	case "validate", "schema":
		return groupMaintainers
	}
	return ""
}

// groupCommands groups root's commands in its help: for firms, for
// advisors and regions, for catalogue maintainers.
func groupCommands(root *cobra.Command, hl *helpTexts) {
	root.AddGroup(
		&cobra.Group{ID: groupFirms, Title: hl.T("help.group.firms")},
		&cobra.Group{ID: groupAdvisors, Title: hl.T("help.group.advisors")},
		&cobra.Group{ID: groupMaintainers, Title: hl.T("help.group.maintainers")},
	)
	for _, c := range root.Commands() {
		c.GroupID = commandGroups(c.Name())
	}
}

// HelpNotesAnnotation is the root's annotation with the text its help ends
// with: every environment variable eis reads and the exit codes (see
// usage); the man page eis(1) carries it too.
const HelpNotesAnnotation = "eis.help.notes"

// rootNotes sets root's notes: the EIS_* variables as the tree has them
// (EIS_CONFIG and the global flags', then every command's own), the other
// variables eis reads, and the exit codes.
func rootNotes(root *cobra.Command, hl *helpTexts) {
	global, commands := config.EnvNames(root)
	if root.Annotations == nil {
		root.Annotations = map[string]string{}
	}
	// The lists are not message arguments: those are said on one line.
	root.Annotations[HelpNotesAnnotation] = hl.T("help.eis.notes.env") + "\n" +
		"  " + wrapList(global, 76, "  ") + "\n      " + hl.T("help.eis.notes.global") + "\n" +
		"  " + wrapList(commands, 76, "  ") + "\n      " + hl.T("help.eis.notes.commands") + "\n" +
		hl.T("help.eis.notes.rest")
}

// wrapList joins words with ", " into lines of at most width columns, the
// lines after the first starting with indent.
func wrapList(words []string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, w := range words {
		if i > 0 {
			b.WriteString(",")
			line++
			if line+1+len(w) > width {
				b.WriteString("\n" + indent)
				line = len(indent)
			} else {
				b.WriteString(" ")
				line++
			}
		}
		b.WriteString(w)
		line += len(w)
	}
	return b.String()
}

// Main runs eis with the process's arguments and returns the exit code.
func Main() int {
	return Run(NewFactory(), os.Args[1:])
}

// Run executes the command tree with args and returns the exit code. Errors
// are printed once, on stderr, with no stack trace; usage errors add a hint.
func Run(f *Factory, args []string) int {
	f.begin(args)
	// Shell completion shows descriptions: texts at once. Any other run
	// says them only if it shows help.
	complete := len(args) > 0 && strings.HasPrefix(args[0], cobra.ShellCompRequestCmd)
	only := ""
	if !complete {
		only = leanCommand(f, args)
	}
	var cmd *cobra.Command
	var err error
	if bareVersion(f, args, only) {
		// What bindConfig would do here, and the command.
		if f.IOStreams != nil {
			f.IOStreams.SetNoColor(f.Global.NoColor)
		}
		err = versionRun(f, nil, versionOutput.def, "")
	} else {
		root := newTree(f, !complete, only)
		cmd, err = checkCommand(root, args)
		if err == nil {
			root.SetArgs(args)
			cmd, err = root.ExecuteC()
			if err == nil {
				err = f.versionErr // --version, run where cobra shows help
			}
		}
	}
	if err == nil {
		return ExitOK
	}
	var ue *UsageError
	code := exitCode(err)
	if errors.Is(err, ErrSilent) || errors.Is(err, ErrInterrupted) {
		return code
	}
	loc := f.Locale
	if errors.As(err, &ue) {
		f.sourceValue(cmd, ue)
	}
	fmt.Fprintf(f.IOStreams.ErrOut, "eis: %s\n", localizeError(loc, err))
	if ue != nil && ue.Hint != nil {
		fmt.Fprintln(f.IOStreams.ErrOut, ue.Hint(loc))
	}
	if code == ExitUsage && (ue == nil || !ue.Config) {
		name := "eis"
		if cmd != nil {
			name = cmd.CommandPath()
		}
		fmt.Fprintln(f.IOStreams.ErrOut, loc.T("cli.usage.hint", name))
	}
	return code
}

// begin decides the run's language before the command tree is built (its
// help texts are in it) and before cobra parses --lang: from --lang and
// --config as scanGlobalFlags finds them in args, the config file that
// names (read once per run: the binding uses the same reading and reports
// its errors), and the environment.
func (f *Factory) begin(args []string) {
	f.langArg, f.langSet, f.cfgArg = scanGlobalFlags(args)
	f.cfg = config.Read(f.cfgArg, f.getenv)
	f.decideLocale("")
}

// usageArgs wraps a positional-argument check so that its failure is a usage
// error (exit 2, with the usage hint), said in the user's language by Run,
// with the command's argHint if it has one.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			ue := &UsageError{Err: err}
			if hint := argHints(cmd.CommandPath()); hint != nil {
				ue.Hint = hint(cmd, args)
			}
			return ue
		}
		return nil
	}
}

// argHint looks at the arguments a command refused and returns what the
// user probably meant, in a given language, or nil.
type argHint func(cmd *cobra.Command, args []string) func(loc i18n.Locale) string

// argHints is the argHint of the command at path, or nil.
func argHints(path string) argHint {
	switch path {
	case "eis plan":
		// eis plan da.yaml
		return fileFlagHint("answers")
	case "eis assess":
		// eis assess acme.yaml: most likely to carry on with it.
		return fileFlagHint("resume")
	}
	return nil
}

// fileFlagHint suggests --flag FILE for the first argument that names an
// existing .yaml or .yml file, when --flag was not given already.
func fileFlagHint(flag string) argHint {
	return func(cmd *cobra.Command, args []string) func(i18n.Locale) string {
		if cmd.Flags().Changed(flag) {
			return nil
		}
		for _, a := range args {
			switch strings.ToLower(filepath.Ext(a)) {
			case ".yaml", ".yml":
			default:
				continue
			}
			if st, err := os.Stat(a); err != nil || !st.Mode().IsRegular() {
				continue
			}
			suggestion := "--" + flag + " " + shellQuote(a)
			return func(loc i18n.Locale) string { return loc.T("cli.args.flag-hint", suggestion) }
		}
		return nil
	}
}
