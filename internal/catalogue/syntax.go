package catalogue

import "github.com/eis-project/eis/internal/safetext"

// Hand-written matchers for the two patterns the loader checks most often
// (every ID, every language key of every text): faster than a regexp, and
// nothing to compile at start-up. syntax_test.go proves them equal to the
// patterns in their comments.

// The patterns the matchers below implement, for the JSON Schema (which
// internal/schema generates with them, so schema and validator say the same).
const (
	// IDPattern is what every ID looks like.
	IDPattern = `^[a-z0-9]+([.-][a-z0-9]+)*$`
	// LangPattern is what a language key of a Text looks like.
	LangPattern = `^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$`
	// URLPattern is what an address looks like as the validator accepts it
	// (url): http or https, a host, and no white space; the validator
	// itself parses it with net/url.
	URLPattern = "^https?://([^ \\t\\n\\r/?#%@" + safetext.Class + "]*@)?[^ \\t\\n\\r/?#%@:" + safetext.Class + "]+(:[0-9]*)?" +
		"([/?#]([^ \\t\\n\\r%" + safetext.Class + "]|%[0-9A-Fa-f]{2})*)?$"
)

// isID reports whether s is an ID as the catalogue writes them:
// ^[a-z0-9]+([.-][a-z0-9]+)*$ — lower-case letters and digits, in parts
// joined by single dots or hyphens.
func isID(s string) bool {
	sep := true // at the start, or just after a dot or hyphen
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			sep = false
		case c == '.' || c == '-':
			if sep {
				return false
			}
			sep = true
		default:
			return false
		}
	}
	return !sep
}

// isLangCode reports whether s is what a key of a Text looks like (en, da,
// pt-BR): ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$.
func isLangCode(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	if n < 2 || n > 3 {
		return false
	}
	if n == len(s) {
		return true
	}
	if s[n] != '-' {
		return false
	}
	sub := s[n+1:]
	if len(sub) < 2 || len(sub) > 8 {
		return false
	}
	for i := 0; i < len(sub); i++ {
		c := sub[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
