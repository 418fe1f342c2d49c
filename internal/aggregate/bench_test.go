package aggregate

import (
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/practices"
)

// BenchmarkAnalyse reads and analyses one varied answers file (of a
// hundred, in turn): the work eis aggregate does per file. Issue 11 asks
// for 10,000 files in under 10 s on two cores, i.e. under 2 ms of CPU
// per file with everything else; `go run ./internal/tools/bench -aggregate`
// measures the real command.
func BenchmarkAnalyse(b *testing.B) {
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		b.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	var files [][]byte
	for i := range 100 {
		data, err := answers.Marshal(firm.Varied(cat, "en", firm.Epoch, uint64(i)))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
	}
	agg := New(cat, Options{Now: firm.Epoch})
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		f, err := Analyse(cat, "firm.yaml", files[i%len(files)], firm.Epoch)
		if err != nil {
			b.Fatal(err)
		}
		agg.Add(f)
		i++
	}
}
