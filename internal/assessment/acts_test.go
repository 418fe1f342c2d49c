package assessment

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestActingBeforeAdvice: a decisive gap only doing closes (act: true, an
// unregistered own brand) takes a practice that acts on it — the filing —
// and names the advice (advice: true, the IP helpdesk) as an alternative;
// and among decisive actions of equal priority, acting comes before
// advice — the olive-oil coop files its mark "now", the tariff portal
// follows (advisor review 8, pattern 3). Each half fails without its
// rule: with act cleared the helpdesk is the action again, and with the
// portal not marked advice it takes the filing's place in "now".
func TestActingBeforeAdvice(t *testing.T) {
	t.Parallel()
	plan := func(cat *catalogue.Catalogue) Plan {
		t.Helper()
		path := filepath.Join("..", "..", "practices", "testdata", "profiles", "pt-olive-oil-coop.yaml")
		f, _, err := loadChecked(path, cat)
		if err != nil || f == nil {
			t.Fatalf("%s: %v", path, err)
		}
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	action := func(p Plan, group string) Action {
		t.Helper()
		for _, a := range p.Actions {
			if a.Group == group {
				return a
			}
		}
		t.Fatalf("no action for %s", group)
		return Action{}
	}
	const helpdesk, portal = "eu-ip-sme-helpdesks", "eu-access2markets"

	cat := embedded(t)
	if p := cat.Practice(helpdesk); p == nil || !p.Advice {
		t.Fatalf("%s is not marked advice", helpdesk)
	}
	p := plan(cat)
	ip := action(p, "ip-protection")
	if ip.Practice == helpdesk || cat.Practice(ip.Practice).Advice {
		t.Errorf("the unregistered brand's action is %s, advice, not a filing", ip.Practice)
	}
	if !slices.ContainsFunc(ip.Alternatives, func(a Alternative) bool { return a.Practice == helpdesk }) {
		t.Errorf("the helpdesk is not named as an alternative to %s", ip.Practice)
	}
	if ip.Decisive == nil || !ip.Shown || ip.Horizon != HorizonNow {
		t.Errorf("the filing %s: decisive %v, shown %v, %s; want a decisive step now", ip.Practice, ip.Decisive, ip.Shown, ip.Horizon)
	}
	rules := action(p, "market-rules")
	if rules.Practice != portal || rules.Decisive == nil {
		t.Fatalf("the customs gap's action is %s (decisive %v): the test needs the portal", rules.Practice, rules.Decisive)
	}
	if rules.Horizon == HorizonNow {
		t.Errorf("the portal is now beside the filing")
	}
	// Without act: true, the helpdesk (better ranked) is the action again.
	noAct := embedded(t)
	decisiveRule(t, noAct, "ip-protection", "own-brand-unprotected").Act = false
	if got := action(plan(noAct), "ip-protection").Practice; got != helpdesk {
		t.Errorf("without act: the action is %s, want %s: the test shows nothing", got, helpdesk)
	}
	// With the portal not marked advice, it (better ranked) takes "now"
	// and the filing waits.
	noAdvice := embedded(t)
	noAdvice.Practice(portal).Advice = false
	q := plan(noAdvice)
	if a, b := action(q, "market-rules"), action(q, "ip-protection"); a.Horizon != HorizonNow || b.Horizon == HorizonNow {
		t.Errorf("portal not advice: portal %s, filing %s: the test shows nothing", a.Horizon, b.Horizon)
	}
}
