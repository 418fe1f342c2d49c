package cli

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Help texts are built with the command tree, before cobra parses --lang
// and before the config is bound, so Run decides the run's language first
// (Factory.decideLocale), from what scanGlobalFlags finds on the command
// line and the rest of the sources.

// scanGlobalFlags reads --lang and --config from args as pflag would: the
// last occurrence wins, "--flag value" and "--flag=value" both count, and
// "--" ends the flags. Other flags are not known here, so a value of theirs
// that looks like --lang is taken for it; pflag would then fail or agree.
func scanGlobalFlags(args []string) (lang string, langSet bool, cfg string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			break
		}
		rest, ok := strings.CutPrefix(a, "--")
		if !ok {
			continue
		}
		name, val, hasVal := strings.Cut(rest, "=")
		if name != "lang" && name != "config" {
			continue
		}
		if !hasVal {
			if i+1 >= len(args) {
				break // "flag needs an argument": cobra reports it
			}
			i++
			val = args[i]
		}
		if name == "lang" {
			lang, langSet = val, true
		} else {
			cfg = val
		}
	}
	return lang, langSet, cfg
}

// helpLocale says the help texts of the command tree being built: in the
// factory's Locale (English without a factory), at once, or held for
// later in a run (see helpTexts).
func helpLocale(f *Factory) *helpTexts {
	if f == nil {
		return &helpTexts{loc: i18n.English}
	}
	if f.help == nil {
		return &helpTexts{loc: f.Locale}
	}
	return f.help
}

// helpTexts says the command tree's help texts (Short, Long, Example, flag
// usages, cobra's own). Most runs show none of them, and saying them all
// means reading a message file and formatting ~60 messages on every run, so
// Run builds the tree with them held: while the tree is built, T records
// the message and returns a marker in its place; fill puts the texts in
// when cobra is about to show help or usage (or at once for shell
// completion, which shows descriptions). Once the tree is built, T says
// its message at once, so a text asked for while a command runs is never
// a marker. NewRootCmd (tests, man pages) says every text at once.
type helpTexts struct {
	loc i18n.Locale
	// holding is set while a tree is built with its texts held.
	holding bool
	held    []heldText
	filled  bool
}

// heldText is one held help text: a message and its arguments.
type heldText struct {
	id   string
	args []any
}

// Markers stand for held texts in the tree: markerStart, the index in held,
// markerEnd. No message contains these control characters.
const (
	markerStart = "\x00eis-help:"
	markerEnd   = "\x01"
)

// T is message id in the help language, or a marker for it while the tree
// is built with its texts held.
func (h *helpTexts) T(id string, args ...any) string {
	if !h.holding {
		return h.loc.T(id, args...)
	}
	h.held = append(h.held, heldText{id: id, args: args})
	return markerStart + strconv.Itoa(len(h.held)-1) + markerEnd
}

// say replaces the markers in s with their texts.
func (h *helpTexts) say(s string) string {
	if !strings.Contains(s, markerStart) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, markerStart)
		if i < 0 {
			break
		}
		rest := s[i+len(markerStart):]
		j := strings.Index(rest, markerEnd)
		n, err := strconv.Atoi(rest[:max(j, 0)])
		if j < 0 || err != nil || n < 0 || n >= len(h.held) {
			break // not a marker of this tree: left as it is
		}
		b.WriteString(s[:i])
		b.WriteString(h.loc.T(h.held[n].id, h.held[n].args...))
		s = rest[j+len(markerEnd):]
	}
	b.WriteString(s)
	return b.String()
}

