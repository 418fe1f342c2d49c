package assessment

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestUnfinished: an unfinished file says how many areas are answered, in
// full and in part, and lists the "don't know" answers before the open
// questions (an unanswered profile question is named by the notice
// instead).
func TestUnfinished(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		name     string
		answers  []string
		complete bool
		answered int
		partly   int
		clarify  []string // question:answer, in order
	}{
		{"only the profile", []string{"region=r-home", "size=small", "sector=s1", "exports=none"}, false, 0, 0,
			[]string{"q1:unanswered", "q2:unanswered", "q3:unanswered", "q4:unanswered"}},
		{"one question of one area", []string{"region=r-home", "size=small", "sector=s1", "exports=none", "q1=o3"}, false, 0, 1,
			[]string{"q2:unanswered", "q3:unanswered", "q4:unanswered"}},
		{"an open question comes after a later don't know", []string{"region=r-home", "size=small", "sector=s1", "exports=none", "q1=o1", "q2=n", "q3=a", "q4=dont-know"}, false, 2, 1,
			[]string{"q4:dont-know", "q5:unanswered"}},
		{"every area answered", []string{"region=r-home", "size=small", "sector=s1", "exports=none", "markets=m-near", "q1=o3", "q2=y", "q3=a", "q4=dont-know"}, true, 3, 0,
			[]string{"q4:dont-know"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Build(cat, file(cat, tt.answers...), BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if p.Complete != tt.complete || p.AnsweredDimensions != tt.answered || p.PartlyAnsweredDimensions != tt.partly || p.TotalDimensions != len(cat.Dimensions) {
				t.Errorf("complete %v, %d of %d areas answered, %d in part; want %v, %d of %d, %d", p.Complete, p.AnsweredDimensions, p.TotalDimensions, p.PartlyAnsweredDimensions, tt.complete, tt.answered, len(cat.Dimensions), tt.partly)
			}
			var got []string
			for _, c := range p.ToClarify {
				got = append(got, c.Question+":"+c.Answer)
			}
			if len(got) != len(tt.clarify) {
				t.Fatalf("to clarify %q, want %q", got, tt.clarify)
			}
			for i := range got {
				if got[i] != tt.clarify[i] {
					t.Errorf("to clarify %q, want %q", got, tt.clarify)
					break
				}
			}
		})
	}
}

// TestCompareUnfinished: a comparison names each file that leaves an area
// unanswered — the earlier first — with the areas it answers in part and
// not at all, as data; a finished file, or one that lacks only a profile
// answer (no area is left out), is not named.
func TestCompareUnfinished(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	profile := []string{"region=r-home", "size=small", "sector=s1", "exports=none"}
	done := append(append([]string{}, profile...), "markets=m-near", "q1=o3", "q2=y", "q3=a", "q4=dont-know")
	halfway := append(append([]string{}, profile...), "markets=m-near", "q1=o1")
	noMarkets := append(append([]string{}, profile...), "q1=o3", "q2=y", "q3=a", "q4=dont-know")
	tests := []struct {
		name     string
		old, new []string
		want     []string // file:answered/total:partly:unanswered
	}{
		{"both finished", done, done, nil},
		{"the later stopped halfway", done, halfway, []string{"now:0/3:d1:d2,d3"}},
		{"the earlier stopped halfway", halfway, done, []string{"then:0/3:d1:d2,d3"}},
		{"both", halfway, halfway, []string{"then:0/3:d1:d2,d3", "now:0/3:d1:d2,d3"}},
		{"only a profile answer open", done, noMarkets, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, err := Compare(cat, file(cat, tt.old...), file(cat, tt.new...), BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if c.Unfinished == nil {
				t.Fatal("Unfinished is nil; JSON wants [] for none")
			}
			ids := func(rs []DimensionRef) string {
				var s []string
				for _, r := range rs {
					s = append(s, r.ID)
				}
				return strings.Join(s, ",")
			}
			var got []string
			for _, u := range c.Unfinished {
				got = append(got, fmt.Sprintf("%s:%d/%d:%s:%s", u.File, u.AnsweredDimensions, u.TotalDimensions, ids(u.Partly), ids(u.Unanswered)))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("unfinished %q, want %q", got, tt.want)
			}
		})
	}
}
