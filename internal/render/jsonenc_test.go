package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/safetext"
)

// jsonSamples are JSON texts whose writing is easy to get wrong: empty
// objects and arrays at every depth, brackets, commas, colons and escaped
// quotes and backslashes inside strings, every kind of scalar.
var jsonSamples = []string{
	`{}`, `[]`, `null`, `"x"`, `1.5e-7`, `true`,
	`{"a":{}}`, `{"a":[]}`, `[[],{},[[]],[{}]]`, `{"a":[{"b":{}}],"c":[1,2,[]]}`,
	`{"{[":"]},:","q":"a\"b","bs":"a\\","bsq":"\\\"","e":"\\\\\"}\\"}`,
	`{"u":"\u2028 ø 🎉 \u0000 \u2029 <&> \u001f \b\f\n\r\t","n":-0.0,"z":[null,false,"",{}]}`,
	`[{"a":1,"b":[{"c":{"d":[]}}]},{}]`,
	`{"\u202e\u0085":"\u007f \u061c\u200e\u200f \u202a\u202e \u2066\u2069 \u0080\u009f é\u00a0"}`,
	`[1e21,1e20,0.000001,0.0000001,123456789.125,-1e-7,5e-324,1.7976931348623157e308]`,
}

// wantJSON is what json.Encoder writes for v with SetEscapeHTML(false) and
// SetIndent("", "  ").
func wantJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(v)
	return b.Bytes(), err
}

// checkJSON fails unless encodeJSON writes what json.Encoder writes for v,
// or fails as it does.
func checkJSON(t *testing.T, name string, v any) {
	t.Helper()
	want, wantErr := wantJSON(v)
	var got bytes.Buffer
	err := encodeJSON(&got, v)
	if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
		t.Errorf("%s: error %v, encoding/json's %v", name, err, wantErr)
		return
	}
	if err == nil && !bytes.Equal(got.Bytes(), want) {
		t.Errorf("%s:\ngot  %.600q\nwant %.600q", name, got.Bytes(), want)
	}
	if err != nil {
		return
	}
	// Onto a safetext.JSONWriter: what that writer makes of encoding/json's
	// output, written by encodeJSON with the unsafe runes escaped.
	var safeWant bytes.Buffer
	if _, err := safetext.NewJSONWriter(&safeWant).Write(want); err != nil {
		t.Fatal(err)
	}
	var safeGot bytes.Buffer
	if err := encodeJSON(safetext.NewJSONWriter(&safeGot), v); err != nil {
		t.Errorf("%s: onto a safetext.JSONWriter: %v", name, err)
		return
	}
	if !bytes.Equal(safeGot.Bytes(), safeWant.Bytes()) {
		t.Errorf("%s: onto a safetext.JSONWriter:\ngot  %.600q\nwant %.600q", name, safeGot.Bytes(), safeWant.Bytes())
	}
	if loc := ciCommand.FindIndex(safeGot.Bytes()); loc != nil {
		t.Errorf("%s: onto a safetext.JSONWriter, a CI runner's command is left: %q", name, safeGot.Bytes()[max(0, loc[0]-20):min(safeGot.Len(), loc[1]+20)])
	}
	// Onto a writer that lends its memory (chunkSink, as eis's output
	// buffer does), directly and beneath a safetext.JSONWriter.
	for _, term := range []bool{false, true} {
		var sink lendingSink
		var w io.Writer = &sink
		wantHere := want
		if term {
			w, wantHere = safetext.NewJSONWriter(&sink), safeWant.Bytes()
		}
		if err := encodeJSON(w, v); err != nil {
			t.Errorf("%s: onto a lending writer (beneath a safetext.JSONWriter: %v): %v", name, term, err)
		} else if !bytes.Equal(sink.b, wantHere) {
			t.Errorf("%s: onto a lending writer (beneath a safetext.JSONWriter: %v):\ngot  %.600q\nwant %.600q", name, term, sink.b, wantHere)
		}
	}
}

// lendingSink is a chunkSink as cli's chunks is: AvailableBuffer lends the
// free end of its buffer (exactly n bytes of it when it grows, so that
// longer appends move elsewhere) and a Write of that slice stays in place.
type lendingSink struct{ b []byte }

