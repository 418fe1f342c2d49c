package catalogue

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// billionLaughs is the classic alias bomb.
const billionLaughs = `version: 1
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`

func garbage(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

// TestHostileInput feeds files meant to hurt a parser; each must give one
// clear diagnostic of its rule for the file, and no panic.
func TestHostileInput(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		data []byte
		rule string
		line int
	}{
		{"alias bomb", []byte(billionLaughs), "alias", 2},
		{"20 MB of garbage", garbage(20 << 20), "file-size", 1},
		{"binary garbage", garbage(4096), "encoding", 1},
		{"NUL byte", []byte("version: 1\nregions: []\n\x00"), "encoding", 3},
		{"control character", []byte("version: 1\nregions:\n  - id: a\x07\n"), "encoding", 3},
		{"UTF-16", append([]byte{0xFF, 0xFE}, []byte("v\x00e\x00r\x00")...), "encoding", 1},
		{"deep flow nesting", []byte("version: 1\nregions: " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000)), "depth", 2},
		{"very deep nesting", []byte("version: 1\nregions: " + strings.Repeat("[", 20000)), "yaml", 2},
		{"deep block nesting", deepBlock(100), "depth", 65},
		{"merge key", []byte("version: 1\nbase: &b {scope: other}\nregions:\n  - <<: *b\n    id: x\n"), "alias", 2},
		{"syntax error", []byte("version: 1\nregions:\n  - id: [\n"), "yaml", 3},
		{"tab indentation", []byte("version: 1\nregions:\n\t- id: x\n"), "yaml", 3},
		{"two documents", []byte("version: 1\n---\nversion: 1\n"), "yaml", 2},
		{"a list, not a mapping", []byte("- version: 1\n"), "kind", 1},
		{"empty", nil, "version", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, diags, err := Parse(fstest.MapFS{"x.yaml": {Data: tt.data}})
			if err != nil {
				t.Fatal(err)
			}
			if len(diags) != 1 {
				t.Fatalf("want one diagnostic, got %d: %v", len(diags), diags)
			}
			d := diags[0]
			if d.Rule != tt.rule || d.Line != tt.line || d.Severity != diag.SevError || d.File != "x.yaml" {
				t.Errorf("got %s, want [%s] at line %d", d, tt.rule, tt.line)
			}
		})
	}
}

// deepBlock nests block mappings n levels deep.
func deepBlock(n int) []byte {
	var b bytes.Buffer
	b.WriteString("version: 1\n")
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + "k:\n")
	}
	return b.Bytes()
}

