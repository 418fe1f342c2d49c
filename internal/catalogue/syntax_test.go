package catalogue

import (
	"regexp"
	"testing"
)

// TestSyntaxMatchers: isID and isLangCode accept exactly what their
// patterns do, for every string of up to six characters over an alphabet
// that holds each class the patterns tell apart, and for some longer ones.
func TestSyntaxMatchers(t *testing.T) {
	t.Parallel()
	for _, m := range []struct {
		name string
		fn   func(string) bool
		re   *regexp.Regexp
	}{
		{"isID", isID, regexp.MustCompile(IDPattern)},
		{"isLangCode", isLangCode, regexp.MustCompile(LangPattern)},
	} {
		check := func(s string) {
			if got, want := m.fn(s), m.re.MatchString(s); got != want {
				t.Errorf("%s(%q) = %v, the pattern says %v", m.name, s, got, want)
			}
		}
		alphabet := []string{"a", "z", "B", "0", "9", ".", "-", "_", "é", "\n"}
		var gen func(prefix string, n int)
		gen = func(prefix string, n int) {
			check(prefix)
			if n == 0 {
				return
			}
			for _, c := range alphabet {
				gen(prefix+c, n-1)
			}
		}
		gen("", 5)
		for _, s := range []string{"pt-BR", "en-GB2019", "en-GB20190", "dk-central-1", "a.b-c.d", "ie-enterprise-ireland", "abcd-EF", "abc-defghijk", "abc-defghijkl", "ab-", "en\n", "eis"} {
			check(s)
		}
	}
}
