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
		{"teamcity", []string{"x ##teamcity[setParameter name='env.PATH' value='/tmp']"}, "x ##teamcity\\x5bsetParameter name='env.PATH' value='/tmp']", "x ##teamcity\\u005bsetParameter name='env.PATH' value='/tmp']"},
		{"teamcity split", []string{"##Team", "City", "[x"}, "##TeamCity\\x5bx", "##TeamCity\\u005bx"},
		{"not teamcity", []string{"#teamcity[x] ##eamcity[y] ##xteamcity[z]"}, "#teamcity[x] ##eamcity[y] ##xteamcity[z]", "#teamcity[x] ##eamcity[y] ##xteamcity[z]"},
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
		`"##vso[task.setvariable variable=x]y"`:      `"##vso\x5btask.setvariable variable=x]y"`,
		`"##[error]"`:                                `"##\x5berror]"`,
		`"##Vso[x" "##[y"`:                           `"##Vso\x5bx" "##\x5by"`,
		`"#vso[x" "[y]"`:                             `"#vso[x" "[y]"`,
		`"##teamcity[buildStatus status='FAILURE']"`: `"##teamcity\x5bbuildStatus status='FAILURE']"`,
		"": "",
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
		"##teamcity[a] ###TEAMCITY[b] #teamcity[c] ##eamcity[d]",
		"##\a[x ##vso\u200e[y é ##vso[",
		"[##[##vso[[",
		"::a::\n \u00a0::b:: ::c\n\a::d\nx::e\n:::",
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

// TestWriterBreaksLineCommands: a line that starts with "::" (after white
// space, Unicode's too, and eis's colours) is a GitHub workflow command;
// the Writer writes its second ':' as an escape, also when the line began
// in an earlier write, in each format's escape. A "::" elsewhere in a
// line, and JSON, are left as they are.
func TestWriterBreaksLineCommands(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		writes []string
		want   string // with Plain; Markdown and HTML replace \x3a
	}{
		{"output's start", []string{"::add-mask::secret\n"}, ":\\x3aadd-mask::secret\n"},
		{"after a line break", []string{"note: ok\n::stop-commands::tok\nnext"}, "note: ok\n:\\x3astop-commands::tok\nnext"},
		{"indented", []string{"x\n    ::warning title=t::forged"}, "x\n    :\\x3awarning title=t::forged"},
		{"tab and CR", []string{"x\n\t::error::e"}, "x\n\t:\\x3aerror::e"},
		{"no-break space", []string{"x\n\u00a0\u3000::error::e"}, "x\n\u00a0\u3000:\\x3aerror::e"},
		{"line separator", []string{"x\n\u2028::error::e"}, "x\n\u2028:\\x3aerror::e"},
		// The runner reads lines split at \n (and \r, which a Writer drops).
		{"not a line break", []string{"x\u2028::error::e"}, "x\u2028::error::e"},
		{"after a dropped control", []string{"x\n\a::error::e"}, "x\n:\\x3aerror::e"},
		{"split", []string{"x\n  :", ":error::e"}, "x\n  :\\x3aerror::e"},
		{"split before the line", []string{"x\n", "  ", "::error::e"}, "x\n  :\\x3aerror::e"},
		{"several", []string{"::a::\n::b::\n x ::c::\n"}, ":\\x3aa::\n:\\x3ab::\n x ::c::\n"},
		{"three colons", []string{":::x"}, ":\\x3a:x"},
		{"mid-line", []string{"Note: see https://example.org ::x::\nTitle::y"}, "Note: see https://example.org ::x::\nTitle::y"},
		{"one colon", []string{": x\n :y"}, ": x\n :y"},
		{"apart", []string{": :x"}, ": :x"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, esc := range []Escapes{Plain, Markdown, HTML} {
				var got bytes.Buffer
				w := NewWriterEscaping(&got, nil, esc)
				for _, s := range tt.writes {
					if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
						t.Fatalf("Write(%q) = %d, %v", s, n, err)
					}
				}
				want := strings.ReplaceAll(tt.want, `\x3a`, esc.Colon)
				if got.String() != want {
					t.Errorf("%q: %q, want %q", esc.Colon, got.String(), want)
				}
				for _, line := range strings.Split(got.String(), "\n") {
					if strings.HasPrefix(strings.TrimLeftFunc(line, lineBlankRune), "::") {
						t.Errorf("%q: a line starts a command: %q", esc.Colon, line)
					}
				}
			}
			var js bytes.Buffer
			jw := NewJSONWriter(&js)
			for _, s := range tt.writes {
				jw.Write([]byte(s))
			}
			if strings.Contains(js.String(), `\x3a`) {
				t.Errorf("JSONWriter broke a \"::\": %q", js.String())
			}
		})
	}
}

