package diag

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"iter"
	"slices"
	"strconv"
	"strings"
)

// Text is a text given in several languages, language code → text (a
// catalogue text, or an argument made of one): the output language's is
// used, else English. It is a value, not a map: its languages and texts
// are held in one string, in the order of their codes, each as the code's
// length (a byte), the code, the text's length (uvarint) and the text. A
// catalogue's texts are therefore strings of its Go values (no memory
// of their own, nothing to decode), and two Texts are equal when they
// hold the same texts. The zero Text has no language; a Text holds no
// empty code.
type Text string

// NewText returns the Text of m's texts: the zero Text for a nil map, a
// Text with no language (but not the zero Text: a file that wrote {}) for
// an empty one.
func NewText(m map[string]string) Text {
	if m == nil {
		return ""
	}
	if len(m) == 0 {
		return noLanguage
	}
	langs := make([]string, 0, len(m))
	n := 0
	for l, s := range m {
		langs = append(langs, l)
		n += len(l) + len(s) + 1 + binary.MaxVarintLen64
	}
	slices.Sort(langs)
	b := make([]byte, 0, n)
	for _, l := range langs {
		b = appendPart(b, l, m[l])
	}
	return Text(b)
}

// TextOf returns the Text of langs[i] → texts[i]: NewText without a map
// (a decoder's, which has the pairs in a list). langs must not repeat a
// code; langs and texts are sorted together in place. An empty list makes
// a Text with no language, as NewText of an empty map.
func TextOf(langs, texts []string) Text {
	if len(langs) != len(texts) {
		panic("diag.TextOf: as many languages as texts")
	}
	if len(langs) == 0 {
		return noLanguage
	}
	n := 0
	// Insertion sort: a text has a handful of languages.
	for i := range langs {
		for j := i; j > 0 && langs[j] < langs[j-1]; j-- {
			langs[j], langs[j-1] = langs[j-1], langs[j]
			texts[j], texts[j-1] = texts[j-1], texts[j]
		}
		n += len(langs[i]) + len(texts[i]) + 1 + binary.MaxVarintLen64
	}
	b := make([]byte, 0, n)
	for i, l := range langs {
		b = appendPart(b, l, texts[i])
	}
	return Text(b)
}

// T returns the Text of the language, text pairs given (a test's, say):
// T("en", "Yes", "da", "Ja").
func T(pairs ...string) Text {
	if len(pairs)%2 != 0 {
		panic("diag.T: a language without a text")
	}
	m := make(map[string]string, len(pairs)/2)
	for i := 0; i < len(pairs); i += 2 {
		m[pairs[i]] = pairs[i+1]
	}
	return NewText(m)
}

// noLanguage is a Text that is there but has no language (a mapping with
// nothing in it), as a nil map differed from an empty one: a part whose
// code is empty ends the parts.
const noLanguage Text = "\x00"

// appendPart appends one language's part of a Text to b.
func appendPart(b []byte, lang, s string) []byte {
	if len(lang) == 0 || len(lang) > 255 {
		panic("diag.Text: a language code of " + strconv.Itoa(len(lang)) + " bytes")
	}
	b = append(b, byte(len(lang)))
	b = append(b, lang...)
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// next reads the part of t at i: its language, its text and where the
// next part starts; ok is false at the end or on a malformed Text.
func (t Text) next(i int) (lang, s string, j int, ok bool) {
	if i >= len(t) {
		return "", "", i, false
	}
	n := int(t[i])
	i++
	if n == 0 || i+n > len(t) {
		return "", "", len(t), false
	}
	lang = string(t[i : i+n])
	i += n
	var size uint64
	var shift uint
	for {
		if i >= len(t) || shift > 63 {
			return "", "", len(t), false
		}
		c := t[i]
		i++
		size |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
		shift += 7
	}
	if size > uint64(len(t)-i) {
		return "", "", len(t), false
	}
	return lang, string(t[i : i+int(size)]), i + int(size), true
}

// Get returns t's text in lang, and whether it has one.
func (t Text) Get(lang string) (string, bool) {
	for i := 0; ; {
		l, s, j, ok := t.next(i)
		if !ok {
			return "", false
		}
		if l == lang {
			return s, true
		}
		i = j
	}
}

// In returns t's text in lang, or "" when it has none.
func (t Text) In(lang string) string {
	s, _ := t.Get(lang)
	return s
}

// Has reports whether t has a text in lang.
func (t Text) Has(lang string) bool {
	_, ok := t.Get(lang)
	return ok
}

// Len returns how many languages t has.
func (t Text) Len() int {
	n := 0
	for i := 0; ; n++ {
		_, _, j, ok := t.next(i)
		if !ok {
			return n
		}
		i = j
	}
}

// All yields t's languages and texts in the order of the codes.
func (t Text) All() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for i := 0; ; {
			l, s, j, ok := t.next(i)
			if !ok || !yield(l, s) {
				return
			}
			i = j
		}
	}
}

