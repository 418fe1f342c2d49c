package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// values is what a command saw after binding.
type values struct {
	Lang    string
	Mode    string
	Regions []string
	Count   int
	Used    string
	// Warnings about the config file.
	Warnings []Warning
	// Other is what the "other" command's --regions would be: only sub's
	// section and EIS_SUB_* reach sub.
	Other []string
}

// run builds a small tree like eis's (persistent flags on the root, a local
// slice flag on the subcommand), binds config in the root's
// PersistentPreRunE as eis does, and returns what the subcommand saw.
func run(t *testing.T, configFlag string, args ...string) (values, error) {
	t.Helper()
	var v values
	var cfg string
	root := &cobra.Command{
		Use:           "eis",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			res, err := Bind(cmd, Read(cfg, os.Getenv))
			v.Used = res.File
			v.Warnings = res.Warnings
			return err
		},
	}
	root.PersistentFlags().StringVar(&cfg, "config", configFlag, "")
	root.PersistentFlags().StringVar(&v.Lang, "lang", "", "")
	root.PersistentFlags().StringVar(&v.Mode, "catalogue-mode", "extend", "")
	sub := &cobra.Command{Use: "sub", RunE: func(*cobra.Command, []string) error { return nil }}
	sub.Flags().StringSliceVar(&v.Regions, "regions", []string{"eu"}, "")
	sub.Flags().IntVar(&v.Count, "max-actions", 5, "")
	other := &cobra.Command{Use: "other", RunE: func(*cobra.Command, []string) error { return nil }}
	other.Flags().StringSliceVar(&v.Other, "regions", []string{"eu"}, "")
	root.AddCommand(sub, other)
	root.SetArgs(append([]string{"sub"}, args...))
	err := root.Execute()
	return v, err
}

// clearEnv removes every EIS_* variable for the test and points the default
// config path at an empty folder.
func clearEnv(t *testing.T) string {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, EnvPrefix+"_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	return dir
}

