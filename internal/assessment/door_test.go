package assessment

import (
	"slices"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// TestDoorFirst: the door (first contact with public support) is where a
// firm starts — labelled "start here" and before its decisive steps — only
// when the firm is new to exporting (none, or now and then) or does not
// know what public support exists, and only when the catalogue could
// confirm the door's facts. An exporter that knows where support is starts
// with its decisive steps, the door after them and without the label; so
// does a firm that exports now and then with a written plan and someone
// with export experience and time for it (organised), unless it does not
// know what support exists (planner16); an unverified door is never where
// a firm starts (advisor review 5).
func TestDoorFirst(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		exports, support string
		unverified       bool
		want             bool
		organised        bool
	}{
		{"few-markets", "unaware", false, true, false},
		{"few-markets", catalogue.DontKnow, false, true, false},
		{"few-markets", "aware", false, false, false},
		{"few-markets", "contacted", false, false, false},
		{"many-markets", "regular", false, false, false},
		{"occasional", "aware", false, true, false},
		{"occasional", "contacted", false, true, false},
		{"occasional", "aware", true, false, false},
		{"few-markets", "unaware", true, false, false},
		{"occasional", "aware", false, false, true},
		{"occasional", "contacted", false, false, true},
		{"occasional", "unaware", false, true, true},
	} {
		cat := embedded(t)
		f := answersAt(cat, c.exports, 0)
		f.Set(QuestionSupportUse, answers.Single(c.support), f.Updated)
		f.Set(ProfileMainConstraint, answers.Single("buyers"), f.Updated)
		f.Set(ProfileWaitingBuyer, answers.Single("nothing"), f.Updated)
		if c.organised {
			f.Set(QuestionDecision, answers.Single("committed"), f.Updated)
			f.Set(QuestionExportResponsible, answers.Single("dedicated"), f.Updated)
			f.Set(QuestionExportPlan, answers.Single("written"), f.Updated)
		}
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		var door *Action
		for i, a := range p.Actions {
			if a.Door && a.Shown {
				door = &p.Actions[i]
			}
		}
		if door == nil && c.support == "aware" && !c.want {
			// "You know some names" is no reason for a door after the
			// firm's own steps: with no reason of its own it is in
			// --all (advisor review 6, pattern 5).
			held := false
			for _, a := range p.Actions {
				if a.Door && !a.StartHere {
					held = true
				}
			}
			if !held {
				t.Errorf("%+v: the door is neither shown nor held back", c)
			}
			continue
		}
		if door == nil {
			t.Fatalf("%+v: no door shown", c)
		}
		if c.unverified {
			// The same firm, every door it could have unverified.
			cat = embedded(t)
			for _, q := range cat.Practices {
				if q.Group == GroupFirstContact || slices.Contains(q.Also, GroupFirstContact) {
					q.Confidence = "unverified"
				}
			}
			if p, err = Build(cat, f, BuildOptions{Now: f.Updated}); err != nil {
				t.Fatal(err)
			}
		}
		shown := shownActions(p)
		di, decisive := -1, 0
		for i, a := range shown {
			if a.Door {
				di = i
				if a.StartHere != c.want {
					t.Errorf("%+v: %s start here %v, want %v", c, a.Practice, a.StartHere, c.want)
				}
			}
		}
		if di < 0 {
			t.Errorf("%+v: the door is not shown", c)
			continue
		}
		for i, a := range shown {
			if a.Door || a.Decisive == nil {
				continue
			}
			decisive++
			if c.want && i < di {
				t.Errorf("%+v: decisive %s comes before the door that starts the plan", c, a.Practice)
			}
			if !c.want && i > di && !(a.Group == "ip-protection" && a.Horizon != Horizons[0]) {
				// (the filing of a firm that has not decided to export waits
				// for the next 3 months whatever the door:
				// TestFilingWaitsForTheDecision)
				t.Errorf("%+v: decisive %s comes after a door that does not start the plan", c, a.Practice)
			}
		}
		if decisive == 0 {
			t.Errorf("%+v: no decisive action: the test shows nothing", c)
		}
	}
}

