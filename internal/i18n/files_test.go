package i18n

import (
	"fmt"
	"maps"
	"path"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/testutil"
	toml "github.com/pelletier/go-toml/v2"
)

// readFile reads a message file of locales/ with the fast reader.
func readFile(t *testing.T, lang string) map[string]string {
	t.Helper()
	data, err := localeFiles.ReadFile("locales/" + lang + ".toml")
	if err != nil {
		t.Fatal(err)
	}
	m, err := parseMessages(data)
	if err != nil {
		t.Fatalf("locales/%s.toml: %v", lang, err)
	}
	return m
}

// allFiles lists the languages with a file in locales/: those of
// Languages and the drafts.
func allFiles(t *testing.T) []string {
	t.Helper()
	entries, err := localeFiles.ReadDir("locales")
	if err != nil {
		t.Fatal(err)
	}
	var have []string
	for _, e := range entries {
		if path.Ext(e.Name()) != ".toml" {
			t.Errorf("locales/%s: only <code>.toml files belong here", e.Name())
			continue
		}
		have = append(have, strings.TrimSuffix(e.Name(), ".toml"))
	}
	return have
}

// TestEveryLanguageHasAFile: every language of Languages has a file in
// locales/; a file whose language is not listed is a draft (a translation
// in progress), which eis does not offer and whose gaps fail no test.
func TestEveryLanguageHasAFile(t *testing.T) {
	have := allFiles(t)
	for _, l := range Languages {
		if !slices.Contains(have, l) {
			t.Errorf("Languages lists %s, but locales/ has no %s.toml: add the file, or the code once the file is complete", l, l)
		}
	}
	if Languages[0] != "en" {
		t.Errorf("Languages starts with %s; English is the source language and comes first", Languages[0])
	}
	for _, l := range Drafts() {
		if !isCode(l) {
			t.Errorf("locales/%s.toml: the name must be a language code (it.toml, pt.toml)", l)
		}
		t.Logf("locales/%s.toml is a draft: not in Languages yet", l)
	}
}

// isCode reports whether s looks like an ISO 639-1 code.
func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// TestAbout: every file starts with its header, which names the language
// in itself and says who translated it; eis version and the README show it.
func TestAbout(t *testing.T) {
	for _, l := range allFiles(t) {
		a, err := AboutLanguage(l)
		if err != nil {
			t.Errorf("locales/%s.toml: %v", l, err)
			continue
		}
		if a.Reviewed != "" {
			if d, err := time.Parse("2006-01-02", a.Reviewed); err != nil {
				t.Errorf("locales/%s.toml: reviewed = %q is not a date YYYY-MM-DD", l, a.Reviewed)
			} else if d.After(testutil.Today) {
				t.Errorf("locales/%s.toml: reviewed = %q is after today (%s): a review not yet done", l, a.Reviewed, testutil.TodayDate())
			}
		}
	}
	for _, tt := range []struct{ in, err string }{
		{"# c\n\n_meta = { name = \"x\", translator = \"y\" }\n\"a.b\" = \"c\"\n", ""},
		{"\"a.b\" = \"c\"\n", "line 1: the file must start with its header"},
		{"_meta = { name = \"x\" }\n", "must give translator"},
		{"_meta = { name = \"x\", translator = \"y\", reviewed = \"2026-01-01\" }\n", "not reviewed_by"},
		{"_meta = { name = \"x\", translator = \"y\", by = \"z\" }\n", `has no key "by"`},
		{"_meta = { name = \"x\", translator = \"y\"\n", "line 1: expected , or }"},
	} {
		_, err := parseAbout([]byte(tt.in))
		if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
			t.Errorf("%q: got %v, want %q", tt.in, err, tt.err)
		}
	}
	if m, err := parseMessages([]byte("_meta = { name = \"x\", translator = \"a \\\" b\" }\n\"a.b\" = \"c\"\n")); err != nil || len(m) != 1 {
		t.Errorf("the header is not a message: got %v, %v", m, err)
	}
}

// TestFilesAreTOML: the fast reader reads every file exactly as go-toml
// does, so the files are plain TOML that any editor and tool understands.
func TestFilesAreTOML(t *testing.T) {
	for _, lang := range allFiles(t) {
		t.Run(lang, func(t *testing.T) {
			data, _ := localeFiles.ReadFile("locales/" + lang + ".toml")
			var doc map[string]any
			if err := toml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("locales/%s.toml is not valid TOML: %v", lang, err)
			}
			// The header is read by AboutLanguage, the same as go-toml reads it.
			if h, ok := doc[aboutKey].(map[string]any); ok {
				a, _ := AboutLanguage(lang)
				if h["name"] != a.Name || h["translator"] != a.Translator {
					t.Errorf("the header reads as %+v, go-toml reads %v", a, h)
				}
			}
			delete(doc, aboutKey)
			want := map[string]string{}
			for k, v := range doc {
				switch x := v.(type) {
				case string:
					want[k] = x
				case map[string]any:
					for form, s := range x {
						str, ok := s.(string)
						if !ok {
							t.Fatalf("%s.%s: a form must be a string, not %T", k, form, s)
						}
						want[k+pluralSep+form] = str
					}
				default:
					t.Fatalf("%s: a message is a string or a table of plural forms, not %T", k, v)
				}
			}
			got := readFile(t, lang)
			if !reflect.DeepEqual(got, want) {
				for _, k := range slices.Sorted(maps.Keys(want)) {
					if got[k] != want[k] {
						t.Errorf("%s: the fast reader read %q, go-toml %q", k, got[k], want[k])
					}
				}
				for k := range got {
					if _, ok := want[k]; !ok {
						t.Errorf("%s: read by the fast reader only", k)
					}
				}
			}
		})
	}
}

