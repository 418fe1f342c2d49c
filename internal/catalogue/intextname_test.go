package catalogue

import (
	"sync"
	"testing"
)

// TestInTextName: a country's name inside a sentence is its in_text where
// a language gives one and its name in the others, merged the first time
// that country is asked for, and only that one (a plan names a few of the
// catalogue's thirty-odd) — saying it again allocates nothing.
// Not parallel: testing.AllocsPerRun.
func TestInTextName(t *testing.T) {
	c := &Catalogue{Countries: []*Country{
		{Code: "DE", Name: NewText(map[string]string{"en": "Germany", "da": "Tyskland"})},
		{Code: "NL", Name: NewText(map[string]string{"en": "Netherlands", "da": "Nederlandene"}), InText: NewText(map[string]string{"en": "the Netherlands"})},
		{Code: "US", Name: NewText(map[string]string{"en": "United States", "da": "USA"}), InText: NewText(map[string]string{"en": "the United States"})},
		// a second entry of a code: the first wins, as in Country
		{Code: "NL", Name: NewText(map[string]string{"en": "Holland"}), InText: NewText(map[string]string{"en": "the Low Countries"})},
	}}
	c.indexCountries()
	if got := c.InTextName("NL").In("en"); got != "the Netherlands" {
		t.Errorf("InTextName(NL) in en = %q", got)
	}
	if merged := len(c.nameTables().inText); merged != 1 {
		t.Errorf("the first InTextName merged %d countries' names, want 1 (the one asked for)", merged)
	}
	for _, tt := range []struct {
		code, lang, want string
	}{
		{"NL", "en", "the Netherlands"},
		{"NL", "da", "Nederlandene"},
		{"US", "en", "the United States"},
		{"US", "da", "USA"},
		{"DE", "en", "Germany"},
		{"DE", "da", "Tyskland"},
		{"QQ", "en", ""},
	} {
		if got := c.InTextName(tt.code).In(tt.lang); got != tt.want {
			t.Errorf("InTextName(%s) in %s = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
	// Said from several goroutines at once, it is the same for all.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := c.InTextName("US").In("en"); got != "the United States" {
				t.Errorf("concurrent InTextName(US) = %q", got)
			}
		}()
	}
	wg.Wait()
	if n := testing.AllocsPerRun(100, func() { _ = c.InTextName("NL") }); n != 0 {
		t.Errorf("InTextName allocates %v times a call; the merge is made once for the catalogue", n)
	}
}