func writeConfig(t *testing.T, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, "eis", "config.yaml")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPrecedence: flag > EIS_* environment > config file > default, for a
// plain string flag, a flag with a dash, a slice flag and an int flag; the
// global flags from top-level keys and EIS_<FLAG>, a command's own flags only
// from its section and EIS_<COMMAND>_<FLAG>.
func TestPrecedence(t *testing.T) {
	def := values{Lang: "", Mode: "extend", Regions: []string{"eu"}, Count: 5}
	with := func(f func(*values)) values { v := def; f(&v); return v }
	tests := []struct {
		name string
		file string
		env  map[string]string
		args []string
		want values
	}{
		{
			name: "defaults",
			want: def,
		},
		{
			name: "file beats default",
			file: "lang: da\ncatalogue-mode: replace\nsub:\n  regions: [dk-central, ie-donegal]\n  max-actions: 7\n",
			want: values{Lang: "da", Mode: "replace", Regions: []string{"dk-central", "ie-donegal"}, Count: 7},
		},
		{
			name: "a slice in the file may be a comma-separated string",
			file: "sub:\n  regions: dk-central, ie-donegal\n",
			want: with(func(v *values) { v.Regions = []string{"dk-central", "ie-donegal"} }),
		},
		{
			name: "a section may be written as dotted keys",
			file: "sub.regions: [pt-alentejo]\n",
			want: with(func(v *values) { v.Regions = []string{"pt-alentejo"} }),
		},
		{
			name: "env beats file",
			file: "lang: da\ncatalogue-mode: replace\nsub: {regions: [dk-central], max-actions: 7}\n",
			env:  map[string]string{"EIS_LANG": "en", "EIS_CATALOGUE_MODE": "extend", "EIS_SUB_REGIONS": "pl-pomorskie, pt-alentejo", "EIS_SUB_MAX_ACTIONS": "9"},
			want: values{Lang: "en", Mode: "extend", Regions: []string{"pl-pomorskie", "pt-alentejo"}, Count: 9},
		},
		{
			name: "env beats default",
			env:  map[string]string{"EIS_LANG": "da", "EIS_CATALOGUE_MODE": "replace", "EIS_SUB_REGIONS": "uk-hampshire"},
			want: values{Lang: "da", Mode: "replace", Regions: []string{"uk-hampshire"}, Count: 5},
		},
		{
			name: "an empty env variable counts as unset",
			file: "lang: da\n",
			env:  map[string]string{"EIS_LANG": ""},
			want: with(func(v *values) { v.Lang = "da" }),
		},
		{
			name: "flag beats env and file",
			file: "lang: da\ncatalogue-mode: replace\nsub: {regions: [dk-central], max-actions: 7}\n",
			env:  map[string]string{"EIS_LANG": "da", "EIS_CATALOGUE_MODE": "replace", "EIS_SUB_REGIONS": "pl-pomorskie", "EIS_SUB_MAX_ACTIONS": "9"},
			args: []string{"--lang", "en", "--catalogue-mode", "extend", "--regions", "hr-koprivnica", "--regions", "it-emilia-romagna", "--max-actions", "1"},
			want: values{Lang: "en", Mode: "extend", Regions: []string{"hr-koprivnica", "it-emilia-romagna"}, Count: 1},
		},
		{
			name: "flag beats file alone",
			file: "lang: da\nsub: {regions: [dk-central]}\n",
			args: []string{"--lang=en", "--regions=ie-donegal"},
			want: with(func(v *values) { v.Lang, v.Regions = "en", []string{"ie-donegal"} }),
		},
		{
			name: "each flag is resolved on its own",
			file: "lang: da\n",
			env:  map[string]string{"EIS_CATALOGUE_MODE": "replace"},
			args: []string{"--regions", "eu"},
			want: with(func(v *values) { v.Lang, v.Mode = "da", "replace" }),
		},
		{
			name: "keys are case-insensitive in the file",
			file: "Lang: da\nSub: {Max-Actions: 2}\n",
			want: with(func(v *values) { v.Lang, v.Count = "da", 2 }),
		},
		{
			name: "a top-level key reaches no command's own flag",
			file: "regions: [dk-central]\nmax-actions: 7\n",
			want: with(func(v *values) {
				v.Warnings = []Warning{{Key: "max-actions", Line: 2, Suggest: []string{"sub.max-actions"}}, {Key: "regions", Line: 1, Suggest: []string{"other.regions", "sub.regions"}}}
			}),
		},
		{
			name: "EIS_<FLAG> reaches no command's own flag",
			env:  map[string]string{"EIS_REGIONS": "dk-central", "EIS_MAX_ACTIONS": "7"},
			want: def,
		},
		{
			name: "another command's section and variables do not reach this one",
			file: "other: {regions: [dk-central]}\n",
			env:  map[string]string{"EIS_OTHER_REGIONS": "ie-donegal"},
			want: def,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := clearEnv(t)
			wantUsed := ""
			if tt.file != "" {
				wantUsed = writeConfig(t, dir, tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			got, err := run(t, "", tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Used = wantUsed
			for i := range tt.want.Warnings {
				tt.want.Warnings[i].File = wantUsed
			}
			if got.Lang != tt.want.Lang || got.Mode != tt.want.Mode || got.Count != tt.want.Count ||
				strings.Join(got.Regions, "|") != strings.Join(tt.want.Regions, "|") || got.Used != tt.want.Used {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
			if fmt.Sprint(got.Warnings) != fmt.Sprint(tt.want.Warnings) {
				t.Errorf("warnings:\ngot  %+v\nwant %+v", got.Warnings, tt.want.Warnings)
			}
		})
	}
}

func TestConfigFiles(t *testing.T) {
	tests := []struct {
		name string
		// setup writes files and returns the --config value to use
		setup         func(t *testing.T, dir string) string
		wantErr       string
		wantMalformed bool
		wantIs        error
		wantLang      string
	}{
		{
			name:  "no default config file is fine",
			setup: func(t *testing.T, dir string) string { return "" },
		},
		{
			name: "an explicit config file is read",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "mine.yaml")
				os.WriteFile(p, []byte("lang: da\n"), 0o644)
				return p
			},
			wantLang: "da",
		},
		{
			name: "an explicit config file replaces the default one",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "lang: en\n")
				p := filepath.Join(dir, "mine.yaml")
				os.WriteFile(p, []byte("lang: da\n"), 0o644)
				return p
			},
			wantLang: "da",
		},
		{
			name:    "an explicit config file that does not exist is an error",
			setup:   func(t *testing.T, dir string) string { return filepath.Join(dir, "missing.yaml") },
			wantErr: "missing.yaml",
		},
		{
			name:    "an explicit config that is a folder is an error",
			setup:   func(t *testing.T, dir string) string { return dir },
			wantErr: "is a directory",
		},
		{
			name: "a malformed default config file is an error naming it",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "lang: [da\n")
				return ""
			},
			wantErr:       filepath.Join("eis", "config.yaml"),
			wantMalformed: true,
		},
		{
			name: "a malformed explicit config file is an error naming it",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "bad.yaml")
				os.WriteFile(p, []byte("lang: da\n\tcatalogue-mode: x\n"), 0o644)
				return p
			},
			wantErr:       "bad.yaml",
			wantMalformed: true,
		},
		{
			name: "a config file that is not a mapping is malformed",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "- lang\n- da\n")
				return ""
			},
			wantErr:       "config.yaml",
			wantMalformed: true,
		},
		{
			name: "a value the flag cannot take is an error naming flag, file and key",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "sub:\n  max-actions: lots\n")
				return ""
			},
			wantErr: `config.yaml:2: sub.max-actions: "lots" is not a valid value for --max-actions`,
		},
		{
			name: "a bad value from the environment names the variable and value",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "sub: {max-actions: 3}\n")
				t.Setenv("EIS_SUB_MAX_ACTIONS", "many")
				return ""
			},
			wantErr: `EIS_SUB_MAX_ACTIONS=many: "many" is not a valid value for --max-actions`,
		},
		{
			name: "a list where one value is expected is an error",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "lang: [da]\n")
				return ""
			},
			wantErr: `config.yaml:1: lang: a list where one value is expected`,
			wantIs:  ErrList,
		},
		{
			name: "a section where a value is expected is an error",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "sub:\n  regions: {dk: central}\n")
				return ""
			},
			wantErr: `config.yaml:2: sub.regions: a section where a value is expected`,
			wantIs:  ErrMapping,
		},
		{
			name: "a bad value for another command is not this command's error",
			setup: func(t *testing.T, dir string) string {
				writeConfig(t, dir, "other: {regions: {dk: central}}\n")
				return ""
			},
		},
		{
			name: "EIS_CONFIG names the config file",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "from-env.yaml")
				os.WriteFile(p, []byte("lang: da\n"), 0o644)
				t.Setenv("EIS_CONFIG", p)
				return ""
			},
			wantLang: "da",
		},
		{
			name: "--config beats EIS_CONFIG",
			setup: func(t *testing.T, dir string) string {
				os.WriteFile(filepath.Join(dir, "env.yaml"), []byte("lang: en\n"), 0o644)
				t.Setenv("EIS_CONFIG", filepath.Join(dir, "env.yaml"))
				p := filepath.Join(dir, "flag.yaml")
				os.WriteFile(p, []byte("lang: da\n"), 0o644)
				return p
			},
			wantLang: "da",
		},
		{
			name: "an EIS_CONFIG that does not exist is an error",
			setup: func(t *testing.T, dir string) string {
				t.Setenv("EIS_CONFIG", filepath.Join(dir, "nowhere.yaml"))
				return ""
			},
			wantErr: "nowhere.yaml: no such file or directory",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := clearEnv(t)
			cfg := tt.setup(t, dir)
			got, err := run(t, cfg)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if got.Lang != tt.wantLang {
					t.Errorf("lang = %q, want %q", got.Lang, tt.wantLang)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want one containing %q", tt.wantErr)
			}
			t.Logf("error: %v", err)
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not contain %q", err, tt.wantErr)
			}
			if cfg != "" && !strings.Contains(err.Error(), cfg) && !strings.HasPrefix(err.Error(), "EIS_") {
				t.Errorf("error %q does not name the file %s", err, cfg)
			}
			if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
				t.Errorf("errors.Is(err, %v) is false", tt.wantIs)
			}
			if errors.Is(err, ErrMalformed) != tt.wantMalformed {
				t.Errorf("errors.Is(err, ErrMalformed) = %v, want %v (%v)", !tt.wantMalformed, tt.wantMalformed, err)
			}
		})
	}
}

