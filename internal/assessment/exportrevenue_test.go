package assessment

import (
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// TestExportRevenueEligibility: a programme for firms with up to €2.5
// million of EXPORT revenue (HBOR's short-term export credit insurance)
// judges the firm by its turnover times its share of sales abroad, not by
// its turnover. The Croatian wood and sauerkraut processors (€2–10 million
// turnover, 5–20 % abroad, so €0.1–2 million of export revenue) were told
// to check it, quoting their turnover as if it were the ceiling.
func TestExportRevenueEligibility(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	p := cat.Practice("hr-hbor-export-insurance")
	if p == nil {
		t.Fatal("no practice hr-hbor-export-insurance")
	}
	tests := []struct {
		turnover, share string
		want            string
		id              string
		text            []string // in the English message
	}{
		{"2m-10m", "5-20", EligibleYes, "", nil},
		{"500k-2m", "over-50", EligibleYes, "", nil},
		{"10m-50m", "under-5", EligibleYes, "", nil},
		{"2m-10m", "20-50", EligibleCheck, "assessment.elig.check.exportRevenue",
			[]string{"up to €2.5 million of export revenue", "put your export revenue between €400,000 and €5 million"}},
		{"10m-50m", "over-50", EligibleNo, "assessment.elig.no.exportRevenue.max",
			[]string{"up to €2.5 million of export revenue", "put yours at €5 million or more"}},
		{"dont-know", "5-20", EligibleCheck, "assessment.elig.check.unknown", []string{"eis does not know your turnover"}},
		{"2m-10m", "dont-know", EligibleCheck, "assessment.elig.check.unknown", []string{"eis does not know your export share"}},
	}
	for _, tt := range tests {
		f := answersAt(cat, "one-market", 0)
		f.Set("region", answers.Single("hr-koprivnica-krizevci"), testNow)
		f.Set("size", answers.Single("small"), testNow)
		f.Set("turnover", answers.Single(tt.turnover), testNow)
		f.Set("export-share", answers.Single(tt.share), testNow)
		vd := eligibility(cat, NewFacts(cat, f), p)
		msgs := append(append([]Msg{}, vd.no...), vd.checks...)
		if vd.v != tt.want || (tt.id == "") != (len(msgs) == 0) {
			t.Errorf("turnover %s, share %s: %s with %d reasons, want %s", tt.turnover, tt.share, vd.v, len(msgs), tt.want)
			continue
		}
		if tt.id == "" {
			continue
		}
		if msgs[0].ID != tt.id {
			t.Errorf("turnover %s, share %s: %s, want %s", tt.turnover, tt.share, msgs[0].ID, tt.id)
		}
		text := say("en", msgs[0].Message)
		for _, w := range tt.text {
			if !strings.Contains(text, w) {
				t.Errorf("turnover %s, share %s: %q does not say %q", tt.turnover, tt.share, text, w)
			}
		}
		if strings.Contains(text, "you answered") {
			t.Errorf("turnover %s, share %s: %q quotes one answer as if it were the limit", tt.turnover, tt.share, text)
		}
	}
	// A firm that does not export has no export revenue: under the ceiling.
	f := answersAt(cat, "none", 0)
	f.Set("region", answers.Single("hr-koprivnica-krizevci"), testNow)
	if vd := eligibility(cat, NewFacts(cat, f), p); len(vd.checks) > 0 {
		t.Errorf("a firm that does not export: %v", vd.checks)
	}
}

// TestEuroSaid: sums of euro in each language's way.
func TestEuroSaid(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang string
		x    float64
		want string
	}{
		{"en", 400_000, "€400,000"},
		{"en", 2_500_000, "€2.5 million"},
		{"en", 5_000_000, "€5 million"},
		{"da", 2_500_000, "2,5 mio. euro"},
		{"it", 1_000_000, "1 milione di euro"},
		{"pl", 100_000, "100\u00a0000 euro"},
		{"pt", 2_000_000, "2 milhões de €"},
		{"hr", 400_000, "400.000 eura"},
		{"hr", 2_500_000, "2,5 milijuna eura"},
	} {
		if got := i18n.Get(tt.lang).Say(diag.Euro(tt.x)); got != tt.want {
			t.Errorf("%s %v: %q, want %q", tt.lang, tt.x, got, tt.want)
		}
	}
}
