package assessment

import (
	"github.com/eis-project/eis/internal/diag"
	"strconv"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

func TestComparePercents(t *testing.T) {
	t.Parallel()
	tests := []struct {
		x, threshold float64
		lang         string
		score, limit string
	}{
		{0.2457, 0.25, "en", "24.6%", "25%"},             // rounds to 25%: one decimal shows "below"
		{0.2457, 0.25, "da", "24,6\u00a0%", "25\u00a0%"}, // Danish decimal comma and space
		{0.2496, 0.25, "en", "24.96%", "25%"},            // one decimal is still 25.0%
		{0.24999, 0.25, "en", "24.999%", "25%"},          // as far as three decimals go
		{0.20, 0.25, "en", "20%", "25%"},                 // whole percentages say it already
		{0.25, 0.25, "en", "25%", "25%"},                 // equal is "at least"
		{0.2504, 0.25, "en", "25%", "25%"},               // at least, and reads so
		{0.7496, 0.75, "en", "74.96%", "75%"},            // 75.0% would not read "below"
		{0.7549, 0.75, "en", "75%", "75%"},
		{0.4951, 0.5, "en", "49.5%", "50%"},
		{0.333, 0.3333, "en", "33.30%", "33.33%"}, // a threshold with decimals keeps them
		{0, 0.25, "en", "0%", "25%"},
		{1, 0.75, "en", "100%", "75%"},
	}
	for _, tt := range tests {
		sp, lp := ComparePercents(tt.x, tt.threshold)
		score, limit := i18n.Get(tt.lang).Say(sp), i18n.Get(tt.lang).Say(lp)
		if score != tt.score || limit != tt.limit {
			t.Errorf("ComparePercents(%v, %v, %s) = %q, %q; want %q, %q", tt.x, tt.threshold, tt.lang, score, limit, tt.score, tt.limit)
		}
	}
}

// TestComparePercentsReadsTrue checks, over a grid of scores and the
// engine's thresholds, that the numbers shown compare as the words say.
func TestComparePercentsReadsTrue(t *testing.T) {
	t.Parallel()
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSuffix(strings.Replace(s, ",", ".", 1), "%"), "\u00a0"), 64)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		return v
	}
	for _, th := range []float64{ReadyToStart, EstablishedAtLeast, ExpandingAtLeast, 0.3, 0.6} {
		for i := 0; i <= 10000; i++ {
			x := float64(i) / 10000
			sp, lp := ComparePercents(x, th)
			score, limit := i18n.Get("da").Say(sp), i18n.Get("da").Say(lp)
			s, l := num(score), num(limit)
			if x < th && !(s < l) {
				t.Errorf("%v below %v shows %s, %s", x, th, score, limit)
			}
			if x >= th && !(s >= l) {
				t.Errorf("%v at least %v shows %s, %s", x, th, score, limit)
			}
		}
	}
}

// TestStageReasonRounding: the stage sentence never says "25%, below 25%".
func TestStageReasonRounding(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		x, limit  float64
		key, want string
		lang      string
	}{
		{"below, rounds to the threshold", 0.2457, ExpandingAtLeast, "assessment.stage.why.down", "But your readiness of 24.6% is below 25%", "en"},
		{"below, Danish", 0.2457, ExpandingAtLeast, "assessment.stage.why.down", "jeres parathed er 24,6\u00a0%, altså under 25\u00a0%", "da"},
		{"below, clear", 0.125, EstablishedAtLeast, "assessment.stage.why.down", "But your readiness of 13% is below 50%", "en"},
		{"at least, rounds to the threshold", 0.7504, ReadyToStart, "assessment.stage.why.ready", "Your readiness of 75% is at least 75%", "en"},
	}
	for _, tt := range tests {
		score, limit := ComparePercents(tt.x, tt.limit)
		got := say(tt.lang, diag.M(tt.key, score, limit, StageTitle(StageExpanding)))
		if !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q\nwant it to contain %q", tt.name, got, tt.want)
		}
	}
}
