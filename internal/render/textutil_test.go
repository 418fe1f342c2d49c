package render

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/i18n"
)

func TestWrap(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		in          string
		width       int
		first, rest string
		want        []string
	}{
		{"empty", "  \n ", 20, "", "", nil},
		{"fits", "one two", 20, "- ", "  ", []string{"- one two"}},
		{"breaks at words", "one two three four", 10, "", "", []string{"one two", "three four"}},
		{"hanging indent", "aaa bbb ccc", 8, "1. ", "   ", []string{"1. aaa", "   bbb", "   ccc"}},
		{"long word stands alone", "see https://example.com/a/very/long/path now", 12, "", "", []string{"see", "https://example.com/a/very/long/path", "now"}},
		{"collapses newlines", "a\n\nb\tc", 80, "", "", []string{"a b c"}},
		{"counts runes not bytes", "æøå æøå", 7, "", "", []string{"æøå æøå"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := wrap(tt.in, tt.width, tt.first, tt.rest)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func TestTruncateAndPad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly ten", 11, "exactly ten"},
		{"Strategi og engagement", 10, "Strategi…"},
		{"Koprivnica-Križevci", 12, "Koprivnica-…"},
		{"abc", 0, ""},
		{"abc", 1, "…"},
	}
	for _, tt := range tests {
		if got := truncate(tt.in, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
		if got := truncate(tt.in, tt.n); cells(got) > max(tt.n, 0) {
			t.Errorf("truncate(%q, %d) is %d cells wide", tt.in, tt.n, cells(got))
		}
	}
	if got := pad("æø", 4); got != "æø  " {
		t.Errorf("pad = %q", got)
	}
}

func TestPercentAndBar(t *testing.T) {
	t.Parallel()
	tests := []struct {
		score       float64
		pct         string
		filled, all int
	}{
		{0, "0%", 0, 10},
		{0.25, "25%", 3, 10}, // 2.5 rounds half away from zero
		{0.4375, "44%", 4, 10},
		{1, "100%", 10, 10},
		{1.7, "100%", 10, 10},
		{-0.2, "0%", 0, 10},
		{math.NaN(), "0%", 0, 10},
	}
	for _, tt := range tests {
		if got := percent(i18n.English, tt.score); got != tt.pct {
			t.Errorf("percent(%v) = %q, want %q", tt.score, got, tt.pct)
		}
		f, e := bar(tt.score)
		if n := utf8.RuneCountInString(f); n != tt.filled {
			t.Errorf("bar(%v) filled %d, want %d", tt.score, n, tt.filled)
		}
		if n := utf8.RuneCountInString(f + e); n != tt.all {
			t.Errorf("bar(%v) is %d cells, want %d", tt.score, n, tt.all)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	t.Parallel()
	for in, want := range map[float64]string{0: "0", 0.25: "0.25", 0.5: "0.5", 1: "1", 0.333: "0.33", 1.5: "1.5"} {
		if got := formatNumber(in, i18n.English); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", in, got, want)
		}
	}
	if got := formatNumber(1.5, i18n.Get("da")); got != "1,5" {
		t.Errorf("Danish: %q, want 1,5", got)
	}
}

func TestMdEscape(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a *b* _c_", `a \*b\* \_c\_`},
		{"[link](x)", `\[link\](x)`},
		{"a | b", `a \| b`},
		{"<script>", `\<script\>`},
		{"# not a heading", `\# not a heading`},
		{"1. not a list", `1\. not a list`},
		{"12) neither", `12\) neither`},
		{"- not a bullet", `\- not a bullet`},
		{"1,246 SMEs", "1,246 SMEs"},
		{"R&D &amp; more", `R&D \&amp; more`},
		{"line\nbreak", "line break"},
		{`back\slash`, `back\\slash`},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMdLink(t *testing.T) {
	t.Parallel()
	if got := mdLink("https://een.ec.europa.eu/"); got != "<https://een.ec.europa.eu/>" {
		t.Errorf("mdLink = %q", got)
	}
	if got := mdLink("https://x/<a>"); got != `https://x/\<a\>` {
		t.Errorf("mdLink with brackets = %q", got)
	}
}

func TestOptionsWidth(t *testing.T) {
	t.Parallel()
	for in, want := range map[int]int{0: 80, -5: 80, 30: 40, 40: 40, 60: 60, 80: 80, 100: 100, 250: 100} {
		if got := (Options{Width: in}).width(); got != want {
			t.Errorf("width(%d) = %d, want %d", in, got, want)
		}
	}
}

func TestPlanFormats(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Plan(&buf, richPlan("en"), "yaml", Options{}); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("yaml: err = %v, want ErrUnknownFormat", err)
	}
	if buf.Len() != 0 {
		t.Errorf("failed renders wrote %q", buf.String())
	}
}

// FuzzWrap checks that wrapping never loses or reorders words and never
// makes a line longer than the width unless one word alone is longer.
func FuzzWrap(f *testing.F) {
	f.Add("Selling abroad takes a year or more of steady effort.", 20)
	f.Add("æøå\n\t https://example.com/x  y", 5)
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 1 || width > 200 || !utf8.ValidString(s) {
			t.Skip()
		}
		lines := wrap(s, width, "", "")
		if strings.Join(strings.Fields(strings.Join(lines, " ")), " ") != strings.Join(strings.Fields(s), " ") {
			t.Fatalf("words changed: %q → %q", s, lines)
		}
		for _, l := range lines {
			// A line is too long only when it could have broken: at a
			// space, never at a no-break space ("0\u00a0°" is one word).
			if cells(l) > width && len(breakable(l)) > 1 {
				t.Fatalf("line %q is %d cells, width %d", l, cells(l), width)
			}
		}
	})
}

// FuzzMdEscape checks that escaped text stays on one line, keeps its
// letters, and never starts a Markdown block.
func FuzzMdEscape(f *testing.F) {
	for _, s := range []string{"a *b*", "1. x", "# h", "- i", "<b>&amp;", "`code`|x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := mdEscape(s)
		if strings.ContainsAny(got, "\n\r") {
			t.Fatalf("mdEscape(%q) has a line break: %q", s, got)
		}
		if mdLineStart().MatchString(got) || strings.HasPrefix(got, "#") || strings.HasPrefix(got, ">") {
			t.Fatalf("mdEscape(%q) = %q starts a block", s, got)
		}
		// Removing the escapes gives back the one-line text.
		unesc := regexpUnescape(got)
		if unesc != oneLine(s) {
			t.Fatalf("mdEscape(%q) = %q does not unescape to %q (got %q)", s, got, oneLine(s), unesc)
		}
	})
}

