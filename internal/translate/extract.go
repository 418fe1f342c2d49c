package translate

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Statuses of a text in an extraction.
const (
	// StatusNew: the language has no text yet.
	StatusNew = "new"
	// StatusChanged: the English changed since the text was translated.
	StatusChanged = "changed"
	// StatusDone: the text was translated from the English there now.
	StatusDone = "done"
	// StatusUnchecked: a text whose source English was not recorded (it
	// predates the record, or was written by hand).
	StatusUnchecked = "unchecked"
)

// Hash is the fingerprint of an English text that a translation records
// as its source: the first 16 hex digits of its SHA-256.
func Hash(en string) string {
	h := sha256.Sum256([]byte(en))
	return hex.EncodeToString(h[:8])
}

// Entry is one text of an extraction.
type Entry struct {
	Key    string
	Status string
	// Hash is the Hash of the English the entry shows.
	Hash string
	// Texts are the English, the references and the language's text.
	Texts map[string]string
	// Line is where the entry starts in the file it was read from.
	Line int
}

// Extraction is every catalogue text for translators of one language: the
// English, the other languages as references, and the language's text
// where there is one, with its status.
type Extraction struct {
	Lang string
	// Translator and ReviewedBy say who translated the texts and which
	// native speaker reviewed them; apply records them in the catalogue's
	// translations: when it declares the language.
	Translator, ReviewedBy string
	// Refs are the languages shown beside the English (da).
	Refs    []string
	Entries []Entry
	// Path is the file it was read from.
	Path string
}

// Extract lists every text of c for translating into lang, with the
// status sums gives each (see the Status constants), in c's order.
func (c *Catalogue) Extract(lang string, sums Sums, refs []string) *Extraction {
	x := &Extraction{Lang: lang}
	for _, r := range refs {
		if r != lang && r != "en" {
			x.Refs = append(x.Refs, r)
		}
	}
	for _, s := range c.Sites {
		en := s.Texts["en"]
		e := Entry{Key: s.Key, Hash: Hash(en), Texts: map[string]string{"en": en}}
		for _, r := range x.Refs {
			e.Texts[r] = s.Texts[r]
		}
		t := s.Texts[lang]
		e.Texts[lang] = t
		switch src, ok := sums[s.Key]; {
		case strings.TrimSpace(t) == "":
			e.Status = StatusNew
		case !ok:
			e.Status = StatusUnchecked
		case src == e.Hash:
			e.Status = StatusDone
		default:
			e.Status = StatusChanged
		}
		x.Entries = append(x.Entries, e)
	}
	return x
}

// Counts are how many entries have each status, and the characters of
// English still to translate (new and changed entries).
func (x *Extraction) Counts() (byStatus map[string]int, chars int) {
	byStatus = map[string]int{}
	for _, e := range x.Entries {
		byStatus[e.Status]++
		if e.Status == StatusNew || e.Status == StatusChanged {
			chars += len([]rune(e.Texts["en"]))
		}
	}
	return byStatus, chars
}

// Write writes x as the YAML file translators fill in: a header saying
// what to do, then one entry per text with its key, status, hash, the
// English, the references and the language's text (empty when new).
func (x *Extraction) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	counts, chars := x.Counts()
	fmt.Fprintf(bw, "# eis catalogue texts for translation into %q: %d texts — %d new, %d changed since\n", x.Lang, len(x.Entries), counts[StatusNew], counts[StatusChanged])
	fmt.Fprintf(bw, "# translated, %d done, %d unchecked; %d characters of English to translate.\n", counts[StatusDone], counts[StatusUnchecked], chars)
	fmt.Fprintf(bw, "# Write the %s text of each entry in its %s: line; leave key, status, hash and the other\n", x.Lang, x.Lang)
	bw.WriteString("# languages as they are. status: new = not translated yet; changed = the English changed since\n")
	bw.WriteString("# the text was translated (compare, fix it, then set status: done); done = up to date;\n")
	bw.WriteString("# unchecked = a text whose source English is not recorded (check it; set status: done).\n")
	bw.WriteString("# Check your work: go run ./internal/tools/cattr check -lang " + x.Lang + " THIS_FILE\n")
	bw.WriteString("# The translator guide says the rest (register, names, placeholders, glossary).\n")
	bw.WriteString("version: 1\n")
	fmt.Fprintf(bw, "language: %s\n", x.Lang)
	bw.WriteString("# Who translated the texts (a person, a team, or a tool and who checked its output):\n")
	fmt.Fprintf(bw, "translator: %s\n", quote(x.Translator))
	bw.WriteString("# The native speaker who reviewed them, once one has:\n")
	fmt.Fprintf(bw, "reviewed_by: %s\n", quote(x.ReviewedBy))
	bw.WriteString("entries:\n")
	for _, e := range x.Entries {
		fmt.Fprintf(bw, "  - key: %s\n", quote(e.Key))
		fmt.Fprintf(bw, "    status: %s\n", e.Status)
		fmt.Fprintf(bw, "    hash: %s\n", quote(e.Hash))
		fmt.Fprintf(bw, "    en: %s\n", quote(e.Texts["en"]))
		for _, r := range x.Refs {
			fmt.Fprintf(bw, "    %s: %s\n", r, quote(e.Texts[r]))
		}
		fmt.Fprintf(bw, "    %s: %s\n", x.Lang, quote(e.Texts[x.Lang]))
	}
	return bw.Flush()
}

