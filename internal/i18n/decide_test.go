package i18n

import "testing"

// TestDecide is the precedence of a run's language, one row per rule:
// --lang > EIS_LANG > config > answers file > LC_ALL > LC_MESSAGES > LANG > English.
func TestDecide(t *testing.T) {
	t.Parallel()
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	tests := []struct {
		name string
		s    Sources
		want string
		from Source
		bad  string // the unsupported value reported, if any
	}{
		{"nothing set: English", Sources{}, "en", FromDefault, ""},
		{"nothing set, no getenv: English", Sources{Getenv: env()}, "en", FromDefault, ""},
		{"LANG", Sources{Getenv: env("LANG", "da_DK.UTF-8")}, "da", FromSystem, ""},
		{"LC_MESSAGES over LANG", Sources{Getenv: env("LANG", "en_GB.UTF-8", "LC_MESSAGES", "da_DK")}, "da", FromSystem, ""},
		{"LC_ALL over LC_MESSAGES", Sources{Getenv: env("LC_MESSAGES", "en_GB", "LC_ALL", "da")}, "da", FromSystem, ""},
		{"LANG=C is English", Sources{Getenv: env("LANG", "C")}, "en", FromSystem, ""},
		{"the first variable set decides, even one eis does not speak", Sources{Getenv: env("LC_ALL", "de_DE.UTF-8", "LANG", "da_DK.UTF-8")}, "en", FromSystem, ""},
		{"answers file over LANG", Sources{Answers: "da", Getenv: env("LANG", "C")}, "da", FromAnswers, ""},
		{"answers file in English over a Danish LANG", Sources{Answers: "en", Getenv: env("LANG", "da_DK.UTF-8")}, "en", FromAnswers, ""},
		{"an answers file's unknown language is passed over", Sources{Answers: "xx", Getenv: env("LANG", "da_DK.UTF-8")}, "da", FromSystem, ""},
		{"config over answers file", Sources{Config: "en", Answers: "da"}, "en", FromConfig, ""},
		{"EIS_LANG over config", Sources{Env: "da", Config: "en"}, "da", FromEnv, ""},
		{"--lang over EIS_LANG", Sources{Flag: "en", Env: "da", Config: "da", Answers: "da", Getenv: env("LANG", "da_DK.UTF-8")}, "en", FromFlag, ""},
		{"values are normalized", Sources{Flag: " DA_dk.UTF-8 "}, "da", FromFlag, ""},
		{"an empty flag is not set", Sources{Flag: "", Env: "da"}, "da", FromEnv, ""},
		{"an unsupported flag is reported, the next source decides", Sources{Flag: "fr", Getenv: env("LANG", "da_DK.UTF-8")}, "da", FromSystem, "fr"},
		{"an unsupported EIS_LANG is reported", Sources{Env: "xx", Config: "da"}, "da", FromConfig, "xx"},
		{"the strongest unsupported value is reported", Sources{Flag: "fr", Env: "de"}, "en", FromDefault, "fr"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Decide(tt.s)
			if d.Locale.Code() != tt.want || d.From != tt.from {
				t.Errorf("got %s from %d, want %s from %d", d.Locale, d.From, tt.want, tt.from)
			}
			switch {
			case tt.bad == "" && d.Bad != nil:
				t.Errorf("reported %+v as unsupported", *d.Bad)
			case tt.bad != "" && (d.Bad == nil || d.Bad.Value != tt.bad):
				t.Errorf("got Bad %+v, want %q reported", d.Bad, tt.bad)
			}
		})
	}
}

func TestNormalize(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{"DA": "da", "da-DK": "da", "da_DK.UTF-8": "da", "da@euro": "da", " en ": "en", "fr_FR": "fr_FR", "": "", "C": "C"} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}
