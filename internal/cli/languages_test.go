package cli

import (
	"io/fs"
	"path/filepath"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/practices"
)

// yamlOnly is the embedded catalogue without its Go values: eis reads
// its YAML, every text in every language.
type yamlOnly struct{ fs.FS }

// TestCompiledLanguagesSameOutput: a run with the embedded catalogue's Go
// values gives every output that shows catalogue texts as the catalogue
// read from its YAML does — JSON, which shows texts in every language,
// included — in English, in Danish, and in Danish decided by the answers
// file.
func TestCompiledLanguagesSameOutput(t *testing.T) {
	configEnv(t)
	now := time.Date(2026, 12, 2, 12, 0, 0, 0, time.UTC)
	cat, _, err := catalogue.Load(practices.FS())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{}
	for _, lang := range []string{"en", "da"} {
		files[lang] = filepath.Join(dir, lang+".yaml")
		if err := answers.Save(files[lang], firm.Answers(cat, lang, now)); err != nil {
			t.Fatal(err)
		}
	}
	practice := cat.Practices[0].ID
	var cases [][]string
	for _, format := range []string{"text", "markdown", "json", "html"} {
		cases = append(cases,
			[]string{"plan", "--answers", files["en"], "--format", format},
			[]string{"plan", "--answers", files["da"], "--format", format},
			[]string{"plan", "--answers", files["en"], "--format", format, "--lang", "da", "--all"},
		)
		// Every other language eis speaks.
		for _, l := range i18n.Languages[1:] {
			if l != "da" {
				cases = append(cases, []string{"plan", "--answers", files["en"], "--format", format, "--lang", l})
			}
		}
	}
	later := filepath.Join(dir, "later.yaml")
	if err := answers.Save(later, firm.Answers(cat, "en", now.AddDate(0, 6, 0))); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"text", "json"} {
		cases = append(cases,
			[]string{"practices", "show", practice, "--format", format, "--lang", "da"},
			[]string{"practices", "list", "--format", format},
			[]string{"questions", "--format", format, "--lang", "da"},
			[]string{"region", "dk-central", "--format", format},
			[]string{"region", "dk-central", "--format", format, "--lang", "da"},
			[]string{"compare", files["en"], later, "--format", format},
			[]string{"aggregate", dir, "--format", format, "--lang", "da"},
		)
	}
	run := func(embedded fs.FS, args []string) (int, string, string) {
		ios, _, out, errOut := iostreams.Test()
		f := &Factory{IOStreams: ios, Embedded: embedded, Now: func() time.Time { return now }, Wall: func() time.Time { return now }}
		code := Run(f, args)
		return code, out.String(), errOut.String()
	}
	for _, args := range cases {
		code, out, errOut := run(practices.FS(), args)
		wantCode, want, wantErr := run(yamlOnly{practices.FS()}, args)
		if code != wantCode || out != want || errOut != wantErr {
			t.Errorf("eis %v: exit %d, %d bytes of output (stderr %q); read whole: exit %d, %d bytes (stderr %q)", args, code, len(out), errOut, wantCode, len(want), wantErr)
		}
		if code != ExitOK {
			t.Errorf("eis %v: exit %d: %s", args, code, errOut)
		}
	}
}
