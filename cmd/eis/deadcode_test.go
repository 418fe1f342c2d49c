package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDeadcode builds eis and reads its symbols (go tool nm), as cobra's
// own TestDeadcodeElimination does: reflect.Value.MethodByName and
// reflect.Value.Method must not be linked. Where either is reachable (a
// text/template or html/template executed, say: their evalField looks
// methods up by name), the linker keeps every exported method of every
// type converted to an interface: 1.2 MB of eis's 6.6 MB of code (issue
// 14: start-up grows with the binary). Nor may a method of
// net/http, crypto/tls, text/template or html/template be linked: what is
// left of them is the init functions of packages eis's dependencies import
// (afero imports net/http; cobra text/template; cast html/template).
func TestDeadcode(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	exe := filepath.Join(t.TempDir(), "eis")
	if out, err := exec.Command(goTool, "build", "-o", exe, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(goTool, "tool", "nm", exe).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	funcs, methods := 0, map[string]int{}
	for line := range strings.Lines(string(out)) {
		f := strings.Fields(line)
		if len(f) < 3 || (f[len(f)-2] != "T" && f[len(f)-2] != "t") {
			continue
		}
		funcs++
		sym := f[len(f)-1]
		switch sym {
		case "reflect.Value.MethodByName", "reflect.Value.Method":
			t.Errorf("eis links %s: the linker keeps every exported method (what calls it: go build -ldflags=-dumpdep ./cmd/eis 2>&1 | grep -B1 %s)", sym, sym)
		}
		for _, pkg := range []string{"net/http", "crypto/tls", "text/template", "html/template"} {
			// A method is pkg.T.M or pkg.(*T).M.
			if rest, ok := strings.CutPrefix(sym, pkg+"."); ok && isMethod(rest) {
				methods[pkg]++
				if methods[pkg] <= 3 {
					t.Errorf("eis links %s", sym)
				}
			}
		}
	}
	if funcs < 5000 {
		t.Fatalf("go tool nm listed %d functions: not eis's symbols", funcs)
	}
	for pkg, n := range methods {
		t.Errorf("eis links %d methods of %s: what uses it?", n, pkg)
	}
}

// isMethod reports whether a symbol's name after its package's names a
// method: (*T).M or T.M, not a function, its closures (f.func1) or an init.
func isMethod(name string) bool {
	if strings.HasPrefix(name, "(*") {
		return true
	}
	first, rest, ok := strings.Cut(name, ".")
	return ok && first != "init" && !strings.Contains(first, "[") &&
		!strings.HasPrefix(rest, "func") && !strings.HasPrefix(rest, "gowrap")
}
