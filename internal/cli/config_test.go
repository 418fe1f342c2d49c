package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/practices"
	"github.com/spf13/cobra"
)

// configEnv isolates a test from the user's config and EIS_* variables and
// returns the folder that stands for $XDG_CONFIG_HOME.
func configEnv(t *testing.T) string {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "EIS_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv("LANG", "C")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	return dir
}

func writeUserConfig(t *testing.T, dir, body string) string {
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

// newSliceProbe is a hidden, test-only command with a slice flag, since no
// real command has one yet; it records what it saw.
func newSliceProbe(got *[]string) *cobra.Command {
	cmd := &cobra.Command{Use: "probe", Hidden: true, RunE: func(*cobra.Command, []string) error { return nil }}
	cmd.Flags().StringSliceVar(got, "regions", []string{"eu"}, "")
	return cmd
}

// TestConfigPrecedence proves flag > EIS_* env > config file > default
// through the real command tree, for --lang, a flag with a dash
// (--catalogue-mode) and a slice flag.
func TestConfigPrecedence(t *testing.T) {
	tests := []struct {
		name        string
		file        string
		env         map[string]string
		flags       []string
		regionsFlag string // --regions VALUE for the probe; "" gives none
		wantLang    string
		wantMode    string
		wantRegions string
	}{
		{
			name:     "defaults",
			wantLang: "", wantMode: "extend", wantRegions: "eu",
		},
		{
			name:     "config file beats default",
			file:     "lang: da\ncatalogue-mode: replace\nprobe:\n  regions: [dk-central, ie-donegal]\n",
			wantLang: "da", wantMode: "replace", wantRegions: "dk-central,ie-donegal",
		},
		{
			name:     "env beats config file",
			file:     "lang: da\ncatalogue-mode: replace\nprobe: {regions: [dk-central]}\n",
			env:      map[string]string{"EIS_LANG": "en", "EIS_CATALOGUE_MODE": "extend", "EIS_PROBE_REGIONS": "pl-pomorskie,pt-alentejo"},
			wantLang: "en", wantMode: "extend", wantRegions: "pl-pomorskie,pt-alentejo",
		},
		{
			name:     "env beats default",
			env:      map[string]string{"EIS_LANG": "da", "EIS_CATALOGUE_MODE": "replace", "EIS_PROBE_REGIONS": "uk-hampshire"},
			wantLang: "da", wantMode: "replace", wantRegions: "uk-hampshire",
		},
		{
			name:  "flag beats env and config file",
			file:  "lang: en\ncatalogue-mode: extend\nprobe: {regions: [dk-central]}\n",
			env:   map[string]string{"EIS_LANG": "en", "EIS_CATALOGUE_MODE": "extend", "EIS_PROBE_REGIONS": "pl-pomorskie"},
			flags: []string{"--lang", "da", "--catalogue-mode", "replace"}, regionsFlag: "hr-koprivnica,it-emilia-romagna",
			wantLang: "da", wantMode: "replace", wantRegions: "hr-koprivnica,it-emilia-romagna",
		},
		{
			name:  "flag beats config file",
			file:  "lang: en\ncatalogue-mode: extend\nprobe: {regions: [dk-central]}\n",
			flags: []string{"--lang=da", "--catalogue-mode=replace"}, regionsFlag: "eu",
			wantLang: "da", wantMode: "replace", wantRegions: "eu",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := configEnv(t)
			if tt.file != "" {
				writeUserConfig(t, dir, tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}

			// --lang and --catalogue-mode through cli.Run, as main does
			// (with a flag of the command's own: eis version alone binds
			// nothing when there is nothing to bind, see bareVersion).
			ios, _, _, errOut := iostreams.Test()
			f := &Factory{IOStreams: ios, Getenv: os.Getenv}
			if code := Run(f, append(append([]string{}, tt.flags...), "version", "--format", "text")); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if f.Global.Lang != tt.wantLang || f.Global.CatalogueMode != tt.wantMode {
				t.Errorf("lang %q, catalogue-mode %q; want %q, %q", f.Global.Lang, f.Global.CatalogueMode, tt.wantLang, tt.wantMode)
			}

			// The slice flag through the same root and PersistentPreRunE.
			ios, _, _, errOut = iostreams.Test()
			f = &Factory{IOStreams: ios, Getenv: os.Getenv}
			var regions []string
			root := NewRootCmd(f)
			root.AddCommand(newSliceProbe(&regions))
			args := append(append([]string{}, tt.flags...), "probe")
			if tt.regionsFlag != "" {
				args = append(args, "--regions", tt.regionsFlag)
			}
			root.SetArgs(args)
			root.SetOut(ios.Out)
			root.SetErr(ios.ErrOut)
			if err := root.Execute(); err != nil {
				t.Fatalf("probe: %v (%s)", err, errOut)
			}
			if got := strings.Join(regions, ","); got != tt.wantRegions {
				t.Errorf("regions %q, want %q", got, tt.wantRegions)
			}
			if f.Global.Lang != tt.wantLang || f.Global.CatalogueMode != tt.wantMode {
				t.Errorf("probe saw lang %q, catalogue-mode %q; want %q, %q", f.Global.Lang, f.Global.CatalogueMode, tt.wantLang, tt.wantMode)
			}
		})
	}
}

// TestConfigLanguageOfMessages: the language chosen by file, env or flag is
// the language of an error message.
func TestConfigLanguageOfMessages(t *testing.T) {
	const (
		en = `eis: unknown schema "bogus"; choose one of: catalogue, plan, answers, region, aggregate, compare, validate, practices, practice, questions, version, config`
		da = `eis: ukendt skema "bogus"; vælg et af: catalogue, plan, answers, region, aggregate, compare, validate, practices, practice, questions, version, config`
	)
	tests := []struct {
		name  string
		file  string
		env   map[string]string
		flags []string
		want  string
	}{
		{"default from LANG=C", "", nil, nil, en},
		{"LANG=da_DK", "", map[string]string{"LANG": "da_DK.UTF-8"}, nil, da},
		{"config file", "lang: da\n", nil, nil, da},
		{"config file beats LANG", "lang: en\n", map[string]string{"LANG": "da_DK.UTF-8"}, nil, en},
		{"EIS_LANG beats config file", "lang: da\n", map[string]string{"EIS_LANG": "en"}, nil, en},
		{"--lang beats both", "lang: en\n", map[string]string{"EIS_LANG": "en"}, []string{"--lang", "da"}, da},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := configEnv(t)
			if tt.file != "" {
				writeUserConfig(t, dir, tt.file)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			ios, _, _, errOut := iostreams.Test()
			code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv}, append(tt.flags, "schema", "bogus"))
			if code != ExitUsage {
				t.Fatalf("exit %d, want %d", code, ExitUsage)
			}
			if first, _, _ := strings.Cut(errOut.String(), "\n"); first != tt.want {
				t.Errorf("stderr starts %q, want %q", first, tt.want)
			}
		})
	}
}

