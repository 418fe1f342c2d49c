package i18n

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ../tools/msgcompile

// messages is one language's messages: IDs, and for a plural message ID +
// "#" + form (one, few, many, other, …), sorted, and their texts in the
// same order. The binary has them compiled from the message files
// (compiledFiles, see internal/tools/msgcompile), so that a run parses no
// file: every command says something, and reading en.toml was most of
// what eis version did.
type messages struct {
	keys, texts strtab
}

// get returns the text of key, and whether there is one.
func (ms *messages) get(key string) (string, bool) {
	if ms == nil {
		return "", false
	}
	// A binary search, as slices.BinarySearch does over a []string.
	lo, hi := 0, ms.keys.len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ms.keys.at(m) < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < ms.keys.len() && ms.keys.at(lo) == key {
		return ms.texts.at(lo), true
	}
	return "", false
}

// strtab is a list of strings held without a pointer but one: the
// strings one after the other in s, and where each ends. The compiled
// tables are these rather than []string, whose every element is a
// pointer the runtime notes at start-up (the pointer mask of the
// binary's data, built from the linker's program before main runs: for
// six languages' two tables, some 15,000 pointers, a fifth of that work
// for eis version).
type strtab struct {
	s    string
	ends []uint32
}

// len is the number of strings.
func (t strtab) len() int { return len(t.ends) }

// at is the i-th string.
func (t strtab) at(i int) string {
	start := uint32(0)
	if i > 0 {
		start = t.ends[i-1]
	}
	return t.s[start:t.ends[i]]
}

// compiledFile is one message file of locales/ as compiled.
type compiledFile struct {
	lang  string
	about About
	messages
}

// testFiles are message files a test adds (see TestCountlessPlural).
var testFiles sync.Map // lang → *messages

// load returns the messages of lang; nil for a language with no file.
func load(lang string) *messages {
	for i := range compiledFiles {
		if f := &compiledFiles[i]; f.lang == lang {
			return &f.messages
		}
	}
	if ms, ok := testFiles.Load(lang); ok {
		return ms.(*messages)
	}
	return nil
}

// pluralSep joins a plural message's ID and a form in the messages map.
const pluralSep = "#"

// parseMessages reads a message file: the subset of TOML the files are
// written in (a test proves go-toml reads each file the same):
//
//	# comment
//	"area.id" = "text with \"escapes\"\n"     # a trailing comment
//	"area.id" = """
//	lines …"""
//	"area.id" = { one = "%d thing", other = "%d things" }
//
// A hand-written reader, because it reads a file in a third of the time a
// general TOML decoder takes, and every command reads one.
//
// The header line `_meta = { name = "…", translator = "…", … }` is not a
// message: it is left out (see About).
func parseMessages(data []byte) (map[string]string, error) {
	p := &reader{s: string(data), line: 1}
	// About a message a line (a hint): the header alone (About) is one
	// line, and needs no map for a whole file.
	m := make(map[string]string, min(bytes.Count(data, []byte("\n"))+1, 1000))
	for {
		p.skipSpace(true)
		if p.eof() {
			return m, nil
		}
		key, err := p.key()
		if err != nil {
			return nil, err
		}
		if key == aboutKey {
			if err := p.skipLine(); err != nil {
				return nil, err
			}
			continue
		}
		p.skipSpace(false)
		if !p.take('=') {
			return nil, p.errorf("expected = after %q", key)
		}
		p.skipSpace(false)
		add := func(k, v string) error {
			if _, dup := m[k]; dup {
				return p.errorf("%q is defined twice", strings.Replace(k, pluralSep, ".", 1))
			}
			m[k] = v
			return nil
		}
		if p.take('{') {
			n := 0
			for {
				p.skipSpace(false)
				if p.take('}') {
					break
				}
				if n > 0 && !p.take(',') {
					return nil, p.errorf("expected , or } in the forms of %q", key)
				}
				p.skipSpace(false)
				form, err := p.key()
				if err != nil {
					return nil, err
				}
				p.skipSpace(false)
				if !p.take('=') {
					return nil, p.errorf("expected = after %q", form)
				}
				p.skipSpace(false)
				v, err := p.str()
				if err != nil {
					return nil, err
				}
				if err := add(key+pluralSep+form, v); err != nil {
					return nil, err
				}
				n++
			}
			if n == 0 {
				return nil, p.errorf("%q has no plural forms", key)
			}
			if _, dup := m[key]; dup {
				return nil, p.errorf("%q is defined twice", key)
			}
		} else {
			v, err := p.str()
			if err != nil {
				return nil, err
			}
			if _, dup := m[key+pluralSep+"other"]; dup {
				return nil, p.errorf("%q is defined twice", key)
			}
			if err := add(key, v); err != nil {
				return nil, err
			}
		}
		p.skipSpace(false)
		if !p.eof() && !p.take('\n') {
			return nil, p.errorf("expected the end of the line after %q", key)
		}
		p.line++
	}
}