func (s *lendingSink) AvailableBuffer(n int) []byte {
	if cap(s.b)-len(s.b) < n {
		s.b = append(make([]byte, 0, len(s.b)+n), s.b...)
	}
	return s.b[len(s.b):len(s.b):cap(s.b)]
}

func (s *lendingSink) Write(p []byte) (int, error) {
	if len(p) > 0 && len(p) <= cap(s.b)-len(s.b) && &p[0] == &s.b[:len(s.b)+1][len(s.b)] {
		s.b = s.b[:len(s.b)+len(p)]
		return len(p), nil
	}
	s.b = append(s.b, p...)
	return len(p), nil
}

// ptrMarshaler marshals itself through a pointer only.
type ptrMarshaler struct{ N int }

func (p *ptrMarshaler) MarshalJSON() ([]byte, error) {
	return []byte(`{ "n" : ` + string(rune('0'+p.N)) + ` , "l": [ ] }`), nil
}

type textKey string

func (k textKey) MarshalText() ([]byte, error) { return []byte("k-" + string(k)), nil }

type inner struct {
	A string `json:"a"`
}

type badMarshaler struct{}

func (badMarshaler) MarshalJSON() ([]byte, error) { return nil, errors.New("no") }

// jsonKinds has a field of every kind the writer meets, and of those it
// leaves to encoding/json.
type jsonKinds struct {
	S        string            `json:"s"`
	SE       string            `json:"se,omitempty"`
	I        int               `json:"i"`
	IE       int64             `json:"ie,omitempty"`
	U        uint8             `json:"u"`
	F        float64           `json:"f"`
	FE       float64           `json:"fe,omitempty"`
	F32      float32           `json:"f32"`
	B        bool              `json:"b"`
	BE       bool              `json:"be,omitempty"`
	P        *float64          `json:"p"`
	PE       *inner            `json:"pe,omitempty"`
	L        []string          `json:"l"`
	LE       []int             `json:"le,omitempty"`
	A        [2]int            `json:"a"`
	M        map[string]any    `json:"m"`
	ME       map[string]string `json:"me,omitempty"`
	Any      any               `json:"any"`
	AnyE     any               `json:"any_e,omitempty"`
	T        time.Time         `json:"t"`
	D        catalogue.Date    `json:"d"`
	Text     catalogue.Text    `json:"text"`
	Bytes    []byte            `json:"bytes"`
	Str      int               `json:"str,string"`
	Zero     time.Time         `json:"zero,omitzero"`
	IntKeys  map[int]string    `json:"int_keys"`
	TextKeys map[textKey]int   `json:"text_keys"`
	PM       ptrMarshaler      `json:"pm"`
	PMs      []ptrMarshaler    `json:"pms"`
	Untagged string
	Skip     string `json:"-"`
	Dash     string `json:"-,"`
	Odd      string `json:"a b"`
	hidden   string
	Self     *jsonKinds `json:"self,omitempty"`
}

type embeds struct {
	inner
	B string `json:"b"`
}

func sampleKinds() jsonKinds {
	d, _ := catalogue.ParseDate("2026-12-03")
	return jsonKinds{
		S: "a\"b\\c\n<&>\u2028\xff é", I: -3, U: 7, F: 0.1 + 0.2, F32: 1.1, B: true, P: fp(0.5),
		L: []string{}, A: [2]int{1, 2},
		M:   map[string]any{"z": 1.0, "a": []any{nil, "x", map[string]any{}}, "m": map[string]string{"en": "E", "da": "D"}},
		Any: answers.Value{}, T: time.Date(2026, 12, 3, 3, 33, 26, 5, time.UTC), D: d,
		Text: catalogue.NewText(map[string]string{"en": "x", "da": "y"}), Bytes: []byte("hi"), Str: 5,
		IntKeys: map[int]string{10: "a", 9: "b"}, TextKeys: map[textKey]int{"b": 1, "a": 2},
		PM: ptrMarshaler{1}, PMs: []ptrMarshaler{{2}, {3}},
		Untagged: "u", Skip: "s", Dash: "d", Odd: "o", hidden: "h",
		Self: &jsonKinds{S: "inner", M: map[string]any{}},
	}
}

