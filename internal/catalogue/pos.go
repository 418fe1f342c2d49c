package catalogue

import (
	"strconv"
	"strings"
)

// Positions are kept per entry, compactly: each entry (a pointer to a
// Dimension, Question, Option, Region, Practice, Rule, AnswerIn, ScoreRef,
// Eligibility, Contact, Meta or File) has one entryPos: where the entry
// stands and a small list of where each of its keys, list items and text
// languages stand, as a tree (each item names its parent). A place is
// asked for by a dotted path below the entry ("" for the entry itself,
// "title", "steps.2", "sources.0.url"), which is only walked when a
// diagnostic needs it. This replaced a map of every path of every entry
// (~86 per practice, 44 % of the heap when validating 10,000 practices).

// posTable records where every decoded entry stands, so semantic checks on
// the merged catalogue can point at the exact line.
type posTable map[any]*entryPos

// entryPos is where one entry and the values below it stand.
type entryPos struct {
	file      string
	line, col int32
	items     []posItem
	// children finds the items of an entry with many (see indexItems):
	// scanning them for each diagnostic was quadratic (a practice's
	// eligibility of 75,000 profile keys took eis validate 24 s).
	children map[childKey]int32
}

// childKey is a key of the value at parent.
type childKey struct {
	parent int32
	key    string
}

// indexItems is the number of items above which an entry's are indexed.
const indexItems = 256

// index indexes e's items when they are many; the decoder calls it once
// it has recorded all of them.
func (e *entryPos) index() {
	if len(e.items) <= indexItems {
		return
	}
	e.children = make(map[childKey]int32, len(e.items))
	for i := range e.items {
		k := childKey{e.items[i].parent, e.items[i].key}
		if _, seen := e.children[k]; !seen {
			e.children[k] = int32(i)
		}
	}
}

// posItem is where one key, list item or text language of an entry stands.
type posItem struct {
	// key is the path element: a key, a list index ("2") or a language.
	key string
	// parent is the index in items of the value it belongs to; -1 for a
	// key of the entry itself.
	parent    int32
	line, col int32
	// failed marks a value that could not be decoded (already reported),
	// so checks of its meaning stay quiet.
	failed bool
}

// pos is where the entry stands.
func (e *entryPos) pos() Pos { return Pos{File: e.file, Line: int(e.line), Col: int(e.col)} }

// add records where the child key of the value at parent (-1: the entry)
// stands, and returns its index.
func (e *entryPos) add(parent int32, key string, line, col int) int32 {
	e.items = append(e.items, posItem{key: key, parent: parent, line: int32(line), col: int32(col)})
	return int32(len(e.items) - 1)
}

// child is the index of the key of the value at parent, or -1.
func (e *entryPos) child(parent int32, key string) int32 {
	if e.children != nil {
		if i, ok := e.children[childKey{parent, key}]; ok {
			return i
		}
		return -1
	}
	for i := parent + 1; i < int32(len(e.items)); i++ {
		if it := &e.items[i]; it.parent == parent && it.key == key {
			return i
		}
	}
	return -1
}

// find walks path from the entry: the index of the deepest value of path
// that is recorded (-1: the entry itself), and whether all of it was.
func (e *entryPos) find(path string) (int32, bool) {
	at := int32(-1)
	for path != "" {
		key, rest, _ := strings.Cut(path, ".")
		next := e.child(at, key)
		if next < 0 {
			return at, false
		}
		at, path = next, rest
	}
	return at, true
}

// at returns the position of owner's path, falling back to the closest
// recorded parent path and finally to the entry itself.
func (t posTable) at(owner any, path string) Pos {
	e := t[owner]
	if e == nil {
		return Pos{}
	}
	i, _ := e.find(path)
	if i < 0 {
		return e.pos()
	}
	it := &e.items[i]
	return Pos{File: e.file, Line: int(it.line), Col: int(it.col)}
}

// has reports whether owner's path was given in its file (path "": whether
// owner was decoded from a file at all).
func (t posTable) has(owner any, path string) bool {
	e := t[owner]
	if e == nil {
		return false
	}
	_, ok := e.find(path)
	return ok
}

// failed reports whether owner's path held a value that could not be decoded.
func (t posTable) failed(owner any, path string) bool {
	e := t[owner]
	if e == nil {
		return false
	}
	i, ok := e.find(path)
	return ok && i >= 0 && e.items[i].failed
}

// mark records a place that is not an entry (see metaOwner, firstFile,
// brokenFile).
func (t posTable) mark(key any, at Pos) {
	t[key] = &entryPos{file: at.File, line: int32(at.Line), col: int32(at.Col)}
}

// marked returns where a place that is not an entry was marked, if it was.
func (t posTable) marked(key any) (Pos, bool) {
	e := t[key]
	if e == nil {
		return Pos{}, false
	}
	return e.pos(), true
}

// at returns where owner's path stands in the catalogue's files (see
// posTable.at).
func (c *Catalogue) at(owner any, path string) Pos { return c.pos.at(owner, path) }

// has reports whether owner's path was given (see posTable.has).
func (c *Catalogue) has(owner any, path string) bool { return c.pos.has(owner, path) }

// failed reports whether owner's path could not be decoded.
func (c *Catalogue) failed(owner any, path string) bool { return c.pos.failed(owner, path) }

// mark records a place that is not an entry.
func (c *Catalogue) mark(key any, at Pos) { c.pos.mark(key, at) }

// marked returns where a place that is not an entry was marked.
func (c *Catalogue) marked(key any) (Pos, bool) { return c.pos.marked(key) }

// metaOwner keys the positions of the catalogue: section (Catalogue.Meta is
// a value, so it has no pointer of its own that survives Merge).
type metaOwner struct{}

// firstFile keys the first file read, where problems of the catalogue as a
// whole (a missing section) are reported.
type firstFile struct{}

// brokenFile keys the first file that could not be read (syntax, encoding,
// size): references to entries it may hold are not checked.
type brokenFile struct{}

// indexKey is the path element of list item i (strconv allocates nothing
// for the first hundred).
func indexKey(i int) string { return strconv.Itoa(i) }
