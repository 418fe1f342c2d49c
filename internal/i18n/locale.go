package i18n

import (
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/safetext"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// Locale is the language everything in a run is said in. The zero Locale
// is English. Make one with Decide (a command's language) or Get (a
// language named in data, e.g. in tests).
type Locale struct {
	// lang is a supported code; "" means English.
	lang string
}

// English is the source language's Locale (the zero Locale).
var English = Locale{}

// Get returns the Locale of lang, a code as Normalize gives it; a language
// eis does not speak gives English.
func Get(lang string) Locale {
	if lang == Languages[0] || !Supported(lang) {
		return Locale{}
	}
	return Locale{lang: lang}
}

// Code is the Locale's language code ("en", "da").
func (l Locale) Code() string {
	if l.lang == "" {
		return Languages[0]
	}
	return l.lang
}

// BCP47 is the Locale's language tag for documents (an HTML page's lang):
// the code, with the country when eis writes the language for one
// country ("pt-PT"; see cldrLocales), so that a screen reader picks the
// right voice.
func (l Locale) BCP47() string {
	if t, ok := cldrLocales(l.lang); ok {
		return t
	}
	return l.Code()
}

// String is the language code.
func (l Locale) String() string { return l.Code() }

// raw returns the text of key in l, else in English, and whether it exists.
func (l Locale) raw(key string) (string, bool) {
	if l.lang != "" {
		if s, ok := load(l.lang).get(key); ok {
			return s, true
		}
	}
	return load(Languages[0]).get(key)
}

// Pattern is the message id unformatted (its fmt verbs in place), in l;
// for an adapter that must recognise a library's own words. The ID itself
// when no language has it.
func (l Locale) Pattern(id string) string {
	if s, ok := l.raw(id); ok {
		return s
	}
	if s, ok := l.countless(id); ok {
		return s
	}
	return id
}

// T returns message id in l, formatted with args (fmt verbs; the types of
// package diag are formatted in l first). A message missing in l is said
// in English; one missing everywhere gives its ID (the tests see to it that
// none is).
func (l Locale) T(id string, args ...any) string {
	s, ok := l.raw(id)
	if !ok {
		// A plural message said without a count.
		if s, ok = l.countless(id); !ok {
			return id
		}
	}
	return l.sprintf(s, args)
}

// countless is the text of plural message id said without a count: its
// "other" form, else — in a language such as Polish, whose whole numbers
// never take "other", so its file may not give it — the form of many
// things (many, few), before English's.
func (l Locale) countless(id string) (string, bool) {
	if l.lang != "" {
		ms := load(l.lang)
		for _, f := range []string{"other", "many", "few"} {
			if s, ok := ms.get(id + pluralSep + f); ok {
				return s, true
			}
		}
	}
	return l.raw(id + pluralSep + "other")
}

// N is T for a message about n things: its plural form (one, few, many,
// other …) is the one l's CLDR rules give for n.
func (l Locale) N(id string, n int, args ...any) string {
	form := l.pluralForm(n)
	s, ok := l.raw(id + pluralSep + form)
	if !ok {
		if s, ok = l.raw(id + pluralSep + "other"); !ok {
			return l.T(id, args...)
		}
	}
	return l.sprintf(s, args)
}

// Format says m in l.
func (l Locale) Format(m diag.Message) string {
	if m.Count != nil {
		return l.N(m.ID, *m.Count, m.Args...)
	}
	return l.T(m.ID, m.Args...)
}

// Pick returns a text given per language (a catalogue text, language code
// → text) in l, else in English.
func (l Locale) Pick(t diag.Text) string {
	if s := t.In(l.Code()); s != "" {
		return s
	}
	return t.In(Languages[0])
}

// sprintf formats s with args, each said in l first. With no arguments
// the text is used as it is (a lone % needs no doubling).
func (l Locale) sprintf(s string, args []any) string {
	if len(args) == 0 {
		return s
	}
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = l.arg(a)
	}
	if t, ok := substitute(s, out); ok {
		return t
	}
	return fmt.Sprintf(s, out...)
}

