// Package synth generates synthetic catalogues of any size for benchmarks:
// a copy of a real catalogue whose practices are cloned, with new IDs, until
// there are as many as asked, spread over files of about a hundred practices
// each, as a large real catalogue would be.
//
// It works on the YAML alone (no catalogue types), so it keeps working when
// the format gains fields: every key of a practice is copied, and every value
// that names a practice of the source (its id, an after: entry, any future
// reference) is renamed to the clone of the same copy.
package synth

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing/fstest"

	"go.yaml.in/yaml/v3"
)

// DefaultPerFile is how many practices a generated file holds unless
// Options.PerFile says otherwise: 10,000 practices make about 100 files.
const DefaultPerFile = 100

// DefaultMaxBytes bounds a generated file's size unless Options.MaxBytes
// says otherwise: half the 2 MiB the catalogue loader accepts of one file
// (catalogue.MaxFileSize). A hundred of the longest practices in a row —
// those with many steps in six languages — made files of 2.1 MB, which
// the loader refused, and the benchmarks with them.
const DefaultMaxBytes = 1 << 20

// Options say how large a catalogue to generate.
type Options struct {
	// Practices is how many practices the catalogue has.
	Practices int
	// PerFile is how many practices each generated file holds
	// (DefaultPerFile when 0), at most.
	PerFile int
	// MaxBytes bounds each generated file's size (DefaultMaxBytes when
	// 0): a file that would grow past it ends before the next practice,
	// so a file holds fewer than PerFile practices when they are long.
	MaxBytes int
}

// Files is a generated catalogue: file contents by slash-separated path
// below the catalogue folder.
type Files map[string][]byte

// token marks, in a practice template, where the copy number goes.
const token = "zzsynthzz"

// Generate reads the catalogue in src (every *.yaml, as the loader does,
// skipping testdata and hidden files) and returns a whole catalogue with
// o.Practices practices. Files without practices (the catalogue: section,
// dimensions, questions, regions) are kept; practices are cloned copy by
// copy (copy k of practice p is p-ck), in an order where a practice comes
// after every practice it refers to, so a last, partial copy never refers to
// a practice it lacks. Dates are written quoted, so YAML 1.1 tools (ajv-cli)
// read them as strings, as the catalogue format asks.
func Generate(src fs.FS, o Options) (Files, error) {
	if o.Practices < 1 {
		return nil, errors.New("synth: Practices must be at least 1")
	}
	per := o.PerFile
	if per <= 0 {
		per = DefaultPerFile
	}
	maxBytes := o.MaxBytes
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	names, err := yamlFiles(src)
	if err != nil {
		return nil, err
	}
	out := Files{}
	var practices []*yaml.Node
	var header []*yaml.Node         // the other keys of the first practice file (version:)
	kept := map[string]*yaml.Node{} // the files, or parts of files, without practices
	for _, name := range names {
		data, err := fs.ReadFile(src, name)
		if err != nil {
			return nil, err
		}
		if bytes.Contains(data, []byte(token)) {
			return nil, fmt.Errorf("synth: %s contains %q, which the generator uses as a marker", name, token)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, fmt.Errorf("synth: %s: %w", name, err)
		}
		if len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
			return nil, fmt.Errorf("synth: %s: not a catalogue file (a YAML mapping)", name)
		}
		top := doc.Content[0]
		quoteDates(top)
		var rest []*yaml.Node
		var found *yaml.Node
		for i := 0; i+1 < len(top.Content); i += 2 {
			if top.Content[i].Value == "practices" {
				found = top.Content[i+1]
				continue
			}
			rest = append(rest, top.Content[i], top.Content[i+1])
		}
		if found == nil {
			kept[name] = &doc
			continue
		}
		practices = append(practices, found.Content...)
		if len(rest) > 2 || (len(rest) == 2 && rest[0].Value != "version") {
			// A file with practices and other sections keeps the others.
			top.Content = rest
			kept[name] = &doc
		}
		if header == nil {
			header = rest
		}
	}
	if len(practices) == 0 {
		return nil, errors.New("synth: the source catalogue has no practices to clone")
	}
	ordered, err := dependencyOrder(practices)
	if err != nil {
		return nil, err
	}
	templates, err := makeTemplates(ordered)
	if err != nil {
		return nil, err
	}
	// What the other files say of a practice (a market note's also_in)
	// they say of its first copy.
	ids, first := map[string]*yaml.Node{}, map[string]bool{}
	for i, p := range ordered {
		ids[idOf(p)] = p
		first[idOf(p)] = i < o.Practices
	}
	for name, doc := range kept {
		toFirstCopy(doc, ids, first)
		b, err := encode(doc)
		if err != nil {
			return nil, fmt.Errorf("synth: %s: %w", name, err)
		}
		out[name] = b
	}
	head, err := encode(&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: header})
	if err != nil {
		return nil, err
	}
	if len(header) == 0 {
		head = nil
	}
	const intro = "# Synthetic catalogue file for benchmarks: practices cloned from a real catalogue.\n"
	var gen [][]byte
	var buf bytes.Buffer
	count := 0
	flush := func() {
		if count > 0 {
			gen = append(gen, bytes.Clone(buf.Bytes()))
		}
		buf.Reset()
		buf.WriteString(intro)
		buf.Write(head)
		buf.WriteString("practices:\n")
		count = 0
	}
	flush()
	for i := range o.Practices {
		k := i / len(templates)
		p := strings.ReplaceAll(templates[i%len(templates)], token, strconv.Itoa(k))
		if count == per || count > 0 && buf.Len()+len(p) > maxBytes {
			flush()
		}
		buf.WriteString(p)
		count++
	}
	flush()
	width := len(strconv.Itoa(len(gen)))
	for f, b := range gen {
		out[fmt.Sprintf("practices/p%0*d.yaml", width, f+1)] = b
	}
	return out, nil
}

