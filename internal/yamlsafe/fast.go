package yamlsafe

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The fast path: a parser for the part of YAML that eis's files are written
// in — block mappings and sequences indented with spaces, plain and quoted
// scalars on one line, folded and literal block scalars, flow sequences and
// mappings of such scalars — that builds the same yaml.Node tree yaml.v3
// builds (kinds, styles, tags, values, lines and columns; comments are not
// kept, as no reader of eis's files uses them) in a fraction of the time.
// Anything outside that part — and anything it finds wrong — makes it give
// up (ok false), and Parse hands the input to yaml.v3, so every error and
// its position is yaml.v3's, and every safety check runs as before. It
// never refuses what yaml.v3 would read differently: FuzzFastPath holds it
// to yaml.v3 on every catalogue and answers file and the mutations of them.
//
// What it gives up on: tabs, CR and the other line breaks (only LF),
// a byte order mark, directives and document markers, anchors, aliases and
// tags, complex keys (? and keys that are not plain), empty values, plain
// scalars that start with an indicator or go on over lines, quoted scalars
// over lines, block scalars with an indentation indicator, and nesting
// deeper than maxFastDepth.

// maxFastDepth bounds the nesting the fast path follows; deeper input goes
// to yaml.v3 (and to Parse's depth check).
const maxFastDepth = 100

// fastParser reads data line by line.
type fastParser struct {
	src  string // the input, shared by the plain and quoted scalars' values
	data []byte
	// The current line: its number (0-based), where it starts and ends
	// (before the line break), and whether it is all ASCII (columns are
	// then byte offsets).
	line       int
	start, end int
	ascii      bool
	// i is the position in the current line.
	i     int
	depth int
	// maxDepth is the deepest nesting of collections seen.
	maxDepth int
	// mem hands out the tree's nodes and child lists.
	mem *arena
	// kids holds the children of the collections being read, so that each
	// gets its Content in one piece of the right size.
	kids []*yaml.Node
}

// children returns the children pushed on kids since base, as a list of
// their own, and pops them.
func (p *fastParser) children(base int) []*yaml.Node {
	c := p.mem.list(p.kids[base:])
	clear(p.kids[base:])
	p.kids = p.kids[:base]
	return c
}

// arena hands out nodes and child lists from blocks, which a Parser uses
// again for its next input once reset: a tree is garbage as soon as its
// reader has taken the values it wants, and a catalogue of 10,000
// practices is 1.5 million nodes (250 MB to allocate and collect).
type arena struct {
	nodes  [][]yaml.Node
	bi, ni int // the block and index of the next node
	lists  [][]*yaml.Node
	li, lj int // the block and index of the next list
}

const (
	nodeBlock = 256
	listBlock = 4096
)

// node returns a zero node.
func (a *arena) node() *yaml.Node {
	if a.bi == len(a.nodes) {
		a.nodes = append(a.nodes, make([]yaml.Node, nodeBlock))
	}
	n := &a.nodes[a.bi][a.ni]
	if a.ni++; a.ni == nodeBlock {
		a.bi, a.ni = a.bi+1, 0
	}
	return n
}

// list returns a copy of k that cannot grow into another list.
func (a *arena) list(k []*yaml.Node) []*yaml.Node {
	n := len(k)
	if n > listBlock/8 {
		return append([]*yaml.Node(nil), k...)
	}
	if a.li < len(a.lists) && a.lj+n > listBlock {
		a.li, a.lj = a.li+1, 0
	}
	if a.li == len(a.lists) {
		a.lists = append(a.lists, make([]*yaml.Node, listBlock))
	}
	l := a.lists[a.li][a.lj : a.lj+n : a.lj+n]
	copy(l, k)
	a.lj += n
	return l
}

// reset makes every node and list handed out free again (and zero).
func (a *arena) reset() {
	for i := 0; i <= a.bi && i < len(a.nodes); i++ {
		clear(a.nodes[i])
	}
	for i := 0; i <= a.li && i < len(a.lists); i++ {
		clear(a.lists[i])
	}
	a.bi, a.ni, a.li, a.lj = 0, 0, 0, 0
}

