package catalogue

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"path"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/yamlsafe"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize bounds one catalogue file; larger files are refused unread.
const MaxFileSize = 2 << 20

// MaxDepth bounds how deeply a catalogue file's YAML may nest.
const MaxDepth = 64

// ErrNoFiles means a catalogue folder holds no *.yaml file.
var ErrNoFiles = errors.New("no catalogue files (*.yaml) found")

// Load reads every catalogue file in fsys and checks the result as of now,
// as `eis validate` does: Parse, then Check. When the diagnostics contain
// errors the catalogue is nil.
func Load(fsys fs.FS) (*Catalogue, diag.Diagnostics, error) {
	c, diags, err := Parse(fsys)
	if err != nil || c == nil {
		return nil, diags, err
	}
	return finish(c, diags, Check(c, time.Now()))
}

// finish sorts and caps the diagnostics and drops a catalogue with errors.
// When a file could not be read, its entries are missing, so references to
// them would be reported as dangling: those are replaced by one warning,
// last, at the first broken file.
func finish(c *Catalogue, parsed, checked diag.Diagnostics) (*Catalogue, diag.Diagnostics, error) {
	all := append(append(diag.Diagnostics{}, parsed...), checked...)
	skipped := diag.Diagnostic{}
	if at, broken := c.marked(brokenFile{}); broken {
		kept := all[:0:0]
		n := 0
		for _, d := range all {
			if d.Rule == "reference" {
				n++
				continue
			}
			kept = append(kept, d)
		}
		all = kept
		if n > 0 {
			skipped = diag.At(at.File, at.Line, at.Col, diag.SevWarning, "not-checked", diag.N("validate.ref.skipped", n, n, at.File))
		}
	}
	all.Sort()
	all = Limit(all, MaxDiagnosticsPerFile)
	if skipped.Rule != "" {
		// Last, after the errors it asks to fix first.
		all = append(all, skipped)
	}
	if all.HasErrors() {
		return nil, all, nil
	}
	return c, all, nil
}

// Parse reads every catalogue file in fsys (see catalogueFiles) and collects
// structural problems: YAML syntax, encoding, size, aliases, nesting, file
// version, unknown, duplicate and missing keys, wrong kinds, enum values,
// dates, rule shapes, and IDs used twice. The catalogue is returned even when
// there are errors (with the entries that could be read), so Check can find
// more; it is nil only with a non-nil error (the folder cannot be read, or it
// holds no *.yaml file). Profile questions keep file order; scored questions
// are put in the order they are asked (see orderQuestions). diag.Diagnostics name
// files by their path in fsys.
func Parse(fsys fs.FS) (*Catalogue, diag.Diagnostics, error) { return ParseAt(fsys, "") }

// ParseAt is Parse with file names shown below root, the folder as the user
// named it (e.g. "practices"), so diagnostics are clickable.
func ParseAt(fsys fs.FS, root string) (*Catalogue, diag.Diagnostics, error) {
	c, diags, _, err := parseAt(fsys, root)
	return c, diags, err
}

// scanned says what one walk of a catalogue folder found.
type scanned struct {
	// files is how many catalogue files were read.
	files int
	// names are the names under which diagnostics show the folder's files:
	// those read and those ignored with a warning.
	names map[string]bool
}

// parseAt is ParseAt, also saying which files the walk found, so callers
// need not walk the folder again.
func parseAt(fsys fs.FS, root string) (*Catalogue, diag.Diagnostics, scanned, error) {
	p, files, sc, err := newParser(fsys, root)
	if err != nil {
		return nil, p.diags, sc, err
	}
	p.c.sources, p.h = map[string]Pos{}, sha256.New()
	// Files are read and decoded in parallel, and taken in path order.
	inOrder(len(files), func(i int) loaded {
		return load(fsys, files[i], displayPath(root, files[i]), true)
	}, func(_ int, l loaded) {
		p.take(l)
	})
	p.c.Digest = "sha256:" + hex.EncodeToString(p.h.Sum(nil))
	p.c.orderQuestions()
	p.c.indexCountries()
	p.diags.Sort()
	return p.c, p.diags, sc, nil
}

