package cli

import (
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Shell completion. cobra's hidden __complete command runs the functions
// here for the word being completed and prints what they return, with a
// description after each value: IDs from the catalogue in effect (the
// built-in one, or --catalogue and --catalogue-mode wherever they are set)
// with their titles, formats, languages and modes with what they are, all
// in the user's language; file and folder hints for flags that take paths.
//
// Completion never fails: the config file and EIS_* are bound as far as
// they can be (config.BindLenient), a catalogue that cannot be loaded
// offers nothing, and __complete exits 0. Start-up stays cheap: only a
// function that needs IDs loads the catalogue.

// completeFunc is a cobra completion function.
type completeFunc = func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective)

// isCompletion reports whether cmd is cobra's __complete command, which
// root's PersistentPreRunE must let through whatever the config says.
func isCompletion(cmd *cobra.Command) bool {
	return cmd.Name() == cobra.ShellCompRequestCmd
}

// completing readies f for a completion function on cmd (the command being
// completed, its flags parsed by cobra) and returns the run's Locale: the
// config file and the environment bound leniently, the language decided
// again with them, and the catalogue's notices kept off stderr.
func (f *Factory) completing(cmd *cobra.Command) i18n.Locale {
	if f.boundCmd != cmd {
		f.bound, f.boundCmd = config.BindLenient(cmd, f.configFile()), cmd
		f.decideLocale("")
		f.quiet = true
	}
	return f.Locale
}

// completionLocale is the Locale for completing cmd's values, with f.
func completionLocale(f *Factory, cmd *cobra.Command) i18n.Locale {
	if f == nil {
		return i18n.English
	}
	return f.completing(cmd)
}

// idKind is a kind of catalogue ID a command takes.
type idKind int

// The IDs completion offers.
const (
	idRegion idKind = iota
	idPractice
	idDimension
	idQuestion
	idStage
)

// candidates are the IDs of kind with their titles in loc; nil when the
// catalogue they come from cannot be loaded. Stages need no catalogue.
func (f *Factory) candidates(loc i18n.Locale, kind idKind) []cobra.Completion {
	var out []cobra.Completion
	if kind == idStage {
		for _, s := range catalogue.Stages {
			out = append(out, cobra.CompletionWithDesc(s, loc.T("assessment.stage."+s)))
		}
		return out
	}
	cat, err := f.Catalogue()
	if err != nil || cat == nil {
		return nil
	}
	add := func(id string, title catalogue.Text) {
		out = append(out, cobra.CompletionWithDesc(id, completionText(loc.Pick(title))))
	}
	switch kind {
	case idRegion:
		for _, r := range cat.Regions {
			add(r.ID, r.Name)
		}
	case idPractice:
		for _, p := range cat.Practices {
			add(p.ID, p.Title)
		}
	case idDimension:
		for _, d := range cat.Dimensions {
			add(d.ID, d.Title)
		}
	case idQuestion:
		for _, q := range cat.Profile {
			add(q.ID, q.Text)
		}
		for _, q := range cat.Questions {
			add(q.ID, q.Text)
		}
	}
	return out
}

// completionText is s on one line, cut to a length a completion menu shows.
func completionText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 72 {
		s = strings.TrimRight(string(r[:71]), " ") + "…"
	}
	return s
}

// completeArgs completes up to max positional arguments (0: any number)
// with the IDs of kind, leaving out those given already; with 0, it
// completes a flag that takes one ID too.
func (f *Factory) completeArgs(kind idKind, max int) completeFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if max > 0 && len(args) >= max {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		loc := f.completing(cmd)
		return matching(f.candidates(loc, kind), "", toComplete, args), cobra.ShellCompDirectiveNoFileComp
	}
}

// completeList completes the flag name, which takes a list of IDs of kind,
// comma-separated or by repeating the flag: the word after the last comma,
// the IDs before it kept in front; IDs given already (before the comma or
// in an earlier --name) are left out. (bash's completion script cannot
// match a word with a comma, so there the flag is repeated instead.)
func (f *Factory) completeList(kind idKind, name string) completeFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		loc := f.completing(cmd)
		prefix, word := "", toComplete
		if i := strings.LastIndex(toComplete, ","); i >= 0 {
			prefix, word = toComplete[:i+1], toComplete[i+1:]
		}
		given := strings.Split(strings.TrimSuffix(prefix, ","), ",")
		if fl := cmd.Flags().Lookup(name); fl != nil {
			if sv, ok := fl.Value.(pflag.SliceValue); ok {
				given = append(given, sv.GetSlice()...)
			}
		}
		return matching(f.candidates(loc, kind), prefix, word, given), cobra.ShellCompDirectiveNoFileComp
	}
}

// matching keeps the candidates that start with word and are not in
// given, each written after prefix.
func matching(cands []cobra.Completion, prefix, word string, given []string) []cobra.Completion {
	var out []cobra.Completion
	for _, c := range cands {
		id, _, _ := strings.Cut(c, "\t")
		if strings.HasPrefix(id, word) && !slices.Contains(given, id) {
			out = append(out, prefix+c)
		}
	}
	return out
}

// completeChoices completes a flag's fixed values, each with the message
// keyPrefix+value as its description.
func completeChoices(f *Factory, keyPrefix string, values ...string) completeFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		loc := completionLocale(f, cmd)
		var out []cobra.Completion
		for _, v := range values {
			out = append(out, cobra.CompletionWithDesc(v, loc.T(keyPrefix+v)))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completeLanguages completes --lang with the languages eis speaks, each
// described by its name in itself ("dansk"), as language pickers do: the
// reader looks for their own language.
func completeLanguages(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	for _, l := range i18n.Languages {
		a, _ := i18n.AboutLanguage(l)
		out = append(out, cobra.CompletionWithDesc(l, a.Name))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeDirs completes one positional argument with folder names.
func completeDirs(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	if len(args) > 0 {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// answersExts are the extensions offered for a flag that names an answers
// (or config) file.
var answersExts = []string{"yaml", "yml"}

// registerGlobalCompletion completes the root's persistent flags: --lang
// and --catalogue-mode with their values, --catalogue with folders and
// --config with YAML files.
func registerGlobalCompletion(f *Factory, root *cobra.Command) {
	_ = root.RegisterFlagCompletionFunc("lang", completeLanguages)
	_ = root.RegisterFlagCompletionFunc("catalogue-mode", completeChoices(f, "complete.catalogue-mode.", "extend", "replace"))
	_ = root.MarkPersistentFlagDirname("catalogue")
	_ = root.MarkPersistentFlagFilename("config", answersExts...)
}
