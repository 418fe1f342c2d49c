package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// idLiteral is what a message ID (or the prefix of IDs built at run time,
// ending in ".") looks like in Go source.
var idLiteral = regexp.MustCompile(`^[a-z][a-zA-Z0-9-]*(\.[a-zA-Z0-9-]+)+\.?$`)

// fileLike are literals that look like IDs but name files.
var fileLike = regexp.MustCompile(`\.(ya?ml|json|md|txt|toml|go)$`)

// use is a string literal in the code that names a message.
type use struct {
	id  string
	pos token.Position
}

// messageUses finds, in every non-test Go file of the module, the string
// literals that look like message IDs of one of the areas in ids (their
// first part: "render", "validate", …).
func messageUses(t *testing.T, ids map[string]bool) []use {
	t.Helper()
	areas := map[string]bool{}
	for id := range ids {
		areas[id[:strings.IndexByte(id, '.')]] = true
	}
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	var uses []use
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == "testdata" || (strings.HasPrefix(n, ".") && path != root) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				return true
			}
			if !idLiteral.MatchString(s) || (fileLike.MatchString(s) && !ids[s]) {
				return true
			}
			if areas[s[:strings.IndexByte(s, '.')]] {
				uses = append(uses, use{s, fset.Position(lit.Pos())})
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return uses
}

// TestMessagesUsedExist: every message ID the code names is in the
// message files (a mistyped ID fails here, not on a user's screen), and
// every message in them is used, by its ID or under a prefix the code
// builds IDs from ("assessment.stage." + id).
func TestMessagesUsedExist(t *testing.T) {
	en := readFile(t, "en")
	ids := map[string]bool{}
	for k := range en {
		id, _, _ := strings.Cut(k, pluralSep)
		ids[id] = true
	}
	uses := messageUses(t, ids)
	if len(uses) < 100 {
		t.Fatalf("found only %d message IDs in the code; is the scan looking in the right place?", len(uses))
	}
	used := map[string]bool{}
	var prefixes []string
	for _, u := range uses {
		if strings.HasSuffix(u.id, ".") {
			prefixes = append(prefixes, u.id)
			n := 0
			for id := range ids {
				if strings.HasPrefix(id, u.id) {
					n++
				}
			}
			if n == 0 {
				t.Errorf("%s: no message ID starts with %q", u.pos, u.id)
			}
			continue
		}
		if !ids[u.id] {
			t.Errorf("%s: message %q is not in locales/en.toml (a typo, or add it to every file in locales/)", u.pos, u.id)
		}
		used[u.id] = true
	}
	var unused []string
	for id := range ids {
		if used[id] {
			continue
		}
		covered := false
		for _, p := range prefixes {
			if strings.HasPrefix(id, p) {
				covered = true
				break
			}
		}
		if !covered {
			unused = append(unused, id)
		}
	}
	sort.Strings(unused)
	for _, id := range unused {
		t.Errorf("message %q is in the message files but no code uses it; remove it from every file in locales/", id)
	}
}
