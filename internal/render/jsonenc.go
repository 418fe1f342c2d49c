package render

import (
	"bytes"
	"encoding"
	"encoding/json"
	"io"
	"math/bits"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/safetext"
)

// The JSON writer: what json.Encoder writes with SetEscapeHTML(false) and
// SetIndent("", "  "), byte for byte, written indented as it goes. For a
// fresh process (every run of eis plan --format json) encoding/json cost
// most of the JSON output: it builds each type's field table on first use
// (sorting fields, working out which embedded field wins) and writes a
// compact form that is then indented. This writer knows the part of
// encoding/json the output types use — structs of plain fields with json
// tags (omitempty), strings, bools, numbers, pointers, slices, arrays,
// interfaces and maps with string keys — and hands any other value
// (a MarshalJSON or MarshalText method, an embedded field, a ",string" or
// ",omitzero" option, []byte, keys that are not strings, a float that is
// not finite) to encoding/json, indenting what it writes with json.Indent.
// TestJSONWriterMatchesEncodingJSON and FuzzJSONWriter hold it to
// encoding/json.

// The plan's own writer, jsonOfAssessmentPlan, is generated from its types
// (jsonplan_gen.go; TestJSONPlanGenerated holds it to them):
//go:generate go test -run ^TestJSONPlanGenerated$ . -update

// jsonWriter writes one value's JSON to w in chunks.
type jsonWriter struct {
	w   io.Writer
	buf []byte
	err error
	// term: every rune safetext.Unsafe calls unsafe is written as a
	// \uXXXX escape, as safetext.JSONWriter would escape it, so that
	// the output needs no second pass over every byte.
	term bool
	// sink is w when it lends buf (chunkSink).
	sink chunkSink
}

// jsonChunk is how much the writer gathers before it writes to w.
const jsonChunk = 16 << 10

// encodeJSON writes v to w as json.Encoder with SetEscapeHTML(false) and
// SetIndent("", "  ") writes it, the final newline included.
//
// Onto a safetext.JSONWriter it writes what that writer would pass on,
// escaping the unsafe runes itself as it writes each string, straight to
// the writer beneath: the sanitiser scanned every byte of a plan's JSON
// again (3.6 % of eis plan --format json).
func encodeJSON(w io.Writer, v any) error {
	jw := &jsonWriter{w: w}
	if sw, ok := w.(*safetext.JSONWriter); ok {
		if under, ok := sw.Beneath(); ok {
			jw.w, jw.term = under, true
		}
	}
	jw.sink, _ = jw.w.(chunkSink)
	jw.take()
	if p, ok := v.(assessment.Plan); ok {
		// The plan's writer is generated (jsonplan_gen.go).
		jsonOfAssessmentPlan(jw, &p, 0)
	} else if rv := reflect.ValueOf(v); !rv.IsValid() {
		jw.buf = append(jw.buf, "null"...)
	} else {
		jsonEncoderOf(rv.Type())(jw, rv, 0)
	}
	if jw.err != nil {
		return jw.err
	}
	jw.buf = append(jw.buf, '\n')
	jw.flush()
	return jw.err
}

// flush writes what the writer holds.
func (jw *jsonWriter) flush() {
	if jw.err == nil && len(jw.buf) > 0 {
		_, jw.err = jw.w.Write(jw.buf)
	}
	jw.take()
}

// take gives the writer an empty buffer: the sink's own free memory, which
// the sink's Write then keeps without a copy, or else its own.
func (jw *jsonWriter) take() {
	if jw.sink != nil {
		jw.buf = jw.sink.AvailableBuffer(jsonChunk + jsonChunk/4)
		return
	}
	if jw.buf == nil {
		jw.buf = make([]byte, 0, jsonChunk+jsonChunk/4)
	}
	jw.buf = jw.buf[:0]
}

// chunkSink is a writer that lends its free memory: a Write of what was
// appended to AvailableBuffer's slice takes it without copying it (eis's
// output buffer, cli's chunks). The plan's JSON was appended to a 20 KB
// buffer of its own and copied from there, 5 fresh pages more.
type chunkSink interface {
	io.Writer
	// AvailableBuffer returns an empty slice of at least n bytes' capacity.
	AvailableBuffer(n int) []byte
}