// errFallback is the panic value that ends the fast path: the input goes
// to yaml.v3.
type errFallback struct{}

// fastParse parses data with the fast path, or reports that it cannot;
// levels is at least the number of levels the tree nests (see tooDeep).
// The tree's memory comes from mem (nil: a new arena).
func fastParse(data []byte, mem *arena) (root *yaml.Node, levels int, ok bool) {
	for _, c := range data {
		if c == '\t' || c == '\r' {
			return nil, 0, false
		}
	}
	if mem == nil {
		mem = &arena{}
	}
	p := &fastParser{src: string(data), data: data, mem: mem}
	defer func() {
		if r := recover(); r != nil {
			if _, fb := r.(errFallback); !fb {
				panic(r)
			}
			root, levels, ok = nil, 0, false
		}
	}()
	p.setLine(0, 0)
	if !p.nextContent() {
		return nil, 0, false // empty: yaml.v3 says how
	}
	if p.indent() != 0 {
		p.fail()
	}
	root = p.blockNode(-1, 0)
	if p.nextContent() {
		p.fail() // more after the top node, at a lower indentation
	}
	return root, p.maxDepth + 1, true
}

// fail gives up: the input goes to yaml.v3.
func (p *fastParser) fail() { panic(errFallback{}) }

// setLine makes the line that starts at start, number n, the current one.
func (p *fastParser) setLine(n, start int) {
	p.line, p.start, p.i = n, start, start
	p.ascii = true
	end := plainTo(p.data, start)
	for end < len(p.data) && p.data[end] != '\n' {
		c := p.data[end]
		if c >= 0x80 {
			p.ascii = false
			// BOM, NEL, LS and PS: yaml.v3 reads them otherwise.
			if c == 0xEF && end+2 < len(p.data) && p.data[end+1] == 0xBB && p.data[end+2] == 0xBF ||
				c == 0xC2 && end+1 < len(p.data) && p.data[end+1] == 0x85 ||
				c == 0xE2 && end+2 < len(p.data) && p.data[end+1] == 0x80 && (p.data[end+2] == 0xA8 || p.data[end+2] == 0xA9) {
				p.fail()
			}
		}
		end++
	}
	p.end = end
}

