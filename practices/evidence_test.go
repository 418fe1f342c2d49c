package practices_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// TestSourcesSayWhatTheyAre: every source in the embedded catalogue says
// what it is (kind), what it evidences (covers) and when it was read, so a
// reader — and the validator's confidence and status-evidence rules — can
// weigh it. (The validator does not demand these of other catalogues.)
func TestSourcesSayWhatTheyAre(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	n := 0
	for _, p := range c.Practices {
		for i, s := range p.Sources {
			n++
			var missing []string
			if s.Kind == "" {
				missing = append(missing, "kind")
			}
			if len(s.Covers) == 0 {
				missing = append(missing, "covers")
			}
			if s.Read == nil {
				missing = append(missing, "read")
			}
			if len(missing) > 0 {
				t.Errorf("%s: source %d (%q) has no %s", p.ID, i, s.Title, strings.Join(missing, ", "))
			}
		}
	}
	if n == 0 {
		t.Fatal("no sources at all: the catalogue did not load")
	}
}

// TestIdeasForFirms: a practice that tells regions what they can learn
// (transfer_potential, region-facing) also tells firms elsewhere what they
// can ask for or do (idea, firm-facing): plans show ideas, never the
// region-facing text. EU-wide and general practices are offered to firms as
// actions, not as ideas, so they need no idea. Neither the idea nor any other firm-facing text
// speaks of "regions" as its reader.
func TestIdeasForFirms(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	for _, p := range c.Practices {
		r := c.Region(p.Region)
		shared := r != nil && (r.Scope == "eu" || r.Scope == "global") // offered to firms as actions, never as ideas
		if p.TransferPotential.Len() > 0 && p.Idea.Len() == 0 && !shared {
			t.Errorf("%s: has transfer_potential but no idea; add the firm-facing idea", p.ID)
		}
		for _, lang := range []string{"en", "da"} {
			for field, text := range map[string]string{"summary": p.Summary.In(lang), "idea": p.Idea.In(lang)} {
				low := strings.ToLower(text)
				for _, policy := range []string{"an idea for regions", "en idé for regioner", "idea for other regions", "idé for andre regioner"} {
					if strings.Contains(low, policy) {
						t.Errorf("%s: %s (%s) speaks to regions (%q); firm-facing texts speak to the firm", p.ID, field, lang, policy)
					}
				}
			}
		}
	}
}

// TestNewerEvidenceOfRunning: the entries whose newest evidence of running
// dated from 2025 — so that `eis validate --strict` failed from February
// 2027 (the Trade Council) to August 2027 (BIM) — carry a newer source that
// shows them running (fresh28). A verified entry needs it official; the
// date the validator weighs is the source's date, or the day it was read
// when it has none.
func TestNewerEvidenceOfRunning(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	for _, tc := range []struct {
		id       string
		since    catalogue.Date
		official bool
	}{
		{"dk-trade-council", catalogue.NewDate(2026, time.January, 1), true}, // the Trade Council's own terms page
		{"eu-japan-centre", catalogue.NewDate(2026, time.January, 1), true},  // its space mission of January 2026
		{"pt-cosec-non-oecd-insurance", catalogue.NewDate(2025, time.July, 1), false},
		{"ie-bim-seafood-development", catalogue.NewDate(2026, time.February, 1), false}, // the 2026 call
	} {
		p := c.Practice(tc.id)
		if p == nil {
			t.Errorf("%s: not in the catalogue", tc.id)
			continue
		}
		var newest catalogue.Date
		for _, s := range p.Sources {
			if !slices.Contains(s.Covers, "status") || (tc.official && s.Kind != catalogue.SourceOfficial) {
				continue
			}
			d := s.Read
			if s.Date != nil {
				d = s.Date
			}
			if d != nil && *d > newest {
				newest = *d
			}
		}
		if newest < tc.since {
			t.Errorf("%s: its newest source showing it running is of %v; want one of %v or later", tc.id, newest, tc.since)
		}
	}
}

// TestCOSECLineMayHaveMoved: the press reported in July 2025 that the
// State's export credit insurance would pass from COSEC to the Banco
// Português de Fomento in January 2026; the entry's description and its
// contact step say so in every language, so a firm does not ask only COSEC.
func TestCOSECLineMayHaveMoved(t *testing.T) {
	t.Parallel()
	c := load(t, practices.FS(), false)
	p := c.Practice("pt-cosec-non-oecd-insurance")
	if p == nil {
		t.Fatal("pt-cosec-non-oecd-insurance: not in the catalogue")
	}
	for _, lang := range c.Meta.Languages {
		if !strings.Contains(p.Description.In(lang), "Banco Português de Fomento") {
			t.Errorf("%s: description does not name the Banco Português de Fomento", lang)
		}
		named := false
		for _, st := range p.Steps {
			named = named || strings.Contains(st.In(lang), "Banco Português de Fomento")
		}
		if !named {
			t.Errorf("%s: no step names the Banco Português de Fomento", lang)
		}
	}
}
