package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"syscall"

	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/cobra"
)

// bindConfig is root's PersistentPreRunE: it binds the config file and the
// EIS_* variables onto cmd's flags (the global flags from top-level keys and
// EIS_<FLAG>, cmd's own from its section and EIS_<COMMAND>_<FLAG>), checks
// the global options, naming where a bad value came from, and warns on
// stderr about keys of the config file that eis does not read.
func (f *Factory) bindConfig(cmd *cobra.Command) error {
	if isCompletion(cmd) {
		// Each completion function binds the command it completes
		// (Factory.completing), leniently: a broken config never
		// breaks completion.
		return nil
	}
	if cmd.Annotations[annotationLenientConfig] != "" {
		// eis config list: shows what is wrong rather than failing on it.
		f.bound, f.boundCmd = config.BindLenient(cmd, f.configFile()), cmd
		if f.IOStreams != nil {
			f.IOStreams.SetNoColor(f.Global.NoColor)
		}
		loc := f.decideLocale("")
		for _, w := range f.bound.Warnings {
			fmt.Fprintln(f.IOStreams.ErrOut, warningText(loc, w))
		}
		return nil
	}
	res, err := config.Bind(cmd, f.configFile())
	f.bound, f.boundCmd = res, cmd
	if f.IOStreams != nil {
		// Even when binding failed: the error is said without colour then.
		f.IOStreams.SetNoColor(f.Global.NoColor)
	}
	if err != nil {
		var me *config.MalformedError
		var ve *config.ValueError
		var fe *config.FileError
		switch {
		case errors.As(err, &fe):
			return &UsageError{Err: errors.New(fileErrorText(f.Locale, fe)), Config: true}
		case errors.As(err, &me):
			return fmt.Errorf("%s", malformedText(f.Locale, me))
		case errors.As(err, &ve):
			loc := f.Locale
			var msg string
			switch {
			case errors.Is(err, config.ErrList):
				msg = loc.T("config.list")
			case errors.Is(err, config.ErrMapping):
				msg = loc.T("config.mapping")
			default:
				var cause any = ve.Err
				var ne *strconv.NumError
				if errors.As(ve.Err, &ne) && ne.Func == "ParseBool" {
					// As for the flag itself (flagError): said in loc.
					cause = (&cmdError{key: "cli.flag.invalid.bool"}).Localize(loc)
				}
				msg = loc.T("config.value", ve.Source.Value, ve.Source.Flag, cause)
			}
			return &UsageError{Err: errors.New(sourced(loc, ve.Source, msg)), Config: true}
		}
		return &UsageError{Err: err}
	}
	// The same decision as Run's (or the first, for a command run without
	// Run), now that the flags are parsed.
	loc := f.decideLocale("")
	if bad := f.lang.Bad; bad != nil {
		// Said in the next source's language, not the unsupported one.
		langs := strings.Join(i18n.Languages, ", ")
		switch bad.From {
		case i18n.FromEnv:
			src := config.Source{Kind: config.FromEnv, Name: config.EnvPrefix + "_LANG", Value: bad.Value}
			return &UsageError{Err: errors.New(sourced(loc, src, loc.T("config.lang", bad.Value, langs))), Config: true}
		case i18n.FromConfig:
			src := config.Source{Kind: config.FromFile, Name: f.configFile().Path, Key: "lang", Line: f.configFile().Line("lang"), Value: bad.Value}
			return &UsageError{Err: errors.New(sourced(loc, src, loc.T("config.lang", bad.Value, langs))), Config: true}
		}
		return valueError("--lang", bad.Value, i18n.Languages, loc.T("cli.lang.unsupported", bad.Value, langs))
	}
	switch f.Global.CatalogueMode {
	case "extend", "replace":
	default:
		src := res.Source(cmd, "catalogue-mode")
		if src.Kind == config.FromFile || src.Kind == config.FromEnv {
			return &UsageError{Err: errors.New(sourced(loc, src, loc.T("config.catalogue-mode", src.Value))), Config: true}
		}
		return valueError("--catalogue-mode", f.Global.CatalogueMode, []string{"extend", "replace"}, loc.T("cli.catalogue.mode", f.Global.CatalogueMode))
	}
	if fe := f.configFile().Warning(); fe != nil {
		fmt.Fprintln(f.IOStreams.ErrOut, loc.T("config.warn.unreadable", fileErrorText(loc, fe)))
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(f.IOStreams.ErrOut, warningText(loc, w))
	}
	for _, w := range config.UnknownEnv(cmd.Root(), f.environ()) {
		if len(w.Suggest) > 0 {
			fmt.Fprintln(f.IOStreams.ErrOut, loc.T("config.warn.env.mean", w.Name, loc.Or(w.Suggest)))
		} else {
			fmt.Fprintln(f.IOStreams.ErrOut, loc.T("config.warn.env", w.Name))
		}
	}
	return nil
}

