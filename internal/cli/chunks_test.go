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

// TestChunksAvailableBuffer: what is appended to AvailableBuffer's slice
// and written stays in place (no copy), in order with plain writes, and a
// slice that grew elsewhere is copied.
func TestChunksAvailableBuffer(t *testing.T) {
	var c chunks
	var want []byte
	for i, n := range []int{10, chunkSize / 2, chunkSize / 3, 7, chunkSize / 3, chunkSize + 5, 3} {
		p := bytes.Repeat([]byte{byte('a' + i)}, n)
		if i%2 == 0 {
			if _, err := c.Write(p); err != nil {
				t.Fatal(err)
			}
			want = append(want, p...)
			continue
		}
		b := c.AvailableBuffer(20 << 10)
		if len(b) != 0 || cap(b) < min(20<<10, chunkSize) {
			t.Fatalf("AvailableBuffer(20 KB) = len %d cap %d", len(b), cap(b))
		}
		grew := n > cap(b)
		b = append(b, p...)
		if _, err := c.Write(b); err != nil {
			t.Fatal(err)
		}
		if !grew && &c.last[len(c.last)-len(b)] != &b[0] {
			t.Errorf("write %d: %d bytes appended to the available buffer were copied", i, n)
		}
		want = append(want, p...)
	}
	var got bytes.Buffer
	if err := c.writeTo(&got); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) || !bytes.Equal(c.bytes(), want) {
		t.Errorf("writeTo %d bytes, bytes %d, want %d alike", got.Len(), len(c.bytes()), len(want))
	}
}
