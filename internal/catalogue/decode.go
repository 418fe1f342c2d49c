package catalogue

import (
	"errors"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/safetext"
	"github.com/eis-project/eis/internal/suggest"
	"go.yaml.in/yaml/v3"
)

// decoder turns one file's yaml.Node tree into the catalogue types, checking
// structure as it goes: unknown and duplicate keys, wrong kinds, missing
// required fields, bad enum values, malformed dates and rule shapes. It
// records where every value stands in the position table.
type decoder struct {
	file  string
	diags *diag.Diagnostics
	pos   posTable
}

func (d *decoder) at(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Col: n.Column} }

// entry starts the positions of owner, a new entry that stands at n.
func (d *decoder) entry(owner any, n *yaml.Node) *entryPos {
	// Room for its keys and about as many values below them (texts'
	// languages, list items), so the list seldom grows.
	e := &entryPos{file: d.file, line: int32(n.Line), col: int32(n.Column), items: make([]posItem, 0, len(n.Content)*3/2+2)}
	d.pos[owner] = e
	return e
}

// label names a value in messages: its key ("steps"), a list item of it
// ("steps[2]"), a language of that ("steps[2].da"). It is said only when a
// message needs it, so decoding a valid file builds no names.
type label struct {
	key  string
	item int // -1: not a list item
	lang string
}

// named is the label of the value of key.
func named(key string) label { return label{key: key, item: -1} }

// at is the label of the list item i of l.
func (l label) at(i int) label { return label{key: l.key, item: i} }

// in is the label of the text of l in language lang.
func (l label) in(lang string) label { l.lang = lang; return l }

// String is the label as messages show it.
func (l label) String() string {
	s := l.key
	if l.item >= 0 {
		s += "[" + strconv.Itoa(l.item) + "]"
	}
	if l.lang != "" {
		s += "." + l.lang
	}
	return s
}

// fieldInfo describes one YAML key of a struct type.
type fieldInfo struct {
	name     string
	index    int
	required bool
	enum     []string
}

// structInfo lists a struct type's YAML keys in declaration order.
type structInfo struct {
	fields []fieldInfo
	byName map[string]int
	names  string // "a, b, c" for messages
	// near finds the key an unknown one may have meant (made when first
	// needed: most files have no unknown key).
	near func() *suggest.Index
}

var structInfos sync.Map // reflect.Type → *structInfo

// infoOf derives a struct's keys from its yaml tags: a key without
// omitempty is required; a jsonschema enum tag lists the allowed values.
func infoOf(t reflect.Type) *structInfo {
	if si, ok := structInfos.Load(t); ok {
		return si.(*structInfo)
	}
	si := &structInfo{byName: map[string]int{}}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("yaml")
		if tag == "" || tag == "-" || !f.IsExported() {
			continue
		}
		parts := strings.Split(tag, ",")
		fi := fieldInfo{name: parts[0], index: i, required: true}
		for _, p := range parts[1:] {
			if p == "omitempty" {
				fi.required = false
			}
		}
		for _, p := range strings.Split(f.Tag.Get("jsonschema"), ",") {
			if v, ok := strings.CutPrefix(p, "enum="); ok {
				fi.enum = append(fi.enum, v)
			}
		}
		si.byName[fi.name] = len(si.fields)
		si.fields = append(si.fields, fi)
		names = append(names, fi.name)
	}
	si.names = strings.Join(names, ", ")
	si.near = sync.OnceValue(func() *suggest.Index { return suggest.New(names) })
	structInfos.Store(t, si)
	return si
}

var (
	textType  = reflect.TypeFor[Text]()
	dateType  = reflect.TypeFor[Date]()
	fileType  = reflect.TypeFor[File]()
	ruleType  = reflect.TypeFor[Rule]()
	bandsType = reflect.TypeFor[Bands]()
	// translationsType is the catalogue's translations: mapping, and
	// profileType an eligibility's profile: (see Keyed).
	translationsType = reflect.TypeFor[Keyed[Translation]]()
	profileType      = reflect.TypeFor[Keyed[Bands]]()
)

