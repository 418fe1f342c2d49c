// Package yamlsafe parses untrusted YAML into a yaml.Node with exact
// positions: encoding and control characters, size, aliases, depth, and
// yaml.v3's own errors placed on the right line; it never panics.
//
// It reports problems as codes with a line and column; the callers (the
// catalogue and answers loaders) turn them into messages, since they own
// their message keys and rule names.
package yamlsafe

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Problem codes: what is wrong with the input.
const (
	// CodeSize: the input is larger than Limits.MaxBytes (N is the limit,
	// Detail the input's size in bytes).
	CodeSize = "size"
	// CodeUTF8: a byte that is not UTF-8 (Detail is the byte, as "0xE9").
	CodeUTF8 = "utf8"
	// CodeNUL: a NUL character (Detail is "U+0000").
	CodeNUL = "nul"
	// CodeControl: a character YAML does not allow in a document, such as
	// a C0 or C1 control character (Detail is the character, as "U+0090").
	CodeControl = "control"
	// CodeTab: a tab used for indentation (Detail is yaml.v3's message).
	CodeTab = "tab"
	// CodeSyntax: any other YAML syntax error (Detail is yaml.v3's
	// message, without its "yaml: line N:" prefix). Nesting past yaml.v3's
	// own bound of 10000 levels is one too.
	CodeSyntax = "syntax"
	// CodeEmpty: the input holds no document, or only an empty one.
	CodeEmpty = "empty"
	// CodeDocuments: a second document follows the first; it is placed at
	// the second one's start. The first document is still returned.
	CodeDocuments = "documents"
	// CodeAlias: an anchor or alias (placed at the first; N counts them all).
	CodeAlias = "alias"
	// CodeDepth: nesting deeper than Limits.MaxDepth (placed at the first
	// node too deep; N is the limit).
	CodeDepth = "depth"
	// CodeTag: a tag other than YAML's core ones (!!binary, !!set,
	// !!python/object:…, a local !tag), placed at the tagged node; Detail
	// is the tag. eis reads text, numbers, booleans, dates, lists and
	// mappings only: a tag asks for a type it does not have.
	CodeTag = "tag"
)

// coreTags reports whether tag is one Parse accepts: those yaml.v3 gives untagged
// values, said explicitly or not.
func coreTags(tag string) bool {
	switch tag {
	case "!!str", "!!int", "!!float", "!!bool", "!!null", "!!map", "!!seq", "!!timestamp":
		return true
	}
	return false
}

// Limits bounds what Parse accepts.
type Limits struct {
	// MaxBytes is the largest input accepted; 0 means no limit.
	MaxBytes int
	// MaxDepth is how many levels of nesting are allowed (the document's
	// top node is level 1); 0 means no limit.
	MaxDepth int
}

// Problem is one reason the input cannot be used, placed where it is.
type Problem struct {
	// Line and Col are 1-based; Col counts characters, not bytes.
	Line, Col int
	// Code says what is wrong: one of the Code* constants.
	Code string
	// Detail is the offending byte or character, or yaml.v3's message.
	Detail string
	// N is the number the message needs: a limit, or a count of aliases.
	N int
}

// Bounds of the search for a syntax error's position: how many lines past
// yaml.v3's line it looks, and how many bytes it parses in all (a large
// input with an error far from where yaml.v3 says keeps yaml.v3's line
// rather than take long).
const (
	maxLocateLines = 200
	maxLocateBytes = 8 << 20
)

// Parse parses the first YAML document in data and returns its top node
// (not the document node). Anchors and aliases are refused anywhere, so
// alias bombs cannot happen. Checks are made in this order: size,
// encoding, syntax (in any document), empty, documents, aliases, depth,
// tags;
// the first that fails ends the parse with a nil node and that one
// problem, except CodeDocuments: a second document is reported, and the
// first is still checked for aliases and depth and returned when they
// pass, so the caller can decide whether to read on.
func Parse(data []byte, limits Limits) (*yaml.Node, []Problem) {
	return parse(data, limits, nil)
}

// A Parser parses as Parse does, but uses the memory of the tree it
// returned last for the next: that tree must no longer be read when Parse
// is called again (the strings taken from it may be kept). For a reader of
// many files, one after the other. A Parser is not safe for concurrent
// use; the zero Parser is ready.
type Parser struct{ mem arena }

// Parse is Parse with the Parser's memory.
func (p *Parser) Parse(data []byte, limits Limits) (*yaml.Node, []Problem) {
	p.mem.reset()
	return parse(data, limits, &p.mem)
}

