package cli

import (
	"fmt"
	"strconv"
	"strings"

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
// command's texts, its group titles, and its flags' usages; and sets the
// usage template in the help language. It runs once.
func (h *helpTexts) fill(root *cobra.Command) {
	if h.filled || len(h.held) == 0 {
		return
	}
	h.filled = true
	root.SetUsageTemplate(localUsageTemplate(h.loc))
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

// fillOnHelp makes root fill its held texts before cobra shows any help or
// usage (the help command, -h, a command that only shows help).
func (h *helpTexts) fillOnHelp(root *cobra.Command) {
	help, usage := root.HelpFunc(), root.UsageFunc()
	root.SetHelpFunc(func(c *cobra.Command, args []string) {
		h.fill(root)
		help(c, args)
	})
	root.SetUsageFunc(func(c *cobra.Command) error {
		h.fill(root)
		return usage(c)
	})
}

// Template functions for the usage template; registered once, before any
// template runs, as cobra keeps them in a package-level map.
func init() {
	cobra.AddTemplateFuncs(map[string]any{
		// eisUseLine puts word in place of cobra's " [flags]" at the end of
		// a usage line.
		"eisUseLine": func(line, word string) string {
			if s, ok := strings.CutSuffix(line, " [flags]"); ok {
				return s + " " + word
			}
			return line
		},
		// eisVersion runs root's version command, for --version: the
		// line it prints is the output, so the template gives nothing.
		"eisVersion": func(root *cobra.Command) (string, error) {
			for _, c := range root.Commands() {
				if c.Name() == "version" && c.RunE != nil {
					return "", c.RunE(c, nil)
				}
			}
			return "", fmt.Errorf("eis: no version command")
		},
		// eisDefaults puts word in place of "default" in pflag's
		// "(default x)" after a flag's usage.
		"eisDefaults": func(usages, word string) string {
			if word == "default" {
				return usages
			}
			return strings.ReplaceAll(usages, " (default ", " ("+word+" ")
		},
	})
}

// usageTemplate is cobra's default usage template (v1.10.2) with its
// headings and placeholders as i18n keys: @key@ stands for
// help.template.<key>, and a quoted one for a template string literal; the
// root's help adds its notes (HelpNotesAnnotation: environment, exit codes)
// before the last line.
const usageTemplate = `@usage@{{if .Runnable}}
  {{eisUseLine .UseLine "@placeholder.flags@"}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} @placeholder.command@{{end}}{{if gt (len .Aliases) 0}}

@aliases@
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

@examples@
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}{{$cmds := .Commands}}{{if eq (len .Groups) 0}}

@commands@{{range $cmds}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{else}}{{range $group := .Groups}}

{{.Title}}{{range $cmds}}{{if (and (eq .GroupID $group.ID) (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if not .AllChildCommandsHaveGroup}}

@additional-commands@{{range $cmds}}{{if (and (eq .GroupID "") (or .IsAvailableCommand (eq .Name "help")))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

@flags@
{{eisDefaults .LocalFlags.FlagUsages "@default@" | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

@global-flags@
{{eisDefaults .InheritedFlags.FlagUsages "@default@" | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

@topics@{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if not .HasParent}}{{with index .Annotations "eis.help.notes"}}

{{.}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

@more@{{end}}
`

// localUsageTemplate is usageTemplate in loc.
func localUsageTemplate(loc i18n.Locale) string {
	t := func(key string, args ...any) string { return loc.T("help.template."+key, args...) }
	return strings.NewReplacer(
		"@usage@", t("usage"),
		`"@placeholder.flags@"`, strconv.Quote(t("placeholder.flags")),
		"@placeholder.command@", t("placeholder.command"),
		"@aliases@", t("aliases"),
		"@examples@", t("examples"),
		"@commands@", t("commands"),
		"@additional-commands@", t("additional-commands"),
		`"@default@"`, strconv.Quote(t("default")),
		"@flags@", t("flags"),
		"@global-flags@", t("global-flags"),
		"@topics@", t("topics"),
		"@more@", t("more", "{{.CommandPath}}"),
	).Replace(usageTemplate)
}

// localizeCobra gives what cobra adds by itself texts in loc: the usage
// template's headings (inherited by every command), the help and completion
// commands, and every command's -h/--help flag. It runs once the tree is
// complete, and creates the help and completion commands and help flags
// early (cobra would otherwise add them, in English, when executing).
func localizeCobra(root *cobra.Command, loc *helpTexts) {
	if !loc.holding {
		root.SetUsageTemplate(localUsageTemplate(loc.loc))
	}

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
		root.InitDefaultVersionFlag()
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
		c.InitDefaultVersionFlag() // only where Version is set: the root
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