// typeWords name each struct type in messages; made on first use, not
// at every start (see TestNothingAtInit).
var typeWords = sync.OnceValue(func() map[reflect.Type]word {
	return map[reflect.Type]word{
		fileType:                          "file",
		reflect.TypeFor[Meta]():           "catalogue",
		reflect.TypeFor[Translation]():    "translation",
		reflect.TypeFor[Dimension]():      "dimension",
		reflect.TypeFor[Question]():       "question",
		reflect.TypeFor[Option]():         "option",
		reflect.TypeFor[Region]():         "region",
		reflect.TypeFor[Practice]():       "practice",
		reflect.TypeFor[Eligibility]():    "eligibility",
		reflect.TypeFor[Source]():         "source",
		ruleType:                          "rule",
		reflect.TypeFor[AnswerIn]():       "answer-condition",
		reflect.TypeFor[ScoreRef]():       "score-condition",
		reflect.TypeFor[Country]():        "country",
		reflect.TypeFor[Language]():       "language",
		reflect.TypeFor[Group]():          "group",
		reflect.TypeFor[Decisive]():       "decisive-rule",
		reflect.TypeFor[MarketNote]():     "market-note",
		reflect.TypeFor[MarketsRef]():     "markets-condition",
		reflect.TypeFor[ScoreWhen]():      "score-when",
		reflect.TypeFor[GapWhen]():        "gap-when",
		reflect.TypeFor[UnknownWhen]():    "unknown-when",
		reflect.TypeFor[FirstStepWhen]():  "first-step-when",
		reflect.TypeFor[StepWhen]():       "step-when",
		reflect.TypeFor[StepAlsoIn]():     "step-also-in",
		bandsType:                         "bands",
		reflect.TypeFor[TargetMarkets]():  "target-markets",
		reflect.TypeFor[Amounts]():        "amounts",
		reflect.TypeFor[Contact]():        "contact",
		reflect.TypeFor[TradeAgreement](): "trade-agreement",
	}
})

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// mappingKeys finds the keys of a mapping (content: its keys and values)
// by their text. A small mapping is scanned; a large one is indexed on
// first use: scanning every key before each key is quadratic, and eis
// validate ran for minutes on a 2 MB file of 190,000 keys.
type mappingKeys struct {
	content []*yaml.Node
	first   map[string]int // the index of each text's first key
}

// scanKeys is the size up to which a mapping's keys are scanned.
const scanKeys = 64

// earlier is the index in content of a key before the one at i with the
// same text, or -1.
func (m *mappingKeys) earlier(i int) int {
	if len(m.content) <= 2*scanKeys {
		return earlierKey(m.content, i)
	}
	if m.first == nil {
		m.first = make(map[string]int, len(m.content)/2)
		for j := 0; j < len(m.content); j += 2 {
			if e := m.content[j]; e.Kind == yaml.ScalarNode {
				if _, seen := m.first[e.Value]; !seen {
					m.first[e.Value] = j
				}
			}
		}
	}
	if j, ok := m.first[m.content[i].Value]; ok && j < i {
		return j
	}
	return -1
}

// earlierKey is the index in content (a mapping's keys and values) of a
// key before the one at i with the same text, or -1, by a scan.
func earlierKey(content []*yaml.Node, i int) int {
	k := content[i]
	for j := 0; j < i; j += 2 {
		if e := content[j]; e.Kind == yaml.ScalarNode && e.Value == k.Value {
			return j
		}
	}
	return -1
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// found names what a node is, for "must be X, not Y" messages.
func found(n *yaml.Node) word {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.AliasNode:
		return "alias"
	}
	switch n.ShortTag() {
	case "!!int", "!!float":
		return "number"
	case "!!bool":
		return "bool"
	case "!!null":
		return "nothing"
	case "!!timestamp":
		return "date"
	}
	return "text"
}

func (d *decoder) kind(n *yaml.Node, l label, want word) {
	errorf(d.diags, d.at(n), "kind", "validate.kind", l.String(), want, found(n))
}

