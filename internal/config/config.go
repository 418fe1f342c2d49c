// Package config owns eis's settings: it binds a config file and EIS_*
// environment variables onto a command's flags, so commands only ever read
// typed flag values. Precedence: flag > environment > config file > default.
// This is the only package that imports viper.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// EnvPrefix is the prefix of environment variables (EIS_LANG, EIS_CATALOGUE, ...).
const EnvPrefix = "EIS"

// DefaultPath is $XDG_CONFIG_HOME/eis/config.yaml (or the OS's config folder).
func DefaultPath() string {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(dir) {
		// Unset, or relative, which the XDG spec says to ignore.
		d, err := os.UserConfigDir()
		if err != nil {
			// On Unix UserConfigDir refuses a relative XDG_CONFIG_HOME
			// instead of ignoring it; use its own default.
			home, herr := os.UserHomeDir()
			if herr != nil {
				return ""
			}
			d = filepath.Join(home, ".config")
		}
		dir = d
	}
	return filepath.Join(dir, "eis", "config.yaml")
}

// ErrMalformed wraps a config file that exists but cannot be parsed.
var ErrMalformed = errors.New("malformed config file")

// Bind reads the config file (explicit, else $EIS_CONFIG, is an error if
// missing; the default path may be absent) and the environment into a fresh
// viper, then sets every flag of cmd that the user did not give on the
// command line. It returns the config file used, if any.
func Bind(cmd *cobra.Command, explicit string) (string, error) {
	v := viper.New()
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()

	if explicit == "" {
		// --config has no flag-to-env binding of its own: it picks the file
		// the others are read from.
		explicit = os.Getenv(EnvPrefix + "_CONFIG")
	}
	used := ""
	path := explicit
	if path == "" {
		path = DefaultPath()
	}
	if path != "" {
		v.SetConfigFile(path)
		v.SetConfigType("yaml")
		if err := v.ReadInConfig(); err != nil {
			var perr *fs.PathError
			switch {
			case explicit == "" && errors.As(err, &perr) && errors.Is(perr.Err, fs.ErrNotExist):
				// no config file at the default place: fine
			case errors.As(err, &perr):
				return "", fmt.Errorf("config file %s: %w", path, perr.Err)
			default:
				return "", malformed(path, err)
			}
		} else {
			used = path
		}
	}

	var firstErr error
	apply := func(f *pflag.Flag) {
		if f.Changed || firstErr != nil || f.Name == "help" || f.Name == "config" {
			return
		}
		// Bind each flag to its env name explicitly so IsSet sees EIS_FOO_BAR.
		_ = v.BindEnv(f.Name)
		if !v.IsSet(f.Name) {
			return
		}
		var err error
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			var items []string
			if s, isStr := v.Get(f.Name).(string); isStr {
				items = splitList(s)
			} else {
				items = v.GetStringSlice(f.Name)
			}
			err = sv.Replace(items)
		} else {
			err = f.Value.Set(v.GetString(f.Name))
		}
		if err != nil {
			firstErr = fmt.Errorf("%s: %q is not a valid value for --%s: %w", source(v, f.Name, used), v.GetString(f.Name), f.Name, err)
		}
	}
	cmd.Flags().VisitAll(apply)
	cmd.InheritedFlags().VisitAll(apply)
	return used, firstErr
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// source names where viper found key: its environment variable, if set
// (env beats the file), else the config file.
func source(v *viper.Viper, key, file string) string {
	env := EnvPrefix + "_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
	if s, ok := os.LookupEnv(env); ok && s != "" {
		return "environment variable " + env
	}
	return "config file " + file
}

// malformed turns viper's parse error into "file:line: what is wrong".
func malformed(path string, err error) error {
	var pe viper.ConfigParseError
	if errors.As(err, &pe) {
		err = pe.Unwrap()
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "unmarshal errors:"); ok {
		msg, _, _ = strings.Cut(strings.TrimSpace(rest), "\n")
		if i := strings.Index(msg, "cannot unmarshal"); i >= 0 {
			msg = msg[:i] + "settings must be written as key: value, one per line"
		}
	}
	loc := path
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, m, ok := strings.Cut(rest, ": "); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			loc, msg = path+":"+n, m
		}
	}
	return &MalformedError{Loc: loc, Msg: msg}
}

// MalformedError is a config file that exists but cannot be parsed: Loc is
// "file:line" (or the file), Msg what is wrong.
type MalformedError struct{ Loc, Msg string }

func (e *MalformedError) Error() string { return fmt.Sprintf("%s %s: %s", ErrMalformed, e.Loc, e.Msg) }

// Is makes errors.Is(err, ErrMalformed) true.
func (e *MalformedError) Is(target error) bool { return target == ErrMalformed }
