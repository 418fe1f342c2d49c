package survey

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/i18n"
)

// LineReader feeds the accessible prompts one byte at a time and notices
// the end of input.
//
// Why: each accessible prompt wraps its reader in a fresh bufio.Scanner, which
// reads ahead as far as it can; with a shared reader the first prompt swallows
// the lines meant for the following ones. Reading one byte per call means a
// prompt never takes more than its own line.
//
// And: at the end of input a prompt would keep the field's default.
// LineReader records the end of input so the caller can stop as
// interrupted, and from then on serves Filler — a line that lets the
// current prompt return. The answer given that way is thrown away.
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

// Accessible mode: eis asks each field itself, through huh's public hook
// for it (Field.RunAccessible), instead of huh's own prompts, whose words
// are English only and whose output carries layout padding. The prompts
// read as huh's do — numbered options, "Enter a number between 1 and 4: ",
// the same answers accepted — in the user's language, one line of input
// each, with no styling for a screen reader to stumble over.

// a11yChoice asks a single-choice question (or the existing-file question).
type a11yChoice struct {
	huh.Field
	loc    i18n.Locale
	title  string
	labels []string
	values []string
	value  *string
	// keep lets Enter alone keep *value (an earlier answer).
	keep bool
	// back accepts the back word (see backWords): RunAccessible then
	// returns errBack.
	back bool
}

// RunAccessible prints the title and the numbered options and reads the
// number of one.
func (c *a11yChoice) RunAccessible(w io.Writer, r io.Reader) error {
	n := len(c.values)
	if n == 0 {
		return errors.New("no options")
	}
	fmt.Fprintln(w, c.title)
	for i, l := range c.labels {
		fmt.Fprintf(w, "%d. %s\n", i+1, l)
	}
	prompt := c.loc.T("survey.a11y.enter-number", 1, n)
	if n == 1 {
		prompt = c.loc.T("survey.a11y.enter-one")
	}
	def := 0
	if c.keep {
		def = slices.Index(c.values, *c.value) + 1
	}
	choice, err := promptInt(w, r, c.loc, prompt, 1, n, def, c.back)
	if err != nil {
		return err
	}
	*c.value = c.values[choice-1]
	// Asked again (the user came back to it), Enter keeps this answer.
	c.keep = true
	return nil
}

// a11yMulti asks a multiple-choice question: each number entered chooses
// or unchooses an option ("1,3" or "1 3" several at once), 0 confirms.
type a11yMulti struct {
	huh.Field
	loc      i18n.Locale
	title    string
	labels   []string
	values   []string
	value    *[]string
	validate func([]string) error
	back     bool
}

// RunAccessible lists the options, marking the chosen ones, until 0
// confirms a choice the validator accepts.
func (m *a11yMulti) RunAccessible(w io.Writer, r io.Reader) error {
	chosen := make([]bool, len(m.values))
	for i, v := range m.values {
		chosen[i] = slices.Contains(*m.value, v)
	}
	fmt.Fprintln(w, m.title)
	for {
		for i, l := range m.labels {
			if chosen[i] {
				fmt.Fprintf(w, "%d. ✓ %s\n", i+1, l)
			} else {
				fmt.Fprintf(w, "%d.   %s\n", i+1, l)
			}
		}
		fmt.Fprintln(w, m.loc.T("survey.a11y.confirm"))
		n := len(m.values)
		nums, err := promptInts(w, r, m.loc, m.loc.T("survey.a11y.enter-number", 0, n), n, m.back)
		if err != nil {
			return err
		}
		done := false
		for _, k := range nums {
			if k == 0 {
				done = true
				continue
			}
			chosen[k-1] = !chosen[k-1]
		}
		if done {
			vals := []string{}
			for i, v := range m.values {
				if chosen[i] {
					vals = append(vals, v)
				}
			}
			*m.value = vals
			if err := m.validate(vals); err != nil {
				fmt.Fprintln(w, err)
				continue
			}
			return nil
		}
		fmt.Fprintln(w)
	}
}

// a11yText asks for a line of text; Enter alone keeps what is there.
type a11yText struct {
	huh.Field
	loc    i18n.Locale
	prompt string
	value  *string
	limit  int // in runes
	back   bool
}

