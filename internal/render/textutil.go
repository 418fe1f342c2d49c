package render

import (
	"math"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/i18n"
)

// cells is the width of s on a terminal. Catalogue texts are in Latin
// scripts, where one rune is one column; eis needs no East Asian widths.
func cells(s string) int { return utf8.RuneCountInString(s) }

// truncate shortens s to at most n cells, ending in "…" when cut.
func truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if cells(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// padLeft right-aligns s in n cells.
func padLeft(s string, n int) string {
	if w := cells(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}

// pad appends spaces to s up to n cells.
func pad(s string, n int) string {
	if d := n - cells(s); d > 0 {
		return s + strings.Repeat(" ", d)
	}
	return s
}

// wrap breaks s into lines of at most width cells: the first prefixed by
// first, the rest by rest. Runs of white space (newlines too) collapse to one
// space; a word longer than the line stands alone rather than being cut (so
// links stay usable).
func wrap(s string, width int, first, rest string) []string {
	words := breakable(s)
	if len(words) == 0 {
		return nil
	}
	var lines []string
	line, n := first, cells(first)
	empty := true
	for _, w := range words {
		wl := cells(w)
		if !empty && n+1+wl > width {
			lines = append(lines, line)
			line, n, empty = rest, cells(rest), true
		}
		if !empty {
			line += " "
			n++
		}
		line += w
		n += wl
		empty = false
	}
	return append(lines, line)
}

// Wrap breaks a message for a terminal width columns wide, as the text
// output is wrapped (wrap; 0 leaves s as it is), into lines joined by
// "\n". Each of keep that s holds — a command to copy and paste — stays
// on one line: on the line where it starts when it fits, else on a line
// of its own; one longer than a line is broken at its spaces with " \" at
// the end of each line but its last, as a POSIX shell continues a line,
// so that it still pastes as one command.
func Wrap(s string, width int, keep ...string) string {
	if width <= 0 {
		return s
	}
	// A glue rune in place of a kept command's spaces, so that wrap sees
	// one word; none when s holds it already (it then may break there).
	const glue = "\ue000"
	if !strings.Contains(s, glue) {
		for _, k := range keep {
			if k != "" {
				s = strings.ReplaceAll(s, k, strings.ReplaceAll(k, " ", glue))
			}
		}
	}
	var out []string
	for _, l := range wrap(s, width, "", "") {
		if cells(l) > width && strings.Contains(l, glue) {
			// A command longer than the line: broken at its spaces with a
			// shell's line continuation, so that it still pastes as one.
			// Not inside a quoted word: a continuation in quotes is no
			// continuation.
			parts := wrap(shellGlue(strings.ReplaceAll(l, glue, " "), glue), width-2, "", "  ")
			for i := range parts {
				if i < len(parts)-1 {
					parts[i] += " \\"
				}
				out = append(out, strings.ReplaceAll(parts[i], glue, " "))
			}
			continue
		}
		out = append(out, strings.ReplaceAll(l, glue, " "))
	}
	return strings.Join(out, "\n")
}

// shellGlue is the command line s with each space inside single quotes
// (as shellQuote quotes) replaced by glue.
func shellGlue(s, glue string) string {
	var b strings.Builder
	quoted := false
	for _, r := range s {
		switch {
		case r == '\'':
			quoted = !quoted
		case r == ' ' && quoted:
			b.WriteString(glue)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// cellLines lays s out in a table cell w cells wide: wrapped, so that a
// long label is read whole on several lines rather than cut, the lines
// after the first indented by two (they go on, they are no row of their
// own) unless the cell is narrower than 20, where those two would cut
// words; only a word longer than the cell is cut, ending in "…". Every
// line is padded to w; an empty s is one empty line.
func cellLines(s string, w int) []string {
	rest := "  "
	if w < 20 {
		rest = ""
	}
	lines := wrap(s, w, "", rest)
	if len(lines) == 0 {
		lines = []string{""}
	}
	for i, l := range lines {
		lines[i] = pad(truncate(l, w), w)
	}
	return lines
}

// linkLine is one output line of a link: a plain prefix (indent and label)
// and the URL, which may be empty.
type linkLine struct{ prefix, url string }

// linkLines lays out a labelled link so that the URL is never broken — not
// by us, and not by a terminal as wide as the text, which breaks a line that
// is too long wherever its edge falls. Label and URL share a line when it
// fits the width; otherwise the URL gets a line of its own, indented like
// the label when that fits and from the left margin when it does not. A URL
// longer than any line stays after its label and overflows: no layout could
// save it.
func linkLines(ind, label, url string, width int) []linkLine {
	n := cells(url)
	if cells(ind)+cells(label)+1+n <= width || n > width {
		return []linkLine{{prefix: ind + label + " ", url: url}}
	}
	at := ind
	if cells(ind)+n > width {
		at = ""
	}
	return []linkLine{{prefix: ind + label}, {prefix: at, url: url}}
}

// oneLine collapses all white space in s to single spaces.
func oneLine(s string) string { return strings.Join(breakable(s), " ") }

// breakable splits s into the words a line may break between: at spaces,
// but not at a no-break space (U+00A0, U+2007, U+202F), which keeps
// "50 %" and "2 500 euro" together as the language writes them.
func breakable(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '\u00a0', '\u2007', '\u202f':
			return false
		}
		return unicode.IsSpace(r)
	})
}

// percent says a 0–1 score as a whole percentage in loc, e.g. "60%".
func percent(loc i18n.Locale, s float64) string { return loc.Percent(clamp01(s)) }

// shownPoints is score s as the whole percentage percent shows (rounded
// half away from zero, as Locale.Percent rounds): differences of two
// shown scores add up with what the reader sees.
func shownPoints(s float64) float64 { return math.Round(clamp01(s) * 100) }

// clamp01 keeps a score in 0–1 (and maps NaN to 0).
func clamp01(s float64) float64 {
	switch {
	case math.IsNaN(s) || s < 0:
		return 0
	case s > 1:
		return 1
	}
	return s
}

// barCells is the length of a score bar, at 60 columns or more.
const barCells = 10

// barLen is the length of a score bar in a text width columns wide: 10,
// down to 5 at 40 columns, so the labels keep room on a narrow terminal.
func barLen(width int) int {
	return min(barCells, max(5, barCells-(60-width+3)/4))
}

// bar draws a score as filled and empty cells, e.g. "██████░░░░".
func bar(s float64) (filled, empty string) { return barOf(s, barCells) }

// barOf is bar with n cells.
func barOf(s float64, n int) (filled, empty string) {
	k := int(math.Round(clamp01(s) * float64(n)))
	return strings.Repeat("█", k), strings.Repeat("░", n-k)
}

// ANSI styles for text output.
const (
	ansiBold   = "1"
	ansiDim    = "2"
	ansiRed    = "31"
	ansiGreen  = "32"
	ansiYellow = "33"
	ansiCyan   = "36"
)

// styler applies ANSI styles only when colour is on.
type styler bool

// s wraps text in an ANSI style when colour is on.
func (c styler) s(code, text string) string {
	if !c || text == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

// scoreColour picks red, yellow or green for a score.
func scoreColour(s float64) string {
	switch {
	case s < 0.4:
		return ansiRed
	case s < 0.7:
		return ansiYellow
	}
	return ansiGreen
}

// joinWrap joins fields with sep into lines that fit width after indent,
// breaking only between fields; a field too long for any line stands alone.
func joinWrap(fields []string, sep string, width int, indent string) []string {
	var lines []string
	cur := ""
	for _, f := range fields {
		if f == "" {
			continue
		}
		if cur != "" && cells(indent)+cells(cur)+cells(sep)+cells(f) > width {
			lines = append(lines, cur)
			cur = ""
		}
		if cur != "" {
			cur += sep
		}
		cur += f
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	return lines
}

// lazyRegexp compiles expr when it is first used, not at start-up.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
