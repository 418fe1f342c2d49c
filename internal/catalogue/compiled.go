package catalogue

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// The compiled catalogue: the embedded catalogue, loaded once when it is
// built (go generate ./practices) and written in a compact binary form that
// the binary decodes in about a millisecond, instead of parsing the YAML
// (25–45 ms) on every run. The YAML stays the source of truth: a test
// fails when the compiled form is not what the YAML loads to. The form
// holds the entries (every yaml field of the catalogue types, and a rule's
// Pos), the digest of the YAML files and where each entry came from
// (Sources); not the positions of every key, which only a diagnostic needs
// and which come from the YAML then.
//
// A text (diag.Text) is the string that holds its languages and texts,
// kept in one block of texts apart from the entries, which say where each
// starts and how long it is: the decoded catalogue's texts are pieces of
// the compiled form, no text is decoded or allocated, and the decoder
// passes over the entries without touching the texts' memory (three
// quarters of the form), which a run reads only for the texts it shows.
//
// Layout: compiledMagic, the layout fingerprint (hex, then a newline), the
// catalogue: section apart (the fingerprint of its own types' layout, then
// the section, each as a string: eis version reads it alone, with the
// decoders of its types only; its texts written in place, as strings),
// the digest, the counts of values by type (so that the decoder allocates
// each type's values at once), the sources, the block of texts (a
// string), then the entries (the catalogue: section again first). Values
// are written depth first: a string as its length (uvarint) and its
// bytes; a text as where it starts in the block of texts and its length
// (uvarints; a text written twice is kept once); an int as a varint; a bool as a byte; a float64 as its 8
// bytes; a date as year, month and day (uvarints); a pointer as a byte 0
// (nil) or 1 and the value; a slice or map as 0 (nil) or its length + 1
// (uvarint), then the items (a map's as key, value pairs, by key); a
// struct as its yaml fields in declaration order. The entries follow in
// the order of Catalogue: the catalogue: section, dimensions, profile,
// questions, regions, practices, countries, languages, groups, market
// notes.

// compiledMagic starts a compiled catalogue.
const compiledMagic = "eis-catalogue-compiled/5\n"

// ErrCompiledStale means a compiled catalogue was made for catalogue types
// other than this build's (a field was added or changed since it was
// generated): run go generate ./practices.
var ErrCompiledStale = errors.New("the compiled catalogue was made for other catalogue types: run go generate ./practices")

