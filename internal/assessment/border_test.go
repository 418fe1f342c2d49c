package assessment

import (
	"testing"
)

// TestNewBorder: a market is beyond a new customs border only when it lies
// outside the firm's customs territory and none of its current markets is
// in the market's territory (the EU's customs union is one): a UK firm
// that ships to Ireland has crossed the UK–EU border for France too; an
// Irish firm that sells in Northern Ireland has not crossed one for Great
// Britain; an EU firm's EU markets are no border at all.
func TestNewBorder(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		region, current, target string
		want                    bool
	}{
		{"uk-hampshire", "IE,", "FR", false},
		{"uk-hampshire", "US,", "FR", true},
		{"uk-hampshire", "IE,", "US", true},
		{"ie-donegal", "XI,", "GB", true},
		{"ie-donegal", "GB,", "GB", false},
		{"dk-central", "SE,", "DE", false},
		{"dk-central", "SE,", "NO", true},
		{"pt-alentejo", "US,", "BR", true},
	} {
		f := file(cat, "region="+c.region, "current-markets="+c.current, "target-markets="+c.target+",")
		fm := NewFacts(cat, f).Firm()
		if got := fm.NewBorder(c.target); got != c.want {
			t.Errorf("%s, selling in %s: %s beyond a new border = %v, want %v", c.region, c.current, c.target, got, c.want)
		}
	}
}
