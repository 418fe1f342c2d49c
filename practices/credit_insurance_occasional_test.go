package practices_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// stateCreditInsurers are the practices of the state export credit
// insurers whose cover a firm that exports only now and then, or sells
// abroad for the first time on one order, can use: COSEC's state-guaranteed
// line covers single sales as well as a year's supplies, KUKE's individual
// policy one contract, UKEF's EXIP contracts with one buyer and no minimum
// amount, HBOR's scheme small exporters and those starting out, SACE's
// export credit insurance a contract (credit28, session 28).
var stateCreditInsurers = []string{
	"pt-cosec-non-oecd-insurance",
	"it-sace-export-credit-insurance",
	"pl-kuke-export-credit-insurance",
	"hr-hbor-export-insurance",
	"uk-ukef-exip",
	"dk-eifo-export-finance",
}

// TestStateCreditInsuranceNotRefusedForExportingNowAndThen: pt-cheese-brazil-fr,
// an Alentejo dairy shipping now and then, with a Brazilian importer asking
// for samples, was told COSEC's state-guaranteed line was "for firms that
// answered 'Regularly, …'" while its payment action said to insure the
// credit with "your country's export credit agency"; UKEF, HBOR and SACE gave
// other firms the same reason. No firm profile is told a state credit
// insurer is not for it because of how often it exports.
func TestStateCreditInsuranceNotRefusedForExportingNowAndThen(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	files, err := filepath.Glob(filepath.Join("testdata", "profiles", "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if name == "expectations" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), "\n  exports: occasional\n") {
			continue
		}
		n++
		p := planWith(t, c, name, whatIf{showAll: true})
		for _, nf := range p.NotForYou {
			if !slices.Contains(stateCreditInsurers, nf.Practice) {
				continue
			}
			for _, w := range nf.Why {
				if w.Ref == "exports" {
					t.Errorf("%s: %s is not for it because it exports only now and then: %s", name, nf.Practice, w.Text)
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("only %d profiles export now and then; the test asserts little", n)
	}
}

// TestCOSECOfferedForOccasionalExporterWithBuyerOutsideOECD: the dairy's
// payment step, for a Brazilian importer new to it, is COSEC's — ask before
// the offer goes whether the state-guaranteed line covers that buyer, or ask
// for a confirmed letter of credit — not a general payment method that
// sends it to an agency the plan calls "not for you".
func TestCOSECOfferedForOccasionalExporterWithBuyerOutsideOECD(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "pt-cheese-brazil-fr", whatIf{})
	i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Group == "payment-risk" })
	if i < 0 {
		t.Fatal("no payment-risk action")
	}
	if a := p.Actions[i]; a.Practice != "pt-cosec-non-oecd-insurance" || a.Horizon != "now" {
		t.Errorf("payment-risk action is %s (%s), want COSEC's, now", a.Practice, a.Horizon)
	}
}

// TestPrivateCreditInsuranceStepFitsOneOrder: payment-risk's step "get a
// quote for credit insurance from a private insurer" sent a firm that sells
// abroad now and then, or has one large first order, to a yearly policy for
// all its sales on credit, with a minimum premium, that it would not use; the
// step now says to ask for cover of that one buyer, and that state agencies
// cover a single contract where the market will not (credit28, session 28).
// dk-organic-gulf, its Emirati buyer waiting for samples, shipping now and
// then instead of regularly.
func TestPrivateCreditInsuranceStepFitsOneOrder(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := planWith(t, c, "dk-organic-gulf", whatIf{replace: map[string]string{"\n  exports: few-markets\n": "\n  exports: occasional\n"}})
	i := slices.IndexFunc(p.Actions, func(a assessment.Action) bool { return a.Practice == "global-payment-risk" })
	if i < 0 {
		t.Fatal("no payment-risk method")
	}
	j := slices.IndexFunc(p.Actions[i].Steps, func(s string) bool { return strings.Contains(s, "private insurer") })
	if j < 0 {
		t.Fatalf("no private-insurer step: %q", p.Actions[i].Steps)
	}
	if s := p.Actions[i].Steps[j]; !strings.Contains(s, "single order") || !strings.Contains(s, "single contract") {
		t.Errorf("the private-insurer step says nothing of one order: %q", s)
	}
}
