package assessment

import "testing"

// TestUnfinished: an unfinished file says how many areas are answered, in
// full and in part, and lists the "don't know" answers before the open
// questions.
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
			[]string{"markets:unanswered", "q1:unanswered", "q2:unanswered", "q3:unanswered", "q4:unanswered"}},
		{"one question of one area", []string{"region=r-home", "size=small", "sector=s1", "exports=none", "q1=o3"}, false, 0, 1,
			[]string{"markets:unanswered", "q2:unanswered", "q3:unanswered", "q4:unanswered"}},
		{"an open question comes after a later don't know", []string{"region=r-home", "size=small", "sector=s1", "exports=none", "q1=o1", "q2=n", "q3=a", "q4=dont-know"}, false, 2, 1,
			[]string{"q4:dont-know", "markets:unanswered", "q5:unanswered"}},
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
