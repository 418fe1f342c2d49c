package assessment

import (
	"testing"
)

// TestNewBorder: a market is beyond a new customs border only when it lies
// outside the firm's customs territory and none of its current markets
// does: the customs routine of one border (declarations, codes, origin, a
// forwarder) serves the next. A UK firm that ships to Ireland or the
// United States has crossed a border for France too; an Italian maker that
// ships to the US and Turkey is not told India is its first customs
// border (advisor review 5); an Irish firm that sells in Northern Ireland
// has not crossed one for Great Britain, nor a Portuguese one selling in
// Spain and France for the US; an EU firm's EU markets are no border at
// all.
func TestNewBorder(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		region, current, target string
		want                    bool
	}{
		{"uk-hampshire", "IE,", "FR", false},
		{"uk-hampshire", "US,", "FR", false},
		{"uk-hampshire", "", "FR", true},
		{"uk-hampshire", "IE,", "US", false},
		{"ie-donegal", "XI,", "GB", true},
		{"ie-donegal", "GB,", "GB", false},
		{"dk-central", "SE,", "DE", false},
		{"dk-central", "SE,", "NO", true},
		{"pt-alentejo", "US,", "BR", false},
		{"pt-alentejo", "ES,FR,DE,", "US", true},
		{"it-emilia-romagna", "DE,US,TR,AE,", "IN", false},
	} {
		f := file(cat, "region="+c.region, "current-markets="+c.current, "target-markets="+c.target+",")
		fm := NewFacts(cat, f).Firm()
		if got := fm.NewBorder(c.target); got != c.want {
			t.Errorf("%s, selling in %s: %s beyond a new border = %v, want %v", c.region, c.current, c.target, got, c.want)
		}
	}
}
