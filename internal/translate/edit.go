package translate

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Edit sets the text of one catalogue text in one language.
type Edit struct {
	Site *Site
	Lang string
	Text string
}

// FoldWidth is the column a long text written as a folded block scalar
// (>-) is wrapped at, as the catalogue's own texts are.
const FoldWidth = 120

// change replaces the bytes [start, end) of a file with text; an insertion
// has start == end. seq keeps insertions at one place in the order made.
type change struct {
	start, end int
	text       string
	seq        int
}

// Apply works out the files' new contents after edits: each edit's
// language is set in its text's mapping, in place — a flow mapping
// {en: …, da: …} gets `, it: "…"`, a block mapping a line of its own at
// the same indentation, after the language before it in c.Order; a text
// there already is replaced. Nothing else in the files changes (comments,
// formatting, key order). A text is written double-quoted on one line, or,
// when that line would be longer than FoldWidth and the mapping's English
// is a block scalar, as a folded block scalar (>-) wrapped like it. Apply re-reads
// every changed file and fails, changing nothing, unless it reads as the
// old one with exactly these texts set. It returns the new contents of the
// files that change.
func (c *Catalogue) Apply(edits []Edit) (map[*File][]byte, error) {
	byFile := map[*File][]Edit{}
	for _, e := range edits {
		if e.Site == nil || e.Site.file == nil {
			return nil, fmt.Errorf("an edit without a text")
		}
		if !validLang(e.Lang) {
			return nil, fmt.Errorf("%q is not a language code", e.Lang)
		}
		byFile[e.Site.file] = append(byFile[e.Site.file], e)
	}
	out := map[*File][]byte{}
	for _, f := range c.Files {
		es := byFile[f]
		if len(es) == 0 {
			continue
		}
		var changes []change
		for _, e := range es {
			ch, err := c.changeFor(f, e, len(changes))
			if err != nil {
				return nil, err
			}
			if ch != nil {
				changes = append(changes, *ch)
			}
		}
		if len(changes) == 0 {
			continue
		}
		data := applyChanges(f.Data, changes)
		if err := verify(f, data, es); err != nil {
			return nil, err
		}
		out[f] = data
	}
	return out, nil
}

// changeFor is the change that makes edit e in f, or nil when the text is
// there already.
func (c *Catalogue) changeFor(f *File, e Edit, seq int) (*change, error) {
	m := e.Site.node
	flow := m.Style&yaml.FlowStyle != 0
	at := func(n *yaml.Node) string { return fmt.Sprintf("%s:%d:%d", f.Path, n.Line, n.Column) }
	// The language is there: replace its text.
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Value != e.Lang {
			continue
		}
		if v.Kind == yaml.ScalarNode && v.Value == e.Text && v.Tag != "!!null" {
			return nil, nil
		}
		start, end, err := f.scalarSpan(v, flow, k.Column)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", at(v), err)
		}
		text := quote(e.Text)
		if !flow && foldedStyle(m) && k.Column-1+len(e.Lang)+2+len([]rune(text)) > FoldWidth {
			if s, ok := fold(e.Text, k.Column-1+2); ok {
				text = s
			}
		}
		return &change{start: start, end: end, text: text, seq: seq}, nil
	}
	// Insert it after the last language that comes before it.
	rank := func(l string) int {
		if i := slices.Index(c.Order, l); i >= 0 {
			return i
		}
		return len(c.Order)
	}
	after := -1
	for i := 0; i+1 < len(m.Content); i += 2 {
		if rank(m.Content[i].Value) <= rank(e.Lang) {
			after = i
		}
	}
	if after < 0 {
		after = len(m.Content) - 2
	}
	if after < 0 {
		return nil, fmt.Errorf("%s: an empty text; give it en: first", at(m))
	}
	k, v := m.Content[after], m.Content[after+1]
	_, end, err := f.scalarSpan(v, flow, k.Column)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", at(v), err)
	}
	if flow {
		return &change{start: end, end: end, text: ", " + e.Lang + ": " + quote(e.Text), seq: seq}, nil
	}
	indent := strings.Repeat(" ", k.Column-1)
	text := quote(e.Text)
	if foldedStyle(m) && k.Column-1+len(e.Lang)+2+len([]rune(text)) > FoldWidth {
		if s, ok := fold(e.Text, k.Column-1+2); ok {
			text = s
		}
	}
	// After the end of the line the value ends on.
	pos := end
	for pos < len(f.Data) && f.Data[pos] != '\n' {
		pos++
	}
	line := indent + e.Lang + ": " + text + "\n"
	if pos == len(f.Data) {
		line = "\n" + line
	} else {
		pos++
	}
	return &change{start: pos, end: pos, text: line, seq: seq}, nil
}

