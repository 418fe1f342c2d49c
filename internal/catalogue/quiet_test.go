package catalogue

import (
	"testing"
	"testing/fstest"
)

// TestQuiet: the span Quiet works out of the valid fixture starts on its
// latest date (the day before, that date is in the future) and ends the
// day before a check first finds something (a practice goes stale a year
// after it was verified); checkDates finds nothing on every day of it.
func TestQuiet(t *testing.T) {
	t.Parallel()
	c, diags, err := Parse(dirFS(t, "testdata/valid"))
	if err != nil || diags.HasErrors() {
		t.Fatalf("the valid fixture does not parse: %v %v", err, diags)
	}
	found := func(d Date) int { return len(checkDates(c, Options{Now: d.Time()})) }
	q := Quiet(c)
	if q.From == 0 || q.Until.Before(q.From) {
		t.Fatalf("Quiet(valid fixture) = %+v: want a span of days", q)
	}
	for d := q.From; !d.After(q.Until); d = d.AddDate(0, 0, 1) {
		if n := found(d); n != 0 {
			t.Fatalf("Quiet = %v to %v, but the checks find %d things on %v", q.From, q.Until, n, d)
		}
	}
	if n := found(q.From.AddDate(0, 0, -1)); n == 0 {
		t.Errorf("the day before %v is quiet too: the span should start earlier", q.From)
	}
	if n := found(q.Until.AddDate(0, 0, 1)); n == 0 {
		t.Errorf("the day after %v is quiet too: the span should end later", q.Until)
	}
	if !q.Holds(q.From) || !q.Holds(q.Until) || q.Holds(q.From.AddDate(0, 0, -1)) || q.Holds(q.Until.AddDate(0, 0, 1)) {
		t.Errorf("%+v.Holds is wrong at its ends", q)
	}
	if (QuietDays{}).Holds(DateOf(testNow)) {
		t.Error("the zero QuietDays holds a day")
	}
}

// TestStaticQuietSkipsChecks: a run on a day of the Go values' quiet span
// makes none of the checks that depend on the day; a day outside it makes
// them all. The fixture's practice is made expired, so that the checks
// find something on both days: only the span decides.
func TestStaticQuietSkipsChecks(t *testing.T) {
	t.Parallel()
	c, diags, err := Parse(dirFS(t, "testdata/valid"))
	if err != nil || diags.HasErrors() {
		t.Fatalf("the valid fixture does not parse: %v %v", err, diags)
	}
	today := DateOf(testNow)
	expired := today.AddDate(0, 0, -10)
	c.Practices[0].ValidUntil = &expired
	s := &Static{Catalogue: c, Quiet: QuietDays{From: today, Until: today.AddDate(0, 0, 1)}}
	open := func(d Date) int {
		_, got, _, err := OpenWith(staticFS{fstest.MapFS{}, s}, Options{Now: d.Time(), NoPositions: true})
		if err != nil {
			t.Fatal(err)
		}
		return len(got)
	}
	if n := open(today); n != 0 {
		t.Errorf("on a quiet day the Go values gave %d diagnostics: want the checks left out", n)
	}
	if n := open(today.AddDate(0, 0, 2)); n == 0 {
		t.Error("after the quiet span the Go values gave no diagnostics: want the expired practice's")
	}
}
