package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// buildFlags build every binary as releases are built (.goreleaser.yaml).
var buildFlags = []string{"-trimpath", "-ldflags=-s -w"}

// eisBuildFlags build eis as releases are built: buildFlags, and the
// version, commit and date a release sets (here "bench"), so that eis
// version reads no Go build info, as a release's does not (cli.BuildInfo).
var eisBuildFlags = []string{"-trimpath", "-ldflags=-s -w" +
	" -X github.com/eis-project/eis/internal/cli.version=bench" +
	" -X github.com/eis-project/eis/internal/cli.commit=bench" +
	" -X github.com/eis-project/eis/internal/cli.date=bench"}

// goCmd runs the go command in dir and returns its stdout; a failure
// carries its stderr.
func goCmd(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go %s (in %s): %v\n%s", strings.Join(args, " "), dir, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// moduleRoot is the folder of the main module's go.mod.
func moduleRoot(ctx context.Context) (string, error) {
	out, err := goCmd(ctx, "", "env", "GOMOD")
	if err != nil {
		return "", err
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("not inside the eis module: run it from the repository, e.g. go run ./internal/tools/bench")
	}
	return filepath.Dir(mod), nil
}

// listedPackage is what go list -json says about one package.
type listedPackage struct {
	ImportPath string
	Standard   bool
	Module     *struct {
		Path string
		Main bool
	}
	Imports []string
}

// floorImports lists the packages of other modules that the main module's
// packages in the build of pkg import directly (tests excluded), sorted.
func floorImports(ctx context.Context, root, pkg string) ([]string, error) {
	out, err := goCmd(ctx, root, "list", "-deps", "-json=ImportPath,Standard,Module,Imports", pkg)
	if err != nil {
		return nil, err
	}
	all := map[string]listedPackage{}
	var own []listedPackage
	dec := json.NewDecoder(bytes.NewReader(out))
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			return nil, fmt.Errorf("go list: %w", err)
		}
		all[p.ImportPath] = p
		if p.Module != nil && p.Module.Main {
			own = append(own, p)
		}
	}
	var imports []string
	for _, p := range own {
		for _, imp := range p.Imports {
			dep, ok := all[imp]
			if !ok || dep.Standard || (dep.Module != nil && dep.Module.Main) || slices.Contains(imports, imp) {
				continue
			}
			imports = append(imports, imp)
		}
	}
	if len(imports) == 0 {
		return nil, fmt.Errorf("go list found no third-party imports in %s", pkg)
	}
	slices.Sort(imports)
	return imports, nil
}

// floorSource is a main package that imports pkgs and does nothing.
func floorSource(pkgs []string) []byte {
	var b bytes.Buffer
	b.WriteString("// Command floor imports the third-party packages eis imports and does nothing:\n" +
		"// what any program with eis's dependencies costs to start.\npackage main\n\nimport (\n")
	for _, p := range pkgs {
		fmt.Fprintf(&b, "\t_ %q\n", p)
	}
	b.WriteString(")\n\nfunc main() {}\n")
	return b.Bytes()
}

// selectSource is a main package that shows q as one huh Select, in
// English, and prints the choice.
func selectSource(q *catalogue.Question) []byte {
	var b bytes.Buffer
	b.WriteString("// Command select shows one huh Select: eis's first question, on its own.\npackage main\n\n" +
		"import (\n\t\"fmt\"\n\t\"os\"\n\n\t\"charm.land/huh/v2\"\n)\n\nfunc main() {\n\tvar v string\n")
	fmt.Fprintf(&b, "\terr := huh.NewSelect[string]().\n\t\tTitle(%q).\n\t\tDescription(%q).\n\t\tOptions(\n",
		i18n.English.Pick(q.Text), i18n.English.Pick(q.Help))
	for _, o := range q.Options {
		fmt.Fprintf(&b, "\t\t\thuh.NewOption(%q, %q),\n", i18n.English.Pick(o.Label), o.ID)
	}
	b.WriteString("\t\t).\n\t\tValue(&v).\n\t\tRun()\n\tif err != nil {\n\t\tfmt.Fprintln(os.Stderr, err)\n\t\tos.Exit(1)\n\t}\n\tfmt.Println(v)\n}\n")
	return b.Bytes()
}

