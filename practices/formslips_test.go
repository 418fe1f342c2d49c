package practices_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/translate"
)

// TestTextsKeepTheirForm: slips a native editor marked in every language
// review, caught mechanically in every catalogue text and message: a word
// cut at its hyphen where a folded YAML line broke ("Europa- Kommissionens"
// for Europa-Kommissionens), the Croatian polite Vi/Vaš written in lower
// case ("vi ste"), Danish addressing the firm as du/din instead of I/jeres
// (internal/i18n checks the Danish messages the same way), Portuguese
// addressing it as você or o senhor instead of the third person the
// catalogue uses, the Italian calque "le vostre persone" for "your
// people" (i vostri collaboratori, il vostro personale), and a share
// written otherwise than the language's norm, which is how eis's own
// numbers say it (i18n's Percent): "50%" in English, Italian and Polish,
// "50 %" with a no-break space in Danish, Portuguese and Croatian — a
// plain space lets a line break part the number from its sign.
func TestTextsKeepTheirForm(t *testing.T) {
	t.Parallel()
	cat, err := translate.Load(".", filepath.Join("..", "internal", "catalogue", "countrygen", "facts.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range cat.Sites {
		for lang, text := range s.Texts {
			for _, p := range formSlips(lang, text) {
				t.Errorf("%s (%s): %s", s.Key, lang, p)
			}
		}
	}
	for _, lang := range i18n.Languages {
		msgs, err := i18n.Messages(lang)
		if err != nil {
			t.Fatal(err)
		}
		for k, text := range msgs {
			for _, p := range formSlips(lang, text) {
				t.Errorf("locales/%s.toml %s: %s", lang, k, p)
			}
		}
	}
}

// TestFormSlips: the check catches each slip and passes what is right —
// a suspended compound ("mikro- og små", "micro e piccole"), a capitalised
// Vi, a Danish name with DIN in it.
func TestFormSlips(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		lang, text string
		slip       bool
	}{
		{"da", "Kilderne er Europa- Kommissionens vejledning.", true},
		{"da", "fx et Interreg Europe- projekt, der", true},
		{"da", "en højere sats for mikro- og små virksomheder", false},
		{"da", "Kilderne er Europa-Kommissionens vejledning.", false},
		{"en", "small- and medium-sized firms", false},
		{"pl", "dwu- lub trzyletni program", false},
		{"pt", "micro- e pequenas empresas", false},
		{"hr", "ako ga sami uvozite, vi ste subjekt koji je podnosi", true},
		{"hr", "Još ne znate kako je sastavljena vaša izvozna cijena.", true},
		{"hr", "ako ga sami uvozite, Vi ste subjekt koji je podnosi", false},
		{"hr", "za mikro- i mala poduzeća", false},
		{"da", "Send din tilbud til køberen.", true},
		{"da", "Tjek normen DIN EN 1090 for jeres stål.", false},
		{"it", "Vi serve un motivo chiaro", false}, // Italian vi is not the Croatian pronoun
		{"it", "Se le vostre persone lavorano nel team di un cliente", true},
		{"it", "Se i vostri collaboratori lavorano nel team di un cliente", false},
		{"pt", "pagam IVA de 25 %, que é o senhor a cobrar", true},
		{"pt", "Você pode cobrar o IVA no checkout", true},
		{"pt", "pagam IVA de 25\u00a0%, que cabe à sua empresa cobrar", false},
		// A share, each language as its norm writes it (a row per language).
		{"en", "Norwegian VAT of 25%, and 12.5% on food", false},
		{"en", "Norwegian VAT of 25 %", true},
		{"en", "Norwegian VAT of 25\u00a0%", true},
		{"da", "norsk moms på 25\u00a0% og 12,5\u00a0%", false},
		{"da", "norsk moms på 25 %", true},
		{"da", "norsk moms på 25%", true},
		{"it", "l'IVA norvegese del 25% e del 12,5%", false},
		{"it", "l'IVA norvegese del 25 %", true},
		{"pl", "norweski VAT w wysokości 25% i 12,5%", false},
		{"pl", "norweski VAT w wysokości 25\u00a0%", true},
		{"pt", "IVA norueguês de 25\u00a0% e de 12,5\u00a0%", false},
		{"pt", "IVA norueguês de 25%", true},
		{"pt", "IVA norueguês de 25 %", true},
		{"hr", "norveški PDV od 25\u00a0% i 12,5\u00a0%", false},
		{"hr", "norveški PDV od 25%", true},
		{"hr", "norveški PDV od 25 %", true},
		{"hr", "Section 122 (50 mjesta)", false},
	} {
		if got := len(formSlips(tc.lang, tc.text)) > 0; got != tc.slip {
			t.Errorf("%s %q: slip %v, want %v (%v)", tc.lang, tc.text, got, tc.slip, formSlips(tc.lang, tc.text))
		}
	}
}