func TestConfigFileErrors(t *testing.T) {
	tests := []struct {
		name string
		// setup returns extra arguments (e.g. --config PATH)
		setup    func(t *testing.T, dir string) []string
		wantCode int
		// wantErr are fragments of stderr; "{dir}" stands for the config folder
		wantErr []string
	}{
		{
			name:     "no config file at the default place is fine",
			setup:    func(t *testing.T, dir string) []string { return nil },
			wantCode: ExitOK,
		},
		{
			name: "a malformed config file is an error naming the file and line",
			setup: func(t *testing.T, dir string) []string {
				writeUserConfig(t, dir, "lang: da\n\tcatalogue-mode: replace\n")
				return nil
			},
			wantCode: ExitFailure,
			wantErr:  []string{"eis: malformed config file {dir}/eis/config.yaml:2:1: a tab indents this line", "replace the tab with spaces"},
		},
		{
			name: "an explicit --config that does not exist is an error",
			setup: func(t *testing.T, dir string) []string {
				return []string{"--config", filepath.Join(dir, "nope.yaml")}
			},
			wantCode: ExitUsage,
			wantErr:  []string{"config file {dir}/nope.yaml: no such file or directory"},
		},
		{
			name: "an explicit --config that does not exist, in Danish",
			setup: func(t *testing.T, dir string) []string {
				return []string{"--lang", "da", "--config", filepath.Join(dir, "nope.yaml")}
			},
			wantCode: ExitUsage,
			wantErr:  []string{"eis: konfigurationsfilen {dir}/nope.yaml findes ikke\n"},
		},
		{
			name: "an explicit --config that is a folder",
			setup: func(t *testing.T, dir string) []string {
				return []string{"--lang", "da", "--config", dir}
			},
			wantCode: ExitUsage,
			wantErr:  []string{"eis: konfigurationsfilen {dir} er en mappe\n"},
		},
		{
			name: "an explicit --config is read instead of the default",
			setup: func(t *testing.T, dir string) []string {
				writeUserConfig(t, dir, "lang: [\n") // malformed, but not read
				p := filepath.Join(dir, "other.yaml")
				if err := os.WriteFile(p, []byte("catalogue-mode: replace\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return []string{"--config", p}
			},
			wantCode: ExitOK,
		},
		{
			name: "a bad value in the config file is an error naming the file",
			setup: func(t *testing.T, dir string) []string {
				writeUserConfig(t, dir, "catalogue-mode: merge\n")
				return nil
			},
			wantCode: ExitUsage,
			wantErr:  []string{`eis: {dir}/eis/config.yaml:1: catalogue-mode: "merge" is not a catalogue mode; use extend or replace`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := configEnv(t)
			args := append(tt.setup(t, dir), "version")
			ios, _, out, errOut := iostreams.Test()
			code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv}, args)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, errOut)
			}
			for _, w := range tt.wantErr {
				w = strings.ReplaceAll(w, "{dir}", dir)
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr %q does not contain %q", errOut, w)
				}
			}
			if tt.wantCode == ExitOK && (errOut.Len() != 0 || !strings.HasPrefix(out.String(), "eis ")) {
				t.Errorf("stdout %q, stderr %q", out, errOut)
			}
		})
	}
}