// newParser lists the catalogue files of fsys (see catalogueFiles) and
// starts a parser for them, with the warnings about the files it ignores
// and the first file marked; the error is ErrNoFiles when there are none.
func newParser(fsys fs.FS, root string) (p *parser, files []string, sc scanned, err error) {
	p = &parser{c: &Catalogue{pos: posTable{}}, ids: map[string]idUse{}, root: root}
	files, ignored, err := catalogueFiles(fsys)
	if err != nil {
		return p, nil, scanned{}, err
	}
	sc = scanned{files: len(files), names: map[string]bool{}}
	for _, f := range append(append([]string{}, files...), ignored...) {
		sc.names[displayPath(root, f)] = true
	}
	for _, name := range ignored {
		p.ignored(name)
	}
	if len(files) == 0 {
		where := root
		if where == "" {
			where = "."
		}
		return p, nil, sc, fmt.Errorf("%w in %s", ErrNoFiles, where)
	}
	p.c.mark(firstFile{}, Pos{File: displayPath(root, files[0]), Line: 1, Col: 1})
	return p, files, sc, nil
}

type idUse struct {
	at   Pos
	kind word
}

type parser struct {
	c     *Catalogue
	diags diag.Diagnostics
	ids   map[string]idUse
	meta  *Pos // where the catalogue: section was found
	h     hash.Hash
	root  string
}

func (p *parser) ignored(name string) {
	at := Pos{File: displayPath(p.root, name), Line: 1, Col: 1}
	base := path.Base(name)
	ext := path.Ext(base)
	switch {
	case strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_"):
		warnf(&p.diags, at, "ignored-file", "validate.ignored.hidden", base[:1])
	case ext == ".yml" || ext != strings.ToLower(ext):
		warnf(&p.diags, at, "ignored-file", "validate.ignored.ext", strings.TrimSuffix(base, ext)+".yaml")
	}
}

// broken records that a file could not be read (at its first error, already
// reported), so finish knows that references may name entries of it; the
// first broken file is kept.
func (p *parser) broken(file string) {
	if _, ok := p.c.marked(brokenFile{}); ok {
		return
	}
	at := Pos{File: file, Line: 1, Col: 1}
	for _, d := range p.diags {
		if d.File == file && d.Severity == diag.SevError {
			at = Pos{File: file, Line: d.Line, Col: d.Col}
			break
		}
	}
	p.c.mark(brokenFile{}, at)
}

// loaded is one catalogue file, read and decoded (see load).
type loaded struct {
	name  string // its path in the folder
	shown string // its name in diagnostics
	// read says its bytes could be read; data are the bytes, when asked for.
	read bool
	data []byte
	// file is its content, nil when it could not be read safely; pos holds
	// its positions.
	file  *File
	pos   posTable
	diags diag.Diagnostics
	// aside says it holds only practices and was not decoded yet (see
	// validateStream).
	aside bool
}

// load reads and decodes the catalogue file name of fsys, shown (in
// diagnostics) as shown; keep keeps its bytes (for the digest).
func load(fsys fs.FS, name, shown string, keep bool) loaded {
	l := loaded{name: name, shown: shown}
	data, ok := readFile(fsys, name, Pos{File: shown, Line: 1, Col: 1}, &l.diags)
	if !ok {
		return l
	}
	l.read = true
	if keep {
		l.data = data
	}
	l.pos = posTable{}
	l.file = parseFile(shown, data, l.pos, &l.diags)
	return l
}

// take adds a loaded file to the catalogue, in path order: its diagnostics,
// its bytes to the digest, its entries and their positions; a file that
// could not be read is marked broken.
func (p *parser) take(l loaded) {
	p.diags = append(p.diags, l.diags...)
	if l.read && p.h != nil {
		fmt.Fprintf(p.h, "%s\x00%d\x00", l.name, len(l.data))
		p.h.Write(l.data)
	}
	if l.file == nil {
		p.broken(l.shown)
		return
	}
	for k, v := range l.pos {
		p.c.pos[k] = v
	}
	p.register(p.add(l.file))
}

// readFile reads a catalogue file, reporting why it cannot (a name that is
// not UTF-8, not a regular file, too large, unreadable) into diags.
func readFile(fsys fs.FS, name string, at Pos, diags *diag.Diagnostics) ([]byte, bool) {
	if !utf8.ValidString(name) {
		// fs.ValidPath refuses it, so every fs.FS says only "invalid argument".
		errorf(diags, at, "read", "validate.read.name")
		return nil, false
	}
	st, err := fs.Stat(fsys, name)
	if err != nil {
		readError(diags, at, err)
		return nil, false
	}
	if !st.Mode().IsRegular() {
		readError(diags, at, &fsutil.NotRegularError{Mode: st.Mode()})
		return nil, false
	}
	if st.Size() > MaxFileSize {
		errorf(diags, at, "file-size", "validate.file-size", st.Size(), MaxFileSize)
		return nil, false
	}
	f, err := fsys.Open(name)
	if err != nil {
		readError(diags, at, err)
		return nil, false
	}
	// Read into a buffer of the size the file says it has (io.ReadAll
	// would grow one step by step); it may have grown since.
	buf := bytes.NewBuffer(make([]byte, 0, st.Size()+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, MaxFileSize+1))
	data := buf.Bytes()
	f.Close()
	if err != nil {
		errorf(diags, at, "read", "validate.read", err.Error())
		return nil, false
	}
	if len(data) > MaxFileSize {
		errorf(diags, at, "file-size", "validate.file-size", int64(len(data)), MaxFileSize)
		return nil, false
	}
	return data, true
}

