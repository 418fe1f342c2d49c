package i18n

import (
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// cldrFormats are the number and percent formats of every language eis
// speaks or is being translated into (golang.org/x/text's CLDR tables, and
// the language's norm where they differ: Croatian and Portugal's
// Portuguese put a no-break space before %, see spacedPercent): a
// share, a share with a decimal, a decimal number, and numbers of four and
// five digits (Polish and Portugal's Portuguese group only from five).
// TestFormatsForEveryLanguage demands a row for each, so that adding a
// language means saying what its numbers look like.
var cldrFormats = map[string][5]string{
	"en": {"44%", "24.6%", "1.5", "1,234", "12,345.5"},
	"da": {"44\u00a0%", "24,6\u00a0%", "1,5", "1.234", "12.345,5"},
	"it": {"44%", "24,6%", "1,5", "1.234", "12.345,5"},
	"pt": {"44\u00a0%", "24,6\u00a0%", "1,5", "1234", "12\u00a0345,5"}, // Portugal's, not Brazil's "1.234"
	"pl": {"44%", "24,6%", "1,5", "1234", "12\u00a0345,5"},
	"hr": {"44\u00a0%", "24,6\u00a0%", "1,5", "1.234", "12.345,5"},
}

func TestFormatsForEveryLanguage(t *testing.T) {
	t.Parallel()
	for _, lang := range append(append([]string{}, Languages...), Drafts()...) {
		want, ok := cldrFormats[lang]
		if !ok {
			t.Errorf("%s: no row in cldrFormats; say what its percentages and numbers look like (CLDR)", lang)
			continue
		}
		l := Locale{lang: lang}
		if lang == "en" {
			l = English
		}
		got := [5]string{
			l.Say(diag.Percent{Value: 0.4375}),
			l.Say(diag.Percent{Value: 0.2457, Decimals: 1}),
			l.Number(1.5, 1),
			l.Number(1234, 0),
			l.Number(12345.5, 1),
		}
		if got != want {
			t.Errorf("%s: got %q, want %q", lang, got, want)
		}
	}
}

// TestCountlessPlural: a plural message said without a count (T, Pattern)
// is the language's own text even when its file gives no "other" form
// (Polish whole numbers never take it), never English's.
func TestCountlessPlural(t *testing.T) {
	testFiles.Store("xx", &messages{keys: tableOf([]string{"validate.files#many", "validate.files#one"}), texts: tableOf([]string{"%d xs", "1 x"})})
	defer testFiles.Delete("xx")
	l := Locale{lang: "xx"}
	if got := l.Pattern("validate.files"); got != "%d xs" {
		t.Errorf("Pattern: got %q", got)
	}
	if got := l.T("validate.files", 3); got != "3 xs" {
		t.Errorf("T: got %q", got)
	}
}

// TestBCP47: an HTML page's lang names Portugal's Portuguese, so that a
// screen reader reads it with a European voice; the others are their code.
func TestBCP47(t *testing.T) {
	t.Parallel()
	for lang, want := range map[string]string{"en": "en", "da": "da", "it": "it", "pt": "pt-PT", "pl": "pl", "hr": "hr"} {
		l := Locale{lang: lang}
		if lang == "en" {
			l = English
		}
		if got := l.BCP47(); got != want {
			t.Errorf("%s: got %q, want %q", lang, got, want)
		}
	}
}

// TestPolishAndCroatianPlurals: the messages say 1, 2–4 and 5+ things
// (and 12, 21, 22, 25) in Polish and Croatian each with its own form —
// issue 15's "1, 2–4, 5+ items".
func TestPolishAndCroatianPlurals(t *testing.T) {
	t.Parallel()
	want := map[string]map[int]string{
		"pl": {1: "1 plik", 2: "2 pliki", 4: "4 pliki", 5: "5 plików", 12: "12 plików", 21: "21 plików", 22: "22 pliki", 25: "25 plików"},
		"hr": {1: "1 datoteka", 2: "2 datoteke", 4: "4 datoteke", 5: "5 datoteka", 12: "12 datoteka", 21: "21 datoteka", 22: "22 datoteke", 25: "25 datoteka"},
	}
	for lang, cases := range want {
		if _, err := localeFiles.ReadFile("locales/" + lang + ".toml"); err != nil {
			t.Errorf("no locales/%s.toml", lang)
			continue
		}
		l := Locale{lang: lang}
		for n, w := range cases {
			if got := l.N("validate.files", n, n); got != w {
				t.Errorf("%s %d: got %q, want %q", lang, n, got, w)
			}
		}
	}
}
