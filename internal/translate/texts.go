package translate

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

// FactsName is the name keys give the countries generator's hand-written
// facts (internal/catalogue/countrygen/facts.yaml), whose name overrides
// are catalogue texts too: the generator takes every other country name
// from CLDR.
const FactsName = "countrygen/facts.yaml"

// Site is one catalogue text: a mapping from language code to text, and
// where it stands.
type Site struct {
	// Key names the text stably: its file, then a path by IDs, e.g.
	// "regions/ie-donegal.yaml: practices[ie-tame-grant].steps[2]".
	Key string
	// File is the file's name in keys (its path below the catalogue
	// folder, or FactsName).
	File string
	// Texts are the text in each language the file gives.
	Texts map[string]string
	// Line is where the mapping starts (1-based).
	Line int

	node *yaml.Node // the mapping
	file *File
}

// File is one YAML file that holds catalogue texts, as read.
type File struct {
	// Name is the file's name in keys; Path where it is on disk.
	Name, Path string
	Data       []byte
	root       *yaml.Node
	lines      []int // byte offset of each line's start
}

// Catalogue is every catalogue text of a catalogue folder (and the
// countries generator's facts), in file order, then document order.
type Catalogue struct {
	Files []*File
	Sites []*Site
	byKey map[string]*Site
	// Order is the languages in the order texts list them: the
	// catalogue's languages, then those in its translations:, then any
	// other a text uses, alphabetically.
	Order []string
	// Declared are the languages catalogue.yaml's translations: names.
	Declared map[string]bool
}

// Site returns the text of key, or nil.
func (c *Catalogue) Site(key string) *Site { return c.byKey[key] }

// Load reads every catalogue text of the catalogue folder dir: every Text
// of every *.yaml file the loader reads, except files that say they are
// generated (countries.yaml: its names come from CLDR). facts, if not "",
// is the countries generator's facts.yaml, whose name overrides are read
// too.
func Load(dir, facts string) (*Catalogue, error) {
	c := &Catalogue{byKey: map[string]*Site{}, Declared: map[string]bool{}}
	names, err := catalogueFiles(dir)
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		f, err := readFile(filepath.Join(dir, filepath.FromSlash(name)), name)
		if err != nil {
			return nil, err
		}
		if generated(f.Data) {
			continue
		}
		c.Files = append(c.Files, f)
		if err := c.walkFile(f, reflect.TypeFor[catalogue.File]()); err != nil {
			return nil, err
		}
	}
	if facts != "" {
		f, err := readFile(facts, FactsName)
		if err != nil {
			return nil, err
		}
		c.Files = append(c.Files, f)
		if err := c.walkFile(f, reflect.TypeFor[factsFile]()); err != nil {
			return nil, err
		}
	}
	c.order()
	return c, nil
}

// factsFile is the part of the countries generator's facts.yaml that
// holds texts.
type factsFile struct {
	Names map[string]catalogue.Text `yaml:"names"`
}

// catalogueFiles lists the *.yaml files below dir as the catalogue loader
// reads them (sorted; no hidden, "_", testdata or glossary folders).
func catalogueFiles(dir string) ([]string, error) {
	var out []string
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		hidden := p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"))
		if d.IsDir() {
			if hidden || p == "testdata" || p == catalogue.GlossaryDir {
				return fs.SkipDir
			}
			return nil
		}
		if !hidden && path.Ext(name) == ".yaml" {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no catalogue files (*.yaml); give the catalogue folder (practices)", dir)
	}
	sort.Strings(out)
	return out, nil
}

// generated reports whether a file says, in its leading comments, that a
// program writes it (countries.yaml): its texts are not translated here.
func generated(data []byte) bool {
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		if len(t) > 0 && t[0] != '#' {
			return false
		}
		if bytes.Contains(t, []byte("GENERATED")) {
			return true
		}
	}
	return false
}

// readFile reads and parses one YAML file.
func readFile(p, name string) (*File, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	f := &File{Name: name, Path: p, Data: data}
	if err := f.parse(); err != nil {
		return nil, err
	}
	return f, nil
}