// TestJSONWriterMatchesEncodingJSON: encodeJSON writes what json.Encoder
// writes (SetEscapeHTML(false), SetIndent("", "  ")), byte for byte: the
// samples and every JSON golden of this package read back as any, values
// of every kind (pointers, through interfaces, addressable or not), and
// plans.
func TestJSONWriterMatchesEncodingJSON(t *testing.T) {
	t.Parallel()
	inputs := append([]string(nil), jsonSamples...)
	goldens, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	if len(goldens) == 0 {
		t.Fatal("no JSON goldens in testdata")
	}
	for _, g := range goldens {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, string(data))
	}
	for _, in := range inputs {
		var v any
		if err := json.Unmarshal([]byte(in), &v); err != nil {
			t.Fatalf("%.100q: %v", in, err)
		}
		checkJSON(t, strings.SplitN(in, "\n", 2)[0], v)
	}
	k := sampleKinds()
	checkJSON(t, "kinds", k)
	checkJSON(t, "kinds by pointer", &k)
	checkJSON(t, "kinds in a list", []jsonKinds{k, {}})
	checkJSON(t, "kinds in an interface", []any{k, &k, nil})
	checkJSON(t, "kinds in a map", map[string]jsonKinds{"b": k, "a": {}})
	checkJSON(t, "zero kinds", jsonKinds{})
	checkJSON(t, "embedded", []embeds{{inner{"x"}, "y"}})
	checkJSON(t, "nil", nil)
	checkJSON(t, "nil pointer", (*jsonKinds)(nil))
	checkJSON(t, "empty struct", struct{}{})
	// Nested past the indentation newline writes in one copy (31 levels).
	var deep any = "bottom"
	for range 40 {
		deep = []any{map[string]any{"k": deep}}
	}
	checkJSON(t, "80 levels deep", deep)
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1.5, 1e20, 1e21, 1e-6, 9.99e-7, 1e-7, 123456789.123, math.MaxFloat64, math.SmallestNonzeroFloat64, math.NaN(), math.Inf(1), math.Inf(-1)} {
		checkJSON(t, "float", struct {
			F float64 `json:"f"`
		}{f})
	}
	checkJSON(t, "failing marshaler", []any{1, badMarshaler{}})
	// A plan's message arguments, of every kind appendAny writes itself
	// and some it leaves to the reflective writer.
	text := diag.T("en", "a \"b\"", "da", "æ\u2029")
	args := []any{nil, "a\"<b>\u2028", 3, -1.5e-7, math.NaN(), true, catalogue.Text(""), text, []any(nil), []any{}, []any{[]any{1, "x"}, nil},
		map[string]any{"b": []any{}, "a": nil}, k, &k, int64(7), float32(0.1)}
	for _, a := range args {
		p := emptyPlan("en")
		p.Notices = []assessment.Msg{{ID: "x", Args: []any{a}}}
		checkJSON(t, fmt.Sprintf("plan with an argument %T %v", a, a), normalisePlan(p))
	}
	// Its times: a zone, nanoseconds, the zero time, and years
	// MarshalJSON refuses (encoding/json's error).
	for _, g := range []time.Time{time.Date(2026, 12, 3, 14, 5, 6, 789, time.FixedZone("x", -(3*3600+30*60))), {},
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)} {
		p := emptyPlan("en")
		p.Generated = g
		checkJSON(t, "plan made "+g.String(), normalisePlan(p))
	}
	for _, lang := range []string{"en", "da"} {
		for name, p := range map[string]func(string) any{
			"rich":       func(l string) any { return normalisePlan(richPlan(l)) },
			"empty":      func(l string) any { return normalisePlan(emptyPlan(l)) },
			"unfinished": func(l string) any { return normalisePlan(unfinishedPlan(l)) },
		} {
			checkJSON(t, name+"."+lang, p(lang))
		}
	}
}

// ciCommand is the prefix of a command a CI runner reads anywhere in a
// line of a job's output (see safetext's commands.go).
var ciCommand = regexp.MustCompile(`(?i)##(vso)?\[`)