// parse is Parse, the fast path taking its memory from mem.
func parse(data []byte, limits Limits, mem *arena) (*yaml.Node, []Problem) {
	if limits.MaxBytes > 0 && len(data) > limits.MaxBytes {
		return nil, []Problem{{Line: 1, Col: 1, Code: CodeSize, Detail: strconv.Itoa(len(data)), N: limits.MaxBytes}}
	}
	if p, bad := scanEncoding(data); bad {
		return nil, []Problem{p}
	}
	if root, levels, ok := fastParse(data, mem); ok {
		// What the fast path reads has no anchors, aliases, tags or second
		// document: only the depth is left to check.
		if limits.MaxDepth > 0 && levels > limits.MaxDepth {
			if n := tooDeep(root, limits.MaxDepth); n != nil {
				return nil, []Problem{{Line: n.Line, Col: n.Column, Code: CodeDepth, N: limits.MaxDepth}}
			}
		}
		return root, nil
	}
	first, second, err := decode(data)
	if err != nil {
		return nil, []Problem{locate(data, err)}
	}
	if first == nil || first.Kind == yaml.DocumentNode && len(first.Content) == 0 {
		return nil, []Problem{{Line: 1, Col: 1, Code: CodeEmpty}}
	}
	root := first
	if root.Kind == yaml.DocumentNode {
		root = root.Content[0]
	}
	var problems []Problem
	if second != nil {
		problems = append(problems, Problem{Line: max(second.Line, 1), Col: max(second.Column, 1), Code: CodeDocuments})
	}
	if n, count := findAlias(root); n != nil {
		return nil, append(problems, Problem{Line: n.Line, Col: n.Column, Code: CodeAlias, N: count})
	}
	if limits.MaxDepth > 0 {
		if n := tooDeep(root, limits.MaxDepth); n != nil {
			return nil, append(problems, Problem{Line: n.Line, Col: n.Column, Code: CodeDepth, N: limits.MaxDepth})
		}
	}
	if n := foreignTag(root); n != nil {
		return nil, append(problems, Problem{Line: n.Line, Col: n.Column, Code: CodeTag, Detail: n.Tag})
	}
	return root, problems
}

// foreignTag returns the first node (in document order) whose tag is not
// a core one, or nil.
func foreignTag(root *yaml.Node) *yaml.Node {
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Tag != "" && !coreTags(n.ShortTag()) {
			return n
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	return nil
}

// LineBreak is the length in bytes of the line break data starts with, or
// 0: CR LF, CR, LF, NEL (U+0085), LS (U+2028) or PS (U+2029) — the breaks
// yaml.v3 counts, so that every position eis gives counts lines as the
// parser does (a file with CR line endings, or one LS, included).
func LineBreak(data []byte) int {
	if len(data) == 0 {
		return 0
	}
	switch data[0] {
	case '\n':
		return 1
	case '\r':
		if len(data) > 1 && data[1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if len(data) > 1 && data[1] == 0x85 {
			return 2
		}
	case 0xE2:
		if len(data) > 2 && data[1] == 0x80 && (data[2] == 0xA8 || data[2] == 0xA9) {
			return 3
		}
	}
	return 0
}

// SplitLines splits data after each line break (see LineBreak), as
// bytes.SplitAfter does: the last line has none, and is empty when data
// ends with one.
func SplitLines(data []byte) [][]byte {
	var lines [][]byte
	start := 0
	for i := 0; i < len(data); {
		if n := LineBreak(data[i:]); n > 0 {
			i += n
			lines = append(lines, data[start:i])
			start = i
			continue
		}
		i++
	}
	return append(lines, data[start:])
}

// scanEncoding finds the first character yaml.v3 refuses, so it can be
// reported where it is (yaml.v3 says neither line nor column): a byte that
// is not UTF-8, or a character outside YAML's printable set (NUL and other
// control characters). Columns count characters.
func scanEncoding(data []byte) (Problem, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		// Eight bytes of printable ASCII at once, up to the first byte
		// that needs a look of its own (a byte at a time, this scan was
		// 13 instructions a byte of an answers file). In m, the high bit
		// of a byte at 0x80 or more, below 0x20 or at 0x7F: a borrow or
		// carry reaches only bytes above the first such byte.
		if i+8 <= len(data) {
			x := binary.LittleEndian.Uint64(data[i : i+8])
			m := x&highs | (x-0x20*ones)&^x&highs | (x+ones)&highs
			if m == 0 {
				col += 8
				i += 8
				continue
			}
			k := bits.TrailingZeros64(m) >> 3
			col += k
			i += k
		}
		// Printable ASCII and LF, most of any file, need no decoding.
		if c := data[i]; c >= 0x20 && c < 0x7F {
			col++
			i++
			continue
		} else if c == '\n' {
			line, col = line+1, 1
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return Problem{Line: line, Col: col, Code: CodeUTF8, Detail: fmt.Sprintf("0x%02X", data[i])}, true
		case r == 0:
			return Problem{Line: line, Col: col, Code: CodeNUL, Detail: "U+0000"}, true
		case !printable(r):
			return Problem{Line: line, Col: col, Code: CodeControl, Detail: fmt.Sprintf("U+%04X", r)}, true
		}
		if n := LineBreak(data[i:]); n > 0 {
			line, col = line+1, 1
			i += n
			continue
		}
		col++
		i += size
	}
	return Problem{}, false
}

// Words of eight bytes, each the same.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// printable reports whether yaml.v3 accepts r in a document: tab, LF, CR,
// U+0020–U+007E, U+0085, U+00A0–U+D7FF, U+E000–U+FFFD and U+10000 up.
func printable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
	case r >= 0x20 && r <= 0x7E:
	case r == 0x85:
	case r >= 0xA0 && r <= 0xD7FF:
	case r >= 0xE000 && r <= 0xFFFD:
	case r >= 0x10000 && r <= utf8.MaxRune:
	default:
		return false
	}
	return true
}

