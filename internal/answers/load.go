package answers

import (
	"errors"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/safetext"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/eis-project/eis/internal/yamlsafe"
	"go.yaml.in/yaml/v3"
)

// MaxSize bounds an answers file; larger files are refused unread.
const MaxSize = 1 << 20

// topKeys are the keys an answers file may have, in the order they are written.
var topKeys = []string{"version", "catalogue", "language", "started_from", "respondent", "created", "updated", "complete", "answers", "notes", "targets"}

// Load reads the answers file at path and checks it strictly against cat
// (see Read). The error is for a file that cannot be read at all; every
// problem with its content is a diagnostic.
// Only a regular file is read, without blocking and bounded (see
// fsutil.ReadFile).
func Load(path string, cat *catalogue.Catalogue) (*File, diag.Diagnostics, error) {
	data, err := fsutil.ReadFile(path, MaxSize)
	if err != nil {
		return nil, nil, err
	}
	return ReadBytes(data, path, cat)
}

// Read parses an answers file named name from r and checks it strictly
// against cat, reporting every problem as a positioned diagnostic:
// unknown or duplicate keys, a version other than 1, unknown question or
// option IDs, a list for a single-choice question or a string for a
// multiple-choice one, "don't know" or "not applicable" where the question
// does not offer it, aliases, and (as a warning) a catalogue that changed
// since the answers were given, naming the changed, removed and added
// questions (none when only practices changed). Checks that need rule
// evaluation (answers to questions that are not asked, missing answers in a
// complete file) are made by assessment.Check. When the diagnostics hold an error, the file is nil.
func Read(r io.Reader, name string, cat *catalogue.Catalogue) (*File, diag.Diagnostics, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, nil, err
	}
	return ReadBytes(data, name, cat)
}

// ReadBytes is Read of an answers file already in memory, without a copy
// of it (data is only read; the File holds none of its memory).
func ReadBytes(data []byte, name string, cat *catalogue.Catalogue) (*File, diag.Diagnostics, error) {
	if cat == nil {
		return nil, nil, errors.New("answers: no catalogue to check the answers against")
	}
	l := &loader{name: name, cat: cat}
	if len(data) > MaxSize {
		l.errorf(1, 1, "file-size", "answers.file.size", MaxSize)
		return nil, l.diags, nil
	}
	f := l.parse(data)
	l.diags.Sort()
	// As for a catalogue file: a file of thousands of bad answers gives
	// the first ones and a count, not thousands of lines.
	l.diags = catalogue.Limit(l.diags, catalogue.MaxDiagnosticsPerFile)
	if l.diags.HasErrors() {
		return nil, l.diags, nil
	}
	return f, l.diags, nil
}

// loader collects diagnostics while it walks one file's node tree.
type loader struct {
	name  string
	cat   *catalogue.Catalogue
	diags diag.Diagnostics
	// near finds the question an unknown ID was meant to be; made on
	// the first unknown ID.
	near *suggest.Index
}

// meant is the catalogue's question ID that id is probably a typo of,
// or "".
func (l *loader) meant(id string) string {
	if l.near == nil {
		ids := make([]string, 0, len(l.cat.Profile)+len(l.cat.Questions))
		for _, qs := range [][]*catalogue.Question{l.cat.Profile, l.cat.Questions} {
			for _, q := range qs {
				if q != nil {
					ids = append(ids, q.ID)
				}
			}
		}
		l.near = suggest.New(ids)
	}
	if near := l.near.Lookup(id, 1); len(near) > 0 {
		return near[0]
	}
	return ""
}

func (l *loader) add(sev diag.Severity, line, col int, rule, key string, args ...any) {
	l.diags = append(l.diags, diag.At(l.name, line, col, sev, rule, diag.M(key, args...)))
}

func (l *loader) errorf(line, col int, rule, key string, args ...any) {
	l.add(diag.SevError, line, col, rule, key, args...)
}

func (l *loader) warnf(line, col int, rule, key string, args ...any) {
	l.add(diag.SevWarning, line, col, rule, key, args...)
}

func (l *loader) errAt(n *yaml.Node, rule, key string, args ...any) {
	l.errorf(n.Line, n.Column, rule, key, args...)
}

