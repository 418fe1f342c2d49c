package answers

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// countriesCat is a catalogue with the country kinds of version 2.
func countriesCat(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	cat, diags, err := catalogue.Load(os.DirFS("testdata/catalogue2"))
	if err != nil || cat == nil {
		tb.Fatalf("test catalogue: %v %v", err, diags)
	}
	return cat
}

// readString loads an answers file from text.
func readString(t *testing.T, cat *catalogue.Catalogue, text string) (*File, []string) {
	t.Helper()
	f, ds, err := Read(strings.NewReader(text), "a.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, d := range ds {
		lines = append(lines, string(d.Severity)+" "+d.Rule+" "+d.Message.ID+": "+i18n.English.Diagnostic(d))
	}
	return f, lines
}

// TestCountryAnswers: answers that are countries are checked against the
// catalogue's countries, with what the writer probably meant.
func TestCountryAnswers(t *testing.T) {
	t.Parallel()
	cat := countriesCat(t)
	head := "version: 2\ncatalogue: {id: test2, version: t2}\nanswers:\n"
	tests := []struct {
		name, answers string
		want          []string // message IDs, in order
		targets       []string // target-markets after loading (nil: not checked)
	}{
		{"codes", "  region: r-home\n  exports: few-markets\n  current-markets: [DE, SE]\n  target-markets: [US, GB]\n", nil, []string{"US", "GB"}},
		{"undecided", "  region: r-home\n  target-markets: [undecided]\n", nil, []string{"undecided"}},
		{"undecided with a country", "  region: r-home\n  target-markets: [undecided, DE]\n", []string{"answers.option.exclusive"}, nil},
		{"small letters", "  region: r-home\n  target-markets: [de]\n", []string{"answers.country.case"}, nil},
		{"a name", "  region: r-home\n  target-markets: [Germany]\n", []string{"answers.country.name"}, nil},
		{"a misspelt name", "  region: r-home\n  target-markets: [Germny]\n", []string{"answers.country.mean"}, nil},
		{"UK is GB", "  region: r-home\n  target-markets: [UK]\n", []string{"answers.country.mean"}, nil},
		{"unknown", "  region: r-home\n  target-markets: [QQ]\n", []string{"answers.country.unknown"}, nil},
		{"own country", "  region: r-home\n  target-markets: [DK, DE]\n", []string{"answers.country.home"}, nil},
		{"own country by home-country", "  region: other-eu\n  home-country: DE\n  target-markets: [DE]\n", []string{"answers.country.home"}, nil},
		// The buyer waits abroad: the home country is no answer to any
		// country question but home-country's (session 14; the
		// questionnaire refused it only for the markets).
		{"own country as the buyer's", "  region: r-home\n  buyer-market: DK\n", []string{"answers.country.home"}, nil},
		{"own country by home-country as the buyer's", "  region: non-eu\n  home-country: US\n  buyer-market: US\n", []string{"answers.country.home"}, nil},
		{"a buyer abroad", "  region: r-home\n  buyer-market: SE\n", nil, nil},
		{"too many", "  region: r-home\n  target-markets: [DE, SE, US]\n", []string{"answers.country.tooMany"}, []string{"DE", "SE"}},
		{"EU region, country outside", "  region: other-eu\n  home-country: US\n", []string{"answers.country.region.eu"}, nil},
		{"non-EU region, country inside", "  region: non-eu\n  home-country: SE\n", []string{"answers.country.region.noneu"}, nil},
		{"a list for one country", "  region: other-eu\n  home-country: [SE]\n", []string{"answers.answer.listForSingle"}, nil},
		{"one country for a list", "  region: r-home\n  target-markets: DE\n", []string{"answers.answer.stringForMulti"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, lines := readString(t, cat, head+tt.answers)
			var ids []string
			for _, l := range lines {
				id := strings.Fields(l)[2]
				ids = append(ids, strings.TrimSuffix(id, ":"))
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("diagnostics %q, want %q", lines, tt.want)
			}
			if tt.targets != nil {
				if f == nil {
					t.Fatal("no file")
				}
				if got := f.Answers["target-markets"].Options; !slices.Equal(got, tt.targets) {
					t.Errorf("target-markets = %v, want %v", got, tt.targets)
				}
			}
		})
	}
}

