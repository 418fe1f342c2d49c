package safetext

import (
	"bytes"
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

// TestSafeRunWords: safeRun, eight bytes at a time, ends where a byte at a
// time would — every byte value at every place of a word, alone and after
// or before other unsafe bytes, in data of every length around a word's.
func TestSafeRunWords(t *testing.T) {
	slow := func(data []byte, i int) int {
		for ; i < len(data); i++ {
			if c := data[i]; (c < 0x20 || c >= 0x7F) && c != '\t' && c != '\n' {
				return i
			}
		}
		return i
	}
	for n := 0; n <= 19; n++ {
		for at := 0; at < n; at++ {
			for b := 0; b < 256; b++ {
				for _, fill := range []byte{'a', ' ', '~', '\n', 0x1F, 0x7F, 0x80} {
					data := bytes.Repeat([]byte{'x'}, n)
					data[at] = byte(b)
					if at+1 < n {
						data[at+1] = fill
					}
					if at > 0 {
						data[at-1] = fill
					}
					for from := range min(n, 3) {
						if got, want := safeRun(data, from), slow(data, from); got != want {
							t.Fatalf("safeRun(%q, %d) = %d, want %d", data, from, got, want)
						}
					}
				}
			}
		}
	}
}
