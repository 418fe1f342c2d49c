package assessment

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// testNow (SOURCE_DATE_EPOCH=1795000000, in November 2026) is the clock of
// the tests on hand-made catalogues and answers files, whose dates were
// written for it; plans from the embedded catalogue take planDay.
var testNow = time.Unix(1795000000, 0).UTC()

// planDay is the clock of the tests that build plans from the embedded
// catalogue: the start of testutil.Today, the day of the catalogue's last
// review (the practices goldens and the testscripts plan at 09:00). It is
// not testNow, the clock of the hand-made catalogue's tests, two weeks
// earlier: a plan depends on the day (calls open and close).
var planDay = testutil.Today.Truncate(24 * time.Hour)

// testCat loads the small hand-made catalogue in testdata/catalogue.
func testCat(tb testing.TB) *catalogue.Catalogue {
	tb.Helper()
	cat, diags, err := catalogue.Load(os.DirFS("testdata/catalogue"))
	if err != nil || cat == nil {
		tb.Fatalf("test catalogue: %v %v", err, diags)
	}
	return cat
}

// file makes an answers file for cat from "question=option" pairs; a value
// with a comma, or a trailing comma, is a multiple choice.
func file(cat *catalogue.Catalogue, pairs ...string) *answers.File {
	f := answers.New(cat, "en", testNow)
	for _, p := range pairs {
		id, val, _ := cut(p, "=")
		if q := cat.Question(id); q != nil && (q.Kind == catalogue.KindMulti || q.Kind == catalogue.KindCountries) && val != "dont-know" && val != "not-applicable" {
			var opts []string
			for _, o := range split(val) {
				opts = append(opts, o)
			}
			f.Set(id, answers.Multiple(opts...), testNow)
			continue
		}
		f.Set(id, answers.Single(val), testNow)
	}
	return f
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

func split(s string) []string {
	var out []string
	for s != "" {
		a, b, _ := cut(s, ",")
		if a != "" {
			out = append(out, a)
		}
		s = b
	}
	return out
}

func f64(x float64) *float64 { return &x }

// loadChecked reads an answers file as `eis plan` does: answers.Load, then
// Check; with an error among the diagnostics the file is nil.
func loadChecked(path string, cat *catalogue.Catalogue) (*answers.File, diag.Diagnostics, error) {
	f, ds, err := answers.Load(path, cat)
	if err != nil || f == nil {
		return nil, ds, err
	}
	ds = append(ds, Check(cat, f)...)
	ds.Sort()
	if ds.HasErrors() {
		return nil, ds, nil
	}
	return f, ds, nil
}

// say is m as the output says it in lang.
func say(lang string, m diag.Message) string { return i18n.Get(lang).Format(m) }

// says is each of ms as the output says it in lang.
func says(lang string, ms []diag.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, say(lang, m))
	}
	return out
}

// msgTexts are the messages as the output says them in lang.
func msgTexts(lang string, ms []Msg) []string {
	var out []string
	for _, m := range ms {
		out = append(out, say(lang, m.Message))
	}
	return out
}

// stageReason is the stage's reason as the output says it in lang.
func stageReason(lang string, s Stage) string { return strings.Join(msgTexts(lang, s.Reasons), " ") }

// marketNotes are the IDs of the notes in p's section for market, and
// whether p has that section.
func marketNotes(p Plan, market string) ([]string, bool) {
	for _, m := range p.Markets {
		if m.Country == market {
			var ids []string
			for _, n := range m.Notes {
				ids = append(ids, n.ID)
			}
			return ids, true
		}
	}
	return nil, false
}

// checkNotes reports the notes of want that got lacks and those of not
// that it has; what names the plan and market in the messages.
func checkNotes(t *testing.T, what string, got, want, not []string) {
	t.Helper()
	for _, id := range want {
		if !slices.Contains(got, id) {
			t.Errorf("%s %v lack %s", what, got, id)
		}
	}
	for _, id := range not {
		if slices.Contains(got, id) {
			t.Errorf("%s %v have %s", what, got, id)
		}
	}
}

// asks reports whether the questionnaire asks question id of the firm of f
// (Applicable).
func asks(cat *catalogue.Catalogue, f *answers.File, id string) bool {
	return slices.ContainsFunc(Applicable(cat, f), func(q *catalogue.Question) bool { return q.ID == id })
}

// checkAsked checks that the questionnaire asks situation question q of
// the firm of f as want says, and that a complete file is reopened to ask
// it exactly when it is asked and not answered.
func checkAsked(t *testing.T, name string, cat *catalogue.Catalogue, f *answers.File, q string, want bool) {
	t.Helper()
	if asked := asks(cat, f, q); asked != want {
		t.Errorf("%s: %s asked %v, want %v", name, q, asked, want)
	}
	_, answered := f.Answer(q)
	if reopen := SituationMissing(cat, f); reopen != (want && !answered) {
		t.Errorf("%s: reopened to ask %s %v, want %v", name, q, reopen, want && !answered)
	}
}

// firstMarketReasonOf is the market choice's comparison in p (its reason
// of the assessment.reason.firstMarket family), or nil when it has none.
func firstMarketReasonOf(p Plan) *Msg {
	var got *Msg
	for _, a := range p.Actions {
		if a.Practice != PracticeChooseFirstMarket {
			continue
		}
		for i := range a.Reasons {
			if strings.HasPrefix(a.Reasons[i].ID, "assessment.reason.firstMarket.") {
				got = &a.Reasons[i]
			}
		}
	}
	return got
}