func TestReadErrors(t *testing.T) {
	t.Parallel()
	_, diags, err := Parse(fstest.MapFS{"pipe.yaml": {Mode: 1 << 25 /* fs.ModeNamedPipe */}, "ok.yaml": {Data: []byte("version: 1\n")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Rule != "read" || diags[0].File != "pipe.yaml" {
		t.Errorf("a named pipe: got %v", diags)
	}
	if _, _, err := Parse(fstest.MapFS{"notes.txt": {}, "x.yml": {}}); err == nil || !strings.Contains(err.Error(), "no catalogue files") {
		t.Errorf("no .yaml files: err = %v", err)
	}
}

// TestNonUTF8Names: a file or folder whose name is not UTF-8 (a Unix name
// may be any bytes) cannot be opened through an fs.FS (fs.ValidPath refuses
// it). It is an error at its name that says to rename it, and the rest of
// the folder is read; it was "readdir d\ufffd: invalid argument" for the
// whole folder (a subfolder), or "stat …: invalid argument" (a file).
func TestNonUTF8Names(t *testing.T) {
	t.Parallel()
	_, diags, err := Parse(fstest.MapFS{
		"ok.yaml":       {Data: []byte("version: 1\n")},
		"a\xff.yaml":    {Data: []byte("version: 1\n")},
		"d\xfe/b.yaml":  {Data: []byte("version: 1\n")},
		"n\xfd.yml":     {Data: []byte("version: 1\n")},
		"notes\xfc.txt": {Data: []byte("hello")},
	})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	want := map[string]bool{"a\xff.yaml": true, "d\xfe": true}
	for _, d := range diags {
		if !want[d.File] {
			continue
		}
		delete(want, d.File)
		if d.Rule != "read" || d.Message.ID != "validate.read.name" || d.Line != 1 || d.Col != 1 {
			t.Errorf("%q: got %s (%s), want validate.read.name at 1:1", d.File, d, d.Message.ID)
		}
	}
	for f := range want {
		t.Errorf("no diagnostic for %q: %v", f, diags)
	}
}

func TestParseAtNamesFilesBelowRoot(t *testing.T) {
	t.Parallel()
	_, diags, err := ParseAt(fstest.MapFS{"regions/x.yaml": {Data: []byte("regions: []\n")}}, "practices")
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].File != "practices/regions/x.yaml" {
		t.Errorf("got %v, want one diagnostic in practices/regions/x.yaml", diags)
	}
}

func TestLocalize(t *testing.T) {
	t.Parallel()
	_, diags, _ := Parse(fstest.MapFS{"x.yaml": {Data: []byte("version: 1\nregions:\n  - {id: a, name: {en: A}, scope: other, capital: b}\n")}})
	if len(diags) != 1 {
		t.Fatalf("got %v", diags)
	}
	en, da := i18n.English.Format(diags[0].Message), i18n.Get("da").Format(diags[0].Message)
	if !strings.Contains(en, `unknown key "capital" in region`) {
		t.Errorf("en: %q", en)
	}
	if !strings.Contains(da, `ukendt nøgle "capital" i et element (region)`) {
		t.Errorf("da: %q", da)
	}
}

func TestLimit(t *testing.T) {
	t.Parallel()
	var ds diag.Diagnostics
	for i := 1; i <= 5; i++ {
		warnf(&ds, Pos{File: "a.yaml", Line: i}, "r", "validate.depth", i)
	}
	errorf(&ds, Pos{File: "a.yaml", Line: 6}, "r", "validate.depth", 6)
	warnf(&ds, Pos{File: "b.yaml", Line: 1}, "r", "validate.depth", 1)
	got := Limit(ds, 3)
	if len(got) != 5 {
		t.Fatalf("got %d diagnostics, want 3 + 1 summary + 1: %v", len(got), got)
	}
	last := got[3]
	if last.File != "a.yaml" || last.Rule != "limit" || last.Severity != diag.SevError || !strings.Contains(i18n.English.Format(last.Message), "3 more") {
		t.Errorf("summary line = %s; want an error (an error was dropped) saying 3 more", last)
	}
	if got[4].File != "b.yaml" {
		t.Errorf("b.yaml's diagnostic was dropped: %v", got)
	}
}

// FuzzParse: any bytes in a catalogue file never panic Parse or Check, and
// a file never gets more than MaxDiagnosticsPerFile diagnostics plus the
// "…and N more" line.
func FuzzParse(f *testing.F) {
	base := fstest.MapFS{}
	for name, file := range mustDir(f, "testdata/valid") {
		base[name] = file
		f.Add(file.Data)
	}
	for _, seed := range []string{billionLaughs, "version: 1\nregions: [[[[", "version: 2\n", "{a: b, a: c}",
		"version: 1\npractices:\n  - when: {all: [{not: {any: []}}]}\n", "version: 1\nquestions:\n  - {id: q, options: [~, {id: 1}]}\n", nullOptionBand} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m := fstest.MapFS{"fuzz.yaml": {Data: data}}
		for k, v := range base {
			m[k] = v
		}
		c, diags, err := Parse(m)
		if err != nil {
			t.Fatal(err)
		}
		if c == nil {
			t.Fatal("Parse returned no catalogue without an error")
		}
		_, all, _ := finish(c, diags, Check(c, testNow))
		n := 0
		for _, d := range all {
			if d.File == "fuzz.yaml" {
				n++
			}
			if d.Line < 1 || d.Col < 1 || d.Rule == "" || d.Message.ID == "" {
				t.Errorf("malformed diagnostic: %+v", d)
			}
		}
		if n > MaxDiagnosticsPerFile+1 {
			t.Errorf("%d diagnostics for one file", n)
		}
	})
}

// nullOptionBand: a profile question whose options list holds a null, named
// by a practice's eligibility band. Checking the band looked the option up
// through the null entry and panicked (found by FuzzParse in CI, stop 20).
const nullOptionBand = `version: 1
profile:
  - id: band
    kind: single
    text: {en: "Band?", da: "Bånd?"}
    options: [~, {id: a, label: {en: A, da: A}}]
practices:
  - id: fz
    region: home
    eligibility:
      profile: {band: [b]}
`

// TestNullOptionBand: the band names an option the question does not have,
// so the checker says so (with the options it does have) and does not panic.
func TestNullOptionBand(t *testing.T) {
	m := mustDir(t, "testdata/valid")
	m["fuzz.yaml"] = &fstest.MapFile{Data: []byte(nullOptionBand)}
	c, diags, err := Parse(m)
	if err != nil {
		t.Fatal(err)
	}
	_, all, _ := finish(c, diags, Check(c, testNow))
	found := false
	for _, d := range all {
		if d.File == "fuzz.yaml" && d.Rule == "eligibility-profile" && d.Message.ID == "validate.ref.option" {
			found = true
		}
	}
	if !found {
		t.Errorf("no eligibility-profile diagnostic for option b of band: %v", all)
	}
}

