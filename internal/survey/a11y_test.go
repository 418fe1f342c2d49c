package survey

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"

	"charm.land/huh/v2"
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

// TestAccessiblePrompts: each accessible prompt prints what a screen
// reader reads, in the user's language, takes one line per answer (one
// byte at a time) and asks again, saying why, until the answer is valid.
func TestAccessiblePrompts(t *testing.T) {
	t.Parallel()
	pick := func(keep bool, value string) func(lang string) (huh.Field, func() any) {
		return func(lang string) (huh.Field, func() any) {
			v := value
			f := &a11yChoice{loc: i18n.Get(lang), title: "Where?\nWhy this matters: it does.", labels: []string{"Home", "Away"}, values: []string{"home", "away"}, value: &v, keep: keep}
			return f, func() any { return v }
		}
	}
	one := func(lang string) (huh.Field, func() any) {
		v := ""
		return &a11yChoice{loc: i18n.Get(lang), title: "Only?", labels: []string{"Yes"}, values: []string{"yes"}, value: &v}, func() any { return v }
	}
	multi := func(lang string) (huh.Field, func() any) {
		v := []string{"b"}
		f := &a11yMulti{loc: i18n.Get(lang), title: "Which?", labels: []string{"A", "B"}, values: []string{"a", "b"}, value: &v,
			validate: func(c []string) error {
				if len(c) == 0 {
					return errors.New("choose one")
				}
				return nil
			}}
		return f, func() any { return v }
	}
	text := func(lang string) (huh.Field, func() any) {
		v := "Old"
		return &a11yText{loc: i18n.Get(lang), prompt: "Name:", value: &v, limit: 4}, func() any { return v }
	}
	tests := []struct {
		name  string
		field func(lang string) (huh.Field, func() any)
		lang  string
		in    string
		out   string
		value any
	}{
		{"choice", pick(false, ""), "en", "2\n", "Where?\nWhy this matters: it does.\n1. Home\n2. Away\nEnter a number between 1 and 2: ", "away"},
		{"choice asks again", pick(false, ""), "en", "x\n\n3\n 1 \n", "Where?\nWhy this matters: it does.\n1. Home\n2. Away\n" +
			"Enter a number between 1 and 2: Invalid: must be a number between 1 and 2\n" +
			"Enter a number between 1 and 2: Invalid: must be a number between 1 and 2\n" +
			"Enter a number between 1 and 2: Invalid: must be a number between 1 and 2\n" +
			"Enter a number between 1 and 2: ", "home"},
		{"choice in Danish", pick(false, ""), "da", "0\n2\n", "Where?\nWhy this matters: it does.\n1. Home\n2. Away\n" +
			"Skriv et tal mellem 1 og 2: Ugyldigt: skal være et tal mellem 1 og 2\nSkriv et tal mellem 1 og 2: ", "away"},
		{"Enter keeps an earlier answer", pick(true, "away"), "en", "\n", "Where?\nWhy this matters: it does.\n1. Home\n2. Away\nEnter a number between 1 and 2: ", "away"},
		{"one option", one, "en", "2\n1\n", "Only?\n1. Yes\nThere is only one option available; enter the number 1:Invalid: must be 1\nThere is only one option available; enter the number 1:", "yes"},
		{"one option in Danish", one, "da", "1\n", "Only?\n1. Yes\nDer er kun én mulighed; skriv tallet 1:", "yes"},
		{"multi", multi, "en", "1\n0\n", "Which?\n1.   A\n2. ✓ B\n0.   Confirm selection\nEnter a number between 0 and 2: \n" +
			"1. ✓ A\n2. ✓ B\n0.   Confirm selection\nEnter a number between 0 and 2: ", []string{"a", "b"}},
		{"multi refused", multi, "da", "2\n0\n1\n0\n", "Which?\n1.   A\n2. ✓ B\n0.   Bekræft valget\nSkriv et tal mellem 0 og 2: \n" +
			"1.   A\n2.   B\n0.   Bekræft valget\nSkriv et tal mellem 0 og 2: choose one\n" +
			"1.   A\n2.   B\n0.   Bekræft valget\nSkriv et tal mellem 0 og 2: \n" +
			"1. ✓ A\n2.   B\n0.   Bekræft valget\nSkriv et tal mellem 0 og 2: ", []string{"a"}},
		// The text there now (an earlier answer) is said before the prompt.
		{"text", text, "en", "  Acme \n", "Now: Old\nName: ", "Acme"},
		{"Enter keeps the text", text, "en", "\n", "Now: Old\nName: ", "Old"},
		{"text too long", text, "da", "Ærøsk\nÆrø\n", "Nu: Old\nName: Teksten må højst være 4 tegn\nName: ", "Ærø"},
		{"no text yet", func(lang string) (huh.Field, func() any) {
			v := ""
			return &a11yText{loc: i18n.Get(lang), prompt: "Name:", value: &v}, func() any { return v }
		}, "en", "Acme\n", "Name: ", "Acme"},
		// Several options in one line, by commas or spaces; 0 with them
		// confirms at once.
		{"multi with commas", multi, "en", "1,2\n0\n", "Which?\n1.   A\n2. ✓ B\n0.   Confirm selection\nEnter a number between 0 and 2: \n" +
			"1. ✓ A\n2.   B\n0.   Confirm selection\nEnter a number between 0 and 2: ", []string{"a"}},
		{"multi with spaces and 0", multi, "en", "1 2 0\n", "Which?\n1.   A\n2. ✓ B\n0.   Confirm selection\nEnter a number between 0 and 2: ", []string{"a"}},
		{"multi with a bad number", multi, "en", "1, 7\n1;\n0\n", "Which?\n1.   A\n2. ✓ B\n0.   Confirm selection\n" +
			"Enter a number between 0 and 2: Invalid: give numbers between 0 and 2, separated by commas or spaces\n" +
			"Enter a number between 0 and 2: \n" +
			"1. ✓ A\n2. ✓ B\n0.   Confirm selection\nEnter a number between 0 and 2: ", []string{"a", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, value := tt.field(tt.lang)
			src := &countingReader{r: strings.NewReader(tt.in + "left for the next prompt\n")}
			var out bytes.Buffer
			if err := f.RunAccessible(&out, NewLineReader(src)); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.out {
				t.Errorf("output\n%q\nwant\n%q", out.String(), tt.out)
			}
			if got := value(); !reflect.DeepEqual(got, tt.value) {
				t.Errorf("value %v, want %v", got, tt.value)
			}
			if src.n != len(tt.in) {
				t.Errorf("read %d bytes, want the %d of its own lines", src.n, len(tt.in))
			}
		})
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
