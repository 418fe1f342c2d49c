package survey

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// countingReader counts the bytes taken from it.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestLineReaderTakesOneLine(t *testing.T) {
	t.Parallel()
	src := &countingReader{r: strings.NewReader("12\nthree\n")}
	lr := NewLineReader(src)
	// huh makes a new scanner per prompt; each must get its own line.
	for _, want := range []string{"12", "three"} {
		sc := bufio.NewScanner(lr)
		if !sc.Scan() || sc.Text() != want {
			t.Fatalf("got %q, want %q", sc.Text(), want)
		}
	}
	if src.n != len("12\nthree\n") {
		t.Errorf("read %d bytes, want exactly the two lines", src.n)
	}
	if lr.Ended() {
		t.Error("ended before anything asked past the input")
	}
}

func TestLineReaderEnd(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		lines    []string // lines scanned before the end
	}{
		{"empty", "", nil},
		{"complete lines", "a\nb\n", []string{"a", "b"}},
		{"last line without newline", "a\nb", []string{"a", "b"}},
		{"CRLF", "a\r\nb\r\n", []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			lr := NewLineReader(strings.NewReader(tt.in))
			lr.SetFiller("1\n")
			for _, want := range tt.lines {
				sc := bufio.NewScanner(lr)
				if !sc.Scan() || sc.Text() != want {
					t.Fatalf("got %q, want %q", sc.Text(), want)
				}
				if lr.Ended() {
					t.Fatalf("ended while reading %q", want)
				}
			}
			sc := bufio.NewScanner(lr)
			if !sc.Scan() || sc.Text() != "1" {
				t.Errorf("after the end got %q, want the filler", sc.Text())
			}
			if !lr.Ended() {
				t.Error("the end of input was not noticed")
			}
			if lr.Err() != nil {
				t.Errorf("io.EOF reported as an error: %v", lr.Err())
			}
		})
	}
}

func TestLineReaderError(t *testing.T) {
	t.Parallel()
	boom := errors.New("boom")
	lr := NewLineReader(io.MultiReader(strings.NewReader("x\n"), errReader{boom}))
	lr.SetFiller("\n")
	sc := bufio.NewScanner(lr)
	sc.Scan()
	sc = bufio.NewScanner(lr)
	sc.Scan()
	if !lr.Ended() || !errors.Is(lr.Err(), boom) {
		t.Errorf("ended %v, err %v; want the read error", lr.Ended(), lr.Err())
	}
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

func TestA11yWriter(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lang, in, want string
	}{
		{"en", "Enter a number between 1 and 4: ", "Enter a number between 1 and 4: "},
		{"da", "Enter a number between 1 and 4: ", "Skriv et tal mellem 1 og 4: "},
		{"da", "Invalid: must be a number between 0 and 12\n", "Ugyldigt: skal være et tal mellem 0 og 12\n"},
		{"da", "Invalid: must be 1\n", "Ugyldigt: skal være 1\n"},
		{"da", "1. A\n0.   Confirm selection\n", "1. A\n0.   Bekræft valget\n"},
		{"da", "There is only one option available; enter the number 1:", "Der er kun én mulighed; skriv tallet 1:"},
		{"en", "Title          \nmore   \n", "Title\nmore\n"},
		{"en", "Name:         ", "Name: "},
		{"en", "Select up to 9 options.\n1. x\n", "1. x\n"},
		{"da", "Select up to 3 options.\n", ""},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		w := &a11yWriter{w: &b, loc: i18n.Get(tt.lang)}
		n, err := w.Write([]byte(tt.in))
		if err != nil || n != len(tt.in) {
			t.Errorf("Write(%q) = %d, %v", tt.in, n, err)
		}
		if b.String() != tt.want {
			t.Errorf("%s %q: got %q, want %q", tt.lang, tt.in, b.String(), tt.want)
		}
	}
}

// FuzzAccessible feeds arbitrary input to the accessible questionnaire: it
// must never panic or hang, must end complete or interrupted, must save
// whatever it recorded, and whatever it saved must be a valid answers file.
func FuzzAccessible(f *testing.F) {
	cat := tiny(f)
	order := fieldOrder(f, cat, fullChoices, true, false)
	f.Add(accessibleScript(f, cat, "en", order, fullChoices, nil))
	f.Add("")
	f.Add("\n\n\n\n")
	f.Add("x\n99\n-1\n1\n0\n0\n0\n")
	f.Add("Acme\n1\n1\n1\n1\n1\n1\n1\n0\n")
	f.Fuzz(func(t *testing.T, input string) {
		s := &memSaver{}
		var out bytes.Buffer
		af := answers.New(cat, "en", testNow)
		err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Accessible: true, In: strings.NewReader(input), Out: &out, Respondent: true, Now: fixedNow, Save: s.save}, af)
		if err != nil && !errors.Is(err, ErrInterrupted) {
			t.Fatalf("error %v", err)
		}
		last := s.last()
		if last == "" {
			// Only a run stopped before anything was recorded saves nothing.
			if err == nil || recorded(af) {
				t.Fatalf("nothing saved (error %v, answers %v, respondent %v)", err, af.Answers, af.Respondent)
			}
			return
		}
		got, diags, rerr := answers.Read(strings.NewReader(last), "fuzz.yaml", cat)
		if rerr != nil || diags.HasErrors() {
			t.Fatalf("saved an invalid file: %v %v\n%s", rerr, diags, last)
		}
		if got.Complete != (err == nil) {
			t.Errorf("complete=%v with error %v", got.Complete, err)
		}
	})
}
