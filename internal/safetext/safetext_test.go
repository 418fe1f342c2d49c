package safetext

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// payload holds what issue 13 found reaching the terminal: OSC 52 (writes
// the clipboard), a screen clear, BEL, CR, a C1 CSI, DEL, and bidi controls.
const payload = "a\x1b]52;c;SGVsbG8=\a b\x1b[2J c\rd\u009b31m e\x7f f\u202egnp.exe\u2066g\u200fh\n\ti"

func TestClean(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain text\nwith\ttabs", "plain text\nwith\ttabs"},
		{payload, "a]52;c;SGVsbG8= b[2J cd31m e fgnp.exegh\n\ti"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"", ""},
		{"Ærø – “ok” 😀", "Ærø – “ok” 😀"},
	}
	for _, tt := range tests {
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLine(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"practices/a.yaml", "practices/a.yaml"},
		{"a\n::stop-commands::x.yaml", `a\n::stop-commands::x.yaml`},
		{"x\x1b]52;c;AA\a.yaml", `x\x1b]52;c;AA\x07.yaml`},
		{"tab\there\r", `tab\there\r`},
		{"rtl\u202efdp.yaml", `rtl\u202efdp.yaml`},
		{"c1\u0085", `c1\u0085`},
		{"bad\xffbyte", `bad\xffbyte`},
		{"Ærø", "Ærø"},
		// GitHub's runner reads "##[command]" anywhere in a line.
		{"##[stop-commands]tok", `##\x5bstop-commands]tok`},
		{"key ##[add-mask]x and ##[error]y", `key ##\x5badd-mask]x and ##\x5berror]y`},
		{"###[x", `###\x5bx`},
		{"#[x] ## [y] #x#[z]", "#[x] ## [y] #x#[z]"},
		// The Azure Pipelines agent reads "##vso[area.action]" anywhere.
		{"##vso[task.setvariable variable=PATH]/tmp/x", `##vso\x5btask.setvariable variable=PATH]/tmp/x`},
		{"a.yaml: ##vso[task.complete result=Failed]", `a.yaml: ##vso\x5btask.complete result=Failed]`},
		{"##VSO[task.logissue]x ##VsO[y", `##VSO\x5btask.logissue]x ##VsO\x5by`},
		{"###vso[x", `###vso\x5bx`},
		{"#vso[x] ##vs[x] ##vsox[x] vso[x] ## vso[x]", "#vso[x] ##vs[x] ##vsox[x] vso[x] ## vso[x]"},
		{"##vso\n[x", `##vso\n[x`},
		{"##vso\x07[x", `##vso\x07[x`},
	}
	for _, tt := range tests {
		if got := Line(tt.in); got != tt.want {
			t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLineStart: a path that would start a line GitHub Actions reads as a
// workflow command (after white space, as the runner trims it) is written
// as ./path; any other path as Line writes it.
func TestLineStart(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"practices/a.yaml", "practices/a.yaml"},
		{"::stop-commands::x.yaml", "./::stop-commands::x.yaml"},
		{"::error file=a.yaml::x", "./::error file=a.yaml::x"},
		{"  ::add-mask::x.yaml", "./  ::add-mask::x.yaml"},
		{"\u00a0::add-mask::x.yaml", "./\u00a0::add-mask::x.yaml"},
		{"##[error]x.yaml", `##\x5berror]x.yaml`}, // Line breaks the older form
		{"##vso[task.setvariable variable=x]y.yaml", `##vso\x5btask.setvariable variable=x]y.yaml`},
		{"\t::x.yaml", `\t::x.yaml`}, // Line writes the tab as \t: no white space left
		{"a::b.yaml", "a::b.yaml"},
		{":x.yaml", ":x.yaml"},
		{"#x.yaml", "#x.yaml"},
		{"/abs/::x.yaml", "/abs/::x.yaml"},
	}
	for _, tt := range tests {
		if got := LineStart(tt.in); got != tt.want {
			t.Errorf("LineStart(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	t.Parallel()
	if i, r := Find("ok text\n"); i != -1 || r != 0 {
		t.Errorf("Find(clean) = %d, %U", i, r)
	}
	if i, r := Find("ab\u202ec"); i != 2 || r != 0x202E {
		t.Errorf("Find = %d, %U, want 2, U+202E", i, r)
	}
	if i, r := Find("é\x1b"); i != 2 || r != 0x1B {
		t.Errorf("Find = %d, %U, want 2, U+001B", i, r)
	}
}

// unsafeIn reports the first unsafe rune or non-UTF-8 byte in b.
func unsafeIn(b []byte) (int, bool) {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 || Unsafe(r) {
			return i, true
		}
		i += size
	}
	return 0, false
}

// TestWriterSplits writes the payload cut at every byte into two writes:
// no unsafe rune gets through, whatever the cut, and the text is the same.
func TestWriterSplits(t *testing.T) {
	t.Parallel()
	in := []byte(payload + " Ærø 😀")
	want := Clean(string(in))
	for cut := 0; cut <= len(in); cut++ {
		for _, color := range []bool{false, true} {
			var out bytes.Buffer
			w := NewWriter(&out, func() bool { return color })
			w.Write(in[:cut])
			w.Write(in[cut:])
			if i, bad := unsafeIn(out.Bytes()); bad {
				t.Fatalf("cut %d, color %v: unsafe byte at %d in %q", cut, color, i, out.String())
			}
			if out.String() != want {
				t.Fatalf("cut %d, color %v: got %q, want %q", cut, color, out.String(), want)
			}
		}
	}
}

// TestWriterColour lets eis's own colour sequences through when colour is
// on, and nothing else that starts with ESC; with colour off, none.
func TestWriterColour(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in, on, off string
	}{
		{"\x1b[1mbold\x1b[0m", "\x1b[1mbold\x1b[0m", "[1mbold[0m"},
		{"\x1b[32;1mok\x1b[m", "\x1b[32;1mok\x1b[m", "[32;1mok[m"},
		{"\x1b[8mhidden\x1b[0m", "[8mhidden\x1b[0m", "[8mhidden[0m"},
		{"\x1b[41mred bg", "[41mred bg", "[41mred bg"},
		{"\x1b[2J\x1b[H", "[2J[H", "[2J[H"},
		{"\x1b]52;c;AA\x07", "]52;c;AA", "]52;c;AA"},
		{"\x1b[1111m", "[1111m", "[1111m"},
	}
	for _, tt := range tests {
		for _, color := range []bool{true, false} {
			var out bytes.Buffer
			w := NewWriter(&out, func() bool { return color })
			// One byte at a time: the hardest split.
			for i := 0; i < len(tt.in); i++ {
				w.Write([]byte{tt.in[i]})
			}
			want := tt.off
			if color {
				want = tt.on
			}
			if out.String() != want {
				t.Errorf("color %v: %q → %q, want %q", color, tt.in, out.String(), want)
			}
		}
	}
}

// TestJSONWriter escapes what a terminal would act on and keeps the value.
func TestJSONWriter(t *testing.T) {
	t.Parallel()
	v := map[string]string{"title": payload + " Ærø \u0085"}
	var enc bytes.Buffer
	if err := json.NewEncoder(&enc).Encode(v); err != nil {
		t.Fatal(err)
	}
	in := enc.Bytes()
	for cut := 0; cut <= len(in); cut++ {
		var out bytes.Buffer
		w := NewJSONWriter(&out)
		w.Write(in[:cut])
		w.Write(in[cut:])
		s := out.String()
		if i, bad := unsafeIn(out.Bytes()); bad && s[i] != '\n' {
			t.Fatalf("cut %d: unsafe byte at %d in %q", cut, i, s)
		}
		var back map[string]string
		if err := json.Unmarshal(out.Bytes(), &back); err != nil {
			t.Fatalf("cut %d: not JSON: %v\n%s", cut, err, s)
		}
		if back["title"] != v["title"] {
			t.Fatalf("cut %d: value changed: %q", cut, back["title"])
		}
	}
	if strings.Contains(string(in), "\u202e") == false {
		t.Fatal("encoding/json escaped U+202E itself: the test proves nothing")
	}
}

// TestPatternIsUnsafe: Pattern (for JSON Schemas) refuses exactly the
// runes Unsafe names.
func TestPatternIsUnsafe(t *testing.T) {
	t.Parallel()
	re := regexp.MustCompile(Pattern)
	for r := rune(0); r < 0x30000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if got := !re.MatchString("a" + string(r) + "b"); got != Unsafe(r) {
			t.Fatalf("%U: Pattern refuses it %v, Unsafe says %v", r, got, Unsafe(r))
		}
	}
}

