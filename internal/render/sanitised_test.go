package render

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/safetext"
)

// TestEveryRendererIsSanitised: every exported function of this package
// that writes to an io.Writer named w writes through the output
// sanitiser (o.writer, or a renderer that does), so a renderer added
// later cannot let a file's escape sequences through to a --output file.
func TestEveryRendererIsSanitised(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	exported := map[string]bool{}
	type fn struct {
		name, file string
		body       *ast.BlockStmt
	}
	var fns []fn
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range af.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || !fd.Name.IsExported() || fd.Type.Params == nil || len(fd.Type.Params.List) == 0 {
				continue
			}
			p := fd.Type.Params.List[0]
			if sel, ok := p.Type.(*ast.SelectorExpr); ok && sel.Sel.Name == "Writer" && len(p.Names) > 0 && p.Names[0].Name == "w" {
				exported[fd.Name.Name] = true
				fns = append(fns, fn{fd.Name.Name, f, fd.Body})
			}
		}
	}
	for _, f := range fns {
		ok := false
		ast.Inspect(f.body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				ok = ok || x.Sel.Name == "writer"
			case *ast.CallExpr:
				// Handing w to another renderer that is checked here.
				if id, isID := x.Fun.(*ast.Ident); isID && exported[id.Name] && len(x.Args) > 0 {
					if a, isW := x.Args[0].(*ast.Ident); isW && a.Name == "w" {
						ok = true
					}
				}
			}
			return true
		})
		if !ok {
			t.Errorf("%s: %s writes to w without the output sanitiser; start it with w = o.writer(w, format)", f.file, f.name)
		}
	}
	if len(fns) < 5 {
		t.Fatalf("found %d renderers: the test looks in the wrong place", len(fns))
	}
}

// TestJSONSanitisedOnce: a JSON renderer handed a JSON sanitiser already
// (Plan hands PlanJSON one) writes through it, not through a second one
// that would scan every byte again and change none.
func TestJSONSanitisedOnce(t *testing.T) {
	t.Parallel()
	jw := safetext.NewJSONWriter(io.Discard)
	if w := (Options{}).writer(jw, FormatJSON); w != io.Writer(jw) {
		t.Errorf("the JSON sanitiser was wrapped again: %T", w)
	}
	if w := (Options{}).writer(io.Discard, FormatJSON); w == io.Discard {
		t.Error("JSON to a plain writer is not sanitised")
	}
}