// regexpUnescape removes Markdown backslash escapes.
func regexpUnescape(s string) string {
	var b []byte
	esc := false
	for i := 0; i < len(s); i++ { // bytes, so invalid UTF-8 survives
		if s[i] == '\\' && !esc {
			esc = true
			continue
		}
		esc = false
		b = append(b, s[i])
	}
	return string(b)
}

// TestWrapKeepsNoBreakSpaces: a line never breaks at a no-break space, so
// the Danish "0 %" (a number and its sign) stays on one line.
func TestWrapKeepsNoBreakSpaces(t *testing.T) {
	t.Parallel()
	s := "Den styrker digital tilstedeværelse og onlinesalg, hvor I scorer 0\u00a0%"
	for width := 20; width <= 80; width++ {
		for _, l := range wrap(s, width, "", "") {
			if l == "%" || strings.HasSuffix(l, " 0") {
				t.Errorf("width %d: the number and its sign are parted: %q", width, wrap(s, width, "", ""))
				break
			}
		}
	}
	if got := oneLine("50\u00a0%  of\nit"); got != "50\u00a0% of it" {
		t.Errorf("oneLine = %q", got)
	}
}

// TestCellLines: a label longer than its table cell is wrapped within it,
// read whole (eis aggregate's sectors, compare's dimensions), never cut —
// only a word longer than the whole cell is.
func TestCellLines(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		s    string
		w    int
		want []string
	}{
		{"Food and drink", 20, []string{"Food and drink      "}},
		{"Other services sold to firms abroad (design, engineering, consulting)", 40,
			[]string{"Other services sold to firms abroad     ", "  (design, engineering, consulting)     "}},
		{"Antidisestablishmentarianism now", 12, []string{"Antidisesta…", "now         "}},
		{"Strategy and commitment", 10, []string{"Strategy  ", "and       ", "commitment"}},
		{"", 5, []string{"     "}},
	} {
		if got := cellLines(tc.s, tc.w); !slices.Equal(got, tc.want) {
			t.Errorf("cellLines(%q, %d) = %q, want %q", tc.s, tc.w, got, tc.want)
		}
	}
}

// TestWrapKeep: Wrap breaks a message as the text output is broken, but a
// command to copy stays on one line; width 0 leaves the message alone.
func TestWrapKeep(t *testing.T) {
	t.Parallel()
	const msg = "Progress saved to a.yaml. Resume with: eis assess --resume a.yaml --notes"
	for _, tc := range []struct {
		width int
		keep  []string
		want  string
	}{
		{0, nil, msg},
		{40, nil, "Progress saved to a.yaml. Resume with:\neis assess --resume a.yaml --notes"},
		{50, nil, "Progress saved to a.yaml. Resume with: eis assess\n--resume a.yaml --notes"},
		{50, []string{"eis assess --resume a.yaml --notes"}, "Progress saved to a.yaml. Resume with:\neis assess --resume a.yaml --notes"},
		{20, []string{"eis assess --resume a.yaml --notes"}, "Progress saved to\na.yaml. Resume with:\neis assess \\\n  --resume a.yaml \\\n  --notes"},
		{100, []string{"eis assess --resume a.yaml --notes"}, msg},
	} {
		if got := Wrap(msg, tc.width, tc.keep...); got != tc.want {
			t.Errorf("Wrap(%d, %q) =\n%s\nwant\n%s", tc.width, tc.keep, got, tc.want)
		}
	}
	// A quoted file name is never broken: a continuation inside quotes
	// would be part of the name.
	const cmd = "eis assess --resume 'my firm.yaml' --notes"
	want := "Resume with:\neis assess \\\n  --resume \\\n  'my firm.yaml' \\\n  --notes"
	if got := Wrap("Resume with: "+cmd, 20, cmd); got != want {
		t.Errorf("quoted: got\n%s\nwant\n%s", got, want)
	}
}
