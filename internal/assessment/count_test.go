package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestMarketsAtLeast: a markets condition with at_least counts — two or
// more target markets new to the firm, not one; with all, every market of
// the pool matches and there are at least that many; at_least alone counts
// the target markets whatever they are. Eval and holds agree.
func TestMarketsAtLeast(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		current, target string
		ref             catalogue.MarketsRef
		want            bool
	}{
		{"ES,FR,", "BR,US", catalogue.MarketsRef{New: true, AtLeast: 2}, true},
		{"ES,FR,", "BR,", catalogue.MarketsRef{New: true, AtLeast: 2}, false},
		{"XI,", "XI,GB", catalogue.MarketsRef{New: true, AtLeast: 2}, false},
		{"XI,", "XI,GB", catalogue.MarketsRef{New: true}, true},
		{"XI,", "XI,GB", catalogue.MarketsRef{AtLeast: 2}, true},
		{"XI,", "GB,", catalogue.MarketsRef{AtLeast: 2}, false},
		{"", "BR,US", catalogue.MarketsRef{Kinds: []string{"far"}, AtLeast: 2}, true},
		{"", "BR,DE", catalogue.MarketsRef{Kinds: []string{"far"}, AtLeast: 2}, false},
		{"", "BR,US", catalogue.MarketsRef{Kinds: []string{"far"}, All: true, AtLeast: 3}, false},
		{"", "BR,US", catalogue.MarketsRef{Kinds: []string{"far"}, All: true, AtLeast: 2}, true},
		{"SE,", "DE,US", catalogue.MarketsRef{Kinds: []string{"far"}, All: true, AtLeast: 2}, false},
	} {
		f := file(cat, "region=pt-alentejo", "current-markets="+c.current, "target-markets="+c.target+",")
		fx := NewFacts(cat, f)
		r := &catalogue.Rule{Markets: &c.ref}
		got, _ := fx.Eval(r)
		if got != c.want {
			t.Errorf("selling in %q, targets %q, %+v: %v, want %v", c.current, c.target, c.ref, got, c.want)
		}
		if h := fx.holds(r); h != got {
			t.Errorf("selling in %q, targets %q, %+v: holds %v, Eval %v", c.current, c.target, c.ref, h, got)
		}
	}
}

// TestCapacityBoundPlanIsShort: a firm whose capacity to deliver limits
// its sales gets at most CapFewHands per horizon — five actions, none for
// 3–12 months — as three people out of capacity cannot act on eight; the
// same firm limited by finding buyers gets the full caps.
func TestCapacityBoundPlanIsShort(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	shownBy := func(constraint string) map[string]int {
		f := answersAt(cat, "few-markets", 0)
		f.Set(ProfileMainConstraint, answers.Single(constraint), f.Updated)
		// A dedicated exporter: only the capacity limit cuts the plan
		// (nobody's time would cut it too, CapNoFullTime).
		f.Set(QuestionExportResponsible, answers.Single("dedicated"), f.Updated)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		n := map[string]int{}
		for _, a := range shownActions(p) {
			n[a.Horizon]++
			n[""]++
		}
		return n
	}
	n := shownBy("capacity")
	for i, h := range Horizons {
		if n[h] > CapFewHands[i] {
			t.Errorf("capacity-bound: %d actions in %s, cap %d", n[h], h, CapFewHands[i])
		}
	}
	if n[""] == 0 {
		t.Error("capacity-bound: no action at all: the test shows nothing")
	}
	if m := shownBy("finding-buyers"); m[""] <= CapFewHands[0]+CapFewHands[1]+CapFewHands[2] {
		t.Errorf("finding buyers: %d actions, no more than a capacity-bound firm's: the test shows nothing", m[""])
	}
}

// TestNoFullTimePlanIsShort: a firm where nobody has dedicated time for
// the export work (nobody in particular, the owner when there is time, a
// named person part of the week) gets at most CapNoFullTime actions per
// horizon — the next three months' work — and its decisive steps take
// those places first: no action without a decisive gap is shown while a
// decisive one is left out (advisor review 8, pattern 5). The same firm
// with a dedicated exporter gets more, or the test shows nothing.
func TestNoFullTimePlanIsShort(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	build := func(responsible string) Plan {
		f := answersAt(cat, "few-markets", 0)
		f.Set(ProfileMainConstraint, answers.Single("finding-buyers"), f.Updated)
		f.Set(ProfileWaitingBuyer, answers.Single("nothing"), f.Updated)
		f.Set(QuestionExportResponsible, answers.Single(responsible), f.Updated)
		p, err := Build(cat, f, BuildOptions{Now: f.Updated})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	total := CapNoFullTime[0] + CapNoFullTime[1] + CapNoFullTime[2]
	for _, r := range []string{"nobody", "owner-spare-time", "part-time"} {
		p := build(r)
		n := map[string]int{}
		for _, a := range shownActions(p) {
			n[a.Horizon]++
		}
		for i, h := range Horizons {
			if n[h] > CapNoFullTime[i] {
				t.Errorf("%s: %d actions in %s, cap %d", r, n[h], h, CapNoFullTime[i])
			}
		}
		var leftDecisive, shownOther []string
		for _, a := range p.Actions {
			switch {
			case a.Shown && a.Decisive == nil && !a.Door:
				shownOther = append(shownOther, a.Practice)
			case !a.Shown && a.Decisive != nil && a.HeldBack == nil:
				leftDecisive = append(leftDecisive, a.Practice)
			}
		}
		if len(leftDecisive) > 0 && len(shownOther) > 0 {
			t.Errorf("%s: %v shown while the decisive %v are left out", r, shownOther, leftDecisive)
		}
		// A named person with part of the week has time, if not enough:
		// "nobody has dedicated time" would contradict the answer.
		want := map[bool]string{true: "assessment.notice.noFullTime.partTime", false: "assessment.notice.noFullTime"}[r == "part-time"]
		var ids []string
		for _, m := range p.Notices {
			if strings.HasPrefix(m.ID, "assessment.notice.noFullTime") {
				ids = append(ids, m.ID)
			}
		}
		if !slices.Equal(ids, []string{want}) {
			t.Errorf("%s: the plan says why it is short with %v, want [%s]", r, ids, want)
		}
	}
	p := build("dedicated")
	if n := len(shownActions(p)); n <= total {
		t.Errorf("a dedicated exporter: %d actions, no more than CapNoFullTime's %d: the test shows nothing", n, total)
	}
	if slices.ContainsFunc(p.Notices, func(m Msg) bool { return strings.HasPrefix(m.ID, "assessment.notice.noFullTime") }) {
		t.Error("a dedicated exporter is told nobody has time for exports")
	}
}
