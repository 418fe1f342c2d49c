package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/config"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpTree builds the command tree with its help texts in lang.
func helpTree(t *testing.T, lang string) *cobra.Command {
	t.Helper()
	ios, _, _, _ := iostreams.Test()
	return NewRootCmd(&Factory{IOStreams: ios, Locale: i18n.Get(lang)})
}

// commandsByPath walks the tree (hidden commands left out) by command path.
func commandsByPath(root *cobra.Command) map[string]*cobra.Command {
	m := map[string]*cobra.Command{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden {
			return
		}
		m[c.CommandPath()] = c
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	return m
}

// flagsOf lists a command's own flags and the persistent flags it defines,
// by name (inherited ones are checked where they are defined).
func flagsOf(c *cobra.Command) map[string]*pflag.Flag {
	m := map[string]*pflag.Flag{}
	c.LocalFlags().VisitAll(func(f *pflag.Flag) { m[f.Name] = f })
	return m
}

// danishSameAsEnglish lists the texts that may read the same in both
// languages because they are proper nouns or code, as "path|field". Keep it
// small: everything a user reads should be in Danish.
var danishSameAsEnglish = map[string]bool{}

// TestHelpTextsInEveryLanguage walks the whole tree in each language: every
// command has a short text, a long text where the English has one, every
// flag a usage; no text is an i18n key left unresolved; and the Danish
// differs from the English everywhere outside the allowlist.
func TestHelpTextsInEveryLanguage(t *testing.T) {
	t.Parallel()
	en := commandsByPath(helpTree(t, "en"))
	// The tree must hold what cobra adds too, so those are checked.
	for _, want := range []string{"eis", "eis help", "eis completion", "eis completion bash", "eis completion powershell", "eis practices list", "eis practices show"} {
		if en[want] == nil {
			t.Fatalf("command %q is missing from the tree", want)
		}
	}
	for _, lang := range i18n.Languages {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			cmds := commandsByPath(helpTree(t, lang))
			if len(cmds) != len(en) {
				t.Errorf("%d commands in %s, %d in en", len(cmds), lang, len(en))
			}
			check := func(where, field, got, english string) {
				t.Helper()
				switch {
				case strings.TrimSpace(got) == "" && english != "":
					t.Errorf("%s: %s is empty", where, field)
				case strings.HasPrefix(got, "help."):
					t.Errorf("%s: %s is an unresolved key: %q", where, field, got)
				case lang != "en" && got != "" && got == english && !danishSameAsEnglish[where+"|"+field]:
					t.Errorf("%s: %s is the English text in %s: %q", where, field, lang, got)
				}
			}
			for path, c := range cmds {
				e := en[path]
				if e == nil {
					t.Errorf("%s: not in the English tree", path)
					continue
				}
				if c.Use != e.Use {
					t.Errorf("%s: Use %q differs from the English %q; Use stays English", path, c.Use, e.Use)
				}
				if strings.TrimSpace(c.Short) == "" {
					t.Errorf("%s: Short is empty", path)
				}
				check(path, "Short", c.Short, e.Short)
				check(path, "Long", c.Long, e.Long)
				check(path, "Example", c.Example, e.Example)
				ef := flagsOf(e)
				for name, fl := range flagsOf(c) {
					if strings.TrimSpace(fl.Usage) == "" {
						t.Errorf("%s: flag --%s has no usage", path, name)
					}
					if ef[name] == nil {
						t.Errorf("%s: flag --%s is not in the English tree", path, name)
						continue
					}
					check(path, "--"+name, fl.Usage, ef[name].Usage)
				}
			}
		})
	}
}

