package catalogue

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// staticFS is a catalogue folder with Go values (see Static), as the
// embedded one is.
type staticFS struct {
	fstest.MapFS
	s *Static
}

func (f staticFS) Static() *Static { return f.s }

// TestStaticDatesParity: the embedded catalogue's Go values (NoPositions,
// checkDates) give the diagnostics that depend on the day the YAML's
// checks give, less their places: a date in the future, stale or expired,
// of a practice, its sources, a market note or its sources, or a
// translation's review. Each case
// changes one date of the valid fixture (with a market note added); what
// each path says of the change must be the same.
func TestStaticDatesParity(t *testing.T) {
	t.Parallel()
	today := DateOf(testNow)
	future, old := today.AddDate(0, 0, 3), today.AddDate(-2, 0, 0)
	ptr := func(d Date) *Date { return &d }
	cases := []struct {
		name string
		edit func(c *Catalogue)
		want []string // rules of what the change brings, for both paths
	}{
		{"practice last_verified in the future", func(c *Catalogue) { c.Practices[0].LastVerified = ptr(future) }, []string{"stale"}},
		{"practice last_verified stale", func(c *Catalogue) { c.Practices[0].LastVerified = ptr(old) }, []string{"stale"}},
		{"practice expired", func(c *Catalogue) { c.Practices[0].ValidUntil = ptr(today.AddDate(0, 0, -1)) }, []string{"expired"}},
		{"practice source read in the future", func(c *Catalogue) { c.Practices[0].Sources[0].Read = ptr(future) }, []string{"source"}},
		{"practice source dated in the future", func(c *Catalogue) {
			s := &c.Practices[0].Sources[0]
			s.Date, s.Read = ptr(future), ptr(future)
		}, []string{"source", "source"}},
		{"market note last_verified in the future", func(c *Catalogue) { c.MarketNotes[0].LastVerified = ptr(future) }, []string{"stale"}},
		{"market note source read in the future", func(c *Catalogue) { c.MarketNotes[0].Sources[0].Read = ptr(future) }, []string{"source"}},
		{"market note source dated in the future", func(c *Catalogue) {
			s := &c.MarketNotes[0].Sources[0]
			s.Date, s.Read = ptr(future), ptr(future)
		}, []string{"source", "source"}},
		{"translation reviewed in the future", func(c *Catalogue) { c.Meta.Translations.Get("da").Reviewed = ptr(future) }, []string{"translations"}},
	}
	say := func(ds diag.Diagnostics) []string {
		var out []string
		for _, d := range ds {
			out = append(out, string(d.Severity)+" "+d.Rule+" "+i18n.English.Format(d.Message))
		}
		slices.Sort(out)
		return out
	}
	// load is the fixture's catalogue with a market note, edited by edit;
	// yaml its diagnostics from the YAML's checks, values those of its Go
	// values.
	load := func(edit func(*Catalogue)) (yaml, values []string) {
		c, diags, err := Parse(dirFS(t, "testdata/valid"))
		if err != nil || diags.HasErrors() {
			t.Fatalf("the valid fixture does not parse: %v %v", err, diags)
		}
		c.MarketNotes = append(c.MarketNotes, &MarketNote{
			ID: "note", Countries: []string{"DE"}, LastVerified: ptr(today),
			Sources: []Source{{Title: "A page", URL: "https://example.org/", Kind: SourceOfficial, Read: ptr(today)}},
		})
		if edit != nil {
			edit(c)
		}
		o := Options{Now: testNow}
		yaml = say(check(c, o))
		o.NoPositions = true
		_, got, _, err := OpenWith(staticFS{fstest.MapFS{}, &Static{Catalogue: c}}, o)
		if err != nil {
			t.Fatal(err)
		}
		return yaml, say(got)
	}
	// added is what after says that before does not.
	added := func(before, after []string) []string {
		var out []string
		for _, m := range after {
			if i := slices.Index(before, m); i >= 0 {
				before = slices.Delete(slices.Clone(before), i, i+1)
				continue
			}
			out = append(out, m)
		}
		return out
	}
	baseYAML, baseValues := load(nil)
	for _, tc := range cases {
		yaml, values := load(tc.edit)
		y, v := added(baseYAML, yaml), added(baseValues, values)
		var rules []string
		for _, m := range y {
			rules = append(rules, strings.Fields(m)[1])
		}
		if !slices.Equal(rules, tc.want) {
			t.Errorf("%s: the YAML's checks say %q; want rules %q", tc.name, y, tc.want)
		}
		if !slices.Equal(y, v) {
			t.Errorf("%s: the Go values say\n%s\nthe YAML's checks\n%s", tc.name, strings.Join(v, "\n"), strings.Join(y, "\n"))
		}
	}
}
