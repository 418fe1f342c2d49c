package assessment

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestFirmDifferences: two answers files compared (eis compare, plan
// --since) are one firm's when the company names agree, however written;
// two names that differ, or — without a name — another region or
// sector, make them two firms' and are listed.
func TestFirmDifferences(t *testing.T) {
	t.Parallel()
	file := func(company, region, sector string) *answers.File {
		f := &answers.File{Respondent: answers.Respondent{Company: company}, Answers: map[string]answers.Value{
			"size": {Options: []string{"small"}}, "exports": {Options: []string{"none"}},
		}}
		if region != "" {
			f.Answers["region"] = answers.Value{Options: []string{region}}
		}
		if sector != "" {
			f.Answers["sector"] = answers.Value{Options: []string{sector}}
		}
		return f
	}
	for _, tc := range []struct {
		name     string
		old, new *answers.File
		want     []string // "what:then→now"
	}{
		{"same firm", file("Fjord Foods ApS", "ie-donegal", "food"), file("Fjord Foods ApS", "ie-donegal", "food"), nil},
		{"name written otherwise", file("Fjord Foods ApS", "ie-donegal", "food"), file("  FJORD foods, ApS. ", "ie-donegal", "food"), nil},
		{"legal form dropped", file("Fjord Foods ApS", "ie-donegal", "food"), file("Fjord Foods", "ie-donegal", "food"), nil},
		{"same name, sector corrected", file("Fjord Foods", "ie-donegal", "food"), file("Fjord Foods", "ie-donegal", "other"), nil},
		{"another firm", file("Acme Ltd", "ie-donegal", "food"), file("Bager Hansen", "dk-central", "food"),
			[]string{"company:Acme Ltd→Bager Hansen", "region:ie-donegal→dk-central"}},
		{"another name only", file("Acme Ltd", "ie-donegal", "food"), file("Bager Hansen", "ie-donegal", "food"),
			[]string{"company:Acme Ltd→Bager Hansen"}},
		{"no name, another region", file("", "ie-donegal", "food"), file("Bager Hansen", "dk-central", "food"),
			[]string{"region:ie-donegal→dk-central"}},
		{"no names, another sector", file("", "ie-donegal", "food"), file("", "ie-donegal", "machinery"),
			[]string{"sector:food→machinery"}},
		{"no names, a profile answer missing", file("", "", "food"), file("", "dk-central", "food"), nil},
		{"a name of punctuation only is none", file("—", "ie-donegal", "food"), file("Acme", "ie-donegal", "food"), nil},
	} {
		var got []string
		for _, d := range FirmDifferences(tc.old, tc.new) {
			got = append(got, d.What+":"+d.Then+"→"+d.Now)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