// TestHelpEnglishIsCobrasDefault: in English the localised template, help
// flag and help and completion commands give exactly what cobra gives by
// itself, so nobody's English help changed, and a cobra upgrade that changes
// its texts shows up here.
func TestHelpEnglishIsCobrasDefault(t *testing.T) {
	t.Parallel()
	render := func(c *cobra.Command) string {
		var b bytes.Buffer
		c.SetOut(&b)
		if err := c.Help(); err != nil {
			t.Fatal(err)
		}
		c.SetOut(nil)
		return b.String()
	}
	root := helpTree(t, "en")
	// The root's notes (environment, exit codes) are eis's addition to
	// the template; TestRootHelpNotes checks them.
	delete(root.Annotations, HelpNotesAnnotation)
	cmds := commandsByPath(root)
	ours := map[string]string{}
	for path, c := range cmds {
		ours[path] = render(c)
	}
	root.SetUsageFunc(nil) // back to cobra's own usage function
	for path, c := range cmds {
		if got, want := ours[path], render(c); got != want {
			t.Errorf("%s: English help differs from cobra's default template:\n--- ours\n%s\n--- cobra\n%s", path, got, want)
		}
	}

	// cobra's own texts, from a bare tree with the same root name.
	bare := &cobra.Command{Use: "eis"}
	bare.AddCommand(&cobra.Command{Use: "version", Run: func(*cobra.Command, []string) {}})
	bare.InitDefaultHelpCmd()
	bare.InitDefaultCompletionCmd()
	want := commandsByPath(bare)
	for _, path := range []string{"eis help", "eis completion", "eis completion bash", "eis completion zsh", "eis completion fish", "eis completion powershell"} {
		c, w := cmds[path], want[path]
		if c == nil || w == nil {
			t.Fatalf("%s: missing (ours %v, cobra's %v)", path, c != nil, w != nil)
		}
		if c.Short != w.Short || c.Long != w.Long {
			t.Errorf("%s: English texts differ from cobra's:\nours:  %q\n       %q\ncobra: %q\n       %q", path, c.Short, c.Long, w.Short, w.Long)
		}
		if fl, wf := c.Flags().Lookup("no-descriptions"), w.Flags().Lookup("no-descriptions"); (fl == nil) != (wf == nil) || fl != nil && fl.Usage != wf.Usage {
			t.Errorf("%s: --no-descriptions differs from cobra's", path)
		}
	}
	v := want["eis version"]
	v.InitDefaultHelpFlag()
	if got, w := cmds["eis version"].Flags().Lookup("help").Usage, v.Flags().Lookup("help").Usage; got != w {
		t.Errorf("help flag: %q, cobra says %q", got, w)
	}
}

// TestRootHelpNotes: the root's help, in every language, groups every
// command by who uses it (only config, version, completion and help stand
// apart), names every EIS_* variable eis reads, and lists the exit codes.
func TestRootHelpNotes(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		root := helpTree(t, lang)
		var b bytes.Buffer
		root.SetOut(&b)
		if err := root.Help(); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		global, commands := config.EnvNames(root)
		if len(global) < 5 || len(commands) < 20 {
			t.Fatalf("%s: EnvNames found %d global and %d command variables", lang, len(global), len(commands))
		}
		for _, v := range append(global, commands...) {
			if !regexp.MustCompile(`\b` + v + `\b`).MatchString(out) {
				t.Errorf("%s: root help does not name %s", lang, v)
			}
		}
		for _, v := range []string{"NO_COLOR", "CLICOLOR_FORCE", "LC_ALL", "COLUMNS", "GITHUB_ACTIONS", "SOURCE_DATE_EPOCH", "XDG_CONFIG_HOME"} {
			if !strings.Contains(out, v) {
				t.Errorf("%s: root help does not name %s", lang, v)
			}
		}
		for _, code := range []int{ExitOK, ExitFailure, ExitUsage, ExitInterrupted} {
			if !regexp.MustCompile(`(?m)^  ` + strconv.Itoa(code) + ` +\S`).MatchString(out) {
				t.Errorf("%s: root help does not explain exit code %d", lang, code)
			}
		}
		loc := i18n.Get(lang)
		for _, g := range []string{"help.group.firms", "help.group.advisors", "help.group.maintainers"} {
			if !strings.Contains(out, "\n"+loc.T(g)+"\n") {
				t.Errorf("%s: root help has no group %q", lang, loc.T(g))
			}
		}
		for _, c := range root.Commands() {
			switch c.Name() {
			case "config", "version", "completion", "help":
				continue
			}
			if c.IsAvailableCommand() && c.GroupID == "" {
				t.Errorf("%s: command %s is in no group; add it to commandGroups", lang, c.Name())
			}
		}
	}
}