// TestFindAsEveryRune: Find (which skips decoding ASCII) finds what a check
// of every rune finds, on strings of ASCII, controls, bidi marks, other
// characters and bytes that are not UTF-8.
func TestFindAsEveryRune(t *testing.T) {
	t.Parallel()
	every := func(s string) (int, rune) {
		for i, r := range s {
			if Unsafe(r) {
				return i, r
			}
		}
		return -1, 0
	}
	parts := []string{"a", " ", "\t", "\n", "\r", "\x00", "\x1b", "\x7f", "é", "\u0085", "\u009b", "\u202e", "\u2066", "\u200f", "\u061c", "€", "\xff", "\xc3", "日本", "\U0001F600"}
	var gen func(s string, n int)
	gen = func(s string, n int) {
		i, r := Find(s)
		if wi, wr := every(s); i != wi || r != wr {
			t.Errorf("Find(%q) = %d, %U; every rune: %d, %U", s, i, r, wi, wr)
		}
		if n == 0 {
			return
		}
		for _, p := range parts {
			gen(s+p, n-1)
		}
	}
	gen("", 3)
}

// TestJSONWriterRuns: the JSONWriter (which copies runs of safe ASCII at
// once) writes what escaping rune by rune writes, however the input is
// split between writes.
func TestJSONWriterRuns(t *testing.T) {
	t.Parallel()
	ref := func(data []byte) string {
		var out []byte
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				out = append(out, `\ufffd`...)
			case Unsafe(r):
				out = fmt.Appendf(out, `\u%04x`, r)
			default:
				out = append(out, data[i:i+size]...)
			}
			i += size
		}
		return string(out)
	}
	parts := []string{`{"a": "`, "x", " ", "\x7f", "é", "\u0085", "\u202e", "日", "\xff", `"}`, "\n", "\u009b"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		var in []byte
		for range rng.IntN(12) {
			in = append(in, parts[rng.IntN(len(parts))]...)
		}
		var got bytes.Buffer
		w := NewJSONWriter(&got)
		for rest := in; len(rest) > 0; {
			n := 1 + rng.IntN(len(rest))
			w.Write(rest[:n])
			rest = rest[n:]
		}
		if want := ref(in); got.String() != want {
			t.Fatalf("JSONWriter(%q) = %q, want %q", in, got.String(), want)
		}
	}
}

