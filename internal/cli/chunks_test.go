package cli

import (
	"bytes"
	"testing"
)

// TestChunks: what goes into chunks, in writes of any size (across chunk
// boundaries, empty ones, larger than a chunk), comes out whole and in
// order, by writeTo and by bytes.
func TestChunks(t *testing.T) {
	for _, sizes := range [][]int{{}, {0}, {5}, {chunkSize}, {chunkSize, 1}, {chunkSize - 1, 2, 0, chunkSize*2 + 3}, {20 << 10, 20 << 10, 20 << 10, 20 << 10, 7}} {
		var c chunks
		var want []byte
		for i, n := range sizes {
			p := bytes.Repeat([]byte{byte('a' + i)}, n)
			if k, err := c.Write(p); k != n || err != nil {
				t.Fatalf("%v: Write = %d, %v", sizes, k, err)
			}
			want = append(want, p...)
		}
		var got bytes.Buffer
		if err := c.writeTo(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) || !bytes.Equal(c.bytes(), want) {
			t.Errorf("%v: writeTo %d bytes, bytes %d, want %d alike", sizes, got.Len(), len(c.bytes()), len(want))
		}
	}
}