// configFileProblem says in loc why the config file cannot be used: it
// cannot be read (a *config.FileError) or parsed (a *config.MalformedError).
func configFileProblem(loc i18n.Locale, err error) string {
	var me *config.MalformedError
	var fe *config.FileError
	switch {
	case errors.As(err, &fe):
		return fileErrorText(loc, fe)
	case errors.As(err, &me):
		return malformedText(loc, me)
	}
	return err.Error()
}

// malformedText says in loc where a config file cannot be parsed
// (file:line:col) and what is wrong there, with what to do.
func malformedText(loc i18n.Locale, me *config.MalformedError) string {
	var what string
	switch me.Problem {
	case config.ProblemEncoding, config.ProblemControl, config.ProblemSyntax:
		what = loc.T("config.malformed."+me.Problem, me.Detail)
	case config.ProblemDuplicate, config.ProblemDepth:
		what = loc.T("config.malformed."+me.Problem, me.N)
	case config.ProblemUnclosed:
		switch me.Detail {
		case `"`, "'":
			what = loc.T("config.malformed.unclosed-quote", me.Detail)
		case "[":
			what = loc.T("config.malformed.unclosed-list")
		case "{":
			what = loc.T("config.malformed.unclosed-mapping")
		default:
			what = loc.T("config.malformed.unclosed")
		}
	case config.ProblemTab, config.ProblemColon, config.ProblemIndent,
		config.ProblemToken, config.ProblemNotMapping, config.ProblemAliases:
		what = loc.T("config.malformed." + me.Problem)
	default:
		what = loc.T("config.malformed.syntax", me.Detail)
	}
	return loc.T("cli.config.malformed", me.Loc(), what)
}

// fileErrorText says in loc why the config file named by --config or
// EIS_CONFIG cannot be read.
func fileErrorText(loc i18n.Locale, fe *config.FileError) string {
	var nr *fsutil.NotRegularError
	switch {
	case errors.As(fe.Err, &nr) && nr.Kind() == "folder":
		return loc.T("config.file.folder", fe.Path)
	case errors.Is(fe.Err, fs.ErrNotExist):
		return loc.T("config.file.missing", fe.Path)
	case errors.Is(fe.Err, fs.ErrPermission):
		return loc.T("config.file.permission", fe.Path)
	case errors.Is(fe.Err, syscall.EISDIR):
		return loc.T("config.file.folder", fe.Path)
	case errors.Is(fe.Err, config.ErrTooLarge):
		return loc.T("config.file.size", fe.Path, config.MaxSize)
	}
	if d, ok := refusedFile(fe.Path, fe.Err); ok {
		return loc.Diagnostic(d)
	}
	return loc.T("config.file.read", fe.Path, fe.Err)
}

// sourced puts where a value came from before msg: "F:line: key: msg" or
// "EIS_X: msg"; a value from the command line needs no such prefix.
func sourced(loc i18n.Locale, src config.Source, msg string) string {
	switch src.Kind {
	case config.FromFile:
		if src.Line > 0 {
			return loc.T("config.from.file", src.Name, src.Line, src.Key, msg)
		}
		return loc.T("config.from.file.noline", src.Name, src.Key, msg)
	case config.FromEnv:
		return loc.T("config.from.env", src.Name, msg)
	}
	return msg
}