func (l *loader) pos(n *yaml.Node) catalogue.Pos {
	return catalogue.Pos{File: l.name, Line: n.Line, Col: n.Column}
}

// parse walks the document; it returns the file even when it reported
// errors (Read drops it then).
func (l *loader) parse(data []byte) *File {
	// A PDF, a picture, an office file or a web page given by mistake:
	// say what it is, not that its bytes are not UTF-8 or YAML.
	if key, args := sniffOther(l.name, data); key != "" {
		l.errorf(1, 1, RuleNotAnswers, key, args...)
		return nil
	}
	root, problems := parseYAML(data, false)
	if (len(problems) > 0 || root != nil && root.Kind != yaml.MappingNode) && notYAMLFile(l.name, data) {
		// A text file of another kind (a plan printed to plan.txt or
		// plan.md): one diagnostic, not the YAML parser's complaint.
		l.errorf(1, 1, RuleNotAnswers, "answers.other.file", fileExt(l.name))
		return nil
	}
	for _, p := range problems {
		l.parseProblem(data, p)
	}
	if root == nil {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		l.errAt(root, "wrong-kind", "answers.file.notmap")
		return nil
	}
	if key := otherKind(root); key != "" {
		// Not an answers file at all: one diagnostic that says what it
		// is, not one per key it has and an answers file has not.
		l.errAt(root, RuleNotAnswers, key)
		return nil
	}
	if foreign(root) {
		l.errAt(root, RuleNotAnswers, "answers.other.unknown")
		return nil
	}
	f := &File{source: l.name, pos: map[string]catalogue.Pos{}, keyPos: map[string]catalogue.Pos{}, Answers: map[string]Value{}}
	var answersNode, catNode *yaml.Node
	seen := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if seen[k.Value] {
			l.errAt(k, "duplicate-key", "answers.key.duplicate", k.Value)
			continue
		}
		seen[k.Value] = true
		f.keyPos[k.Value] = l.pos(k)
		switch k.Value {
		case "version":
			var n int
			if v.Kind != yaml.ScalarNode || v.Decode(&n) != nil || n < OldestVersion || n > FormatVersion {
				l.errAt(v, "version", "answers.version", v.Value, OldestVersion, FormatVersion)
				continue
			}
			f.Version = n
		case "catalogue":
			catNode = v
			l.catalogueRef(v, &f.Catalogue)
		case "language":
			if s, ok := l.str(v); ok {
				if s != "" && !i18n.Supported(s) {
					l.errAt(v, "language", "answers.language", s, strings.Join(i18n.Languages, ", "))
				}
				f.Language = s
			}
		case "started_from":
			if s, ok := l.str(v); ok {
				f.StartedFrom = s
			}
		case "respondent":
			l.respondent(v, &f.Respondent)
		case "created":
			f.Created = l.timestamp(k.Value, v)
		case "updated":
			f.Updated = l.timestamp(k.Value, v)
		case "complete":
			var b bool
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || v.Decode(&b) != nil {
				l.errAt(v, "wrong-kind", "answers.complete.kind")
				continue
			}
			f.Complete = b
		case "answers":
			answersNode = v
		case "notes":
			f.Notes = l.notes(v)
		case "targets":
			f.Targets = l.targets(v)
		default:
			l.errAt(k, "unknown-key", "answers.key.unknown", k.Value, strings.Join(topKeys, ", "))
		}
	}
	if !seen["version"] {
		l.errAt(root, "missing-key", "answers.version.missing", FormatVersion)
	}
	// The catalogue check comes first: it says which questions were removed,
	// and an answer to a removed question is a warning, not an error.
	removed := map[string]bool{}
	if catNode == nil {
		l.warnf(root.Line, root.Column, "catalogue-unpinned", "answers.catalogue.missing")
	} else {
		removed, f.change = l.compareCatalogue(catNode, f.Catalogue)
	}
	if answersNode != nil {
		l.answers(answersNode, f, removed)
	}
	l.markets(f)
	return f
}

// RuleNotAnswers is the rule of the one diagnostic for a file that is
// another kind of eis file: a plan or report eis wrote, or a catalogue file.
const RuleNotAnswers = "not-answers"