// substitute is fmt.Sprintf(format, args...) for what most messages are:
// text, %% and %s or %v (or %[n]s, %[n]v) without flags, width or
// precision, each given a string (or a lineArg, which it prints as
// lineArg.Format does) and every argument used; for anything else it
// returns false. Sprintf's parse of the format and its printing of each
// argument through an interface (and lineArg's Format method) were most
// of what saying a message cost (TestSubstitute and FuzzSubstitute hold
// it to Sprintf).
func substitute(format string, args []any) (string, bool) {
	if len(args) > 64 {
		return "", false
	}
	// The text's length, about: one allocation, not the builder's growth
	// through several sizes (each a span of its own in fresh memory).
	size := len(format)
	for _, a := range args {
		switch a := a.(type) {
		case string:
			size += len(a)
		case lineArg:
			size += len(a)
		}
	}
	var b strings.Builder
	b.Grow(size)
	n := 0 // the next argument
	var used uint64
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+j])
		i += j + 1
		if i >= len(format) {
			return "", false
		}
		if format[i] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if format[i] == '[' {
			k := i + 1
			idx := 0
			for k < len(format) && format[k] >= '0' && format[k] <= '9' && idx <= 64 {
				idx = idx*10 + int(format[k]-'0')
				k++
			}
			if k == i+1 || k >= len(format) || format[k] != ']' || idx < 1 || idx > len(args) {
				return "", false
			}
			n = idx - 1
			i = k + 1
			if i >= len(format) {
				return "", false
			}
		}
		if c := format[i]; c != 's' && c != 'v' || n >= len(args) {
			return "", false
		}
		i++
		switch a := args[n].(type) {
		case string:
			b.WriteString(a)
		case lineArg:
			b.WriteString(safetext.Line(string(a)))
		default:
			return "", false
		}
		used |= 1 << n
		n++
	}
	if used != 1<<len(args)-1 {
		return "", false
	}
	return b.String(), true
}

// arg says one message argument in l: the types of package diag become
// text; anything else is printed as it is. A string or an error may hold
// what a file said (a value, a key, a file name): it is said on one
// visible line (see lineArg), so no control or bidi character reaches
// the output and no line break starts a line of its own; a catalogue text
// is said without them (safetext.Clean).
func (l Locale) arg(a any) any {
	switch x := a.(type) {
	case string:
		return lineArg(x)
	case error:
		return lineArg(x.Error())
	case diag.Message:
		return l.Format(x)
	case diag.Text:
		return safetext.Clean(l.Pick(x))
	case diag.Percent:
		return l.percent(x)
	case diag.Euro:
		return l.euro(float64(x))
	case diag.MidSentence:
		return l.MidSentence(fmt.Sprint(l.arg(x.Arg)))
	case diag.List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = fmt.Sprint(l.arg(it))
		}
		switch x.Join {
		case diag.JoinAnd:
			return l.join(parts, "i18n.list.and")
		case diag.JoinOr:
			return l.join(parts, "i18n.list.or")
		}
		return strings.Join(parts, x.Sep)
	case map[string]string:
		// Picked as Pick does, without making a Text of it.
		s := x[l.Code()]
		if s == "" {
			s = x[Languages[0]]
		}
		return safetext.Clean(s)
	}
	return a
}

// lineArg is a string argument that may hold what a file said. %q quotes
// it as Go does, which escapes every control, bidi and line-break
// character already; any other verb prints safetext.Line of it.
type lineArg string

// Format prints the argument for verb (see lineArg).
func (s lineArg) Format(f fmt.State, verb rune) {
	if verb == 's' || verb == 'v' {
		if _, w := f.Width(); !w {
			if _, p := f.Precision(); !p && !f.Flag('-') && !f.Flag('+') && !f.Flag('#') && !f.Flag(' ') && !f.Flag('0') {
				// %s and %v as they are, most arguments: what Fprintf
				// would print, without building a format for it.
				io.WriteString(f, safetext.Line(string(s)))
				return
			}
		}
	}
	if verb == 'q' {
		// Go's quoting escapes what Line does, but for a CI runner's
		// command ("##[", "##vso[", "##teamcity["; see Line).
		v, more := quotable(string(s))
		io.WriteString(f, safetext.BreakCommands(fmt.Sprintf(fmt.FormatString(f, verb), v)))
		if more {
			io.WriteString(f, "…")
		}
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), safetext.Line(string(s)))
}