// FuzzJSONWriter holds encodeJSON to encoding/json on any string and
// number, and onto a safetext.JSONWriter to what that writer makes of
// encoding/json's output, with no CI runner's command left.
func FuzzJSONWriter(f *testing.F) {
	f.Add("a\"b\\c\n<&>\u2028\xff é", 0.1, int64(-3))
	f.Add("##vso[task.setvariable variable=PATH]/tmp ##[add-mask]x ##VSO\u007f[y", 2.5, int64(7))
	f.Add("#\u200e#vso[x] ##\x01[y] #vso[z]", -0.0, int64(1))
	f.Add("", 1e21, int64(0))
	f.Add("\x00\x1f\x7f\u2029🎉", 1e-7, int64(math.MinInt64))
	f.Add("\u202e\u0085\u2066 \x9f\xc2", math.Inf(1), int64(1))
	f.Fuzz(func(t *testing.T, s string, x float64, n int64) {
		checkJSON(t, "fuzz", struct {
			S string         `json:"s"`
			F float64        `json:"f"`
			N int64          `json:"n,omitempty"`
			M map[string]any `json:"m"`
		}{s, x, n, map[string]any{s: s, "x": x, "l": []any{s, x}}})
	})
}

// TestJSONStringWords: appendJSONString, eight bytes at a time, writes what
// it writes a byte at a time — every byte value at every place of strings
// of every length around a word's, next to other bytes that need escapes.
func TestJSONStringWords(t *testing.T) {
	slow := func(term bool, s string) []byte {
		var out []byte
		for i := range len(s) {
			// A string of one byte never takes the word path.
			one := appendJSONString(nil, term, s[i:i+1])
			out = append(out, one[1:len(one)-1]...)
		}
		return append(append([]byte{'"'}, out...), '"')
	}
	for n := 1; n <= 18; n++ {
		for at := 0; at < n; at++ {
			for b := 0; b < 0x80; b++ {
				for _, fill := range []byte{'a', ' ', '"', '\\', 0x1F, 0x7F} {
					data := bytes.Repeat([]byte{'x'}, n)
					data[at] = byte(b)
					if at+1 < n {
						data[at+1] = fill
					}
					for _, term := range []bool{false, true} {
						if got, want := appendJSONString(nil, term, string(data)), slow(term, string(data)); !bytes.Equal(got, want) {
							t.Fatalf("appendJSONString(%v, %q) = %q, want %q", term, data, got, want)
						}
					}
				}
			}
		}
	}
}

// plainJSONSlow is plainJSON a byte at a time.
func plainJSONSlow(s string, term bool) int {
	plain := &jsonSafe
	if term {
		plain = &jsonPlainTerm
	}
	for i := range len(s) {
		if b := s[i]; b >= utf8.RuneSelf || !plain[b] {
			return i
		}
	}
	return len(s)
}

// TestPlainJSON: plainJSON, eight bytes at a time and the last eight of a
// string, finds the first byte that is not plain where a byte at a time
// does — every byte value at every place of strings of every length
// around two words', after plain bytes and before bytes that are not.
func TestPlainJSON(t *testing.T) {
	for n := 0; n <= 25; n++ {
		for at := 0; at < n; at++ {
			for b := 0; b < 0x100; b++ {
				for _, fill := range []byte{'x', '#', '"', 0x1F, 0x7F, 0xC3} {
					data := bytes.Repeat([]byte{'x'}, n)
					data[at] = byte(b)
					for k := at + 1; k < n; k += 3 {
						data[k] = fill
					}
					for _, term := range []bool{false, true} {
						if got, want := plainJSON(string(data), term), plainJSONSlow(string(data), term); got != want {
							t.Fatalf("plainJSON(%q, %v) = %d, want %d", data, term, got, want)
						}
					}
				}
			}
		}
	}
}

// FuzzPlainJSON holds plainJSON to plainJSONSlow on any string.
func FuzzPlainJSON(f *testing.F) {
	f.Add("0123456789abcdef#", true)
	f.Add("plain text, then \u00e9 and a \"quote\"", false)
	f.Add("\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f", true)
	f.Fuzz(func(t *testing.T, s string, term bool) {
		if got, want := plainJSON(s, term), plainJSONSlow(s, term); got != want {
			t.Fatalf("plainJSON(%q, %v) = %d, want %d", s, term, got, want)
		}
	})
}
