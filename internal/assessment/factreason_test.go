package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
)

// A reason about a multiple-choice profile answer speaks of the options
// that made its atom true: a rule on sells-to [public] told a firm selling
// to businesses and public bodies "You sell to other businesses." (the
// first option it chose that has a fact; seen in uk-medtech-us's plan,
// session 15).
func TestFactReasonSpeaksOfTheOptionsThatMatched(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	fact := func(q, o string) string {
		t.Helper()
		opt := cat.Question(q).Option(o)
		if opt == nil || !hasText(opt.Fact) {
			t.Fatalf("%s: option %s has no fact text", q, o)
		}
		return diag.Text(opt.Fact).In("en")
	}
	for _, tc := range []struct {
		name   string
		q      string
		chosen []string
		in     []string
		want   string
	}{
		{"second option matches", "sells-to", []string{"b2b", "public"}, []string{"public"}, fact("sells-to", "public")},
		{"first option matches", "sells-to", []string{"b2b", "public"}, []string{"b2b"}, fact("sells-to", "b2b")},
		{"both match: the first chosen", "sells-to", []string{"b2b", "public"}, []string{"public", "b2b"}, fact("sells-to", "b2b")},
		{"sells-how, the later option", "sells-how", []string{"own-brand", "distributor-agent"}, []string{"distributor-agent"}, fact("sells-how", "distributor-agent")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := answersAt(cat, "occasional", 1)
			f.Set(tc.q, answers.Multiple(tc.chosen...), f.Updated)
			fx := NewFacts(cat, f)
			pl := &planner{cat: cat, fx: fx}
			ok, why := fx.Eval(&catalogue.Rule{Profile: &catalogue.AnswerIn{Question: tc.q, In: tc.in}})
			if !ok || len(why) != 1 {
				t.Fatalf("rule: %v, reasons %d", ok, len(why))
			}
			m, ok := pl.factMessage(why[0])
			if !ok {
				t.Fatal("no fact message")
			}
			got := m.Args[0].(diag.Text).In("en")
			if got != tc.want {
				t.Errorf("fact %q, want %q", got, tc.want)
			}
		})
	}
}
