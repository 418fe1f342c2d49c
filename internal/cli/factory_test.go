package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

const factoryPractice = `version: 1
practices:
  - id: ID
    region: REGION
    type: method
    group: mentor
    title: {en: My coach, da: Min coach, it: Il mio coach, pl: Mój coach, pt: O meu coach, hr: Moj coach}
    summary: {en: A coach., da: En coach., it: Un coach., pl: Coach., pt: Um coach., hr: Coach.}
    dimensions: [strategy]
    stages: [exploring]
    effort: low
    cost: free
    impact: low
    steps:
      - {en: Call., da: Ring., it: Chiamate., pl: Zadzwońcie., pt: Telefone., hr: Nazovite.}
    sources:
      - title: Me
    last_verified: LAST
    confidence: unverified
    when:
      answer: {question: strategy.decision, in: [decided]}
`

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func practice(id, region, last string) string {
	return strings.NewReplacer("ID", id, "REGION", region, "LAST", last).Replace(factoryPractice)
}

// futurePractices is an extension folder of n practices, each in a file of
// its own and last verified in 2999.
func futurePractices(n int) map[string]string {
	files := map[string]string{}
	for i := range n {
		files[fmt.Sprintf("p%02d.yaml", i)] = practice(fmt.Sprintf("my-coach-%d", i), "dk-central", "2999-01-01")
	}
	return files
}

// futureLines are the warnings about the first n of futurePractices, with
// the message's text after the date, with the severity word given
// ("warning", "upozorenje").
func futureLines(n int, severity, text string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "{dir}/p%02d.yaml:18:5: %s: last_verified 2999-01-01 %s [stale]\n", i, severity, text)
	}
	return b.String()
}

// TestFactoryCatalogue: --catalogue DIR follows the folder (a catalogue:
// section makes it whole, none makes it an extension), says on stderr that
// an extension is in use, and points a broken one at eis validate.
func TestFactoryCatalogue(t *testing.T) {
	t.Parallel()
	whole := brokenCatalogue(t, false)
	tests := []struct {
		name    string
		files   map[string]string // the folder "mine"; nil: use dir as is
		whole   bool              // files go over a copy of a whole catalogue
		dir     string
		mode    string
		lang    string
		stderr  string
		err     string
		usage   bool
		wantIDs []string // practices that must be in the catalogue
	}{
		{name: "built-in", wantIDs: []string{"dk-screening-growth-potential"}},
		{name: "an extension that adds", files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2026-06-01")},
			stderr: "notice: using 1 entry from {dir}\n", wantIDs: []string{"my-coach", "dk-screening-growth-potential"}},
		{name: "in Danish", lang: "da", files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2026-06-01")},
			stderr: "bemærk: bruger 1 post fra {dir}\n"},
		{name: "an extension that replaces", files: map[string]string{"regions/x.yaml": practice("dk-screening-growth-potential", "dk-central", "2026-06-01")},
			stderr: "notice: {dir}/regions/x.yaml: practice \"dk-screening-growth-potential\" replaces the built-in one\n"},
		{name: "a future last_verified does not stop a command, which says so", files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2999-01-01")},
			stderr: "notice: using 1 entry from {dir}\n" +
				"{dir}/p.yaml:18:5: warning: last_verified 2999-01-01 is in the future (today is " + testutil.TodayDate() + "); use the date it was checked [stale]\n",
			wantIDs: []string{"my-coach"}},
		{name: "a whole catalogue with no practices is used, with a warning", whole: true, files: map[string]string{"practices.yaml": "version: 1\npractices: []\n"},
			stderr: "{dir}/catalogue.yaml:3:3: warning: the catalogue has no practices, so every plan would be empty; add practices: [catalogue]\n"},
		{name: "no practices, in Danish", lang: "da", whole: true, files: map[string]string{"practices.yaml": "version: 1\npractices: []\n"},
			stderr: "{dir}/catalogue.yaml:3:3: advarsel: kataloget har ingen praksisser, så hver plan ville være tom; tilføj practices: [catalogue]\n"},
		{name: "ten such warnings are shown, the rest counted", files: futurePractices(12),
			stderr: "notice: using 12 entries from {dir}\n" + futureLines(10, "warning", "is in the future (today is "+testutil.TodayDate()+"); use the date it was checked") +
				"warning: the catalogue has 2 more such warnings; run 'eis validate {dir}' to see them\n"},
		{name: "the rest counted, in Croatian", lang: "hr", files: futurePractices(13),
			stderr: "napomena: koristi se 13 unosa iz {dir}\n" + futureLines(10, "upozorenje", "je u budućnosti (danas je "+testutil.TodayDate()+"); koristite datum provjere") +
				"upozorenje: katalog ima još 3 takva upozorenja; pokrenite 'eis validate {dir}' da biste ih vidjeli\n"},
		{name: "other warnings are left to eis validate", files: map[string]string{"p.yaml": strings.Replace(practice("my-coach", "dk-central", "2026-06-01"), "    group: mentor\n", "", 1)},
			stderr: "notice: using 1 entry from {dir}\n"},
		{name: "a broken extension", files: map[string]string{"p.yaml": practice("my-coach", "dk-centre", "2026-06-01")},
			err: "the catalogue has 1 error; run 'eis validate {dir}' to see it"},
		{name: "a broken extension, in Danish", lang: "da", files: map[string]string{"p.yaml": practice("my-coach", "dk-centre", "2026-06-01") + "  - {id: x}\n"},
			err: "kataloget har 15 fejl; kør 'eis validate {dir}' for at se dem"},
		{name: "replace with an extension", mode: "replace", files: map[string]string{"p.yaml": practice("my-coach", "dk-central", "2026-06-01")},
			err: "{dir} has no catalogue: section", usage: true},
		{name: "a whole catalogue stands alone", dir: whole, wantIDs: []string{"home-coaching"}},
		{name: "a whole catalogue with replace", dir: whole, mode: "replace", wantIDs: []string{"home-coaching"}},
		{name: "an empty folder", files: map[string]string{}, err: "no catalogue files (*.yaml) in {dir}"},
		{name: "a file", dir: filepath.Join(whole, "regions.yaml"), err: "regions.yaml is a file; give the folder that holds it: " + whole, usage: true},
		{name: "no folder", dir: filepath.Join(whole, "nope"), err: "cannot be read: it must be an existing folder", usage: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := tt.dir
			if tt.files != nil {
				dir = filepath.Join(t.TempDir(), "mine")
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if tt.whole {
					dir = brokenCatalogue(t, false)
				}
				writeFiles(t, dir, tt.files)
			}
			mode := tt.mode
			if mode == "" {
				mode = "extend"
			}
			lang := tt.lang
			if lang == "" {
				lang = "en"
			}
			ios, _, _, errOut := iostreams.Test()
			f := &Factory{IOStreams: ios, Embedded: practices.FS(), Now: func() time.Time { return testutil.Today },
				Global: GlobalOptions{CatalogueDir: dir, CatalogueMode: mode}, Locale: i18n.Get(lang)}
			c, err := f.Catalogue()
			sub := func(s string) string { return strings.ReplaceAll(s, "{dir}", filepath.ToSlash(dir)) }
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), sub(tt.err)) {
					t.Fatalf("err = %v, want one containing %q", err, sub(tt.err))
				}
				if _, isUsage := err.(*UsageError); isUsage != tt.usage {
					t.Errorf("usage error: %v, want %v", isUsage, tt.usage)
				}
				if c != nil {
					t.Error("a catalogue came with the error")
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if got := errOut.String(); got != sub(tt.stderr) {
				t.Errorf("stderr %q, want %q", got, sub(tt.stderr))
			}
			for _, id := range tt.wantIDs {
				if c.Practice(id) == nil {
					t.Errorf("practice %s is missing", id)
				}
			}
		})
	}
}