// Langs returns t's language codes, in order.
func (t Text) Langs() []string {
	var out []string
	for l := range t.All() {
		out = append(out, l)
	}
	return out
}

// Map returns t's texts as a new map (nil for the zero Text).
func (t Text) Map() map[string]string {
	if t == "" {
		return nil
	}
	m := map[string]string{}
	for l, s := range t.All() {
		m[l] = s
	}
	return m
}

// With returns t with s as its text in lang (added or replaced).
func (t Text) With(lang, s string) Text {
	b := make([]byte, 0, len(t)+len(lang)+len(s)+1+binary.MaxVarintLen64)
	done := false
	for l, x := range t.All() {
		if !done && l >= lang {
			b = appendPart(b, lang, s)
			done = true
			if l == lang {
				continue
			}
		}
		b = appendPart(b, l, x)
	}
	if !done {
		b = appendPart(b, lang, s)
	}
	return Text(b)
}

// Without returns t without its text in lang.
func (t Text) Without(lang string) Text {
	if !t.Has(lang) {
		return t
	}
	var b []byte
	for l, x := range t.All() {
		if l != lang {
			b = appendPart(b, l, x)
		}
	}
	return Text(b)
}

// GoString shows t as the map it stands for (in %#v and test failures).
func (t Text) GoString() string {
	var sb strings.Builder
	sb.WriteString("diag.T(")
	first := true
	for l, s := range t.All() {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		sb.WriteString(strconv.Quote(l) + ", " + strconv.Quote(s))
	}
	sb.WriteString(")")
	return sb.String()
}

// String shows t as fmt shows a map of its texts.
func (t Text) String() string {
	var sb strings.Builder
	sb.WriteString("map[")
	first := true
	for l, s := range t.All() {
		if !first {
			sb.WriteString(" ")
		}
		first = false
		sb.WriteString(l + ":" + s)
	}
	sb.WriteString("]")
	return sb.String()
}

// MarshalJSON writes t as encoding/json writes a map of its texts.
func (t Text) MarshalJSON() ([]byte, error) {
	if t == "" {
		// A nil map.
		return []byte("null"), nil
	}
	// Without escaping HTML: an encoder that escapes it does so to what
	// a method writes too, one that does not leaves it as it is.
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(t.Map()); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// UnmarshalJSON reads t from a JSON object of strings (null: the zero Text).
func (t *Text) UnmarshalJSON(b []byte) error {
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	if err := checkCodes(m); err != nil {
		return err
	}
	*t = NewText(m)
	return nil
}

// MarshalYAML writes t as a mapping of its texts (yaml.v3's Marshaler).
func (t Text) MarshalYAML() (any, error) { return t.Map(), nil }

// UnmarshalYAML reads t from a mapping of strings (yaml.v3's obsolete
// Unmarshaler, which needs no import of yaml).
func (t *Text) UnmarshalYAML(unmarshal func(any) error) error {
	var m map[string]string
	if err := unmarshal(&m); err != nil {
		return err
	}
	if err := checkCodes(m); err != nil {
		return err
	}
	*t = NewText(m)
	return nil
}

// checkCodes is the error of a text read from a file whose language codes
// a Text cannot hold (empty, or longer than 255 bytes), which NewText
// would panic on; nil when every code fits.
func checkCodes(m map[string]string) error {
	for l := range m {
		if l == "" {
			return errors.New("a text with an empty language code")
		}
		if len(l) > 255 {
			return errors.New("a text with a language code longer than 255 bytes")
		}
	}
	return nil
}