// otherKind says which other kind of eis file the document root is, as
// the message key of the diagnostic that says so, or "" when it may be
// an answers file (with or without mistakes): a plan eis wrote as JSON
// (schema_version, actions), another report of eis's (schema_version),
// or a catalogue file (what it defines, and no answers).
func otherKind(root *yaml.Node) string {
	keys := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		keys[root.Content[i].Value] = true
	}
	switch {
	case keys["answers"] || keys["respondent"] && !keys["schema_version"]:
		return ""
	case keys["schema_version"] && !keys["version"] && keys["actions"]:
		return "answers.other.plan"
	case keys["schema_version"] && !keys["version"]:
		return "answers.other.report"
	case keys["practices"] || keys["questions"] || keys["dimensions"] || keys["regions"] || keys["profile"]:
		return "answers.other.catalogue"
	}
	return ""
}

// foreign reports whether the mapping root is some other tool's YAML
// file (a docker-compose.yml, a CI workflow): it has none of the keys
// that mark an answers file (answers, respondent, catalogue) and a key an
// answers file has not, which is no misspelling of one ("answer:").
func foreign(root *yaml.Node) bool {
	var unknown []string
	for i := 0; i+1 < len(root.Content); i += 2 {
		k := root.Content[i].Value
		switch k {
		case "answers", "respondent", "catalogue":
			return false
		}
		if !slices.Contains(topKeys, k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) == 0 {
		return false
	}
	for _, k := range unknown {
		if len(suggest.For(k, topKeys, 1)) > 0 {
			return false
		}
	}
	return true
}

// sniffOther says, by its first bytes, which kind of file data is when it
// is plainly no text file an answers file could be: the message key and
// its arguments, or "" — a PDF, a picture or an office file (named by
// its format, or by its extension when that says more: an .xlsx is a
// ZIP file), or a web page.
func sniffOther(name string, data []byte) (string, []any) {
	magic := []struct {
		prefix, kind string
	}{
		{"%PDF-", "PDF"},
		{"\x89PNG\r\n\x1a\n", "PNG"},
		{"\xff\xd8\xff", "JPEG"},
		{"GIF8", "GIF"},
		{"PK\x03\x04", "ZIP"},
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office"},
	}
	office := map[string]string{".docx": "Word", ".doc": "Word", ".odt": "OpenDocument", ".xlsx": "Excel", ".xls": "Excel", ".ods": "OpenDocument", ".pptx": "PowerPoint", ".ppt": "PowerPoint", ".numbers": "Numbers", ".pages": "Pages"}
	for _, m := range magic {
		if strings.HasPrefix(string(data[:min(len(data), 16)]), m.prefix) {
			kind := m.kind
			if k, ok := office[fileExt(name)]; ok && (kind == "ZIP" || kind == "Office") {
				kind = k
			}
			return "answers.other.file", []any{kind}
		}
	}
	head := strings.TrimLeft(strings.TrimPrefix(string(data[:min(len(data), 512)]), "\ufeff"), " \t\r\n")
	head = strings.ToLower(head[:min(len(head), 14)])
	if strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") {
		return "answers.other.html", nil
	}
	return "", nil
}

// notYAMLFile reports whether a file that is not YAML, or whose YAML is
// no mapping, is plainly some other text file rather than an answers file
// with a mistake: its name ends in something other than .yaml or .yml,
// and it has neither the header eis writes nor an answers: or
// respondent: key at the start of a line.
func notYAMLFile(name string, data []byte) bool {
	switch fileExt(name) {
	case ".yaml", ".yml", "":
		return false
	}
	s := string(data)
	if strings.HasPrefix(strings.TrimPrefix(s, "\ufeff"), strings.TrimSpace(Header)) {
		return false
	}
	for _, key := range []string{"answers:", "respondent:"} {
		if strings.HasPrefix(s, key) || strings.Contains(s, "\n"+key) {
			return false
		}
	}
	return true
}

// fileExt is name's extension in lower case (".md"), or "".
func fileExt(name string) string {
	if e := filepath.Ext(name); e != "." {
		return strings.ToLower(e)
	}
	return ""
}

// maxDepth bounds how deeply an answers file may nest; eis writes four
// levels at most.
const maxDepth = 64