// MaxQuoted bounds a value that a message quotes (%q), in characters: a
// key or a value of a file of up to a megabyte was quoted whole, one line
// of that length on the terminal (twice in eis validate --format github:
// the annotation and the line). A longer value is quoted up to the bound,
// and an ellipsis after the closing quote says that it goes on.
const MaxQuoted = 200

// quotable is s cut to MaxQuoted characters, and whether it was cut.
func quotable(s string) (string, bool) {
	if len(s) <= MaxQuoted {
		return s, false
	}
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return s[:i], true
		}
		n++
	}
	return s, false
}

// tag is the Locale's language tag for golang.org/x/text: the CLDR locale
// whose plural rules and number formats the language follows (see
// cldrLocales).
func (l Locale) tag() language.Tag {
	if l.lang == "" {
		return language.English
	}
	if t, ok := cldrLocales(l.lang); ok {
		return language.Make(t)
	}
	return language.Make(l.lang)
}

// printers holds a message.Printer per language, made when the language
// first says a number: making one (matching its tag against the catalog,
// setting up its number formats) cost more than what it then printed.
// A Printer is not changed by printing (each print copies it).
var printers sync.Map // language code → *message.Printer

// printer is l's message.Printer.
func (l Locale) printer() *message.Printer {
	if p, ok := printers.Load(l.lang); ok {
		return p.(*message.Printer)
	}
	p, _ := printers.LoadOrStore(l.lang, message.NewPrinter(l.tag()))
	return p.(*message.Printer)
}

// cldrLocales names, for a language whose CLDR default is another
// country's than the one eis writes it for, the locale eis follows.
// Portuguese is eis's for Portugal (Alentejo): CLDR's "pt" is Brazil's,
// whose plural rules make 0 singular ("0 ficheiro") and whose numbers group
// with a dot; Portugal's say "0 ficheiros" and "12 345,5".
func cldrLocales(lang string) (string, bool) {
	if lang == "pt" {
		return "pt-PT", true
	}
	return "", false
}

// minGrouping2 are the languages whose CLDR minimumGroupingDigits is 2:
// a number of four digits is written without a group separator (Polish
// "1234", "12 345"; Portugal's likewise). golang.org/x/text does not
// read that setting, so Number applies it.
var minGrouping2 = map[string]bool{"pl": true, "pt": true}

// pluralForm is the CLDR plural category of the whole number n in l.
func (l Locale) pluralForm(n int) string {
	if n < 0 {
		n = -n
	}
	switch plural.Cardinal.MatchPlural(l.tag(), n, 0, 0, 0, 0) {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	}
	return "other"
}

// Percent says a share x (0–1) as a whole percentage in l: "44%", Danish,
// Croatian and Portuguese "44 %" (a no-break space).
func (l Locale) Percent(x float64) string { return l.percent(diag.Percent{Value: x}) }

// spacedPercent are the languages whose norm puts a no-break space between
// a number and %, where the CLDR tables of golang.org/x/text (CLDR 32)
// write them together: Croatian (the EU Interinstitutional Style Guide's
// Croatian rules, 10.5: "15 %"; CLDR's own hr pattern is "#,##0 %" since)
// and Portugal's Portuguese (the SI rule of a space between a number and
// its unit, % included, that Portugal's IPQ follows, as the EU's
// Portuguese texts do; CLDR's pt-PT still writes "15%"). The catalogue's
// texts in both languages write "15 %" too (practices: TestTextsKeepTheirForm).
// Danish has the space from CLDR itself.
var spacedPercent = map[string]bool{"hr": true, "pt": true}

// percent says p in l: rounded half away from zero to p.Decimals
// decimals, with the language's decimal sign and percent pattern.
func (l Locale) percent(p diag.Percent) string {
	scale := math.Pow(10, float64(p.Decimals))
	v := math.Round(p.Value*100*scale) / scale
	if v == 0 {
		v = 0 // no "-0%"
	}
	minDigits := p.Decimals
	if p.Trim {
		minDigits = 0
	}
	opts := []number.Option{number.MinFractionDigits(minDigits), number.MaxFractionDigits(p.Decimals)}
	if spacedPercent[l.lang] {
		if minGrouping2[l.lang] && math.Abs(v) < 10000 {
			opts = append(opts, number.NoSeparator())
		}
		return l.printer().Sprint(number.Decimal(v, opts...)) + "\u00a0%"
	}
	return l.printer().Sprint(number.Percent(v/100, opts...))
}

