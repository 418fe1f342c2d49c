package safetext

import (
	"bytes"
	"encoding/json"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
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

// TestWritersBreakCommands: the writers break a CI runner's command
// ("##[", "##vso[", any case) by the '[' that completes its prefix, also
// when the prefix came in an earlier write, or is made by taking out an
// unsafe rune; the JSON writer's escape keeps the JSON value.
func TestWritersBreakCommands(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name       string
		writes     []string
		text, json string // what Writer and JSONWriter pass on
	}{
		{"azure", []string{"Title: ##vso[task.setvariable variable=PATH]/tmp\n"},
			"Title: ##vso\\x5btask.setvariable variable=PATH]/tmp\n", "Title: ##vso\\u005btask.setvariable variable=PATH]/tmp\n"},
		{"github", []string{"x ##[add-mask]word"}, "x ##\\x5badd-mask]word", "x ##\\u005badd-mask]word"},
		{"upper case", []string{"##VSO[task.complete]"}, "##VSO\\x5btask.complete]", "##VSO\\u005btask.complete]"},
		{"split", []string{"a ##", "v", "so", "[x] b"}, "a ##vso\\x5bx] b", "a ##vso\\u005bx] b"},
		{"split before [", []string{"##vso", "[x"}, "##vso\\x5bx", "##vso\\u005bx"},
		{"split github", []string{"#", "#", "[x"}, "##\\x5bx", "##\\u005bx"},
		{"after an unsafe rune", []string{"##vso\a[x"}, "##vso\\x5bx", "##vso\\u0007[x"},
		{"after a bidi mark", []string{"##\u200e[x"}, "##\\x5bx", "##\\u200e[x"},
		{"not a command", []string{"#vso[x] ## [y] vso[z] #", "[w]"}, "#vso[x] ## [y] vso[z] #[w]", "#vso[x] ## [y] vso[z] #[w]"},
		{"plain", []string{"[a] [b]\n"}, "[a] [b]\n", "[a] [b]\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var text, js bytes.Buffer
			tw, jw := NewWriter(&text, nil), NewJSONWriter(&js)
			for _, w := range tt.writes {
				if n, err := tw.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("Writer.Write(%q) = %d, %v", w, n, err)
				}
				if n, err := jw.Write([]byte(w)); n != len(w) || err != nil {
					t.Fatalf("JSONWriter.Write(%q) = %d, %v", w, n, err)
				}
			}
			if text.String() != tt.text {
				t.Errorf("Writer: %q, want %q", text.String(), tt.text)
			}
			if js.String() != tt.json {
				t.Errorf("JSONWriter: %q, want %q", js.String(), tt.json)
			}
		})
	}

	// A JSON string keeps its value.
	var js bytes.Buffer
	in := `{"file": "##vso[task.setvariable variable=x]y.yaml", "k": ["##[error]", "##VSO["]}`
	if _, err := NewJSONWriter(&js).Write([]byte(in)); err != nil {
		t.Fatal(err)
	}
	var got, want any
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatalf("%q: %v", js.String(), err)
	}
	json.Unmarshal([]byte(in), &want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("JSON value %v, want %v", got, want)
	}
	if strings.Contains(js.String(), "##vso[") || strings.Contains(js.String(), "##[") {
		t.Errorf("JSON passed on a command: %s", js.String())
	}
}

// TestBreakCommands: the commands of text quoted otherwise are broken as
// Line breaks them; text without one is the same string.
func TestBreakCommands(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		`"##vso[task.setvariable variable=x]y"`: `"##vso\x5btask.setvariable variable=x]y"`,
		`"##[error]"`:                           `"##\x5berror]"`,
		`"##Vso[x" "##[y"`:                      `"##Vso\x5bx" "##\x5by"`,
		`"#vso[x" "[y]"`:                        `"#vso[x" "[y]"`,
		"":                                      "",
	} {
		if got := BreakCommands(in); got != want {
			t.Errorf("BreakCommands(%q) = %q, want %q", in, got, want)
		}
	}
	s := "no command [here]"
	if got := BreakCommands(s); unsafe.StringData(got) != unsafe.StringData(s) {
		t.Error("BreakCommands copied a string without a command")
	}
}

// TestWritersSplitAnywhere: however a text with commands is cut into
// writes (in two or three), the writers pass on what they pass on for it
// whole.
func TestWritersSplitAnywhere(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"a ##vso[x] ##VSO[y] ##[z] ###vso[w] #vso[v] ##vs[u]\n",
		"##\a[x ##vso\u200e[y é ##vso[",
		"[##[##vso[[",
	} {
		for _, mk := range []func(io.Writer) io.Writer{
			func(w io.Writer) io.Writer { return NewWriter(w, nil) },
			func(w io.Writer) io.Writer { return NewJSONWriter(w) },
		} {
			var once bytes.Buffer
			mk(&once).Write([]byte(in))
			for i := 0; i <= len(in); i++ {
				for j := i; j <= len(in); j++ {
					var cut bytes.Buffer
					w := mk(&cut)
					for _, part := range []string{in[:i], in[i:j], in[j:]} {
						w.Write([]byte(part))
					}
					if cut.String() != once.String() {
						t.Fatalf("%q cut at %d and %d: %q, whole: %q", in, i, j, cut.String(), once.String())
					}
				}
			}
		}
	}
}
