package assessment

import "testing"

// TestFindingBuyersInMarketsItSellsIn: a firm whose main limit is finding
// buyers, and whose targets are all markets it sells in already, has that
// limit as a decisive need with an action — a Gdańsk software house aiming
// at Germany and Denmark, where it has clients and several contacts, got
// no decisive step for its main limit and no programme for finding buyers
// (adv27). So does one with no contacts there: it sells there directly,
// and its clients are its someone there — "you have no one there yet to
// introduce you" (partners-wanted-in-market) was its need until words28
// (session 28).
func TestFindingBuyersInMarketsItSellsIn(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		name    string
		edits   [][2]string
		wantDec string
	}{
		{"clients and several contacts there", [][2]string{
			{`target-markets: [SE, "NO"]`, `target-markets: [DE, DK]`},
			{"sales-channels.contacts: none", "sales-channels.contacts: several"},
			{`sales-channels.met-buyers: "no"`, `sales-channels.met-buyers: "yes"`},
		}, "more-buyers-where-selling"},
		{"no contacts there", [][2]string{
			{`target-markets: [SE, "NO"]`, `target-markets: [DE, DK]`},
		}, "more-buyers-where-selling"},
	} {
		f := editedProfile(t, cat, "pl-software-nordics", c.edits...)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		var got *Action
		for i := range p.Actions {
			if a := &p.Actions[i]; a.Group == "market-entry-service" && a.Shown {
				got = a
			}
		}
		switch {
		case got == nil:
			t.Errorf("%s: no market-entry-service action shown", c.name)
		case got.Decisive == nil || got.Decisive.ID != c.wantDec:
			t.Errorf("%s: %s decisive by %+v, want %s", c.name, got.Practice, got.Decisive, c.wantDec)
		case got.Horizon != HorizonNow:
			t.Errorf("%s: %s in %s, want now", c.name, got.Practice, got.Horizon)
		}
	}
}
