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
