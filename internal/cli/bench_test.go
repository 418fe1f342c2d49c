package cli

import (
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/internal/tools/bench/synth"
	"github.com/eis-project/eis/practices"
)

// runBench runs eis with args in-process on each iteration, as the binary
// does (a new factory and command tree each time, the real clock, as the
// catalogue is checked against today), with no config file and no
// environment, and fails on any exit code but 0.
func runBench(b *testing.B, args ...string) {
	b.Helper()
	b.Setenv("XDG_CONFIG_HOME", b.TempDir())
	b.Setenv("EIS_CONFIG", "")
	b.ReportAllocs()
	for b.Loop() {
		ios, _, out, errOut := iostreams.Test()
		f := &Factory{IOStreams: ios, Embedded: practices.FS(), Now: time.Now, Getenv: func(string) string { return "" }}
		if code := Run(f, args); code != ExitOK {
			b.Fatalf("eis %v: exit %d:\n%.2000s\n%.2000s", args, code, errOut, out)
		}
	}
}

// BenchmarkRunVersion is `eis version` without the process start: building
// the command tree, reading the config, printing.
func BenchmarkRunVersion(b *testing.B) { runBench(b, "version") }

// BenchmarkRunPlanJSON is `eis plan --answers F --format json` with the
// embedded catalogue: load, answers check, plan build, JSON rendering.
func BenchmarkRunPlanJSON(b *testing.B) {
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		b.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	path := filepath.Join(b.TempDir(), "answers.yaml")
	if err := answers.Save(path, firm.Answers(cat, "en", time.Now())); err != nil {
		b.Fatal(err)
	}
	runBench(b, "plan", "--answers", path, "--format", "json")
}

// BenchmarkRunValidate is `eis validate DIR` on a folder of 1,000 and (not
// with -short) 10,000 practices on disk.
func BenchmarkRunValidate(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("large catalogue skipped with -short")
			}
			files, err := synth.Generate(practices.FS(), synth.Options{Practices: n})
			if err != nil {
				b.Fatal(err)
			}
			dir := b.TempDir()
			if err := files.Write(dir); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(files.Size())
			runBench(b, "validate", dir)
		})
	}
}