// TestCallUnconfirmed: a programme the catalogue could not confirm whose
// known call opened more than a year before the plan's day, with no end
// known, is not taken for an open call; a confirmed one, one with an end
// or a closing date, or a call opened within the year is.
func TestCallUnconfirmed(t *testing.T) {
	t.Parallel()
	d := func(y int, m time.Month, day int) *catalogue.Date {
		dt := catalogue.NewDate(y, m, day)
		return &dt
	}
	plan := planDay.Add(9 * time.Hour)
	for _, c := range []struct {
		name string
		p    catalogue.Practice
		want bool
	}{
		{"a 2025 call in December 2026", catalogue.Practice{Confidence: "unverified", ValidFrom: d(2025, 7, 1)}, true},
		{"confirmed", catalogue.Practice{Confidence: "partial", ValidFrom: d(2025, 7, 1)}, false},
		{"opened within the year", catalogue.Practice{Confidence: "unverified", ValidFrom: d(2026, 1, 15)}, false},
		{"an end known", catalogue.Practice{Confidence: "unverified", ValidFrom: d(2025, 7, 1), ValidUntil: d(2027, 6, 30)}, false},
		{"a closing known", catalogue.Practice{Confidence: "unverified", ValidFrom: d(2025, 7, 1), LastCallClosed: d(2025, 9, 30)}, false},
		{"no call", catalogue.Practice{Confidence: "unverified"}, false},
	} {
		if got := callUnconfirmed(&c.p, plan); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}

// TestHoldsBackAndBrings: a holding decisive rule's holds_back keeps its
// needs out of the plan while its action is shown — a capacity-bound firm
// gets no buyer events, partner search or fairs; a waiting buyer's offer
// carries the price and the terms — and its brings places their actions
// right after its own, in its horizon — the payment of the offer secured
// with it. Both are data: without them the plan is as before.
func TestHoldsBackAndBrings(t *testing.T) {
	t.Parallel()
	every := func(cat *catalogue.Catalogue, constraint, waiting string) []Action {
		f := answersAt(cat, "few-markets", 0)
		f.Set(ProfileMainConstraint, answers.Single(constraint), f.Updated)
		f.Set(ProfileWaitingBuyer, answers.Single(waiting), f.Updated)
		// A dedicated exporter: the plan is not cut to the next three
		// months (CapNoFullTime), so what holds back and brings shows.
		f.Set(QuestionExportResponsible, answers.Single("dedicated"), f.Updated)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		return p.Actions
	}
	plan := func(cat *catalogue.Catalogue, constraint, waiting string) []Action {
		return shownActions(Plan{Actions: every(cat, constraint, waiting)})
	}
	// heldBack counts the actions of groups not shown that say they are
	// held back, and those that do not.
	heldBack := func(as []Action, groups []string) (held, free int) {
		for _, a := range as {
			if a.Shown || a.Door || !slices.Contains(groups, a.Group) {
				continue
			}
			if a.HeldBack != nil {
				held++
			} else {
				free++
			}
		}
		return held, free
	}
	count := func(as []Action, groups []string) int {
		n := 0
		for _, a := range as {
			if !a.Door && slices.Contains(groups, a.Group) {
				n++
			}
		}
		return n
	}

	capRule := decisiveRule(t, embedded(t), "delivery-capacity", "capacity-limits-growth")
	if n := count(plan(embedded(t), "capacity", "nothing"), capRule.HoldsBack); n != 0 {
		t.Errorf("capacity as the main constraint: %d shown actions of %v", n, capRule.HoldsBack)
	}
	if held, free := heldBack(every(embedded(t), "capacity", "nothing"), capRule.HoldsBack); held == 0 || free != 0 {
		t.Errorf("capacity as the main constraint: %d actions of %v say they are held back, %d do not", held, capRule.HoldsBack, free)
	}
	cat := embedded(t)
	decisiveRule(t, cat, "delivery-capacity", "capacity-limits-growth").HoldsBack = nil
	// A capacity-bound plan is short (CapFewHands): without holds_back,
	// the buyer-finding actions are shown or left out by the caps, never
	// held back.
	as := every(cat, "capacity", "nothing")
	if held, free := heldBack(as, capRule.HoldsBack); held != 0 || free+count(shownActions(Plan{Actions: as}), capRule.HoldsBack) == 0 {
		t.Errorf("without holds_back: %d actions of %v held back, %d not: the test shows nothing", held, capRule.HoldsBack, free)
	}

	buyer := decisiveRule(t, embedded(t), GroupBuyerWaiting, "buyer-waiting")
	as = plan(embedded(t), "buyers", "enquiry")
	if n := count(as, buyer.HoldsBack); n != 0 {
		t.Errorf("a buyer waiting: %d shown actions of %v", n, buyer.HoldsBack)
	}
	if len(as) < 2 || as[0].Group != GroupBuyerWaiting || !slices.Contains(buyer.Brings, as[1].Group) || as[1].Horizon != as[0].Horizon {
		t.Errorf("a buyer waiting: want the offer, then %v in its horizon; got %v", buyer.Brings, groupsOf(as))
	} else if as[1].Decisive == nil {
		t.Errorf("%s is there because the buyer waits, but has no decisive reason", as[1].Practice)
	}
	cat = embedded(t)
	d := decisiveRule(t, cat, GroupBuyerWaiting, "buyer-waiting")
	d.HoldsBack, d.Brings = nil, nil
	as = plan(cat, "buyers", "enquiry")
	if count(as, buyer.HoldsBack) == 0 && (len(as) < 2 || !slices.Contains(buyer.Brings, as[1].Group)) {
		t.Errorf("without holds_back and brings the plan is the same: %v", groupsOf(as))
	}
}

// groupsOf are the groups of as, in order.
func groupsOf(as []Action) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Group+"@"+a.Horizon)
	}
	return out
}