// TestWriterRuns: the Writer (which copies runs of safe ASCII at once)
// writes what dropping unsafe runes one by one writes, however the input
// is split between writes (no colour: every escape sequence loses its ESC).
func TestWriterRuns(t *testing.T) {
	t.Parallel()
	ref := func(data []byte) string {
		var out []byte
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				out = append(out, "\uFFFD"...)
			case !Unsafe(r):
				out = append(out, data[i:i+size]...)
			}
			i += size
		}
		return string(out)
	}
	parts := []string{"a", " ", "\t", "\n", "\r", "\x1b[31m", "\x7f", "é", "\u0085", "\u202e", "日", "\xff", "\u009b"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		var in []byte
		for range rng.IntN(12) {
			in = append(in, parts[rng.IntN(len(parts))]...)
		}
		var got bytes.Buffer
		w := NewWriter(&got, nil)
		for rest := in; len(rest) > 0; {
			n := 1 + rng.IntN(len(rest))
			w.Write(rest[:n])
			rest = rest[n:]
		}
		if want := ref(in); got.String() != want {
			t.Fatalf("Writer(%q) = %q, want %q", in, got.String(), want)
		}
	}
}

// printableSlow is printable a byte at a time.
func printableSlow(s string, oneLine bool) int {
	for i := range len(s) {
		if c := s[i]; c < 0x20 || c >= 0x7F || oneLine && c == '[' {
			return i
		}
	}
	return len(s)
}

// TestPrintable: printable, eight bytes at a time, stops where a byte at
// a time does — every byte value at every place of strings of every
// length around two words', before bytes that stop it too.
func TestPrintable(t *testing.T) {
	for n := 0; n <= 25; n++ {
		for at := 0; at < n; at++ {
			for b := 0; b < 0x100; b++ {
				for _, fill := range []byte{'x', '[', 0x1F, 0x7F, 0xC3} {
					data := bytes.Repeat([]byte{'x'}, n)
					data[at] = byte(b)
					for k := at + 1; k < n; k += 3 {
						data[k] = fill
					}
					for _, oneLine := range []bool{false, true} {
						if got, want := printable(string(data), oneLine), printableSlow(string(data), oneLine); got != want {
							t.Fatalf("printable(%q, %v) = %d, want %d", data, oneLine, got, want)
						}
					}
				}
			}
		}
	}
}

// FuzzPrintable holds printable to printableSlow on any string.
func FuzzPrintable(f *testing.F) {
	f.Add("plain text, ##[then] é", true)
	f.Add("\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f[", false)
	f.Fuzz(func(t *testing.T, s string, oneLine bool) {
		if got, want := printable(s, oneLine), printableSlow(s, oneLine); got != want {
			t.Fatalf("printable(%q, %v) = %d, want %d", s, oneLine, got, want)
		}
	})
}

// cleanSlow is clean a byte at a time, as it was before printable.
func cleanSlow(s string, oneLine bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && (oneLine || c != '\t' && c != '\n') || c == 0x7F {
				return false
			}
			if oneLine && c == '[' && i >= 2 && commandBracketIn(s, i) {
				return false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || Unsafe(r) {
			return false
		}
		i += size - 1
	}
	return true
}

// FuzzClean holds clean to cleanSlow on any string.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"plain text\tand a tab\n", "say ##[add-mask] x", "##vso[x] é\u202e", "\xff\xfe bad", "0123456789abcdef\x7f"} {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, s string, oneLine bool) {
		if got, want := clean(s, oneLine), cleanSlow(s, oneLine); got != want {
			t.Fatalf("clean(%q, %v) = %v, want %v", s, oneLine, got, want)
		}
	})
}