// RunAccessible says the current text, if any, then prints the prompt and
// reads the text.
func (t *a11yText) RunAccessible(w io.Writer, r io.Reader) error {
	if *t.value != "" {
		fmt.Fprintln(w, t.loc.T("survey.a11y.text-current", *t.value))
	}
	line, err := promptLine(w, r, t.loc, t.prompt+" ", *t.value, t.back, func(s string) error {
		if t.limit > 0 && utf8.RuneCountInString(strings.TrimSpace(s)) > t.limit {
			return errors.New(t.loc.T("survey.a11y.input-too-long", t.limit))
		}
		return nil
	})
	if err != nil {
		return err
	}
	*t.value = line
	return nil
}

// backWords are the words that go back to the previous question in loc,
// from its message file (the first is the one the prompts mention).
func backWords(loc i18n.Locale) []string {
	var words []string
	for _, w := range strings.Split(loc.T("survey.a11y.back-word"), ",") {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			words = append(words, w)
		}
	}
	return words
}

// isBack reports whether line is one of loc's back words.
func isBack(loc i18n.Locale, line string) bool {
	return slices.Contains(backWords(loc), strings.ToLower(strings.TrimSpace(line)))
}

// promptInt asks for a number from lo to hi until one is given; def (when
// in range) is what Enter alone gives. At the end of input it returns def,
// or lo: the caller notices the end (LineReader) and drops the answer. With
// back, a back word returns errBack.
func promptInt(w io.Writer, r io.Reader, loc i18n.Locale, prompt string, lo, hi, def int, back bool) (int, error) {
	hasDef := def >= lo && def <= hi && def != 0
	line, err := promptLine(w, r, loc, prompt, "", back, func(s string) error {
		if strings.TrimSpace(s) == "" && hasDef {
			return nil
		}
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= lo && n <= hi {
			return nil
		}
		if lo == hi {
			return errors.New(loc.T("survey.a11y.invalid-one", lo))
		}
		return errors.New(loc.T("survey.a11y.invalid-range", lo, hi))
	})
	if err != nil {
		return 0, err
	}
	if n, err := strconv.Atoi(line); err == nil {
		return n, nil
	}
	if hasDef {
		return def, nil
	}
	return lo, nil
}

// promptInts asks for one or more numbers from 0 to hi, separated by
// commas or spaces ("1,3", "1 3"), until every one is in range. At the end
// of input it returns 0 (the caller drops the answer).
func promptInts(w io.Writer, r io.Reader, loc i18n.Locale, prompt string, hi int, back bool) ([]int, error) {
	parse := func(s string) ([]int, bool) {
		fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || unicode.IsSpace(r) })
		if len(fields) == 0 {
			return nil, false
		}
		var nums []int
		for _, f := range fields {
			n, err := strconv.Atoi(f)
			if err != nil || n < 0 || n > hi {
				return nil, false
			}
			nums = append(nums, n)
		}
		return nums, true
	}
	line, err := promptLine(w, r, loc, prompt, "", back, func(s string) error {
		if _, ok := parse(s); !ok {
			return errors.New(loc.T("survey.a11y.invalid-numbers", 0, hi))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	nums, ok := parse(line)
	if !ok {
		return []int{0}, nil
	}
	return nums, nil
}

// promptLine prints prompt and reads a line until valid accepts it, saying
// why it does not after each refusal. It returns the line trimmed, or def
// for an empty one (or at the end of input); with back, a back word of loc
// returns errBack.
func promptLine(w io.Writer, r io.Reader, loc i18n.Locale, prompt, def string, back bool, valid func(string) error) (string, error) {
	// One scanner per prompt: LineReader hands it one byte at a time, so
	// it never reads ahead into the next prompt's line.
	sc := bufio.NewScanner(r)
	for {
		fmt.Fprint(w, prompt)
		if !sc.Scan() {
			fmt.Fprintln(w)
			return def, nil
		}
		line := sc.Text()
		if back && isBack(loc, line) {
			return "", errBack
		}
		if err := valid(line); err != nil {
			if e, ok := r.(interface{ Ended() bool }); ok && e.Ended() {
				// A filler line the field refuses: the input has ended,
				// and asking again would never end.
				fmt.Fprintln(w)
				return def, nil
			}
			fmt.Fprintln(w, err)
			continue
		}
		return cmp.Or(strings.TrimSpace(line), def), nil
	}
}
