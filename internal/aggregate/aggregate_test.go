package aggregate

import (
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// TestBreakdownHidesOneMore: with a single group under MinGroup, the
// smallest shown group is suppressed too (else the small one is the total
// minus the rest) — and marked Hidden, because it is not "< 5": the
// Central Denmark firms of answersgen's first 300 (9 exploring, 12 first
// exports, 13 expanding, 1 established) showed "Exploring < 5".
func TestBreakdownHidesOneMore(t *testing.T) {
	t.Parallel()
	ids := []string{"exploring", "first-exports", "expanding", "established"}
	for _, tt := range []struct {
		name string
		n    map[string]int
		want []Count
	}{
		{"one small group", map[string]int{"exploring": 9, "first-exports": 12, "expanding": 13, "established": 1},
			[]Count{{Suppressed: true, Hidden: true}, {N: 12}, {N: 13}, {Suppressed: true}}},
		{"two small groups", map[string]int{"exploring": 3, "first-exports": 12, "expanding": 13, "established": 1},
			[]Count{{Suppressed: true}, {N: 12}, {N: 13}, {Suppressed: true}}},
		{"none small", map[string]int{"exploring": 5, "first-exports": 12, "expanding": 13, "established": 6},
			[]Count{{N: 5}, {N: 12}, {N: 13}, {N: 6}}},
		{"an empty group is small", map[string]int{"exploring": 5, "first-exports": 12, "expanding": 13},
			[]Count{{Suppressed: true, Hidden: true}, {N: 12}, {N: 13}, {Suppressed: true}}},
	} {
		got := breakdown(ids, tt.n)
		if len(got) != len(tt.want) {
			t.Fatalf("%s: %d groups, want %d", tt.name, len(got), len(tt.want))
		}
		for i, g := range got {
			if g.Count != tt.want[i] {
				t.Errorf("%s: %s = %+v, want %+v", tt.name, g.ID, g.Count, tt.want[i])
			}
		}
	}
}

// TestOneFirmOneCount: a firm's assessments (the same company name, case
// and spacing aside, and region) count once, the latest — by the time
// saved, then by the order given —; the same name in another region, and
// every file without a name, is a firm of its own.
func TestOneFirmOneCount(t *testing.T) {
	t.Parallel()
	at := func(d int) time.Time { return time.Date(2026, 6, d, 9, 0, 0, 0, time.UTC) }
	firm := func(company, region, size string, d, seq int) Firm {
		return Firm{Region: region, Size: size, Stage: "exploring", Identity: identity(company, region), Assessed: at(d), Seq: seq}
	}
	a := &Aggregator{named: map[string]Firm{}}
	for _, f := range []Firm{
		firm("Acme ApS", "dk-central", "micro", 1, 0),
		firm("  acme   APS", "dk-central", "small", 9, 1), // later: counts
		firm("ACME ApS", "dk-central", "medium", 5, 2),    // between: left out
		firm("Acme ApS", "ie-donegal", "micro", 1, 3),     // another region: another firm
		firm("Berg", "dk-central", "micro", 3, 5),         // the same moment, given later: counts
		firm("Berg", "dk-central", "large", 3, 4),
		firm("", "dk-central", "micro", 1, 6), // no name: each counts
		firm("", "dk-central", "micro", 1, 7),
	} {
		a.Add(f)
	}
	if a.earlier != 3 || len(a.unnamed) != 2 || len(a.named) != 3 {
		t.Fatalf("earlier %d, unnamed %d, named %d; want 3, 2, 3", a.earlier, len(a.unnamed), len(a.named))
	}
	if got := a.named[identity("acme aps", "dk-central")].Size; got != "small" {
		t.Errorf("Acme in Central Denmark counts as %s, want its latest, small", got)
	}
	if got := a.named[identity("Berg", "dk-central")].Size; got != "micro" {
		t.Errorf("Berg counts as %s, want the one given later, micro", got)
	}
	if identity(" ", "dk-central") != "" {
		t.Error("a blank company name is an identity")
	}
}

// TestNoneUnfinishedIsZero: when every firm finished the questionnaire,
// the report says nothing of unfinished ones — it said "< 5 of them have
// not finished the questionnaire" of 13 finished Danish profiles, which an
// advisor reads as "some did not". One to four unfinished stay "< 5".
func TestNoneUnfinishedIsZero(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	for _, tc := range []struct {
		unfinished int
		want       Count
	}{
		{0, Count{}},
		{1, Count{Suppressed: true}},
		{4, Count{Suppressed: true}},
		{5, Count{N: 5}},
	} {
		a := New(cat, Options{Now: time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)})
		for i := range 8 {
			a.Add(Firm{Region: "dk-central", Size: "small", Stage: "exploring", Complete: i >= tc.unfinished, Seq: i})
		}
		if got := a.Result().Incomplete; got != tc.want {
			t.Errorf("%d of 8 unfinished: %+v, want %+v", tc.unfinished, got, tc.want)
		}
	}
}