// decode parses the first document of data, and the start of a second
// one if there is one (nil otherwise). A syntax error in either is an
// error; so is a panic in yaml.v3. Both documents are nil for empty input.
func decode(data []byte) (first, second *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			first, second, err = nil, nil, fmt.Errorf("the YAML parser gave up on this input (%v)", r)
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var n yaml.Node
	if err := dec.Decode(&n); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil, nil
		}
		return nil, nil, err
	}
	var n2 yaml.Node
	switch err := dec.Decode(&n2); {
	case errors.Is(err, io.EOF):
		return &n, nil, nil
	case err != nil:
		return nil, nil, err
	}
	return &n, &n2, nil
}

// syntaxErr is the error yaml.v3 gives for data, or nil when it parses
// (or is empty).
func syntaxErr(data []byte) error {
	_, _, err := decode(data)
	return err
}

// yamlLineRE matches the position yaml.v3 puts in front of a syntax error
// (compiled on first use: only a file with an error needs it).
var yamlLineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
})

// splitErr splits a yaml.v3 error into the line it names (1 when it
// names none) and its message.
func splitErr(err error) (line int, msg string) {
	if m := yamlLineRE().FindStringSubmatch(err.Error()); m != nil {
		if n, e := strconv.Atoi(m[1]); e == nil && n > 0 {
			return n, m[2]
		}
		return 1, m[2]
	}
	return 1, strings.TrimPrefix(err.Error(), "yaml: ")
}

// locate places a yaml.v3 syntax error on the line and column where it
// is. yaml.v3 reports the line of the construct it was parsing (the
// context), counted from 0 for parser errors: a tab on line 102 comes out
// as line 101, a badly indented key as the line of the mapping above it,
// an unclosed bracket as line 1. So this parses ever longer prefixes of
// data, from yaml.v3's line on, and takes the first line whose prefix
// fails with the same message: that is where the parser met the problem.
// The column is that of the tab when the line is indented with one, that
// of the colon for a ": " where no key can start (mappingColon), else
// that of the line's first character that is not a space. A quote left
// open that a later value's quote closes is placed where it opens
// (runawayQuote; unclosed does the same, and finds a colon in an entry of
// {…}, for the brackets yaml.v3 names).
func locate(data []byte, err error) Problem {
	reported, msg := splitErr(err)
	if p, ok := unclosed(data, msg); ok {
		// A quote or bracket not closed: where it opened (see unclosed).
		return p
	}
	lines := SplitLines(data)
	line, parsed := 0, 0
	for l := reported; l <= len(lines) && l <= reported+maxLocateLines && parsed <= maxLocateBytes; l++ {
		prefix := bytes.Join(lines[:l], nil)
		parsed += len(prefix)
		perr := syntaxErr(prefix)
		if perr == nil {
			continue
		}
		if _, pmsg := splitErr(perr); pmsg == msg {
			line = l
			break
		}
	}
	if line == 0 {
		return Problem{Line: min(reported, max(len(lines), 1)), Col: 1, Code: CodeSyntax, Detail: msg}
	}
	text := string(lines[line-1])
	indent := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
	if i := strings.IndexByte(indent, '\t'); i >= 0 {
		return Problem{Line: line, Col: i + 1, Code: CodeTab, Detail: msg}
	}
	if p, ok := runawayQuote(lines, line); ok {
		return p
	}
	if c := sameLineQuote(lines[line-1]); c > 0 {
		// company: "Acme, sector: "food": the quote left open.
		return Problem{Line: line, Col: c, Code: CodeSyntax, Detail: msgQuoteEOF}
	}
	col := 1
	if strings.TrimSpace(text) != "" {
		col = len(indent) + 1
	}
	if strings.HasPrefix(msg, msgMappingValues) {
		// ": " inside a value (a: b: c), or after a key indented deeper
		// than its mapping's: on the colon, where yaml.v3 stops.
		if c := mappingColon(lines, line, msg); c > 0 {
			col = c
		}
	}
	if strings.Contains(msg, "cannot start any token") {
		// A reserved indicator (@ or `) at the start of a value.
		if i := strings.IndexAny(text, "@`"); i >= 0 {
			col = utf8.RuneCountInString(text[:i]) + 1
		}
	}
	return Problem{Line: line, Col: col, Code: CodeSyntax, Detail: msg}
}