// sourceValue rewrites ue, a wrong value of a command's flag (see
// valueError), when the value came from the config file or the
// environment: the message names the file and line or the variable, the
// did-you-mean is said as that setting, and no "--help" hint follows,
// since the command line is fine.
func (f *Factory) sourceValue(cmd *cobra.Command, ue *UsageError) {
	if ue.Flag == "" || cmd == nil || f.boundCmd != cmd {
		return
	}
	src := f.bound.Source(cmd, ue.Flag)
	if src.Kind != config.FromFile && src.Kind != config.FromEnv {
		return
	}
	ue.Err = errors.New(sourced(f.Locale, src, localizeError(f.Locale, ue.Err)))
	ue.Config = true
	ue.Hint = nil
	if ue.Meant != "" {
		meant := src.Name + "=" + ue.Meant
		if src.Kind == config.FromFile {
			// The message gives the file, line and key already.
			meant = src.Key[strings.LastIndex(src.Key, ".")+1:] + ": " + ue.Meant
		}
		ue.Hint = didYouMean(meant)
	}
}

// origin says where a global flag's value came from, for messages:
// "--catalogue-mode replace", "EIS_CATALOGUE_MODE=replace", or
// "catalogue-mode: replace in config file F".
func (f *Factory) origin(name string) string {
	loc := f.Locale
	var src config.Source
	if f.boundCmd != nil {
		src = f.bound.Source(f.boundCmd, name)
	}
	switch src.Kind {
	case config.FromFile:
		return loc.T("config.origin.file", src.Name, src.Key, src.Value)
	case config.FromEnv:
		return loc.T("config.origin.env", src.Name, src.Value)
	}
	return loc.T("config.origin.flag", name, f.flag(name))
}

// flag is the value of a global option by its flag name.
func (f *Factory) flag(name string) string {
	switch name {
	case "lang":
		return f.Global.Lang
	case "catalogue":
		return f.Global.CatalogueDir
	case "catalogue-mode":
		return f.Global.CatalogueMode
	}
	return ""
}

// sourcedGlobal is msg prefixed with where the global flag name got its
// value, when that was the config file or the environment.
func (f *Factory) sourcedGlobal(name, msg string) string {
	if f.boundCmd == nil {
		return msg
	}
	return sourced(f.Locale, f.bound.Source(f.boundCmd, name), msg)
}

// globalError is the usage error msg about the value of the global flag
// name, prefixed with where the value came from; one from the config file
// or the environment is not followed by the usage hint.
func (f *Factory) globalError(name, msg string) *UsageError {
	return &UsageError{Err: errors.New(f.sourcedGlobal(name, msg)), Config: f.fromConfig(name)}
}

// warningText says in loc what is wrong with a key of the config file.
func warningText(loc i18n.Locale, w config.Warning) string {
	if w.More > 0 {
		return loc.N("config.warn.more", w.More, w.File, w.More, config.MaxWarnings)
	}
	if w.Line > 0 {
		w.File = fmt.Sprintf("%s:%d", w.File, w.Line)
	}
	if w.Section {
		example := ""
		for _, k := range w.Suggest {
			if example == "" || strings.HasSuffix(k, ".format") {
				example = k
			}
		}
		if example == "" {
			example = w.Key + ".…"
		}
		return loc.T("config.warn.section", w.File, w.Key, nested(example, "…"))
	}
	if len(w.Suggest) == 0 {
		return loc.T("config.warn.unknown", w.File, w.Key)
	}
	if len(w.Suggest) > 3 {
		// A setting many commands have (format, output): name them, and
		// show one section as the example, rather than a line of YAML each.
		var cmds []string
		example := w.Suggest[0]
		for _, k := range w.Suggest {
			cmds = append(cmds, strings.ReplaceAll(k[:strings.LastIndex(k, ".")], ".", " "))
			if strings.HasPrefix(k, "plan.") {
				example = k
			}
		}
		return loc.T("config.warn.commands", w.File, w.Key, strings.Join(cmds, ", "), nested(example, "…"))
	}
	var alts []string
	for _, k := range w.Suggest {
		alts = append(alts, nested(k, "…"))
	}
	return loc.T("config.warn.mean", w.File, w.Key, loc.Or(alts))
}

// nested writes a dotted config key with value as YAML:
// "practices.list.format", "…" → "practices: {list: {format: …}}".
func nested(key, value string) string {
	parts := strings.Split(key, ".")
	s := parts[len(parts)-1] + ": " + value
	for i := len(parts) - 2; i >= 0; i-- {
		s = parts[i] + ": {" + s + "}"
	}
	return s
}
