package practices_test

import (
	"strings"
	"testing"

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