// foldedStyle reports whether a block mapping's English is a block scalar
// (>- or |): long texts are written so in that file.
func foldedStyle(m *yaml.Node) bool {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == "en" {
			s := m.Content[i+1].Style
			return s&(yaml.FoldedStyle|yaml.LiteralStyle) != 0
		}
	}
	return false
}

// applyChanges makes the changes in data (they do not overlap).
func applyChanges(data []byte, changes []change) []byte {
	slices.SortStableFunc(changes, func(a, b change) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.seq - b.seq
	})
	var b bytes.Buffer
	b.Grow(len(data) + 256*len(changes))
	last := 0
	for _, ch := range changes {
		b.Write(data[last:ch.start])
		b.WriteString(ch.text)
		last = ch.end
	}
	b.Write(data[last:])
	return b.Bytes()
}

// scalarSpan is the byte range [start, end) of the scalar value v in f: a
// value of a flow mapping, or of a block mapping whose keys stand at
// column keyCol.
func (f *File) scalarSpan(v *yaml.Node, flow bool, keyCol int) (start, end int, err error) {
	if v.Kind != yaml.ScalarNode {
		return 0, 0, fmt.Errorf("a text must be a string, not a %s", kindName(v))
	}
	d := f.Data
	start = f.offset(v.Line, v.Column)
	switch {
	case v.Style&yaml.DoubleQuotedStyle != 0:
		for i := start + 1; i < len(d); i++ {
			switch d[i] {
			case '\\':
				i++
			case '"':
				return start, i + 1, nil
			}
		}
		return 0, 0, fmt.Errorf("an unterminated double-quoted text")
	case v.Style&yaml.SingleQuotedStyle != 0:
		for i := start + 1; i < len(d); i++ {
			if d[i] == '\'' {
				if i+1 < len(d) && d[i+1] == '\'' {
					i++
					continue
				}
				return start, i + 1, nil
			}
		}
		return 0, 0, fmt.Errorf("an unterminated single-quoted text")
	case v.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		// The header line, then every line that is blank or indented
		// more than the keys; the span ends with the last that is not
		// blank.
		end = lineEnd(d, start)
		for i := end + 1; i < len(d); {
			e := lineEnd(d, i)
			line := d[i:e]
			if len(bytes.TrimSpace(line)) > 0 {
				if indentOf(line) <= keyCol {
					break
				}
				end = e
			}
			i = e + 1
		}
		return start, end, nil
	}
	// Plain.
	if flow {
		i := start
		for i < len(d) && !bytes.ContainsRune([]byte(",}]\n"), rune(d[i])) && !(d[i] == '#' && i > start && d[i-1] == ' ') {
			i++
		}
		end = i
		for end > start && (d[end-1] == ' ' || d[end-1] == '\t') {
			end--
		}
		return start, end, nil
	}
	end = plainLineEnd(d, start)
	for i := lineEnd(d, start) + 1; i < len(d); {
		e := lineEnd(d, i)
		t := bytes.TrimSpace(d[i:e])
		switch {
		case len(t) == 0:
		case indentOf(d[i:e]) <= keyCol || t[0] == '#':
			return start, end, nil
		default:
			end = plainLineEnd(d, i)
		}
		i = e + 1
	}
	return start, end, nil
}