func TestDefaultPath(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the fallback folder is $HOME/.config on Linux only")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	tests := []struct {
		name, xdg, want string
	}{
		{"XDG_CONFIG_HOME is used", "/etc/xdg-test", filepath.Join("/etc/xdg-test", "eis", "config.yaml")},
		// The XDG spec: a relative path is invalid and must be ignored.
		{"a relative XDG_CONFIG_HOME is ignored", "relative/dir", filepath.Join(home, ".config", "eis", "config.yaml")},
		{"unset falls back to the OS folder", "", filepath.Join(home, ".config", "eis", "config.yaml")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("XDG_CONFIG_HOME", tt.xdg)
			if got := DefaultPath(os.Getenv); got != tt.want {
				t.Errorf("DefaultPath() = %q, want %q", got, tt.want)
			}
		})
	}
}

// FuzzConfigFile: whatever a config file holds, Bind returns a value or an
// error naming the file; it never panics. A malformed file is placed at a
// line and column, and what is wrong is one of the Problems.
func FuzzConfigFile(f *testing.F) {
	for _, s := range []string{
		"lang: da\n", "lang: [da\n", "- a\n- b\n", "regions: [a, b]\nmax-actions: 3\n",
		"max-actions: lots\n", "lang: {a: b}\n", "catalogue-mode:\n", "&a [*a]\n", "\x00\xff", "",
		"lang: da\n\tno-color: true\n", "lang: da\nlang: en\n", "lang: @x\n", "a: b: c\n", "hello\n",
		"lang: \"da\n", "lang: 'da", "plan: {format: [json\n", "a: 1\r\nb: \"x\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "config.yaml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := run(t, p)
		if err != nil && !strings.Contains(err.Error(), p) {
			t.Errorf("error does not name the file: %v", err)
		}
		var me *MalformedError
		if errors.As(err, &me) {
			if me.Line < 1 || me.Col < 1 {
				t.Errorf("not placed at a line and column: %v", me)
			}
			switch me.Problem {
			case ProblemTab, ProblemEncoding, ProblemControl, ProblemColon, ProblemUnclosed, ProblemIndent,
				ProblemToken, ProblemNotMapping, ProblemDuplicate, ProblemAliases, ProblemDepth, ProblemSyntax:
			default:
				t.Errorf("problem %q is none of the Problems: %v", me.Problem, me)
			}
		}
	})
}