// value decodes n into v. e and at say where the value's position is
// recorded (at is its item in e; -1 is the entry itself), l names it in
// messages, fi is the field (nil for list items).
func (d *decoder) value(n *yaml.Node, v reflect.Value, e *entryPos, at int32, l label, fi *fieldInfo) bool {
	t := v.Type()
	switch {
	case t == textType:
		return d.text(n, v, e, at, l)
	case t == translationsType || t == profileType:
		return d.keyed(n, v, e, at, l)
	case t == dateType:
		if n.Kind != yaml.ScalarNode || (n.ShortTag() != "!!str" && n.ShortTag() != "!!timestamp") {
			d.kind(n, l, "a-date")
			return false
		}
		dt, err := ParseDate(n.Value)
		if err != nil {
			errorf(d.diags, d.at(n), "date", "validate.date.format", l.String(), n.Value)
			return false
		}
		v.Set(reflect.ValueOf(dt))
		return true
	}
	switch t.Kind() {
	case reflect.Pointer:
		p := reflect.New(t.Elem())
		if t.Elem() == bandsType && n.Kind == yaml.SequenceNode {
			// A list of answers is shorthand for {in: [...]}.
			b := p.Interface().(*Bands)
			be := d.entry(b, n)
			kat := be.add(-1, "in", n.Line, n.Column)
			if !d.value(n, reflect.ValueOf(&b.In).Elem(), be, kat, l, nil) {
				return false
			}
			v.Set(p)
			return true
		}
		if t.Elem().Kind() == reflect.Struct && t.Elem() != dateType {
			if !d.structure(n, p.Elem(), p.Interface(), nil, -1, l) {
				return false
			}
		} else if !d.value(n, p.Elem(), e, at, l, fi) {
			return false
		}
		v.Set(p)
	case reflect.Struct:
		return d.structure(n, v, nil, e, at, l)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			d.kind(n, l, "a-list")
			return false
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		// A list of strings with an enum tag (covers) checks each item.
		var itemFi *fieldInfo
		if fi != nil && len(fi.enum) > 0 && t.Elem().Kind() == reflect.String {
			itemFi = fi
		}
		for i, item := range n.Content {
			if isNull(item) {
				errorf(d.diags, d.at(item), "kind", "validate.kind.empty-item", l.at(i).String())
				continue
			}
			d.value(item, s.Index(i), e, e.add(at, indexKey(i), item.Line, item.Column), l.at(i), itemFi)
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			d.kind(n, l, "a-string")
			return false
		}
		switch n.ShortTag() {
		case "!!str", "!!int", "!!bool", "!!timestamp":
		case "!!float":
			errorf(d.diags, d.at(n), "kind", "validate.kind.float-string", l.String(), n.Value)
			return false
		default:
			d.kind(n, l, "a-string")
			return false
		}
		v.SetString(n.Value)
		d.unsafeText(n, l, n.Value)
		d.yaml11(n)
		if fi != nil && len(fi.enum) > 0 && !slices.Contains(fi.enum, n.Value) {
			errorf(d.diags, d.at(n), "enum", "validate.enum", l.String(), n.Value, strings.Join(fi.enum, ", "))
		}
	case reflect.Float64:
		f, ok := number(n)
		if !ok {
			if infinite(n) {
				errorf(d.diags, d.at(n), "kind", "validate.kind.finite", l.String(), n.Value)
				return false
			}
			d.kind(n, l, "a-number")
			return false
		}
		v.SetFloat(f)
	case reflect.Int:
		i, err := strconv.Atoi(n.Value)
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!int" || err != nil {
			d.kind(n, l, "a-whole-number")
			return false
		}
		v.SetInt(int64(i))
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
			d.kind(n, l, "a-bool")
			return false
		}
		v.SetBool(strings.EqualFold(n.Value, "true"))
	default:
		// The catalogue types use no other kinds; a new field of another
		// kind is reported rather than silently dropped.
		d.kind(n, l, "a-string")
		return false
	}
	return true
}