// TestParseMessages covers the reader's subset of TOML and its errors.
func TestParseMessages(t *testing.T) {
	good := "# c\n\n\"a.b\" = \"x \\\"y\\\" \\u00e6\\n\" # trailing\n" +
		"\"a.c\" = \"\"\"\nline 1\nline \\\n   2\"\"\"\"\n" +
		"\"a.d\" = { one = \"%d file\", other = \"%d files\" }\r\n"
	m, err := parseMessages([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"a.b": "x \"y\" æ\n", "a.c": "line 1\nline 2\"", "a.d#one": "%d file", "a.d#other": "%d files"}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("got %q, want %q", m, want)
	}
	for _, tt := range []struct{ in, err string }{
		{"\"a\" = \"x\"\n\"a\" = \"y\"\n", "line 2: \"a\" is defined twice"},
		{"\"a\" = { other = \"x\" }\n\"a\" = \"y\"\n", "line 2: \"a\" is defined twice"},
		{"\"a\" = \"x\n", "line 1: unterminated string"},
		{"\"a\" \"x\"\n", "line 1: expected = after \"a\""},
		{"\"a\" = 'x'\n", "line 1: expected a string"},
		{"\"a\" = \"x\" y\n", "line 1: expected the end of the line"},
		{"\"a\" = \"\\q\"\n", "line 1: unknown escape \\q"},
		{"\"a\" = {}\n", "line 1: \"a\" has no plural forms"},
		{"\n\n\"a\" = \"\"\"\nx\n", "line 5: unterminated \"\"\" string"},
	} {
		_, err := parseMessages([]byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: got %v, want %q", tt.in, err, tt.err)
		}
	}
}

// TestEveryMessageInEveryLanguage: each file has the same messages as
// English, none blank, each taking the same arguments (a vet-style check of
// the fmt verbs: the same verb for each argument), plural messages with
// every form the language's CLDR rules use for whole numbers.
func TestEveryMessageInEveryLanguage(t *testing.T) {
	en := readFile(t, "en")
	ids := func(m map[string]string) map[string]bool {
		out := map[string]bool{}
		for k := range m {
			id, _, _ := strings.Cut(k, pluralSep)
			out[id] = true
		}
		return out
	}
	enIDs := ids(en)
	for _, lang := range allFiles(t) {
		// A draft may lack messages (English stands in until it is
		// complete); what it has must still take English's arguments.
		draft := !Supported(lang)
		m := readFile(t, lang)
		loc := Locale{lang: lang} // a draft's own plural rules, though Get gives English for it
		forms := loc.integerForms()
		for id := range ids(m) {
			if !enIDs[id] {
				t.Errorf("locales/%s.toml: %q is not in en.toml (a typo, or a message no longer used)", lang, id)
			}
		}
		for id := range enIDs {
			_, plainEn := en[id]
			_, plain := m[id]
			want, err := verbs(en[id])
			if !plainEn {
				want, err = verbs(en[id+pluralSep+"other"])
			}
			if err != nil {
				t.Errorf("en.toml: %q: %v", id, err)
				continue
			}
			var texts []string
			switch {
			case plainEn && plain:
				texts = []string{m[id]}
			case plainEn && draft:
				continue
			case plainEn:
				t.Errorf("locales/%s.toml lacks %q", lang, id)
				continue
			default:
				if !plain && draft && !hasAny(m, id, append(forms, "other")) {
					continue
				}
				if _, ok := m[id+pluralSep+"other"]; plain || !ok && !hasAny(m, id, forms) {
					t.Errorf("locales/%s.toml: %q must have the plural forms %v, as in en.toml", lang, id, forms)
					continue
				}
				for _, f := range forms {
					s, ok := m[id+pluralSep+f]
					if !ok {
						t.Errorf("locales/%s.toml: %q lacks the plural form %q (%s uses %v for whole numbers)", lang, id, f, lang, forms)
						continue
					}
					texts = append(texts, s)
				}
			}
			for _, s := range texts {
				if strings.TrimSpace(s) == "" {
					t.Errorf("locales/%s.toml: %q is blank", lang, id)
				}
				got, err := verbs(s)
				if err != nil {
					t.Errorf("locales/%s.toml: %q: %v", lang, id, err)
				} else if !slices.Equal(got, want) {
					t.Errorf("locales/%s.toml: %q takes arguments %v, but English takes %v: %q", lang, id, got, want, s)
				}
			}
		}
	}
}

