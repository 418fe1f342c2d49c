package i18n

import (
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"da", "da"},
		{"DA", "da"},
		{"Da", "da"},
		{"da-DK", "da"},
		{"da_DK", "da"},
		{"da_dk.UTF-8", "da"},
		{"da@euro", "da"},
		{" da ", "da"},
		{"EN", "en"},
		{"en-GB", "en"},
		{"en_US.UTF-8", "en"},
		{"", ""},
		{"fr", "fr"},
		{"fr-FR", "fr-FR"},
		{"dan", "dan"},
		{"-da", "-da"},
		{"C", "C"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzNormalize: the result is a language eis speaks, or the input trimmed;
// and normalizing twice changes nothing.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"da", "DA-dk", "en_GB.UTF-8", "", "x", "da@", "-"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Normalize(s)
		if !Supported(got) && got != strings.TrimSpace(s) {
			t.Errorf("Normalize(%q) = %q: neither a supported language nor the input", s, got)
		}
		if again := Normalize(got); again != got {
			t.Errorf("Normalize(Normalize(%q)) = %q, not %q", s, again, got)
		}
	})
}
