package catalogue

import (
	"strings"
	"sync"
	"unicode"

	"github.com/eis-project/eis/internal/suggest"
)

// countryNames finds countries by name, in any catalogue language,
// without regard to case or accents (built once, on first use).
type countryNames struct {
	once   sync.Once
	byName map[string]*Country
	near   *suggest.Index
	// inText is each country's name inside a sentence (InTextName), for
	// those with an in_text, merged the first time each is asked for.
	inTextMu sync.Mutex
	inText   map[string]Text
}

// FindCountry returns the country s names: its code in any case, or its
// name in any catalogue language, compared without regard to case or
// accents ("germany", "Tyskland", "de"). Nil when s names none.
func (c *Catalogue) FindCountry(s string) *Country {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if x := c.Country(strings.ToUpper(s)); x != nil && len(s) == 2 {
		return x
	}
	return c.names().byName[Fold(s)]
}

// InTextName is how the country code is named inside a sentence, in
// every language the catalogue gives: its in_text where a language has
// one ("the Netherlands"), its name in the others ("Nederlandene"); the
// zero Text for a code the catalogue does not know. Each country's two
// are merged the first time it is asked for, and kept for the catalogue:
// a plan names its few markets in many of its sentences, and merging
// every country's at its first call (thirty-odd countries, six
// languages) was 1.6 % of eis plan's instructions.
func (c *Catalogue) InTextName(code string) Text {
	x := c.Country(code)
	if x == nil {
		return ""
	}
	if x.InText == "" {
		return x.Name
	}
	n := c.nameTables() // not names(): the name index is not needed here
	n.inTextMu.Lock()
	defer n.inTextMu.Unlock()
	if t, ok := n.inText[code]; ok {
		return t
	}
	t := x.Name
	for l, s := range x.InText.All() {
		t = t.With(l, s)
	}
	if n.inText == nil {
		n.inText = map[string]Text{}
	}
	n.inText[code] = t
	return t
}

// NearCountries returns the codes of the countries whose names are closest
// to s (a misspelt name: "Germny" → DE; UK → GB, see countryHints), for a
// "did you mean".
func (c *Catalogue) NearCountries(s string) []string {
	if code := countryHint(strings.ToUpper(strings.TrimSpace(s))); code != "" && c.Country(code) != nil {
		return []string{code}
	}
	n := c.names()
	var out []string
	for _, name := range n.near.Lookup(Fold(s), 3) {
		if x := n.byName[name]; x != nil && !contains(out, x.Code) {
			out = append(out, x.Code)
		}
	}
	return out
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// nameTables is the catalogue's countryNames, each table in it built on
// first use.
func (c *Catalogue) nameTables() *countryNames {
	if c.nameIdx == nil {
		// A catalogue made in a test without loading: make it now.
		c.nameIdx = &countryNames{}
	}
	return c.nameIdx
}

// names builds the name index once.
func (c *Catalogue) names() *countryNames {
	n := c.nameTables()
	n.once.Do(func() {
		n.byName = map[string]*Country{}
		var names []string
		add := func(k string, x *Country) {
			if _, dup := n.byName[k]; !dup && k != "" {
				n.byName[k] = x
				names = append(names, k)
			}
		}
		for _, x := range c.Countries {
			for _, name := range x.Name.All() {
				add(Fold(name), x)
			}
		}
		// "United Kingdom (Great Britain)" is also found as "Great
		// Britain" and, the first of its kind, as "United Kingdom"; after
		// every full name, so that none is taken by a part.
		for _, x := range c.Countries {
			for _, name := range x.Name.All() {
				if head, rest, ok := strings.Cut(name, " ("); ok && strings.HasSuffix(rest, ")") {
					add(Fold(strings.TrimSuffix(rest, ")")), x)
					add(Fold(head), x)
				}
			}
		}
		n.near = suggest.New(names)
	})
	return n
}

// Fold lowers s and strips the accents of Latin letters, so that names
// compare as people type them ("Türkiye" = "turkiye", "Česko" = "cesko").
func Fold(s string) string {
	var b strings.Builder
	for _, r := range strings.TrimSpace(s) {
		r = unicode.ToLower(r)
		if f, ok := accents()[r]; ok {
			b.WriteString(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// accents maps accented Latin letters to their plain forms.
var accents = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{}
	for plain, forms := range map[string]string{
		"a": "àáâãäåāăą", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě", "g": "ĝğġģ",
		"h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ", "l": "ĺļľŀł", "n": "ñńņňŉ",
		"o": "òóôõöøōŏő", "r": "ŕŗř", "s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűų",
		"w": "ŵ", "y": "ýÿŷ", "z": "źżž", "ae": "æ", "oe": "œ", "ss": "ß", "th": "þ",
	} {
		for _, r := range forms {
			m[r] = plain
		}
	}
	return m
})
