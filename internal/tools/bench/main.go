// Command bench measures eis against the performance goals of issue 14 and
// prints them as a table: CPU time and peak memory of the real binary, each
// next to a baseline run on the same machine, alternately, so machine noise
// falls on both sides.
//
//	go run ./internal/tools/bench            # the full table (a few minutes)
//	go run ./internal/tools/bench -short     # every measurement once, 1k only: a breakage check for CI
//	go run ./internal/tools/bench -only startup -langs 6   # version and plan alone, with six catalogue languages
//
// It builds eis; a "deps floor" (a program that imports the same
// third-party packages as eis's non-test code, found with go list, and does
// nothing); and a program that shows one huh Select with eis's first
// profile question. It generates synthetic catalogues (practices cloned from
// the embedded catalogue, a hundred per file) and compares:
//
//   - eis version, and eis plan --answers F --format json (embedded
//     catalogue), with the deps floor;
//   - eis validate DIR with ajv-cli 5 and eis's own JSON Schema on the same
//     files (when npm is on PATH: ajv-cli@5 and ajv-formats are installed
//     into the temporary folder);
//   - the time until eis assess shows its first question in tmux with the
//     time the huh program needs (when tmux is on PATH);
//   - eis aggregate over 10,000 generated answers files (1,000 with
//     -short) with issue 11's goal: under 10 s and 200 MiB.
//
// CPU time (user + system) and peak RSS come from wait4's rusage of each
// child. Each figure is the median of paired runs, after one unmeasured
// run of each; a ratio is the median of the pairs' ratios. The runs of eis
// version and eis plan take four copies of eis and of the floor in turn
// (-copies; see settledCopies), over -rounds rounds that write them anew
// (the ratio is the median of the rounds', with their range):
//
//	go run ./internal/tools/bench -only startup -n 101 -rounds 6
//
// The exit code is 0 when everything could be measured, whether goals are
// met or not, 1 on an error (a build failed, eis failed, the synthetic
// catalogue did not validate), 2 for bad flags.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

// config is what the flags ask for.
type config struct {
	short     bool
	runs      int   // paired runs of the fast commands
	copies    int   // copies of eis and the floor the fast commands' runs take in turn
	rounds    int   // rounds of the fast commands' paired runs, each with the programs written anew
	valRuns   int   // paired runs of eis validate
	sizes     []int // synthetic catalogue sizes
	ajv, tty  bool
	keep      bool
	verbosity bool
	// only is the measurements to make (see measurements); all when empty.
	only map[string]bool
	// langs, when above the catalogue's own count of languages, builds eis
	// with a compiled catalogue that has texts in that many languages (see
	// simulateLanguages), to measure it as it will be.
	langs int
}

// measurements are the groups of measurements -only can pick.
var measurements = []string{"startup", "validate", "tty", "aggregate"}

// wants reports whether the measurement m is to be made.
func (c config) wants(m string) bool { return len(c.only) == 0 || c.only[m] }

func main() {
	if len(os.Args) == 2 && os.Args[1] == spawnerArg {
		os.Exit(spawnerMain(os.Stdin, os.Stdout))
	}
	os.Exit(benchMain(os.Args[1:]))
}

func benchMain(args []string) int {
	cfg, err := parseFlags(args, os.Stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// Before the runner grows (see spawner).
	if measurer, err = startSpawner(); err != nil {
		fmt.Fprintln(os.Stderr, "bench: the measuring helper:", err)
		return 1
	}
	defer measurer.close()
	b, err := newBench(ctx, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	defer b.close()
	rep, err := b.measure()
	rep.write(os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: go run ./internal/tools/bench [flags]\n\n"+
			"Measures eis against the goals of issue 14 (paired runs against baselines) and prints a table.\n\n")
		fs.PrintDefaults()
	}
	var cfg config
	var sizes string
	fs.BoolVar(&cfg.short, "short", false, "run every measurement once, with a 1k catalogue only (a breakage check)")
	fs.IntVar(&cfg.runs, "n", 15, "paired runs of eis version, eis plan and the first question")
	fs.IntVar(&cfg.copies, "copies", 4, "copies of eis and of the deps floor that the paired runs of eis version and eis plan take in turn, each written anew: one copy's start-up is off by up to 5 % for as long as the file stays in memory")
	fs.IntVar(&cfg.rounds, "rounds", 1, "rounds of the paired runs of eis version and eis plan, each with every copy written anew; the ratio is the median of the rounds' ratios, with their range")
	fs.IntVar(&cfg.valRuns, "n-validate", 3, "paired runs of eis validate (and ajv-cli) per catalogue size")
	fs.StringVar(&sizes, "sizes", "1000,10000,50000", "synthetic catalogue sizes in practices, comma-separated")
	fs.BoolVar(&cfg.ajv, "ajv", true, "compare eis validate with ajv-cli when npm is on PATH")
	fs.BoolVar(&cfg.tty, "tty", true, "measure the first question of eis assess when tmux is on PATH")
	fs.BoolVar(&cfg.keep, "keep", false, "keep the temporary folder (binaries, catalogues) and print its path")
	fs.BoolVar(&cfg.verbosity, "v", false, "print every run")
	only := fs.String("only", "", "comma-separated measurements to make, of "+strings.Join(measurements, ", ")+" (default all)")
	fs.IntVar(&cfg.langs, "langs", 0, "build eis with a compiled catalogue whose texts are in this many languages (the catalogue's own and copies of them as it, pt, pl, hr, …) to measure what more languages cost; 0: as it is")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if fs.NArg() > 0 {
		return cfg, fmt.Errorf("unexpected argument %q (see -h)", fs.Arg(0))
	}
	for _, s := range strings.Split(sizes, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.ToLower(s), "k"))
		if err == nil && strings.HasSuffix(strings.ToLower(s), "k") {
			n *= 1000
		}
		if err != nil || n < 1 {
			return cfg, fmt.Errorf("-sizes: %q is not a number of practices", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	for _, m := range strings.Split(*only, ",") {
		m = strings.TrimSpace(m)
		if m == "" {
			continue
		}
		if !slices.Contains(measurements, m) {
			return cfg, fmt.Errorf("-only: %q is not one of %s", m, strings.Join(measurements, ", "))
		}
		if cfg.only == nil {
			cfg.only = map[string]bool{}
		}
		cfg.only[m] = true
	}
	if cfg.langs < 0 || cfg.langs > len(extraLanguages)+8 {
		return cfg, fmt.Errorf("-langs: %d is not a number of languages to simulate", cfg.langs)
	}
	if cfg.runs < 1 || cfg.valRuns < 1 || cfg.copies < 1 || cfg.rounds < 1 {
		return cfg, errors.New("-n, -n-validate, -copies and -rounds must be at least 1")
	}
	if cfg.short {
		cfg.runs, cfg.valRuns, cfg.copies, cfg.rounds, cfg.sizes = 1, 1, 1, 1, []int{1000}
	}
	return cfg, nil
}
