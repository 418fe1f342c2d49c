package assessment

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
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

// TestStageDepthByBands: R2 reads the share of sales abroad from the
// bounds of the export-share band, not from eis's band IDs. Over every
// band of eis's catalogue the stage is what the IDs gave (two to five
// markets with more than half abroad are established, six or more with
// less than 5 % expanding); a catalogue with bands of its own places its
// firms by their bounds — "60 % or more" is established, "under 10 %" is
// not known to be under 5 % — where the IDs it lacks placed none.
func TestStageDepthByBands(t *testing.T) {
	t.Parallel()
	// The stage of two to five markets, and of six or more, per band.
	for _, c := range []struct {
		name string
		cat  *catalogue.Catalogue
		want map[string][2]string
	}{
		{"eis", embedded(t), map[string][2]string{
			"under-5": {StageExpanding, StageExpanding},
			"5-20":    {StageExpanding, StageEstablished},
			"20-50":   {StageExpanding, StageEstablished},
			"over-50": {StageEstablished, StageEstablished},
		}},
		{"own bands", ownBandsCat(t), map[string][2]string{
			"under-10": {StageExpanding, StageEstablished},
			"10-60":    {StageExpanding, StageEstablished},
			"most":     {StageEstablished, StageEstablished},
		}},
	} {
		q := c.cat.Question(ProfileExportShare)
		if q == nil || len(q.Options) != len(c.want) {
			t.Fatalf("%s: export-share has other bands than %v", c.name, c.want)
		}
		for _, o := range q.Options {
			want, ok := c.want[o.ID]
			if !ok {
				t.Errorf("%s: band %s not in the table", c.name, o.ID)
				continue
			}
			for i, exports := range []string{"few-markets", "many-markets"} {
				fx := NewFacts(c.cat, file(c.cat, "exports="+exports, "export-share="+o.ID))
				if got := computeStage(fx, nil).ID; got != want[i] {
					t.Errorf("%s: %s, share %s: stage %s, want %s", c.name, exports, o.ID, got, want[i])
				}
			}
		}
		// A share not known leaves the stage of the markets alone.
		fx := NewFacts(c.cat, file(c.cat, "exports=few-markets", "export-share=dont-know"))
		if got := computeStage(fx, nil).ID; got != StageExpanding {
			t.Errorf("%s: few markets, share not known: stage %s, want %s", c.name, got, StageExpanding)
		}
	}
}
