// Command catcompile writes a catalogue folder as Go values (see
// internal/catalogue/gogen) in a Go file next to it; go generate ./practices
// runs it for the embedded catalogue:
//
//	go run ./internal/tools/catcompile [-o FILE] [DIR]
//
// DIR defaults to the current folder and FILE to catalogue_gen.go in it
// (package practices, variable embeddedValues). It refuses a catalogue
// with errors (run eis validate DIR to see them), so the binary never
// embeds one that the YAML would not load to.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/catalogue/gogen"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
)

// GeneratedBy names the command in the file it writes.
const GeneratedBy = "go run ./internal/tools/catcompile (go generate ./practices)"

func main() {
	out := flag.String("o", "", "the Go file (default DIR/catalogue_gen.go)")
	flag.Parse()
	dir := "."
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	if *out == "" {
		*out = filepath.Join(dir, "catalogue_gen.go")
	}
	if err := compile(dir, *out); err != nil {
		fmt.Fprintln(os.Stderr, "catcompile:", err)
		os.Exit(1)
	}
}

func compile(dir, out string) error {
	c, diags, err := catalogue.Parse(os.DirFS(dir))
	if err != nil {
		return err
	}
	// The binary makes only the checks that depend on the day (see
	// catalogue.Options.NoPositions): the others must pass now.
	diags = append(diags, catalogue.Check(c, time.Now())...)
	if diags.HasErrors() {
		for _, d := range diags {
			fmt.Fprintln(os.Stderr, i18n.English.Diagnostic(d))
		}
		return fmt.Errorf("%s has errors; run eis validate %s", dir, dir)
	}
	return fsutil.WriteFileAtomic(out, gogen.Source(c, "practices", "embeddedValues", GeneratedBy), 0o644)
}
