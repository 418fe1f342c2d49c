// Command shotcheck fails when a screenshot is an empty page: fewer than
// -min (default 2 %) of its pixels differ from its top-left pixel (the
// page's background). .ci/html-render runs it on the PNG screenshots
// headless Chromium takes of every golden HTML report.
//
//	go run ./internal/tools/shotcheck shot1.png shot2.png
package main

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
)

func main() {
	min := flag.Float64("min", 0.02, "smallest share of pixels that must differ from the background")
	flag.Parse()
	code := 0
	for _, path := range flag.Args() {
		share, err := inked(path)
		switch {
		case err != nil:
			fmt.Fprintf(os.Stderr, "shotcheck: %s: %v\n", path, err)
			code = 1
		case share < *min:
			fmt.Fprintf(os.Stderr, "shotcheck: %s: an empty page (%.2f %% of the pixels drawn)\n", path, share*100)
			code = 1
		default:
			fmt.Printf("%s: %.1f %% of the pixels drawn\n", path, share*100)
		}
	}
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: shotcheck FILE.png...")
		code = 2
	}
	os.Exit(code)
}

// inked is the share of pixels of the PNG at path that differ from its
// top-left pixel.
func inked(path string) (float64, error) {
	fh, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer fh.Close()
	img, err := png.Decode(fh)
	if err != nil {
		return 0, err
	}
	return inkedShare(img), nil
}

func inkedShare(img image.Image) float64 {
	b := img.Bounds()
	if b.Empty() {
		return 0
	}
	br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
	diff := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r != br || g != bg || bl != bb {
				diff++
			}
		}
	}
	return float64(diff) / float64(b.Dx()*b.Dy())
}