// msgMappingValues starts yaml.v3's message for a ": " where a key
// cannot start (a: b: c).
const msgMappingValues = "mapping values are not allowed"

// mappingColon is the column of the colon on line (1-based) of lines
// where yaml.v3 says msg (msgMappingValues…), or 0: the first colon
// followed by a space (or ending the line) such that the input cut just
// after it fails with msg. yaml.v3 reads up to that colon as it reads the
// whole input, so the first such colon is where it stopped.
func mappingColon(lines [][]byte, line int, msg string) int {
	before := bytes.Join(lines[:line-1], nil)
	if len(before) > maxLocateBytes {
		return 0
	}
	text := lines[line-1]
	tries, parsed := 0, 0
	for i := 0; i < len(text) && tries < maxColonTries && parsed <= maxLocateBytes; i++ {
		if text[i] != ':' || (i+1 < len(text) && !blankOrBreak(text[i+1])) {
			continue
		}
		tries++
		parsed += len(before) + i + 2
		cut := append(append(append(make([]byte, 0, len(before)+i+2), before...), text[:i+1]...), '\n')
		if err := syntaxErr(cut); err != nil {
			if _, m := splitErr(err); m == msg {
				return column(text, i)
			}
		}
	}
	return 0
}

// maxColonTries bounds how many colons of a line mappingColon tries (and
// maxLocateBytes how much it parses in all).
const maxColonTries = 16

// runawayQuote places a syntax error that yaml.v3 meets on line (1-based)
// of lines because a quote opened above it was not closed where it
// should be, and the quote of a later value closed it (see runaway), on
// that quote, with yaml.v3's message for a quote not closed: what it says
// of the input cut before the line. ok is false when no quote is open
// there, or the quoted value it opens looks like a text over several
// lines.
func runawayQuote(lines [][]byte, line int) (Problem, bool) {
	if line < 2 {
		return Problem{}, false
	}
	before := bytes.Join(lines[:line-1], nil)
	if len(before) > maxLocateBytes {
		return Problem{}, false
	}
	err := syntaxErr(before)
	if err == nil {
		return Problem{}, false
	}
	if _, m := splitErr(err); m != msgQuoteEOF {
		return Problem{}, false
	}
	p, ok := unclosed(before, msgQuoteEOF)
	if !ok {
		return Problem{}, false
	}
	n := p.Line - 1
	text := lines[n]
	if n == 0 && bytes.HasPrefix(text, []byte("\xef\xbb\xbf")) {
		text = text[3:]
	}
	i := byteAt(text, p.Col)
	if i < 0 {
		return Problem{}, false
	}
	i += len(lines[n]) - len(text)
	if m, j, ok := endQuote(lines, n, i); ok && m == line-1 && runaway(lines, n, i, m, j) {
		return p, true
	}
	return Problem{}, false
}

// byteAt is the index in text of the character at col (1-based), or -1.
func byteAt(text []byte, col int) int {
	for i, c := 0, 1; i < len(text); c++ {
		if c == col {
			return i
		}
		_, size := utf8.DecodeRune(text[i:])
		i += size
	}
	return -1
}

// findAlias returns the first anchor or alias in the tree (in document
// order) and how many there are. It never follows an alias.
func findAlias(root *yaml.Node) (*yaml.Node, int) {
	var first *yaml.Node
	count := 0
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode || n.Anchor != "" {
			count++
			if first == nil || n.Line < first.Line || (n.Line == first.Line && n.Column < first.Column) {
				first = n
			}
		}
		if n.Kind == yaml.AliasNode {
			continue
		}
		for i := len(n.Content) - 1; i >= 0; i-- {
			stack = append(stack, n.Content[i])
		}
	}
	return first, count
}

// tooDeep returns the first node (in document order) nested deeper than
// limit levels, counting root as level 1, or nil.
func tooDeep(root *yaml.Node, limit int) *yaml.Node {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{root, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > limit {
			return it.n
		}
		if it.n.Kind == yaml.AliasNode {
			continue
		}
		for i := len(it.n.Content) - 1; i >= 0; i-- {
			stack = append(stack, item{it.n.Content[i], it.depth + 1})
		}
	}
	return nil
}