// maybeFlush writes what the writer holds once it is a chunk.
func (jw *jsonWriter) maybeFlush() {
	if len(jw.buf) >= jsonChunk {
		jw.flush()
	}
}

// key writes c (the '{' before a struct's first field or the ',' between
// two), a new line indented depth levels and key, the field's quoted name
// with its colon: the generated writers call it for every field. As three
// appends inlined at each field they were 340 KB of machine code, 163 KB
// with this call — a plan touches less code at start (session 17: eis plan
// --format json 1.91× → 1.86× the deps floor, medians of five alternated
// bench runs, for 1 % more instructions).
//
//go:noinline
func (jw *jsonWriter) key(c byte, depth int, key string) {
	jw.buf = append(jw.buf, c)
	jw.newline(depth)
	jw.buf = append(jw.buf, key...)
}

// newline starts a new line indented depth levels.
func (jw *jsonWriter) newline(depth int) {
	if n := 1 + 2*depth; n <= len(jsonNewline) {
		// One copy, not an append per level.
		jw.buf = append(jw.buf, jsonNewline[:n]...)
		return
	}
	jw.buf = append(jw.buf, '\n')
	for range depth {
		jw.buf = append(jw.buf, ' ', ' ')
	}
}

// jsonNewline is a newline and the indentation of 31 levels.
const jsonNewline = "\n                                                              "

// jsonEncodeFunc writes v, a value of its type, at depth levels of
// indentation (the first line is already indented).
type jsonEncodeFunc func(jw *jsonWriter, v reflect.Value, depth int)

// jsonEncoders are the encode functions made so far, by type (a map under
// a lock: a sync.Map's nodes were a quarter of what making the plan's
// functions allocated).
var jsonEncoders struct {
	sync.Mutex
	m map[reflect.Type]jsonEncodeFunc
}

// jsonEncoderOf returns t's encode function, made on first use.
func jsonEncoderOf(t reflect.Type) jsonEncodeFunc {
	jsonEncoders.Lock()
	if f, ok := jsonEncoders.m[t]; ok {
		jsonEncoders.Unlock()
		return f
	}
	// A type that holds itself calls through here until its function
	// is made.
	var (
		wg sync.WaitGroup
		f  jsonEncodeFunc
	)
	wg.Add(1)
	if jsonEncoders.m == nil {
		jsonEncoders.m = map[reflect.Type]jsonEncodeFunc{}
	}
	jsonEncoders.m[t] = func(jw *jsonWriter, v reflect.Value, depth int) {
		wg.Wait()
		f(jw, v, depth)
	}
	jsonEncoders.Unlock()
	f = newJSONEncoder(t)
	wg.Done()
	jsonEncoders.Lock()
	jsonEncoders.m[t] = f
	jsonEncoders.Unlock()
	return f
}

