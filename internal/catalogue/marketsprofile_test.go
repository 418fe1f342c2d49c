package catalogue

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/testutil"
)

// TestMarketsInProfileOrder: a profile question may be asked on a markets
// condition once the questions the markets are read from come before it —
// buyer-reach, asked only of a firm with two or more target markets
// (session 18) — and not before: the condition reads the markets of a
// question not answered yet. A buyer: atom reads where the buyer waits too.
func TestMarketsInProfileOrder(t *testing.T) {
	t.Parallel()
	const countries = "version: 1\ncountries:\n  - {code: DK, name: {en: Denmark}, languages: [da], currency: DKK, groups: [eu, eea, customs-union, oecd, europe], neighbours: [DE]}\n" +
		"  - {code: DE, name: {en: Germany}, languages: [de], currency: EUR, groups: [eu, eea, customs-union, oecd, europe], neighbours: [DK]}\n" +
		"languages:\n  - {code: da, name: {en: Danish}}\n  - {code: de, name: {en: German}}\n"
	targets := "  - {id: target-markets, kind: countries, max_choices: 3, text: {en: T}}\n"
	buyer := "  - {id: buyer-market, kind: country, text: {en: B}}\n"
	asked := func(atom string) string {
		return "  - {id: reach, kind: single, when: {markets: " + atom + "}, text: {en: R}, options: [{id: a, label: {en: A}}, {id: b, label: {en: B}}]}\n"
	}
	for _, c := range []struct {
		name, profile string
		want          string // the question named as not answered yet, or ""
	}{
		{"after the targets", targets + asked("{at_least: 2}"), ""},
		{"before the targets", asked("{at_least: 2}") + targets, "target-markets"},
		{"buyer atom after both", targets + buyer + asked("{buyer: true}"), ""},
		{"buyer atom before the buyer's market", targets + asked("{buyer: true}") + buyer, "buyer-market"},
	} {
		fsys := fstest.MapFS{
			"countries.yaml": {Data: []byte(countries)},
			"profile.yaml":   {Data: []byte("version: 1\nprofile:\n" + c.profile)},
		}
		cat, ds, err := Parse(fsys)
		if err != nil || ds.HasErrors() {
			t.Fatalf("%s: %v %v", c.name, err, ds)
		}
		var got []string
		for _, d := range Check(cat, testutil.Today.Truncate(24*time.Hour)) {
			if d.Rule == "markets-in-profile" {
				got = append(got, d.Message.String())
			}
		}
		switch {
		case c.want == "" && len(got) > 0:
			t.Errorf("%s: %v", c.name, got)
		case c.want != "" && (len(got) != 1 || !strings.Contains(got[0], c.want)):
			t.Errorf("%s: %v, want one naming %s", c.name, got, c.want)
		}
	}
}