// keyed decodes a mapping with string keys into the Keyed v (see
// mapping), its items in the order of their keys.
func (d *decoder) keyed(n *yaml.Node, v reflect.Value, e *entryPos, at int32, l label) bool {
	t := v.Type()
	// The map's entries are named by what holds the map.
	what := word("eligibility")
	if t == translationsType {
		what = "catalogue"
	}
	m := reflect.New(reflect.MapOf(reflect.TypeFor[string](), t.Elem().Field(1).Type)).Elem()
	if !d.mapping(n, m, e, at, l, what) {
		return false
	}
	keys := make([]string, 0, m.Len())
	for _, k := range m.MapKeys() {
		keys = append(keys, k.String())
	}
	slices.Sort(keys)
	s := reflect.MakeSlice(t, len(keys), len(keys))
	for i, k := range keys {
		s.Index(i).Field(0).SetString(k)
		s.Index(i).Field(1).Set(m.MapIndex(reflect.ValueOf(k)))
	}
	v.Set(s)
	return true
}

// mapping decodes a mapping with string keys (eligibility profile:, a
// catalogue's translations:, named by what in messages) into the map v;
// each key is recorded below at in e.
func (d *decoder) mapping(n *yaml.Node, v reflect.Value, e *entryPos, at int32, l label, what word) bool {
	if n.Kind != yaml.MappingNode {
		d.kind(n, l, "a-mapping")
		return false
	}
	t := v.Type()
	m := reflect.MakeMapWithSize(t, len(n.Content)/2)
	keys := mappingKeys{content: n.Content}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			errorf(d.diags, d.at(k), "kind", "validate.kind.key", what)
			continue
		}
		if j := keys.earlier(i); j >= 0 {
			errorf(d.diags, d.at(k), "duplicate-key", "validate.duplicate-key", k.Value, what, n.Content[j].Line)
			continue
		}
		kat := e.add(at, k.Value, k.Line, k.Column)
		if isNull(val) {
			errorf(d.diags, d.at(k), "required", "validate.required.empty", what, k.Value)
			continue
		}
		ev := reflect.New(t.Elem()).Elem()
		if d.value(val, ev, e, kat, named(l.String()+"."+k.Value), nil) {
			m.SetMapIndex(reflect.ValueOf(k.Value).Convert(t.Key()), ev)
		} else {
			e.items[kat].failed = true
		}
	}
	v.Set(m)
	return true
}

// yaml11Bool reports the plain words YAML 1.1 tools (ajv-cli, check-jsonschema,
// many editors) read as booleans; eis (YAML 1.2) reads them as text.
func yaml11Bool(s string) bool {
	switch s {
	case "y", "Y", "n", "N", "yes", "Yes", "YES", "no", "No", "NO",
		"on", "On", "ON", "off", "Off", "OFF":
		return true
	}
	return false
}

// yaml11 warns about a plain (unquoted) scalar that YAML 1.1 tools read as
// a boolean: Norway's code NO, an option ID yes, a label No.
func (d *decoder) yaml11(n *yaml.Node) {
	if n.Style == 0 && n.ShortTag() == "!!str" && yaml11Bool(n.Value) {
		warnf(d.diags, d.at(n), "yaml11-bool", "validate.yaml11-bool", n.Value)
	}
}