// yamlFiles lists the *.yaml files of src, sorted, as the loader finds them.
func yamlFiles(src fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		hidden := p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"))
		if d.IsDir() {
			if hidden || (p != "." && name == "testdata") {
				return fs.SkipDir
			}
			return nil
		}
		if !hidden && path.Ext(name) == ".yaml" {
			names = append(names, p)
		}
		return nil
	})
	sort.Strings(names)
	return names, err
}

// quoteDates writes every date (a plain scalar YAML resolves as a timestamp)
// in double quotes.
func quoteDates(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!timestamp" {
		n.Tag = "!!str"
		n.Style = yaml.DoubleQuotedStyle
	}
	for _, c := range n.Content {
		quoteDates(c)
	}
}

// idOf returns the value of a practice's id key.
func idOf(p *yaml.Node) string {
	for i := 0; i+1 < len(p.Content); i += 2 {
		if p.Content[i].Value == "id" {
			return p.Content[i+1].Value
		}
	}
	return ""
}

// dependencyOrder sorts practices so that each comes after every practice
// whose ID it mentions (keeping file order otherwise), so every prefix of a
// copy refers only to practices in it.
func dependencyOrder(ps []*yaml.Node) ([]*yaml.Node, error) {
	byID := map[string]*yaml.Node{}
	for _, p := range ps {
		id := idOf(p)
		if id == "" {
			return nil, errors.New("synth: a practice of the source catalogue has no id")
		}
		if byID[id] != nil {
			return nil, fmt.Errorf("synth: practice id %s is used twice in the source catalogue", id)
		}
		byID[id] = p
	}
	state := map[*yaml.Node]int{} // 1 visiting, 2 done
	var out []*yaml.Node
	var visit func(p *yaml.Node) error
	visit = func(p *yaml.Node) error {
		switch state[p] {
		case 1:
			return fmt.Errorf("synth: practice %s is part of a cycle of references", idOf(p))
		case 2:
			return nil
		}
		state[p] = 1
		for _, ref := range refs(p, byID) {
			if q := byID[ref]; q != p {
				if err := visit(q); err != nil {
					return err
				}
			}
		}
		state[p] = 2
		out = append(out, p)
		return nil
	}
	for _, p := range ps {
		if err := visit(p); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// refs lists the practice IDs a practice's values mention, in order.
func refs(n *yaml.Node, ids map[string]*yaml.Node) []string {
	var out []string
	var walk func(n *yaml.Node, isKey bool)
	walk = func(n *yaml.Node, isKey bool) {
		if n.Kind == yaml.ScalarNode && !isKey && ids[n.Value] != nil && !slices.Contains(out, n.Value) {
			out = append(out, n.Value)
		}
		for i, c := range n.Content {
			walk(c, n.Kind == yaml.MappingNode && i%2 == 0)
		}
	}
	walk(n, false)
	return out
}

// makeTemplates encodes each practice once, as a list item indented under
// practices:, with every practice ID it mentions (its own included) renamed
// to ID-c<token>, for the copy number to be put in.
func makeTemplates(ps []*yaml.Node) ([]string, error) {
	ids := map[string]*yaml.Node{}
	for _, p := range ps {
		ids[idOf(p)] = p
	}
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		c := rename(p, ids)
		b, err := encode(&yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: []*yaml.Node{c}})
		if err != nil {
			return nil, fmt.Errorf("synth: practice %s: %w", idOf(p), err)
		}
		var sb strings.Builder
		for line := range strings.Lines(string(b)) {
			if line != "\n" {
				sb.WriteString("  ")
			}
			sb.WriteString(line)
		}
		out = append(out, sb.String())
	}
	return out, nil
}