// TestWarnings: keys no flag reads are warned about, with what was meant.
func TestWarnings(t *testing.T) {
	tests := []struct {
		name, file string
		want       []Warning
	}{
		{"all known", "lang: da\ncatalogue-mode: replace\nsub: {regions: [a], max-actions: 2}\nother: {regions: [b]}\n", nil},
		{"a typo", "lnag: da\n", []Warning{{Key: "lnag", Line: 1, Suggest: []string{"lang"}}}},
		{"a typo in a section", "sub: {max-action: 2}\n", []Warning{{Key: "sub.max-action", Line: 1, Suggest: []string{"sub.max-actions"}}}},
		{"a command's flag at the top", "max-actions: 2\n", []Warning{{Key: "max-actions", Line: 1, Suggest: []string{"sub.max-actions"}}}},
		{"a command with a value of its own", "sub: lots\n", []Warning{{Key: "sub", Line: 1, Section: true, Suggest: []string{"sub.max-actions", "sub.regions"}}}},
		{"an empty section is fine", "sub:\n", nil},
		{"nothing like it", "colour: blue\n", []Warning{{Key: "colour", Line: 1}}},
		{"config cannot name a config file", "config: other.yaml\n", []Warning{{Key: "config", Line: 1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := clearEnv(t)
			p := writeConfig(t, dir, tt.file)
			got, err := run(t, "")
			if err != nil {
				t.Fatal(err)
			}
			for i := range tt.want {
				tt.want[i].File = p
			}
			if fmt.Sprint(got.Warnings) != fmt.Sprint(tt.want) {
				t.Errorf("got  %+v\nwant %+v", got.Warnings, tt.want)
			}
		})
	}
}

// TestSource: where each flag's value came from, as messages name it.
func TestSource(t *testing.T) {
	dir := clearEnv(t)
	p := writeConfig(t, dir, "lang: da\nsub: {regions: [a, b]}\n")
	t.Setenv("EIS_CATALOGUE_MODE", "replace")
	root := &cobra.Command{Use: "eis"}
	var lang, mode, cat string
	var regions []string
	var count int
	root.PersistentFlags().StringVar(&lang, "lang", "", "")
	root.PersistentFlags().StringVar(&mode, "catalogue-mode", "extend", "")
	root.PersistentFlags().StringVar(&cat, "catalogue", "", "")
	sub := &cobra.Command{Use: "sub", Run: func(*cobra.Command, []string) {}}
	sub.Flags().StringSliceVar(&regions, "regions", nil, "")
	sub.Flags().IntVar(&count, "max-actions", 5, "")
	root.AddCommand(sub)
	var res *Result
	root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
		var err error
		res, err = Bind(cmd, Read("", os.Getenv))
		return err
	}
	root.SetArgs([]string{"sub", "--catalogue", "mine"})
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ flag, want string }{
		{"lang", p + ":1: lang"},
		{"regions", p + ":2: sub.regions"},
		{"catalogue-mode", "EIS_CATALOGUE_MODE=replace"},
		{"catalogue", "--catalogue mine"},
		{"max-actions", "the default"},
	}
	for _, tt := range tests {
		if got := res.Source(sub, tt.flag).String(); got != tt.want {
			t.Errorf("Source(%s) = %q, want %q", tt.flag, got, tt.want)
		}
	}
	if s := res.Source(sub, "regions"); s.Value != "[a, b]" || s.Kind != FromFile {
		t.Errorf("regions source = %+v", s)
	}
}

