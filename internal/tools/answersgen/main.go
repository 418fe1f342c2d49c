// Command answersgen writes a population of varied, made-up answers files
// (internal/tools/bench/firm.Varied) for trying and measuring eis
// aggregate:
//
//	go run ./internal/tools/answersgen -n 10000 -out /tmp/firms
//	eis aggregate /tmp/firms --region dk-central
//
// Each file answers the embedded catalogue's questionnaire as firm number
// i (the same -seed and i give the same file); every company, advisor and
// note in them is made up.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/eis-project/eis/internal/tools/bench/firm"
)

func main() {
	n := flag.Int("n", 1000, "how many files")
	out := flag.String("out", "", "folder to write them to (created)")
	seed := flag.Uint64("seed", 1, "first firm number")
	flag.Parse()
	if *out == "" || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: answersgen -n N -out DIR [-seed S]")
		os.Exit(2)
	}
	if err := firm.WriteVaried(*out, *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "answersgen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "%d answers files in %s\n", *n, *out)
}