// number reads an int or float scalar; NaN and infinities are not numbers here.
func number(n *yaml.Node) (float64, bool) {
	if n.Kind != yaml.ScalarNode {
		return 0, false
	}
	if tag := n.ShortTag(); tag != "!!int" && tag != "!!float" {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err != nil {
		i, err2 := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err2 != nil {
			return 0, false
		}
		f = float64(i)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// infinite reports whether n is a number with no finite value: .nan,
// .inf, or one too large for a float64 (1e400, which yaml.v3 reads as
// text).
func infinite(n *yaml.Node) bool {
	if n.Kind != yaml.ScalarNode {
		return false
	}
	switch n.ShortTag() {
	case "!!float", "!!int", "!!str":
	default:
		return false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
	if err == nil {
		return math.IsNaN(f) || math.IsInf(f, 0) || n.ShortTag() == "!!float" && isYAMLSpecial(n.Value)
	}
	return errors.Is(err, strconv.ErrRange) || n.ShortTag() == "!!float" && isYAMLSpecial(n.Value)
}

// isYAMLSpecial reports whether s is YAML's way to write NaN or infinity.
func isYAMLSpecial(s string) bool {
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case ".nan", ".inf":
		return true
	}
	return false
}

// text decodes a language → text mapping.
func (d *decoder) text(n *yaml.Node, v reflect.Value, e *entryPos, at int32, l label) bool {
	if n.Kind != yaml.MappingNode {
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
			errorf(d.diags, d.at(n), "kind", "validate.kind.text", l.String())
			return false
		}
		d.kind(n, l, "a-text")
		return false
	}
	// The languages and texts, on the stack for a text of up to eight.
	var lbuf, tbuf [8]string
	langs, texts := lbuf[:0], tbuf[:0]
	keys := mappingKeys{content: n.Content}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			d.kind(k, l, "a-language")
			continue
		}
		if j := keys.earlier(i); j >= 0 {
			errorf(d.diags, d.at(k), "duplicate-key", "validate.duplicate-language", k.Value, l.String(), n.Content[j].Line)
			continue
		}
		lang := internLang(k.Value)
		e.add(at, lang, k.Line, k.Column)
		if !isLangCode(lang) {
			// {en: Legal, IP and compliance} is three keys: the comma ended the text.
			errorf(d.diags, d.at(k), "kind", "validate.kind.language", k.Value, l.String())
			continue
		}
		switch {
		case isNull(val):
			langs, texts = append(langs, lang), append(texts, "")
		case val.Kind != yaml.ScalarNode:
			d.kind(val, l.in(lang), "a-string")
		default:
			d.unsafeText(val, l.in(lang), val.Value)
			langs, texts = append(langs, lang), append(texts, val.Value)
			d.yaml11(val)
		}
	}
	v.Set(reflect.ValueOf(diag.TextOf(langs, texts)))
	return true
}

// internLang returns the languages eis speaks as one shared string each,
// so that the position table does not keep a copy per text.
func internLang(s string) string {
	switch s {
	case "en":
		return "en"
	case "da":
		return "da"
	case "it":
		return "it"
	case "pt":
		return "pt"
	case "pl":
		return "pl"
	case "hr":
		return "hr"
	}
	return s
}

// unsafeText reports a control or bidi character in the string s that n
// holds (written as an escape such as "\e" or "\u202e": the file itself is
// checked for raw ones): it would steer the terminal of whoever reads the
// text, or show it in another order than it is stored (rule control).
func (d *decoder) unsafeText(n *yaml.Node, l label, s string) {
	i, r := safetext.Find(s)
	if i < 0 {
		if r, ok := invisible(s); ok {
			warnf(d.diags, d.at(n), "invisible", "validate.text.invisible", l.String(), safetext.Name(r))
		}
		return
	}
	key := "validate.text.control"
	if safetext.Bidi(r) {
		key = "validate.text.bidi"
	}
	errorf(d.diags, d.at(n), "control", key, l.String(), safetext.Name(r))
}

// invisible returns the first invisible format character in s — a
// zero-width space, joiner or non-joiner, a word joiner or invisible
// operator, a byte-order mark inside the text, an interlinear annotation
// mark, a tag character — which shows nothing in a review of the file but
// can hide text or split a word a search should find (rule invisible, a
// warning: none is needed in the catalogue's languages).
func invisible(s string) (rune, bool) {
	for _, r := range s {
		switch {
		case r < 0x200B:
		case r >= 0x200B && r <= 0x200D, r >= 0x2060 && r <= 0x2064, r == 0xFEFF,
			r >= 0xFFF9 && r <= 0xFFFB, r == 0xE0001, r >= 0xE0020 && r <= 0xE007F:
			return r, true
		}
	}
	return 0, false
}

// ruleKeys are the keys of which a rule has exactly one.
var ruleKeys = "all, any, not, answer, profile, score_below, score_at_least, stage, markets"