var (
	textType          = reflect.TypeFor[catalogue.Text]()
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// newJSONEncoder makes t's encode function.
func newJSONEncoder(t reflect.Type) jsonEncodeFunc {
	if t == textType {
		// As its MarshalJSON writes it: the object of its texts.
		return encodeText
	}
	if t.Implements(marshalerType) || t.Implements(textMarshalerType) {
		return encodeByJSON
	}
	if t.Kind() != reflect.Pointer && (reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType)) {
		// encoding/json calls the method when the value is addressable.
		return func(jw *jsonWriter, v reflect.Value, depth int) {
			if v.CanAddr() {
				v = v.Addr()
			}
			encodeByJSON(jw, v, depth)
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		return func(jw *jsonWriter, v reflect.Value, _ int) {
			jw.buf = strconv.AppendBool(jw.buf, v.Bool())
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(jw *jsonWriter, v reflect.Value, _ int) {
			jw.buf = strconv.AppendInt(jw.buf, v.Int(), 10)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(jw *jsonWriter, v reflect.Value, _ int) {
			jw.buf = strconv.AppendUint(jw.buf, v.Uint(), 10)
		}
	case reflect.Float64:
		return encodeFloat64
	case reflect.String:
		return func(jw *jsonWriter, v reflect.Value, _ int) {
			jw.buf = appendJSONString(jw.buf, jw.term, v.String())
		}
	case reflect.Interface:
		return func(jw *jsonWriter, v reflect.Value, depth int) {
			if v.IsNil() {
				jw.buf = append(jw.buf, "null"...)
				return
			}
			e := v.Elem()
			jsonEncoderOf(e.Type())(jw, e, depth)
		}
	case reflect.Pointer:
		elem := jsonEncoderOf(t.Elem())
		return func(jw *jsonWriter, v reflect.Value, depth int) {
			if v.IsNil() {
				jw.buf = append(jw.buf, "null"...)
				return
			}
			elem(jw, v.Elem(), depth)
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			break // base64, or a list of a byte type's own: encoding/json's
		}
		elem := jsonEncoderOf(t.Elem())
		return func(jw *jsonWriter, v reflect.Value, depth int) {
			if v.IsNil() {
				jw.buf = append(jw.buf, "null"...)
				return
			}
			encodeList(jw, v, depth, elem)
		}
	case reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			break
		}
		elem := jsonEncoderOf(t.Elem())
		return func(jw *jsonWriter, v reflect.Value, depth int) {
			encodeList(jw, v, depth, elem)
		}
	case reflect.Map:
		if t.Key().Kind() != reflect.String || t.Key().Implements(textMarshalerType) || reflect.PointerTo(t.Key()).Implements(textMarshalerType) {
			break
		}
		elem := jsonEncoderOf(t.Elem())
		return func(jw *jsonWriter, v reflect.Value, depth int) {
			if v.IsNil() {
				jw.buf = append(jw.buf, "null"...)
				return
			}
			encodeMap(jw, v, depth, elem)
		}
	case reflect.Struct:
		if fields, ok := jsonFieldsOf(t); ok {
			return func(jw *jsonWriter, v reflect.Value, depth int) {
				encodeStruct(jw, v, depth, fields)
			}
		}
	}
	return func(jw *jsonWriter, v reflect.Value, depth int) {
		if v.CanAddr() && t.Kind() == reflect.Struct {
			// Its fields stay addressable, as encoding/json sees them.
			v = v.Addr()
		}
		encodeByJSON(jw, v, depth)
	}
}

// encodeByJSON writes v as encoding/json writes it, indented at depth.
func encodeByJSON(jw *jsonWriter, v reflect.Value, depth int) {
	if jw.err != nil {
		return
	}
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v.Interface()); err != nil {
		jw.err = err
		return
	}
	var out bytes.Buffer
	if err := json.Indent(&out, bytes.TrimSuffix(compact.Bytes(), []byte("\n")), strings.Repeat("  ", depth), "  "); err != nil {
		jw.err = err
		return
	}
	if !jw.term {
		jw.buf = append(jw.buf, out.Bytes()...)
		return
	}
	// What safetext.JSONWriter makes of it.
	var safe bytes.Buffer
	sw := safetext.NewJSONWriter(&safe)
	if _, err := sw.Write(out.Bytes()); err != nil {
		jw.err = err
		return
	}
	jw.buf = append(jw.buf, safe.Bytes()...)
}

// appendTimeJSON writes t as encodeByJSON does: the JSON string its
// MarshalJSON makes (RFC 3339, digits and ASCII letters and signs only, so
// neither encoding/json nor a sanitiser changes a byte of it), without
// encoding/json's encoder, validation and indenting; a time MarshalJSON
// refuses is encodeByJSON's, for its error.
func appendTimeJSON(jw *jsonWriter, t time.Time, depth int) {
	b, err := t.MarshalJSON()
	if err != nil || len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		encodeByJSON(jw, reflect.ValueOf(t), depth)
		return
	}
	jw.buf = append(jw.buf, b...)
}

// encodeFloat64 writes a float64 as encoding/json does (ES6 number
// formatting); one that is not finite is encoding/json's error.
func encodeFloat64(jw *jsonWriter, v reflect.Value, depth int) {
	appendFloat64(jw, v.Float(), depth)
}

