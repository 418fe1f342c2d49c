package region

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
)

// today is the test clock: the day after the catalogue's review of 2026-12-02.
var today = testutil.Today

func embedded(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	return cat
}

// TestEveryPartnerRegion: for each of the seven EIS regions the review
// names at least one empty cell and a practice of another region that
// fills it — or the region's offer covers every cell. Every idea fills an
// empty cell of the region and is of another partner region.
func TestEveryPartnerRegion(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	var partners []string
	for _, r := range cat.Regions {
		if r.EISPartner {
			partners = append(partners, r.ID)
		}
	}
	if len(partners) != 7 {
		t.Fatalf("%d EIS partner regions in the catalogue, want 7: %v", len(partners), partners)
	}
	for _, id := range partners {
		t.Run(id, func(t *testing.T) {
			rv, err := Build(cat, id, today)
			if err != nil {
				t.Fatal(err)
			}
			if len(rv.Cells) != len(cat.Dimensions)*len(catalogue.Stages) {
				t.Fatalf("%d cells, want %d", len(rv.Cells), len(cat.Dimensions)*len(catalogue.Stages))
			}
			if rv.Covered == len(rv.Cells) {
				return // the offer covers every cell: nothing to fill
			}
			filled := 0
			for _, c := range rv.Cells {
				if !c.Empty() {
					continue
				}
				for _, pid := range c.Ideas {
					p := cat.Practice(pid)
					if p == nil || p.Region == id || !cat.Region(p.Region).EISPartner {
						t.Errorf("cell %s × %s: idea %s is not another partner region's practice", c.Dimension, c.Stage, pid)
						continue
					}
					if !slices.Contains(p.Dimensions, c.Dimension) || (len(p.Stages) > 0 && !slices.Contains(p.Stages, c.Stage)) {
						t.Errorf("cell %s × %s: idea %s does not cover it", c.Dimension, c.Stage, pid)
					}
				}
				if len(c.Ideas) > 0 {
					filled++
				}
			}
			if filled == 0 {
				t.Errorf("%s has %d empty cells and no idea from another region fills any", id, len(rv.Cells)-rv.Covered)
			}
			for _, it := range rv.Ideas {
				if len(it.Fills) == 0 {
					t.Errorf("idea %s fills no cell", it.Practice)
				}
			}
		})
	}
}

// TestOfferIsWhatRuns: the matrix counts the region's running practices
// only; historic ones are listed apart, and no cell is both empty and
// covered.
func TestOfferIsWhatRuns(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	rv, err := Build(cat, "dk-central", today)
	if err != nil {
		t.Fatal(err)
	}
	running := map[string]bool{}
	for _, p := range rv.Offer {
		running[p.Practice] = true
		if cat.Practice(p.Practice).Status == "historic" {
			t.Errorf("historic %s is in the offer", p.Practice)
		}
	}
	for _, p := range rv.Historic {
		if running[p.Practice] {
			t.Errorf("%s is both running and historic", p.Practice)
		}
	}
	covered := 0
	for _, c := range rv.Cells {
		for _, pid := range c.Programmes {
			if !running[pid] {
				t.Errorf("cell %s × %s counts %s, which does not run", c.Dimension, c.Stage, pid)
			}
		}
		if !c.Empty() {
			covered++
			if len(c.Ideas) > 0 || len(c.EU) > 0 {
				t.Errorf("covered cell %s × %s carries ideas or EU-wide cover", c.Dimension, c.Stage)
			}
		}
	}
	if covered != rv.Covered {
		t.Errorf("Covered = %d, cells say %d", rv.Covered, covered)
	}
}