func hasAny(m map[string]string, id string, forms []string) bool {
	for _, f := range forms {
		if _, ok := m[id+pluralSep+f]; ok {
			return true
		}
	}
	return false
}

// integerForms lists the plural forms l's CLDR rules give whole numbers.
func (l Locale) integerForms() []string {
	seen := map[string]bool{}
	for n := 0; n <= 1000; n++ {
		seen[l.pluralForm(n)] = true
	}
	var out []string
	for _, f := range []string{"zero", "one", "two", "few", "many", "other"} {
		if seen[f] {
			out = append(out, f)
		}
	}
	return out
}

// verbClass groups the fmt verbs by the kind of argument they take.
var verbClass = map[byte]string{'s': "%s", 'q': "%s", 'v': "%v", 'd': "%d", 'f': "%f", 'g': "%f", 'e': "%f", 'x': "%x", 'X': "%x"}

// verbs lists the fmt verb each argument of format s takes, in argument
// order ("%[2]s" counts as argument 2): what go vet's printf check compares.
func verbs(s string) ([]string, error) {
	byArg := map[int]string{}
	arg := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		i++
		if i < len(s) && s[i] == '%' {
			continue
		}
		// flags, width, precision
		for i < len(s) && strings.IndexByte("+-# 0123456789.", s[i]) >= 0 {
			i++
		}
		if i < len(s) && s[i] == '[' {
			j := strings.IndexByte(s[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("unclosed %%[ in %q", s)
			}
			var n int
			if _, err := fmt.Sscanf(s[i+1:i+j], "%d", &n); err != nil || n < 1 {
				return nil, fmt.Errorf("bad argument index in %q", s)
			}
			arg = n - 1
			i += j + 1
		}
		if i >= len(s) {
			return nil, fmt.Errorf("%% at the end of %q", s)
		}
		v, ok := verbClass[s[i]]
		if !ok {
			return nil, fmt.Errorf("unknown verb %%%c in %q (write %%%% for a percent sign)", s[i], s)
		}
		if prev, ok := byArg[arg]; ok && prev != v {
			return nil, fmt.Errorf("argument %d is used as %%%s and %%%s in %q", arg+1, prev, v, s)
		}
		byArg[arg] = v
		arg++
	}
	out := make([]string, len(byArg))
	for a, v := range byArg {
		if a >= len(out) {
			return nil, fmt.Errorf("argument %d is used but not %d in %q", a+1, len(out), s)
		}
		out[a] = v
	}
	return out, nil
}

// BenchmarkParseMessages reads the English message file, as every run
// that says anything does once.
func BenchmarkParseMessages(b *testing.B) {
	data, err := localeFiles.ReadFile("locales/en.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := parseMessages(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMessagesGoTOML reads the same file with go-toml, for
// comparison: why the files have their own reader (see README, Built with).
func BenchmarkParseMessagesGoTOML(b *testing.B) {
	data, err := localeFiles.ReadFile("locales/en.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var m map[string]any
		if err := toml.Unmarshal(data, &m); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCompiledMessages: the tables the binary reads (compiledFiles) are
// what the message files of locales/ say: the same languages, every
// message with the same text, and the same header.
func TestCompiledMessages(t *testing.T) {
	t.Parallel()
	const fix = "internal/i18n/messages_compiled.go is not what locales/*.toml say: run go generate ./internal/i18n (and commit messages_compiled.go)"
	files := allFiles(t)
	var compiled []string
	for _, f := range compiledFiles {
		compiled = append(compiled, f.lang)
		if !slices.IsSorted(f.keys.list()) || f.keys.len() != f.texts.len() || f.keys.len() > 0 && (int(f.keys.ends[f.keys.len()-1]) != len(f.keys.s) || int(f.texts.ends[f.texts.len()-1]) != len(f.texts.s)) {
			t.Errorf("%s: the compiled IDs are not sorted, or not one a text: %s", f.lang, fix)
		}
	}
	if !slices.Equal(compiled, files) {
		t.Fatalf("compiled languages %v, message files %v: %s", compiled, files, fix)
	}
	for _, lang := range files {
		want := readFile(t, lang)
		got, err := Messages(lang)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range want {
			if g, ok := got[k]; !ok || g != v {
				t.Errorf("%s: %q is %q in the file, %q (present %v) compiled: %s", lang, k, v, g, ok, fix)
			}
		}
		for k := range got {
			if _, ok := want[k]; !ok {
				t.Errorf("%s: %q is compiled but not in the file: %s", lang, k, fix)
			}
		}
		data, _ := localeFiles.ReadFile("locales/" + lang + ".toml")
		wantAbout, wantErr := parseAbout(data)
		gotAbout, err := AboutLanguage(lang)
		if gotAbout != wantAbout || (err == nil) != (wantErr == nil) {
			t.Errorf("%s: header %+v %v compiled, %+v %v in the file: %s", lang, gotAbout, err, wantAbout, wantErr, fix)
		}
	}
	if _, err := Messages("xx"); err == nil {
		t.Error("Messages of a language with no file: no error")
	}
	if _, err := AboutLanguage("xx"); err == nil {
		t.Error("AboutLanguage of a language with no file: no error")
	}
}