// skipLine skips the rest of a line that parses, and its line end.
func (p *reader) skipLine() error {
	start := p.i
	for p.i < len(p.s) && p.s[p.i] != '\n' {
		if p.s[p.i] == '"' {
			if _, err := p.str(); err != nil {
				return err
			}
			continue
		}
		p.i++
	}
	if p.i == start {
		return p.errorf("expected = after %q", aboutKey)
	}
	if !p.eof() {
		p.i++
	}
	p.line++
	return nil
}

// reader reads a message file.
type reader struct {
	s    string
	i    int
	line int
}

func (p *reader) eof() bool { return p.i >= len(p.s) }

func (p *reader) errorf(format string, args ...any) error {
	return fmt.Errorf("line %d: %s", p.line, fmt.Sprintf(format, args...))
}

// take consumes c if it is next.
func (p *reader) take(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// skipSpace skips blanks and a comment; with lines, also line ends (and
// whole comment lines).
func (p *reader) skipSpace(lines bool) {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			p.i++
		case c == '#':
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		case c == '\n' && lines:
			p.i++
			p.line++
		default:
			return
		}
	}
}

// key reads a quoted key ("area.id") or a bare one (other).
func (p *reader) key() (string, error) {
	if p.i < len(p.s) && p.s[p.i] == '"' {
		return p.str()
	}
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' {
			p.i++
			continue
		}
		break
	}
	if p.i == start {
		return "", p.errorf("expected a key")
	}
	return p.s[start:p.i], nil
}

// str reads a basic string "…" or a multi-line basic string """…""".
func (p *reader) str() (string, error) {
	if strings.HasPrefix(p.s[p.i:], `"""`) {
		return p.multiline()
	}
	if !p.take('"') {
		return "", p.errorf(`expected a string in "…" or """…"""`)
	}
	// Most texts have no escape: the text is then a slice of the file.
	if j := strings.IndexAny(p.s[p.i:], "\"\\\n"); j >= 0 && p.s[p.i+j] == '"' {
		v := p.s[p.i : p.i+j]
		p.i += j + 1
		return v, nil
	}
	var b strings.Builder
	for {
		if p.eof() || p.s[p.i] == '\n' {
			return "", p.errorf("unterminated string")
		}
		c := p.s[p.i]
		switch {
		case c == '"':
			p.i++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		default:
			j := p.i
			for j < len(p.s) && p.s[j] != '"' && p.s[j] != '\\' && p.s[j] != '\n' {
				j++
			}
			b.WriteString(p.s[p.i:j])
			p.i = j
		}
	}
}

// multiline reads """…""": a line end right after the opening quotes is
// dropped, and a backslash at a line end drops it and the blanks after it.
func (p *reader) multiline() (string, error) {
	p.i += 3
	if p.take('\n') {
		p.line++
	} else if strings.HasPrefix(p.s[p.i:], "\r\n") {
		p.i += 2
		p.line++
	}
	var b strings.Builder
	for {
		if p.eof() {
			return "", p.errorf(`unterminated """ string`)
		}
		if strings.HasPrefix(p.s[p.i:], `"""`) {
			// Up to two more quotes belong to the text.
			end := p.i + 3
			for k := 0; k < 2 && end < len(p.s) && p.s[end] == '"'; k++ {
				end++
			}
			b.WriteString(p.s[p.i : end-3])
			p.i = end
			return b.String(), nil
		}
		c := p.s[p.i]
		switch {
		case c == '\\' && p.lineEndBackslash():
			p.i++
			for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
				if p.s[p.i] == '\n' {
					p.line++
				}
				p.i++
			}
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c == '\r' && strings.HasPrefix(p.s[p.i:], "\r\n"):
			b.WriteByte('\n')
			p.i += 2
			p.line++
		default:
			if c == '\n' {
				p.line++
			}
			b.WriteByte(c)
			p.i++
		}
	}
}

// lineEndBackslash reports whether the backslash at p.i ends its line
// (only blanks follow it).
func (p *reader) lineEndBackslash() bool {
	for j := p.i + 1; j < len(p.s); j++ {
		switch p.s[j] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return false
}

// escape reads the escape sequence at p.i into b.
func (p *reader) escape(b *strings.Builder) error {
	if p.i+1 >= len(p.s) {
		return p.errorf("unterminated escape")
	}
	c := p.s[p.i+1]
	p.i += 2
	switch c {
	case '"', '\\':
		b.WriteByte(c)
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case 'b':
		b.WriteByte('\b')
	case 'f':
		b.WriteByte('\f')
	case 'u', 'U':
		n := 4
		if c == 'U' {
			n = 8
		}
		if p.i+n > len(p.s) {
			return p.errorf("short \\%c escape", c)
		}
		r, err := strconv.ParseUint(p.s[p.i:p.i+n], 16, 32)
		if err != nil || !utf8.ValidRune(rune(r)) {
			return p.errorf("bad \\%c escape %q", c, p.s[p.i:p.i+n])
		}
		b.WriteRune(rune(r))
		p.i += n
	default:
		return p.errorf("unknown escape \\%c", c)
	}
	return nil
}