// parseProblem reports a problem yamlsafe found in the file's YAML.
func (l *loader) parseProblem(data []byte, p yamlsafe.Problem) {
	switch p.Code {
	case yamlsafe.CodeSize:
		l.errorf(p.Line, p.Col, "file-size", "answers.file.size", p.N)
	case yamlsafe.CodeUTF8:
		l.errorf(p.Line, p.Col, "encoding", "answers.file.utf8", p.Detail)
	case yamlsafe.CodeNUL, yamlsafe.CodeControl:
		l.errorf(p.Line, p.Col, "encoding", "answers.file.control", p.Detail)
	case yamlsafe.CodeTab, yamlsafe.CodeSyntax:
		l.syntaxProblem(data, p)
	case yamlsafe.CodeEmpty:
		l.errorf(p.Line, p.Col, "empty", "answers.file.empty")
	case yamlsafe.CodeDocuments:
		l.errorf(p.Line, p.Col, "yaml", "answers.file.documents")
	case yamlsafe.CodeAlias:
		l.errorf(p.Line, p.Col, "alias", "answers.file.alias")
	case yamlsafe.CodeDepth:
		l.errorf(p.Line, p.Col, "yaml", "answers.file.deep")
	case yamlsafe.CodeTag:
		l.errorf(p.Line, p.Col, "tag", "answers.file.tag", p.Detail)
	default:
		l.errorf(p.Line, p.Col, "yaml", "answers.file.yaml", p.Detail)
	}
}

// syntaxProblem reports a YAML syntax error in the user's words, with
// what to do, as the config loader does (both ask yamlsafe.Syntax what
// it is); only an error of no kind yamlsafe knows keeps yaml.v3's
// English words.
func (l *loader) syntaxProblem(data []byte, p yamlsafe.Problem) {
	kind, opener := yamlsafe.Syntax(data, p)
	switch m := yamlsafe.SyntaxMessage(kind, opener); m {
	case "":
		l.errorf(p.Line, p.Col, "yaml", "answers.file.yaml", p.Detail)
	case "unclosed-quote":
		l.errorf(p.Line, p.Col, "yaml", "answers.file."+m, opener)
	default:
		l.errorf(p.Line, p.Col, "yaml", "answers.file."+m)
	}
}

// str reads a string scalar. A control or bidi character in it (an
// escape such as "\e" in a company name or a note) would steer the
// terminal of whoever prints the plan: it is left out, with a warning.
func (l *loader) str(v *yaml.Node) (string, bool) {
	if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
		l.errAt(v, "wrong-kind", "answers.kind.string")
		return "", false
	}
	if i, r := safetext.Find(v.Value); i >= 0 {
		l.warnf(v.Line, v.Column, "control", "answers.text.control", safetext.Name(r))
		return safetext.Clean(v.Value), true
	}
	return v.Value, true
}

// mapping iterates a mapping node's pairs, reporting duplicate keys and
// (when allowed is not nil) unknown ones.
func (l *loader) mapping(v *yaml.Node, what string, allowed []string, each func(k, v *yaml.Node)) {
	if v.Kind != yaml.MappingNode {
		if v.Tag == "!!null" {
			return
		}
		l.errAt(v, "wrong-kind", "answers.kind.map", what)
		return
	}
	// A key seen before is a duplicate: looked for among the keys before
	// it in a small mapping, in a set in a large one (a set for each
	// mapping, grown as it went, was a tenth of reading an answers file).
	var seen map[string]bool
	if len(v.Content) > 2*smallMapping {
		seen = make(map[string]bool, len(v.Content)/2)
	}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if seen != nil && seen[k.Value] || seen == nil && keyBefore(v.Content, i) {
			l.errAt(k, "duplicate-key", "answers.key.duplicate", k.Value)
			continue
		}
		if seen != nil {
			seen[k.Value] = true
		}
		if allowed != nil && !slices.Contains(allowed, k.Value) {
			l.errAt(k, "unknown-key", "answers.key.unknownIn", k.Value, what, strings.Join(allowed, ", "))
			continue
		}
		each(k, val)
	}
}

