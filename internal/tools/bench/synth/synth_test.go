package synth_test

import (
	"cmp"
	"regexp"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/tools/bench/synth"
	"github.com/eis-project/eis/practices"
)

// TestGenerateIsAValidCatalogue: a synthetic catalogue with a last, partial
// copy of the practices loads with no errors (so no clone refers to a
// practice the catalogue lacks), has exactly the practices asked for, and
// spreads them over files of PerFile practices.
func TestGenerateIsAValidCatalogue(t *testing.T) {
	t.Parallel()
	src, _, err := catalogue.Load(practices.FS())
	if err != nil || src == nil {
		t.Fatalf("embedded catalogue: %v", err)
	}
	n := 2*len(src.Practices) + len(src.Practices)/2 + 1
	files, err := synth.Generate(practices.FS(), synth.Options{Practices: n, PerFile: 40})
	if err != nil {
		t.Fatal(err)
	}
	generated := 0
	for name := range files {
		if strings.HasPrefix(name, "practices/p") {
			generated++
		}
	}
	if least := (n + 39) / 40; generated < least {
		t.Errorf("%d practice files, want at least %d", generated, least)
	}
	c := loadGenerated(t, files)
	if len(c.Practices) != n {
		t.Errorf("%d practices, want %d", len(c.Practices), n)
	}
	if len(c.Questions) != len(src.Questions) || len(c.Regions) != len(src.Regions) {
		t.Errorf("questions %d, regions %d; want %d and %d as in the source",
			len(c.Questions), len(c.Regions), len(src.Questions), len(src.Regions))
	}
	for _, p := range c.Practices {
		for _, a := range p.After {
			if !strings.HasSuffix(a, p.ID[strings.LastIndex(p.ID, "-c"):]) {
				t.Errorf("%s comes after %s, a practice of another copy", p.ID, a)
			}
		}
	}
}

// TestGenerateQuotesDates: no date is left for a YAML 1.1 reader to turn
// into a timestamp.
func TestGenerateQuotesDates(t *testing.T) {
	t.Parallel()
	files, err := synth.Generate(practices.FS(), synth.Options{Practices: 100})
	if err != nil {
		t.Fatal(err)
	}
	plain := regexp.MustCompile(`(?m)(:|-) \d{4}-\d\d-\d\d\s*$`)
	for name, b := range files {
		if m := plain.Find(b); m != nil {
			t.Errorf("%s: unquoted date %q", name, m)
		}
	}
}

func TestGenerateRefusesNothing(t *testing.T) {
	t.Parallel()
	if _, err := synth.Generate(practices.FS(), synth.Options{}); err == nil {
		t.Error("Practices: 0 gave no error")
	}
}

// TestGenerateSmallerThanItsSource: a catalogue of fewer practices than its
// source loads with no errors too — what another file says of a practice
// (a market note's also_in) names its first copy, or leaves when the
// practice has none.
func TestGenerateSmallerThanItsSource(t *testing.T) {
	t.Parallel()
	files, err := synth.Generate(practices.FS(), synth.Options{Practices: 50})
	if err != nil {
		t.Fatal(err)
	}
	c := loadGenerated(t, files)
	for _, n := range c.MarketNotes {
		for _, id := range n.AlsoIn {
			if c.Practice(id) == nil {
				t.Errorf("note %s: also_in %s is not in the catalogue", n.ID, id)
			}
		}
	}
}

// loadGenerated loads a generated catalogue; each error it reports fails
// the test.
func loadGenerated(t *testing.T, files synth.Files) *catalogue.Catalogue {
	t.Helper()
	c, diags, err := catalogue.Load(files.FS())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		if d.Severity == diag.SevError {
			t.Errorf("%s", d)
		}
	}
	if c == nil {
		t.Fatal("the synthetic catalogue has errors")
	}
	return c
}

// TestGeneratedFilesLoad: no generated file is larger than the loader
// takes of one file (catalogue.MaxFileSize) nor holds more practices than
// asked — a hundred of the longest practices in a row made files of
// 2.1 MB, refused with "file-size", which failed BenchmarkOpen in CI —
// and a file ends early only when the next practice would pass MaxBytes.
func TestGeneratedFilesLoad(t *testing.T) {
	t.Parallel()
	src, _, err := catalogue.Load(practices.FS())
	if err != nil || src == nil {
		t.Fatalf("embedded catalogue: %v", err)
	}
	n := 3 * len(src.Practices)
	for _, o := range []synth.Options{
		{Practices: n},
		{Practices: n, PerFile: 40, MaxBytes: 200 << 10},
	} {
		files, err := synth.Generate(practices.FS(), o)
		if err != nil {
			t.Fatal(err)
		}
		per, maxBytes := cmp.Or(o.PerFile, synth.DefaultPerFile), cmp.Or(o.MaxBytes, synth.DefaultMaxBytes)
		total := 0
		for name, b := range files {
			if !strings.HasPrefix(name, "practices/p") {
				continue
			}
			held := strings.Count(string(b), "\n  - id: ")
			total += held
			if len(b) > catalogue.MaxFileSize {
				t.Errorf("%+v: %s is %d bytes, more than the loader takes (%d)", o, name, len(b), catalogue.MaxFileSize)
			}
			if held > per {
				t.Errorf("%+v: %s holds %d practices, want at most %d", o, name, held, per)
			}
			if held > 1 && len(b) > maxBytes {
				t.Errorf("%+v: %s is %d bytes with %d practices, want at most %d", o, name, len(b), held, maxBytes)
			}
		}
		if total != n {
			t.Errorf("%+v: %d practices in the files, want %d", o, total, n)
		}
	}
}