// rename returns a deep copy of n with every value naming a practice in ids
// renamed to its clone's ID.
func rename(n *yaml.Node, ids map[string]*yaml.Node) *yaml.Node {
	c := *n
	if n.Kind == yaml.ScalarNode && ids[n.Value] != nil {
		c.Value = n.Value + "-c" + token
	}
	c.Content = make([]*yaml.Node, len(n.Content))
	for i, x := range n.Content {
		if n.Kind == yaml.MappingNode && i%2 == 0 {
			k := *x
			c.Content[i] = &k
			continue
		}
		c.Content[i] = rename(x, ids)
	}
	return &c
}

// toFirstCopy renames, below n (a file without practices), every value
// naming a practice in ids to its first copy's ID (p-c0). A value whose
// practice has no first copy (first false: a catalogue smaller than its
// source) leaves its list, and a key whose list it empties leaves with it.
func toFirstCopy(n *yaml.Node, ids map[string]*yaml.Node, first map[string]bool) {
	switch n.Kind {
	case yaml.ScalarNode:
		if ids[n.Value] != nil {
			n.Value += "-c0"
		}
		return
	case yaml.SequenceNode:
		items := n.Content[:0]
		for _, x := range n.Content {
			if x.Kind == yaml.ScalarNode && ids[x.Value] != nil && !first[x.Value] {
				continue
			}
			items = append(items, x)
		}
		n.Content = items
	}
	if n.Kind == yaml.MappingNode {
		pairs := n.Content[:0]
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			had := v.Kind == yaml.SequenceNode && len(v.Content) > 0
			toFirstCopy(v, ids, first)
			if had && len(v.Content) == 0 {
				continue
			}
			pairs = append(pairs, k, v)
		}
		n.Content = pairs
		return
	}
	for _, c := range n.Content {
		toFirstCopy(c, ids, first)
	}
}

// encode writes a node as YAML with two-space indentation.
func encode(n *yaml.Node) ([]byte, error) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// FS returns the catalogue as a file system, for benchmarks that read it
// from memory.
func (f Files) FS() fs.FS {
	m := fstest.MapFS{}
	for name, data := range f {
		m[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return m
}

// Size is the total size of the files in bytes.
func (f Files) Size() int64 {
	var n int64
	for _, b := range f {
		n += int64(len(b))
	}
	return n
}

// Write writes the catalogue below dir, creating folders as needed.
func (f Files) Write(dir string) error {
	for name, data := range f {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
