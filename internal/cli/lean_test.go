package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/practices"
)

// TestLeanCommand: a run gets a tree of its one command only when nothing
// in it looks at the others.
func TestLeanCommand(t *testing.T) {
	t.Parallel()
	noFile := &config.File{}
	tests := []struct {
		args    []string
		cfg     *config.File
		environ []string
		want    string
	}{
		{[]string{"version"}, noFile, nil, "version"},
		{[]string{"plan", "--answers", "a.yaml", "--format", "json"}, noFile, []string{"HOME=/h", "LANG=C"}, "plan"},
		{[]string{"practices", "show", "x"}, noFile, nil, "practices"},
		{nil, noFile, nil, ""},
		{[]string{"--lang", "da", "version"}, noFile, nil, ""},
		{[]string{"config", "list"}, noFile, nil, ""},
		{[]string{"help", "plan"}, noFile, nil, ""},
		{[]string{"completion", "bash"}, noFile, nil, ""},
		{[]string{"nosuch"}, noFile, nil, ""},
		{[]string{"plan", "--help"}, noFile, nil, ""},
		{[]string{"plan", "-h"}, noFile, nil, ""},
		{[]string{"practices", "help", "list"}, noFile, nil, ""},
		{[]string{"version"}, &config.File{Path: "/h/.config/eis/config.yaml"}, nil, ""},
		{[]string{"version"}, nil, nil, ""},
		{[]string{"version"}, noFile, []string{"EIS_LANG=da"}, ""},
	}
	for _, tt := range tests {
		f := &Factory{cfg: tt.cfg, Environ: func() []string { return tt.environ }}
		if got := leanCommand(f, tt.args); got != tt.want {
			t.Errorf("leanCommand(%q) = %q, want %q", tt.args, got, tt.want)
		}
	}
}

// TestLeanTreeSameOutput: a command run with a tree of its own says what
// it says with the whole tree — output, errors, hints and exit codes.
func TestLeanTreeSameOutput(t *testing.T) {
	configEnv(t)
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	cat, _, err := catalogue.Load(practices.FS())
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "a.yaml")
	if err := answers.Save(file, firm.Answers(cat, "en", now)); err != nil {
		t.Fatal(err)
	}
	cases := [][]string{
		{"version"}, {"version", "--format", "json"}, {"version", "extra"}, {"version", "--format", "yaml"},
		{"plan"}, {"plan", "--answers", file, "--format", "json"}, {"plan", "--answers", file, "--lang", "da"},
		{"plan", file}, {"plan", "--answers", filepath.Join(t.TempDir(), "missing.yaml")}, {"plan", "--nosuch"},
		{"practices", "list"}, {"practices", "show", cat.Practices[0].ID}, {"practices", "lst"}, {"practices"},
		{"questions", "--format", "json"}, {"schema", "answers"}, {"schema", "nosuch"},
		{"region", "dk-central"}, {"region"}, {"compare"}, {"aggregate"}, {"validate", "../../practices"},
	}
	run := func(args []string) (int, string, string) {
		ios, _, out, errOut := iostreams.Test()
		f := &Factory{IOStreams: ios, Embedded: practices.FS(), Now: func() time.Time { return now }, Wall: func() time.Time { return now }}
		code := Run(f, args)
		return code, out.String(), errOut.String()
	}
	for _, args := range cases {
		code, out, errOut := run(args)
		leanTrees = false
		wantCode, want, wantErr := run(args)
		leanTrees = true
		if code != wantCode || out != want || errOut != wantErr {
			t.Errorf("eis %q with a tree of its own: exit %d\n%s\nstderr:\n%s\nwith the whole tree: exit %d\n%s\nstderr:\n%s", args, code, out, errOut, wantCode, want, wantErr)
		}
	}
}

// TestBareVersion: eis version alone runs without a command tree (see
// bareVersion), in the language the environment asks for, and says what
// the whole tree says; anything more on the line, a config file or an
// EIS_ variable gets the tree.
func TestBareVersion(t *testing.T) {
	configEnv(t)
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(cfgFile, []byte("lang: da\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		env  map[string]string
		bare bool
	}{
		{[]string{"version"}, nil, true},
		{[]string{"version"}, map[string]string{"LANG": "da_DK.UTF-8"}, true},
		{[]string{"version"}, map[string]string{"LC_ALL": "pl_PL.UTF-8", "NO_COLOR": "1"}, true},
		{[]string{"version"}, map[string]string{"LANG": "xx_XX.UTF-8"}, true},
		{[]string{"version"}, map[string]string{"EIS_LANG": "it"}, false},
		{[]string{"version"}, map[string]string{"EIS_LANG": "xx"}, false},
		{[]string{"version"}, map[string]string{"EIS_CONFIG": cfgFile}, false},
		{[]string{"version"}, map[string]string{"XDG_CONFIG_HOME": dir, "HOME": dir}, true},
		{[]string{"version", "--format", "json"}, nil, false},
		{[]string{"version", "--lang", "hr"}, nil, false},
		{[]string{"version", "-h"}, nil, false},
		{[]string{"--version"}, nil, false},
		{[]string{"version", "extra"}, nil, false},
	}
	run := func(args []string, env map[string]string) (int, string, string, bool) {
		ios, _, out, errOut := iostreams.Test()
		getenv := func(k string) string { return env[k] }
		var environ []string
		for k, v := range env {
			environ = append(environ, k+"="+v)
		}
		f := &Factory{IOStreams: ios, Embedded: practices.FS(), Getenv: getenv, Environ: func() []string { return environ }}
		code := Run(f, args)
		g := &Factory{Getenv: getenv, Environ: func() []string { return environ }}
		g.begin(args)
		return code, out.String(), errOut.String(), bareVersion(g, args, leanCommand(g, args))
	}
	for _, tt := range tests {
		code, out, errOut, bare := run(tt.args, tt.env)
		if bare != tt.bare {
			t.Errorf("eis %q with %v: run without a tree %v, want %v", tt.args, tt.env, bare, tt.bare)
		}
		leanTrees = false
		wantCode, want, wantErr, _ := run(tt.args, tt.env)
		leanTrees = true
		if code != wantCode || out != want || errOut != wantErr {
			t.Errorf("eis %q with %v: exit %d\n%s\nstderr:\n%s\nwith the whole tree: exit %d\n%s\nstderr:\n%s", tt.args, tt.env, code, out, errOut, wantCode, want, wantErr)
		}
		if tt.bare && (code != 0 || !strings.HasPrefix(out, "eis ")) {
			t.Errorf("eis %q with %v: exit %d, %q", tt.args, tt.env, code, out)
		}
	}
}