func TestEnvName(t *testing.T) {
	t.Parallel()
	for key, want := range map[string]string{
		"lang": "EIS_LANG", "catalogue-mode": "EIS_CATALOGUE_MODE", "plan.format": "EIS_PLAN_FORMAT",
		"practices.list.format": "EIS_PRACTICES_LIST_FORMAT", "plan.max-actions": "EIS_PLAN_MAX_ACTIONS",
	} {
		if got := EnvName(key); got != want {
			t.Errorf("EnvName(%q) = %q, want %q", key, got, want)
		}
	}
}

// TestUnknownEnv: EIS_* variables that no flag reads are listed with what
// they may have meant; known ones, EIS_CONFIG and other variables are not.
func TestUnknownEnv(t *testing.T) {
	root := &cobra.Command{Use: "eis"}
	root.PersistentFlags().String("lang", "", "")
	root.PersistentFlags().String("config", "", "")
	plan := &cobra.Command{Use: "plan", Run: func(*cobra.Command, []string) {}}
	plan.Flags().String("format", "", "")
	root.AddCommand(plan)
	got := UnknownEnv(root, []string{
		"EIS_PLAN_FROMAT=json", "EIS_LANG=da", "EIS_CONFIG=x", "EIS_PLAN_FORMAT=json",
		"HOME=/root", "EIS_LNAG=da", "EIS_WHATEVER=1", "EISX=1", "EIS_EMPTY=",
	})
	want := []EnvWarning{
		{Name: "EIS_LNAG", Suggest: []string{"EIS_LANG"}},
		{Name: "EIS_PLAN_FROMAT", Suggest: []string{"EIS_PLAN_FORMAT"}},
		{Name: "EIS_WHATEVER"},
	}
	if len(got) != len(want) {
		t.Fatalf("UnknownEnv = %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].Name != want[i].Name || strings.Join(got[i].Suggest, ",") != strings.Join(want[i].Suggest, ",") {
			t.Errorf("UnknownEnv[%d] = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// TestBindLenient: for shell completion, binding never fails and applies
// what it can — the environment despite a malformed file, the other flags
// despite a value one flag cannot take.
func TestBindLenient(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("lang: [da\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.yaml")
	if err := os.WriteFile(good, []byte("lang: da\nsub:\n  max-actions: many\n  regions: [dk-central]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		file    string
		env     map[string]string
		lang    string
		regions []string
		count   int
	}{
		{name: "malformed file, env applies", file: bad, env: map[string]string{"EIS_LANG": "en", "EIS_SUB_REGIONS": "eu,global"}, lang: "en", regions: []string{"eu", "global"}, count: 5},
		{name: "bad value skipped, the rest applies", file: good, lang: "da", regions: []string{"dk-central"}, count: 5},
		{name: "missing explicit file", file: filepath.Join(dir, "nope.yaml"), env: map[string]string{"EIS_LANG": "da"}, lang: "da", regions: []string{"eu"}, count: 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var lang string
			var regions []string
			var count int
			root := &cobra.Command{Use: "eis"}
			root.PersistentFlags().StringVar(&lang, "lang", "", "")
			sub := &cobra.Command{Use: "sub", Run: func(*cobra.Command, []string) {}}
			sub.Flags().StringSliceVar(&regions, "regions", []string{"eu"}, "")
			sub.Flags().IntVar(&count, "max-actions", 5, "")
			root.AddCommand(sub)
			file := Read(tt.file, func(k string) string { return tt.env[k] })
			if file.Err() == nil && tt.file == bad {
				t.Fatal("the malformed file read without an error")
			}
			if _, err := Bind(sub, file); err == nil {
				t.Fatal("Bind did not fail; the case proves nothing")
			}
			lang, regions, count = "", []string{"eu"}, 5
			res := BindLenient(sub, file)
			if lang != tt.lang || strings.Join(regions, ",") != strings.Join(tt.regions, ",") || count != tt.count {
				t.Errorf("lang %q, regions %v, max-actions %d; want %q, %v, %d", lang, regions, count, tt.lang, tt.regions, tt.count)
			}
			if len(res.Warnings) != 0 {
				t.Errorf("warnings %v, want none", res.Warnings)
			}
		})
	}
}

// TestEnvNames: EIS_CONFIG and the global flags' variables, then each
// command's own; never help, version or config.
func TestEnvNames(t *testing.T) {
	t.Parallel()
	root := &cobra.Command{Use: "eis"}
	root.PersistentFlags().String("lang", "", "")
	root.PersistentFlags().String("config", "", "")
	root.PersistentFlags().Bool("version", false, "")
	plan := &cobra.Command{Use: "plan", Run: func(*cobra.Command, []string) {}}
	plan.Flags().String("format", "", "")
	plan.Flags().Bool("help", false, "")
	list := &cobra.Command{Use: "list", Run: func(*cobra.Command, []string) {}}
	list.Flags().StringSlice("region", nil, "")
	practices := &cobra.Command{Use: "practices"}
	practices.AddCommand(list)
	root.AddCommand(plan, practices)
	global, commands := EnvNames(root)
	if got := strings.Join(global, ","); got != "EIS_CONFIG,EIS_LANG" {
		t.Errorf("global = %s", got)
	}
	if got := strings.Join(commands, ","); got != "EIS_PLAN_FORMAT,EIS_PRACTICES_LIST_REGION" {
		t.Errorf("commands = %s", got)
	}
}