// TestUnconfirmedSupportAsksLater: public support the catalogue could not
// confirm is no "now" action for a firm that exports regularly and knows
// some names of public support — even when a decisive rule holds for its
// need (the Trade Council, for a firm whose limit is finding buyers): the
// firm's own decisive steps come first, and it comes after them, from the
// next three months (advisor review 6, dk-saas-scaleup). So is an
// agency's advice in the market that the firm pays for (the Trade Council
// at an hourly fee), once confirmed (research18). A firm new to exporting,
// one that has talked to an adviser, or an agency the catalogue could
// confirm and that costs little keeps its place in "now".
func TestUnconfirmedSupportAsksLater(t *testing.T) {
	t.Parallel()
	const tc = "dk-trade-council"
	for _, c := range []struct {
		exports, support, confidence, cost string
		later                              bool
	}{
		{"few-markets", "aware", "unverified", "", true},
		{"one-market", "aware", "unverified", "", true},
		{"few-markets", "aware", "verified", "", true},
		{"few-markets", "aware", "partial", "", true},
		{"few-markets", "aware", "verified", "low", false},
		{"few-markets", "aware", "partial", "low", false},
		{"few-markets", "aware", "unverified", "low", true},
		{"few-markets", "contacted", "unverified", "", false},
		{"occasional", "aware", "unverified", "", false},
	} {
		cat := embedded(t)
		if got := cat.Practice(tc).Cost; got != "medium" {
			t.Fatalf("%s costs %q, not medium: the test shows nothing", tc, got)
		}
		cat.Practice(tc).Confidence = c.confidence
		if c.cost != "" {
			cat.Practice(tc).Cost = c.cost
		}
		f, _, err := answers.Load("../../practices/testdata/profiles/dk-saas-scaleup.yaml", cat)
		if err != nil {
			t.Fatal(err)
		}
		f.Set(ProfileExports, answers.Single(c.exports), f.Updated)
		f.Set(QuestionSupportUse, answers.Single(c.support), f.Updated)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		shown := shownActions(p)
		at, decisive := -1, 0
		for i, a := range shown {
			if a.Practice == tc {
				at = i
				if a.Decisive == nil {
					t.Errorf("%+v: %s is not decisive: the test shows nothing", c, tc)
				}
			}
		}
		if at < 0 {
			t.Errorf("%+v: %s is not shown: %v", c, tc, groupsOf(shown))
			continue
		}
		if now := shown[at].Horizon == HorizonNow; now == c.later {
			t.Errorf("%+v: %s in %s: %v", c, tc, shown[at].Horizon, groupsOf(shown))
		}
		for i, a := range shown {
			if a.Decisive == nil || a.Practice == tc {
				continue
			}
			decisive++
			if c.later && i > at {
				t.Errorf("%+v: decisive %s comes after %s", c, a.Practice, tc)
			}
		}
		if decisive < 2 {
			t.Errorf("%+v: %d other decisive actions: the test shows nothing", c, decisive)
		}
	}
}

