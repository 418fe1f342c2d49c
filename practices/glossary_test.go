package practices_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/translate"
)

// glossaries loads the English glossary and that of each other language
// with a file.
func glossaries(t *testing.T) (en *translate.Glossary, others map[string]*translate.Glossary) {
	t.Helper()
	en, err := translate.LoadGlossary(translate.GlossaryPath(".", "en"))
	if err != nil {
		t.Fatal(err)
	}
	others = map[string]*translate.Glossary{}
	files, _ := filepath.Glob(filepath.Join("glossary", "*.yaml"))
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".yaml")
		if lang == "en" {
			continue
		}
		g, err := translate.LoadGlossary(f)
		if err != nil {
			t.Fatal(err)
		}
		others[lang] = g
	}
	return en, others
}

// TestGlossaries: every glossary file reads, its terms and names are the
// English glossary's, and the glossary of a language eis speaks renders
// every term.
func TestGlossaries(t *testing.T) {
	en, others := glossaries(t)
	for _, l := range i18n.Languages {
		if l != "en" && others[l] == nil {
			t.Errorf("glossary/%s.yaml is missing: every language eis speaks has a glossary", l)
		}
	}
	for lang, g := range others {
		for _, p := range g.Check(en, slices.Contains(i18n.Languages, lang)) {
			t.Error(p)
		}
	}
}

// TestGlossaryTermsUsed: in every language eis speaks, a text whose
// English uses a glossary term (in the term's contexts: eis's messages,
// the catalogue's texts) uses that language's rendering of it, and keeps
// the proper names of the English. A text where the English word means
// something else is listed in the term's except: in glossary/en.yaml.
func TestGlossaryTermsUsed(t *testing.T) {
	en, others := glossaries(t)
	cat, err := translate.Load(".", filepath.Join("..", "internal", "catalogue", "countrygen", "facts.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	enMsgs, err := i18n.Messages("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range i18n.Languages {
		g := others[lang]
		if lang == "en" || g == nil {
			continue
		}
		msgs, err := i18n.Messages(lang)
		if err != nil {
			t.Fatal(err)
		}
		var problems []string
		check := func(key, in, enText, text string) {
			for _, u := range g.Uses(en, key, in, enText, text) {
				want := "(none)"
				if u.Want != nil {
					want = fmt.Sprintf("%q (%s)", u.Want.Text, strings.Join(u.Want.Match, ", "))
				}
				problems = append(problems, fmt.Sprintf("%s: term %s %q → %s missing in %q (English: %q)", key, u.Term.ID, u.Term.Text, want, text, enText))
			}
			for _, n := range g.LostNames(en, enText, text) {
				problems = append(problems, fmt.Sprintf("%s: the name %s is lost in %q", key, n.Name, text))
			}
		}
		for _, s := range cat.Sites {
			if t := s.Texts[lang]; t != "" {
				check(s.Key, translate.InCatalogue, s.Texts["en"], t)
			}
		}
		for k, enText := range enMsgs {
			if t, ok := msgs[k]; ok {
				id, _, _ := strings.Cut(k, "#")
				check(id, translate.InMessages, enText, t)
			}
		}
		sort.Strings(problems)
		for _, p := range problems {
			t.Errorf("%s: %s", lang, p)
		}
	}
}