// smallMapping is the most keys a mapping has for its duplicates to be
// looked for among the keys before each.
const smallMapping = 16

// keyBefore reports whether the key at i of a mapping's content (keys and
// values in turn) is one of the keys before it.
func keyBefore(content []*yaml.Node, i int) bool {
	for j := 0; j < i; j += 2 {
		if content[j].Value == content[i].Value {
			return true
		}
	}
	return false
}

func (l *loader) catalogueRef(v *yaml.Node, ref *CatalogueRef) {
	l.mapping(v, "catalogue", []string{"id", "version", "digest", "questions"}, func(k, v *yaml.Node) {
		switch k.Value {
		case "id":
			ref.ID, _ = l.str(v)
		case "version":
			ref.Version, _ = l.str(v)
		case "digest":
			ref.Digest, _ = l.str(v)
		case "questions":
			ref.Questions = make(map[string]string, len(v.Content)/2)
			l.mapping(v, "catalogue.questions", nil, func(k, v *yaml.Node) {
				if s, ok := l.str(v); ok {
					ref.Questions[k.Value] = s
				}
			})
		}
	})
}

func (l *loader) respondent(v *yaml.Node, r *Respondent) {
	l.mapping(v, "respondent", []string{"company", "advisor"}, func(k, v *yaml.Node) {
		s, _ := l.str(v)
		if k.Value == "company" {
			r.Company = s
		} else {
			r.Advisor = s
		}
	})
}

func (l *loader) timestamp(key string, v *yaml.Node) time.Time {
	var t time.Time
	if v.Kind != yaml.ScalarNode {
		l.errAt(v, "timestamp", "answers.timestamp.kind", key)
		return time.Time{}
	}
	if v.Decode(&t) != nil {
		l.errAt(v, "timestamp", "answers.timestamp", key, v.Value)
		return time.Time{}
	}
	return t.UTC()
}

func (l *loader) notes(v *yaml.Node) map[string]string {
	out := map[string]string{}
	l.mapping(v, "notes", nil, func(k, v *yaml.Node) {
		s, ok := l.str(v)
		if !ok {
			return
		}
		if k.Value != "general" && l.cat.Question(k.Value) == nil && l.cat.Dimension(k.Value) == nil {
			l.warnf(k.Line, k.Column, "unknown-note", "answers.note.unknown", k.Value)
		}
		out[k.Value] = s
	})
	if len(out) == 0 {
		return nil // as an empty notes section is saved: left out
	}
	return out
}

// compareCatalogue warns when the answers were given against another
// catalogue, naming the questions that changed; it returns the questions
// the file's catalogue had that this one no longer has, and the change
// (nil when the questions are the same).
func (l *loader) compareCatalogue(n *yaml.Node, ref CatalogueRef) (map[string]bool, *CatalogueChange) {
	removed := map[string]bool{}
	if ref.ID != "" && ref.ID != l.cat.Meta.ID {
		l.warnf(n.Line, n.Column, "catalogue-id", "answers.catalogue.id", ref.ID, l.cat.Meta.ID)
	}
	if ref.Digest == "" || ref.Digest == l.cat.Digest {
		return removed, nil
	}
	if len(ref.Questions) == 0 {
		if ref.Version == l.cat.Meta.Version {
			// "(version 2026.12, now 2026.12)" read as if nothing changed.
			l.warnf(n.Line, n.Column, "catalogue-changed", "answers.catalogue.changedUnknown.sameVersion", ref.Version)
		} else {
			l.warnf(n.Line, n.Column, "catalogue-changed", "answers.catalogue.changedUnknown", ref.Version, l.cat.Meta.Version)
		}
		return removed, nil
	}
	now := Ref(l.cat)
	c := &CatalogueChange{Version: ref.Version, Pos: catalogue.Pos{Line: n.Line, Col: n.Column}}
	for id, h := range ref.Questions {
		cur, ok := now.Questions[id]
		switch {
		case !ok:
			c.Removed = append(c.Removed, id)
			removed[id] = true
		case cur != h:
			c.Changed = append(c.Changed, id)
		}
	}
	for id := range now.Questions {
		if _, ok := ref.Questions[id]; !ok {
			c.Added = append(c.Added, id)
		}
	}
	if len(c.Changed)+len(c.Removed)+len(c.Added) == 0 {
		// The digest covers the practices too: when they alone changed,
		// the answers are as valid as before, so there is nothing to review.
		return removed, nil
	}
	// Changed and added questions in the order the questionnaire asks
	// them, as the user met them ("What do you sell?" before "Do you sell
	// any of these?"); removed ones, which only their IDs name, by ID.
	inOrder(l.cat, c.Changed)
	sort.Strings(c.Removed)
	inOrder(l.cat, c.Added)
	if d, ok := c.Diagnostic(l.cat, l.name, nil); ok {
		l.diags = append(l.diags, d)
	}
	return removed, c
}

