package assessment

import (
	"reflect"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

func answer(q string, in ...string) *catalogue.Rule {
	return &catalogue.Rule{Answer: &catalogue.AnswerIn{Question: q, In: in}}
}

func profile(q string, in ...string) *catalogue.Rule {
	return &catalogue.Rule{Profile: &catalogue.AnswerIn{Question: q, In: in}}
}

func below(d string, v float64) *catalogue.Rule {
	return &catalogue.Rule{ScoreBelow: &catalogue.ScoreRef{Dimension: d, Value: v}}
}

func atLeast(d string, v float64) *catalogue.Rule {
	return &catalogue.Rule{ScoreAtLeast: &catalogue.ScoreRef{Dimension: d, Value: v}}
}

func TestEval(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	// q1=o1 (0.25) and q2=n (0) give d1 = 0.125; q3 a,c gives d2 = 1 (capped).
	base := []string{"region=r-home", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=dont-know"}
	tests := []struct {
		name    string
		answers []string
		rule    *catalogue.Rule
		want    bool
		reasons []string
	}{
		{"nil rule", base, nil, true, nil},
		{"empty all", base, &catalogue.Rule{All: []*catalogue.Rule{}}, true, nil},
		{"empty any", base, &catalogue.Rule{Any: []*catalogue.Rule{}}, false, nil},
		{"answer in", base, answer("q2", "n"), true, []string{"You answered 'No' to 'Do you have a written export plan?'."}},
		{"answer not in", base, answer("q2", "y"), false, []string{"You answered 'No' to 'Do you have a written export plan?'."}},
		{"answer dont-know in", base, answer("q4", "dont-know"), true, []string{"You answered 'Don't know' to 'Is the offer adapted?'."}},
		{"multi any chosen", base, answer("q3", "c", "b"), true, []string{"You answered 'Local partner' to 'How do you study markets?'."}},
		{"multi none chosen", base, answer("q3", "b"), false, []string{"You answered 'Desk research', 'Local partner' to 'How do you study markets?'."}},
		{"multi empty choice", []string{"q3="}, answer("q3", "a"), false, []string{"You chose none of the options for 'How do you study markets?'."}},
		{"unanswered is false", base, answer("q5", "x"), false, []string{"You have not answered 'Do you need help pricing?'."}},
		{"unanswered not-in is still false under not", base, &catalogue.Rule{Not: answer("q5", "x")}, true, []string{"You have not answered 'Do you need help pricing?'."}},
		{"answer to unasked question is false", []string{"q1=o0", "q2=y"}, answer("q2", "y"), false, []string{"You have not answered 'Do you have a written export plan?'."}},
		{"profile region", base, profile("region", "r-home", "r-other"), true, []string{"You answered 'Home' to 'Where is your firm based?'."}},
		{"profile region false", base, profile("region", "r-other"), false, []string{"You answered 'Home' to 'Where is your firm based?'."}},
		{"score below", base, below("d1", 0.5), true, []string{"Strategy scores 13%, below 50%."}},
		{"score below false", base, below("d2", 0.5), false, []string{"Market knowledge scores 100%, at least 50%."}},
		{"score at least", base, atLeast("d2", 1), true, []string{"Market knowledge scores 100%, at least 100%."}},
		{"score at least false", base, atLeast("d1", 0.25), false, []string{"Strategy scores 13%, below 25%."}},
		{"below, rounding to the threshold, shows a decimal", base, below("d1", 0.13), true, []string{"Strategy scores 12.5%, below 13%."}},
		{"at least, rounding to the threshold, stays whole", base, below("d1", 0.125), false, []string{"Strategy scores 13%, at least 13%."}},
		{"no score: below is false", base, below("d3", 1), false, []string{"Offer has no score yet."}},
		{"no score: at least is false", base, atLeast("d3", 0), false, []string{"Offer has no score yet."}},
		{"stage", base, &catalogue.Rule{Stage: []string{"exploring", "expanding"}}, true, []string{"You are at the stage 'Exploring'."}},
		{"stage false", base, &catalogue.Rule{Stage: []string{"established"}}, false, []string{"You are at the stage 'Exploring'."}},
		{"not", base, &catalogue.Rule{Not: answer("q1", "o0")}, true, []string{"You answered 'Considering' to 'Have you decided to export?'."}},
		{"all true keeps every reason", base, &catalogue.Rule{All: []*catalogue.Rule{answer("q2", "n"), below("d1", 0.5)}}, true,
			[]string{"You answered 'No' to 'Do you have a written export plan?'.", "Strategy scores 13%, below 50%."}},
		{"all false keeps the false parts' reasons", base, &catalogue.Rule{All: []*catalogue.Rule{answer("q2", "n"), below("d2", 0.5)}}, false,
			[]string{"Market knowledge scores 100%, at least 50%."}},
		{"any keeps only the true parts' reasons", base, &catalogue.Rule{Any: []*catalogue.Rule{answer("q2", "y"), profile("exports", "none")}}, true,
			[]string{"You answered 'Not yet' to 'Do you export?'."}},
		{"any false keeps all reasons", base, &catalogue.Rule{Any: []*catalogue.Rule{answer("q2", "y"), profile("exports", "many-markets")}}, false,
			[]string{"You answered 'No' to 'Do you have a written export plan?'.", "You answered 'Not yet' to 'Do you export?'."}},
		{"duplicate reasons are kept once", base, &catalogue.Rule{All: []*catalogue.Rule{answer("q2", "n"), answer("q2", "n", "y")}}, true,
			[]string{"You answered 'No' to 'Do you have a written export plan?'."}},
		{"several fields set: all must hold", base, &catalogue.Rule{Answer: &catalogue.AnswerIn{Question: "q2", In: []string{"n"}}, Stage: []string{"established"}}, false,
			[]string{"You are at the stage 'Exploring'."}},
		{"unknown question is false", base, answer("nope", "x"), false, []string{"You have not answered 'nope'."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fx := NewFacts(cat, file(cat, tt.answers...))
			got, why := fx.Eval(tt.rule)
			if got != tt.want {
				t.Errorf("Eval = %v, want %v", got, tt.want)
			}
			var texts []string
			for _, r := range why {
				texts = append(texts, say("en", r.m))
			}
			if !reflect.DeepEqual(texts, tt.reasons) {
				t.Errorf("reasons:\n got %q\nwant %q", texts, tt.reasons)
			}
		})
	}
}

// TestEvalNotIsAGuard pins that a not gives its value but no reasons: it
// says when a practice stays out, not why it is offered (its atoms are
// kept, marked gate, for the trace only). The atoms that
// made a guard's inner rule false were reported as reasons — "You sell to
// other businesses" for an Irish engineering firm's distributor check,
// whose guard keeps it from consumer-only web shops, which then won its
// market-entry need in --all over the Market Discovery Fund (session 21).
func TestEvalNotIsAGuard(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	// q1=o1 (Considering), q2=n (No), exports=none (Not yet).
	base := []string{"region=r-home", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=dont-know"}
	not := func(r *catalogue.Rule) *catalogue.Rule { return &catalogue.Rule{Not: r} }
	all := func(rs ...*catalogue.Rule) *catalogue.Rule { return &catalogue.Rule{All: rs} }
	anyOf := func(rs ...*catalogue.Rule) *catalogue.Rule { return &catalogue.Rule{Any: rs} }
	plan := "You answered 'No' to 'Do you have a written export plan?'."
	tests := []struct {
		name    string
		rule    *catalogue.Rule
		want    bool
		reasons []string // not gate
		gated   int
	}{
		{"a true not on an answer: no reasons", not(answer("q1", "o0")), true, nil, 1},
		{"a false not: no reasons", not(answer("q2", "n")), false, nil, 1},
		{"a not on a profile answer: no fact", not(profile("exports", "many-markets")), true, nil, 1},
		{"a not on a score: no score", not(below("d2", 0.5)), true, nil, 1},
		{"a not on a stage: no stage", not(&catalogue.Rule{Stage: []string{"established"}}), true, nil, 1},
		{"not of not: the value, no reasons", not(not(answer("q2", "n"))), true, nil, 1},
		{"all with a guard: only the trigger's reasons", all(answer("q2", "n"), not(answer("q1", "o0"))), true, []string{plan}, 1},
		{"all with a compound guard: none of its atoms", all(answer("q2", "n"), not(all(profile("region", "r-other"), not(profile("exports", "none"))))), true, []string{plan}, 2},
		{"all false only by its guard: no reasons", all(answer("q2", "n"), not(answer("q2", "n"))), false, nil, 1},
		{"any whose first true part is a guard: the trigger's reasons", anyOf(not(answer("q1", "o0")), answer("q2", "n")), true, []string{plan}, 1},
		{"any true by its guard alone: no reasons", anyOf(answer("q2", "y"), not(answer("q5", "x"))), true, nil, 1},
		{"a guard beside an atom in one rule: the atom's reasons", &catalogue.Rule{Not: answer("q1", "o0"), Answer: &catalogue.AnswerIn{Question: "q2", In: []string{"n"}}}, true, []string{plan}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fx := NewFacts(cat, file(cat, base...))
			got, why := fx.Eval(tt.rule)
			if got != tt.want {
				t.Errorf("Eval = %v, want %v", got, tt.want)
			}
			if h := fx.holds(tt.rule); h != got {
				t.Errorf("holds = %v, Eval = %v", h, got)
			}
			var texts []string
			gated := 0
			for _, r := range why {
				if r.gate {
					gated++
					continue
				}
				texts = append(texts, say("en", r.m))
			}
			if !reflect.DeepEqual(texts, tt.reasons) {
				t.Errorf("reasons:\n got %q\nwant %q", texts, tt.reasons)
			}
			if gated != tt.gated {
				t.Errorf("%d atoms marked gate (kept for the trace), want %d", gated, tt.gated)
			}
		})
	}
}

func TestEvalReasonKindsAndDanish(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	fx := NewFacts(cat, file(cat, "region=r-home", "q1=o2", "q2=n"))
	_, why := fx.Eval(&catalogue.Rule{All: []*catalogue.Rule{answer("q2", "n"), profile("region", "r-home"), below("d1", 0.5), {Stage: []string{"exploring"}}}})
	type kr struct{ kind, ref, text string }
	want := []kr{
		{TraceAnswer, "q2", "I svarede \"Nej\" på \"Har I en skriftlig eksportplan?\"."},
		{TraceProfile, "region", "I svarede \"Hjem\" på \"Hvor ligger virksomheden?\"."},
		{TraceScore, "d1", "Strategi scorer 25\u00a0%, under 50\u00a0%."},
		{TraceStage, "exploring", "I er i fasen \"Undersøgende\"."},
	}
	var got []kr
	for _, r := range why {
		got = append(got, kr{r.kind, r.ref, say("da", r.m)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("reasons:\n got %+v\nwant %+v", got, want)
	}
	if !why[2].below {
		t.Error("a score_below atom is not marked below")
	}
}

func TestAsked(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		name    string
		answers []string
		asked   string // IDs of asked scored questions
		next    string // NextUnanswered, "" for none
	}{
		{"nothing answered: q2 asked (no answer is not o0), q5 not (no answer is not in o0, o1)", nil, "q1 q2 q3 q4", "region"},
		{"q1=o0 hides q2 and asks q5", []string{"q1=o0"}, "q1 q3 q4 q5", "region"},
		{"q1=o3 shows q2 and hides q5", []string{"q1=o3"}, "q1 q2 q3 q4", "region"},
		{"a full answer set for q1=o3", []string{"q1=o3", "q2=n", "q3=a", "q4=yes"}, "q1 q2 q3 q4", "region"},
		{"q1=o1 asks both q2 and q5", []string{"q1=o1", "q2=n"}, "q1 q2 q3 q4 q5", "region"},
		{"dont-know in q2 excluded from d1", []string{"q1=o1", "q2=dont-know"}, "q1 q2 q3 q4 q5", "region"},
		{"profile done, first open scored question",
			[]string{"region=r-home", "sector=s1", "size=small", "exports=none", "markets=m-near", "q1=o3", "q2=y"}, "q1 q2 q3 q4", "q3"},
		{"all answered",
			[]string{"region=r-home", "sector=s1", "size=small", "exports=none", "markets=", "q1=o0", "q3=not-applicable", "q4=no", "q5=x"}, "q1 q3 q4 q5", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := file(cat, tt.answers...)
			var got []string
			for _, q := range Applicable(cat, f) {
				if q.Scored() {
					got = append(got, q.ID)
				}
				if !Asked(cat, f, q) {
					t.Errorf("Applicable lists %s but Asked says no", q.ID)
				}
			}
			if strings.Join(got, " ") != tt.asked {
				t.Errorf("asked %q, want %q", strings.Join(got, " "), tt.asked)
			}
			next := ""
			if q := NextUnanswered(cat, f); q != nil {
				next = q.ID
			}
			if next != tt.next {
				t.Errorf("NextUnanswered = %q, want %q", next, tt.next)
			}
		})
	}
}

func TestMissing(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := file(cat, "region=r-home", "sector=s1", "size=small", "exports=none", "q1=o0", "q3=a")
	var got []string
	for _, q := range Missing(cat, f) {
		got = append(got, q.ID)
	}
	if want := "markets q4 q5"; strings.Join(got, " ") != want {
		t.Errorf("Missing = %q, want %q", strings.Join(got, " "), want)
	}
}

// TestEvalGateFacts: beside what a rule asks for, a true exclusion on the
// profile ("not a firm that sells only to consumers online") keeps its
// profile facts in the trace, marked gate: they say whom the practice is
// not for, and an idea or action must not take them for why it fits (the
// export consortium came to every firm that sells to businesses with
// "You sell to other businesses" as its reason; session 22). A rule that
// is only an exclusion marks its facts too, and so is an answer under a not
// (a guard's answer is no gap: say a gap with a positive atom).
func TestEvalGateFacts(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	fx := NewFacts(cat, file(cat, "region=r-home", "exports=none", "q1=o1", "q2=n"))
	gate := &catalogue.Rule{Not: profile("region", "r-other")}
	tests := []struct {
		name  string
		rule  *catalogue.Rule
		gates []bool
	}{
		{"exclusion beside a score", &catalogue.Rule{All: []*catalogue.Rule{below("d1", 0.5), gate}}, []bool{false, true}},
		{"exclusion beside a positive fact", &catalogue.Rule{All: []*catalogue.Rule{profile("exports", "none"), gate}}, []bool{false, true}},
		{"exclusion alone", gate, []bool{true}},
		{"all of exclusions only", &catalogue.Rule{All: []*catalogue.Rule{gate}}, []bool{true}},
		{"an answer under not is a guard's too", &catalogue.Rule{All: []*catalogue.Rule{below("d1", 0.5), {Not: answer("q2", "y")}}}, []bool{false, true}},
		{"a positive atom said again keeps its reason", &catalogue.Rule{All: []*catalogue.Rule{{Not: answer("q2", "y")}, answer("q2", "n")}}, []bool{false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, why := fx.Eval(tt.rule)
			if !ok {
				t.Fatal("rule is false")
			}
			var got []bool
			for _, r := range why {
				got = append(got, r.gate)
			}
			if !reflect.DeepEqual(got, tt.gates) {
				t.Errorf("gate marks %v, want %v (%+v)", got, tt.gates, why)
			}
		})
	}
}

// TestEvalPartsAllocateNothing: a rule with several fields set allocates
// for its parts' reasons and for the list that joins them, no more — the
// parts themselves are gathered on the stack (appended to a nil slice,
// they were 177 allocations of eis plan).
// Not parallel: testing.AllocsPerRun.
func TestEvalPartsAllocateNothing(t *testing.T) {
	cat := testCat(t)
	fx := NewFacts(cat, file(cat, "region=r-home", "exports=none", "q1=o1", "q2=n", "q3=a,c", "q4=dont-know"))
	parts := []*catalogue.Rule{
		answer("q2", "n"),
		{Stage: []string{"exploring"}},
		below("d1", 0.5),
	}
	whole := &catalogue.Rule{Answer: parts[0].Answer, Stage: parts[1].Stage, ScoreBelow: parts[2].ScoreBelow}
	if v, why := fx.Eval(whole); !v || len(why) != 3 {
		t.Fatalf("Eval = %v with %d reasons, want true with 3", v, len(why))
	}
	// What the three atoms allocate, each evaluated on its own.
	alone := testing.AllocsPerRun(50, func() { fx.answerIn(parts[0].Answer, TraceAnswer, true) }) +
		testing.AllocsPerRun(50, func() { fx.stageIn(parts[1].Stage, true) }) +
		testing.AllocsPerRun(50, func() { fx.score(parts[2].ScoreBelow, true, true) })
	// Joining three one-reason lists: the second grows the list to 2,
	// the third to 4.
	const join = 2
	got := testing.AllocsPerRun(50, func() { fx.Eval(whole) })
	if got > alone+join {
		t.Errorf("Eval of a rule of 3 parts made %v allocations, want at most %v (its atoms alone %v, joining their reasons %v)", got, alone+join, alone, join)
	}
}
