package countrygen

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/testutil"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// output is the generated file, relative to this package.
var output = filepath.Join("..", "..", "..", "practices", "countries.yaml")

// facts is facts.yaml.
type facts struct {
	LastVerified        string                       `yaml:"last_verified"`
	EU                  []string                     `yaml:"eu"`
	EEAExtra            []string                     `yaml:"eea_extra"`
	CustomsUnionExtra   []string                     `yaml:"customs_union_extra"`
	CustomsUnionPartial []string                     `yaml:"customs_union_partial"`
	OECD                []string                     `yaml:"oecd"`
	MarketableExtra     []string                     `yaml:"marketable_extra"`
	Europe              []string                     `yaml:"europe"`
	Languages           map[string][]string          `yaml:"languages"`
	Neighbours          map[string][]string          `yaml:"neighbours"`
	Names               map[string]map[string]string `yaml:"names"`
	InText              map[string]map[string]string `yaml:"in_text"`
	Currencies          map[string]string            `yaml:"currencies"`
	Pegs                map[string]peg               `yaml:"pegs"`
}

// peg is a currency's peg to another (catalogue.Peg).
type peg struct {
	Currency string  `yaml:"currency"`
	Band     float64 `yaml:"band"`
}

// country is one generated entry.
type country struct {
	code       string
	names      map[string]string
	languages  []string
	currency   string
	groups     []string
	neighbours []string
	peg        *peg
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// catalogueLanguages are the languages of practices/catalogue.yaml.
func catalogueLanguages(t *testing.T) []string {
	var f struct {
		Version   int `yaml:"version"`
		Catalogue struct {
			Languages []string `yaml:"languages"`
		} `yaml:"catalogue"`
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "practices", "catalogue.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Catalogue.Languages) == 0 {
		t.Fatal("practices/catalogue.yaml names no languages")
	}
	return f.Catalogue.Languages
}

// generate builds countries.yaml from CLDR and fx for the languages langs.
func generate(t *testing.T, fx facts, langs []string) []byte {
	t.Helper()
	var codes []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code {
				continue
			}
			// Deprecated codes (UK, YU, …) have no currency; uninhabited
			// territories (AQ, BV, GS, HM) no language.
			if _, ok := currency.FromRegion(r); !ok {
				continue
			}
			if base, _ := language.Make("und-" + code).Base(); base.String() == "und" {
				continue
			}
			codes = append(codes, code)
		}
	}
	codes = append(codes, "XI")
	slices.Sort(codes)

	in := func(list []string, code string) bool { return slices.Contains(list, code) }
	eea := append(append([]string{}, fx.EU...), fx.EEAExtra...)
	cu := append(append([]string{}, fx.EU...), fx.CustomsUnionExtra...)
	marketable := append(append([]string{}, fx.EU...), fx.MarketableExtra...)
	neighbours := map[string][]string{}
	for a, ns := range fx.Neighbours {
		for _, b := range ns {
			if !in(neighbours[a], b) {
				neighbours[a] = append(neighbours[a], b)
			}
			if !in(neighbours[b], a) {
				neighbours[b] = append(neighbours[b], a)
			}
		}
	}
	usedLangs := map[string]bool{}
	var out []country
	for _, code := range codes {
		c := country{code: code, names: map[string]string{}}
		for _, l := range langs {
			if n, ok := fx.Names[code][l]; ok {
				c.names[l] = n
				continue
			}
			if _, over := fx.Names[code]; over {
				t.Fatalf("facts.yaml: the name of %s has no %s; give every catalogue language", code, l)
			}
			r := language.MustParseRegion(code)
			n := display.Regions(cldrLocale(l)).Name(r)
			if n == "" {
				n = display.Regions(language.English).Name(r)
			}
			c.names[l] = n
		}
		if ls, ok := fx.Languages[code]; ok {
			c.languages = ls
		} else if code != "XI" {
			base, _ := language.Make("und-" + code).Base()
			c.languages = []string{base.String()}
		}
		if cur, ok := fx.Currencies[code]; ok {
			c.currency = cur
		} else if u, ok := currency.FromRegion(language.MustParseRegion(code)); ok {
			c.currency = u.String()
		}
		for _, g := range []struct {
			name string
			list []string
		}{{"eu", fx.EU}, {"eea", eea}, {"customs-union", cu}, {"customs-union-partial", fx.CustomsUnionPartial}, {"oecd", fx.OECD}, {"marketable", marketable}, {"europe", fx.Europe}} {
			if in(g.list, code) {
				c.groups = append(c.groups, g.name)
			}
		}
		c.neighbours = slices.Sorted(slices.Values(neighbours[code]))
		if p, ok := fx.Pegs[code]; ok {
			if p.Currency == "" || p.Currency == c.currency || p.Band < 0 || p.Band > 15 {
				t.Fatalf("facts.yaml: the peg of %s (%s) is to %q with a band of %v%%", code, c.currency, p.Currency, p.Band)
			}
			c.peg = &p
		}
		for _, l := range c.languages {
			usedLangs[l] = true
		}
		out = append(out, c)
	}
	for code := range fx.Pegs {
		if !in(codes, code) {
			t.Fatalf("facts.yaml pegs the currency of %s, which is not a country", code)
		}
	}
	for code := range fx.Names {
		if !in(codes, code) {
			t.Fatalf("facts.yaml names %s, which is not a country", code)
		}
	}
	for code, ns := range fx.InText {
		if !in(codes, code) {
			t.Fatalf("facts.yaml gives a running-text name to %s, which is not a country", code)
		}
		for l := range ns {
			if !in(langs, l) {
				t.Fatalf("facts.yaml: the running-text name of %s is in %s, not a catalogue language", code, l)
			}
		}
	}
	for _, list := range [][]string{fx.EU, fx.EEAExtra, fx.CustomsUnionExtra, fx.CustomsUnionPartial, fx.OECD, fx.Europe} {
		for _, code := range list {
			if !in(codes, code) {
				t.Fatalf("facts.yaml lists %s, which is not a country", code)
			}
		}
	}
	for code, ns := range neighbours {
		for _, n := range append([]string{code}, ns...) {
			if !in(codes, n) {
				t.Fatalf("facts.yaml: neighbour %s is not a country", n)
			}
		}
	}

	var b bytes.Buffer
	b.WriteString("# yaml-language-server: $schema=schema/catalogue.schema.json\n")
	b.WriteString("# GENERATED by `go test ./internal/catalogue/countrygen -update` from\n")
	b.WriteString("# internal/catalogue/countrygen/facts.yaml (hand-written, sourced) and CLDR\n")
	b.WriteString("# (golang.org/x/text: names, likely language, currency). Do not edit: change\n")
	b.WriteString("# facts.yaml or the catalogue's languages and run the generator again.\n")
	b.WriteString("version: 1\ncountries:\n")
	for _, c := range out {
		fmt.Fprintf(&b, "  - {code: %s, name: %s", code(c.code), text(c.names, langs))
		if ns := fx.InText[c.code]; len(ns) > 0 {
			var present []string
			for _, l := range langs {
				if _, ok := ns[l]; ok {
					present = append(present, l)
				}
			}
			fmt.Fprintf(&b, ", in_text: %s", text(ns, present))
		}
		if len(c.languages) > 0 {
			fmt.Fprintf(&b, ", languages: %s", list(c.languages))
		}
		if c.currency != "" {
			fmt.Fprintf(&b, ", currency: %s", c.currency)
		}
		if len(c.groups) > 0 {
			fmt.Fprintf(&b, ", groups: %s", list(c.groups))
		}
		if len(c.neighbours) > 0 {
			fmt.Fprintf(&b, ", neighbours: %s", list(c.neighbours))
		}
		if c.peg != nil {
			fmt.Fprintf(&b, ", peg: {currency: %s", c.peg.Currency)
			if c.peg.Band > 0 {
				fmt.Fprintf(&b, ", band: %s", strconv.FormatFloat(c.peg.Band, 'f', -1, 64))
			}
			b.WriteString("}")
		}
		b.WriteString("}\n")
	}
	b.WriteString("languages:\n")
	for _, l := range slices.Sorted(func(yield func(string) bool) {
		for l := range usedLangs {
			if !yield(l) {
				return
			}
		}
	}) {
		names := map[string]string{}
		for _, ui := range langs {
			n := display.Languages(cldrLocale(ui)).Name(language.Make(l))
			if n == "" {
				n = display.Languages(language.English).Name(language.Make(l))
			}
			if n == "" {
				t.Fatalf("CLDR has no name for language %s", l)
			}
			names[ui] = n
		}
		fmt.Fprintf(&b, "  - {code: %s, name: %s}\n", code(l), text(names, langs))
	}
	return b.Bytes()
}

