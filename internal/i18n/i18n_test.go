package i18n

import (
	"strings"
	"testing"
)

func TestEveryMessageInEveryLanguage(t *testing.T) {
	for _, k := range Keys() {
		m, _ := Lookup(k)
		if strings.TrimSpace(m.En) == "" || strings.TrimSpace(m.Da) == "" {
			t.Errorf("message %q lacks a translation: en=%q da=%q", k, m.En, m.Da)
		}
		if strings.Count(m.En, "%") != strings.Count(m.Da, "%") {
			t.Errorf("message %q: en and da take different arguments: %q / %q", k, m.En, m.Da)
		}
	}
}

func TestFromEnv(t *testing.T) {
	tests := []struct{ lcAll, lang, want string }{
		{"", "da_DK.UTF-8", "da"},
		{"", "en_GB.UTF-8", "en"},
		{"", "de_DE.UTF-8", "en"},
		{"da_DK", "en_US", "da"},
		{"", "", "en"},
		{"", "C", "en"},
	}
	for _, tt := range tests {
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.lang)
		if got := FromEnv(); got != tt.want {
			t.Errorf("LC_ALL=%q LANG=%q: got %q, want %q", tt.lcAll, tt.lang, got, tt.want)
		}
	}
}

func TestT(t *testing.T) {
	if got := T("da", "cli.usage.hint", "eis"); got != "Kør 'eis --help' for at få hjælp." {
		t.Errorf("da: got %q", got)
	}
	if got := T("en", "cli.usage.hint", "eis"); got != "Run 'eis --help' for usage." {
		t.Errorf("en with args: got %q", got)
	}
	if got := T("en", "no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key: got %q", got)
	}
}
