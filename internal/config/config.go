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
	if dir == "" {
		d, err := os.UserConfigDir()
		if err != nil {
			return ""
		}
		dir = d
	}
	return filepath.Join(dir, "eis", "config.yaml")
}

// ErrMalformed wraps a config file that exists but cannot be parsed.
var ErrMalformed = errors.New("malformed config file")

// Bind reads the config file (explicit is an error if missing; the default
// path may be absent) and the environment into a fresh viper, then sets every
// flag of cmd that the user did not give on the command line. It returns the
// config file used, if any.
func Bind(cmd *cobra.Command, explicit string) (string, error) {
	v := viper.New()
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()

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
				return "", fmt.Errorf("%w %s: %v", ErrMalformed, path, err)
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
			firstErr = fmt.Errorf("setting %q from the environment or %s: %w", f.Name, orDefault(used), err)
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

func orDefault(s string) string {
	if s == "" {
		return "the config file"
	}
	return s
}
