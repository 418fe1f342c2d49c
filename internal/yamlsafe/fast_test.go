package yamlsafe

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// sameTree says where two trees differ in what a reader of eis's files
// sees: kind, style, tag, value, line, column, anchor and children (not
// comments). "" when they do not.
func sameTree(fast, slow *yaml.Node, path string) string {
	if fast.Kind != slow.Kind || fast.Style != slow.Style || fast.Tag != slow.Tag || fast.Value != slow.Value ||
		fast.Line != slow.Line || fast.Column != slow.Column || fast.Anchor != slow.Anchor || (fast.Alias == nil) != (slow.Alias == nil) ||
		len(fast.Content) != len(slow.Content) {
		return fmt.Sprintf("%s: fast {kind %v style %v tag %q value %q at %d:%d, %d children}, yaml.v3 {kind %v style %v tag %q value %q at %d:%d, %d children}",
			path, fast.Kind, fast.Style, fast.Tag, fast.Value, fast.Line, fast.Column, len(fast.Content),
			slow.Kind, slow.Style, slow.Tag, slow.Value, slow.Line, slow.Column, len(slow.Content))
	}
	for i := range fast.Content {
		if d := sameTree(fast.Content[i], slow.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// checkFast holds the fast path to yaml.v3 on data: when it reads data,
// yaml.v3 reads one document to the same tree. It reports whether the fast
// path read it.
func checkFast(t *testing.T, name string, data []byte) bool {
	t.Helper()
	if _, bad := scanEncoding(data); bad {
		return false // Parse refuses it before either parser runs
	}
	fast, _, ok := fastParse(data, nil)
	if !ok {
		return false
	}
	first, second, err := decode(data)
	switch {
	case err != nil:
		t.Errorf("%s: the fast path read what yaml.v3 refuses (%v):\n%s", name, err, data)
	case second != nil:
		t.Errorf("%s: the fast path read one document of several:\n%s", name, data)
	case first == nil || len(first.Content) == 0:
		t.Errorf("%s: the fast path read an empty document:\n%s", name, data)
	default:
		if d := sameTree(fast, first.Content[0], ""); d != "" {
			t.Errorf("%s: %s\n%s", name, d, data)
		}
	}
	return true
}

// corpus is every YAML file of eis's catalogue, test fixtures and answers
// files, and each of them as yaml.v3 writes it again (the synthetic
// catalogues of the benchmarks are written so).
func corpus(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, root := range []string{"../../practices", "../catalogue/testdata", "../answers/testdata", "testdata"} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
				return err
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			files[p] = data
			var n yaml.Node
			if yaml.Unmarshal(data, &n) == nil && len(n.Content) > 0 {
				var buf bytes.Buffer
				enc := yaml.NewEncoder(&buf)
				enc.SetIndent(2)
				if enc.Encode(&n) == nil && enc.Close() == nil {
					files[p+" (re-encoded)"] = buf.Bytes()
				}
			}
			return nil
		})
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	if len(files) < 50 {
		t.Fatalf("only %d YAML files found", len(files))
	}
	return files
}

// TestFastPathCorpus: on every catalogue and answers file, and on hundreds
// of mutations of each (lines dropped, doubled, indented or dedented,
// YAML's special characters put in), the fast path's tree is yaml.v3's
// whenever it reads the input; and it does read the real catalogue.
func TestFastPathCorpus(t *testing.T) {
	t.Parallel()
	files := corpus(t)
	rng := rand.New(rand.NewPCG(14, 2026))
	special := []string{" ", ":", ": ", "-", "- ", "#", " #", "\"", "'", "[", "]", "{", "}", ",", "|", ">", "\n", "x", "\\", "&", "*", "!", "?", "  ", "\n  ", "é", "''", "\\n", "\\u00e9", "\\x", "|-", ">+", "  -", "%", "---", "..."}
	names := make([]string, 0, len(files))
	for name, data := range files {
		names = append(names, name)
		if strings.Contains(name, "practices/regions") && !strings.Contains(name, "re-encoded") {
			if _, _, ok := fastParse(data, nil); !ok {
				t.Errorf("%s: the fast path gives up on a real catalogue file", name)
			}
		}
		checkFast(t, name, data)
	}
	slices.Sort(names)
	// A Parser that reads one file after another builds each tree as a
	// fresh parse does, with nothing left of the one before.
	var shared Parser
	for _, name := range names {
		got, gp := shared.Parse(files[name], Limits{})
		want, wp := Parse(files[name], Limits{})
		switch {
		case (got == nil) != (want == nil) || len(gp) != len(wp):
			t.Errorf("%s: a reused Parser gives %v %v, a fresh one %v %v", name, got != nil, gp, want != nil, wp)
		case got != nil:
			if d := sameTree(got, want, ""); d != "" {
				t.Errorf("%s: a reused Parser: %s", name, d)
			}
		}
	}
	// A fixed budget of mutations over the files, small files more often
	// (yaml.v3 is slow on the large ones); go test -fuzz FuzzFastPath runs
	// as many as it is given time for.
	read, tried := 0, 0
	for tried < 4000 {
		name := names[rng.IntN(len(names))]
		data := files[name]
		if len(data) > 8<<10 && rng.IntN(8) > 0 {
			continue
		}
		lines := bytes.SplitAfter(data, []byte("\n"))
		var m []byte
		switch rng.IntN(6) {
		case 0: // a line dropped
			i := rng.IntN(len(lines))
			m = bytes.Join(append(append([][]byte{}, lines[:i]...), lines[i+1:]...), nil)
		case 1: // a line doubled
			i := rng.IntN(len(lines))
			m = bytes.Join(append(append(append([][]byte{}, lines[:i+1]...), lines[i]), lines[i+1:]...), nil)
		case 2: // a line indented or dedented
			i := rng.IntN(len(lines))
			l := lines[i]
			if rng.IntN(2) == 0 {
				l = append([]byte(strings.Repeat(" ", 1+rng.IntN(3))), l...)
			} else {
				l = bytes.TrimPrefix(l, []byte(strings.Repeat(" ", 1+rng.IntN(3))))
			}
			m = bytes.Join(append(append(append([][]byte{}, lines[:i]...), l), lines[i+1:]...), nil)
		case 3, 4: // a special character put in
			i := rng.IntN(len(data) + 1)
			m = append(append(append([]byte{}, data[:i]...), special[rng.IntN(len(special))]...), data[i:]...)
		case 5: // cut short
			m = data[:rng.IntN(len(data)+1)]
		}
		tried++
		if checkFast(t, name+" (mutated)", m) {
			read++
		}
	}
	t.Logf("the fast path read %d of %d mutations", read, tried)
	if read < tried/10 {
		t.Errorf("the fast path read only %d of %d mutations: it gives up too often to be tested by them", read, tried)
	}
}

// FuzzFastPath: whatever the fast path reads, yaml.v3 reads to the same
// tree. Seeded with every catalogue and answers file (go test -fuzz
// FuzzFastPath ./internal/yamlsafe).
func FuzzFastPath(f *testing.F) {
	for _, data := range corpus(f) {
		f.Add(data)
	}
	for _, s := range []string{
		"a: 1\n", "a:\n  - x\n  - y\n", "a: |\n  x\n\n  y\n", "a: >-\n  x\n   y\n  z\n", "a: [x, 'y', \"z\"]\n",
		"a: {b: c, d: [e]}\n", "a:\n- x\n- y: z\n  w: v\n", "a: \"\\u00e9\\x41\\n\"\n", "a: 'it''s'\n", "a: b # c\n",
		"k: >+\n\n  x\n\n", "k: |-\n   a\n  b\n", "- a\n- b\n", "a: x\n  y\n", "a: {b: c,\n  d: e}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkFast(t, "fuzz", data)
	})
}

