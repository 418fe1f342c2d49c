package assessment

import "testing"

func TestComputeStage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		exports string
		overall *float64
		want    string
		adjust  string
	}{
		{"none", f64(0.2), StageExploring, ""},
		{"none", nil, StageExploring, ""},
		{"none", f64(ReadyToStart - 0.01), StageExploring, ""},
		{"none", f64(ReadyToStart), StageExploring, "ready"},
		{"occasional", f64(0), StageFirstExports, ""},
		{"one-market", f64(1), StageFirstExports, ""},
		{"few-markets", f64(ExpandingAtLeast), StageExpanding, ""},
		{"few-markets", f64(ExpandingAtLeast - 0.01), StageFirstExports, "down"},
		{"few-markets", nil, StageExpanding, ""},
		{"many-markets", f64(EstablishedAtLeast), StageEstablished, ""},
		{"many-markets", f64(EstablishedAtLeast - 0.01), StageExpanding, "down"},
		{"many-markets", nil, StageEstablished, ""},
		{"", f64(0.9), StageExploring, ""},
		{"dont-know", f64(0.9), StageExploring, ""},
	}
	for _, tt := range tests {
		got := computeStage(tt.exports, tt.overall)
		if got.ID != tt.want || got.Adjust != tt.adjust {
			t.Errorf("computeStage(%q, %s) = %s/%q, want %s/%q", tt.exports, show(tt.overall), got.ID, got.Adjust, tt.want, tt.adjust)
		}
	}
}

func TestStageReason(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		name    string
		answers []string
		lang    string
		id      string
		reason  string
	}{
		{"not exporting, weak", []string{"exports=none", "q1=o1"}, "en", StageExploring,
			"You answered 'Not yet' to 'Do you export?', which puts you at the stage 'Exploring'."},
		{"not exporting, ready", []string{"exports=none", "q1=o3", "q2=y", "q3=a,b", "q4=yes"}, "en", StageExploring,
			"You answered 'Not yet' to 'Do you export?', which puts you at the stage 'Exploring'. Your readiness of 100% is at least 75%: you are ready to start."},
		{"many markets, weak foundations", []string{"exports=many-markets", "q1=o1", "q2=n"}, "en", StageExpanding,
			"You answered 'Six or more markets' to 'Do you export?', which puts you at the stage 'Established'. But your readiness of 13% is below 50%, so eis places you at 'Expanding': strengthen the basics before adding markets."},
		{"exports not given", []string{"q1=o3"}, "en", StageExploring,
			"You did not say whether you sell abroad today, so eis starts from 'Exploring'."},
		{"exports dont-know, Danish", []string{"exports=dont-know"}, "da", StageExploring,
			"I har ikke oplyst, om I sælger i udlandet i dag, så eis tager udgangspunkt i fasen \"Undersøgende\"."},
		{"Danish", []string{"exports=few-markets", "q1=o3"}, "da", StageExpanding,
			"I svarede \"To til fem markeder\" på \"Eksporterer I?\", og det placerer jer i fasen \"Ekspanderende\"."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, err := Build(cat, file(cat, tt.answers...), BuildOptions{Now: testNow})
			if err != nil {
				t.Fatal(err)
			}
			if got := stageReason(tt.lang, p.Stage); p.Stage.ID != tt.id || got != tt.reason {
				t.Errorf("stage %s: %q\nwant %s: %q", p.Stage.ID, got, tt.id, tt.reason)
			}
		})
	}
}