// structure decodes a mapping into the struct v. For a struct pointer,
// owner is the new struct, whose positions start a new entry; for a struct
// value, e and at say where it stands (as for value).
func (d *decoder) structure(n *yaml.Node, v reflect.Value, owner any, e *entryPos, at int32, l label) bool {
	t := v.Type()
	what := typeWords()[t]
	if n.Kind != yaml.MappingNode {
		d.kind(n, l, "a-mapping")
		return false
	}
	if owner != nil {
		e, at = d.entry(owner, n), -1
	}
	si := infoOf(t)
	var givenBuf, setBuf [2]uint64
	given, set := newBits(givenBuf[:], len(si.fields)), newBits(setBuf[:], len(si.fields))
	var empty []int // fields given with an empty value
	keys := mappingKeys{content: n.Content}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			errorf(d.diags, d.at(k), "kind", "validate.kind.key", what)
			continue
		}
		idx, known := si.byName[k.Value]
		if (known && given.has(idx)) || (!known && keys.earlier(i) >= 0) {
			first := n.Content[keys.earlier(i)]
			errorf(d.diags, d.at(k), "duplicate-key", "validate.duplicate-key", k.Value, what, first.Line)
			continue
		}
		if !known {
			// A typo gets "did you mean"; only a key unlike any lists them all.
			if near := nearOne(si.near(), k.Value); near != "" {
				errorf(d.diags, d.at(k), "unknown-key", "validate.unknown-key.mean", k.Value, what, near)
			} else {
				errorf(d.diags, d.at(k), "unknown-key", "validate.unknown-key", k.Value, what, si.names)
			}
			continue
		}
		given.put(idx)
		fi := &si.fields[idx]
		kat := e.add(at, fi.name, k.Line, k.Column)
		if isNull(val) {
			empty = append(empty, idx)
			continue
		}
		if t == fileType && fi.name == "version" {
			d.version(val)
			set.put(idx)
			continue
		}
		if t == ruleType && val.Kind == yaml.SequenceNode && len(val.Content) == 0 {
			errorf(d.diags, d.at(val), "rule-shape", "validate.rule.empty-list", fi.name)
		}
		if !d.value(val, v.Field(fi.index), e, kat, named(fi.name), fi) {
			e.items[kat].failed = true
		}
		set.put(idx)
	}
	for idx, fi := range si.fields {
		if !fi.required || set.has(idx) {
			continue
		}
		switch {
		case t == fileType && fi.name == "version":
			errorf(d.diags, d.at(n), "version", "validate.version.missing", FormatVersion)
		case slices.Contains(empty, idx):
			errorf(d.diags, d.at(n), "required", "validate.required.empty", what, fi.name)
		default:
			errorf(d.diags, d.at(n), "required", "validate.required", what, fi.name)
		}
	}
	if owner != nil {
		e.index()
	}
	if t == ruleType {
		v.FieldByName("Pos").Set(reflect.ValueOf(d.at(n)))
		var keys []string
		for idx, fi := range si.fields {
			if given.has(idx) {
				keys = append(keys, fi.name)
			}
		}
		switch {
		case len(keys) == 0 && len(n.Content) == 0:
			errorf(d.diags, d.at(n), "rule-shape", "validate.rule.none", ruleKeys)
		case len(keys) > 1:
			errorf(d.diags, d.at(n), "rule-shape", "validate.rule.many", strings.Join(keys, ", "))
		}
	}
	return true
}

// bits is a set of field indexes.
type bits []uint64

// newBits is a set of n indexes, in buf when it is large enough.
func newBits(buf []uint64, n int) bits {
	if w := (n + 63) / 64; w > len(buf) {
		return make(bits, w)
	}
	return buf
}

func (b bits) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }
func (b bits) put(i int)      { b[i/64] |= 1 << (i % 64) }

// version checks a file's `version:` value.
func (d *decoder) version(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!int" && n.Value == strconv.Itoa(FormatVersion) {
		return
	}
	val := n.Value
	if n.Kind != yaml.ScalarNode {
		val = string(found(n))
	}
	if n.Kind == yaml.ScalarNode && n.Value == strconv.Itoa(FormatVersion) {
		// version: "1" is the right version written as text.
		errorf(d.diags, d.at(n), "version", "validate.version.quoted", FormatVersion, n.Value)
		return
	}
	errorf(d.diags, d.at(n), "version", "validate.version.bad", val, FormatVersion)
}