// suspended are the words that may follow a hyphen and a space: the
// conjunction of a suspended compound ("mikro- og små").
var suspended = []string{"og", "eller", "samt", "and", "or", "nor", "to", "e", "ed", "o", "i", "ili", "te", "lub", "albo", "oraz", "ou", "a", "und", "til", "do", "ni", "né"}

// lowerVi are the forms of the Croatian polite pronoun, which the catalogue
// writes with a capital (Vi, Vaša tvrtka).
var lowerVi = []string{"vi", "vas", "vam", "vama", "vaš", "vaša", "vaše", "vašeg", "vašega", "vašem", "vašemu", "vašoj", "vašu", "vaši", "vašim", "vašima", "vaših"}

// danishSingular are the forms of the Danish singular "you" (du is left out:
// French names such as Société des alcools du Québec use it).
var danishSingular = []string{"dig", "Dig", "din", "Din", "dit", "Dit", "dine", "Dine"}

// share is a number and its percent sign, with what stands between them.
var share = regexp.MustCompile(`\d([ \x{a0}\x{202f}]?)%`)

// percentGap is what lang writes between a number and %: what eis's own
// percentages put there (i18n's Percent), so that the catalogue's texts
// and the plan's scores agree.
func percentGap(lang string) string {
	s := i18n.Get(lang).Percent(0.5)
	return strings.TrimSuffix(strings.TrimPrefix(s, "50"), "%")
}

func formSlips(lang, text string) []string {
	var slips []string
	gap := percentGap(lang)
	for _, m := range share.FindAllStringSubmatchIndex(text, -1) {
		if text[m[2]:m[3]] != gap {
			slips = append(slips, fmt.Sprintf("a share written %q; %s puts %q between a number and %% (as eis's scores do), in %q", text[m[0]:m[1]], lang, gap, text))
		}
	}
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	switch lang {
	case "hr":
		for _, w := range words {
			if slices.Contains(lowerVi, w) {
				slips = append(slips, fmt.Sprintf("the polite %q is written with a capital (Vi, Vaš …) in %q", w, text))
			}
		}
	case "pt":
		for _, w := range []string{"você", "Você", "vocês", "Vocês", "o senhor", "O senhor", "a senhora", "A senhora"} {
			if strings.Contains(" "+text+" ", " "+w+" ") || strings.Contains(text, " "+w+",") || strings.HasPrefix(text, w+" ") {
				slips = append(slips, fmt.Sprintf("%q addresses the reader in person; the catalogue says a sua empresa, or the verb alone, in %q", w, text))
			}
		}
	case "it":
		for _, w := range []string{"vostre persone", "nostre persone"} {
			if strings.Contains(strings.ToLower(text), w) {
				slips = append(slips, fmt.Sprintf("%q is a calque of \"your people\": i vostri collaboratori, il vostro personale, in %q", w, text))
			}
		}
	case "da":
		for _, w := range words {
			if slices.Contains(danishSingular, w) {
				slips = append(slips, fmt.Sprintf("%q addresses the reader as du; the catalogue says I, jer, jeres, in %q", w, text))
			}
		}
	}
	rs := []rune(text)
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] != '-' || rs[i+1] != ' ' || !unicode.IsLetter(rs[i-1]) || !unicode.IsLetter(rs[i+2]) {
			continue
		}
		j := i + 2
		for j < len(rs) && unicode.IsLetter(rs[j]) {
			j++
		}
		if next := string(rs[i+2 : j]); !slices.Contains(suspended, next) {
			start := max(0, i-20)
			slips = append(slips, fmt.Sprintf("a word cut at its hyphen (a folded YAML line?): %q", string(rs[start:min(len(rs), j+10)])))
		}
	}
	return slips
}