// TestFactoryGetenv: commands read the environment through the Factory's
// Getenv, so a test can give a map instead of changing the process's.
func TestFactoryGetenv(t *testing.T) {
	t.Parallel()
	env := map[string]string{"LANG": "da_DK.UTF-8", "GITHUB_ACTIONS": "true", "ACCESSIBLE": "1"}
	ios, _, _, _ := iostreams.Test()
	f := &Factory{IOStreams: ios, Embedded: practices.FS(), Now: time.Now, Getenv: func(k string) string { return env[k] }}
	if got := f.decideLocale("").Code(); got != "da" {
		t.Errorf("language with LANG=da_DK.UTF-8 in Getenv = %q, want da", got)
	}
	var vo *ValidateOptions
	cmd := NewCmdValidate(f, func(o *ValidateOptions) error { vo = o; return nil })
	cmd.SetArgs([]string{})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if vo == nil || vo.Format != formatGitHub {
		t.Errorf("validate with GITHUB_ACTIONS=true in Getenv: options %+v, want format github", vo)
	}
	var ao *AssessOptions
	acmd := NewCmdAssess(f, func(o *AssessOptions) error { ao = o; return nil })
	acmd.SetArgs([]string{})
	if err := acmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if ao == nil || !ao.Accessible {
		t.Errorf("assess with ACCESSIBLE=1 in Getenv: options %+v, want Accessible", ao)
	}
}

// TestZeroFactoryIsHermetic: a Factory without Getenv reads an empty
// environment, whatever the process's (LANG, EIS_LANG, HOME): tests that
// build one pass under any locale.
func TestZeroFactoryIsHermetic(t *testing.T) {
	t.Setenv("LANG", "da_DK.UTF-8")
	t.Setenv("EIS_LANG", "da")
	t.Setenv("SOURCE_DATE_EPOCH", "0")
	f := &Factory{}
	for _, k := range []string{"LANG", "EIS_LANG", "HOME", "SOURCE_DATE_EPOCH"} {
		if v := f.getenv(k); v != "" {
			t.Errorf("getenv(%s) = %q, want nothing", k, v)
		}
	}
	if got := f.decideLocale(""); got != i18n.English {
		t.Errorf("language %s, want English", got)
	}
	if got := Run(&Factory{IOStreams: mustTestIO()}, []string{"version", "--bogus"}); got != ExitUsage {
		t.Errorf("exit %d", got)
	}
}

func mustTestIO() *iostreams.IOStreams {
	ios, _, _, _ := iostreams.Test()
	return ios
}