// euro says a sum in euro in l: whole euros below a million ("€400,000"),
// millions with up to one decimal above ("€2.5 million").
func (l Locale) euro(x float64) string {
	if x < 1_000_000 {
		return l.Format(diag.M("assessment.euro", l.Number(math.Round(x), 0)))
	}
	m := math.Round(x/100_000) / 10
	if m == 1 {
		return l.Format(diag.M("assessment.euro.million.one", l.Number(m, 1)))
	}
	return l.Format(diag.M("assessment.euro.million", l.Number(m, 1)))
}

// Has reports whether message id exists (in English, the source), for
// output that names a value by a message when there is one
// (render.horizon.<id>) and shows the value itself otherwise.
func (l Locale) Has(id string) bool {
	_, ok := English.raw(id)
	return ok
}

// Say says one message argument in l: a diag.Message, Text, Percent or
// List in l's words, anything else as fmt prints it.
func (l Locale) Say(a any) string { return fmt.Sprint(l.arg(a)) }

// And joins items (already said in l) as a sentence lists them in l:
// "A, B and C", Danish "A, B og C" (English without the serial comma, as
// the catalogue writes); "" for none.
func (l Locale) And(items []string) string { return l.join(items, "i18n.list.and") }

// Or joins alternatives (already said in l) as a sentence lists them in
// l: "A, B or C", Danish "A, B eller C".
func (l Locale) Or(items []string) string { return l.join(items, "i18n.list.or") }

// join joins items with a comma, and the last two by the pattern of
// message id ("%s and %s"): every language eis speaks separates the others
// with ", " (CLDR's middle pattern), and says the last two as its message
// file does. The items are printed as they are: they were said in l, and
// cleaned, already.
func (l Locale) join(items []string, id string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	pattern, _ := l.raw(id)
	head := strings.Join(items[:len(items)-1], ", ")
	if t, ok := substitute(pattern, []any{head, items[len(items)-1]}); ok {
		return t
	}
	return fmt.Sprintf(pattern, head, items[len(items)-1])
}

// Number says x in l with at most maxDecimals decimals and none trailing:
// "1.5", Danish "1,5".
func (l Locale) Number(x float64, maxDecimals int) string {
	opts := []number.Option{number.MaxFractionDigits(maxDecimals)}
	if minGrouping2[l.lang] && math.Abs(x) < 10000 {
		opts = append(opts, number.NoSeparator())
	}
	return l.printer().Sprint(number.Decimal(x, opts...))
}

// Diagnostic is d as a line for a person: "file:line:col: severity:
// message [rule]", its severity and message said in l (a Danish line
// reads "fejl:", not "error:"). eis validate's lines are StableDiagnostic.
func (l Locale) Diagnostic(d diag.Diagnostic) string {
	sev := string(d.Severity)
	switch d.Severity {
	case diag.SevError:
		sev = l.T("diag.severity.error")
	case diag.SevWarning:
		sev = l.T("diag.severity.warning")
	}
	return l.diagnostic(d, sev)
}

// StableDiagnostic is d in the format eis validate documents in every
// language, "file:line:col: error|warning: message [rule]": the severity
// stays English, since CI jobs and editors' problem matchers parse it;
// only the message is said in l.
func (l Locale) StableDiagnostic(d diag.Diagnostic) string {
	return l.diagnostic(d, string(d.Severity))
}

// diagnostic is d's line with the severity word given. The path is said
// on one visible line, never as a CI runner's command
// (safetext.LineStart): a file's name is data too.
func (l Locale) diagnostic(d diag.Diagnostic, severity string) string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", safetext.LineStart(d.File), d.Line, d.Col, severity, l.Format(d.Message), d.Rule)
}

// MidSentence is s (a title: a dimension's, a stage's) as it is written in
// the middle of a sentence in l: with its first letter lowered where the
// language writes common nouns so — its message file says
// "i18n.titles-mid-sentence" = "lower" — unless it starts with an acronym
// ("IP and …", "EU …").
func (l Locale) MidSentence(s string) string {
	if l.T("i18n.titles-mid-sentence") != "lower" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
