// Command catcompile writes the compiled form of a catalogue folder (see
// catalogue.Compile) next to it; go generate ./practices runs it for the
// embedded catalogue:
//
//	go run ./internal/tools/catcompile [-o FILE] [DIR]
//
// DIR defaults to the current folder and FILE to catalogue.compiled in it.
// It refuses a catalogue with errors (run eis validate DIR to see them), so
// the binary never embeds one that the YAML would not load to.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
)

func main() {
	out := flag.String("o", "", "the compiled file (default DIR/catalogue.compiled)")
	flag.Parse()
	dir := "."
	if flag.NArg() > 0 {
		dir = flag.Arg(0)
	}
	if *out == "" {
		*out = filepath.Join(dir, "catalogue.compiled")
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
	return fsutil.WriteFileAtomic(out, catalogue.Compile(c), 0o644)
}