// appendFloat64 writes f as encoding/json does.
func appendFloat64(jw *jsonWriter, f float64, depth int) {
	abs := f
	if abs < 0 {
		abs = -abs
	}
	if f != f || abs > 1.7976931348623157e308 {
		encodeByJSON(jw, reflect.ValueOf(f), depth)
		return
	}
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(jw.buf, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	jw.buf = b
}

// appendAny writes x, a value held by an interface, as jsonEncoderOf's
// function of an interface type does; the dynamic types a plan's message
// arguments have (strings, numbers, texts, lists of them) are written
// without reflection.
func appendAny(jw *jsonWriter, x any, depth int) {
	switch x := x.(type) {
	case nil:
		jw.buf = append(jw.buf, "null"...)
	case string:
		jw.buf = appendJSONString(jw.buf, jw.term, x)
	case int:
		jw.buf = strconv.AppendInt(jw.buf, int64(x), 10)
	case float64:
		appendFloat64(jw, x, depth)
	case bool:
		jw.buf = strconv.AppendBool(jw.buf, x)
	case catalogue.Text:
		appendText(jw, x, depth)
	case []any:
		// As the function of []any writes it.
		if x == nil {
			jw.buf = append(jw.buf, "null"...)
			return
		}
		if len(x) == 0 {
			jw.buf = append(jw.buf, '[', ']')
			return
		}
		jw.buf = append(jw.buf, '[')
		for i, e := range x {
			if i > 0 {
				jw.buf = append(jw.buf, ',')
			}
			jw.newline(depth + 1)
			appendAny(jw, e, depth+1)
			jw.maybeFlush()
		}
		jw.newline(depth)
		jw.buf = append(jw.buf, ']')
	default:
		v := reflect.ValueOf(x)
		jsonEncoderOf(v.Type())(jw, v, depth)
	}
}

// encodeList writes a slice or array that is not nil.
func encodeList(jw *jsonWriter, v reflect.Value, depth int, elem jsonEncodeFunc) {
	n := v.Len()
	if n == 0 {
		jw.buf = append(jw.buf, '[', ']')
		return
	}
	jw.buf = append(jw.buf, '[')
	for i := range n {
		if i > 0 {
			jw.buf = append(jw.buf, ',')
		}
		jw.newline(depth + 1)
		elem(jw, v.Index(i), depth+1)
		jw.maybeFlush()
	}
	jw.newline(depth)
	jw.buf = append(jw.buf, ']')
}

// encodeText writes a catalogue text as the object of its texts, by
// language (its languages are in order), as encoding/json writes a map.
func encodeText(jw *jsonWriter, v reflect.Value, depth int) {
	appendText(jw, catalogue.Text(v.String()), depth)
}

// appendText writes t as encodeText does.
func appendText(jw *jsonWriter, t catalogue.Text, depth int) {
	if t == "" {
		jw.buf = append(jw.buf, "null"...)
		return
	}
	jw.buf = append(jw.buf, '{')
	n := 0
	for l, s := range t.All() {
		if n > 0 {
			jw.buf = append(jw.buf, ',')
		}
		n++
		jw.newline(depth + 1)
		jw.buf = appendJSONString(jw.buf, jw.term, l)
		jw.buf = append(jw.buf, ':', ' ')
		jw.buf = appendJSONString(jw.buf, jw.term, s)
	}
	if n > 0 {
		jw.newline(depth)
	}
	jw.buf = append(jw.buf, '}')
}

// encodeMap writes a map with string keys that is not nil, by key.
func encodeMap(jw *jsonWriter, v reflect.Value, depth int, elem jsonEncodeFunc) {
	n := v.Len()
	if n == 0 {
		jw.buf = append(jw.buf, '{', '}')
		return
	}
	type entry struct {
		k string
		v reflect.Value
	}
	// A text's languages fit on the stack; a larger map's entries do not.
	var small [8]entry
	entries := small[:0]
	if n > len(small) {
		entries = make([]entry, 0, n)
	}
	for it := v.MapRange(); it.Next(); {
		entries = append(entries, entry{it.Key().String(), it.Value()})
	}
	slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.k, b.k) })
	jw.buf = append(jw.buf, '{')
	for i, e := range entries {
		if i > 0 {
			jw.buf = append(jw.buf, ',')
		}
		jw.newline(depth + 1)
		jw.buf = appendJSONString(jw.buf, jw.term, e.k)
		jw.buf = append(jw.buf, ':', ' ')
		elem(jw, e.v, depth+1)
	}
	jw.newline(depth)
	jw.buf = append(jw.buf, '}')
}

