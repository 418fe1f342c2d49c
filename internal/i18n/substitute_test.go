package i18n

import (
	"fmt"
	"slices"
	"testing"
)

// substituteArgs are arguments as sprintf gives them to substitute: plain
// strings, lineArgs (what a file said), and others it leaves to Sprintf.
var substituteArgs = []any{"Acme", lineArg("a\nb\u202ec"), "", lineArg("50%"), 3, "x%sy", lineArg("\x1b[31mred")}

// TestSubstitute: every message of every language, given strings and
// lineArgs, is what fmt.Sprintf makes of it; and substitute does make
// most of them (else it would be no faster).
func TestSubstitute(t *testing.T) {
	t.Parallel()
	made, all := 0, 0
	for _, f := range compiledFiles {
		for i := range f.texts.len() {
			s := f.texts.at(i)
			all++
			said := false
			for n := range 4 {
				args := make([]any, n)
				for k := range args {
					args[k] = substituteArgs[(i+k)%len(substituteArgs)]
				}
				got, ok := substitute(s, args)
				if !ok {
					continue
				}
				said = true
				if want := fmt.Sprintf(s, args...); got != want {
					t.Errorf("%s %s %v: %q, fmt.Sprintf %q", f.lang, f.keys.at(i), args, got, want)
				}
			}
			if said {
				made++
			}
		}
	}
	if made < all/2 {
		t.Errorf("substitute made %d of %d messages", made, all)
	}
	for _, tt := range []struct {
		format string
		args   []any
		ok     bool
	}{
		{"a %s b %v c", []any{"x", lineArg("y")}, true},
		{"%[2]s, %[1]s", []any{"x", "y"}, true},
		{"%[2]s %s", []any{"x", "y", "z"}, false},
		{"%[1]s %s %%", []any{"x", "y"}, true},
		{"%s", []any{3}, false},
		{"%d", []any{"x"}, false},
		{"%5s", []any{"x"}, false},
		{"%-s", []any{"x"}, false},
		{"%q", []any{lineArg("x")}, false},
		{"%s %s", []any{"x"}, false},
		{"%s", []any{"x", "y"}, false},
		{"%[3]s", []any{"x"}, false},
		{"%[0]s", []any{"x"}, false},
		{"%[]s", []any{"x"}, false},
		{"%[1]", []any{"x"}, false},
		{"50%", nil, false},
		{"%!", []any{"x"}, false},
	} {
		got, ok := substitute(tt.format, tt.args)
		if ok != tt.ok {
			t.Errorf("substitute(%q, %v): %v, want %v", tt.format, tt.args, ok, tt.ok)
		}
		if want := fmt.Sprintf(tt.format, tt.args...); ok && got != want {
			t.Errorf("substitute(%q, %v) = %q, fmt.Sprintf %q", tt.format, tt.args, got, want)
		}
	}
}

// FuzzSubstitute: whatever substitute makes of a format is what
// fmt.Sprintf makes of it.
func FuzzSubstitute(f *testing.F) {
	for _, s := range []string{"a %s b %v", "%[2]s %[1]v %%", "%s %[1]s", "%[01]s%s", "100%% %s"} {
		f.Add(s, "x", "y\n", uint8(2), uint8(1))
	}
	for _, ff := range compiledFiles[:1] {
		for i := range min(ff.texts.len(), 50) {
			f.Add(ff.texts.at(i), "Acme", "a\u202eb", uint8(3), uint8(2))
		}
	}
	f.Fuzz(func(t *testing.T, format, a, b string, n, lines uint8) {
		var args []any
		for k := range int(n % 5) {
			s := []string{a, b}[k%2]
			if lines&(1<<k) != 0 {
				args = append(args, lineArg(s))
			} else {
				args = append(args, s)
			}
		}
		got, ok := substitute(format, slices.Clone(args))
		if !ok {
			return
		}
		if want := fmt.Sprintf(format, args...); got != want {
			t.Errorf("substitute(%q, %q) = %q, fmt.Sprintf %q", format, args, got, want)
		}
	})
}