// Compile writes c in the compiled form (see above).
func Compile(c *Catalogue) []byte {
	e := &encoder{counts: map[string]int{}, textAt: map[string]int{}}
	// The entries first, into a buffer of their own: the counts and the
	// texts they gather go before and after them.
	e.value(reflect.ValueOf(c.Meta))
	e.value(reflect.ValueOf(c.Dimensions))
	e.value(reflect.ValueOf(c.Profile))
	e.value(reflect.ValueOf(c.Questions))
	e.value(reflect.ValueOf(c.Regions))
	e.value(reflect.ValueOf(c.Practices))
	e.value(reflect.ValueOf(c.Countries))
	e.value(reflect.ValueOf(c.Languages))
	e.value(reflect.ValueOf(c.Groups))
	e.value(reflect.ValueOf(c.MarketNotes))
	entries := e.buf

	e.buf = []byte(compiledMagic + layoutFingerprint() + "\n")
	// The catalogue: section again, alone, for MetaOf: the fingerprint of
	// its own types' layout, and the section as the entries hold it.
	meta := &encoder{counts: map[string]int{}}
	meta.value(reflect.ValueOf(c.Meta))
	e.str(metaFingerprint())
	e.str(string(meta.buf))
	e.str(c.Digest)
	types := make([]string, 0, len(e.counts))
	for t := range e.counts {
		types = append(types, t)
	}
	slices.Sort(types)
	e.uint(uint64(len(types)))
	for _, t := range types {
		e.str(t)
		e.uint(uint64(e.counts[t]))
	}
	sources := c.Sources()
	ids := make([]string, 0, len(sources))
	for id := range sources {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	e.length(false, len(ids))
	for _, id := range ids {
		p := sources[id]
		e.str(id)
		e.pos(p)
	}
	e.str(string(e.texts))
	e.buf = append(e.buf, entries...)
	return e.buf
}

// LoadCompiled decodes a compiled catalogue. Its strings and texts share
// data's memory. It returns ErrCompiledStale
// for a compiled catalogue of other catalogue types, and an error for one
// that is damaged.
func LoadCompiled(data string) (*Catalogue, error) {
	return loadCompiledBy(data, true)
}

// generated is the decoder made for this build's catalogue types by
// TestGeneratedDecoderUpToDate (compiled_gen.go) and the layout
// fingerprint it was made for: a compiled catalogue of that layout is
// decoded by it, with no type walked by reflection and no fingerprint
// worked out (a tenth of eis plan's time in the catalogue); any other by
// the decoders made at run time.
var generated struct {
	layout string
	decode func(d *cdecoder, c *Catalogue)
	// meta and decodeMeta are the same for the catalogue: section alone
	// (MetaOf): its own fingerprint and its decoder.
	meta       string
	decodeMeta func(d *cdecoder, m *Meta)
}

// loadCompiledBy is loadCompiled, with the generated decoder when gen is
// true and it fits.
func loadCompiledBy(data string, gen bool) (c *Catalogue, err error) {
	rest, ok := strings.CutPrefix(data, compiledMagic)
	if !ok {
		return nil, errors.New("not a compiled catalogue")
	}
	fp, rest, ok := strings.Cut(rest, "\n")
	gen = gen && generated.decode != nil && ok && fp == generated.layout
	if !ok || !gen && fp != layoutFingerprint() {
		return nil, ErrCompiledStale
	}
	d := &cdecoder{data: rest}
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("damaged compiled catalogue: %v", r)
		}
	}()
	c = &Catalogue{pos: posTable{}}
	d.str() // the catalogue: section's fingerprint and the section, for MetaOf;
	d.str() // the entries have it too
	c.Digest = d.str()
	nt := int(d.uint())
	if nt > len(d.data) {
		panic("count past the end")
	}
	d.counts = make(map[string]int, nt)
	for range nt {
		t := d.str()
		d.counts[t] = int(d.uint())
	}
	// The sources are read when asked (Catalogue.Sources): here only
	// passed over, which checks them.
	n := max(d.length(), 0)
	start := d.off
	for range n {
		d.str()
		d.pos()
	}
	c.sourceTable, c.sourceCount = d.data[start:d.off], n
	d.textBlock = d.str()
	if gen {
		generated.decode(d, c)
	} else {
		d.value(reflect.ValueOf(&c.Meta).Elem())
		d.value(reflect.ValueOf(&c.Dimensions).Elem())
		d.value(reflect.ValueOf(&c.Profile).Elem())
		d.value(reflect.ValueOf(&c.Questions).Elem())
		d.value(reflect.ValueOf(&c.Regions).Elem())
		d.value(reflect.ValueOf(&c.Practices).Elem())
		d.value(reflect.ValueOf(&c.Countries).Elem())
		d.value(reflect.ValueOf(&c.Languages).Elem())
		d.value(reflect.ValueOf(&c.Groups).Elem())
		d.value(reflect.ValueOf(&c.MarketNotes).Elem())
	}
	if d.off != len(d.data) {
		return nil, errors.New("damaged compiled catalogue: data after the end")
	}
	c.indexCountries()
	return c, nil
}

// rulePos is the index of Rule.Pos, which the compiled form keeps.
var rulePos = sync.OnceValue(func() int {
	f, _ := ruleType.FieldByName("Pos")
	return f.Index[0]
})

var (
	stringsType = reflect.TypeFor[[]string]()
	metaType    = reflect.TypeFor[Meta]()
)

type encoder struct {
	buf []byte
	// counts counts the values pointers point to, by type, and the items
	// of string lists ("[]string").
	counts map[string]int
	// texts is the block of texts, and textAt where each text starts in
	// it; with textAt nil, texts are written in place, as strings (the
	// catalogue: section apart).
	texts  []byte
	textAt map[string]int
}

