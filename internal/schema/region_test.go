package schema

import (
	"bytes"
	"testing"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/practices"
	jsv "github.com/santhosh-tekuri/jsonschema/v6"
)

// TestRegionOutputMatchesSchema: the review `eis region --format json`
// writes for every region of the embedded catalogue matches region.schema.json.
func TestRegionOutputMatchesSchema(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	if len(region.Candidates(cat)) == 0 {
		t.Fatal("no region to review")
	}
	s := compile(t, "region")
	now := testutil.Today
	for _, id := range region.Candidates(cat) {
		rv, err := region.Build(cat, id, now)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := render.Region(&buf, render.LocalizeRegion(rv, cat, i18n.Get("da")), render.FormatJSON, render.Options{}); err != nil {
			t.Fatal(err)
		}
		inst, err := jsv.UnmarshalJSON(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("%s: the review eis writes does not match region.schema.json:\n%v", id, err)
		}
	}
}

// TestAggregateOutputMatchesSchema: the report `eis aggregate --format
// json` writes for a varied population (and for too few firms) matches
// aggregate.schema.json.
func TestAggregateOutputMatchesSchema(t *testing.T) {
	t.Parallel()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	s := compile(t, "aggregate")
	for _, n := range []int{3, 60} {
		agg := aggregate.New(cat, aggregate.Options{Now: firm.Epoch})
		for i := range n {
			data, err := answers.Marshal(firm.Varied(cat, "en", firm.Epoch, uint64(i)))
			if err != nil {
				t.Fatal(err)
			}
			f, err := aggregate.Analyse(cat, "f.yaml", data, firm.Epoch)
			if err != nil {
				t.Fatal(err)
			}
			agg.Add(f)
		}
		agg.Skip()
		var buf bytes.Buffer
		if err := render.Aggregate(&buf, render.LocalizeAggregate(agg.Result(), cat, i18n.Get("en")), render.FormatJSON, render.Options{}); err != nil {
			t.Fatal(err)
		}
		inst, err := jsv.UnmarshalJSON(&buf)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("%d firms: the report eis writes does not match aggregate.schema.json:\n%v", n, err)
		}
	}
}
