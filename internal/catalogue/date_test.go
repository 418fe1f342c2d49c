package catalogue

import (
	"testing"
	"time"
)

// A Date reads and writes YYYY-MM-DD as time.Parse does, and compares and
// moves as the time.Time of its day.
func TestDateAsTime(t *testing.T) {
	t.Parallel()
	days := []string{"0000-01-01", "0001-02-28", "1999-12-31", "2024-02-29", "2026-10-31", "2026-12-03", "9999-12-31"}
	for i, s := range days {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := time.Parse(time.DateOnly, s)
		if d.String() != s || !d.Time().Equal(want) || DateOf(want) != d {
			t.Errorf("%s: read as %v (%v)", s, d, d.Time())
		}
		if got, w := d.AddDate(0, 1, -1), DateOf(want.AddDate(0, 1, -1)); got != w {
			t.Errorf("%s + 1 month - 1 day = %v, want %v", s, got, w)
		}
		for _, s2 := range days[:i] {
			e, _ := ParseDate(s2)
			if !e.Before(d) || !d.After(e) || e.After(d) {
				t.Errorf("%s does not come before %s", s2, s)
			}
		}
	}
	for _, bad := range []string{"2026-02-30", "26-12-03", "2026-12-3", ""} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("%q read as a date", bad)
		}
	}
}

// TestNewsLink: a path segment names news in any case; the host does not
// count, nor a query or fragment.
func TestNewsLink(t *testing.T) {
	t.Parallel()
	for u, want := range map[string]bool{
		"https://example.com/news/call-2024":     true,
		"https://example.com/a/Press/b":          true,
		"example.com/NYHEDER":                    true,
		"https://news.example.com/programme":     false,
		"https://example.com":                    false,
		"https://example.com/":                   false,
		"https://example.com/programme?x=news":   false,
		"https://example.com/programme#news":     false,
		"https://example.com/newsletter/sign-up": false,
		"news":                                   false,
		"https://example.com/a//noticias/":       true,
	} {
		if got := newsLink(u); got != want {
			t.Errorf("newsLink(%q) = %v, want %v", u, got, want)
		}
	}
}
