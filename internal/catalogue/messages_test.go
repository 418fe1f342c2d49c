package catalogue

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// TestMessagesSayWhatToDo: a reference that is nearly right names what was
// meant, a list of known IDs that is empty says so, and counts agree with
// their nouns.
func TestMessagesSayWhatToDo(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(m fstest.MapFS)
		want   []string
	}{
		{
			name: "a typo in a question ID",
			change: func(m fstest.MapFS) {
				m["practices.yaml"].Data = []byte(strings.Replace(string(m["practices.yaml"].Data), "question: strategy.plan", "question: strategy.plna", 1))
			},
			want: []string{`unknown question "strategy.plna"; did you mean "strategy.plan"? ('eis questions' lists the questions and their IDs)`},
		},
		{
			name: "a typo in a profile question ID suggests a profile question",
			change: func(m fstest.MapFS) {
				m["practices.yaml"].Data = []byte(strings.Replace(string(m["practices.yaml"].Data), "profile: {question: markets", "profile: {question: market", 1))
			},
			want: []string{`unknown question "market"; did you mean "markets"?`},
		},
		{
			name: "a typo in after:",
			change: func(m fstest.MapFS) {
				m["practices.yaml"].Data = []byte(strings.Replace(string(m["practices.yaml"].Data), "after: [home-coaching]", "after: [home-coachin]", 1))
			},
			want: []string{`unknown practice "home-coachin" in after:; did you mean "home-coaching"?`},
		},
		{
			name: "a typo in a key suggests the key",
			change: func(m fstest.MapFS) {
				m["practices.yaml"].Data = []byte(strings.Replace(string(m["practices.yaml"].Data), "  - id: home-coaching\n", "  - id: home-coaching\n    organisaton: Home Council\n", 1))
			},
			want: []string{`unknown key "organisaton" in practice; did you mean "organisation"?`},
		},
		{
			name: "a key unlike any lists them all",
			change: func(m fstest.MapFS) {
				m["practices.yaml"].Data = []byte(strings.Replace(string(m["practices.yaml"].Data), "  - id: home-coaching\n", "  - id: home-coaching\n    zzz: 1\n", 1))
			},
			want: []string{`unknown key "zzz" in practice; expected one of: id, region, `},
		},
		{
			name:   "no regions at all",
			change: func(m fstest.MapFS) { delete(m, "regions.yaml") },
			want:   []string{`unknown region "home"; no regions are defined: add them under regions: (as in regions.yaml)`},
		},
		{
			name:   "no dimensions at all",
			change: func(m fstest.MapFS) { delete(m, "dimensions.yaml") },
			want:   []string{`unknown dimension "strategy"; no dimensions are defined: add them under dimensions: (as in dimensions.yaml)`},
		},
		{
			name: "a URL without its scheme",
			change: func(m fstest.MapFS) {
				m["practices.yaml"].Data = []byte(strings.Replace(string(m["practices.yaml"].Data), "url: https://example.org/coaching", "url: example.org/coaching", 1))
			},
			want: []string{`"example.org/coaching" has no https:// in front; add it: "https://example.org/coaching"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m := mustDir(t, "testdata/valid")
			tt.change(m)
			c, parsed, err := Parse(m)
			if err != nil {
				t.Fatal(err)
			}
			var all []string
			for _, d := range append(parsed, Check(c, testNow)...) {
				all = append(all, i18n.English.Format(d.Message))
			}
			got := strings.Join(all, "\n")
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("no message containing %q among:\n%s", w, got)
				}
			}
			if strings.Contains(got, ": -") {
				t.Errorf("an empty list shown as \"-\":\n%s", got)
			}
		})
	}
}

func TestLimitPlural(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		extra int
		want  string
	}{{1, "…and 1 more problem in this file"}, {2, "…and 2 more problems in this file"}} {
		var ds diag.Diagnostics
		for i := 0; i < 3+tt.extra; i++ {
			warnf(&ds, Pos{File: "a.yaml", Line: i + 1}, "r", "validate.depth", i)
		}
		got := Limit(ds, 3)
		if last := i18n.English.Format(got[len(got)-1].Message); last != tt.want {
			t.Errorf("%d dropped: %q, want %q", tt.extra, last, tt.want)
		}
		if da := i18n.Get("da").Format(got[len(got)-1].Message); tt.extra == 1 && da != "…og 1 problem mere i denne fil" {
			t.Errorf("da: %q", da)
		}
	}
}

// TestKeyMessagesNameTheElementApart: the messages about a mapping's keys
// name the kind of element (file, practice, rule, …) in parentheses in
// every language but English, as Danish first did: a bare noun after a
// preposition or article takes a case or gender the word list cannot know
// ("w plik" for w pliku, "u datoteka" for u datoteci, "in questo pratica").
func TestKeyMessagesNameTheElementApart(t *testing.T) {
	t.Parallel()
	keys := map[string][]any{
		"validate.unknown-key":      {"bogus", nil, "a, b"},
		"validate.unknown-key.mean": {"bogus", nil, "near"},
		"validate.duplicate-key":    {"bogus", nil, 3},
		"validate.kind.key":         {nil},
	}
	for _, lang := range i18n.Languages {
		if lang == "en" {
			continue
		}
		loc := i18n.Get(lang)
		for w := range typeWordSet() {
			for key, args := range keys {
				a := make([]any, len(args))
				copy(a, args)
				for i := range a {
					if a[i] == nil {
						a[i] = w
					}
				}
				got := loc.Format(message(key, a...))
				name := loc.Format(diag.M("validate.word." + string(w)))
				if !strings.Contains(got, "("+name+")") && !strings.Contains(got, "("+name+",") && !strings.Contains(got, "("+name+";") {
					t.Errorf("%s %s with %q: the element is not named apart: %s", lang, key, name, got)
				}
			}
		}
	}
}

func typeWordSet() map[word]bool {
	set := map[word]bool{}
	for _, w := range typeWords() {
		set[w] = true
	}
	return set
}