// plainTo is the first place in data from start that holds '\n' or a
// byte at 0x80 or more, or len(data): eight bytes at a time (a byte at a
// time, finding where each line of an answers file ends was 10 % of
// reading it).
func plainTo(data []byte, start int) int {
	i := start
	for ; i+8 <= len(data); i += 8 {
		x := binary.LittleEndian.Uint64(data[i : i+8])
		// nl-ones sets the high bit of a byte that is 0 in nl ('\n' in x;
		// a borrow goes only from such a byte to those above) or at 0x81
		// or more (0x80 or more in x, which x marks anyway).
		nl := x ^ ('\n' * ones)
		if m := (x | (nl - ones)) & highs; m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for i < len(data) && data[i] != '\n' && data[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// nextLine moves to the next line; false at the end of the input.
func (p *fastParser) nextLine() bool {
	if p.end >= len(p.data) {
		p.start, p.i = len(p.data), len(p.data)
		return false
	}
	p.setLine(p.line+1, p.end+1)
	return true
}

// nextContent moves to the first line from the current position that holds
// something other than spaces and a comment (the current line if the rest
// of it does), with p.i at its first non-space; false at the end.
func (p *fastParser) nextContent() bool {
	for {
		for p.i < p.end && p.data[p.i] == ' ' {
			p.i++
		}
		if p.i < p.end && p.data[p.i] != '#' {
			if p.i == p.start && (p.data[p.i] == '%' || p.i+3 <= p.end && (p.src[p.i:p.i+3] == "---" || p.src[p.i:p.i+3] == "...")) {
				p.fail() // a directive or a document marker
			}
			return true
		}
		if !p.nextLine() {
			return false
		}
	}
}

// indentOfLine is how many spaces the current line starts with.
func (p *fastParser) indentOfLine() int {
	n := 0
	for p.start+n < p.end && p.data[p.start+n] == ' ' {
		n++
	}
	return n
}

// indent is the column of p.i in the current line (p.i is after spaces
// only, so it is also the indentation).
func (p *fastParser) indent() int { return p.i - p.start }

// column is the 1-based column of position i of the current line, in
// characters, as yaml.v3 counts them.
func (p *fastParser) column(i int) int {
	if p.ascii {
		return i - p.start + 1
	}
	return utf8.RuneCount(p.data[p.start:i]) + 1
}

// node returns a new node at position i of the current line.
func (p *fastParser) node(kind yaml.Kind, tag string, i int) *yaml.Node {
	n := p.mem.node()
	n.Kind, n.Tag, n.Line, n.Column = kind, tag, p.line+1, p.column(i)
	return n
}

// enter and leave count the nesting.
func (p *fastParser) enter() {
	p.depth++
	p.maxDepth = max(p.maxDepth, p.depth)
	if p.depth > maxFastDepth {
		p.fail()
	}
}
func (p *fastParser) leave() { p.depth-- }

// blockNode parses the block node at p.i, at indentation ind, inside a
// block collection indented parent (-1 for the top): a mapping, a sequence
// or a scalar on a line of its own (which the fast path leaves to yaml.v3).
func (p *fastParser) blockNode(parent, ind int) *yaml.Node {
	if p.data[p.i] == '-' && p.blankAfter(p.i+1) {
		return p.sequence(ind)
	}
	if p.keyEnd(p.i) >= 0 {
		return p.mapping(ind)
	}
	p.fail()
	return nil
}

// blankAfter reports whether position i of the current line is a space or
// the end of the line.
func (p *fastParser) blankAfter(i int) bool { return i >= p.end || p.data[i] == ' ' }

// keyEnd is the position of the colon that ends a plain key starting at i
// ("key: value", "key:"), or -1 when the line does not start a mapping
// entry there. A key must be a plain scalar on one line, without a space
// before its colon, shorter than yaml.v3's bound for simple keys.
func (p *fastParser) keyEnd(i int) int {
	if i >= p.end || !plainStart(p.data[i]) {
		return -1
	}
	for j := i; j < p.end; j++ {
		switch c := p.data[j]; {
		case c == ':' && p.blankAfter(j+1):
			if p.data[j-1] == ' ' || j-i > 1000 {
				p.fail()
			}
			return j
		case c == '#' && p.data[j-1] == ' ':
			return -1
		}
	}
	return -1
}

// plainStart reports whether a plain scalar may start with c without the
// fast path having to think about it: not an indicator, not a space.
func plainStart(c byte) bool {
	switch c {
	case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ':
		return false
	}
	return true
}

// mapping parses a block mapping whose keys stand at indentation ind.
func (p *fastParser) mapping(ind int) *yaml.Node {
	p.enter()
	defer p.leave()
	m := p.node(yaml.MappingNode, "!!map", p.i)
	base := len(p.kids)
	for {
		colon := p.keyEnd(p.i)
		if colon < 0 {
			p.fail()
		}
		key := p.scalar(p.i, colon, yaml.Style(0))
		p.i = colon + 1
		p.kids = append(p.kids, key)
		p.kids = append(p.kids, p.value(ind))
		if !p.nextContent() {
			break
		}
		if in := p.indent(); in < ind {
			break
		} else if in > ind {
			p.fail()
		}
		if p.data[p.i] == '-' && p.blankAfter(p.i+1) {
			break // a sequence at the parent key's indentation: the caller's
		}
	}
	m.Content = p.children(base)
	return m
}

// sequence parses a block sequence whose dashes stand at indentation ind.
func (p *fastParser) sequence(ind int) *yaml.Node {
	p.enter()
	defer p.leave()
	s := p.node(yaml.SequenceNode, "!!seq", p.i)
	base := len(p.kids)
	for {
		p.i++ // the dash
		for p.i < p.end && p.data[p.i] == ' ' {
			p.i++
		}
		if p.i >= p.end || p.data[p.i] == '#' {
			p.fail() // the item on the next lines, or empty
		}
		var item *yaml.Node
		if p.keyEnd(p.i) >= 0 {
			item = p.mapping(p.indent())
		} else {
			item = p.inline(ind)
		}
		p.kids = append(p.kids, item)
		if !p.nextContent() {
			break
		}
		if in := p.indent(); in < ind {
			break
		} else if in > ind {
			p.fail()
		}
		if p.data[p.i] != '-' || !p.blankAfter(p.i+1) {
			break // a key of the mapping that holds the sequence
		}
	}
	s.Content = p.children(base)
	return s
}

// value parses the value of a mapping entry, after its colon, in a mapping
// indented ind: on the same line, or a block node on the next lines.
func (p *fastParser) value(ind int) *yaml.Node {
	for p.i < p.end && p.data[p.i] == ' ' {
		p.i++
	}
	if p.i < p.end && p.data[p.i] != '#' {
		return p.inline(ind)
	}
	if !p.nextLine() || !p.nextContent() {
		p.fail() // an empty value
	}
	in := p.indent()
	switch {
	case in > ind:
		return p.blockNode(ind, in)
	case in == ind && p.data[p.i] == '-' && p.blankAfter(p.i+1):
		return p.sequence(in) // a sequence at the key's indentation
	}
	p.fail() // an empty value
	return nil
}

// inline parses a value that starts at p.i on the current line, inside a
// block collection indented ind: a scalar, a flow collection or a block
// scalar. It leaves p.i at the end of its last line.
func (p *fastParser) inline(ind int) *yaml.Node {
	var n *yaml.Node
	switch c := p.data[p.i]; c {
	case '"', '\'':
		n = p.quoted()
	case '[', '{':
		n = p.flow(ind)
	case '|', '>':
		return p.blockScalar(ind)
	default:
		if !plainStart(c) {
			p.fail()
		}
		n = p.plain(ind)
	}
	p.endOfLine()
	return n
}

// endOfLine checks that only spaces and a comment follow on the line.
func (p *fastParser) endOfLine() {
	j := p.i
	for j < p.end && p.data[j] == ' ' {
		j++
	}
	if j < p.end && (p.data[j] != '#' || j == p.i) {
		p.fail()
	}
	p.i = p.end
}

// scalar makes the scalar node of src[from:to] in the given style.
func (p *fastParser) scalar(from, to int, style yaml.Style) *yaml.Node {
	return p.scalarValue(from, p.src[from:to], style)
}

// scalarValue makes the scalar node that starts at from with value v: a
// quoted or block scalar is !!str, a plain one is what yaml.v3 resolves it
// to.
func (p *fastParser) scalarValue(from int, v string, style yaml.Style) *yaml.Node {
	n := p.node(yaml.ScalarNode, "", from)
	n.Value, n.Style = v, style
	if style == 0 {
		if v == "<<" {
			p.fail() // a merge key
		}
		if v != "" && !resolveHint(v[0]) {
			n.Tag = "!!str" // what yaml.v3 resolves any such text to
		} else {
			// yaml.v3's own resolution of an untagged plain scalar.
			n.Tag = n.ShortTag()
		}
	} else {
		n.Tag = "!!str"
	}
	return n
}

// resolveHint reports whether yaml.v3 looks further at a plain scalar that
// starts with c to resolve it (its resolveTable): a sign, a digit, a dot,
// or the first letter of true, false, null and the like. Any other is a
// string.
func resolveHint(c byte) bool {
	switch c {
	case '+', '-', '.', '~', '<', 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O':
		return true
	}
	return c >= '0' && c <= '9'
}

// plain parses a plain scalar in block context, on one line, inside a
// block collection indented ind.
func (p *fastParser) plain(ind int) *yaml.Node {
	from, to := p.i, p.i
	for j := p.i; j < p.end; j++ {
		c := p.data[j]
		if c == ':' && p.blankAfter(j+1) {
			p.fail() // "a: b: c"
		}
		if c == '#' && p.data[j-1] == ' ' {
			break
		}
		if c != ' ' {
			to = j + 1
		}
	}
	p.i = to
	n := p.scalar(from, to, 0)
	p.noContinuation(ind)
	return n
}

// noContinuation gives up when the plain scalar that ends the current line
// goes on over the next lines: when the next line that is not blank is
// indented more than the block collection it is in (ind) and is not a
// comment.
func (p *fastParser) noContinuation(ind int) {
	for j := p.end + 1; j < len(p.data); {
		k := j
		for k < len(p.data) && p.data[k] == ' ' {
			k++
		}
		switch {
		case k < len(p.data) && p.data[k] == '\n':
			j = k + 1
			continue
		case k < len(p.data) && p.data[k] == '#':
			return
		case k-j > ind:
			p.fail()
		}
		return
	}
}

// quoted parses a single- or double-quoted scalar that ends on its line.
func (p *fastParser) quoted() *yaml.Node {
	q := p.data[p.i]
	from := p.i
	j := p.i + 1
	plainRun := true // no escape so far: the value is a slice of the input
	var buf []byte
	for {
		if j >= p.end {
			p.fail() // goes on over lines
		}
		c := p.data[j]
		switch {
		case q == '\'' && c == '\'' && j+1 < p.end && p.data[j+1] == '\'':
			if plainRun {
				buf, plainRun = append(buf, p.data[from+1:j]...), false
			}
			buf = append(buf, '\'')
			j += 2
			continue
		case c == q:
			var v string
			if plainRun {
				v = p.src[from+1 : j]
			} else {
				v = string(buf)
			}
			p.i = j + 1
			return p.scalarValue(from, v, quoteStyle(q))
		case q == '"' && c == '\\':
			if plainRun {
				buf, plainRun = append(buf, p.data[from+1:j]...), false
			}
			var n int
			buf, n = p.escape(buf, j)
			j += n
			continue
		}
		if !plainRun {
			buf = append(buf, c)
		}
		j++
	}
}

func quoteStyle(q byte) yaml.Style {
	if q == '\'' {
		return yaml.SingleQuotedStyle
	}
	return yaml.DoubleQuotedStyle
}

// escape appends the character the escape sequence at j stands for, and
// returns the sequence's length (as yaml.v3 reads them; an escaped line
// break goes to yaml.v3).
func (p *fastParser) escape(buf []byte, j int) ([]byte, int) {
	if j+1 >= p.end {
		p.fail()
	}
	var code int
	switch p.data[j+1] {
	case '0':
		return append(buf, 0), 2
	case 'a':
		return append(buf, '\x07'), 2
	case 'b':
		return append(buf, '\x08'), 2
	case 't':
		return append(buf, '\x09'), 2
	case 'n':
		return append(buf, '\x0A'), 2
	case 'v':
		return append(buf, '\x0B'), 2
	case 'f':
		return append(buf, '\x0C'), 2
	case 'r':
		return append(buf, '\x0D'), 2
	case 'e':
		return append(buf, '\x1B'), 2
	case ' ':
		return append(buf, ' '), 2
	case '"':
		return append(buf, '"'), 2
	case '\'':
		return append(buf, '\''), 2
	case '\\':
		return append(buf, '\\'), 2
	case 'N':
		return append(buf, "\u0085"...), 2
	case '_':
		return append(buf, "\u00a0"...), 2
	case 'L':
		return append(buf, "\u2028"...), 2
	case 'P':
		return append(buf, "\u2029"...), 2
	case 'x':
		code = 2
	case 'u':
		code = 4
	case 'U':
		code = 8
	default:
		p.fail()
	}
	if j+2+code > p.end {
		p.fail()
	}
	v := 0
	for k := 0; k < code; k++ {
		c := p.data[j+2+k]
		switch {
		case c >= '0' && c <= '9':
			v = v<<4 + int(c-'0')
		case c >= 'a' && c <= 'f':
			v = v<<4 + int(c-'a'+10)
		case c >= 'A' && c <= 'F':
			v = v<<4 + int(c-'A'+10)
		default:
			p.fail()
		}
	}
	if v >= 0xD800 && v <= 0xDFFF || v > 0x10FFFF {
		p.fail()
	}
	// As yaml.v3 writes it (any code point below 0x80 as one byte).
	switch {
	case v <= 0x7F:
		buf = append(buf, byte(v))
	case v <= 0x7FF:
		buf = append(buf, byte(0xC0+(v>>6)), byte(0x80+(v&0x3F)))
	case v <= 0xFFFF:
		buf = append(buf, byte(0xE0+(v>>12)), byte(0x80+((v>>6)&0x3F)), byte(0x80+(v&0x3F)))
	default:
		buf = append(buf, byte(0xF0+(v>>18)), byte(0x80+((v>>12)&0x3F)), byte(0x80+((v>>6)&0x3F)), byte(0x80+(v&0x3F)))
	}
	return buf, 2 + code
}

// blockScalar parses a literal (|) or folded (>) block scalar whose
// indicator is at p.i, inside a block collection indented ind, as yaml.v3's
// scanner does (yaml_parser_scan_block_scalar).
func (p *fastParser) blockScalar(ind int) *yaml.Node {
	literal := p.data[p.i] == '|'
	line, col := p.line, p.column(p.i)
	p.i++
	chomping := 0
	if p.i < p.end && (p.data[p.i] == '+' || p.data[p.i] == '-') {
		chomping = 1
		if p.data[p.i] == '-' {
			chomping = -1
		}
		p.i++
	}
	if p.i < p.end && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
		p.fail() // an indentation indicator
	}
	p.endOfLine()
	var s, leadingBreak, trailingBreaks []byte
	indent := 0
	if !p.nextLine() {
		// Nothing after the indicator.
		return p.blockValue(line, col, literal, "")
	}
	// At the start of a line: scan the leading breaks (and set the
	// indentation).
	p.blockBreaks(&indent, &trailingBreaks, ind)
	leadingBlank := false
	for p.i < p.end && p.i-p.start == indent {
		trailingBlank := p.i < p.end && p.data[p.i] == ' '
		if !literal && !leadingBlank && !trailingBlank && len(leadingBreak) > 0 && leadingBreak[0] == '\n' {
			if len(trailingBreaks) == 0 {
				s = append(s, ' ')
			}
		} else {
			s = append(s, leadingBreak...)
		}
		leadingBreak = leadingBreak[:0]
		s = append(s, trailingBreaks...)
		trailingBreaks = trailingBreaks[:0]
		leadingBlank = p.i < p.end && p.data[p.i] == ' '
		s = append(s, p.data[p.i:p.end]...)
		if p.end >= len(p.data) {
			// The last line, with no line break: the scalar ends.
			p.i = p.end
			break
		}
		leadingBreak = append(leadingBreak, '\n')
		p.nextLine()
		p.blockBreaks(&indent, &trailingBreaks, ind)
	}
	if chomping != -1 {
		s = append(s, leadingBreak...)
	}
	if chomping == 1 {
		s = append(s, trailingBreaks...)
	}
	// The scalar ended at a line indented less than its content (or at
	// the end): the caller goes on from that line's start.
	p.i = p.start
	return p.blockValue(line, col, literal, string(s))
}

// blockValue makes a block scalar's node.
func (p *fastParser) blockValue(line, col int, literal bool, v string) *yaml.Node {
	style := yaml.FoldedStyle
	if literal {
		style = yaml.LiteralStyle
	}
	n := p.mem.node()
	n.Kind, n.Tag, n.Style, n.Value, n.Line, n.Column = yaml.ScalarNode, "!!str", style, v, line+1, col
	return n
}

// blockBreaks eats the indentation and the empty lines before a block
// scalar's next line of content, adding a line break per empty line to
// breaks, and sets indent when it is not known yet
// (yaml_parser_scan_block_scalar_breaks). ind is the indentation of the
// block collection the scalar is in. p.i is left after the indentation of
// the first line that is not empty, or at the end of the input.
func (p *fastParser) blockBreaks(indent *int, breaks *[]byte, ind int) {
	maxIndent := 0
	for {
		for (*indent == 0 || p.i-p.start < *indent) && p.i < p.end && p.data[p.i] == ' ' {
			p.i++
		}
		if p.i-p.start > maxIndent {
			maxIndent = p.i - p.start
		}
		if p.i < p.end {
			break // a line that is not empty
		}
		if p.end >= len(p.data) {
			break // the end of the input
		}
		*breaks = append(*breaks, '\n')
		p.nextLine()
	}
	if *indent == 0 {
		*indent = max(maxIndent, ind+1, 1)
	}
}

// flow parses a flow sequence or mapping that starts at p.i, inside a block
// collection indented ind; it may go on over lines indented more than ind.
func (p *fastParser) flow(ind int) *yaml.Node {
	p.enter()
	defer p.leave()
	open := p.data[p.i]
	kind, tag, close := yaml.SequenceNode, "!!seq", byte(']')
	if open == '{' {
		kind, tag, close = yaml.MappingNode, "!!map", '}'
	}
	n := p.node(kind, tag, p.i)
	n.Style = yaml.FlowStyle
	p.i++
	base := len(p.kids)
	for first := true; ; first = false {
		p.flowSpace(ind)
		if p.data[p.i] == close {
			p.i++
			if len(p.kids) > base {
				n.Content = p.children(base)
			}
			return n
		}
		if !first {
			if p.data[p.i] != ',' {
				p.fail()
			}
			p.i++
			p.flowSpace(ind)
			if p.data[p.i] == close || p.data[p.i] == ',' {
				p.fail() // a trailing or empty entry
			}
		}
		if kind == yaml.SequenceNode {
			item := p.flowItem(ind)
			p.flowSpace(ind)
			if p.data[p.i] == ':' {
				p.fail() // a pair in a sequence
			}
			p.kids = append(p.kids, item)
			continue
		}
		keyAt := p.i
		key := p.flowItem(ind)
		if key.Kind != yaml.ScalarNode || key.Style != 0 || p.i-keyAt > 1000 {
			p.fail() // not a plain key, or longer than yaml.v3 allows a key
		}
		if p.i >= p.end || p.data[p.i] != ':' {
			p.fail() // no value, or a space before the colon
		}
		p.i++
		if p.i < p.end && p.data[p.i] != ' ' {
			p.fail() // "{a:b}"
		}
		p.flowSpace(ind)
		if p.data[p.i] == ',' || p.data[p.i] == close {
			p.fail() // an empty value
		}
		p.kids = append(p.kids, key)
		p.kids = append(p.kids, p.flowItem(ind))
	}
}

// flowSpace skips spaces, comments and line breaks inside a flow
// collection, whose further lines must be indented more than ind; it gives
// up at the end of the input.
func (p *fastParser) flowSpace(ind int) {
	for {
		for p.i < p.end && p.data[p.i] == ' ' {
			p.i++
		}
		if p.i < p.end && p.data[p.i] == '#' {
			if p.i == p.start || p.data[p.i-1] != ' ' {
				p.fail()
			}
			p.i = p.end
		}
		if p.i < p.end {
			return
		}
		if !p.nextLine() {
			p.fail()
		}
		if p.indentOfLine() <= ind {
			p.fail()
		}
	}
}

// flowItem parses a scalar or a nested flow collection inside a flow
// collection.
func (p *fastParser) flowItem(ind int) *yaml.Node {
	switch c := p.data[p.i]; c {
	case '"', '\'':
		return p.quoted()
	case '[', '{':
		return p.flow(ind)
	default:
		if !plainStart(c) {
			p.fail()
		}
	}
	// A plain scalar in flow context: it ends at ",[]{}?", at ": " and
	// before " #"; it must end on its line.
	from, to := p.i, p.i
	j := p.i
	for ; j < p.end; j++ {
		c := p.data[j]
		if c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '?' {
			break
		}
		if c == ':' && (p.blankAfter(j+1) || isFlowIndicator(p.data[j+1])) {
			break
		}
		if c == '#' && p.data[j-1] == ' ' {
			break
		}
		if c != ' ' {
			to = j + 1
		}
	}
	if j >= p.end || p.data[j] == '#' {
		p.fail() // it may go on on the next line
	}
	if c := p.data[j]; c == '[' || c == '{' || c == '?' {
		p.fail()
	}
	p.i = to
	return p.scalar(from, to, 0)
}

// isFlowIndicator reports whether c is one of ",[]{}".
func isFlowIndicator(c byte) bool {
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'
}
