package translate

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Problem is something Check finds in a translation.
type Problem struct {
	// Key is the text's key (a catalogue key or a message ID).
	Key string
	// Line is where the entry stands in the file checked (0: unknown).
	Line int
	// Kind names the check: missing, changed, unchecked, same, number,
	// currency, url, name, term, space (and, from cattr, gone and stale).
	Kind string
	Msg  string
}

// Checker checks translations into Lang against their English.
type Checker struct {
	Lang string
	// En is the English glossary (terms, names); G the language's (may be
	// nil: every term is then reported as not in it).
	En, G *Glossary
}

// Text checks one translation text of the English en, at key in context
// in (InCatalogue, InMessages): numbers, currencies and links kept, names
// kept, glossary terms used, no stray blanks, not left in English.
func (ck *Checker) Text(key, in, en, text string) []Problem {
	var out []Problem
	add := func(kind, format string, args ...any) {
		out = append(out, Problem{Key: key, Kind: kind, Msg: fmt.Sprintf(format, args...)})
	}
	if text != strings.TrimSpace(text) || strings.Contains(text, "  ") {
		add("space", "leading, trailing or double blanks")
	}
	for _, r := range text {
		if unicode.IsControl(r) && r != '\n' || r == 0x2028 || r == 0x2029 || r == 0xfeff || unicode.Is(unicode.Bidi_Control, r) {
			add("space", "a control character %U; remove it", r)
			break
		}
	}
	if text == en && hasWords(en, ck.En) {
		add("same", "the same as the English; translate it (names and numbers stay)")
	}
	got := numberValues(text, ck.Lang)
	for _, n := range numbers(en, "en") {
		// A number that is not an amount or a share, written as it is in
		// the English, is kept too: an identifier such as action 3.4.1
		// or measure 2.25.
		if !slices.Contains(got, n.value) && !(n.scale > 1 && slices.Contains(got, n.value*n.scale)) && (n.quantity || !strings.Contains(text, n.text)) {
			add("number", "%s of the English is missing (written the %s way: %s)", n.text, ck.Lang, localNumber(n.value, ck.Lang))
		}
	}
	lower := strings.ToLower(text)
	for _, c := range currencies {
		if !c.in(en) {
			continue
		}
		found := false
		for _, w := range c.words {
			if strings.Contains(lower, w) {
				found = true
				break
			}
		}
		if !found {
			add("currency", "the English has an amount in %s; say the currency (%s)", c.name, strings.Join(c.words[:2], " or "))
		}
	}
	for _, u := range urlRE.FindAllString(en, -1) {
		u = strings.TrimRight(u, ".,;:)»”\"'")
		if !strings.Contains(text, u) {
			add("url", "the link %s must stay as it is", u)
		}
	}
	if ck.En != nil {
		for _, n := range ck.G.LostNames(ck.En, en, text) {
			want := n.Name
			if own := ck.G.Name(n.Name); own != nil && own.Text != "" {
				want = own.Text
			}
			add("name", "%s is a proper name: keep it as its owners write it (%s)", n.Name, want)
		}
		for _, u := range ck.G.Uses(ck.En, key, in, en, text) {
			if u.Want == nil {
				add("term", "glossary term %q (%s): the %s glossary has no rendering of it yet", u.Term.Text, u.Term.ID, ck.Lang)
				continue
			}
			add("term", "glossary term %q is %q in %s; use it (or a form of %s)", u.Term.Text, u.Want.Text, ck.Lang, strings.Join(u.Want.Match, ", "))
		}
	}
	return out
}

// Extraction checks a filled-in extraction: every entry with a text
// (Text), entries still to translate (missing), and texts marked changed
// or unchecked that are unchanged from the catalogue's (current: the
// catalogue's text of each key in the language, nil to skip that).
func (ck *Checker) Extraction(x *Extraction, current map[string]string) []Problem {
	var out []Problem
	for _, e := range x.Entries {
		t := e.Texts[x.Lang]
		if strings.TrimSpace(t) == "" {
			out = append(out, Problem{Key: e.Key, Line: e.Line, Kind: "missing", Msg: "not translated yet"})
			continue
		}
		if cur, ok := current[e.Key]; ok && cur == t && (e.Status == StatusChanged || e.Status == StatusUnchecked) {
			out = append(out, Problem{Key: e.Key, Line: e.Line, Kind: e.Status,
				Msg: "check the text against the English, fix it, then set status: done"})
		}
		for _, p := range ck.Text(e.Key, InCatalogue, e.Texts["en"], t) {
			p.Line = e.Line
			out = append(out, p)
		}
	}
	return out
}