// text writes t: where it starts in the block of texts and its length,
// or in place.
func (e *encoder) text(t Text) {
	if e.textAt == nil {
		e.str(string(t))
		return
	}
	at, ok := e.textAt[string(t)]
	if !ok {
		at = len(e.texts)
		e.texts = append(e.texts, t...)
		e.textAt[string(t)] = at
	}
	e.uint(uint64(at))
	e.uint(uint64(len(t)))
}

func (e *encoder) uint(u uint64) { e.buf = binary.AppendUvarint(e.buf, u) }
func (e *encoder) str(s string)  { e.uint(uint64(len(s))); e.buf = append(e.buf, s...) }
func (e *encoder) pos(p Pos)     { e.str(p.File); e.uint(uint64(p.Line)); e.uint(uint64(p.Col)) }

// length writes a slice's or map's length, 0 for nil.
func (e *encoder) length(nilValue bool, n int) {
	if nilValue {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}

func (e *encoder) value(v reflect.Value) {
	t := v.Type()
	switch {
	case t == textType:
		e.text(Text(v.String()))
		return
	case t == dateType:
		dt := v.Interface().(Date)
		y, m, d := dt.Year(), dt.Month(), dt.Day()
		e.uint(uint64(y))
		e.uint(uint64(m))
		e.uint(uint64(d))
		return
	case t == stringsType && !v.IsNil():
		e.counts["[]string"] += v.Len()
	}
	switch t.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, 0)
			return
		}
		e.buf = append(e.buf, 1)
		e.counts[t.Elem().String()]++
		e.value(v.Elem())
	case reflect.Slice:
		e.length(v.IsNil(), v.Len())
		for i := 0; i < v.Len(); i++ {
			e.value(v.Index(i))
		}
	case reflect.Map:
		e.length(v.IsNil(), v.Len())
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		slices.Sort(keys)
		for _, k := range keys {
			e.str(k)
			e.value(v.MapIndex(reflect.ValueOf(k).Convert(t.Key())))
		}
	case reflect.Struct:
		for _, fi := range infoOf(t).fields {
			e.value(v.Field(fi.index))
		}
		if t == ruleType {
			e.pos(v.Field(rulePos()).Interface().(Pos))
		}
	case reflect.String:
		e.str(v.String())
	case reflect.Int:
		e.buf = binary.AppendVarint(e.buf, v.Int())
	case reflect.Float64:
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v.Float()))
	case reflect.Bool:
		b := byte(0)
		if v.Bool() {
			b = 1
		}
		e.buf = append(e.buf, b)
	default:
		// layoutFingerprint refuses such types first.
		panic("catalogue: cannot compile a " + t.String())
	}
}

// cdecoder reads the compiled form; a damaged one makes it panic, which
// LoadCompiled turns into an error.
type cdecoder struct {
	data string
	off  int
	// counts are how many values of each type pointers point to (by the
	// type's name; "[]string" for the items of string lists), from the
	// compiled form: each type's values are allocated at once.
	counts map[string]int
	// slabs hands out the values pointers point to, by type.
	slabs map[reflect.Type]*slab
	// strs holds the items of string lists, which are slices of it.
	strs []string
	// textBlock is the block of texts, which the entries' texts are
	// pieces of; inPlace is true for the catalogue: section apart, whose
	// texts are written in place.
	textBlock string
	inPlace   bool
}

// text reads a text (see encoder.text).
func (d *cdecoder) text() Text {
	if d.inPlace {
		return Text(d.str())
	}
	at, n := d.uint(), d.uint()
	if at > uint64(len(d.textBlock)) || n > uint64(len(d.textBlock))-at {
		panic("text past the end")
	}
	return Text(d.textBlock[at : at+n])
}

// slab is a block of values of one type, handed out from next.
type slab struct {
	block      unsafe.Pointer // the first value of the block
	size       uintptr        // of one value
	next, free int            // the next value, and how many are left
}

// newValue returns a pointer to a new zero value of type t.
func (d *cdecoder) newValue(t reflect.Type) unsafe.Pointer {
	s := d.slabs[t]
	if s == nil {
		if d.slabs == nil {
			d.slabs = map[reflect.Type]*slab{}
		}
		s = &slab{size: t.Size()}
		d.slabs[t] = s
	}
	if s.free == 0 {
		// As many as the compiled form says, at once; more only from a
		// damaged one, which fails later.
		n := d.counts[t.String()]
		if s.block != nil || n <= 0 || n > len(d.data) {
			n = 8
		}
		if s.size == 0 {
			return reflect.New(t).UnsafePointer()
		}
		s.block, s.next, s.free = reflect.MakeSlice(reflect.SliceOf(t), n, n).UnsafePointer(), 0, n
	}
	p := unsafe.Add(s.block, uintptr(s.next)*s.size)
	s.next++
	s.free--
	return p
}

