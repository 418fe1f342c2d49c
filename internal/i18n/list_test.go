package i18n

import (
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// TestListJoin: a list in running text reads as each language writes one
// — commas, then the language's "and" or "or" before the last (English
// without the serial comma, as the catalogue's texts are written) — both
// through Locale.And/Or (render) and as a diag.List argument (the domain
// packages' messages).
func TestListJoin(t *testing.T) {
	t.Parallel()
	three := []string{"France", "Germany", "the United States"}
	for _, tt := range []struct {
		lang            string
		and3, or3, and2 string
	}{
		{"en", "France, Germany and the United States", "France, Germany or the United States", "France and Germany"},
		{"da", "France, Germany og the United States", "France, Germany eller the United States", "France og Germany"},
		{"it", "France, Germany e the United States", "France, Germany o the United States", "France e Germany"},
		{"pl", "France, Germany i the United States", "France, Germany albo the United States", "France i Germany"},
		{"pt", "France, Germany e the United States", "France, Germany ou the United States", "France e Germany"},
		{"hr", "France, Germany i the United States", "France, Germany ili the United States", "France i Germany"},
	} {
		l := Get(tt.lang)
		if l.Code() != tt.lang {
			t.Fatalf("%s: not a language eis speaks", tt.lang)
		}
		for _, c := range []struct {
			name, got, want string
		}{
			{"And(3)", l.And(three), tt.and3},
			{"Or(3)", l.Or(three), tt.or3},
			{"And(2)", l.And(three[:2]), tt.and2},
			{"And(1)", l.And(three[:1]), "France"},
			{"And(0)", l.And(nil), ""},
			{"Or(0)", l.Or([]string{}), ""},
			{"diag.And", l.Say(diag.And("France", "Germany", "the United States")), tt.and3},
			{"diag.Or", l.Say(diag.Or("France", "Germany", "the United States")), tt.or3},
			{"diag.List", l.Say(diag.List{Items: []any{"France", "Germany"}, Sep: "; "}), "France; Germany"},
		} {
			if c.got != c.want {
				t.Errorf("%s %s = %q, want %q", tt.lang, c.name, c.got, c.want)
			}
		}
	}
	// The items are said in the language first (a catalogue text here),
	// and an item with a "%" stays as it is.
	txt := diag.NewText(map[string]string{"en": "the Netherlands", "da": "Nederlandene"})
	if got := Get("da").Say(diag.And(txt, "100%")); got != "Nederlandene og 100%" {
		t.Errorf("da text item: got %q", got)
	}
}
