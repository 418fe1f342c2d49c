package catalogue

import (
	"slices"
	"testing"
)

// TestSkipAge checks that Options.SkipAge leaves out exactly the checks that
// start to fail as time passes (expired, stale one year after last_verified,
// sources older than EvidenceYears for confidence and status-evidence),
// and keeps the future last_verified error, which only an edit causes, and
// the confidence errors that do not depend on the date.
func TestSkipAge(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		fixture string
		skip    bool
		want    []string // rule/severity of every diagnostic, in order
	}{
		{"expired", false, []string{"expired/warning"}},
		{"expired", true, nil},
		{"stale", false, []string{"stale/warning", "stale/error"}},
		{"stale", true, []string{"stale/error"}},
		{"status-evidence", false, []string{"status-evidence/warning", "status-evidence/warning"}},
		{"status-evidence", true, nil},
		{"confidence", false, []string{"confidence/error", "confidence/error", "confidence/error", "confidence/error"}},
		{"confidence", true, []string{"confidence/error", "confidence/error"}},
	} {
		fsys := fixtureFS(t, "testdata/invalid/"+tc.fixture)
		_, diags, _, err := OpenWith(fsys, Options{Now: testNow, Validate: true, SkipAge: tc.skip})
		if err != nil {
			t.Fatalf("%s: %v", tc.fixture, err)
		}
		var got []string
		for _, d := range diags {
			got = append(got, d.Rule+"/"+string(d.Severity))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s with SkipAge=%v: got %v, want %v\n%v", tc.fixture, tc.skip, got, tc.want, diags)
		}
	}
}