// TestWriterColouredLineCommand: with colour on, eis's colour sequences
// at a line's start do not hide a "::" after them from the Writer (a
// runner that strips colours would read the command).
func TestWriterColouredLineCommand(t *testing.T) {
	t.Parallel()
	var got bytes.Buffer
	w := NewWriter(&got, func() bool { return true })
	w.Write([]byte("x\n\x1b[1m  \x1b[0m::add-mask::y\n"))
	if want := "x\n\x1b[1m  \x1b[0m:\\x3aadd-mask::y\n"; got.String() != want {
		t.Errorf("%q, want %q", got.String(), want)
	}
}

// TestWriterCommand: Command writes eis's own workflow command with its
// "::" as it is, and a line break; what follows is broken again, and a
// command that holds a line break is not eis's own.
func TestWriterCommand(t *testing.T) {
	t.Parallel()
	var got bytes.Buffer
	w := NewWriter(&got, nil)
	if err := w.Command("::error file=a.yaml,line=1,col=1,title=t::bad ##[x] \a"); err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("::add-mask::y\n"))
	if err := w.Command("::warning::a\n::stop-commands::t"); err != nil {
		t.Fatal(err)
	}
	want := "::error file=a.yaml,line=1,col=1,title=t::bad ##\\x5bx] \n" +
		":\\x3aadd-mask::y\n" +
		":\\x3awarning::a\n:\\x3astop-commands::t\n"
	if got.String() != want {
		t.Errorf("%q\nwant %q", got.String(), want)
	}
}

// FuzzWriter: whatever is written, and however it is cut into writes, the
// Writer passes on the same text, with no unsafe rune, no CI runner's
// command prefix ("##[", "##vso[") and no line that starts with "::"
// after white space, in each format's escapes.
func FuzzWriter(f *testing.F) {
	for _, s := range []string{"::a::\n \u00a0::b", "x\n\a::y ##vso[z", "##\u200e[x\n\t::", ":::\n:\n::"} {
		f.Add([]byte(s), uint8(3), uint8(7))
	}
	f.Fuzz(func(t *testing.T, data []byte, i, j uint8) {
		a, b := min(int(i), len(data)), min(int(j), len(data))
		if a > b {
			a, b = b, a
		}
		for _, esc := range []Escapes{Plain, Markdown, HTML} {
			var once, cut bytes.Buffer
			NewWriterEscaping(&once, nil, esc).Write(data)
			w := NewWriterEscaping(&cut, nil, esc)
			for _, part := range [][]byte{data[:a], data[a:b], data[b:]} {
				w.Write(part)
			}
			if once.String() != cut.String() {
				t.Fatalf("%q cut at %d and %d: %q, whole: %q", data, a, b, cut.String(), once.String())
			}
			out := once.String()
			if i, _ := Find(out); i >= 0 {
				t.Errorf("an unsafe rune at %d of %q", i, out)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(strings.TrimLeftFunc(line, lineBlankRune), "::") {
					t.Errorf("a line starts a command: %q", line)
				}
				if hasCommand(nil, []byte(line)) {
					t.Errorf("a command's prefix: %q", line)
				}
			}
		}
	})
}