// readError reports why a catalogue file could not be read: not a regular
// file (a named pipe, which would block the read, a device, a socket), a
// symbolic link out of the catalogue folder or links in a loop (as an
// fsutil.Dir finds them), or what the system said.
func readError(diags *diag.Diagnostics, at Pos, err error) {
	var nr *fsutil.NotRegularError
	switch {
	case errors.As(err, &nr):
		errorf(diags, at, "read", "validate.read.irregular", diag.M("file.kind."+nr.Kind()))
	case errors.Is(err, fsutil.ErrOutside):
		errorf(diags, at, "read", "validate.read.outside")
	case errors.Is(err, fsutil.ErrLoop):
		errorf(diags, at, "read", "validate.read.loop")
	default:
		errorf(diags, at, "read", "validate.read", err.Error())
	}
}

// parseFile turns one file's bytes into a File, or nil when it cannot be
// read safely. Positions go into pos, problems into diags.
func parseFile(name string, data []byte, pos posTable, diags *diag.Diagnostics) *File {
	// The YAML tree is let go once decoded: its memory serves the next file.
	yp := yamlParsers.Get().(*yamlsafe.Parser)
	defer yamlParsers.Put(yp)
	doc, problems := yp.Parse(data, yamlsafe.Limits{MaxBytes: MaxFileSize, MaxDepth: MaxDepth})
	for _, pr := range problems {
		parseProblem(diags, Pos{File: name, Line: pr.Line, Col: pr.Col}, data, pr)
	}
	if len(problems) > 0 {
		return nil
	}
	if doc.Kind != yaml.MappingNode {
		errorf(diags, Pos{File: name, Line: doc.Line, Col: doc.Column}, "kind", "validate.kind.file", FormatVersion)
		return nil
	}
	if answersFile(doc) {
		// An answers file put in a catalogue folder, or given to eis
		// validate: one diagnostic that says so, not one per key.
		errorf(diags, Pos{File: name, Line: doc.Line, Col: doc.Column}, "not-catalogue", "validate.answers-file", name)
		return nil
	}
	d := &decoder{file: name, diags: diags, pos: pos}
	var f File
	d.structure(doc, reflect.ValueOf(&f).Elem(), &f, nil, -1, label{item: -1})
	return &f
}

// answersFile reports whether the mapping doc is an answers file (eis
// assess saves one): it has answers or a respondent, which no catalogue
// file has.
func answersFile(doc *yaml.Node) bool {
	for i := 0; i+1 < len(doc.Content); i += 2 {
		switch doc.Content[i].Value {
		case "answers", "respondent":
			return true
		}
	}
	return false
}

// yamlParsers are the YAML parsers of the goroutines that read files.
var yamlParsers = sync.Pool{New: func() any { return new(yamlsafe.Parser) }}

// parseProblem reports a problem yamlsafe found in data, a file's YAML.
func parseProblem(diags *diag.Diagnostics, at Pos, data []byte, p yamlsafe.Problem) {
	switch p.Code {
	case yamlsafe.CodeSize:
		size, _ := strconv.ParseInt(p.Detail, 10, 64)
		errorf(diags, at, "file-size", "validate.file-size", size, p.N)
	case yamlsafe.CodeUTF8:
		errorf(diags, at, "encoding", "validate.encoding.utf8", p.Detail)
	case yamlsafe.CodeNUL:
		errorf(diags, at, "encoding", "validate.encoding.nul")
	case yamlsafe.CodeControl:
		errorf(diags, at, "encoding", "validate.encoding.control", p.Detail)
	case yamlsafe.CodeEmpty:
		errorf(diags, at, "version", "validate.empty-file", FormatVersion)
	case yamlsafe.CodeDocuments:
		errorf(diags, at, "yaml", "validate.yaml.documents")
	case yamlsafe.CodeAlias:
		errorf(diags, at, "alias", "validate.alias", p.N)
	case yamlsafe.CodeDepth:
		errorf(diags, at, "depth", "validate.depth", p.N)
	case yamlsafe.CodeTag:
		errorf(diags, at, "tag", "validate.tag", p.Detail)
	default: // CodeTab, CodeSyntax
		syntaxProblem(diags, at, data, p)
	}
}