// hasWords reports whether s has words to translate: at least four words
// left after removing links, the glossary's names and words in capitals
// (a name such as "Japan Centre" or "Donegal" is the same in every
// language).
func hasWords(s string, en *Glossary) bool {
	s = urlRE.ReplaceAllString(s, " ")
	if en != nil {
		for _, n := range en.Names {
			s = strings.ReplaceAll(s, n.Name, " ")
			for _, a := range n.Also {
				s = strings.ReplaceAll(s, a, " ")
			}
		}
	}
	words := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if strings.ToUpper(w) == w {
			continue // an acronym
		}
		words++
	}
	return words >= 4
}

var urlRE = regexp.MustCompile(`https?://[^\s<>"“”«»]+`)

// number is a number in a text: as written, its value, and the scale a
// word after it gives (million: 1e6).
type number struct {
	text  string
	value float64
	scale float64
	// quantity: an amount (after a currency sign, before million) or a
	// share (before %), which each language writes its own way.
	quantity bool
}

var (
	// English: 1,234.5; other languages: 1.234,5 or 1 234,5 (a space,
	// no-break space or narrow no-break space groups thousands).
	enNumber    = regexp.MustCompile(`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`)
	otherNumber = regexp.MustCompile(`\d{1,3}(?:[.\x{a0}\x{202f} ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`)
	scaleWord   = regexp.MustCompile(`^\s*(million|billion|bn|m)\b`)
)

// numbers finds the numbers of s written the lang way.
func numbers(s, lang string) []number {
	re, dec, group := otherNumber, ",", ".\u00a0\u202f "
	if lang == "en" {
		re, dec, group = enNumber, ".", ","
	}
	var out []number
	for _, m := range re.FindAllStringIndex(s, -1) {
		raw := s[m[0]:m[1]]
		v := strings.Map(func(r rune) rune {
			if strings.ContainsRune(group, r) {
				return -1
			}
			return r
		}, raw)
		v = strings.Replace(v, dec, ".", 1)
		f, err := strconv.ParseFloat(v, 64)
		if err != nil {
			continue
		}
		n := number{text: raw, value: f, scale: 1}
		if lang == "en" {
			switch w := scaleWord.FindStringSubmatch(s[m[1]:]); {
			case w == nil:
			case w[1] == "billion" || w[1] == "bn":
				n.scale, n.quantity = 1e9, true
			default:
				n.scale, n.quantity = 1e6, true
			}
			before := strings.TrimRight(s[:m[0]], " ")
			after := strings.TrimLeft(s[m[1]:], " ")
			if strings.HasSuffix(before, "€") || strings.HasSuffix(before, "£") || strings.HasSuffix(before, "$") || strings.HasPrefix(after, "%") {
				n.quantity = true
			}
		}
		out = append(out, n)
	}
	// A value written in the other languages' millions (2,5 mln) is 2.5
	// too: the values are compared, not the scale.
	return out
}

// numberValues is the values of the numbers of s.
func numberValues(s, lang string) []float64 {
	var out []float64
	for _, n := range numbers(s, lang) {
		out = append(out, n.value)
	}
	return out
}

// localNumber writes v with lang's decimal sign.
func localNumber(v float64, lang string) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if lang != "en" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// currency is a currency an English text may name, and the words that
// say it in a translation (lower case; a stem matches inflected forms).
type currency struct {
	name  string
	marks []string // in the English
	words []string
}

func (c currency) in(en string) bool {
	for _, m := range c.marks {
		if strings.Contains(en, m) {
			return true
		}
	}
	return false
}

var currencies = []currency{
	{"euro", []string{"€", "EUR "}, []string{"€", "eur"}},
	{"pounds sterling", []string{"£", "GBP"}, []string{"£", "gbp", "sterlin", "libra", "funt", "pund", "pound"}},
	{"Danish kroner", []string{"DKK", "kroner"}, []string{"dkk", "kr", "coron", "coroa", "koron", "krun", "kun"}},
	{"złoty", []string{"PLN", "zł"}, []string{"pln", "zł", "zlot", "złot"}},
	{"dollars", []string{"$", "USD"}, []string{"$", "usd", "dollar", "dólar", "dolar", "dolla"}},
}
