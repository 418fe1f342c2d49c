package main

import (
	"image"
	"image/color"
	"testing"

	_ "github.com/eis-project/eis/internal/testutil"
)

func TestInkedShare(t *testing.T) {
	t.Parallel()
	img := image.NewRGBA(image.Rect(0, 0, 100, 100))
	for y := range 100 {
		for x := range 100 {
			img.Set(x, y, color.White)
		}
	}
	if s := inkedShare(img); s != 0 {
		t.Errorf("a white page: %v drawn, want 0", s)
	}
	for x := range 100 {
		for y := 10; y < 15; y++ {
			img.Set(x, y, color.Black)
		}
	}
	if s := inkedShare(img); s != 0.05 {
		t.Errorf("five black lines: %v drawn, want 0.05", s)
	}
}
