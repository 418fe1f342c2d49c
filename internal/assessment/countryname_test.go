package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestCountryNameInRunningText: a message names a country as a sentence
// does ("take up the Netherlands next", "no office of Ireland for the
// United Kingdom (Great Britain)"), not as a heading does; the other
// languages keep their names, and a code the catalogue does not know stays
// a code.
func TestCountryNameInRunningText(t *testing.T) {
	cat := embedded(t)
	for _, tt := range []struct {
		code, lang, want string
	}{
		{"NL", "en", "the Netherlands"},
		{"US", "en", "the United States"},
		{"GB", "en", "the United Kingdom (Great Britain)"},
		{"XI", "en", "the United Kingdom (Northern Ireland)"},
		{"AE", "en", "the United Arab Emirates"},
		{"PH", "en", "the Philippines"},
		{"DO", "en", "the Dominican Republic"},
		{"DE", "en", "Germany"},
		{"IE", "en", "Ireland"},
		{"CZ", "en", "Czechia"},
		{"NL", "da", "Nederlandene"},
		{"US", "it", "Stati Uniti"},
		{"GB", "hr", "Ujedinjena Kraljevina (Velika Britanija)"},
		{"NL", "pl", "Holandia"},
		{"QQ", "en", "QQ"},
	} {
		if got := i18n.Get(tt.lang).Say(CountryName(cat, tt.code)); got != tt.want {
			t.Errorf("CountryName(%s) in %s = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
	// In a list too, joined as the language writes a list in a sentence.
	fx := &Facts{cat: cat}
	if got, want := i18n.Get("en").Say(fx.countryList([]string{"DE", "NL"}, 0)), "Germany and the Netherlands"; got != want {
		t.Errorf("countryList(DE, NL) = %q, want %q", got, want)
	}
	for lang, want := range map[string]string{
		"en": "Germany, the Netherlands and the United States",
		"da": "Tyskland, Nederlandene og USA",
		"it": "Germania, Paesi Bassi e Stati Uniti",
		"pl": "Niemcy, Holandia i Stany Zjednoczone",
		"pt": "Alemanha, Países Baixos e Estados Unidos",
		"hr": "Njemačka, Nizozemska i Sjedinjene Američke Države",
	} {
		if got := i18n.Get(lang).Say(fx.countryList([]string{"DE", "NL", "US"}, 0)); got != want {
			t.Errorf("countryList(DE, NL, US) in %s = %q, want %q", lang, got, want)
		}
	}
	// Cut short, it says how many more: a list joined by "and" reads as
	// whole.
	for lang, want := range map[string]string{
		"en": "Germany, the Netherlands and 2 more",
		"da": "Tyskland, Nederlandene og 2 andre",
		"pl": "Niemcy, Holandia i 2 inne",
		"hr": "Njemačka, Nizozemska i još 2",
	} {
		if got := i18n.Get(lang).Say(fx.countryList([]string{"DE", "NL", "US", "FR"}, 2)); got != want {
			t.Errorf("countryList(DE, NL, US, FR; 2) in %s = %q, want %q", lang, got, want)
		}
	}
	if got, want := i18n.Get("en").Say(fx.countryList([]string{"DE", "NL", "US"}, 2)), "Germany, the Netherlands and the United States"; got != want {
		t.Errorf("countryList(DE, NL, US; 2) = %q, want %q", got, want)
	}
}

// TestCountryNameMergedOnce: the running-text name is merged from the
// name and in_text once for the catalogue (catalogue.InTextName), not on
// every call — a plan names its markets in many sentences. What is left
// is the Text put in an interface.
func TestCountryNameMergedOnce(t *testing.T) {
	cat := embedded(t)
	_ = CountryName(cat, "NL")
	if n := testing.AllocsPerRun(100, func() { _ = CountryName(cat, "NL") }); n > 1 {
		t.Errorf("CountryName(NL) allocates %v times a call, want at most 1", n)
	}
}