// inOrder sorts question IDs of cat in the questionnaire's order: the
// profile, then the scored questions (IDs cat does not have last, by ID).
func inOrder(cat *catalogue.Catalogue, ids []string) {
	at := make(map[string]int, len(cat.Profile)+len(cat.Questions))
	for i, q := range append(append([]*catalogue.Question{}, cat.Profile...), cat.Questions...) {
		at[q.ID] = i
	}
	rank := func(id string) int {
		if i, ok := at[id]; ok {
			return i
		}
		return len(at)
	}
	sort.SliceStable(ids, func(i, j int) bool {
		if ri, rj := rank(ids[i]), rank(ids[j]); ri != rj {
			return ri < rj
		}
		return ids[i] < ids[j]
	})
}

// CatalogueChange is how the questions of the catalogue an answers file
// was given against differ from today's: by ID, sorted.
type CatalogueChange struct {
	// Version is the earlier catalogue's version; Pos where the file's
	// catalogue: key stands.
	Version string
	Pos     catalogue.Pos
	// Changed were reworded or given other options, Removed are gone,
	// Added are new; Changed and Added in the questionnaire's order,
	// Removed by ID.
	Changed, Removed, Added []string
}

// RuleCatalogueChanged is the rule of the warning that the catalogue's
// questions changed since the answers were given.
const RuleCatalogueChanged = "catalogue-changed"

// Diagnostic is the warning that the catalogue changed, at the file's
// catalogue: key in source, naming the questions that changed, were
// removed or were added; keep, when not nil, says which added questions
// to name (those the firm is asked: a question added for firms that sell
// services is no news to a machinery maker). ok is false when nothing is
// left to name.
func (c *CatalogueChange) Diagnostic(cat *catalogue.Catalogue, source string, keep func(id string) bool) (d diag.Diagnostic, ok bool) {
	added := c.Added
	if keep != nil {
		added = nil
		for _, id := range c.Added {
			if keep(id) {
				added = append(added, id)
			}
		}
	}
	if len(c.Changed)+len(c.Removed)+len(added) == 0 {
		return diag.Diagnostic{}, false
	}
	// Questions that are still there are named by their text, which the
	// user knows; a removed one only by its ID, all the file has of it.
	// At most maxNamed of each are named, then how many more: a file
	// from a catalogue many questions ago would otherwise get a warning of
	// fifty question texts, in the plan too.
	const maxNamed = 5
	more := func(list diag.List, n int) diag.List {
		if n > maxNamed {
			list.Items = append(list.Items[:maxNamed], diag.N("answers.catalogue.more", n-maxNamed, n-maxNamed))
		}
		return list
	}
	texts := func(ids []string) diag.List {
		list := diag.List{Sep: ", "}
		for _, id := range ids[:min(len(ids), maxNamed)] {
			if q := cat.Question(id); q != nil {
				list.Items = append(list.Items, diag.M("answers.catalogue.question", diag.Text(q.Text)))
			} else {
				list.Items = append(list.Items, id)
			}
		}
		return more(list, len(ids))
	}
	parts := diag.List{Sep: "; "}
	if len(c.Changed) > 0 {
		parts.Items = append(parts.Items, diag.M("answers.catalogue.part.changed", texts(c.Changed)))
	}
	if len(c.Removed) > 0 {
		parts.Items = append(parts.Items, diag.M("answers.catalogue.part.removed", more(diag.List{Items: toAny(c.Removed), Sep: ", "}, len(c.Removed))))
	}
	if len(added) > 0 {
		parts.Items = append(parts.Items, diag.M("answers.catalogue.part.added", texts(added)))
	}
	m := diag.M("answers.catalogue.changed", c.Version, cat.Meta.Version, parts)
	if c.Version == cat.Meta.Version {
		// The questions changed within one version of the catalogue:
		// "(version 2026.12, now 2026.12)" read as if nothing changed.
		m = diag.M("answers.catalogue.changed.sameVersion", c.Version, parts)
	}
	return diag.At(source, c.Pos.Line, c.Pos.Col, diag.SevWarning, RuleCatalogueChanged, m), true
}

