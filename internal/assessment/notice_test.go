package assessment

import (
	"strings"
	"testing"
)

// TestOwnRegionNotice: a plan without a programme of the firm's own region
// says why — none fits, or the catalogue has none for the region — and
// says nothing when one fits or the region is unknown.
func TestOwnRegionNotice(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	weak := []string{"q1=o1", "q2=n", "q3=a,c", "q4=dont-know"}
	tests := []struct {
		name    string
		answers []string
		lang    string
		want    string // "" for no notice
	}{
		{"an own programme fits: no notice", append([]string{"region=r-home", "size=small", "sector=s1", "exports=none"}, weak...), "en", ""},
		{"established firm: no home programme serves its stage", []string{"region=r-home", "size=small", "sector=s1", "exports=many-markets", "q1=o3", "q2=y", "q3=a,b", "q4=yes"}, "en",
			"None of the programmes of Home Region in this catalogue fits your answers (size, sector, stage or markets). The EU-wide and general actions below apply; ask your regional business support office what else they offer."},
		{"Danish", []string{"region=r-home", "size=small", "sector=s1", "exports=many-markets", "q1=o3", "q2=y", "q3=a,b", "q4=yes"}, "da",
			"Ingen af programmerne i Hjemregion i dette katalog passer til jeres svar (størrelse, branche, fase eller markeder)."},
		{"non-EU partner region: no EU-wide actions to point to", []string{"region=r-third", "size=large", "sector=s1", "exports=many-markets", "q1=o3", "q2=y", "q3=a,b", "q4=yes"}, "en",
			"None of the programmes of Third Region in this catalogue fits your answers (size, sector, stage or markets). The general actions below apply;"},
		{"elsewhere in the EU", append([]string{"region=other-eu", "size=small", "sector=s1", "exports=none"}, weak...), "en",
			"This catalogue has no programmes of your region (Elsewhere in the EU). The EU-wide and general actions below apply;"},
		{"outside the EU", append([]string{"region=non-eu", "size=small", "sector=s1", "exports=none"}, weak...), "en",
			"This catalogue has no programmes of your region (Outside the EU). The general actions below apply;"},
		{"no region: no notice (a warning says so)", append([]string{"size=small", "sector=s1", "exports=none"}, weak...), "en", ""},
		{"region don't know: no notice", append([]string{"region=dont-know", "size=small", "sector=s1", "exports=none"}, weak...), "en", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Build(cat, file(cat, tt.answers...), BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if tt.want == "" {
				if len(p.NoticeMessages) != 0 {
					t.Errorf("notices %q, want none", says(tt.lang, p.NoticeMessages))
				}
				return
			}
			if n := says(tt.lang, p.NoticeMessages); len(n) != 1 || !strings.HasPrefix(n[0], tt.want) {
				t.Errorf("notices %q\nwant one starting %q", n, tt.want)
			}
		})
	}
}