// jsonField is a struct field as encoding/json writes it.
type jsonField struct {
	index     int
	key       string // `"name": `, the space included
	omitEmpty bool
	enc       jsonEncodeFunc
}

// jsonFieldsOf returns the fields of struct type t that encoding/json
// writes, in order; ok is false when t has what this writer leaves to
// encoding/json (an embedded field, an option other than omitempty, a
// name it would not take as it is, two fields of one name).
func jsonFieldsOf(t reflect.Type) (fields []jsonField, ok bool) {
	// The keys are cut from one string (keys), each `"name": `.
	var keys []byte
	var ends []int
	types := make([]reflect.Type, 0, t.NumField())
	fields = make([]jsonField, 0, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous {
			return nil, false
		}
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		omitEmpty := false
		for opts != "" {
			var o string
			o, opts, _ = strings.Cut(opts, ",")
			switch o {
			case "omitempty":
				omitEmpty = true
			case "":
			default:
				return nil, false
			}
		}
		if name == "" {
			name = f.Name
		}
		if !plainJSONName(name) {
			return nil, false
		}
		start := len(keys)
		keys = append(append(append(keys, '"'), name...), `": `...)
		from := 0
		for _, end := range ends {
			if string(keys[from:end]) == string(keys[start:]) {
				return nil, false // two fields of one name
			}
			from = end
		}
		ends = append(ends, len(keys))
		fields = append(fields, jsonField{index: i, omitEmpty: omitEmpty})
		types = append(types, f.Type)
	}
	all := string(keys)
	from := 0
	for i, end := range ends {
		fields[i].key = all[from:end]
		from = end
	}
	// The fields' functions once t is known to be this writer's: a type
	// left to encoding/json makes none.
	for i := range fields {
		fields[i].enc = jsonEncoderOf(types[i])
	}
	return fields, true
}

// plainJSONName reports whether name is a key encoding/json takes as it
// is and writes with no escape: ASCII letters, digits, '_' and '-'.
func plainJSONName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// emptyJSONValue is encoding/json's isEmptyValue, for omitempty.
func emptyJSONValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

// encodeStruct writes a struct by its fields.
func encodeStruct(jw *jsonWriter, v reflect.Value, depth int, fields []jsonField) {
	n := 0
	for _, f := range fields {
		fv := v.Field(f.index)
		if f.omitEmpty && emptyJSONValue(fv) {
			continue
		}
		if n == 0 {
			jw.buf = append(jw.buf, '{')
		} else {
			jw.buf = append(jw.buf, ',')
		}
		n++
		jw.newline(depth + 1)
		jw.buf = append(jw.buf, f.key...)
		f.enc(jw, fv, depth+1)
	}
	if n == 0 {
		jw.buf = append(jw.buf, '{', '}')
		return
	}
	jw.newline(depth)
	jw.buf = append(jw.buf, '}')
}

// jsonSafe are the ASCII bytes a JSON string holds as they are (with no
// HTML escaping): all but control characters, '"' and '\\'.
var jsonSafe = func() (s [utf8.RuneSelf]bool) {
	for b := 0x20; b < utf8.RuneSelf; b++ {
		s[b] = b != '"' && b != '\\'
	}
	return s
}()

// jsonPlainTerm are the bytes plainJSON passes with term (unsafe runes
// escaped too): jsonSafe's but DEL, and '#', at which appendJSONString
// looks for a CI runner's command.
var jsonPlainTerm = func() (s [utf8.RuneSelf]bool) {
	s = jsonSafe
	s[0x7F], s['#'] = false, false
	return s
}()

const hexDigits = "0123456789abcdef"

