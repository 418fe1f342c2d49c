package assessment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
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

// TestExportRevenueOwnBands: a catalogue of one's own with other turnover
// and export-share bands than eis's gets its export-revenue limits judged
// by the bounds it gives its options. eis kept the bounds of its own bands
// in code, so such a catalogue's firms were all told that eis did not know
// their turnover, and a firm that does not export was put in eis's
// "under-5" band, which that catalogue has not: a programme for firms
// that hardly export was "no" for a firm that does not export at all.
func TestExportRevenueOwnBands(t *testing.T) {
	t.Parallel()
	cat := ownBandsCat(t)
	credit, starters := cat.Practice("home-export-credit"), cat.Practice("home-starters")
	for _, tt := range []struct {
		exports, turnover, share string
		p                        *catalogue.Practice
		want, id                 string
		text                     string // in the English message
	}{
		// €1–8 million at under 10 %: under €0.8 million, inside €2.5 million.
		{"one-market", "1m-8m", "under-10", credit, EligibleYes, "", ""},
		// Under €1 million at 60 % or more (a share with no upper bound is
		// at most the whole turnover): under €1 million.
		{"one-market", "under-1m", "most", credit, EligibleYes, "", ""},
		// €1–8 million at 10–60 %: €0.1–4.8 million, straddling the limit.
		{"one-market", "1m-8m", "10-60", credit, EligibleCheck, "assessment.elig.check.exportRevenue.bare", "between €100,000 and €4.8 million"},
		// Over €8 million at 60 % or more: €4.8 million or more.
		{"few-markets", "over-8m", "most", credit, EligibleNo, "assessment.elig.no.exportRevenue.max", "€4.8 million or more"},
		// A firm that does not export is in the band from zero.
		{"none", "1m-8m", "", starters, EligibleYes, "", ""},
		{"one-market", "1m-8m", "10-60", starters, EligibleNo, "assessment.elig.no.profile.export-share", "Under 10 %"},
	} {
		pairs := []string{"region=r-home", "sector=s1", "size=small", "exports=" + tt.exports, "turnover=" + tt.turnover}
		if tt.share != "" {
			pairs = append(pairs, "export-share="+tt.share)
		}
		vd := eligibility(cat, NewFacts(cat, file(cat, pairs...)), tt.p)
		msgs := append(append([]Msg{}, vd.no...), vd.checks...)
		got := ""
		if len(msgs) > 0 {
			got = msgs[0].ID
		}
		if vd.v != tt.want || got != tt.id {
			t.Errorf("%s, turnover %s, share %q: %s (%q), want %s (%q)", tt.p.ID, tt.turnover, tt.share, vd.v, got, tt.want, tt.id)
			continue
		}
		if got != "" {
			if text := say("en", msgs[0].Message); !strings.Contains(text, tt.text) {
				t.Errorf("%s, turnover %s, share %q: %q does not say %q", tt.p.ID, tt.turnover, tt.share, text, tt.text)
			}
		}
	}
}

// ownBands are a catalogue's own turnover and export-share bands, and two
// practices that read them.
// ownBandsCat is the small test catalogue with turnover and export-share
// bands of its own (ownBands).
func ownBandsCat(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	fsys := fstest.MapFS{"zz-bands.yaml": {Data: []byte(ownBands)}}
	for _, name := range []string{"catalogue.yaml", "practices.yaml"} {
		data, err := os.ReadFile(filepath.Join("testdata/catalogue", name))
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: data}
	}
	cat, diags, err := catalogue.Load(fsys)
	if err != nil || cat == nil || diags.HasErrors() {
		t.Fatalf("catalogue with its own bands: %v %v", err, diags)
	}
	return cat
}

const ownBands = `version: 1
profile:
  - id: turnover
    kind: single
    dont_know: true
    text: {en: "Turnover?", da: "Omsætning?"}
    options:
      - {id: under-1m, bounds: {max: 1000000}, label: {en: Under €1 million, da: Under 1 mio. euro}}
      - {id: 1m-8m, bounds: {min: 1000000, max: 8000000}, label: {en: €1 to 8 million, da: 1 til 8 mio. euro}}
      - {id: over-8m, bounds: {min: 8000000}, label: {en: Over €8 million, da: Over 8 mio. euro}}
  - id: export-share
    kind: single
    dont_know: true
    when:
      not:
        profile: {question: exports, in: [none]}
    text: {en: "Share abroad?", da: "Andel i udlandet?"}
    options:
      - {id: under-10, bounds: {max: 10}, label: {en: Under 10 %, da: Under 10 %}}
      - {id: 10-60, bounds: {min: 10, max: 60}, label: {en: 10 to 60 %, da: 10 til 60 %}}
      - {id: most, bounds: {min: 60}, label: {en: 60 % or more, da: 60 % eller mere}}
practices:
  - id: home-export-credit
    region: r-home
    type: programme
    title: {en: Export credit, da: Eksportkredit}
    summary: {en: Credit for exporters., da: Kredit til eksportører.}
    dimensions: [d3]
    stages: [first-exports, expanding]
    eligibility:
      export_revenue: {max: 2500000}
    effort: low
    cost: low
    impact: medium
    steps: [{en: Apply., da: Ansøg.}]
    sources: [{title: Test}]
    last_verified: 2026-01-01
    confidence: partial
    when:
      stage: [exploring, first-exports, expanding, established]
  - id: home-starters
    region: r-home
    type: programme
    title: {en: Starters' scheme, da: Startordning}
    summary: {en: For firms that hardly export., da: "For virksomheder, der næsten ikke eksporterer."}
    dimensions: [d3]
    stages: [exploring, first-exports]
    eligibility:
      profile: {export-share: [under-10]}
    effort: low
    cost: free
    impact: medium
    steps: [{en: Apply., da: Ansøg.}]
    sources: [{title: Test}]
    last_verified: 2026-01-01
    confidence: partial
    when:
      stage: [exploring, first-exports, expanding, established]
`
