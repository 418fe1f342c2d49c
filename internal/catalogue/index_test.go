package catalogue

import (
	"slices"
	"strconv"
	"sync"
	"testing"
)

// TestIndex: look-ups by ID find the first entry with the ID, and stay
// right when the lists change after the index was built: a copy of the
// catalogue with a list of its own, an entry replaced in place, an entry
// appended; an unknown ID is nil. Look-ups may run concurrently.
func TestIndex(t *testing.T) {
	t.Parallel()
	c := &Catalogue{}
	for i := range 100 {
		c.Practices = append(c.Practices, &Practice{ID: "p" + strconv.Itoa(i)})
	}
	dup := &Practice{ID: "p7", Region: "second"}
	c.Practices = append(c.Practices, dup)
	c.Regions = []*Region{{ID: "dk"}, {ID: "ie"}}
	c.Dimensions = []*Dimension{{ID: "finance"}}
	c.Profile = []*Question{{ID: "size"}}
	c.Questions = []*Question{{ID: "q1"}, {ID: "size", Dimension: "finance"}}

	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 100 {
				if p := c.Practice("p" + strconv.Itoa(i)); p == nil || p.ID != "p"+strconv.Itoa(i) {
					t.Errorf("Practice(p%d) = %v", i, p)
				}
			}
		}()
	}
	wg.Wait()
	if p := c.Practice("p7"); p == dup {
		t.Error("Practice found the second entry with an ID, not the first")
	}
	if c.Practice("nope") != nil || c.Region("nope") != nil || c.Dimension("nope") != nil || c.Question("nope") != nil {
		t.Error("an unknown ID was found")
	}
	withNil := &Catalogue{Profile: []*Question{nil, {ID: "size"}}, Questions: []*Question{{ID: "q1"}, nil}}
	if withNil.Question("size") != withNil.Profile[1] || withNil.Question("q1") != withNil.Questions[0] || withNil.Question("q2") != nil {
		t.Error("a null entry in the questions (reported by the checker) broke the look-ups")
	}
	if q := c.Question("size"); q != c.Profile[0] {
		t.Error("Question does not prefer the profile question")
	}
	if c.Region("ie") != c.Regions[1] || c.Dimension("finance") != c.Dimensions[0] || c.Question("q1") != c.Questions[0] {
		t.Error("a region, dimension or question was not found")
	}

	small := &Catalogue{Practices: []*Practice{{ID: "only"}}}
	small.ids.Store(c.index()) // as a copy of c would have it
	if small.Practice("only") == nil || small.Practice("p3") != nil {
		t.Error("a copy with a list of its own used the index of the original")
	}

	c.Practices[3] = &Practice{ID: "replaced"}
	if c.Practice("replaced") != c.Practices[3] || c.Practice("p3") != nil {
		t.Error("an entry replaced in place is not found, or the old one still is")
	}
	c.Practices = append(c.Practices, &Practice{ID: "new"})
	if c.Practice("new") == nil {
		t.Error("an appended entry is not found")
	}
}

// TestCountryLookup: Country finds each code's first country whether the
// countries are in the order of their codes (a binary search, as the
// embedded catalogue's are) or not (a map), and nil for a code none has.
func TestCountryLookup(t *testing.T) {
	t.Parallel()
	for _, codes := range [][]string{{"AT", "DE", "DK", "XI"}, {"DK", "AT", "XI", "DE"}, {"AT", "DE", "DE", "DK", "XI"}} {
		c := &Catalogue{}
		for i, code := range codes {
			c.Countries = append(c.Countries, &Country{Code: code, Currency: strconv.Itoa(i)})
		}
		c.indexCountries()
		if sorted := slices.IsSorted(codes) && len(slices.Compact(slices.Clone(codes))) == len(codes); c.countriesSorted != sorted {
			t.Errorf("%v: countriesSorted %v", codes, c.countriesSorted)
		}
		for _, code := range codes {
			want := slices.Index(codes, code)
			if got := c.Country(code); got == nil || got.Currency != strconv.Itoa(want) {
				t.Errorf("%v: Country(%s) = %v, want the entry at %d", codes, code, got, want)
			}
		}
		for _, code := range []string{"", "AA", "FR", "ZZ", "de"} {
			if got := c.Country(code); got != nil {
				t.Errorf("%v: Country(%q) = %v, want none", codes, code, got)
			}
		}
	}
}

// TestFewLookupsBuildNoMaps: a plan's look-ups (some twenty practices of
// the embedded catalogue's 178, hundreds of look-ups among a dozen
// regions and dimensions) build no map: short lists and the first
// practice look-ups are scanned (see catIndex). Building every kind's map
// on the first look-up was most of what a plan's look-ups cost.
func TestFewLookupsBuildNoMaps(t *testing.T) {
	c := &Catalogue{}
	for i := range 178 {
		c.Practices = append(c.Practices, &Practice{ID: "p" + strconv.Itoa(i)})
	}
	for i := range 11 {
		c.Regions = append(c.Regions, &Region{ID: "r" + strconv.Itoa(i)})
		c.Dimensions = append(c.Dimensions, &Dimension{ID: "d" + strconv.Itoa(i)})
	}
	allocs := testing.AllocsPerRun(1, func() {
		fresh := &Catalogue{Practices: c.Practices, Regions: c.Regions, Dimensions: c.Dimensions}
		for i := range 20 {
			if p := fresh.Practice(c.Practices[i*7].ID); p != c.Practices[i*7] {
				t.Fatalf("Practice(%s) = %v", c.Practices[i*7].ID, p)
			}
		}
		for i := range 500 {
			if r := fresh.Region(c.Regions[i%11].ID); r != c.Regions[i%11] {
				t.Fatalf("Region(%s) = %v", c.Regions[i%11].ID, r)
			}
			if d := fresh.Dimension(c.Dimensions[i%11].ID); d != c.Dimensions[i%11] {
				t.Fatalf("Dimension(%s) = %v", c.Dimensions[i%11].ID, d)
			}
		}
	})
	// The catalogue, and the index that counts the practice look-ups.
	if allocs > 2 {
		t.Errorf("20 practice and 1,000 region and dimension look-ups on a new catalogue made %v allocations: want no map built", allocs)
	}
}
