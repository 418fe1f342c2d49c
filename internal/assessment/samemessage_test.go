package assessment

import (
	"reflect"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// TestSameMessageIsDeepEqual: sameMessage says of every pair of a set of
// messages what reflect.DeepEqual says: arguments of each kind a reason
// has (texts, strings, numbers, lists, messages, counts) and of others,
// each pair differing in one thing.
func TestSameMessageIsDeepEqual(t *testing.T) {
	t.Parallel()
	one, two, alsoOne := 1, 2, 1
	list := func(sep string, join diag.Join, items ...any) diag.List {
		return diag.List{Items: items, Sep: sep, Join: join}
	}
	msgs := []diag.Message{
		diag.M("a"),
		{ID: "a", Args: []any{}},
		diag.M("b"),
		diag.M("a", "x"),
		diag.M("a", diag.Text("x")),
		diag.M("a", diag.Text("y")),
		diag.M("a", 1),
		diag.M("a", 2),
		diag.M("a", 1.0),
		diag.M("a", diag.Euro(1)),
		diag.M("a", []string{"DE", "FR"}),
		diag.M("a", []string{"DE", "IT"}),
		diag.M("a", list("', '", diag.JoinSep, diag.Text("x"), "y")),
		diag.M("a", list("', '", diag.JoinSep, diag.Text("x"), "z")),
		diag.M("a", list(", ", diag.JoinSep, diag.Text("x"), "y")),
		diag.M("a", list("', '", diag.JoinAnd, diag.Text("x"), "y")),
		diag.M("a", list("', '", diag.JoinSep)),
		diag.M("a", diag.List{Items: []any{}, Sep: "', '"}),
		diag.M("a", diag.M("assessment.answer.dontKnow")),
		diag.M("a", diag.M("assessment.answer.notApplicable")),
		diag.M("a", diag.M("b", diag.Text("x"))),
		diag.N("a", 1),
		diag.N("a", 2),
		{ID: "a", Count: &one},
		{ID: "a", Count: &two},
		{ID: "a", Count: &alsoOne},
	}
	for i, a := range msgs {
		for j, b := range msgs {
			// Copies, so that no pair shares its lists.
			b = diag.M(b.ID, append([]any(nil), b.Args...)...)
			b.Count = msgs[j].Count
			if msgs[j].Args != nil && len(msgs[j].Args) == 0 {
				b.Args = []any{}
			}
			if got, want := sameMessage(a, b), reflect.DeepEqual(a, b); got != want {
				t.Errorf("sameMessage(%d %#v, %d %#v) = %v, DeepEqual says %v", i, a, j, b, got, want)
			}
		}
	}
	// A list of fields the comparison knows: a new one must be compared too.
	if n := reflect.TypeFor[diag.List]().NumField(); n != 3 {
		t.Errorf("diag.List has %d fields: sameArg compares 3 (Items, Sep, Join)", n)
	}
	if n := reflect.TypeFor[diag.Message]().NumField(); n != 3 {
		t.Errorf("diag.Message has %d fields: sameMessage compares 3 (ID, Args, Count)", n)
	}
}

// TestAppendReasonsAllocatesNothing: adding reasons a list already has
// (an answer atom said by two sub-rules: its message's arguments a list
// of option labels and the question's text) allocates nothing; through
// reflect.DeepEqual each comparison allocated the map of the lists it had
// compared.
func TestAppendReasonsAllocatesNothing(t *testing.T) {
	mk := func() reason {
		labels := diag.List{Sep: "', '", Items: []any{diag.Text("\x02enYes"), diag.M("assessment.answer.dontKnow")}}
		return reason{kind: TraceAnswer, ref: "q", hit: []string{"yes"}, m: diag.M("assessment.reason.answer", labels, diag.Text("\x02enA question?"))}
	}
	list := []reason{{kind: TraceAnswer, ref: "q", m: diag.M("assessment.reason.answer", diag.List{}, diag.Text("other"))}, mk()}
	again := []reason{mk(), mk()}
	allocs := testing.AllocsPerRun(100, func() {
		if out := appendReasons(list, again...); len(out) != 2 {
			t.Fatalf("appendReasons added a reason the list has: %d", len(out))
		}
	})
	if allocs != 0 {
		t.Errorf("appendReasons of reasons the list has made %v allocations, want 0", allocs)
	}
}

// TestAppendNewMsg: a reason is said once for its kind, ref and ID, each
// compared as it is — not as the three joined with "|", which took kind
// "a|b" of ref "c" and kind "a" of ref "b|c" for one.
func TestAppendNewMsg(t *testing.T) {
	var out []Msg
	for _, m := range []Msg{
		{Kind: "gap", Ref: "q1", ID: "x"},
		{Kind: "gap", Ref: "q1", ID: "x", Text: "said again"},
		{Kind: "gap", Ref: "q2", ID: "x"},
		{Kind: "a|b", Ref: "c", ID: "x"},
		{Kind: "a", Ref: "b|c", ID: "x"},
		{Kind: "gap", Ref: "q1", ID: "y"},
	} {
		out = appendNewMsg(out, m)
	}
	var got []string
	for _, m := range out {
		got = append(got, m.Kind+" "+m.Ref+" "+m.ID+" "+m.Text)
	}
	want := []string{"gap q1 x ", "gap q2 x ", "a|b c x ", "a b|c x ", "gap q1 y "}
	if !slices.Equal(got, want) {
		t.Errorf("appendNewMsg kept %q, want %q", got, want)
	}
}

// TestTraceAllocations: a trace's items and their messages are made in
// one allocation each, at their size — what else it allocates is its
// values' strings. Grown an item at a time, with each message on its
// own, a trace was some eight allocations of eis plan for each action.
// Not parallel: testing.AllocsPerRun.
func TestTraceAllocations(t *testing.T) {
	cat := embedded(t)
	f := completeAnswers(cat)
	pl := groupedPlanner(cat, f, f.Updated)
	tried := 0
	for _, c := range pl.actions {
		if len(c.why)+len(c.vd.checks)+len(c.vd.no) < 2 {
			continue
		}
		tried++
		values := testing.AllocsPerRun(20, func() {
			for _, r := range c.why {
				switch r.kind {
				case TraceAnswer, TraceProfile:
					if v, ok := pl.fx.given[r.ref]; ok {
						_ = joinOpts(v.Options)
					}
				case TraceMarkets:
					_ = joinOpts(r.countries)
				}
			}
			_, _, _ = fmtRank(c.fit), fmtRank(c.gap), fmtRank(c.rank)
			if c.market {
				_ = fmtRank(MarketBonus)
			}
			_ = pl.placedBy(c)
		})
		if got := testing.AllocsPerRun(20, func() { pl.trace(c) }); got > values+2 {
			t.Errorf("the trace of %s (%d reasons, %d checks) made %v allocations, want at most %v (its values' %v, its items and messages one each)", c.p.ID, len(c.why), len(c.vd.checks)+len(c.vd.no), got, values+2, values)
		}
	}
	if tried == 0 {
		t.Fatal("no action of the complete answers' plan has two reasons or checks")
	}
}