// TestConfigScoping: top-level keys and EIS_<FLAG> reach only the global
// flags; a command's flags come from its section and EIS_<COMMAND>_<FLAG>;
// a bad value names where it came from; unknown keys are warned about.
func TestConfigScoping(t *testing.T) {
	ext := filepath.Join(t.TempDir(), "ext")
	writeFiles(t, ext, map[string]string{"p.yaml": practice("my-coach", "dk-central", "2026-06-01")})
	const cfg = "{dir}/eis/config.yaml"
	langs := strings.Join(i18n.Languages, ", ")
	// A file of many unknown keys: the first config.MaxWarnings are
	// named, the rest counted.
	var many, manyWarned strings.Builder
	for i := range config.MaxWarnings + 2 {
		fmt.Fprintf(&many, "shade%02d: blue\n", i)
		if i < config.MaxWarnings {
			fmt.Fprintf(&manyWarned, "warning: %s:%d: unknown key \"shade%02d\" is ignored\n", cfg, i+1, i)
		}
	}
	fmt.Fprintf(&manyWarned, "warning: %s: 2 more unknown keys are ignored too (eis names the first %d)\n", cfg, config.MaxWarnings)
	tests := []struct {
		name   string
		file   string
		env    map[string]string
		args   []string
		code   int
		stdout string // prefix of stdout
		stderr string // all of stderr ({dir}: the config folder, {ext}: an extension folder)
	}{
		{name: "format at the top reaches neither validate nor practices list",
			file: "format: markdown\n", args: []string{"validate"}, stdout: "0 errors",
			stderr: "warning: " + cfg + ":1: unknown key \"format\" is ignored; it is a setting of each of these commands: aggregate, compare, config list, plan, practices list, practices show, questions, region, schema, validate, version; put it in the section of the command it is for, e.g. plan: {format: …}\n"},
		{name: "EIS_FORMAT reaches no command", env: map[string]string{"EIS_FORMAT": "markdown"},
			args: []string{"practices", "list", "--region", "dk-central"}, stdout: "ID ",
			stderr: "warning: EIS_FORMAT is not a setting of eis and is ignored\n"},
		{name: "a command's section", file: "practices:\n  list:\n    format: json\n",
			args: []string{"practices", "list", "--region", "dk-central"}, stdout: "{\n  \"schema_version\": 1,"},
		{name: "another command's section", file: "plan: {format: markdown}\nquestions: {format: json}\n",
			args: []string{"practices", "list", "--region", "dk-central"}, stdout: "ID "},
		{name: "EIS_<COMMAND>_<FLAG>", env: map[string]string{"EIS_PRACTICES_LIST_FORMAT": "json"},
			args: []string{"practices", "list", "--region", "dk-central"}, stdout: "{\n  \"schema_version\": 1,"},
		{name: "a list where one value is expected", file: "lang: [da]\n", args: []string{"version"}, code: ExitUsage,
			stderr: "eis: " + cfg + ":1: lang: a list, but this setting takes one value; write it without [ ]\n"},
		{name: "an unsupported language in the file", file: "lang: fr\n", args: []string{"version"}, code: ExitUsage,
			stderr: "eis: " + cfg + ":1: lang: \"fr\" is not supported; use one of: " + langs + "\n"},
		{name: "an unsupported language in the environment", env: map[string]string{"EIS_LANG": "fr"}, args: []string{"version"}, code: ExitUsage,
			stderr: "eis: EIS_LANG: \"fr\" is not supported; use one of: " + langs + "\n"},
		{name: "an unsupported language on the command line", args: []string{"--lang", "fr", "version"}, code: ExitUsage,
			stderr: "eis: language \"fr\" is not supported; use one of: " + langs + "\nDid you mean --lang hr?\nRun 'eis version --help' for usage.\n"},
		{name: "a bad catalogue mode in the environment", env: map[string]string{"EIS_CATALOGUE_MODE": "bogus"}, args: []string{"version"}, code: ExitUsage,
			stderr: "eis: EIS_CATALOGUE_MODE: \"bogus\" is not a catalogue mode; use extend or replace\n"},
		{name: "a catalogue folder from the file that is not there", file: "catalogue: nowhere\n", args: []string{"practices", "list"}, code: ExitUsage,
			stderr: "eis: " + cfg + ":1: catalogue: catalogue folder nowhere cannot be read: it must be an existing folder\n"},
		{name: "replace from the environment with an extension", env: map[string]string{"EIS_CATALOGUE_MODE": "replace", "EIS_CATALOGUE": "{ext}"}, args: []string{"validate"}, code: ExitUsage,
			stderr: "eis: {ext} has no catalogue: section, so it can only extend the built-in catalogue, but EIS_CATALOGUE_MODE=replace asks for a whole catalogue; drop that setting to use the folder as an extension, or add a catalogue: section (id, version, title, languages)\n"},
		{name: "replace from the file with an extension", file: "catalogue-mode: replace\ncatalogue: {ext}\n", args: []string{"practices", "list"}, code: ExitUsage,
			stderr: "eis: {ext} has no catalogue: section, so it can only extend the built-in catalogue, but catalogue-mode: replace in config file " + cfg + " asks for a whole catalogue; drop that setting to use the folder as an extension, or add a catalogue: section (id, version, title, languages)\n"},
		{name: "a bad value in a command's section", file: "validate: {strict: maybe}\n", args: []string{"validate"}, code: ExitUsage,
			stderr: "eis: " + cfg + ":1: validate.strict: \"maybe\" is not a valid value for --strict: use true or false\n"},
		// A value a command checks itself (a format, a region) names its
		// source too, and the did-you-mean is said as that setting.
		{name: "a bad format from the environment", env: map[string]string{"EIS_PRACTICES_LIST_FORMAT": "jsn"}, args: []string{"practices", "list"}, code: ExitUsage,
			stderr: "eis: EIS_PRACTICES_LIST_FORMAT: --format \"jsn\" is not known; use one of: text, json, stats\nDid you mean EIS_PRACTICES_LIST_FORMAT=json?\n"},
		{name: "a bad format in the file", file: "lang: en\npractices:\n  list:\n    format: jsn\n", args: []string{"practices", "list"}, code: ExitUsage,
			stderr: "eis: " + cfg + ":4: practices.list.format: --format \"jsn\" is not known; use one of: text, json, stats\nDid you mean format: json?\n"},
		{name: "the same value on the command line", args: []string{"practices", "list", "--format", "jsn"}, code: ExitUsage,
			stderr: "eis: --format \"jsn\" is not known; use one of: text, json, stats\nDid you mean --format json?\nRun 'eis practices list --help' for usage.\n"},
		{name: "replace with no folder", file: "catalogue-mode: replace\n", args: []string{"practices", "list"}, code: ExitUsage,
			stderr: "eis: " + cfg + ":1: catalogue-mode: --catalogue-mode replace replaces the built-in catalogue with the folder given by --catalogue, but no folder is given; add --catalogue DIR, or leave out --catalogue-mode\n"},
		{name: "replace with no folder on the command line", args: []string{"--catalogue-mode", "replace", "practices", "list"}, code: ExitUsage,
			stderr: "eis: --catalogue-mode replace replaces the built-in catalogue with the folder given by --catalogue, but no folder is given; add --catalogue DIR, or leave out --catalogue-mode\nRun 'eis practices list --help' for usage.\n"},
		{name: "replace with no folder does not stop a command without a catalogue", file: "catalogue-mode: replace\n", args: []string{"version"}, stdout: "eis "},
		{name: "an EIS_ variable eis does not read", env: map[string]string{"EIS_PLAN_FROMAT": "json"}, args: []string{"version"}, stdout: "eis ",
			stderr: "warning: EIS_PLAN_FROMAT is not a setting of eis and is ignored; did you mean EIS_PLAN_FORMAT?\n"},
		{name: "an EIS_ variable like none", env: map[string]string{"EIS_WHATEVER": "1", "EIS_LANG": "da"}, args: []string{"version"}, stdout: "eis ",
			stderr: "advarsel: EIS_WHATEVER er ikke en indstilling i eis og ignoreres\n"},
		{name: "a bad value in another command's section is no error here", file: "validate: {strict: maybe}\n", args: []string{"version"}, stdout: "eis "},
		{name: "a command with a value of its own", file: "plan: markdown\n", args: []string{"version"}, stdout: "eis ",
			stderr: "warning: " + cfg + ":1: \"plan\" is a command, so its settings go in a section below it, e.g. plan: {format: …}; this value is ignored\n"},
		{name: "many unknown keys", file: many.String(), args: []string{"version"}, stdout: "eis ", stderr: manyWarned.String()},
		{name: "warnings in Danish", file: "lang: da\nlnag: da\n", args: []string{"version"}, stdout: "eis ",
			stderr: "advarsel: " + cfg + ":2: den ukendte nøgle \"lnag\" ignoreres; mente I lang: …?\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := configEnv(t)
			sub := strings.NewReplacer("{dir}", dir, "{ext}", ext)
			if tt.file != "" {
				writeUserConfig(t, dir, sub.Replace(tt.file))
			}
			for k, v := range tt.env {
				t.Setenv(k, sub.Replace(v))
			}
			ios, _, out, errOut := iostreams.Test()
			f := &Factory{IOStreams: ios, Getenv: os.Getenv, Environ: os.Environ, Embedded: practices.FS(), Now: func() time.Time { return validateNow }}
			if code := Run(f, tt.args); code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if got, want := errOut.String(), sub.Replace(tt.stderr); got != want {
				t.Errorf("stderr:\n%q\nwant:\n%q", got, want)
			}
			if !strings.HasPrefix(out.String(), tt.stdout) {
				t.Errorf("stdout starts %.40q, want %q", out, tt.stdout)
			}
		})
	}
}