// BenchmarkParseCatalogueFile parses the largest catalogue file, with the
// fast path (Parse) and with yaml.v3 alone.
func BenchmarkParseCatalogueFile(b *testing.B) {
	data, err := os.ReadFile("../../practices/regions/global.yaml")
	if err != nil {
		b.Fatal(err)
	}
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if n, ps := Parse(data, Limits{}); n == nil || len(ps) > 0 {
				b.Fatal(ps)
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := decode(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// plainToSlow is plainTo a byte at a time.
func plainToSlow(data []byte, start int) int {
	i := start
	for i < len(data) && data[i] != '\n' && data[i] < 0x80 {
		i++
	}
	return i
}

// TestPlainTo: plainTo, eight bytes at a time, stops where a byte at a
// time does — every byte value at every place of lines of every length
// around two words', from every start, before bytes that stop it too.
func TestPlainTo(t *testing.T) {
	for n := 0; n <= 25; n++ {
		for at := 0; at < n; at++ {
			for b := 0; b < 0x100; b++ {
				for _, fill := range []byte{'x', '\n', 0x09, 0x80, 0xFF} {
					data := bytes.Repeat([]byte{'x'}, n)
					data[at] = byte(b)
					for k := at + 1; k < n; k += 3 {
						data[k] = fill
					}
					for _, start := range []int{0, 1, at} {
						if start > n {
							continue
						}
						if got, want := plainTo(data, start), plainToSlow(data, start); got != want {
							t.Fatalf("plainTo(%q, %d) = %d, want %d", data, start, got, want)
						}
					}
				}
			}
		}
	}
}

// FuzzPlainTo holds plainTo to plainToSlow on any input.
func FuzzPlainTo(f *testing.F) {
	f.Add([]byte("key: value\nnext: é\n"), 0)
	f.Add([]byte("\x0b\x0a\x09\x7f\x80abcdefgh"), 2)
	f.Fuzz(func(t *testing.T, data []byte, start int) {
		if start < 0 || start > len(data) {
			return
		}
		if got, want := plainTo(data, start), plainToSlow(data, start); got != want {
			t.Fatalf("plainTo(%q, %d) = %d, want %d", data, start, got, want)
		}
	})
}