// fill says the held texts of root's tree in place of their markers: every
// command's texts, its group titles, and its flags' usages. It runs once.
func (h *helpTexts) fill(root *cobra.Command) {
	if h.filled || len(h.held) == 0 {
		return
	}
	h.filled = true
	rootNotes(root, h)
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.Short, c.Long, c.Example = h.say(c.Short), h.say(c.Long), h.say(c.Example)
		for k, v := range c.Annotations {
			c.Annotations[k] = h.say(v)
		}
		c.Deprecated = h.say(c.Deprecated)
		for _, g := range c.Groups() {
			g.Title = h.say(g.Title)
		}
		for _, fs := range []*pflag.FlagSet{c.PersistentFlags(), c.LocalFlags()} {
			fs.VisitAll(func(fl *pflag.Flag) {
				fl.Usage, fl.Deprecated = h.say(fl.Usage), h.say(fl.Deprecated)
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	localizeHelpFlags(root, h)
}

// setHelp gives root cobra's help, with eis's usage (see usage) in the
// help language, and --version (see versionFlag): the held texts are
// filled before cobra shows any help or usage (the help command, -h, a
// command that only shows help), unless --version asks for the version.
func (h *helpTexts) setHelp(f *Factory, root *cobra.Command) {
	help := root.HelpFunc() // cobra's own, which writes no template
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		if c == root && versionAsked(root) {
			f.versionErr = runVersion(root)
			return
		}
		h.fill(root)
		help(c, args)
	})
	root.SetUsageFunc(func(c *cobra.Command) error {
		h.fill(root)
		return usage(c, h.loc)
	})
}

// versionFlag gives root the --version (-v) flag cobra would add for its
// Version, which eis does not set: cobra prints a version through a
// template (SetVersionTemplate) or as "eis version X", and --version is
// 'eis version'. As the root only shows help, cobra calls the help
// function for it after parsing the flags (help first, as cobra checks
// -h before --version), which runs the version command instead.
func versionFlag(root *cobra.Command) {
	fs := root.Flags()
	_ = root.LocalFlags() // the persistent flags merged, as cobra does first
	if fs.Lookup("version") != nil {
		return
	}
	usage := "version for " + root.DisplayName()
	if fs.ShorthandLookup("v") == nil {
		fs.BoolP("version", "v", false, usage)
	} else {
		fs.Bool("version", false, usage)
	}
	_ = fs.SetAnnotation("version", cobra.FlagSetByCobraAnnotation, []string{"true"})
}

// versionAsked reports whether root's --version was given (and -h was not).
func versionAsked(root *cobra.Command) bool {
	if h, _ := root.Flags().GetBool("help"); h {
		return false
	}
	v, _ := root.Flags().GetBool("version")
	return v
}

// runVersion runs root's version command, for --version.
func runVersion(root *cobra.Command) error {
	for _, c := range root.Commands() {
		if c.Name() == "version" && c.RunE != nil {
			return c.RunE(c, nil)
		}
	}
	return fmt.Errorf("eis: no version command")
}

// usage writes c's usage in loc: cobra's own usage (its defaultUsageFunc,
// v1.10.2, which is its default template written as Go) with its headings
// and placeholders said in loc (help.template.<key>), "(default x)" after
// a flag's usage said likewise, and the root's notes
// (HelpNotesAnnotation: environment, exit codes) before the last line.
// No template: executing one links text/template's method look-up by name,
// which keeps every exported method of every type in the binary.
func usage(c *cobra.Command, loc i18n.Locale) error {
	t := func(key string, args ...any) string { return loc.T("help.template."+key, args...) }
	_ = c.LocalFlags() // merges the persistent flags into c's, as cobra's usage does first
	var b strings.Builder
	b.WriteString(t("usage"))
	if c.Runnable() {
		line := c.UseLine()
		if s, ok := strings.CutSuffix(line, " [flags]"); ok {
			line = s + " " + t("placeholder.flags")
		}
		b.WriteString("\n  " + line)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n  " + c.CommandPath() + " " + t("placeholder.command"))
	}
	if len(c.Aliases) > 0 {
		b.WriteString("\n\n" + t("aliases") + "\n  " + c.NameAndAliases())
	}
	if c.HasExample() {
		b.WriteString("\n\n" + t("examples") + "\n" + c.Example)
	}
	if c.HasAvailableSubCommands() {
		cmds := c.Commands()
		line := func(sub *cobra.Command) {
			b.WriteString("\n  " + rpad(sub.Name(), sub.NamePadding()) + " " + sub.Short)
		}
		shown := func(sub *cobra.Command) bool { return sub.IsAvailableCommand() || sub.Name() == "help" }
		if len(c.Groups()) == 0 {
			b.WriteString("\n\n" + t("commands"))
			for _, sub := range cmds {
				if shown(sub) {
					line(sub)
				}
			}
		} else {
			for _, g := range c.Groups() {
				b.WriteString("\n\n" + g.Title)
				for _, sub := range cmds {
					if sub.GroupID == g.ID && shown(sub) {
						line(sub)
					}
				}
			}
			if !c.AllChildCommandsHaveGroup() {
				b.WriteString("\n\n" + t("additional-commands"))
				for _, sub := range cmds {
					if sub.GroupID == "" && shown(sub) {
						line(sub)
					}
				}
			}
		}
	}
	defaults := func(usages string) string {
		if word := t("default"); word != "default" {
			usages = strings.ReplaceAll(usages, " (default ", " ("+word+" ")
		}
		return strings.TrimRightFunc(usages, unicode.IsSpace)
	}
	if c.HasAvailableLocalFlags() {
		b.WriteString("\n\n" + t("flags") + "\n" + defaults(c.LocalFlags().FlagUsages()))
	}
	if c.HasAvailableInheritedFlags() {
		b.WriteString("\n\n" + t("global-flags") + "\n" + defaults(c.InheritedFlags().FlagUsages()))
	}
	if c.HasHelpSubCommands() {
		b.WriteString("\n\n" + t("topics"))
		for _, sub := range c.Commands() {
			if sub.IsAdditionalHelpTopicCommand() {
				b.WriteString("\n  " + rpad(sub.CommandPath(), sub.CommandPathPadding()) + " " + sub.Short)
			}
		}
	}
	if notes := c.Annotations[HelpNotesAnnotation]; notes != "" && !c.HasParent() {
		b.WriteString("\n\n" + notes)
	}
	if c.HasAvailableSubCommands() {
		b.WriteString("\n\n" + t("more", c.CommandPath()))
	}
	b.WriteString("\n")
	_, err := io.WriteString(c.OutOrStderr(), b.String())
	if err != nil {
		c.PrintErrln(err)
	}
	return err
}

// rpad is s padded with spaces to n characters, as cobra's rpad.
func rpad(s string, n int) string { return fmt.Sprintf("%-*s", n, s) }

// localizeCobra gives what cobra adds by itself texts in loc: the help and completion
// commands, and every command's -h/--help flag. It runs once the tree is
// complete, and creates the help and completion commands and help flags
// early (cobra would otherwise add them, in English, when executing).
func localizeCobra(root *cobra.Command, loc *helpTexts) {
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	name := root.DisplayName()
	for _, c := range root.Commands() {
		switch c.Name() {
		case "help":
			c.Short = loc.T("help.help.short")
			c.Long = loc.T("help.help.long", name)
			// cobra prints "Unknown help topic" in English and exits 0;
			// an unknown command is a usage error, said as Run says it.
			if run := c.Run; run != nil && c.RunE == nil {
				c.RunE = func(c *cobra.Command, args []string) error {
					if err := helpTopic(c.Root(), args); err != nil {
						return err
					}
					run(c, args)
					return nil
				}
			}
		case "completion":
			c.Short = loc.T("help.completion.short")
			c.Long = loc.T("help.completion.long", name)
			// eis's checks, which say themselves in the user's language.
			c.Args = usageArgs(noArgs)
			for _, sh := range c.Commands() {
				sh.Args = usageArgs(noArgs)
				sh.Short = loc.T("help.completion.shell.short", sh.Name())
				sh.Long = loc.T("help.completion."+sh.Name()+".long", name)
				if fl := sh.Flags().Lookup("no-descriptions"); fl != nil {
					fl.Usage = loc.T("help.completion.flag.no-descriptions")
				}
			}
		}
	}
	if loc.holding {
		// checkCommand parses the root's flags before cobra adds it.
		versionFlag(root)
		return
	}
	localizeHelpFlags(root, loc)
}

// localizeHelpFlags gives every command its -h/--help flag (and the root
// its --version), with their usages in loc. A run that holds its texts
// leaves this to fill: cobra adds the flags of the command that runs
// itself, and only help shows their usages.
func localizeHelpFlags(root *cobra.Command, loc *helpTexts) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		if !c.HasParent() {
			versionFlag(c)
		}
		if fl := c.Flags().Lookup("help"); fl != nil && fl.Annotations[cobra.FlagSetByCobraAnnotation] != nil {
			fl.Usage = loc.T("help.flag.help", c.DisplayName())
		}
		if fl := c.Flags().Lookup("version"); fl != nil && fl.Annotations[cobra.FlagSetByCobraAnnotation] != nil {
			fl.Usage = loc.T("help.flag.version", c.DisplayName())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}
