package catalogue_test

import (
	"io/fs"
	"sync"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/tools/bench/synth"
	"github.com/eis-project/eis/practices"
)

// benchSizes are the synthetic catalogue sizes the benchmarks run at; the
// 10k one is left out with -short (it takes seconds per run).
var benchSizes = []struct {
	name string
	n    int
}{{"1k", 1000}, {"10k", 10000}}

var synthCache sync.Map // practices → synth.Files

// synthetic returns a catalogue of n practices cloned from the embedded one
// (generated once per size, outside the timed loop), in memory.
func synthetic(b *testing.B, n int) (fs.FS, int64) {
	b.Helper()
	if v, ok := synthCache.Load(n); ok {
		f := v.(synth.Files)
		return f.FS(), f.Size()
	}
	f, err := synth.Generate(practices.FS(), synth.Options{Practices: n})
	if err != nil {
		b.Fatal(err)
	}
	synthCache.Store(n, f)
	return f.FS(), f.Size()
}

// eachSize runs fn as a sub-benchmark per synthetic size.
func eachSize(b *testing.B, fn func(b *testing.B, fsys fs.FS)) {
	for _, s := range benchSizes {
		b.Run(s.name, func(b *testing.B) {
			if s.n > 1000 && testing.Short() {
				b.Skip("large catalogue skipped with -short")
			}
			fsys, size := synthetic(b, s.n)
			b.SetBytes(size)
			b.ReportAllocs()
			fn(b, fsys)
		})
	}
}

// BenchmarkParse reads and decodes a large catalogue folder (YAML, structure
// and positions), without the semantic checks.
func BenchmarkParse(b *testing.B) {
	eachSize(b, func(b *testing.B, fsys fs.FS) {
		for b.Loop() {
			if _, _, err := catalogue.Parse(fsys); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkCheck runs the semantic checks (references, cycles, URLs, dates,
// translations) on a parsed large catalogue.
func BenchmarkCheck(b *testing.B) {
	now := time.Now()
	eachSize(b, func(b *testing.B, fsys fs.FS) {
		c, diags, err := catalogue.Parse(fsys)
		if err != nil || diags.HasErrors() {
			b.Fatalf("parse: %v %v", err, diags)
		}
		for b.Loop() {
			if ds := catalogue.Check(c, now); ds.HasErrors() {
				b.Fatal(ds)
			}
		}
	})
}

// BenchmarkValidate is `eis validate DIR` without the output: a whole
// catalogue folder checked as the command does (diagnostics only, file by
// file).
func BenchmarkValidate(b *testing.B) {
	now := time.Now()
	eachSize(b, func(b *testing.B, fsys fs.FS) {
		for b.Loop() {
			_, diags, _, err := catalogue.OpenWith(practices.FS(), catalogue.Options{User: fsys, UserRoot: "synth", Now: now, Validate: true, DiagnosticsOnly: true})
			if err != nil || diags.HasErrors() {
				b.Fatalf("%v %v", err, diags)
			}
		}
	})
}

// BenchmarkOpen is a whole catalogue folder loaded and checked for a
// command that uses it (eis plan --catalogue DIR): in memory, in full.
func BenchmarkOpen(b *testing.B) {
	now := time.Now()
	eachSize(b, func(b *testing.B, fsys fs.FS) {
		for b.Loop() {
			c, diags, _, err := catalogue.OpenWith(practices.FS(), catalogue.Options{User: fsys, UserRoot: "synth", Now: now, Validate: true})
			if err != nil || c == nil {
				b.Fatalf("%v %v", err, diags)
			}
		}
	})
}