func mustDir(tb testing.TB, dir string) fstest.MapFS {
	m := fstest.MapFS{}
	entries, err := readDir(dir)
	if err != nil {
		tb.Fatal(err)
	}
	for name, data := range entries {
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}

// TestFutureDates: a last_verified date or a translation's review date
// after today is an error for eis validate, and a warning for a command that
// uses the catalogue (a wrong system clock must not stop a plan); a fixed
// clock before the real one (SOURCE_DATE_EPOCH in a build) does not make it
// an error.
func TestFutureDates(t *testing.T) {
	t.Parallel()
	fsys := mustDir(t, "testdata/valid") // last_verified 2026-06-01, da reviewed 2026-11-01
	may := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	after := time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC) // after both dates
	tests := []struct {
		name     string
		o        Options
		wantSev  diag.Severity // of the stale diagnostics; "" for none
		wantCat  bool
		wantDate string // "today is …" in the message
	}{
		{"validate, clock before the date", Options{Now: may, Validate: true}, diag.SevError, false, "2026-05-01"},
		{"use, clock before the date", Options{Now: may}, diag.SevWarning, true, "2026-05-01"},
		{"validate, fixed clock before the date, real clock after", Options{Now: may, Wall: after, Validate: true}, "", true, ""},
		{"validate, fixed and real clock before the date", Options{Now: may, Wall: may.AddDate(0, 0, 3), Validate: true}, diag.SevError, false, "2026-05-04"},
		{"validate, a real clock earlier than the fixed one changes nothing", Options{Now: after, Wall: may, Validate: true}, "", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			o := tt.o
			o.User, o.Replace = fsys, true
			c, diags, _, err := OpenWith(nil, o)
			if err != nil {
				t.Fatal(err)
			}
			var stale diag.Diagnostics
			for _, d := range diags {
				if d.Rule == "stale" || d.Message.ID == "validate.translations.reviewed.future" {
					stale = append(stale, d)
				} else {
					t.Errorf("unexpected: %s", d)
				}
			}
			if tt.wantSev == "" && len(stale) > 0 {
				t.Errorf("want no future-date diagnostics, got %v", stale)
			}
			for _, d := range stale {
				if d.Severity != tt.wantSev || !strings.Contains(i18n.English.Format(d.Message), "(today is "+tt.wantDate+")") {
					t.Errorf("got %s; want a %s saying today is %s", d, tt.wantSev, tt.wantDate)
				}
			}
			if tt.wantSev != "" && len(stale) != 3 {
				t.Errorf("want both practices and the review reported, got %v", stale)
			}
			if (c != nil) != tt.wantCat {
				t.Errorf("catalogue returned: %v, want %v", c != nil, tt.wantCat)
			}
		})
	}
}

// TestTodayIsLocal: today is the calendar date where the clock is read, not
// in UTC: just after midnight in Denmark, or in Kiritimati (UTC+14), a
// last_verified of the local date is not in the future.
func TestTodayIsLocal(t *testing.T) {
	t.Parallel()
	fsys := mustDir(t, "testdata/valid")
	// The fixture's practices were last verified on 2026-06-01.
	tests := []struct {
		name   string
		now    time.Time
		future bool
	}{
		{"Denmark, 00:30 on the day (22:30 UTC the day before)", time.Date(2026, 5, 31, 22, 30, 0, 0, time.UTC).In(time.FixedZone("CEST", 2*3600)), false},
		{"Kiritimati, 08:00 on the day (18:00 UTC the day before)", time.Date(2026, 5, 31, 18, 0, 0, 0, time.UTC).In(time.FixedZone("LINT", 14*3600)), false},
		{"UTC the day before", time.Date(2026, 5, 31, 23, 30, 0, 0, time.UTC), true},
		{"Honolulu, 23:00 the day before (09:00 UTC on the day)", time.Date(2026, 6, 1, 9, 0, 0, 0, time.UTC).In(time.FixedZone("HST", -10*3600)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, _, err := Parse(fsys)
			if err != nil {
				t.Fatal(err)
			}
			future := false
			for _, d := range Check(c, tt.now) {
				if d.Rule == "stale" {
					future = true
				}
			}
			if future != tt.future {
				t.Errorf("future-date error: %v, want %v", future, tt.future)
			}
		})
	}
}
