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
// portal not marked advice it takes the filing's place in "now". Since
// advisor review 10 the coop's customs gap is met by the customs-code step
// (the portal its alternative), which waits for the market choice; the
// second half takes that step and the wait out again to show the order.
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
	// The first customs border's own step, not the portal it names
	// (advisor review 10, leftover 1), after the market choice.
	rules := action(p, "market-rules")
	if rules.Practice != "global-customs-hs-codes" || rules.Decisive == nil {
		t.Errorf("the customs gap's action is %s (decisive %v), want the customs-code step", rules.Practice, rules.Decisive)
	}
	if !slices.ContainsFunc(rules.Alternatives, func(a Alternative) bool { return a.Practice == portal }) {
		t.Errorf("the portal is not named as an alternative to %s", rules.Practice)
	}
	if rules.Horizon == HorizonNow {
		t.Errorf("the customs step is now beside the filing, before the market choice")
	}
	// withPortal is the catalogue with the portal as the customs gap's
	// action and no wait for the market choice.
	withPortal := func() *catalogue.Catalogue {
		c := embedded(t)
		c.Practice("global-customs-hs-codes").Status = "historic"
		d := decisiveRule(t, c, "first-market", "several-markets-at-once")
		d.Defers = slices.DeleteFunc(slices.Clone(d.Defers), func(g string) bool { return g == "market-rules" })
		return c
	}
	if rules := action(plan(withPortal()), "market-rules"); rules.Practice != portal || rules.Decisive == nil || rules.Horizon == HorizonNow {
		t.Fatalf("the customs gap's action is %s (decisive %v) in %s: the test needs the portal, after the filing", rules.Practice, rules.Decisive, rules.Horizon)
	}
	// Without act: true, the helpdesk (better ranked) is the action again.
	noAct := embedded(t)
	decisiveRule(t, noAct, "ip-protection", "own-brand-unprotected").Act = false
	if got := action(plan(noAct), "ip-protection").Practice; got != helpdesk {
		t.Errorf("without act: the action is %s, want %s: the test shows nothing", got, helpdesk)
	}
	// With the portal not marked advice, it (better ranked) takes "now"
	// and the filing waits.
	noAdvice := withPortal()
	noAdvice.Practice(portal).Advice = false
	q := plan(noAdvice)
	if a, b := action(q, "market-rules"), action(q, "ip-protection"); a.Horizon != HorizonNow || b.Horizon == HorizonNow {
		t.Errorf("portal not advice: portal %s, filing %s: the test shows nothing", a.Horizon, b.Horizon)
	}
}