// TestConfigDefaultUnreadable: a config location the user never named that
// cannot be read (a folder in its place) is a warning, and the command runs;
// the same path named by --config is an error, with no usage hint.
func TestConfigDefaultUnreadable(t *testing.T) {
	dir := configEnv(t)
	p := filepath.Join(dir, "eis", "config.yaml")
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	ios, _, out, errOut := iostreams.Test()
	if code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv}, []string{"version"}); code != ExitOK {
		t.Fatalf("exit %d; stderr %s", code, errOut)
	}
	if want := "warning: config file " + p + ": is a directory; eis goes on without it\n"; errOut.String() != want || !strings.HasPrefix(out.String(), "eis ") {
		t.Errorf("stdout %q, stderr %q; want stderr %q", out, errOut, want)
	}
	ios, _, _, errOut = iostreams.Test()
	if code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv}, []string{"--config", p, "version"}); code != ExitUsage {
		t.Fatalf("--config: exit %d, want %d", code, ExitUsage)
	}
	if want := "eis: config file " + p + ": is a directory\n"; errOut.String() != want {
		t.Errorf("--config: stderr %q, want %q", errOut, want)
	}
}

// TestBadBooleans: a boolean setting with a value that is neither true nor
// false — from the environment, the config file or the command line —
// names where it came from, the value and the two it takes, in every
// language, never in Go's words ('strconv.ParseBool: parsing "maybe":
// invalid syntax', which English, Polish and Portuguese used to print).
func TestBadBooleans(t *testing.T) {
	t.Parallel()
	cfg := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(cfg, []byte("no-color: maybe\nvalidate: {strict: maybe}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	strict := filepath.Join(t.TempDir(), "strict.yaml")
	if err := os.WriteFile(strict, []byte("validate:\n  strict: maybe\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		env   map[string]string
		args  []string
		where string // what names the source in the message
		en    string // the whole English message
	}{
		{name: "EIS_NO_COLOR", env: map[string]string{"EIS_NO_COLOR": "maybe"}, args: []string{"version"}, where: "EIS_NO_COLOR: ",
			en: "eis: EIS_NO_COLOR: \"maybe\" is not a valid value for --no-color: use true or false\n"},
		{name: "a command's EIS_ variable", env: map[string]string{"EIS_PLAN_ALL": "maybe"}, args: []string{"plan"}, where: "EIS_PLAN_ALL: ",
			en: "eis: EIS_PLAN_ALL: \"maybe\" is not a valid value for --all: use true or false\n"},
		{name: "the config file", args: []string{"--config", cfg, "version"}, where: cfg + ":1: no-color: ",
			en: "eis: " + cfg + ":1: no-color: \"maybe\" is not a valid value for --no-color: use true or false\n"},
		{name: "a command's section", args: []string{"--config", strict, "validate"}, where: strict + ":2: validate.strict: ",
			en: "eis: " + strict + ":2: validate.strict: \"maybe\" is not a valid value for --strict: use true or false\n"},
		{name: "the command line", args: []string{"--no-color=maybe", "version"}, where: "\"--no-color\"",
			en: "eis: invalid argument \"maybe\" for \"--no-color\" flag: use true or false\nRun 'eis version --help' for usage.\n"},
	}
	for _, tt := range tests {
		for _, lang := range i18n.Languages {
			t.Run(tt.name+"/"+lang, func(t *testing.T) {
				t.Parallel()
				ios, _, _, errOut := iostreams.Test()
				f := &Factory{IOStreams: ios, Getenv: func(k string) string { return tt.env[k] }, Embedded: practices.FS(), Now: func() time.Time { return validateNow }}
				if code := Run(f, append([]string{"--lang", lang}, tt.args...)); code != ExitUsage {
					t.Fatalf("exit %d, want %d; stderr: %s", code, ExitUsage, errOut)
				}
				got := errOut.String()
				if lang == "en" && got != tt.en {
					t.Errorf("stderr:\n%q\nwant:\n%q", got, tt.en)
				}
				first, _, _ := strings.Cut(got, "\n")
				for _, want := range []string{tt.where, `"maybe"`, "true", "false"} {
					if !strings.Contains(first, want) {
						t.Errorf("%q does not say %q", first, want)
					}
				}
				if strings.Contains(got, "strconv") || strings.Contains(got, "ParseBool") {
					t.Errorf("Go's words: %q", got)
				}
			})
		}
	}
}

// TestMalformedConfigInEveryLanguage: a broken config file is said in the
// user's language, in each of eis's six, at file:line:col and with what to
// do — none of yaml.v3's English words, but for the rare error eis has no
// words of its own for, whose parser text is quoted.
func TestMalformedConfigInEveryLanguage(t *testing.T) {
	files := map[string]string{
		"tab":       "lang: da\n\tcatalogue-mode: replace\n",
		"duplicate": "lang: da\nno-color: true\nlang: en\n",
		"unclosed":  "plan: {format: json\n",
		"quote":     "lang: \"da\nno-color: true\n",
		"list":      "- lang\n- da\n",
		"colon":     "lang: en: da\n",
		"other":     "lang: ]\n",
	}
	want := map[string]map[string]string{
		"en": {
			"tab":       "eis: malformed config file {file}:2:1: a tab indents this line; YAML indents with spaces: replace the tab with spaces",
			"duplicate": "eis: malformed config file {file}:3:1: this key is set already, on line 1; keep one of the two",
			"unclosed":  "eis: malformed config file {file}:1:7: this { opens a section that is not closed; end it with }",
			"quote":     "eis: malformed config file {file}:1:7: this \" opens a value that is not closed; end the value with \" too",
			"list":      "eis: malformed config file {file}:1:1: settings must be written as key: value, one per line",
			"colon":     "eis: malformed config file {file}:1:9: a colon and a space inside a value, or a key indented deeper than the keys above it; put such a value in quotes, or line the key up with the others",
			"other":     "eis: malformed config file {file}:1:1: not valid YAML (did not find expected node content); fix the line, or remove the file",
		},
		"da": {
			"tab":       "eis: konfigurationsfilen {file}:2:1 er ugyldig: en tabulator rykker linjen ind; YAML rykker ind med mellemrum: erstat tabulatoren med mellemrum",
			"duplicate": "eis: konfigurationsfilen {file}:3:1 er ugyldig: nøglen er allerede sat på linje 1; behold den ene af dem",
			"unclosed":  "eis: konfigurationsfilen {file}:1:7 er ugyldig: denne { indleder en sektion, der ikke er lukket; afslut den med }",
			"quote":     "eis: konfigurationsfilen {file}:1:7 er ugyldig: dette \" indleder en værdi, der ikke er lukket; afslut værdien med \"",
			"list":      "eis: konfigurationsfilen {file}:1:1 er ugyldig: indstillinger skrives som nøgle: værdi, én pr. linje",
			"colon":     "eis: konfigurationsfilen {file}:1:9 er ugyldig: et kolon og et mellemrum inde i en værdi, eller en nøgle rykket længere ind end nøglerne over den; sæt sådan en værdi i anførselstegn, eller ryk nøglen ind som de andre",
			"other":     "eis: konfigurationsfilen {file}:1:1 er ugyldig: ikke gyldig YAML (did not find expected node content); ret linjen, eller fjern filen",
		},
	}
	english := []string{"found a tab", "already defined", "did not find expected ','", "cannot unmarshal", "mapping values", "fix or remove"}
	for _, lang := range i18n.Languages {
		for name, body := range files {
			t.Run(lang+"/"+name, func(t *testing.T) {
				dir := configEnv(t)
				file := filepath.Join(dir, "c.yaml")
				if err := os.WriteFile(file, []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
				code, stdout, stderr := runEis(t, "--lang", lang, "--config", file, "version")
				if code != ExitFailure || stdout != "" {
					t.Fatalf("exit %d, stdout %q", code, stdout)
				}
				line := strings.TrimSuffix(stderr, "\n")
				if w, ok := want[lang][name]; ok && line != strings.ReplaceAll(w, "{file}", file) {
					t.Errorf("stderr\n%s\nwant\n%s", line, strings.ReplaceAll(w, "{file}", file))
				}
				if !strings.Contains(line, file+":") || strings.Count(strings.SplitN(line[strings.Index(line, file)+len(file):], " ", 2)[0], ":") < 2 {
					t.Errorf("not placed at file:line:col: %s", line)
				}
				for _, e := range english {
					if strings.Contains(line, e) {
						t.Errorf("yaml.v3's English %q in %s", e, line)
					}
				}
			})
		}
	}
}

// TestWarningTextList: the keys a misspelt config key may have meant are
// joined as the language joins a list of alternatives ("a, b or c"), not
// with "or" between every two.
func TestWarningTextList(t *testing.T) {
	t.Parallel()
	three := config.Warning{File: "c.yaml", Line: 3, Key: "x.answers", Suggest: []string{"aggregate.answers", "assess.answers", "plan.answers"}}
	two := config.Warning{File: "c.yaml", Line: 3, Key: "x.answers", Suggest: []string{"assess.answers", "plan.answers"}}
	tests := []struct {
		lang string
		w    config.Warning
		want string
	}{
		{"en", three, `warning: c.yaml:3: unknown key "x.answers" is ignored; did you mean aggregate: {answers: …}, assess: {answers: …} or plan: {answers: …}?`},
		{"en", two, `warning: c.yaml:3: unknown key "x.answers" is ignored; did you mean assess: {answers: …} or plan: {answers: …}?`},
		{"da", three, `advarsel: c.yaml:3: den ukendte nøgle "x.answers" ignoreres; mente I aggregate: {answers: …}, assess: {answers: …} eller plan: {answers: …}?`},
		{"it", three, `attenzione: c.yaml:3: la chiave sconosciuta "x.answers" è ignorata; intendevate aggregate: {answers: …}, assess: {answers: …} o plan: {answers: …}?`},
	}
	for _, tt := range tests {
		if got := warningText(i18n.Get(tt.lang), tt.w); got != tt.want {
			t.Errorf("%s, %d keys:\ngot  %s\nwant %s", tt.lang, len(tt.w.Suggest), got, tt.want)
		}
	}
	// Every language: each key once, and the list's word for "or" once.
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		got := warningText(loc, three)
		or := strings.TrimSpace(loc.Or([]string{"", ""}))
		if n := strings.Count(got, " "+or+" "); n != 1 {
			t.Errorf("%s: %q %d times in %s", lang, or, n, got)
		}
	}
}
