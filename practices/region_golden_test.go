package practices_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/testutil"
)

// regionReportFormats are the formats of the golden region reviews: text,
// and HTML for its lang attribute and its page.
var regionReportFormats = []struct{ format, ext string }{
	{render.FormatText, "txt"},
	{render.FormatHTML, "html"},
}

// partnerLangs maps each EIS partner region to the language its review is
// golden in: the first of its languages that eis speaks (Central Denmark
// in Danish, Donegal in English, Pomorskie in Polish once eis speaks it);
// a region none of whose languages eis speaks yet has none.
func partnerLangs(c *catalogue.Catalogue) map[string]string {
	out := map[string]string{}
	for _, r := range c.Regions {
		if !r.EISPartner {
			continue
		}
		if i := slices.IndexFunc(r.Languages, i18n.Supported); i >= 0 {
			out[r.ID] = r.Languages[i]
		}
	}
	return out
}

// TestRegionReviewsGolden renders `eis region` for each EIS partner region
// in its own language and compares it with
// testdata/regions/<region>.<lang>.<ext> (-update rewrites them; read the
// diff as the region's managing authority would).
func TestRegionReviewsGolden(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	for id, lang := range partnerLangs(c) {
		t.Run(id+"/"+lang, func(t *testing.T) {
			t.Parallel()
			rv, err := region.Build(c, id, planClock)
			if err != nil {
				t.Fatal(err)
			}
			loc := i18n.Get(lang)
			rv = render.LocalizeRegion(rv, c, loc)
			for _, f := range regionReportFormats {
				var buf bytes.Buffer
				if err := render.Region(&buf, rv, f.format, render.Options{Width: 80, Locale: loc}); err != nil {
					t.Fatal(err)
				}
				if f.format == render.FormatHTML && !strings.Contains(buf.String(), `<html lang="`+loc.BCP47()+`">`) {
					t.Errorf("the HTML review does not say lang=%q", loc.BCP47())
				}
				golden(t, filepath.Join("testdata", "regions", id+"."+lang+"."+f.ext), buf.Bytes())
			}
		})
	}
}

// TestRegionGoldenFiles: testdata/regions holds exactly the reviews
// TestRegionReviewsGolden makes, so that none is left behind.
func TestRegionGoldenFiles(t *testing.T) {
	t.Parallel()
	if testutil.Update() {
		t.Skip("golden files are being rewritten")
	}
	c := openEmbedded(t)
	want := map[string]bool{}
	for id, lang := range partnerLangs(c) {
		for _, f := range regionReportFormats {
			want[id+"."+lang+"."+f.ext] = true
		}
	}
	if len(want) < 3*len(regionReportFormats) {
		t.Errorf("only %d region reviews are golden; Central Denmark, Donegal and Hampshire at least", len(want))
	}
	entries, err := os.ReadDir(filepath.Join("testdata", "regions"))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !want[e.Name()] {
			t.Errorf("testdata/regions/%s is no EIS region's review in its language", e.Name())
		}
		delete(want, e.Name())
	}
	for name := range want {
		t.Errorf("testdata/regions/%s is missing", name)
	}
}
