package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/tools/bench/synth"
	"github.com/eis-project/eis/practices"
)

// BenchmarkBuildLarge builds a plan against a catalogue of 10,000 practices
// (a large --catalogue folder): matching, ranking and scheduling must stay
// linear in the number of practices. BenchmarkBuild covers the embedded one.
func BenchmarkBuildLarge(b *testing.B) {
	if testing.Short() {
		b.Skip("large catalogue skipped with -short")
	}
	files, err := synth.Generate(practices.FS(), synth.Options{Practices: 10000})
	if err != nil {
		b.Fatal(err)
	}
	cat, diags, err := catalogue.Load(files.FS())
	if err != nil || cat == nil {
		b.Fatalf("synthetic catalogue: %v %v", err, diags)
	}
	f := answersAt(cat, "occasional", 1)
	opts := BuildOptions{Now: f.Updated}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(cat, f, opts); err != nil {
			b.Fatal(err)
		}
	}
}
