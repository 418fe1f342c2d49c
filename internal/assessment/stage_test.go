package assessment

import (
	"strings"
	"testing"
)

// TestComputeStage: the stage comes from exports, the owners' decision
// (R1), the share of sales abroad (R2) and readiness (R3), and each target
// market gets its own ("new to this market" is first exports there, also for
// a firm that does not export yet but has decided to).
func TestComputeStage(t *testing.T) {
	t.Parallel()
	cat := plansCat(t)
	base := []string{"region=home", "sector=making", "size=small"}
	tests := []struct {
		name    string
		answers []string
		want    string
		markets string // country:stage, space-separated
	}{
		{"none", []string{"exports=none", "strategy.decision=committed"}, StageExploring, ""},
		{"occasional, decided", []string{"exports=occasional", "strategy.decision=decided"}, StageFirstExports, ""},
		{"R1: occasional, only considering", []string{"exports=occasional", "strategy.decision=considering"}, StageExploring, ""},
		{"R1: occasional, not discussed", []string{"exports=occasional", "strategy.decision=not-considered"}, StageExploring, ""},
		{"R1 not for regular exporters", []string{"exports=one-market", "strategy.decision=considering", "strategy.plan=written", "strategy.english=local", "legal.ip=protected", "legal.payment=prepaid"}, StageFirstExports, ""},
		{"R2: few markets, over half abroad", []string{"exports=few-markets", "export-share=over-50", "strategy.decision=committed", "strategy.plan=written"}, StageEstablished, ""},
		{"R2: many markets, under 5%", []string{"exports=many-markets", "export-share=under-5", "strategy.decision=committed", "strategy.plan=written"}, StageExpanding, ""},
		{"R3: many markets, weak", []string{"exports=many-markets", "export-share=20-50", "strategy.decision=not-considered", "strategy.plan=none"}, StageExpanding, ""},
		{"R3: few markets, very weak", []string{"exports=few-markets", "strategy.decision=not-considered", "strategy.plan=none", "strategy.english=none", "legal.ip=none", "legal.payment=none"}, StageFirstExports, ""},
		{"exports unknown", []string{"strategy.decision=committed"}, StageExploring, ""},
		{"per market: new markets are first exports", []string{"exports=many-markets", "export-share=over-50", "current-markets=DE,US", "target-markets=IN,DE", "strategy.decision=committed", "strategy.plan=written"},
			StageEstablished, "IN:first-exports DE:established"},
		{"per market: exploring everywhere", []string{"exports=none", "target-markets=DE", "strategy.decision=considering"}, StageExploring, "DE:exploring"},
		{"per market: decided non-exporter starts in its named markets", []string{"exports=none", "target-markets=DE", "strategy.decision=decided"}, StageExploring, "DE:first-exports"},
		{"per market: occasional exporter, only considering, stays exploring", []string{"exports=occasional", "current-markets=AT", "target-markets=DE", "strategy.decision=considering"}, StageExploring, "DE:exploring"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fx := NewFacts(cat, file(cat, append(append([]string{}, base...), tt.answers...)...))
			st := fx.scores().stage
			var ms []string
			for _, m := range st.Markets {
				ms = append(ms, m.country+":"+m.stage)
			}
			if st.ID != tt.want || strings.Join(ms, " ") != tt.markets {
				t.Errorf("stage %s, markets %q; want %s, %q (why: %q)", st.ID, strings.Join(ms, " "), tt.want, tt.markets, says("en", st.Why))
			}
		})
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
			"You do not sell abroad yet, which puts you at the stage 'Exploring'."},
		{"not exporting, ready", []string{"exports=none", "q1=o3", "q2=y", "q3=a,b", "q4=yes"}, "en", StageExploring,
			"You do not sell abroad yet, which puts you at the stage 'Exploring'. Your readiness of 100% is at least 75%: you are ready to start."},
		{"many markets, weak foundations", []string{"exports=many-markets", "q1=o1", "q2=n"}, "en", StageExpanding,
			"You sell regularly in six or more foreign markets, which puts you at the stage 'Established'. But your readiness of 13% is below 50%, so eis places you at 'Expanding': strengthen the basics before adding markets."},
		{"exports not given", []string{"q1=o3"}, "en", StageExploring,
			"You did not say whether you sell abroad today, so eis starts from 'Exploring'."},
		{"exports dont-know, Danish", []string{"exports=dont-know"}, "da", StageExploring,
			"I har ikke oplyst, om I sælger i udlandet i dag, så eis tager udgangspunkt i fasen \"Undersøgende\"."},
		{"Danish", []string{"exports=few-markets", "q1=o3"}, "da", StageExpanding,
			"I sælger regelmæssigt på mellem to og fem udenlandske markeder, og det placerer jer i fasen \"Ekspanderende\"."},
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
