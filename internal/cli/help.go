package cli

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/cobra"
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

// helpLocale is the language the help texts are built in: the factory's
// Locale (English without a factory).
func helpLocale(f *Factory) i18n.Locale {
	if f == nil {
		return i18n.English
	}
	return f.Locale
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
// help.template.<key>, and a quoted one for a template string literal.
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
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

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
func localizeCobra(root *cobra.Command, loc i18n.Locale) {
	root.SetUsageTemplate(localUsageTemplate(loc))

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