// TestHelpDanishTemplate checks each Danish heading where cobra puts the
// English one, in the help of the root, a command with examples and flags,
// and a command with subcommands.
func TestHelpDanishTemplate(t *testing.T) {
	t.Parallel()
	root := helpTree(t, "da")
	cmds := commandsByPath(root)
	help := func(path string) string {
		var b bytes.Buffer
		c := cmds[path]
		c.SetOut(&b)
		if err := c.Help(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	tests := []struct {
		path string
		want []string
	}{
		{"eis", []string{
			`(?m)^Brug:\n  eis \[kommando\]$`,
			`(?m)^Til virksomheder:\n  assess +Besvar`,
			`(?m)^Til dem, der vedligeholder kataloget:$`,
			`(?m)^Andre kommandoer:$`,
			`(?m)^Miljøvariabler:$`,
			`(?m)^Afslutningskoder:\n  0 +gennemført$`,
			`(?m)^  help +Hjælp til alle kommandoer$`,
			`(?m)^  completion +Lav et script`,
			`(?m)^Flag:$`,
			`(?m)^  -h, --help +hjælp til eis$`,
			`(?m)--catalogue-mode string +extend: en mappe uden catalogue:-sektion .*\(standard "extend"\)$`,
			`(?m)^Brug "eis \[kommando\] --help" for at få mere at vide om en kommando\.$`,
		}},
		{"eis plan", []string{
			`(?m)^  eis plan --answers FILE \[--format text\|markdown\|json\|html\] \[--output FILE\] \[flag\]$`,
			`(?m)^Eksempler:\n  # planen i terminalen$`,
			`(?m)^  -f, --format string +format på resultatet: text, markdown, json, html \(standard "text"\)$`,
			`(?m)^Globale flag:$`,
		}},
		{"eis practices", []string{
			`(?m)^  eis practices \[kommando\]$`,
			`(?m)^  list +Vis praksisserne som liste`,
			`(?m)^Brug "eis practices \[kommando\] --help"`,
		}},
		{"eis completion zsh", []string{
			`(?m)^Laver scriptet til automatisk fuldførelse i zsh\.$`,
			`(?m)^\tsource <\(eis completion zsh\)$`,
			`(?m)^      --no-descriptions +vis ikke beskrivelser ved forslagene$`,
		}},
	}
	english := regexp.MustCompile(`(?m)^(Usage|Examples|Available Commands|Flags|Global Flags|Additional help topics):$|\[flags\]|\[command\]|\(default |help for |for more information`)
	for _, tt := range tests {
		out := help(tt.path)
		for _, re := range tt.want {
			if !regexp.MustCompile(re).MatchString(out) {
				t.Errorf("%s --help does not match %s:\n%s", tt.path, re, out)
			}
		}
		if m := english.FindString(out); m != "" {
			t.Errorf("%s --help has English %q:\n%s", tt.path, m, out)
		}
	}
}

// TestHelpGolden runs `eis --help` and `eis plan --help` through Run in
// both languages, the language coming from --lang, and compares them with
// testdata/help/*.golden (go test -run TestHelpGolden -update rewrites them).
func TestHelpGolden(t *testing.T) {
	configEnv(t)
	tests := []struct {
		golden string
		args   []string
	}{
		{"en-root", []string{"--help"}},
		{"en-plan", []string{"plan", "--help"}},
		{"da-root", []string{"--lang", "da", "--help"}},
		{"da-plan", []string{"plan", "--lang=da", "-h"}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			ios, _, out, errOut := iostreams.Test()
			if code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv}, tt.args); code != ExitOK {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr: %s", errOut)
			}
			path := filepath.Join("testdata", "help", tt.golden+".golden")
			if testutil.Update() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got := out.String(); got != string(want) {
				t.Errorf("eis %s differs from %s:\n--- got\n%s\n--- want\n%s", strings.Join(tt.args, " "), path, got, want)
			}
		})
	}
}