// TestMigrateV1: a version 1 file loads; its markets answer is mapped only
// where the mapping is exact, networks.grants is dropped with a warning,
// and what the old answer said is kept for the plan and the saved file.
func TestMigrateV1(t *testing.T) {
	t.Parallel()
	cat := countriesCat(t)
	head := "version: 1\ncatalogue: {id: test2, version: t2}\ncomplete: true\nanswers:\n  region: r-home\n"
	tests := []struct {
		name, answers string
		targets       []string
		old           []string
		warnings      []string
	}{
		{"undecided", "  markets: [undecided]\n", []string{"undecided"}, []string{"undecided"}, nil},
		{"china", "  markets: [china, uk]\n", []string{"CN"}, []string{"china", "uk"}, nil},
		{"groups are not guessed", "  markets: [uk, eu-single-market]\n", nil, []string{"uk", "eu-single-market"}, nil},
		{"grants dropped", "  networks.grants: used\n", nil, nil, []string{"answers.question.removed"}},
		{"target given already", "  markets: [china]\n  target-markets: [US]\n", []string{"US"}, []string{"china"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, lines := readString(t, cat, head+tt.answers)
			if f == nil {
				t.Fatalf("a version 1 file does not load: %v", lines)
			}
			var warns []string
			for _, l := range lines {
				warns = append(warns, strings.TrimSuffix(strings.Fields(l)[2], ":"))
			}
			if !slices.Equal(warns, tt.warnings) {
				t.Errorf("diagnostics %q, want %q", lines, tt.warnings)
			}
			m := f.Migrated()
			if m == nil || m.From != 1 {
				t.Fatalf("Migrated() = %+v, want a migration from 1", m)
			}
			if !slices.Equal(m.OldMarkets, tt.old) {
				t.Errorf("OldMarkets = %v, want %v", m.OldMarkets, tt.old)
			}
			if got := f.Answers["target-markets"].Options; !slices.Equal(got, tt.targets) {
				t.Errorf("target-markets = %v, want %v", got, tt.targets)
			}
			if _, ok := f.Answers["markets"]; ok {
				t.Error("the old markets answer is still among the answers")
			}
			if len(tt.old) > 0 {
				note := i18n.English.Format(m.MigrationNote())
				if !strings.Contains(note, "markets question") {
					t.Errorf("migration note %q", note)
				}
			}
		})
	}
	// A version 2 file is not migrated, and cannot use the old questions.
	f, lines := readString(t, cat, "version: 2\ncatalogue: {id: test2, version: t2}\nanswers:\n  markets: [uk]\n")
	if f != nil || len(lines) != 1 || !strings.Contains(lines[0], "answers.question.unknown") {
		t.Errorf("version 2 with markets: file %v, diagnostics %v", f != nil, lines)
	}
}

// TestMigratedAnswerPos: the target-markets answer a version 1 file's
// markets answer is mapped to stands where that answer stood, so what is
// said about it points there: here the own country among the markets,
// which pointed at line 1, column 1 (the answer had no position).
func TestMigratedAnswerPos(t *testing.T) {
	t.Parallel()
	cat := countriesCat(t)
	text := "version: 1\ncatalogue: {id: test2, version: t2}\nanswers:\n  region: non-eu\n  home-country: CN\n  markets: [china]\n"
	f, ds, err := Read(strings.NewReader(text), "a.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	if f != nil || len(ds) != 1 || ds[0].Message.ID != "answers.country.home" {
		t.Fatalf("file %v, diagnostics %v; want only answers.country.home", f != nil, ds)
	}
	if d := ds[0]; d.Line != 6 || d.Col != 3 {
		t.Errorf("the own country is reported at %d:%d, want 6:3 (the markets answer)", d.Line, d.Col)
	}
	f, _, err = Read(strings.NewReader("version: 1\ncatalogue: {id: test2, version: t2}\nanswers:\n  region: r-home\n  markets: [undecided]\n"), "a.yaml", cat)
	if err != nil || f == nil {
		t.Fatalf("file %v, error %v", f != nil, err)
	}
	if p := f.Pos("target-markets"); p.Line != 5 || p.Col != 3 {
		t.Errorf("Pos(target-markets) = %d:%d, want 5:3", p.Line, p.Col)
	}
}
