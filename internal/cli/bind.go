package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/spf13/cobra"
)

// bindConfig is root's PersistentPreRunE: it binds the config file and the
// EIS_* variables onto cmd's flags (the global flags from top-level keys and
// EIS_<FLAG>, cmd's own from its section and EIS_<COMMAND>_<FLAG>), checks
// the global options, naming where a bad value came from, and warns on
// stderr about keys of the config file that eis does not read.
func (f *Factory) bindConfig(cmd *cobra.Command) error {
	res, err := config.Bind(cmd, f.configFile())
	f.bound, f.boundCmd = res, cmd
	if err != nil {
		var me *config.MalformedError
		var ve *config.ValueError
		var fe *config.FileError
		switch {
		case errors.As(err, &fe):
			return &UsageError{Err: errors.New(fileErrorText(f.Lang(), fe))}
		case errors.As(err, &me):
			return fmt.Errorf("%s", i18n.T(f.Lang(), "cli.config.malformed", me.Loc, me.Msg))
		case errors.As(err, &ve):
			lang := f.Lang()
			var msg string
			switch {
			case errors.Is(err, config.ErrList):
				msg = i18n.T(lang, "config.list")
			case errors.Is(err, config.ErrMapping):
				msg = i18n.T(lang, "config.mapping")
			default:
				msg = i18n.T(lang, "config.value", ve.Source.Value, ve.Source.Flag, ve.Err)
			}
			return usageErrorf("%s", sourced(lang, ve.Source, msg))
		}
		return &UsageError{Err: err}
	}
	// --lang, EIS_LANG and lang: are all in the flag by now.
	f.Global.Lang = i18n.Normalize(f.Global.Lang)
	if f.Global.Lang != "" && !i18n.Supported(f.Global.Lang) {
		// Not in the unsupported language, of course.
		lang := f.envLang()
		src := res.Source(cmd, "lang")
		langs := strings.Join(i18n.Languages, ", ")
		if src.Kind == config.FromFile || src.Kind == config.FromEnv {
			return usageErrorf("%s", sourced(lang, src, i18n.T(lang, "config.lang", src.Value, langs)))
		}
		return valueError("--lang", f.Global.Lang, i18n.Languages, i18n.T(lang, "cli.lang.unsupported", f.Global.Lang, langs))
	}
	lang := f.Lang()
	switch f.Global.CatalogueMode {
	case "extend", "replace":
	default:
		src := res.Source(cmd, "catalogue-mode")
		if src.Kind == config.FromFile || src.Kind == config.FromEnv {
			return usageErrorf("%s", sourced(lang, src, i18n.T(lang, "config.catalogue-mode", src.Value)))
		}
		return valueError("--catalogue-mode", f.Global.CatalogueMode, []string{"extend", "replace"}, i18n.T(lang, "cli.catalogue.mode", f.Global.CatalogueMode))
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(f.IOStreams.ErrOut, warningText(lang, w))
	}
	return nil
}

// fileErrorText says in lang why the config file named by --config or
// EIS_CONFIG cannot be read.
func fileErrorText(lang string, fe *config.FileError) string {
	switch {
	case errors.Is(fe.Err, fs.ErrNotExist):
		return i18n.T(lang, "config.file.missing", fe.Path)
	case errors.Is(fe.Err, fs.ErrPermission):
		return i18n.T(lang, "config.file.permission", fe.Path)
	case errors.Is(fe.Err, syscall.EISDIR):
		return i18n.T(lang, "config.file.folder", fe.Path)
	}
	return i18n.T(lang, "config.file.read", fe.Path, fe.Err)
}

// sourced puts where a value came from before msg: "config file F: key: msg"
// or "EIS_X=value: msg"; a value from the command line needs no such prefix.
func sourced(lang string, src config.Source, msg string) string {
	switch src.Kind {
	case config.FromFile:
		return i18n.T(lang, "config.from.file", src.Name, src.Key, msg)
	case config.FromEnv:
		return i18n.T(lang, "config.from.env", src.Name, src.Value, msg)
	}
	return msg
}

// origin says where a global flag's value came from, for messages:
// "--catalogue-mode replace", "EIS_CATALOGUE_MODE=replace", or
// "catalogue-mode: replace in config file F".
func (f *Factory) origin(name string) string {
	lang := f.Lang()
	var src config.Source
	if f.boundCmd != nil {
		src = f.bound.Source(f.boundCmd, name)
	}
	switch src.Kind {
	case config.FromFile:
		return i18n.T(lang, "config.origin.file", src.Name, src.Key, src.Value)
	case config.FromEnv:
		return i18n.T(lang, "config.origin.env", src.Name, src.Value)
	}
	return i18n.T(lang, "config.origin.flag", name, f.flag(name))
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
	return sourced(f.Lang(), f.bound.Source(f.boundCmd, name), msg)
}

// warningText says in lang what is wrong with a key of the config file.
func warningText(lang string, w config.Warning) string {
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
		return i18n.T(lang, "config.warn.section", w.File, w.Key, nested(example))
	}
	if len(w.Suggest) == 0 {
		return i18n.T(lang, "config.warn.unknown", w.File, w.Key)
	}
	var alts []string
	for _, k := range w.Suggest {
		alts = append(alts, nested(k))
	}
	return i18n.T(lang, "config.warn.mean", w.File, w.Key, strings.Join(alts, i18n.T(lang, "config.or")))
}

// nested writes a dotted config key as YAML: "practices.list.format" →
// "practices: {list: {format: …}}".
func nested(key string) string {
	parts := strings.Split(key, ".")
	s := parts[len(parts)-1] + ": …"
	for i := len(parts) - 2; i >= 0; i-- {
		s = parts[i] + ": {" + s + "}"
	}
	return s
}