// TestEarlyLang proves the order in which the help language is chosen before
// parsing: --lang > EIS_LANG > config file > LC_ALL/LC_MESSAGES/LANG, the
// same order the config binding applies afterwards.
func TestBeginLanguage(t *testing.T) {
	dir := t.TempDir()
	cfg := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	da, en, fr := cfg("da.yaml", "lang: da\n"), cfg("en.yaml", "lang: en\n"), cfg("fr.yaml", "lang: fr\n")
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		userCfg string // body of $XDG_CONFIG_HOME/eis/config.yaml
		want    string
	}{
		{"nothing set", nil, nil, "", "en"},
		{"--lang da", []string{"--lang", "da", "--help"}, nil, "", "da"},
		{"--lang=da after the command", []string{"plan", "--answers", "a.yaml", "--lang=da"}, nil, "", "da"},
		{"the last --lang wins", []string{"--lang", "da", "--lang", "en"}, map[string]string{"LANG": "da_DK.UTF-8"}, "", "en"},
		{"--lang en beats EIS_LANG, config and LANG", []string{"--lang", "en"}, map[string]string{"EIS_LANG": "da", "EIS_CONFIG": da, "LANG": "da_DK.UTF-8"}, "", "en"},
		{"unsupported --lang: the next source decides", []string{"--lang", "fr"}, map[string]string{"LANG": "da_DK.UTF-8"}, "", "da"},
		{"--lang DA", []string{"--lang", "DA", "--help"}, nil, "", "da"},
		{"--lang=da-DK", []string{"--lang=da-DK"}, nil, "", "da"},
		{"--lang da_DK.UTF-8", []string{"--lang", "da_DK.UTF-8"}, nil, "", "da"},
		{"--lang EN-gb beats LANG", []string{"--lang", "EN-gb"}, map[string]string{"LANG": "da_DK.UTF-8"}, "", "en"},
		{"--lang fr-FR: the next source decides", []string{"--lang", "fr-FR"}, map[string]string{"LANG": "da_DK.UTF-8"}, "", "da"},
		{"unsupported --lang, nothing else: English", []string{"--lang", "fr"}, nil, "", "en"},
		{"EIS_LANG=da_DK", nil, map[string]string{"EIS_LANG": "da_DK"}, "", "da"},
		{"config lang: DA-dk", nil, nil, "lang: DA-dk\n", "da"},
		{"--lang= means the environment", []string{"--lang="}, map[string]string{"LANG": "da_DK.UTF-8"}, "", "da"},
		{"--lang without a value is ignored", []string{"version", "--lang"}, map[string]string{"EIS_LANG": "da"}, "", "da"},
		{"after -- it is an argument", []string{"--", "--lang", "da"}, nil, "", "en"},
		{"--config's value is not a flag", []string{"--config", "--lang", "da"}, nil, "", "en"},
		{"EIS_LANG", []string{"plan", "--help"}, map[string]string{"EIS_LANG": "da"}, "", "da"},
		{"EIS_LANG beats the config file", nil, map[string]string{"EIS_LANG": "en", "EIS_CONFIG": da}, "", "en"},
		{"unsupported EIS_LANG: the next source decides", nil, map[string]string{"EIS_LANG": "xx", "LANG": "da_DK.UTF-8"}, "", "da"},
		{"--config file", []string{"--config", da, "validate", "--help"}, nil, "", "da"},
		{"--config=file", []string{"--config=" + da}, nil, "", "da"},
		{"--config beats EIS_CONFIG", []string{"--config", en}, map[string]string{"EIS_CONFIG": da}, "", "en"},
		{"EIS_CONFIG", nil, map[string]string{"EIS_CONFIG": da}, "", "da"},
		{"default config file", nil, nil, "lang: da\n", "da"},
		{"config beats LANG", nil, map[string]string{"LANG": "da_DK.UTF-8"}, "lang: en\n", "en"},
		{"unsupported config lang: the next source decides", nil, map[string]string{"EIS_CONFIG": fr, "LANG": "da_DK.UTF-8"}, "", "da"},
		{"malformed config is skipped", nil, map[string]string{"LANG": "da_DK.UTF-8"}, "lang: [da\n", "da"},
		{"missing --config is skipped", []string{"--config", filepath.Join(dir, "none.yaml")}, map[string]string{"LANG": "da_DK.UTF-8"}, "", "da"},
		{"LANG", nil, map[string]string{"LANG": "da_DK.UTF-8"}, "", "da"},
		{"LC_ALL beats LANG", nil, map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "da_DK.UTF-8"}, "", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xdg := configEnv(t)
			if tt.userCfg != "" {
				writeUserConfig(t, xdg, tt.userCfg)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			f := &Factory{Getenv: os.Getenv}
			f.begin(tt.args)
			if got := f.Locale.Code(); got != tt.want {
				t.Errorf("begin(%q): language %q, want %q", tt.args, got, tt.want)
			}
		})
	}
}