// genNew returns a pointer to a new zero value from slab, for the
// generated decoder (see newValue): the slab is filled with as many values
// as the compiled form counts of the type name at once.
func genNew[T any](d *cdecoder, slab *[]T, name string) *T {
	if len(*slab) == 0 {
		n := d.counts[name]
		if *slab != nil || n <= 0 || n > len(d.data) {
			n = 8
		}
		*slab = make([]T, n)
	}
	v := &(*slab)[0]
	*slab = (*slab)[1:]
	return v
}

// strings returns a list of n strings, cut from a shared block (its
// capacity is its length, so an append makes a copy).
func (d *cdecoder) strings(n int) []string {
	if n > len(d.strs) {
		size := d.counts["[]string"]
		if size < n || size > len(d.data) {
			size = max(n, 512)
		}
		d.counts["[]string"] = 0
		d.strs = make([]string, size)
	}
	ss := d.strs[:n:n]
	d.strs = d.strs[n:]
	return ss
}
func (d *cdecoder) uint() uint64 {
	var u uint64
	for shift := 0; ; shift += 7 {
		b := d.data[d.off]
		d.off++
		if shift > 63 {
			panic("varint overflows")
		}
		u |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return u
		}
	}
}

func (d *cdecoder) int() int64 {
	u := d.uint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (d *cdecoder) str() string {
	n := int(d.uint())
	if n < 0 || n > len(d.data)-d.off {
		panic("string past the end")
	}
	s := d.data[d.off : d.off+n]
	d.off += n
	return s
}

func (d *cdecoder) byte() byte {
	b := d.data[d.off]
	d.off++
	return b
}

func (d *cdecoder) pos() Pos {
	return Pos{File: d.str(), Line: int(d.uint()), Col: int(d.uint())}
}

// length reads a slice's or map's length; -1 for nil.
func (d *cdecoder) length() int {
	n := d.uint()
	if n > uint64(len(d.data)) {
		panic("length past the end")
	}
	return int(n) - 1
}

// value decodes a value of v's type into v, which is addressable.
func (d *cdecoder) value(v reflect.Value) { decoderOf(v.Type())(d, v.Addr().UnsafePointer()) }

// decodeFunc decodes a value of its type into the memory at p, which
// holds a zero value of the type. The decoder writes through pointers
// rather than reflect.Value: finding a struct's field, a slice's item and
// setting each through reflect cost a tenth of eis plan's CPU; the types
// it knows are the catalogue's (structs of strings, ints, float64s, bools,
// pointers, slices, maps, Text and Date).
type decodeFunc func(d *cdecoder, p unsafe.Pointer)

// sliceHeader is the memory of a slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

// decoders are the decodeFuncs of the catalogue's types, made once: each
// knows its type's layout, so decoding compares no types.
var decoders = sync.OnceValue(func() map[reflect.Type]decodeFunc {
	m, of := decoderSet()
	for _, v := range []any{&Catalogue{}} {
		c := reflect.TypeOf(v).Elem()
		for i := 0; i < c.NumField(); i++ {
			if c.Field(i).IsExported() {
				of(c.Field(i).Type)
			}
		}
	}
	return m
})

// metaDecoder decodes the catalogue: section alone (MetaOf), without
// making the decoders of the other types.
var metaDecoder = sync.OnceValue(func() decodeFunc {
	_, of := decoderSet()
	return of(metaType)
})

// decoderSet returns a set of decodeFuncs, by type, and the function that
// makes a type's (and those of the types it holds) into it.
func decoderSet() (map[reflect.Type]decodeFunc, func(reflect.Type) decodeFunc) {
	m := map[reflect.Type]decodeFunc{}
	var of func(t reflect.Type) decodeFunc
	of = func(t reflect.Type) decodeFunc {
		if f, ok := m[t]; ok {
			return f
		}
		// A type that holds itself (a rule's rules) calls through here
		// until its own function is made.
		var f decodeFunc
		m[t] = func(d *cdecoder, p unsafe.Pointer) { f(d, p) }
		f = makeDecoder(t, of)
		m[t] = f
		return f
	}
	return m, of
}

// decoderOf is the decodeFunc of t, one of the catalogue's types.
func decoderOf(t reflect.Type) decodeFunc {
	if f, ok := decoders()[t]; ok {
		return f
	}
	panic("cannot decode a " + t.String())
}

// makeDecoder makes the decodeFunc of t; of gives those of other types.
func makeDecoder(t reflect.Type, of func(reflect.Type) decodeFunc) decodeFunc {
	switch {
	case t == textType:
		return func(d *cdecoder, p unsafe.Pointer) { *(*Text)(p) = d.text() }
	case t == dateType:
		return func(d *cdecoder, p unsafe.Pointer) {
			y, m, day := d.uint(), d.uint(), d.uint()
			*(*Date)(p) = NewDate(int(y), time.Month(m), int(day))
		}
	case t == stringsType:
		return func(d *cdecoder, p unsafe.Pointer) {
			n := d.length()
			if n < 0 {
				return
			}
			ss := d.strings(n)
			for i := range ss {
				ss[i] = d.str()
			}
			*(*[]string)(p) = ss
		}
	}
	switch t.Kind() {
	case reflect.Pointer:
		elem, et := of(t.Elem()), t.Elem()
		return func(d *cdecoder, p unsafe.Pointer) {
			if d.byte() == 0 {
				return
			}
			v := d.newValue(et)
			elem(d, v)
			*(*unsafe.Pointer)(p) = v
		}
	case reflect.Slice:
		elem, size := of(t.Elem()), t.Elem().Size()
		return func(d *cdecoder, p unsafe.Pointer) {
			n := d.length()
			if n < 0 {
				return
			}
			data := reflect.MakeSlice(t, n, n).UnsafePointer()
			for i := range n {
				elem(d, unsafe.Add(data, uintptr(i)*size))
			}
			*(*sliceHeader)(p) = sliceHeader{data, n, n}
		}
	case reflect.Map:
		elem, kt, et := of(t.Elem()), t.Key(), t.Elem()
		return func(d *cdecoder, p unsafe.Pointer) {
			n := d.length()
			if n < 0 {
				return
			}
			m := reflect.MakeMapWithSize(t, n)
			for range n {
				k := reflect.ValueOf(d.str()).Convert(kt)
				x := reflect.New(et)
				elem(d, x.UnsafePointer())
				m.SetMapIndex(k, x.Elem())
			}
			reflect.NewAt(t, p).Elem().Set(m)
		}
	case reflect.Struct:
		si := infoOf(t)
		fields := make([]decodeFunc, len(si.fields))
		offsets := make([]uintptr, len(si.fields))
		for i, fi := range si.fields {
			fields[i] = of(t.Field(fi.index).Type)
			offsets[i] = t.Field(fi.index).Offset
		}
		if t == ruleType {
			pos := t.Field(rulePos()).Offset
			return func(d *cdecoder, p unsafe.Pointer) {
				for i, f := range fields {
					f(d, unsafe.Add(p, offsets[i]))
				}
				*(*Pos)(unsafe.Add(p, pos)) = d.pos()
			}
		}
		return func(d *cdecoder, p unsafe.Pointer) {
			for i, f := range fields {
				f(d, unsafe.Add(p, offsets[i]))
			}
		}
	case reflect.String:
		return func(d *cdecoder, p unsafe.Pointer) { *(*string)(p) = d.str() }
	case reflect.Int:
		return func(d *cdecoder, p unsafe.Pointer) { *(*int)(p) = int(d.int()) }
	case reflect.Float64:
		return func(d *cdecoder, p unsafe.Pointer) {
			var u uint64
			for i := range 8 {
				u |= uint64(d.byte()) << (8 * i)
			}
			*(*float64)(p) = math.Float64frombits(u)
		}
	case reflect.Bool:
		return func(d *cdecoder, p unsafe.Pointer) { *(*bool)(p) = d.byte() != 0 }
	}
	// Types the compiled form does not hold (the position table, the
	// index): never asked for.
	return func(d *cdecoder, p unsafe.Pointer) { panic("cannot decode a " + t.String()) }
}

// layoutFingerprint identifies the catalogue types as the compiled form
// lays them out: every struct's yaml fields, in order, with their types. A
// compiled catalogue made for other types is refused (ErrCompiledStale).
var layoutFingerprint = sync.OnceValue(func() string {
	return fingerprint(reflect.TypeFor[Meta](), reflect.TypeFor[Dimension](), reflect.TypeFor[Question](), reflect.TypeFor[Region](), reflect.TypeFor[Practice](),
		reflect.TypeFor[Country](), reflect.TypeFor[Language](), reflect.TypeFor[Group](), reflect.TypeFor[MarketNote]())
})

// metaFingerprint is layoutFingerprint for the catalogue: section alone,
// which the compiled form also holds apart (see MetaOf).
var metaFingerprint = sync.OnceValue(func() string { return fingerprint(metaType) })

// fingerprint identifies the layout of the types roots and those they
// hold: every struct's yaml fields, in order, with their types.
func fingerprint(roots ...reflect.Type) string {
	var b strings.Builder
	seen := map[reflect.Type]bool{}
	var describe func(t reflect.Type)
	describe = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		switch {
		case t == textType, t == dateType:
			return
		case t.Kind() == reflect.Pointer, t.Kind() == reflect.Slice, t.Kind() == reflect.Map:
			describe(t.Elem())
			return
		case t.Kind() != reflect.Struct:
			return
		}
		b.WriteString(t.Name())
		b.WriteByte('{')
		for _, fi := range infoOf(t).fields {
			b.WriteString(fi.name)
			b.WriteByte(' ')
			b.WriteString(t.Field(fi.index).Type.String())
			b.WriteByte(';')
		}
		b.WriteByte('}')
		for _, fi := range infoOf(t).fields {
			describe(t.Field(fi.index).Type)
		}
	}
	for _, t := range roots {
		describe(t)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:8])
}

