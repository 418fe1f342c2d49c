package translate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Glossary is one language's file in the catalogue's glossary folder
// (practices/glossary/LANG.yaml): the terms every text renders the same
// way, and the proper names texts keep. English's defines the terms (what
// marks each in an English text, where it is checked); every other
// language's gives its rendering of them.
type Glossary struct {
	Version  int    `yaml:"version"`
	Language string `yaml:"language"`
	// Terms are the words every text of the language renders the same way.
	Terms []*Term `yaml:"terms"`
	// Names are proper names (programmes, organisations) that stay as
	// their owners write them.
	Names []*Name `yaml:"names"`
	// Path is the file it was read from.
	Path string `yaml:"-"`
}

// Term is one glossary term.
type Term struct {
	// ID names the term across the languages' files.
	ID string `yaml:"id"`
	// Text is the term in this language, as a reader sees it.
	Text string `yaml:"text"`
	// Match lists what counts as using the term: in English whole words
	// (each form: "stage", "stages"), in another language stems, found
	// anywhere in a word ("parathed" in "eksportparathed"); any case.
	// Empty: Text.
	Match []string `yaml:"match,omitempty"`
	// Note says what the term means or how to use it.
	Note string `yaml:"note,omitempty"`
	// In says where the term is checked (English only): messages (eis's
	// own words), catalogue (the catalogue's texts), or both (empty).
	In []string `yaml:"in,omitempty"`
	// Except lists texts where the English word means something else (English only):
	// message IDs or catalogue keys; one ending in * is a prefix.
	Except []string `yaml:"except,omitempty"`
	// Line is where the term stands in its file.
	Line int `yaml:"-"`

	re *regexp.Regexp // English: the whole-word forms
}

// Name is a proper name that a translation keeps.
type Name struct {
	// Name is the name as its owners write it ("SIMEST", "Eksportrådet").
	Name string `yaml:"name"`
	// Country is whose name it is (ISO 3166-1 alpha-2; English only), or EU.
	Country string `yaml:"country,omitempty"`
	// Also lists other forms of the name that count as keeping it (an
	// acronym, a short form).
	Also []string `yaml:"also,omitempty"`
	// Text is how this language writes it where that is not the name
	// alone (the way its country's officials write it, the original in
	// brackets: "Danish Trade Council (Eksportrådet)").
	Text string `yaml:"text,omitempty"`
	// Note says what it is.
	Note string `yaml:"note,omitempty"`
	// Line is where the name stands in its file.
	Line int `yaml:"-"`
}

// Term contexts.
const (
	InMessages  = "messages"
	InCatalogue = "catalogue"
)

// GlossaryPath is the glossary file of lang for the catalogue folder dir.
func GlossaryPath(dir, lang string) string {
	return filepath.Join(dir, "glossary", lang+".yaml")
}

