package survey

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/eis-project/eis/internal/i18n"
)

// LineReader feeds huh's accessible prompts one byte at a time and notices
// the end of input.
//
// Why: each accessible prompt wraps its reader in a fresh bufio.Scanner, which
// reads ahead as far as it can; with a shared reader the first prompt swallows
// the lines meant for the following ones. Reading one byte per call means a
// prompt never takes more than its own line.
//
// And: at the end of input huh silently keeps the field's default (or, for a
// select without one, fails). LineReader records the end of input so the
// caller can stop as interrupted, and from then on serves Filler — a line
// that lets the current prompt return — so huh never loops or fails. The
// answer given that way is thrown away.
type LineReader struct {
	mu      sync.Mutex
	r       io.Reader
	partial bool // bytes read since the last newline
	srcDone bool // the source has nothing more
	ended   bool // a read was asked for after the source had nothing more
	err     error
	filler  []byte
	fpos    int
}

// NewLineReader wraps r.
func NewLineReader(r io.Reader) *LineReader { return &LineReader{r: r} }

// SetFiller sets the line served after the end of input (e.g. "1\n").
func (l *LineReader) SetFiller(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.filler, l.fpos = []byte(s), 0
}

// Ended reports whether the input has ended (or failed).
func (l *LineReader) Ended() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.ended
}

// Err returns the read error that ended the input, if it was not io.EOF.
func (l *LineReader) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if errors.Is(l.err, io.EOF) {
		return nil
	}
	return l.err
}

// Read reads at most one byte.
func (l *LineReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.srcDone {
		// Someone wants more than the source had: the input has ended.
		l.ended = true
		return l.fill(p)
	}
	for tries := 0; tries < 100; tries++ {
		n, err := l.r.Read(p[:1])
		if n == 1 {
			l.partial = p[0] != '\n'
			return 1, nil
		}
		if err != nil {
			l.err, l.srcDone = err, true
			if l.partial {
				// A last line without a newline still counts as a line.
				l.partial = false
				p[0] = '\n'
				return 1, nil
			}
			l.ended = true
			return l.fill(p)
		}
	}
	l.err, l.srcDone, l.ended = io.ErrNoProgress, true, true
	return l.fill(p)
}

func (l *LineReader) fill(p []byte) (int, error) {
	if len(l.filler) == 0 {
		return 0, io.EOF
	}
	p[0] = l.filler[l.fpos%len(l.filler)]
	l.fpos++
	return 1, nil
}

// a11yWriter cleans what huh's accessible mode writes: it drops the padding
// spaces lipgloss leaves at line ends (a prompt keeps one space before the
// answer), drops huh's redundant "Select up to N options." and, in Danish,
// translates huh's fixed English prompts (huh has no hook for their wording).
// huh writes each prompt with one Write call, so each call is cleaned whole.
type a11yWriter struct {
	w   io.Writer
	loc i18n.Locale
}

// promptKeys are the i18n keys whose English text huh prints verbatim.
var promptKeys = []string{
	"survey.a11y.enter-number", "survey.a11y.enter-one", "survey.a11y.invalid-range",
	"survey.a11y.invalid-one", "survey.a11y.confirm",
	"survey.a11y.too-many", "survey.a11y.input-too-long",
}

type promptRule struct {
	re  *regexp.Regexp
	key string
}

var (
	promptOnce  sync.Once
	promptRules []promptRule
	lineEndPad  = regexp.MustCompile(`[ \t]+\n`)
	endPad      = regexp.MustCompile(`[ \t]{2,}$`)
	// huh's "Select up to N options." says nothing when there is no limit;
	// our own guidance on the multi-select replaces it.
	selectUpTo = regexp.MustCompile(`(?m)^Select up to \d+ options\.\n`)
)

// rules turns each English prompt ("Enter a number between %d and %d: ") into
// a pattern with one group per number.
func rules() []promptRule {
	promptOnce.Do(func() {
		for _, k := range promptKeys {
			parts := strings.Split(i18n.English.Pattern(k), "%d")
			for i := range parts {
				parts[i] = regexp.QuoteMeta(parts[i])
			}
			promptRules = append(promptRules, promptRule{re: regexp.MustCompile(strings.Join(parts, `(\d+)`)), key: k})
		}
	})
	return promptRules
}

// Write writes p, cleaned. It reports len(p) written when the cleaned text
// was written whole.
func (a *a11yWriter) Write(p []byte) (int, error) {
	s := lineEndPad.ReplaceAllString(string(p), "\n")
	s = endPad.ReplaceAllString(s, " ")
	s = selectUpTo.ReplaceAllString(s, "")
	if a.loc != i18n.English {
		for _, r := range rules() {
			s = r.re.ReplaceAllStringFunc(s, func(match string) string {
				sub := r.re.FindStringSubmatch(match)
				args := make([]any, 0, len(sub)-1)
				for _, x := range sub[1:] {
					n, _ := strconv.Atoi(x)
					args = append(args, n)
				}
				return a.loc.T(r.key, args...)
			})
		}
	}
	if _, err := io.WriteString(a.w, s); err != nil {
		return 0, fmt.Errorf("write: %w", err)
	}
	return len(p), nil
}