// TestFilingWaitsForTheDecision: a firm whose owners have not decided to
// export (exploring, considering it) gets the filing of its mark for its
// target markets — a decisive step that only doing closes — in the next 3
// months, not "now": it has not chosen those markets yet (advisor review 9,
// pattern 1: dk-software-startup's UK filing "now"). Once decided, the same
// firm files now.
func TestFilingWaitsForTheDecision(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		decision string
		wantNow  bool
	}{
		{"considering", false},
		{"not-considered", false},
		{"committed", true},
	} {
		cat := embedded(t)
		f := answersAt(cat, "none", 0)
		f.Set(ProfileMainConstraint, answers.Single("buyers"), f.Updated)
		f.Set(ProfileWaitingBuyer, answers.Single("nothing"), f.Updated)
		f.Set(QuestionDecision, answers.Single(c.decision), f.Updated)
		// Duties and paperwork known: the first customs border's own step
		// (the customs code and proof of origin, which acts since advisor
		// review 10) would otherwise take "now" by rank, which is not what
		// this test is about.
		f.Set("legal-compliance.vat-customs", answers.Single("handled"), f.Updated)
		f.Set("logistics.customs-docs", answers.Single("in-house"), f.Updated)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range shownActions(p) {
			if a.Group != "ip-protection" {
				continue
			}
			found = true
			if a.Decisive == nil {
				t.Errorf("%s: %s is not decisive: the test shows nothing", c.decision, a.Practice)
			}
			if now := a.Horizon == Horizons[0]; now != c.wantNow {
				t.Errorf("%s: %s in %s, want now %v", c.decision, a.Practice, a.Horizon, c.wantNow)
			}
		}
		if !found {
			t.Errorf("%s: no trademark action shown: the test shows nothing", c.decision)
		}
	}
}

// TestDoorWithBuyerWaiting: a firm new to exporting that has a foreign
// buyer waiting and knows public support exists has begun — it starts with
// the buyer and its own decisive steps. Its door starts the plan, and is
// shown, only with a reason of its own (a gap, a market, a decisive gap),
// never for a weak area or a stage alone; a firm that does not know what
// support exists still starts at the door (advisor review 16e: a facade
// subcontractor with a Hamburg main contractor waiting was told "start
// here" at PAIH because its market knowledge scored 44%).
func TestDoorWithBuyerWaiting(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		support string
		k       int
	}{
		{"aware", 0}, {"aware", 1}, {"aware", 2}, {"contacted", 0}, {"contacted", 1}, {"unaware", 0}, {"unaware", 2},
	} {
		f := answersAt(cat, "occasional", c.k)
		f.Set(QuestionSupportUse, answers.Single(c.support), f.Updated)
		f.Set(ProfileWaitingBuyer, answers.Single("enquiry"), f.Updated)
		f.Set(ProfileMainConstraint, answers.Single("rules"), f.Updated)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		door := false
		for _, a := range p.Actions {
			if !a.Door {
				continue
			}
			door = true
			own := a.Decisive != nil || slices.ContainsFunc(a.Reasons, func(m Msg) bool { return m.Kind != ReasonScore && m.Kind != ReasonStage })
			switch {
			case c.support == "unaware" && !a.StartHere && a.Confidence != "unverified":
				t.Errorf("%+v: %s does not start the plan of a firm that does not know what support exists", c, a.Practice)
			case c.support != "unaware" && a.StartHere && !own:
				t.Errorf("%+v: %s starts the plan with no reason of its own: %+v", c, a.Practice, a.Reasons)
			case c.support != "unaware" && a.Shown && !own:
				t.Errorf("%+v: %s is shown with no reason of its own: %+v", c, a.Practice, a.Reasons)
			}
		}
		if !door {
			t.Errorf("%+v: no door: the test shows nothing", c)
		}
	}
}
