package testutil

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/diag"
)

// Escapes is a payload of what must never reach a terminal from a file:
// OSC 52 (writes the clipboard), a screen clear, BEL, CR, backspace, a C1
// CSI, DEL, and bidi controls (an override and an isolate).
const Escapes = "\x1b]52;c;SGVsbG8=\a\x1b[2J\r\b\u009b2J\x7f\u202e\u2066"

// Commands is a payload of CI runners' commands, which a runner reads
// anywhere in a line of a job's output: the Azure Pipelines agent's
// "##vso[…]" (setting a variable; upper case too), GitHub's older
// "##[…]" (hiding a word of the log) and TeamCity's "##teamcity[…]"
// (setting a parameter).
const Commands = " ##vso[task.setvariable variable=PATH]/tmp/pwned ##VSO[task.complete result=Failed]x ##[add-mask]secret" +
	" ##teamcity[setParameter name='env.PATH' value='/tmp/pwned']"

// LineCommands is a payload of GitHub workflow commands, which the runner
// reads in a line that starts with "::" after white space: one after a
// line break, one after Unicode white space, one that wrapping may move to
// a line's start.
const LineCommands = "\n::add-mask::secret\n \u00a0::stop-commands::tok\n and then ::warning::wrapped "

// annotation is a workflow command as eis validate --format github writes
// it (its properties escaped: no comma, colon or line break inside them).
var annotation = regexp.MustCompile(`^::(error|warning) file=[^,:\n]*,line=\d+,col=\d+,title=[^,:\n]*::`)

// NoLineCommands fails t when a line of out starts, after white space
// (Unicode's too, as the runner trims it), with "::": a GitHub workflow
// command. With annotations, eis validate's own annotations are allowed.
// what names the output in the failure.
func NoLineCommands(t testing.TB, what string, out []byte, annotations bool) {
	t.Helper()
	for i, line := range strings.Split(string(out), "\n") {
		start := strings.TrimLeftFunc(line, func(r rune) bool {
			return unicode.IsSpace(r) || r == 0x180E || r == 0x200B || r == 0xFEFF
		})
		if strings.HasPrefix(start, "::") && !(annotations && annotation.MatchString(line)) {
			t.Errorf("%s: line %d starts a workflow command: %q", what, i+1, line)
			return
		}
	}
}

// ciCommand is the prefix of a command in Commands, in any case.
var ciCommand = regexp.MustCompile(`(?i)##(vso|teamcity)?\[`)

// NoCommands fails t when out holds the prefix of a CI runner's command
// ("##vso[", "##[", "##teamcity[", any case). what names the output in
// the failure.
func NoCommands(t testing.TB, what string, out []byte) {
	t.Helper()
	if loc := ciCommand.FindIndex(out); loc != nil {
		lo, hi := max(0, loc[0]-40), min(len(out), loc[1]+40)
		t.Errorf("%s: a CI runner's command reaches the output at byte %d: …%q…", what, loc[0], out[lo:hi])
	}
}

// Poison appends payload to every string reachable from v (a pointer):
// fields, list items and map values that are strings, through pointers,
// slices, maps and structs (exported fields only), except below a struct
// field whose name is in skip (IDs and references, which the validator
// checks against a pattern or a list, so no payload can pass it). It
// returns how many strings it changed, so a test can prove it reached some.
func Poison(v any, payload string, skip ...string) int {
	p := &poisoner{payload: payload, seen: map[uintptr]bool{}, skip: map[string]bool{}}
	for _, s := range skip {
		p.skip[s] = true
	}
	return p.poison(reflect.ValueOf(v))
}

type poisoner struct {
	payload string
	seen    map[uintptr]bool
	skip    map[string]bool
}

func (p *poisoner) poison(v reflect.Value) int {
	payload := p.payload
	if v.Type() == reflect.TypeFor[diag.Text]() {
		// A text's every language (a Text is a string that holds them).
		t := v.Interface().(diag.Text)
		if !v.CanSet() || t.Len() == 0 {
			return 0
		}
		m := t.Map()
		for l := range m {
			m[l] += payload
		}
		v.Set(reflect.ValueOf(diag.NewText(m)))
		return len(m)
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || p.seen[v.Pointer()] {
			return 0
		}
		p.seen[v.Pointer()] = true
		return p.poison(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			return 0
		}
		e := reflect.New(v.Elem().Type()).Elem()
		e.Set(v.Elem())
		n := p.poison(e)
		if v.CanSet() {
			v.Set(e)
		}
		return n
	case reflect.String:
		if !v.CanSet() {
			return 0
		}
		v.SetString(v.String() + payload)
		return 1
	case reflect.Slice, reflect.Array:
		n := 0
		for i := 0; i < v.Len(); i++ {
			n += p.poison(v.Index(i))
		}
		return n
	case reflect.Map:
		if v.IsNil() {
			return 0
		}
		n := 0
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			n += p.poison(e)
			v.SetMapIndex(k, e)
		}
		return n
	case reflect.Struct:
		n := 0
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() && !p.skip[f.Name] {
				n += p.poison(v.Field(i))
			}
		}
		return n
	}
	return 0
}

// NoEscapes fails t when out holds a C0 control other than tab and
// newline, DEL, a C1 control, a bidi control or a byte that is not UTF-8;
// with color, eis's own colour sequences (ESC [ digits and ; m) are
// allowed. what names the output in the failure.
func NoEscapes(t testing.TB, what string, out []byte, color bool) {
	t.Helper()
	for i := 0; i < len(out); {
		r, size := utf8.DecodeRune(out[i:])
		bad := r == utf8.RuneError && size == 1 ||
			r < 0x20 && r != '\t' && r != '\n' || r == 0x7F || r >= 0x80 && r <= 0x9F ||
			r == 0x061C || r == 0x200E || r == 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
		if r == 0x1B && color {
			j := i + 1
			if j < len(out) && out[j] == '[' {
				j++
				for j < len(out) && (out[j] >= '0' && out[j] <= '9' || out[j] == ';') {
					j++
				}
				if j < len(out) && out[j] == 'm' {
					i = j + 1
					continue
				}
			}
		}
		if bad {
			lo, hi := max(0, i-40), min(len(out), i+40)
			t.Errorf("%s: %U at byte %d reaches the output: …%q…", what, r, i, out[lo:hi])
			return
		}
		i += size
	}
}
