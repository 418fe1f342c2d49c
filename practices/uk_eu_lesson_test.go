package practices_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/practices"
)

// TestUKEULessonIPStep: the UK lesson on the EU support a British firm can
// no longer count on says to budget an IP adviser of one's own because the
// EU's international IP SME Helpdesks serve EU firms — in China, South-East
// Asia, Latin America or India. A Hampshire steel fabricator aiming at the
// Netherlands alone is not told it; aiming at China too, it is (brexit24,
// session 24). The lesson itself takes no slot of the short plan: its only
// reason is that a market is in the EU.
func TestUKEULessonIPStep(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	const lesson = "uk-eu-instruments-after-brexit"
	const ipStep = 3
	cases := []struct {
		name   string
		w      whatIf
		ipStep bool
	}{
		{"the Netherlands alone", whatIf{}, false},
		{"the Netherlands and China", whatIf{replace: map[string]string{"target-markets:\n    - NL": "target-markets:\n    - NL\n    - CN"}}, true},
		{"the Netherlands and Brazil", whatIf{replace: map[string]string{"target-markets:\n    - NL": "target-markets:\n    - BR\n    - NL"}}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := planWith(t, c, "uk-steel-fabricator-ie-nl", tc.w)
			i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == lesson })
			if i < 0 {
				t.Fatalf("%s is not in the whole plan", lesson)
			}
			a := p.Actions[i]
			if a.Shown {
				t.Errorf("%s is shown in the short plan (%s); want it in --all only", lesson, a.Horizon)
			}
			if got := !slices.Contains(a.LeftOutSteps, ipStep); got != tc.ipStep {
				t.Errorf("%s lists its IP step: %v, want %v (left out: %v)", lesson, got, tc.ipStep, a.LeftOutSteps)
			}
		})
	}
}

// TestUKEULessonFinanceStep: the lesson's export-finance step is for firms
// aiming at EU markets, where UK Export Finance's export insurance (EXIP)
// is only for what private insurers will not cover, and UKEF's earlier
// guidance ruled out contracts of under 2 years with buyers in any EU
// country (GOV.UK, "Export insurance policy") — Bulgaria, Croatia, Cyprus,
// Malta and Romania, EU members outside the OECD, included. The step named
// EXIP beside the General Export Facility as what to use instead of EU
// guarantee schemes (brexit24 noticed; uk25, session 25): it now names the
// GEF for finance, a private insurer for EU buyers, and EXIP's limit, in
// every language.
func TestUKEULessonFinanceStep(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	p := c.Practice("uk-eu-instruments-after-brexit")
	if p == nil || len(p.Steps) < 4 {
		t.Fatal("uk-eu-instruments-after-brexit or its fourth step is missing")
	}
	step := p.Steps[3]
	for _, lang := range []string{"en", "da", "it", "pl", "pt", "hr"} {
		s := step.In(lang)
		for _, want := range []string{"General Export Facility", "EXIP", "2"} {
			if !strings.Contains(s, want) {
				t.Errorf("step 4 (%s) does not say %q: %s", lang, want, s)
			}
		}
		if strings.Contains(s, "EXIP and the General Export Facility") || strings.Contains(s, "(EXIP ") {
			t.Errorf("step 4 (%s) offers EXIP for EU buyers: %s", lang, s)
		}
	}
	cited := false
	for _, src := range p.Sources {
		cited = cited || src.URL == "https://www.gov.uk/export-insurance-policy"
	}
	if !cited {
		t.Error("the lesson does not cite UKEF's overview page that states EXIP's EU limit")
	}
}

// TestUKDualUseToEU: a British firm with listed dual-use items needs a UK
// licence for EU countries too, and the ECJU's open general export licence
// for dual-use items to EU member states, which it registers for, covers
// most of them (HMRC manual SGSELSG3065). The UK step of the export-control
// check said only "check whether an open general licence you can register
// for covers it" (uk25, session 25): it now names that licence, in every
// language, and where to register for it.
func TestUKDualUseToEU(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	p := c.Practice("global-export-control-check")
	if p == nil || len(p.Steps) < 2 {
		t.Fatal("global-export-control-check or its UK step is missing")
	}
	step := p.Steps[1]
	if en := step.In("en"); !strings.Contains(en, "open general export licence for dual-use items to EU member states") || !strings.Contains(en, "Channel Islands") {
		t.Errorf("the UK step does not name the open general export licence for EU member states: %s", en)
	}
	for _, lang := range []string{"en", "da", "it", "pl", "pt", "hr"} {
		if s := step.In(lang); strings.Count(s, "ECJU") < 2 {
			t.Errorf("the UK step (%s) does not say to register with the ECJU: %s", lang, s)
		}
	}
}