// LoadGlossary reads and checks a glossary file: version 1, the language
// its name says, unique term IDs each with a text, names with a name.
func LoadGlossary(path string) (*Glossary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	g := &Glossary{Path: path}
	if err := dec.Decode(g); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	// Lines, for messages that point into the file.
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root)
	if len(root.Content) > 0 {
		if ts := mapValue(root.Content[0], "terms"); ts != nil {
			for i, n := range ts.Content {
				if i < len(g.Terms) {
					g.Terms[i].Line = n.Line
				}
			}
		}
		if ns := mapValue(root.Content[0], "names"); ns != nil {
			for i, n := range ns.Content {
				if i < len(g.Names) {
					g.Names[i].Line = n.Line
				}
			}
		}
	}
	want := strings.TrimSuffix(filepath.Base(path), ".yaml")
	switch {
	case g.Version != 1:
		return nil, fmt.Errorf("%s: version: 1 is required", path)
	case g.Language != want:
		return nil, fmt.Errorf("%s: language: %q, but the file is named for %q", path, g.Language, want)
	}
	seen := map[string]int{}
	for _, t := range g.Terms {
		at := fmt.Sprintf("%s:%d", path, t.Line)
		switch {
		case t.ID == "":
			return nil, fmt.Errorf("%s: a term without an id", at)
		case strings.TrimSpace(t.Text) == "":
			return nil, fmt.Errorf("%s: term %s has no text", at, t.ID)
		case seen[t.ID] > 0:
			return nil, fmt.Errorf("%s: term %s is here twice (first at line %d)", at, t.ID, seen[t.ID])
		}
		seen[t.ID] = t.Line
		for _, in := range t.In {
			if in != InMessages && in != InCatalogue {
				return nil, fmt.Errorf("%s: term %s: in: %q; use messages or catalogue", at, t.ID, in)
			}
		}
		if g.Language != "en" && (len(t.In) > 0 || len(t.Except) > 0) {
			return nil, fmt.Errorf("%s: term %s: in: and except: belong in the English glossary", at, t.ID)
		}
		if len(t.Match) == 0 {
			t.Match = []string{t.Text}
		}
		for _, m := range t.Match {
			if strings.TrimSpace(m) == "" {
				return nil, fmt.Errorf("%s: term %s has an empty match", at, t.ID)
			}
		}
		if g.Language == "en" {
			forms := make([]string, len(t.Match))
			for i, m := range t.Match {
				forms[i] = regexp.QuoteMeta(m)
			}
			t.re = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(?:` + strings.Join(forms, "|") + `)(?:[^\p{L}\p{N}]|$)`)
		}
	}
	names := map[string]bool{}
	for _, n := range g.Names {
		at := fmt.Sprintf("%s:%d", path, n.Line)
		if strings.TrimSpace(n.Name) == "" {
			return nil, fmt.Errorf("%s: a name without name:", at)
		}
		if names[n.Name] {
			return nil, fmt.Errorf("%s: %s is listed twice", at, n.Name)
		}
		names[n.Name] = true
	}
	return g, nil
}

// Term returns the term with id, or nil.
func (g *Glossary) Term(id string) *Term {
	if g == nil {
		return nil
	}
	for _, t := range g.Terms {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Name returns the entry for name, or nil.
func (g *Glossary) Name(name string) *Name {
	if g == nil {
		return nil
	}
	for _, n := range g.Names {
		if n.Name == name {
			return n
		}
	}
	return nil
}

// Check reports problems of g against en, the English glossary: a term
// that English does not define, or names that English does not list.
// complete also wants every English term.
func (g *Glossary) Check(en *Glossary, complete bool) []string {
	var out []string
	for _, t := range g.Terms {
		if en.Term(t.ID) == nil {
			out = append(out, fmt.Sprintf("%s:%d: term %s is not in the English glossary (a typo, or add it there first)", g.Path, t.Line, t.ID))
		}
	}
	for _, n := range g.Names {
		if en.Name(n.Name) == nil {
			out = append(out, fmt.Sprintf("%s:%d: name %s is not in the English glossary's names", g.Path, n.Line, n.Name))
		}
	}
	if complete {
		for _, t := range en.Terms {
			if g.Term(t.ID) == nil {
				out = append(out, fmt.Sprintf("%s: term %s (%q) has no %s rendering", g.Path, t.ID, t.Text, g.Language))
			}
		}
	}
	return out
}

// Usage is a text where an English glossary term is used but the
// language's rendering of it is not.
type Usage struct {
	Term *Term // the English term
	// Want is the language's term, or nil when its glossary lacks it.
	Want *Term
}

// Uses lists the terms of en used in the English text enText (key, in
// context in) whose rendering in g (lang's glossary) text lacks.
//
// A term inside a proper name of en ("SME" in "EU SME Centre") or inside a
// longer term ("agent" in "customs agent", "credit insurance" in "export
// credit insurance") is not a use of it.
func (g *Glossary) Uses(en *Glossary, key, in, enText, text string) []Usage {
	var out []Usage
	lower := strings.ToLower(text)
	for _, n := range en.Names {
		for _, f := range append([]string{n.Name}, n.Also...) {
			enText = strings.ReplaceAll(enText, f, " ")
		}
	}
	for _, t := range en.Terms {
		if len(t.In) > 0 && !slices.Contains(t.In, in) || excepted(t.Except, key) || !t.re.MatchString(enText) {
			continue
		}
		if !t.re.MatchString(withoutLonger(en, t, enText)) {
			continue
		}
		want := g.Term(t.ID)
		if want == nil {
			out = append(out, Usage{Term: t})
			continue
		}
		found := false
		for _, m := range want.Match {
			if strings.Contains(lower, strings.ToLower(m)) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, Usage{Term: t, Want: want})
		}
	}
	return out
}

// withoutLonger is s without the uses of the terms of en that hold one of
// t's forms in a longer phrase.
func withoutLonger(en *Glossary, t *Term, s string) string {
	for _, o := range en.Terms {
		if o == t {
			continue
		}
		for _, f := range o.Match {
			for _, mine := range t.Match {
				lf, lm := strings.ToLower(f), strings.ToLower(mine)
				if len(lf) > len(lm) && t.re.MatchString(f) && strings.Contains(lf, lm) {
					s = o.re.ReplaceAllString(s, " ")
				}
			}
		}
	}
	return s
}

// excepted reports whether key is in list (an entry ending in * is a prefix).
func excepted(list []string, key string) bool {
	for _, e := range list {
		if p, ok := strings.CutSuffix(e, "*"); ok && strings.HasPrefix(key, p) || e == key {
			return true
		}
	}
	return false
}

// LostNames lists the names of en (with their other forms) that enText
// has and text lacks; g (the language's glossary, may be nil) may say how
// the language writes a name.
func (g *Glossary) LostNames(en *Glossary, enText, text string) []*Name {
	var out []*Name
	for _, n := range en.Names {
		forms := append([]string{n.Name}, n.Also...)
		in := func(s string) bool {
			for _, f := range forms {
				if strings.Contains(s, f) {
					return true
				}
			}
			return false
		}
		if !in(enText) || in(text) {
			continue
		}
		if own := g.Name(n.Name); own != nil && own.Text != "" && strings.Contains(text, own.Text) {
			continue
		}
		out = append(out, n)
	}
	return out
}