// lineEnd is the offset of the line end at or after i (or len(d)).
func lineEnd(d []byte, i int) int {
	if j := bytes.IndexByte(d[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(d)
}

// plainLineEnd is where the plain text on the line from i ends: before a
// comment and trailing blanks.
func plainLineEnd(d []byte, i int) int {
	e := lineEnd(d, i)
	for j := i; j < e; j++ {
		if d[j] == '#' && j > i && (d[j-1] == ' ' || d[j-1] == '\t') {
			e = j
			break
		}
	}
	for e > i && (d[e-1] == ' ' || d[e-1] == '\t' || d[e-1] == '\r') {
		e--
	}
	return e
}

// indentOf is the column (1-based) of a line's first character that is
// not a space.
func indentOf(line []byte) int {
	n := 0
	for n < len(line) && line[n] == ' ' {
		n++
	}
	return n + 1
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	return "value"
}

// quote writes s as a YAML double-quoted scalar: every character as it is
// but the backslash, the double quote and the characters YAML would not
// keep or a reader not see (controls, line and paragraph separators, the
// byte order mark), which are escaped.
func quote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == utf8.RuneError, r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0, r == 0x2028, r == 0x2029, r == 0xfeff:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// fold writes s as a folded block scalar (>-) whose lines are indented by
// indent spaces and wrapped at FoldWidth; false when s cannot be written
// so (a line break, a tab, leading, trailing or double spaces, a control
// character): it is then double-quoted.
func fold(s string, indent int) (string, bool) {
	if s == "" || strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") || s != strings.TrimSpace(s) {
		return "", false
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0x85 {
			return "", false
		}
	}
	pad := strings.Repeat(" ", indent)
	var b strings.Builder
	b.WriteString(">-")
	width := 0
	for i, w := range strings.Split(s, " ") {
		n := utf8.RuneCountInString(w)
		if i == 0 || indent+width+1+n > FoldWidth {
			b.WriteString("\n" + pad + w)
			width = n
			continue
		}
		b.WriteString(" " + w)
		width += 1 + n
	}
	// Prove that YAML reads it back as s.
	var got struct{ K string }
	if err := yaml.Unmarshal([]byte("k: "+b.String()+"\n"), &got); err != nil || got.K != s {
		return "", false
	}
	return b.String(), true
}

// validLang reports whether s is a language code as Text keys use them.
func validLang(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// verify checks that data, f's new content, reads as f's old content with
// exactly the edits es made, and nothing else changed.
func verify(f *File, data []byte, es []Edit) error {
	var got yaml.Node
	if err := yaml.Unmarshal(data, &got); err != nil {
		return fmt.Errorf("%s: the edited file does not read as YAML (%v); nothing was written: this is a bug in cattr", f.Path, err)
	}
	want := expected(f.root, es)
	if p := differ(want, &got, ""); p != "" {
		return fmt.Errorf("%s: the edited file does not read back as intended (%s); nothing was written: this is a bug in cattr", f.Path, p)
	}
	return nil
}

// expected copies root and makes the edits es in the copy's tree.
func expected(root *yaml.Node, es []Edit) *yaml.Node {
	byNode := map[*yaml.Node][]Edit{}
	for _, e := range es {
		byNode[e.Site.node] = append(byNode[e.Site.node], e)
	}
	var cp func(n *yaml.Node) *yaml.Node
	cp = func(n *yaml.Node) *yaml.Node {
		c := &yaml.Node{Kind: n.Kind, Tag: n.ShortTag(), Value: n.Value}
		for _, x := range n.Content {
			c.Content = append(c.Content, cp(x))
		}
		for _, e := range byNode[n] {
			set := false
			for i := 0; i+1 < len(c.Content); i += 2 {
				if c.Content[i].Value == e.Lang {
					c.Content[i+1] = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.Text}
					set = true
				}
			}
			if !set {
				c.Content = append(c.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.Lang},
					&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: e.Text})
			}
		}
		return c
	}
	return cp(root)
}

// differ says where two trees differ ("" when they do not): kinds, tags,
// values and children, with a mapping's keys in any order.
func differ(a, b *yaml.Node, where string) string {
	if a.Kind != b.Kind || a.Tag != b.ShortTag() || a.Value != b.Value || len(a.Content) != len(b.Content) {
		return fmt.Sprintf("at %s line %d: %q", where, b.Line, b.Value)
	}
	if a.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(a.Content); i += 2 {
			k := a.Content[i].Value
			bv := mapValue(b, k)
			if bv == nil {
				return fmt.Sprintf("at %s: %s is missing", where, k)
			}
			if p := differ(a.Content[i+1], bv, where+"."+k); p != "" {
				return p
			}
		}
		return ""
	}
	for i := range a.Content {
		if p := differ(a.Content[i], b.Content[i], fmt.Sprintf("%s[%d]", where, i)); p != "" {
			return p
		}
	}
	return ""
}