// toAny turns strings into message arguments.
func toAny(s []string) []any {
	out := make([]any, len(s))
	for i, x := range s {
		out[i] = x
	}
	return out
}

// answers checks every answer against its question.
func (l *loader) answers(v *yaml.Node, f *File, removed map[string]bool) {
	if n := len(v.Content) / 2; len(f.Answers) == 0 && len(f.pos) == 0 && n > 0 {
		// Made at the size they will have, not grown answer by answer.
		f.Answers, f.pos = make(map[string]Value, n), make(map[string]catalogue.Pos, n)
	}
	l.mapping(v, "answers", nil, func(k, v *yaml.Node) {
		q := l.cat.Question(k.Value)
		if q == nil && f.Version == 1 && slices.Contains(LegacyQuestions, k.Value) {
			l.legacy(f, k, v)
			return
		}
		if q == nil {
			if removed[k.Value] {
				l.warnf(k.Line, k.Column, "removed-question", "answers.question.removed", k.Value)
			} else if mean := l.meant(k.Value); mean != "" {
				l.errAt(k, "unknown-question", "answers.question.unknown.mean", k.Value, mean)
			} else {
				l.errAt(k, "unknown-question", "answers.question.unknown", k.Value)
			}
			return
		}
		val, ok := l.value(q, v)
		if !ok {
			return
		}
		f.Answers[q.ID] = val
		f.pos[q.ID] = l.pos(k)
	})
}

// value checks one answer's node against its question.
func (l *loader) value(q *catalogue.Question, v *yaml.Node) (Value, bool) {
	multi := q.Kind == catalogue.KindMulti || q.Kind == catalogue.KindCountries
	var nodes []*yaml.Node
	switch v.Kind {
	case yaml.ScalarNode:
		if v.Tag == "!!null" || v.Value == "" {
			l.errAt(v, "empty-answer", "answers.answer.empty", q.ID)
			return Value{}, false
		}
		if multi && v.Value != catalogue.DontKnow && v.Value != catalogue.NotApplicable {
			l.errAt(v, "string-for-multi", "answers.answer.stringForMulti", q.ID, v.Value)
			return Value{}, false
		}
		nodes = []*yaml.Node{v}
	case yaml.SequenceNode:
		if !multi {
			l.errAt(v, "list-for-single", "answers.answer.listForSingle", q.ID)
			return Value{}, false
		}
		nodes = v.Content
	default:
		l.errAt(v, "wrong-kind", "answers.answer.kind", q.ID)
		return Value{}, false
	}
	ok := true
	seen := map[string]bool{}
	var opts []string
	for _, n := range nodes {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" || n.Value == "" {
			l.errAt(n, "wrong-kind", "answers.answer.kind", q.ID)
			ok = false
			continue
		}
		id := n.Value
		switch {
		case seen[id]:
			l.errAt(n, "duplicate-option", "answers.option.duplicate", id, q.ID)
			ok = false
			continue
		case id == catalogue.DontKnow && !q.DontKnow:
			l.errAt(n, "dont-know-not-allowed", "answers.option.dontKnow", q.ID, optionList(q))
			ok = false
		case id == catalogue.NotApplicable && !q.NotApplicable:
			l.errAt(n, "not-applicable-not-allowed", "answers.option.notApplicable", q.ID, optionList(q))
			ok = false
		case (id == catalogue.DontKnow || id == catalogue.NotApplicable) && len(nodes) > 1:
			l.errAt(n, "reserved-mixed", "answers.option.reservedMixed", id, q.ID)
			ok = false
		case q.CountryKind() && !q.Accepts(id):
			if code, known := l.country(q, n, id); known {
				id = code
			} else {
				ok = false
			}
		case !q.Accepts(id):
			l.errAt(n, "unknown-option", "answers.option.unknown", id, q.ID, optionList(q))
			ok = false
		}
		seen[id] = true
		opts = append(opts, id)
	}
	if !ok || v.Kind == yaml.SequenceNode && !l.exclusive(q, v, opts) {
		return Value{}, false
	}
	if v.Kind == yaml.SequenceNode {
		return Multiple(opts...), true
	}
	return Single(opts[0]), true
}

