package config

import (
	"os"
	"path/filepath"
	"testing"
)

// TestPeekLang reads only lang: from the file Bind would read, and gives ""
// for every problem instead of an error.
func TestPeekLang(t *testing.T) {
	xdg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", xdg)
	t.Setenv("EIS_CONFIG", "")
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	da := write("da.yaml", "catalogue-mode: replace\nlang: da\n")
	upper := write("upper.yaml", "LANG: da\n")
	none := write("none.yaml", "catalogue-mode: replace\n")
	bad := write("bad.yaml", "lang: [da\n")
	list := write("list.yaml", "lang:\n  nested: da\n")
	fr := write("fr.yaml", "lang: fr\n")

	tests := []struct {
		name, explicit, env, want string
	}{
		{"explicit file", da, "", "da"},
		{"keys are case-insensitive, as in Bind", upper, "", "da"},
		{"no lang key", none, "", ""},
		{"malformed file", bad, "", ""},
		{"lang is not text", list, "", ""},
		{"unsupported value is returned as is", fr, "", "fr"},
		{"missing explicit file", filepath.Join(dir, "missing.yaml"), "", ""},
		{"a folder, not a file", dir, "", ""},
		{"EIS_CONFIG when no --config", "", da, "da"},
		{"--config beats EIS_CONFIG", none, da, ""},
		{"default path absent", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("EIS_CONFIG", tt.env)
			if got := PeekLang(tt.explicit); got != tt.want {
				t.Errorf("PeekLang(%q) with EIS_CONFIG=%q = %q, want %q", tt.explicit, tt.env, got, tt.want)
			}
		})
	}

	// The default path, $XDG_CONFIG_HOME/eis/config.yaml.
	if err := os.MkdirAll(filepath.Join(xdg, "eis"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(xdg, "eis", "config.yaml"), []byte("lang: da\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := PeekLang(""); got != "da" {
		t.Errorf("default path: got %q, want da", got)
	}
}
