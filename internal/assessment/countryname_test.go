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
	// In a list too.
	fx := &Facts{cat: cat}
	if got, want := i18n.Get("en").Say(fx.countryList([]string{"DE", "NL"}, 0)), "Germany, the Netherlands"; got != want {
		t.Errorf("countryList(DE, NL) = %q, want %q", got, want)
	}
}
