package assessment

import (
	"testing"
	"time"
)

// TestWaitingBuyerAnswerBySellsWhat: a firm that sells nothing but
// software, digital products or services delivered at a distance answers a
// waiting buyer with a proposal (scope, licence or subscription, support,
// invoicing, for a partner territory and revenue share), not with a delivered
// price under an Incoterms rule and samples with a spec sheet (session 14:
// uk-cyber-eu's Dutch client and a Gdańsk game studio's Tokyo publisher were
// asked for "quantities, specification and standards, where and when to
// deliver"). A firm that also sells goods or on-site services keeps the
// general offer; one that sells visits, the tour operator's; an answers file
// without what the firm sells, the general offer as before.
func TestWaitingBuyerAnswerBySellsWhat(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const sells = "sells-what: [software-digital, services-remote]"
	for _, c := range []struct {
		name, sellsWhat, want string
	}{
		{"software and remote services", sells, "global-answer-software-services-buyer"},
		{"remote services only", "sells-what: [services-remote]", "global-answer-software-services-buyer"},
		{"software only", "sells-what: [software-digital]", "global-answer-software-services-buyer"},
		{"software and goods", "sells-what: [software-digital, goods]", "global-answer-waiting-buyer"},
		{"remote and on-site services", "sells-what: [services-remote, services-in-person]", "global-answer-waiting-buyer"},
		{"software and visits", "sells-what: [software-digital, tourism]", "global-answer-tour-operator"},
		{"what it sells not answered", "", "global-answer-waiting-buyer"},
	} {
		f := editedProfile(t, cat, "uk-cyber-eu", [2]string{"  " + sells + "\n", indentLine(c.sellsWhat)})
		p, err := Build(cat, f, BuildOptions{Now: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, a := range p.Actions {
			if a.Group == "buyer-waiting" {
				got = a.Practice
			}
		}
		if got != c.want {
			t.Errorf("%s: the waiting buyer's action is %q, want %s", c.name, got, c.want)
		}
	}
}

func indentLine(s string) string {
	if s == "" {
		return ""
	}
	return "  " + s + "\n"
}