// ReadExtraction reads an extraction file as Write writes it (and a
// translator fills it in), with the line of every entry.
func ReadExtraction(path string) (*Extraction, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	bad := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d:%d: %s", path, n.Line, n.Column, fmt.Sprintf(format, args...))
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%s: not an extraction file (make one with cattr extract)", path)
	}
	top := root.Content[0]
	x := &Extraction{Path: path}
	scalar := func(key string) (string, error) {
		v := mapValue(top, key)
		if v == nil {
			return "", nil
		}
		if v.Kind != yaml.ScalarNode {
			return "", bad(v, "%s must be text", key)
		}
		return v.Value, nil
	}
	if v, err := scalar("version"); err != nil || v != "1" {
		return nil, fmt.Errorf("%s: not an extraction file of version 1 (make one with cattr extract)", path)
	}
	if x.Lang, err = scalar("language"); err != nil || !validLang(x.Lang) {
		return nil, fmt.Errorf("%s: language: must be a language code such as it", path)
	}
	if x.Translator, err = scalar("translator"); err != nil {
		return nil, err
	}
	if x.ReviewedBy, err = scalar("reviewed_by"); err != nil {
		return nil, err
	}
	entries := mapValue(top, "entries")
	if entries == nil || entries.Kind != yaml.SequenceNode {
		return nil, fmt.Errorf("%s: entries: is missing or not a list", path)
	}
	seen := map[string]int{}
	for _, n := range entries.Content {
		if n.Kind != yaml.MappingNode {
			return nil, bad(n, "an entry must be a mapping (key:, status:, hash:, en:, …)")
		}
		e := Entry{Texts: map[string]string{}, Line: n.Line}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if v.Kind != yaml.ScalarNode {
				return nil, bad(v, "%s must be text; put a text in quotes or write it as a block (>-)", k.Value)
			}
			val := v.Value
			if v.Tag == "!!null" {
				val = ""
			}
			switch k.Value {
			case "key":
				e.Key = val
			case "status":
				if !slices.Contains([]string{StatusNew, StatusChanged, StatusDone, StatusUnchecked}, val) {
					return nil, bad(v, "status %q: use new, changed, done or unchecked", val)
				}
				e.Status = val
			case "hash":
				e.Hash = val
			default:
				if !validLang(k.Value) {
					return nil, bad(k, "unknown key %q in an entry", k.Value)
				}
				e.Texts[k.Value] = val
			}
		}
		if e.Key == "" || e.Hash == "" {
			return nil, bad(n, "an entry needs key: and hash: (as extract wrote them)")
		}
		if first, dup := seen[e.Key]; dup {
			return nil, bad(n, "%q is here twice (first at line %d)", e.Key, first)
		}
		seen[e.Key] = n.Line
		x.Entries = append(x.Entries, e)
	}
	return x, nil
}

// Sums records, for one language, the English each of its catalogue texts
// was translated from: key → Hash of that English.
type Sums map[string]string

// SumsPath is where the sums of lang are kept for the catalogue folder dir.
func SumsPath(dir, lang string) string {
	return filepath.Join(dir, "translations", lang+".sums")
}

// ReadSums reads a sums file; one that is not there is empty.
func ReadSums(path string) (Sums, error) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return Sums{}, nil
	}
	if err != nil {
		return nil, err
	}
	s := Sums{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h, key, ok := strings.Cut(line, "  ")
		if !ok || len(h) != 16 || key == "" {
			return nil, fmt.Errorf("%s:%d: expected a hash, two spaces and a key", path, i+1)
		}
		s[key] = h
	}
	return s, nil
}

// Bytes is the sums file: a header, then one line per key, sorted.
func (s Sums) Bytes(lang string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "# The English each %q catalogue text was translated from: the first 16 hex digits of the\n", lang)
	b.WriteString("# SHA-256 of that English, two spaces, the text's key. Written by\n")
	b.WriteString("# `go run ./internal/tools/cattr apply`; `cattr extract` marks a text whose English has\n")
	b.WriteString("# changed since. Do not edit by hand.\n")
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s  %s\n", s[k], k)
	}
	return b.Bytes()
}