// yaml11 are the plain words YAML 1.1 tools read as booleans.
var yaml11 = map[string]bool{"NO": true, "no": true, "ON": true, "on": true, "Y": true, "y": true, "N": true, "n": true}

// code writes a code, quoted where YAML 1.1 tools would read a boolean.
func code(s string) string {
	if yaml11[s] {
		return strconv.Quote(s)
	}
	return s
}

func list(xs []string) string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = code(x)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

// text writes a catalogue text in flow style, every name quoted.
func text(names map[string]string, langs []string) string {
	parts := make([]string, len(langs))
	for i, l := range langs {
		parts[i] = l + ": " + strconv.Quote(names[l])
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// TestCountriesUpToDate regenerates practices/countries.yaml and fails when
// the committed file differs; -update rewrites it.
func TestCountriesUpToDate(t *testing.T) {
	var fx facts
	readYAML(t, "facts.yaml", &fx)
	got := generate(t, fx, catalogueLanguages(t))
	testutil.Golden(t, output, got)
}

// TestFactsConsistent keeps the hand-written lists consistent: the EU is
// inside the EEA and the customs union, and no country is both in the
// customs union and partly in it.
func TestFactsConsistent(t *testing.T) {
	var fx facts
	readYAML(t, "facts.yaml", &fx)
	if len(fx.EU) != 27 {
		t.Errorf("facts.yaml lists %d EU members, want 27", len(fx.EU))
	}
	if len(fx.OECD) != 39 { // 38 members, and XI with GB
		t.Errorf("facts.yaml lists %d OECD codes, want 39 (38 members and XI)", len(fx.OECD))
	}
	for _, c := range fx.CustomsUnionPartial {
		if slices.Contains(fx.EU, c) || slices.Contains(fx.CustomsUnionExtra, c) {
			t.Errorf("%s is in the customs union and partly in it", c)
		}
	}
}

// cldrLocale is the CLDR locale whose names a catalogue language takes:
// the language itself, but Portuguese as Portugal writes it — eis's
// Portuguese readers are Alentejo's firms, and CLDR's "pt" is Brazil's
// (Polônia, Vietnã, Irã for Polónia, Vietname, Irão; session 17, seen
// in the questionnaire's country list).
func cldrLocale(l string) language.Tag {
	if l == "pt" {
		return language.MustParse("pt-PT")
	}
	return language.Make(l)
}

// TestNamesAsTheirReadersWriteThem: the Portuguese names are Portugal's
// (CLDR's "pt" is Brazil's: Polônia, Vietnã, Holanda), and North Macedonia
// and Eswatini have their names of today in every language, not the names
// golang.org/x/text's CLDR still has.
func TestNamesAsTheirReadersWriteThem(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(output)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Countries []struct {
			Code string            `yaml:"code"`
			Name map[string]string `yaml:"name"`
		} `yaml:"countries"`
		Languages []struct {
			Code string            `yaml:"code"`
			Name map[string]string `yaml:"name"`
		} `yaml:"languages"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	names := map[string]map[string]string{}
	for _, c := range file.Countries {
		names[c.Code] = c.Name
	}
	for _, l := range file.Languages {
		names["lang:"+l.Code] = l.Name
	}
	for _, tc := range []struct{ code, lang, want string }{
		{"PL", "pt", "Polónia"},
		{"VN", "pt", "Vietname"},
		{"IR", "pt", "Irão"},
		{"NL", "pt", "Países Baixos"},
		{"CZ", "pt", "Chéquia"},
		{"EE", "pt", "Estónia"},
		{"lang:pl", "pt", "polaco"},
		{"lang:cs", "pt", "checo"},
		{"MK", "en", "North Macedonia"},
		{"MK", "pt", "Macedónia do Norte"},
		{"MK", "hr", "Sjeverna Makedonija"},
		{"SZ", "en", "Eswatini"},
		{"DE", "pt", "Alemanha"}, // the same in Brazil and Portugal
	} {
		if got := names[tc.code][tc.lang]; got != tc.want {
			t.Errorf("%s in %s: %q, want %q", tc.code, tc.lang, got, tc.want)
		}
	}
}
