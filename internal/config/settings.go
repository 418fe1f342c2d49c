package config

import (
	"fmt"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Setting is one setting of eis: a flag that the config file and the
// environment can set, with the value a run would give it and where that
// value comes from.
type Setting struct {
	// Key is the setting's key in the config file: "lang", "plan.format".
	Key string
	// Env is the environment variable that sets it: "EIS_PLAN_FORMAT".
	Env string
	// Value is the value in effect, as the flag takes it (a list
	// comma-separated).
	Value string
	// Source is where Value comes from (its Kind: flag, env, file or default).
	Source Source
}

// Settings lists every setting of cmd's command tree — the global flags
// first, then each command's own flags by key — with its value and source
// for a run of cmd, whose flags Bind has bound (res is what it returned):
// a global flag as the run has it (given on the command line, else from the
// environment or the file, else its default), any other flag as its own
// command would get it from the environment, the file or its default.
func Settings(cmd *cobra.Command, file *File, res *Result) []Setting {
	root := cmd.Root()
	global := root.PersistentFlags()
	var out []Setting
	global.VisitAll(func(f *pflag.Flag) {
		if skip(f.Name) {
			return
		}
		src := res.Source(cmd, f.Name)
		out = append(out, Setting{Key: f.Name, Env: EnvName(f.Name), Value: flagValue(f), Source: src})
	})
	var v interface{ Get(string) any }
	if file != nil && file.v != nil {
		v = file.v
	}
	getenv := orEmpty(nil)
	if file != nil {
		getenv = orEmpty(file.getenv)
	}
	var cmds []Setting
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			sub.LocalFlags().VisitAll(func(f *pflag.Flag) {
				if skip(f.Name) || global.Lookup(f.Name) != nil {
					return
				}
				key := Key(sub, f, global)
				s := Setting{Key: key, Env: EnvName(key), Value: defaultValue(f), Source: Source{Kind: FromDefault, Flag: f.Name, Key: key}}
				if e := getenv(s.Env); e != "" {
					s.Value, s.Source = e, Source{Kind: FromEnv, Flag: f.Name, Name: s.Env, Key: key, Value: e}
				} else if v != nil {
					if raw := v.Get(key); raw != nil {
						s.Value = listValue(raw)
						s.Source = Source{Kind: FromFile, Flag: f.Name, Name: file.Path, Key: key, Value: show(raw)}
					}
				}
				cmds = append(cmds, s)
			})
			walk(sub)
		}
	}
	walk(root)
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Key < cmds[j].Key })
	return append(out, cmds...)
}

// flagValue is a flag's value as a setting: a list comma-separated.
func flagValue(f *pflag.Flag) string {
	if sv, ok := f.Value.(pflag.SliceValue); ok {
		return strings.Join(sv.GetSlice(), ",")
	}
	return f.Value.String()
}

// defaultValue is a flag's default as a setting: "[]" for an empty list
// is "".
func defaultValue(f *pflag.Flag) string {
	if _, ok := f.Value.(pflag.SliceValue); ok {
		return strings.Trim(f.DefValue, "[]")
	}
	return f.DefValue
}

// listValue writes a config value as a flag would take it: a list
// comma-separated.
func listValue(raw any) string {
	if l, ok := raw.([]any); ok {
		parts := make([]string, len(l))
		for i, e := range l {
			parts[i] = fmt.Sprint(e)
		}
		return strings.Join(parts, ",")
	}
	return show(raw)
}

// EnvNames lists the environment variables eis reads for its settings:
// EIS_CONFIG, the global flags' (EIS_LANG, …) and then every command's own
// (EIS_PLAN_FORMAT, …), each group sorted.
func EnvNames(root *cobra.Command) (global, commands []string) {
	global = []string{EnvPrefix + "_CONFIG"}
	root.PersistentFlags().VisitAll(func(f *pflag.Flag) {
		if !skip(f.Name) {
			global = append(global, EnvName(f.Name))
		}
	})
	keys, _ := knownKeys(root)
	for k := range keys {
		if strings.Contains(k, ".") {
			commands = append(commands, EnvName(k))
		}
	}
	sort.Strings(global)
	sort.Strings(commands)
	return global, commands
}