// optionList names the answers a question accepts.
func optionList(q *catalogue.Question) string {
	ids := make([]string, 0, len(q.Options)+2)
	for _, o := range q.Options {
		ids = append(ids, o.ID)
	}
	if q.DontKnow {
		ids = append(ids, catalogue.DontKnow)
	}
	if q.NotApplicable {
		ids = append(ids, catalogue.NotApplicable)
	}
	return strings.Join(ids, ", ")
}

// Language is the language: an answers file's data says it was given in,
// or "" when it says none or is not a readable answers file (Read then
// says why). It lets a command choose its language before it reads the
// file, so that everything it says about the file is in that language.
func Language(data []byte) string {
	if len(data) > MaxSize {
		return ""
	}
	root, problems := parseYAML(data, true)
	if root == nil || len(problems) > 0 || root.Kind != yaml.MappingNode {
		return ""
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k, v := root.Content[i], root.Content[i+1]; k.Value == "language" && v.Kind == yaml.ScalarNode {
			return v.Value
		}
	}
	return ""
}

// IsAnswers reports whether data reads as an answers file at first sight —
// a YAML mapping with answers or a respondent, and no other kind of eis
// file (see otherKind) — whatever is wrong in it (for eis validate given an answers file instead of a catalogue folder).
func IsAnswers(data []byte) bool {
	if len(data) > MaxSize {
		return false
	}
	root, problems := parseYAML(data, false)
	if root == nil || len(problems) > 0 || root.Kind != yaml.MappingNode || otherKind(root) != "" {
		return false
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		switch root.Content[i].Value {
		case "answers", "respondent":
			return true
		}
	}
	return false
}

// lastLanguage is the tree Language parsed last, with a copy of its data,
// for Read to take instead of parsing the same bytes again: eis plan reads
// a file's language first (to decide the run's), then the file. A tree is
// only ever read, and taken once.
var lastLanguage struct {
	sync.Mutex
	data     string
	root     *yaml.Node
	problems []yamlsafe.Problem
}

// parseYAML parses an answers file's data, or takes the tree Language
// parsed of the same data; keep keeps the tree for the next call.
func parseYAML(data []byte, keep bool) (*yaml.Node, []yamlsafe.Problem) {
	lastLanguage.Lock()
	defer lastLanguage.Unlock()
	if lastLanguage.root != nil && lastLanguage.data == string(data) {
		root, problems := lastLanguage.root, lastLanguage.problems
		if !keep {
			lastLanguage.root, lastLanguage.problems, lastLanguage.data = nil, nil, ""
		}
		return root, problems
	}
	root, problems := yamlsafe.Parse(data, yamlsafe.Limits{MaxBytes: MaxSize, MaxDepth: maxDepth})
	if keep {
		lastLanguage.data, lastLanguage.root, lastLanguage.problems = string(data), root, problems
	}
	return root, problems
}

// Recognisable reports whether data looks like an answers file, whatever
// its errors: a YAML mapping with a version: and an answers: key. Anything
// else (a plan, a README, a catalogue file) is not one, and a command that
// would overwrite it must not.
func Recognisable(data []byte) bool {
	if len(data) > MaxSize {
		return false
	}
	root, problems := yamlsafe.Parse(data, yamlsafe.Limits{MaxBytes: MaxSize, MaxDepth: maxDepth})
	if root == nil || len(problems) > 0 || root.Kind != yaml.MappingNode {
		return false
	}
	has := map[string]bool{}
	for i := 0; i+1 < len(root.Content); i += 2 {
		has[root.Content[i].Value] = true
	}
	return has["version"] && has["answers"]
}