// parse (re)reads f.Data.
func (f *File) parse() error {
	var root yaml.Node
	if err := yaml.Unmarshal(f.Data, &root); err != nil {
		return fmt.Errorf("%s: %v", f.Path, err)
	}
	f.root = &root
	f.lines = []int{0}
	for i, b := range f.Data {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	return nil
}

// offset is the byte offset of a yaml.v3 position (1-based line, 1-based
// column counted in characters).
func (f *File) offset(line, col int) int {
	if line < 1 || line > len(f.lines) {
		return len(f.Data)
	}
	i := f.lines[line-1]
	for n := 1; n < col && i < len(f.Data) && f.Data[i] != '\n'; n++ {
		_, size := utf8.DecodeRune(f.Data[i:])
		i += size
	}
	return i
}

// walkFile records every Text of f, whose top level is of type t.
func (c *Catalogue) walkFile(f *File, t reflect.Type) error {
	if len(f.root.Content) == 0 {
		return nil
	}
	return c.walk(f, f.root.Content[0], t, "")
}

// walk records the Texts below n, a value of type t at path p.
func (c *Catalogue) walk(f *File, n *yaml.Node, t reflect.Type, p string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if !hasText(t) {
		return nil
	}
	if t == textType {
		if n.Kind != yaml.MappingNode {
			return nil
		}
		return c.add(f, n, p)
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			ft, ok := fields[k.Value]
			if !ok {
				continue
			}
			if err := c.walk(f, v, ft, joinPath(p, k.Value)); err != nil {
				return err
			}
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return nil
		}
		for i, item := range n.Content {
			if err := c.walk(f, item, t.Elem(), p+"["+itemName(item, i)+"]"); err != nil {
				return err
			}
		}
	case reflect.Map:
		if n.Kind != yaml.MappingNode {
			return nil
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			if err := c.walk(f, n.Content[i+1], t.Elem(), p+"["+n.Content[i].Value+"]"); err != nil {
				return err
			}
		}
	}
	return nil
}

// itemName names a list item in a key: its id, else its index.
func itemName(item *yaml.Node, i int) string {
	if item.Kind == yaml.MappingNode {
		for j := 0; j+1 < len(item.Content); j += 2 {
			if item.Content[j].Value == "id" && item.Content[j+1].Kind == yaml.ScalarNode && item.Content[j+1].Value != "" {
				return item.Content[j+1].Value
			}
		}
	}
	return fmt.Sprint(i)
}

func joinPath(p, key string) string {
	if p == "" {
		return key
	}
	return p + "." + key
}

// add records the Text n at path p of f.
func (c *Catalogue) add(f *File, n *yaml.Node, p string) error {
	s := &Site{Key: f.Name + ": " + p, File: f.Name, Texts: map[string]string{}, Line: n.Line, node: n, file: f}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if v := n.Content[i+1]; v.Kind == yaml.ScalarNode {
			s.Texts[n.Content[i].Value] = v.Value
		}
	}
	if prev := c.byKey[s.Key]; prev != nil {
		return fmt.Errorf("%s:%d: a second text with the key %q (the first is at line %d); two entries share an ID", f.Path, n.Line, s.Key, prev.Line)
	}
	c.byKey[s.Key] = s
	c.Sites = append(c.Sites, s)
	return nil
}

// order works out c.Order and c.Declared from catalogue.yaml.
func (c *Catalogue) order() {
	seen := map[string]bool{}
	add := func(l string) {
		if !seen[l] {
			seen[l] = true
			c.Order = append(c.Order, l)
		}
	}
	add("en")
	if n := c.catalogueSection(); n != nil {
		if langs := mapValue(n, "languages"); langs != nil {
			for _, l := range langs.Content {
				add(l.Value)
			}
		}
		if tr := mapValue(n, "translations"); tr != nil && tr.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(tr.Content); i += 2 {
				add(tr.Content[i].Value)
				c.Declared[tr.Content[i].Value] = true
			}
		}
	}
	var rest []string
	for _, s := range c.Sites {
		for l := range s.Texts {
			if !seen[l] {
				seen[l] = true
				rest = append(rest, l)
			}
		}
	}
	sort.Strings(rest)
	c.Order = append(c.Order, rest...)
}

// catalogueSection is the catalogue: mapping, or nil.
func (c *Catalogue) catalogueSection() *yaml.Node {
	for _, f := range c.Files {
		if f.Name == FactsName || len(f.root.Content) == 0 {
			continue
		}
		if n := mapValue(f.root.Content[0], "catalogue"); n != nil && n.Kind == yaml.MappingNode {
			return n
		}
	}
	return nil
}

// catalogueFile is the file with the catalogue: section, or nil.
func (c *Catalogue) catalogueFile() *File {
	for _, f := range c.Files {
		if f.Name != FactsName && len(f.root.Content) > 0 && mapValue(f.root.Content[0], "catalogue") != nil {
			return f
		}
	}
	return nil
}

// mapValue is the value of key in the mapping n, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

var textType = reflect.TypeFor[catalogue.Text]()

// hasTextMemo remembers which types hold a Text.
var hasTextMemo = map[reflect.Type]bool{}

// hasText reports whether a value of type t can hold a Text.
func hasText(t reflect.Type) bool {
	if v, ok := hasTextMemo[t]; ok {
		return v
	}
	hasTextMemo[t] = false // a recursive type (Rule) holds none unless found below
	var v bool
	switch {
	case t == textType:
		v = true
	case t.Kind() == reflect.Pointer, t.Kind() == reflect.Slice, t.Kind() == reflect.Map:
		v = hasText(t.Elem())
	case t.Kind() == reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() && hasText(t.Field(i).Type) {
				v = true
			}
		}
	}
	hasTextMemo[t] = v
	return v
}

// yamlFields maps a struct's YAML keys to their types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "-" || !sf.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(sf.Name)
		}
		out[name] = sf.Type
	}
	return out
}