// MetaOf returns the catalogue: section of base, the embedded catalogue,
// without loading the rest: from its compiled form when it has one (the
// section comes first, as JSON), else from the YAML file that holds it. For a command that only describes the catalogue
// (eis version); ok is false when it cannot be read.
func MetaOf(base fs.FS) (m Meta, ok bool) {
	if cf, has := base.(interface{ Compiled() string }); has {
		if m, ok := compiledMeta(cf.Compiled()); ok {
			return m, true
		}
	}
	c, _, err := Parse(base)
	if err != nil || c == nil {
		return Meta{}, false
	}
	return c.Meta, true
}

// compiledMeta decodes the catalogue: section of a compiled catalogue,
// which it holds apart with the fingerprint of its own types: it needs
// neither the whole layout's fingerprint nor the other types' decoders
// (nor encoding/json, whose decoder eis version then never runs).
func compiledMeta(data string) (m Meta, ok bool) {
	return compiledMetaBy(data, true)
}

// compiledMetaBy is compiledMeta, with the generated decoder when gen is
// true and it fits (the section's fingerprint is then not worked out).
func compiledMetaBy(data string, gen bool) (m Meta, ok bool) {
	rest, found := strings.CutPrefix(data, compiledMagic)
	if !found {
		return Meta{}, false
	}
	fp, rest, found := strings.Cut(rest, "\n")
	if !found {
		return Meta{}, false
	}
	defer func() {
		if r := recover(); r != nil {
			m, ok = Meta{}, false
		}
	}()
	d := &cdecoder{data: rest}
	mfp := d.str()
	md := &cdecoder{data: d.str(), counts: map[string]int{}, inPlace: true}
	switch {
	case gen && generated.decodeMeta != nil && fp == generated.layout && mfp == generated.meta:
		generated.decodeMeta(md, &m)
	case mfp == metaFingerprint():
		metaDecoder()(md, unsafe.Pointer(&m))
	default:
		return Meta{}, false
	}
	if md.off != len(md.data) {
		return Meta{}, false
	}
	return m, true
}
