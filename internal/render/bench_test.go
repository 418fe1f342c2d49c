package render

import (
	"io"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// BenchmarkPlan measures each plan format on the rich fixture; a plan is
// rendered once per command, so this guards against accidental blow-ups
// (e.g. quadratic wrapping) rather than chasing microseconds.
func BenchmarkPlan(b *testing.B) {
	p := richPlan("da")
	for _, format := range PlanFormats {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				if err := Plan(io.Discard, p, format, Options{Locale: i18n.Get(p.Language), Width: 80}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWrapLong wraps a long paragraph, as a catalogue description can be.
func BenchmarkWrapLong(b *testing.B) {
	var s string
	for range 200 {
		s += "Selling abroad takes a year or more of steady effort. "
	}
	for b.Loop() {
		wrap(s, 80, "  ", "  ")
	}
}
