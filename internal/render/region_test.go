package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/region"
)

// richRegion is a review with every section filled, in lang: two
// dimensions × four stages, one covered cell row, gaps with and without
// ideas, an EU-wide instrument, a closing call, entries to re-check, and
// a title with markup in it (it must come out as text).
func richRegion(lang string) region.Review {
	dims := []region.Axis{
		{ID: "finance", Title: tr(lang, "Finance and payment risk", "Finansiering og betalingsrisiko")},
		{ID: "logistics", Title: tr(lang, "Logistics and operations", "Logistik og drift")},
	}
	stages := []region.Axis{
		{ID: "exploring", Title: tr(lang, "Exploring", "Undersøgende")},
		{ID: "first-exports", Title: tr(lang, "First exports", "Første eksport")},
		{ID: "expanding", Title: tr(lang, "Expanding", "Ekspanderende")},
		{ID: "established", Title: tr(lang, "Established", "Etableret")},
	}
	rv := region.Review{
		SchemaVersion: region.SchemaVersion, Language: lang, Generated: generated,
		Catalogue: region.CatRef{ID: "eis", Version: "2026.11", Digest: "sha256:0123abcd"},
		Region:    "dk-central", RegionName: tr(lang, "Central Denmark", "Region Midtjylland"), Country: "DK", EUMember: true,
		Dimensions: dims, Stages: stages, Covered: 3,
		Offer: []region.Programme{
			{Practice: "dk-eifo", Title: tr(lang, "EIFO — export finance <script>alert(1)</script>", "EIFO — eksportfinansiering <script>alert(1)</script>"), Organisation: "EIFO", Level: "national", URL: "https://www.eifo.dk", Confidence: "partial", LastVerified: "2026-12-02", ValidUntil: "2027-03-31", Cells: 3},
		},
		Historic: []region.Programme{{Practice: "dk-old", Title: tr(lang, "An old voucher", "En gammel voucher"), Confidence: "partial"}},
		Closing: []region.Programme{
			{Practice: "dk-eifo", Title: tr(lang, "EIFO — export finance <script>alert(1)</script>", "EIFO — eksportfinansiering <script>alert(1)</script>"), ValidUntil: "2027-03-31", Confidence: "partial"},
		},
		Recheck: []region.Recheck{
			{Programme: region.Programme{Practice: "dk-eifo", Title: tr(lang, "EIFO — export finance <script>alert(1)</script>", "EIFO — eksportfinansiering <script>alert(1)</script>"), Confidence: "partial", LastVerified: "2025-06-01"}, Reasons: []string{region.RecheckStale, region.RecheckPartial}, MonthsSinceVerified: 18},
		},
		Ideas: []region.Idea{
			{
				Practice: "ie-leo", Title: tr(lang, "LEO Business Expansion Grant", "LEO Business Expansion Grant"), Organisation: "Local Enterprise Office", Level: "local", Region: "ie-donegal", RegionName: "Donegal",
				URL: "https://www.localenterprise.ie/", Confidence: "verified", Shown: true, Score: 9,
				TransferPotential: tr(lang, "A grant for the first steps abroad, paid through local offices.", "Et tilskud til de første skridt i udlandet, udbetalt gennem lokale kontorer."),
				Evidence:          tr(lang, "Hundreds of grants a year.", "Hundredvis af tilskud om året."),
				Sources:           []region.Source{{Title: "LEO, Business Expansion Grant", URL: "https://www.localenterprise.ie/", Kind: "official", Date: "2025-01-01"}},
				Fills:             []region.CellRef{{Dimension: "finance", Stage: "exploring"}},
			},
			{Practice: "pt-other", Title: "Another idea", Level: "national", Region: "pt-alentejo", RegionName: "Alentejo", Confidence: "unverified", Historic: true, Sources: []region.Source{}, Fills: []region.CellRef{{Dimension: "finance", Stage: "exploring"}}},
		},
		EUWide: []region.Programme{{Practice: "eu-a2m", Title: "Access2Markets", Confidence: "verified", Cells: 8}},
	}
	for _, d := range dims {
		for _, s := range stages {
			c := region.Cell{Dimension: d.ID, Stage: s.ID, Programmes: []string{}, EU: []string{}, Ideas: []string{}}
			switch {
			case d.ID == "finance" && s.ID != "exploring":
				c.Programmes = []string{"dk-eifo"}
			case d.ID == "finance":
				c.Ideas = []string{"ie-leo", "pt-other"}
			default:
				c.EU = []string{"eu-a2m"}
			}
			rv.Cells = append(rv.Cells, c)
		}
	}
	return rv
}

func TestRegionGolden(t *testing.T) {
	t.Parallel()
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json", FormatHTML: "html"}
	for _, format := range RegionFormats {
		for _, lang := range []string{"en", "da"} {
			file := "region." + lang + "." + ext[format]
			t.Run(file, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := Region(&buf, richRegion(lang), format, Options{Width: 80, Locale: i18n.Get(lang)}); err != nil {
					t.Fatal(err)
				}
				golden(t, file, buf.Bytes())
				if format == FormatHTML {
					checkHTML(t, buf.Bytes(), lang)
				}
			})
		}
	}
}

// TestRegionTextSaysGapsAndIdeas: the text review names each empty cell's
// dimension and stages, the ideas that fill it — with their level, as a
// national instrument filed under a region is not that region's own, and
// whether they still run —, and says when no other region covers a gap.
func TestRegionTextSaysGapsAndIdeas(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Region(&buf, richRegion("en"), FormatText, Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	out := strings.Join(strings.Fields(buf.String()), " ") // unwrapped
	for _, want := range []string{
		"Finance and payment risk — Exploring",
		"Ideas from other regions: LEO Business Expansion Grant (Donegal · local); Another idea (Alentejo · national · no longer running)",
		"Local Enterprise Office · Donegal · local · Confidence: verified",
		"Logistics and operations — every stage",
		"No other region's practice in the catalogue covers these cells either.",
		"EU-wide, for firms here too: Access2Markets",
		"What a region can learn: A grant for the first steps abroad",
		"last checked 18 months ago; the sources bear out only part of it (partial)",
		"closes 2027-03-31",
		// the date an entry was last checked, not "last verified" — an
		// unverified entry was checked, never verified
		"last checked 2025-06-01",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("text review lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "last verified") {
		t.Errorf("text review says an entry was verified: %s", out)
	}
}

// TestRegionCoversEveryCell: a region with no empty cell says so.
func TestRegionCoversEveryCell(t *testing.T) {
	t.Parallel()
	rv := richRegion("en")
	for i := range rv.Cells {
		rv.Cells[i].Programmes = []string{"dk-eifo"}
	}
	rv.Ideas = nil
	var buf bytes.Buffer
	if err := Region(&buf, rv, FormatText, Options{Width: 80}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "The offer covers every cell") {
		t.Errorf("a full matrix does not say it covers every cell:\n%s", buf.String())
	}
}