// Words of eight bytes, each the same.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// unplainJSONBytes is a mask whose lowest set bit is in the first byte of
// x (in memory order) that a JSON string does not hold as it is (not in
// jsonSafe, or with term not in jsonPlainTerm) or that is not ASCII; 0
// when every byte is plain. A byte above the first marked may be marked
// too; none below it is.
func unplainJSONBytes(x uint64, term bool) uint64 {
	// Each term is a word whose high bits mark bytes, in the end:
	//   - x: the bytes at 0x80 or more;
	//   - x-0x20*ones: those below 0x20 (they wrap round to 0xE0 or
	//     more) and at 0xA0 or more;
	//   - q-ones: those that are '"' (0 in q wraps round to 0xFF; a byte
	//     of q at 0x81 or more is one of x at 0x80 or more); with term,
	//     q-2*ones those that are '"' or '#' (0 or 1 in q);
	//   - bs-ones: those that are '\\';
	//   - with term, x+ones: those that are 0x7F (or at 0x80 or more).
	// A borrow or carry goes from a byte to the one above only from a byte
	// that its term marks, so a byte above the first marked may be marked
	// too, never one below.
	q, bs := x^('"'*ones), x^('\\'*ones)
	if term {
		return (x | (x - 0x20*ones) | (q - 2*ones) | (bs - ones) | (x + ones)) & highs
	}
	return (x | (x - 0x20*ones) | (q - ones) | (bs - ones)) & highs
}

// word8 is the eight bytes of s from i, the first lowest.
func word8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// plainJSON is how many bytes s starts with that a JSON string holds as
// they are: ASCII in jsonSafe (with term: jsonPlainTerm). Eight bytes at a
// time, and a string's last bytes as the eight that end it, whose first
// are known plain (a byte at a time, the up to seven bytes after a
// string's last whole word were a tenth of eis plan --format json's
// JSON strings' instructions); strings under eight bytes a byte at a
// time.
func plainJSON(s string, term bool) int {
	n := len(s)
	if n < 8 {
		plain := &jsonSafe
		if term {
			plain = &jsonPlainTerm
		}
		for i := range n {
			if b := s[i]; b >= utf8.RuneSelf || !plain[b] {
				return i
			}
		}
		return n
	}
	i := 0
	for ; i+8 <= n; i += 8 {
		if m := unplainJSONBytes(word8(s, i), term); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	if i < n {
		// The bytes before i in the last word are plain: none is marked,
		// nor marks one above it, so the first marked is at i or after.
		if m := unplainJSONBytes(word8(s, n-8), term); m != 0 {
			return n - 8 + bits.TrailingZeros64(m)>>3
		}
	}
	return n
}

// appendJSONString appends s as a JSON string, as encoding/json writes it
// without HTML escaping: '"', '\\' and control characters escaped,
// invalid UTF-8 as \ufffd, U+2028 and U+2029 as escapes; with term, DEL
// and the other runes safetext.Unsafe calls unsafe as \uXXXX escapes too
// (all are in the BMP), and the '[' of a CI runner's command ("##[",
// "##vso[", "##teamcity[") as \u005b, as safetext.JSONWriter writes them.
func appendJSONString(dst []byte, term bool, s string) []byte {
	open := len(dst)
	dst = append(dst, '"')
	start := 0
	for i := 0; ; {
		// Plain bytes, nearly all of any text, are copied with the next
		// byte that is not (or the end).
		if i += plainJSON(s[i:], term); i == len(s) {
			break
		}
		if b := s[i]; b < utf8.RuneSelf {
			if b == '#' {
				// Rare (term only: plainJSON passes '#' without): what
				// the string is written as, then its commands broken
				// (a string holds the whole of any command).
				dst = appendJSONString(dst[:open], false, s)
				var ts bytes.Buffer
				_, _ = safetext.NewJSONWriter(&ts).Write(dst[open:]) // a bytes.Buffer takes everything
				return append(dst[:open], ts.Bytes()...)
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		if term && safetext.Unsafe(c) {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', hexDigits[c>>12], hexDigits[c>>8&0xF], hexDigits[c>>4&0xF], hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