// TestRunHelpLanguage checks through Run what the help's language changes
// and what it must not: an unsupported --lang still gives English help and
// the usage error, flag errors get their hint in the early language, `eis
// help CMD` is localised, and the completion script reaches the factory's
// stdout although the completion command is made before Run sets it.
func TestRunHelpLanguage(t *testing.T) {
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		code     int
		stdout   string // regexp
		stderr   string // regexp
		noStdout string // regexp that must not match
		userCfg  string // body of $XDG_CONFIG_HOME/eis/config.yaml
	}{
		{name: "unsupported --lang: English help", args: []string{"--lang", "fr", "--help"}, stdout: `(?m)^Usage:$`, noStdout: `Brug:`},
		{name: "unsupported --lang: usage error", args: []string{"--lang", "fr", "version"}, code: ExitUsage, stderr: `language "fr" is not supported`},
		{name: "help command in Danish", env: map[string]string{"EIS_LANG": "da"}, args: []string{"help", "validate"}, stdout: `(?m)^Brug:\n  eis validate \[DIR\] \[flag\]$`},
		{name: "flag error hint follows EIS_LANG", env: map[string]string{"EIS_LANG": "da"}, args: []string{"--bogus"}, code: ExitUsage, stderr: regexp.QuoteMeta(i18n.Get("da").T("cli.usage.hint", "eis"))},
		{name: "completion script on stdout", args: []string{"--lang", "da", "completion", "bash"}, stdout: `bash completion V2 for eis`},
		// --lang, EIS_LANG and the config's lang: are normalized before a
		// command reads the language, and unsupported ones still refused.
		{name: "--lang DA", args: []string{"--lang", "DA", "practices", "show", "nope"}, code: ExitFailure, stderr: regexp.QuoteMeta(i18n.Get("da").T("practices.unknown", "nope"))},
		{name: "--lang da-DK", args: []string{"practices", "show", "nope", "--lang=da-DK"}, code: ExitFailure, stderr: regexp.QuoteMeta(i18n.Get("da").T("practices.unknown", "nope"))},
		{name: "EIS_LANG=da_DK.UTF-8", env: map[string]string{"EIS_LANG": "da_DK.UTF-8"}, args: []string{"practices", "show", "nope"}, code: ExitFailure, stderr: regexp.QuoteMeta(i18n.Get("da").T("practices.unknown", "nope"))},
		{name: "config lang: Da_dk", userCfg: "lang: Da_dk\n", args: []string{"practices", "show", "nope"}, code: ExitFailure, stderr: regexp.QuoteMeta(i18n.Get("da").T("practices.unknown", "nope"))},
		{name: "--lang EN-GB beats LANG", env: map[string]string{"LANG": "da_DK.UTF-8"}, args: []string{"--lang", "EN-GB", "practices", "show", "nope"}, code: ExitFailure, stderr: regexp.QuoteMeta(i18n.Get("en").T("practices.unknown", "nope"))},
		{name: "--lang fr-FR is refused as typed", args: []string{"--lang", "fr-FR", "version"}, code: ExitUsage, stderr: `language "fr-FR" is not supported`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xdg := configEnv(t)
			if tt.userCfg != "" {
				writeUserConfig(t, xdg, tt.userCfg)
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			ios, _, out, errOut := iostreams.Test()
			if code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv, Embedded: practices.FS(), Now: time.Now}, tt.args); code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			for _, c := range []struct {
				re   string
				text *bytes.Buffer
				neg  bool
			}{{tt.stdout, out, false}, {tt.stderr, errOut, false}, {tt.noStdout, out, true}} {
				if c.re != "" && regexp.MustCompile(c.re).MatchString(c.text.String()) == c.neg {
					t.Errorf("match %s = %v in:\n%s", c.re, c.neg, c.text)
				}
			}
		})
	}
}

