package practices_test

import (
	"strings"
	"testing"
)

// TestRegulatedGoodsHelpNamesTheRulesFirmsKnow: where eis asks which
// goods a firm sells, the help names the rules by what the firm already
// hears of them — a grower's phytosanitary certificates for the plants
// option, a lamp maker's producer registration for its electrical
// equipment and batteries for the electrical one — and stays short
// enough to leave options in view at 80×24 (regs25, session 25;
// fresh24's and eee24's notes). The CBAM clause is pinned in
// cbam_test.go.
func TestRegulatedGoodsHelpNamesTheRulesFirmsKnow(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	q := c.Question("regulated-goods")
	if q == nil {
		t.Fatal("no regulated-goods question")
	}
	want := map[string][]string{ // per language: plant health, electrical equipment, batteries
		"en": {"plant-health", "electrical equipment", "batteries"},
		"da": {"plantesundhed", "elektrisk udstyr", "batterier"},
		"it": {"fitosanitari", "apparecchiature elettriche", "batterie"},
		"pl": {"fitosanitarne", "sprzętu elektrycznego", "baterii"},
		"pt": {"fitossanitários", "equipamentos elétricos", "baterias"},
		"hr": {"fitosanitarni", "električne opreme", "baterija"},
	}
	for _, lang := range c.Meta.Languages {
		h := q.Help.In(lang)
		words, ok := want[lang]
		if !ok {
			t.Errorf("%s: no words to look for in this language's help: add them", lang)
			continue
		}
		for _, w := range words {
			if !strings.Contains(h, w) {
				t.Errorf("%s: the help does not name %q: %q", lang, w, h)
			}
		}
		// The English help was 487 characters and seven lines at 80
		// columns; the options below it scrolled. Longer again is a
		// regression.
		if lang == "en" && len([]rune(h)) > 450 {
			t.Errorf("en: the help is %d characters, want at most 450", len([]rune(h)))
		}
	}
}