// TestClosingAndRecheck uses a small catalogue: a call closing in six
// months is listed, one closing in two years is not; a programme verified
// 13 months ago is stale, an unverified one is listed first.
func TestClosingAndRecheck(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	date := func(s string) *catalogue.Date {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		dt := catalogue.DateOf(d)
		return &dt
	}
	mk := func(id, conf, verified, until string) *catalogue.Practice {
		p := &catalogue.Practice{ID: id, Region: "dk-central", Type: "programme", Title: catalogue.NewText(map[string]string{"en": id}),
			Dimensions: []string{"finance"}, Stages: []string{"exploring"}, Confidence: conf, LastVerified: date(verified)}
		if until != "" {
			p.ValidUntil = date(until)
		}
		return p
	}
	small := *cat
	small.Practices = []*catalogue.Practice{
		mk("soon", "verified", "2026-11-01", "2027-06-01"),
		mk("later", "verified", "2026-11-01", "2028-12-31"),
		mk("stale", "verified", "2025-11-01", ""),
		mk("thin", "unverified", "2026-11-01", ""),
	}
	rv, err := Build(&small, "dk-central", today)
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Closing) != 1 || rv.Closing[0].Practice != "soon" {
		t.Errorf("closing = %+v, want only soon", rv.Closing)
	}
	var got []string
	for _, r := range rv.Recheck {
		got = append(got, r.Practice+":"+r.Reasons[0])
	}
	if want := []string{"thin:unverified", "stale:stale"}; !slices.Equal(got, want) {
		t.Errorf("recheck = %v, want %v", got, want)
	}
	if rv.Recheck[1].MonthsSinceVerified != 13 {
		t.Errorf("stale entry: %d months since verified, want 13", rv.Recheck[1].MonthsSinceVerified)
	}
	if rv.Covered != 1 {
		t.Errorf("covered = %d, want 1 (finance × exploring)", rv.Covered)
	}
}

// TestUnknownRegion: the EU-wide scope, general methods, catch-alls and
// IDs the catalogue lacks cannot be reviewed.
func TestUnknownRegion(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, id := range []string{"eu", "global", "other-eu", "non-eu", "dk", ""} {
		_, err := Build(cat, id, today)
		var u *ErrUnknown
		if !errors.As(err, &u) || u.ID != id {
			t.Errorf("Build(%q) = %v, want ErrUnknown", id, err)
		}
	}
	if got := Candidates(cat); len(got) != 7 || got[0] != "dk-central" {
		t.Errorf("Candidates = %v, want the seven partner regions", got)
	}
}

// TestMethodIsNoOffer: a region's practice of type method (what a firm does
// itself, or a note like uk-eu-instruments-after-brexit, which tells UK
// firms which EU support they can no longer use) covers no cell of its
// region's matrix and is no idea for another region; it is still listed to
// re-check.
func TestMethodIsNoOffer(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	day := catalogue.NewDate(2026, 11, 1)
	date := &day
	mk := func(id, region, typ string) *catalogue.Practice {
		return &catalogue.Practice{ID: id, Region: region, Type: typ, Title: catalogue.NewText(map[string]string{"en": id}),
			Dimensions: []string{"logistics"}, Confidence: "partial", LastVerified: date,
			TransferPotential: catalogue.NewText(map[string]string{"en": "copy it"})}
	}
	small := *cat
	small.Practices = []*catalogue.Practice{
		mk("home-note", "uk-hampshire", "method"),
		mk("other-note", "ie-donegal", "method"),
		mk("other-programme", "ie-donegal", "programme"),
	}
	rv, err := Build(&small, "uk-hampshire", today)
	if err != nil {
		t.Fatal(err)
	}
	if len(rv.Offer) != 0 || rv.Covered != 0 || len(rv.Historic) != 0 {
		t.Errorf("a method counts as the region's offer: offer %+v, %d cells covered, historic %+v", rv.Offer, rv.Covered, rv.Historic)
	}
	var ideas []string
	for _, it := range rv.Ideas {
		ideas = append(ideas, it.Practice)
	}
	if !slices.Equal(ideas, []string{"other-programme"}) {
		t.Errorf("ideas = %v, want only other-programme (another region's method is no model for a region's support)", ideas)
	}
	if len(rv.Recheck) != 1 || rv.Recheck[0].Practice != "home-note" {
		t.Errorf("recheck = %+v, want home-note (its entry is partial)", rv.Recheck)
	}
	// The embedded catalogue: Hampshire's note on EU support after Brexit is not part of its offer.
	rv, err = Build(cat, "uk-hampshire", today)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range rv.Offer {
		if cat.Practice(p.Practice).Type != "programme" {
			t.Errorf("%s (type %s) is in Hampshire's offer", p.Practice, cat.Practice(p.Practice).Type)
		}
	}
}
