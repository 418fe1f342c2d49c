package i18n

import (
	"regexp"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

// TestMidSentence: a title in the middle of a Danish sentence loses its
// capital (Danish writes common nouns in lower case), an acronym keeps
// it, and English keeps titles as they are.
func TestMidSentence(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ lang, in, want string }{
		{"da", "Strategi og engagement", "strategi og engagement"},
		{"da", "IP og compliance", "IP og compliance"},
		{"da", "Ærlig handel", "ærlig handel"},
		{"da", "", ""},
		{"en", "Strategy and commitment", "Strategy and commitment"},
	} {
		if got := Get(tt.lang).MidSentence(tt.in); got != tt.want {
			t.Errorf("%s: MidSentence(%q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
	dims := diag.List{Sep: ", ", Items: []any{diag.MidSentence{Arg: diag.NewText(map[string]string{"en": "Networks and support", "da": "Netværk og støtte"})}}}
	who := diag.NewText(map[string]string{"en": "your accountant", "da": "jeres revisor"})
	m := diag.M("assessment.firstSteps.clarify", 3, dims, who)
	if got, want := Get("da").Format(m), "Afklar de 3 svar, I ikke kendte — de fleste om netværk og støtte — og begynd med jeres revisor."; got != want {
		t.Errorf("da: %q, want %q", got, want)
	}
	if got, want := Get("en").Format(m), "Clarify the 3 answers you did not know — most of them about Networks and support — starting with your accountant."; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
}

// TestDanishFormOfAddress: Danish messages speak to the firm as "I/jeres",
// as the questions do, never "du/din" (issue 10).
func TestDanishFormOfAddress(t *testing.T) {
	t.Parallel()
	data, err := localeFiles.ReadFile("locales/da.toml")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		if m := singular.FindString(line); m != "" {
			t.Errorf("locales/da.toml:%d: %q addresses the reader as %q; use I, jer, jeres", i+1, line, m)
		}
	}
}

var singular = regexp.MustCompile(`\b([Dd]u|[Dd]ig|[Dd]in|[Dd]it|[Dd]ine)\b`)