// FuzzScanGlobalFlags checks the pre-scan against pflag itself: whenever
// pflag parses a command line of --lang, --config, a bool flag and
// arguments, the scan finds the same --lang and --config values.
func FuzzScanGlobalFlags(f *testing.F) {
	for _, s := range []string{
		"--lang da --help",
		"plan --lang=da",
		"--lang da --lang en",
		"-- --lang da",
		"--config --lang da",
		"--lang",
		"--lang= x",
		"--strict --config=a=b --lang -- y",
		"---lang da",
		"- --lang da",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, " ")
		lang, langSet, cfg := scanGlobalFlags(args)
		fs := pflag.NewFlagSet("eis", pflag.ContinueOnError)
		fs.SetOutput(io.Discard)
		wantLang := fs.String("lang", "", "")
		wantCfg := fs.String("config", "", "")
		fs.Bool("strict", false, "")
		if err := fs.Parse(args); err != nil {
			return // cobra stops with a usage error; the scan only picks a language
		}
		if langSet != fs.Changed("lang") || lang != *wantLang || cfg != *wantCfg {
			t.Errorf("scan(%q) = lang %q (set %v), config %q; pflag: lang %q (set %v), config %q",
				args, lang, langSet, cfg, *wantLang, fs.Changed("lang"), *wantCfg)
		}
		_ = i18n.Decide(i18n.Sources{Flag: lang}) // never panics, whatever the value
	})
}

// TestHeldHelpTexts: Run builds the tree with its help texts held and says
// them only when help is shown. For every command and language, the help
// Run prints (-h, and the help command) is the help of the tree built with
// every text said at once; a run that shows no help holds its texts, and a
// text asked for once the tree is built is never a marker.
func TestHeldHelpTexts(t *testing.T) {
	configEnv(t)
	for _, lang := range i18n.Languages {
		eager := commandsByPath(helpTree(t, lang))
		for path, c := range eager {
			args := append(strings.Fields(path)[1:], "--lang", lang)
			var want bytes.Buffer
			c.SetOut(&want)
			c.SetErr(&want)
			if err := c.Help(); err != nil {
				t.Fatal(err)
			}
			for _, run := range [][]string{append(args, "--help"), append([]string{"help"}, args...)} {
				if path == "eis help" && run[0] == "help" {
					continue // 'eis help help' is the help command's own help, as above
				}
				ios, _, out, errOut := iostreams.Test()
				if code := Run(&Factory{IOStreams: ios, Getenv: os.Getenv}, run); code != ExitOK {
					t.Fatalf("eis %s: exit %d: %s", strings.Join(run, " "), code, errOut)
				}
				if out.String() != want.String() {
					t.Errorf("eis %s: the help differs from the tree built with its texts:\n--- got\n%s\n--- want\n%s", strings.Join(run, " "), out, want.String())
				}
				if strings.Contains(out.String(), markerStart) {
					t.Errorf("eis %s: a held text was not said:\n%s", strings.Join(run, " "), out)
				}
			}
		}
	}

	f := &Factory{Locale: i18n.Get("da")}
	root := newRootCmd(f, true)
	if !strings.HasPrefix(root.Short, markerStart) {
		t.Errorf("a run that shows no help said its texts: %q", root.Short)
	}
	hl := &helpTexts{loc: i18n.Get("da"), holding: true}
	marker := hl.T("help.plan.flag.format", "text, json")
	hl.holding = false
	want := i18n.Get("da").T("help.plan.flag.format", "text, json")
	if got := hl.T("help.plan.flag.format", "text, json"); got != want {
		t.Errorf("a text asked for after the build is %q, want %q", got, want)
	}
	if got := hl.say("(" + marker + ")"); got != "("+want+")" {
		t.Errorf("say(marker) = %q, want %q", got, "("+want+")")
	}
}
