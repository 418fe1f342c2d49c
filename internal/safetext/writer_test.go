package safetext

import (
	"testing"
	"unicode/utf8"
)

// TestSafeRun: safeRun stops where Unsafe, or a byte outside ASCII, does.
func TestSafeRun(t *testing.T) {
	t.Parallel()
	for c := 0; c < 256; c++ {
		data := []byte{'a', byte(c), 'b'}
		want := 1
		if c < utf8.RuneSelf && !Unsafe(rune(c)) {
			want = 3
		}
		if got := safeRun(data, 0); got != want {
			t.Errorf("byte %#x: safeRun = %d, want %d", c, got, want)
		}
	}
}
