package assessment

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestBuyerReachMarketChoice: a firm that makes goods under other firms'
// labels, whose waiting buyer orders for all its target markets
// (buyer-reach: all), is not told to choose one of them to start with —
// the buyer has chosen (adv16a, adv16e: it-knitwear-private-label-de's
// German chain buys for its stores in Germany and Sweden, and the plan
// said to choose between them). Any other answer, "don't know" and a file
// from before the question keep the market choice, starting with the
// buyer's market; so does pl-outerwear-private-label-nordics with a
// Swedish chain waiting that buys for Sweden only, while one buying for
// Denmark and Sweden stands it down.
func TestBuyerReachMarketChoice(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const knit = "  buyer-reach: all\n"
	const outer = "  waiting-buyer: nothing\n"
	for _, c := range []struct {
		profile string
		edit    [2]string
		choice  bool
	}{
		{"it-knitwear-private-label-de", [2]string{knit, knit}, false},
		{"it-knitwear-private-label-de", [2]string{knit, indentLine("buyer-reach: some")}, true},
		{"it-knitwear-private-label-de", [2]string{knit, indentLine("buyer-reach: one")}, true},
		{"it-knitwear-private-label-de", [2]string{knit, indentLine("buyer-reach: dont-know")}, true},
		{"it-knitwear-private-label-de", [2]string{knit, ""}, true},
		{"pl-outerwear-private-label-nordics", [2]string{outer, "  waiting-buyer: enquiry\n  buyer-market: SE\n  buyer-reach: all\n"}, false},
		{"pl-outerwear-private-label-nordics", [2]string{outer, "  waiting-buyer: enquiry\n  buyer-market: SE\n  buyer-reach: one\n"}, true},
		{"pl-outerwear-private-label-nordics", [2]string{outer, outer}, true},
	} {
		f := editedProfile(t, cat, c.profile, c.edit)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		choice := slices.ContainsFunc(p.Actions, func(a Action) bool {
			return a.Practice == "global-choose-first-market" ||
				a.Decisive != nil && a.Decisive.ID == "several-markets-at-once"
		})
		if choice != c.choice {
			t.Errorf("%s with %q: told to choose one market to start with: %v, want %v", c.profile, c.edit[1], choice, c.choice)
		}
		if c.edit[1] == "" && !SituationMissing(cat, f) {
			t.Errorf("%s without buyer-reach: not reopened to ask it", c.profile)
		}
	}
}

// TestBuyerReachOneTarget: whether the waiting buyer's order is for more
// than one of the firm's target markets is not asked of a firm with one
// target market (session 18: hr-sauerkraut-private-label-at's Austrian
// chain, Austria its one target, was asked it). Its plan is the plan of
// "one", as before the question: the firm's own brand, unregistered in
// Austria, stays a decisive gap — also for a file that answered "all"
// while the question was asked, since an answer to a question not asked
// is ignored. A firm that adds a second target market is asked it, and a
// complete file is reopened to ask it.
func TestBuyerReachOneTarget(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	const target = "  target-markets: [AT]\n"
	const reach = "  buyer-market: AT\n"
	for _, c := range []struct {
		name  string
		edits [][2]string
		asked bool
		brand bool // own-brand-unprotected decisive
	}{
		{"one target", nil, false, true},
		{"one target, answered one", [][2]string{{reach, reach + "  buyer-reach: one\n"}}, false, true},
		{"one target, answered all", [][2]string{{reach, reach + "  buyer-reach: all\n"}}, false, true},
		{"one target, answered some", [][2]string{{reach, reach + "  buyer-reach: some\n"}}, false, true},
		{"two targets", [][2]string{{target, "  target-markets: [AT, DE]\n"}}, true, true},
		{"two targets, all", [][2]string{{target, "  target-markets: [AT, DE]\n"}, {reach, reach + "  buyer-reach: all\n"}}, true, false},
	} {
		f := editedProfile(t, cat, "hr-sauerkraut-private-label-at", c.edits...)
		checkAsked(t, c.name, cat, f, ProfileBuyerReach, c.asked)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		brand := slices.ContainsFunc(p.Actions, func(a Action) bool { return a.Decisive != nil && a.Decisive.ID == "own-brand-unprotected" })
		if brand != c.brand {
			t.Errorf("%s: the own brand's registration decisive %v, want %v", c.name, brand, c.brand)
		}
	}
}