// buildHelpers builds the deps floor and the select program in a module of
// their own under work, with the main module's requirements (its go.mod
// and go.sum, renamed), so they link the same versions as eis.
func buildHelpers(ctx context.Context, root, work string, floorPkgs []string, first *catalogue.Question) (floor, sel string, err error) {
	mod := filepath.Join(work, "mod")
	for _, name := range []string{"go.mod", "go.sum"} {
		data, err := os.ReadFile(filepath.Join(root, name))
		if err != nil {
			return "", "", err
		}
		if err := writeFile(filepath.Join(mod, name), data); err != nil {
			return "", "", err
		}
	}
	if _, err := goCmd(ctx, mod, "mod", "edit", "-module=eisbench.invalid/helpers"); err != nil {
		return "", "", err
	}
	if err := writeFile(filepath.Join(mod, "floor", "main.go"), floorSource(floorPkgs)); err != nil {
		return "", "", err
	}
	floor = filepath.Join(work, "bin", "floor")
	if _, err := goCmd(ctx, mod, append(append([]string{"build"}, buildFlags...), "-o", floor, "./floor")...); err != nil {
		return "", "", err
	}
	if err := settle(floor); err != nil {
		return "", "", err
	}
	if first == nil {
		return floor, "", nil
	}
	if err := writeFile(filepath.Join(mod, "select", "main.go"), selectSource(first)); err != nil {
		return "", "", err
	}
	sel = filepath.Join(work, "bin", "select")
	if _, err := goCmd(ctx, mod, append(append([]string{"build"}, buildFlags...), "-o", sel, "./select")...); err != nil {
		return "", "", err
	}
	if err := settle(sel); err != nil {
		return "", "", err
	}
	return floor, sel, nil
}

// settle rewrites the program at name 4 KB at a time into a new file
// renamed over it, so that every program measured is held in the page
// cache in the same state: in 4 KB pages, as a program installed with go
// install is, or one read back from disk (x86-64, Linux 6.18). How a
// file was written decides it, and start-up depends on it, eis's more
// than the floor's: the faults at start-up map the pages of a large
// folio several at a time. The Go linker writes through a shared mapping,
// which leaves the floor wholly in 4 KB pages and eis partly (22 % and
// 35 % of its pages were in large folios in two builds), so two builds
// of eis two lines apart measured 1.31x and 1.41x the floor as linked;
// the same eis and floor each written in one write(2) (2 MB folios)
// measure 1.16x, copied with cat (64 KB) 1.24x, in 4 KB pages 1.37x. See
// README.md, Performance.
func settle(name string) error { return settleTo(name, name) }

// settleTo writes the program at src to dst as settle does (src and dst
// may be the same file): 4 KB at a time into a new file renamed to dst.
func settleTo(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	tmp := dst + ".settle"
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	for len(data) > 0 && err == nil {
		n := min(len(data), 4096)
		_, err = f.Write(data[:n])
		data = data[n:]
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, dst)
}

// settledCopies returns the settled program at name and k-1 copies of it
// written beside it as settle writes (name.2 … name.k): the same bytes in
// other pages of memory. Two copies of one binary, written the same way,
// start at different speeds — eis version measured 1.23–1.31x the floor
// over four copies of each, the floor's copies within 3 % of each other
// (x86-64 VM, Linux 6.18, 2026-12-03): where a file's pages land is luck
// that stays with the file. Measuring over several copies in turn (see
// turns) spreads that luck over the runs instead of fixing one copy's on
// a whole round.
func settledCopies(name string, k int) ([]string, error) {
	paths := []string{name}
	for i := 2; i <= k; i++ {
		p := name + "." + strconv.Itoa(i)
		if err := settleTo(name, p); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// turns returns a function that gives the paths one after the other, from
// the first again after the last.
func turns(paths []string) func() string {
	i := 0
	return func() string {
		p := paths[i%len(paths)]
		i++
		return p
	}
}

// writeFile writes data to name, creating its folder.
func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, data, 0o644)
}