// syntaxProblem reports a YAML syntax error in words a catalogue editor
// can act on, as the config and answers loaders do (all three ask
// yamlsafe.Syntax what it is); only an error of no kind yamlsafe knows
// keeps yaml.v3's English words. The rule stays "yaml" and the position
// the Problem's, whatever the kind: CI and editors match on them.
func syntaxProblem(diags *diag.Diagnostics, at Pos, data []byte, p yamlsafe.Problem) {
	kind, opener := yamlsafe.Syntax(data, p)
	switch m := yamlsafe.SyntaxMessage(kind, opener); m {
	case "":
		errorf(diags, at, "yaml", "validate.yaml", p.Detail)
	case yamlsafe.SyntaxTab:
		errorf(diags, at, "yaml", "validate.yaml.tab", at.Line)
	case "unclosed-quote":
		errorf(diags, at, "yaml", "validate.yaml."+m, opener)
	default:
		errorf(diags, at, "yaml", "validate.yaml."+m)
	}
}

// add appends a decoded file's entries to the catalogue (whose positions
// must hold the file's) and reports a second catalogue section; it returns
// the entries' IDs, for register.
func (p *parser) add(f *File) []idEntry {
	c := p.c
	if f.Catalogue != nil {
		at := c.at(f.Catalogue, "")
		if p.meta != nil {
			errorf(&p.diags, at, "catalogue", "validate.catalogue.twice", p.meta.File, p.meta.Line)
		} else {
			p.meta = &at
			c.Meta = *f.Catalogue
			// Positions of the section follow it under the metaOwner key.
			c.pos[metaOwner{}] = c.pos[f.Catalogue]
		}
	}
	f.Dimensions, f.Profile, f.Questions = nonNil(f.Dimensions), nonNil(f.Profile), nonNil(f.Questions)
	f.Regions, f.Practices = nonNil(f.Regions), nonNil(f.Practices)
	f.Countries, f.Languages = nonNil(f.Countries), nonNil(f.Languages)
	f.Groups, f.MarketNotes = nonNil(f.Groups), nonNil(f.MarketNotes)
	var ids []idEntry
	for _, x := range f.Dimensions {
		ids = append(ids, p.idOf(x, x.ID, "dimension"))
	}
	for _, x := range f.Profile {
		ids = append(ids, p.idOf(x, x.ID, "profile-question"))
	}
	for _, x := range f.Questions {
		ids = append(ids, p.idOf(x, x.ID, "question"))
	}
	for _, x := range f.Regions {
		ids = append(ids, p.idOf(x, x.ID, "region"))
	}
	for _, x := range f.Practices {
		ids = append(ids, p.idOf(x, x.ID, "practice"))
	}
	for _, x := range f.Groups {
		ids = append(ids, p.idOf(x, x.ID, "group"))
	}
	for _, x := range f.MarketNotes {
		ids = append(ids, p.idOf(x, x.ID, "market-note"))
	}
	c.Dimensions = append(c.Dimensions, f.Dimensions...)
	c.Profile = append(c.Profile, f.Profile...)
	c.Questions = append(c.Questions, f.Questions...)
	c.Regions = append(c.Regions, f.Regions...)
	c.Practices = append(c.Practices, f.Practices...)
	c.Countries = append(c.Countries, f.Countries...)
	c.Languages = append(c.Languages, f.Languages...)
	c.Groups = append(c.Groups, f.Groups...)
	c.MarketNotes = append(c.MarketNotes, f.MarketNotes...)
	return ids
}

func nonNil[T any](xs []*T) []*T {
	out := xs[:0:0]
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}

// idEntry is an entry's ID, where it stands and what kind of entry it is.
type idEntry struct {
	id   string
	at   Pos
	kind word
}

// idOf is the idEntry of owner, whose positions are in the catalogue's.
func (p *parser) idOf(owner any, id string, kind word) idEntry {
	return idEntry{id: id, at: p.c.at(owner, "id"), kind: kind}
}

// register records entries' IDs, in file order, and reports an ID another
// entry has already.
func (p *parser) register(ids []idEntry) {
	for _, e := range ids {
		if e.id == "" {
			continue
		}
		if first, dup := p.ids[e.id]; dup {
			errorf(&p.diags, e.at, "duplicate-id", "validate.duplicate-id", e.kind, e.id, first.kind, first.at.File, first.at.Line)
			continue
		}
		p.ids[e.id] = idUse{at: e.at, kind: e.kind}
		if p.c.sources != nil {
			p.c.sources[e.id] = e.at
		}
	}
}