// TestBuyerOrderMarkets: a firm whose waiting chain buys for some of its
// target markets (buyer-reach: some) is asked which (buyer-order-markets),
// and the market choice says to start there, together, and to choose the
// next market among the others once the order runs. It said to start
// with the buyer's market and called the chain's other market "not so"
// (session 18: pl-outerwear-private-label-nordics aiming at Denmark,
// Sweden and Finland, a Swedish chain buying for Sweden and Denmark).
// Without the answer (an older file) the file is reopened to ask it and
// the plan says what it said; naming every target changes nothing either. Its steps say the same as its reason: "start with
// the markets the buyer's order is for, together" (step 5) in place of
// "choose one to start with" and "the others on hold until the first
// works" (steps 2 and 3), which contradicted it (session 19, adv19j); the
// firm answering "one" keeps them. A firm answering "one" is asked which market
// too (session 22): the order is for one of its targets, not always the
// buyer's own country (a Swedish chain ordering for its Danish stores was
// told to start in Sweden), and the market choice starts where the firm
// says; without the answer (an older file), as before. Nor do its title and summary say "choose
// one market" there (session 20, adv20a). A buyer outside the target
// markets (a Norwegian chain, a German one) whose order is for one of them
// makes the reason say to start with that market, which the plan cannot
// name: the plan compared the targets on its facts and said they came out
// even (adv20a).
func TestBuyerOrderMarkets(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	base := [2]string{"  target-markets: [DK, SE]\n  waiting-buyer: nothing\n", "  target-markets: [DK, SE, FI]\n  waiting-buyer: enquiry\n"}
	const order, before = "assessment.reason.firstMarket.order", "assessment.reason.firstMarket.choose"
	const elsewhere, single = "assessment.reason.firstMarket.orderOne", "assessment.reason.firstMarket.orderSingle"
	// The market choice's title and summary must not say "choose one
	// market" where its steps say to start with several together.
	one := map[string][]string{
		"en": {"one market", "choose one"}, "da": {"ét marked", "vælg ét"}, "it": {"un mercato", "sceglietene uno"},
		"pl": {"jeden rynek", "wybrać jeden"}, "pt": {"um mercado", "escolha um"}, "hr": {"jedno tržište", "odaberite jedno"},
	}
	for _, c := range []struct {
		name, add string
		buyer     string // buyer-market; SE when ""
		asked     bool
		id        string
		en, da    []string // in the reason
		left      []int    // the market choice's steps left out, when not nil
	}{
		{"some, named", "  buyer-reach: some\n  buyer-order-markets: [SE, DK]\n", "", true, order,
			[]string{"target markets: Denmark and Sweden.", "take up Finland next"}, []string{"målmarkeder: Danmark og Sverige.", "tag Finland op"}, []int{2, 3, 4}},
		{"some, not named", "  buyer-reach: some\n", "", true, before, nil, nil, nil},
		{"some, every target named", "  buyer-reach: some\n  buyer-order-markets: [SE, DK, FI]\n", "", true, before, nil, nil, nil},
		{"one", "  buyer-reach: one\n", "", true, before, nil, nil, []int{4, 5}},
		{"one, named the buyer's market", "  buyer-reach: one\n  buyer-order-markets: [SE]\n", "", true, single,
			[]string{"one of your target markets: Sweden.", "choose your next market among Denmark and Finland"}, []string{"ét af jeres målmarkeder: Sverige."}, []int{4, 5}},
		{"one, named another market than the buyer's", "  buyer-reach: one\n  buyer-order-markets: [DK]\n", "", true, single,
			[]string{"one of your target markets: Denmark.", "among Sweden and Finland"}, []string{"ét af jeres målmarkeder: Danmark."}, []int{4, 5}},
		{"one, markets named all the same", "  buyer-reach: one\n  buyer-order-markets: [SE, DK]\n", "", true, order,
			[]string{"target markets: Denmark and Sweden.", "take up Finland next"}, []string{"målmarkeder: Danmark og Sverige."}, []int{4, 5}},
		{"one, the buyer in Norway", "  buyer-reach: one\n", "\"NO\"", true, elsewhere,
			[]string{"The waiting buyer is in Norway, which is not one of your target markets", "start with that market"}, []string{"køber er i Norge"}, []int{4, 5}},
		{"one, the buyer in Norway, the market named", "  buyer-reach: one\n  buyer-order-markets: [DK]\n", "\"NO\"", true, single,
			[]string{"one of your target markets: Denmark."}, []string{"ét af jeres målmarkeder: Danmark."}, []int{4, 5}},
		{"one, the buyer in Germany, where the firm sells", "  buyer-reach: one\n", "DE", true, elsewhere,
			[]string{"is in Germany"}, []string{"er i Tyskland"}, []int{4, 5}},
		{"all, the buyer in Norway", "  buyer-reach: all\n", "\"NO\"", false, "", nil, nil, nil},
	} {
		buyer := cmp.Or(c.buyer, "SE")
		f := editedProfile(t, cat, "pl-outerwear-private-label-nordics", [2]string{base[0], base[1] + "  buyer-market: " + buyer + "\n" + c.add})
		checkAsked(t, c.name, cat, f, ProfileBuyerOrderMarkets, c.asked)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(p.Actions, func(a Action) bool { return a.Practice == PracticeChooseFirstMarket })
		if c.id == "" {
			if i >= 0 {
				t.Errorf("%s: a market choice, though the buyer has chosen", c.name)
			}
			continue
		}
		if i < 0 {
			t.Errorf("%s: no market choice", c.name)
			continue
		}
		if pr := cat.Practice(PracticeChooseFirstMarket); slices.Contains(c.left, 2) {
			for lang, ws := range one {
				for _, txt := range []string{pr.Title.In(lang), pr.Summary.In(lang)} {
					for _, w := range ws {
						if strings.Contains(strings.ToLower(txt), w) {
							t.Errorf("%s in %s: the market choice says %q (%q), but its steps say to start with the order's markets together", c.name, lang, w, txt)
						}
					}
				}
			}
		}
		if c.left != nil && !slices.Equal(p.Actions[i].LeftOutSteps, c.left) {
			t.Errorf("%s: the market choice leaves out steps %v, want %v", c.name, p.Actions[i].LeftOutSteps, c.left)
		}
		j := slices.IndexFunc(p.Actions[i].Reasons, func(m Msg) bool { return strings.HasPrefix(m.ID, "assessment.reason.firstMarket.") })
		if j < 0 || p.Actions[i].Reasons[j].ID != c.id {
			t.Errorf("%s: the market choice's reason %v, want %s", c.name, p.Actions[i].Reasons, c.id)
			continue
		}
		for lang, want := range map[string][]string{"en": c.en, "da": c.da} {
			got := say(lang, p.Actions[i].Reasons[j].Message)
			for _, w := range want {
				if !strings.Contains(got, w) {
					t.Errorf("%s in %s: %q, want %q in it", c.name, lang, got, w)
				}
			}
		}
	}
}

// TestProfileNamesSaid: every profile question a plan's notice may name
// as missing (ProfileSituation, and the version 2 questions) has its short
// name in every language — buyer-order-markets came without one, and the
// notice showed the message's key (session 18).
func TestProfileNamesSaid(t *testing.T) {
	t.Parallel()
	for _, id := range append(slices.Clone(ProfileSituation), profileSince2...) {
		for _, lang := range []string{"en", "da", "it", "pl", "pt", "hr"} {
			if !i18n.Get(lang).Has("assessment.profile.name." + id) {
				t.Errorf("%s: no short name for %s", lang, id)
			}
		}
	}
}
