package render

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

var (
	miniOnce sync.Once
	mini     *catalogue.Catalogue
	miniErr  error
)

// miniCatalogue loads testdata/cat, a tiny catalogue with every kind of
// question, rule and practice field.
func miniCatalogue(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	miniOnce.Do(func() {
		var d diag.Diagnostics
		mini, d, miniErr = catalogue.Load(os.DirFS("testdata/cat"))
		if miniErr == nil && mini == nil {
			miniErr = &diagError{d}
		}
	})
	if miniErr != nil {
		t.Fatalf("loading testdata/cat: %v", miniErr)
	}
	return mini
}

type diagError struct{ d diag.Diagnostics }

func (e *diagError) Error() string {
	var s []string
	for _, d := range e.d {
		s = append(s, d.String())
	}
	return strings.Join(s, "\n")
}

func TestPracticesGolden(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	for _, lang := range []string{"en", "da"} {
		t.Run("list."+lang, func(t *testing.T) {
			t.Parallel()
			for _, f := range ListFormats {
				var buf bytes.Buffer
				if err := PracticeList(&buf, cat, cat.Practices, f, i18n.Get(lang), Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, "practices-list."+lang+"."+map[string]string{"text": "txt", "json": "json", "stats": "stats.md"}[f], buf.Bytes())
			}
		})
		for _, id := range []string{"dk-screening", "it-fair-vouchers"} {
			t.Run("show."+id+"."+lang, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := PracticeShow(&buf, cat, cat.Practice(id), FormatText, i18n.Get(lang), Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, "practice-show-"+id+"."+lang+".txt", buf.Bytes())
			})
		}
	}
}

func TestQuestionsGolden(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	ext := map[string]string{FormatText: "txt", FormatMarkdown: "md", FormatJSON: "json"}
	for _, lang := range []string{"en", "da"} {
		for _, f := range QuestionFormats {
			name := "questions." + lang + "." + ext[f]
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				var buf bytes.Buffer
				if err := Questions(&buf, cat, f, i18n.Get(lang), Options{Width: 80}); err != nil {
					t.Fatal(err)
				}
				golden(t, name, buf.Bytes())
			})
		}
	}
}

func TestPracticeTableLayout(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	long := &catalogue.Practice{ID: "hr-a-rather-long-practice-identifier", Region: "hr-koprivnica-krizevci", Confidence: "unverified",
		Title: catalogue.NewText(map[string]string{"en": "A title long enough that it must be cut somewhere on an eighty column terminal"})}
	withLong := append([]*catalogue.Practice{long}, cat.Practices...)
	tests := []struct {
		name    string
		ps      []*catalogue.Practice
		o       Options
		grouped bool
		cut     bool // titles may be cut to fit
	}{
		{"grouped at 80 with short IDs", cat.Practices, Options{Width: 80}, true, true},
		{"grouped at 80 with long IDs", withLong, Options{Width: 80}, true, true},
		{"grouped just below the flat width", withLong, Options{Width: FlatTableWidth - 1}, true, true},
		{"flat at the flat width", withLong, Options{Width: FlatTableWidth}, false, true},
		{"flat on a wide terminal", withLong, Options{Width: 160}, false, true},
		{"narrow terminal counts as 40, stacked", cat.Practices, Options{Width: 20}, true, true},
		{"a pipe: flat, nothing cut", withLong, Options{NoTruncate: true}, false, false},
		{"a pipe with COLUMNS=80: grouped, nothing cut", withLong, Options{Width: 80, NoTruncate: true}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var buf bytes.Buffer
			if err := PracticeList(&buf, cat, tt.ps, FormatText, i18n.Get("en"), tt.o); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
			header := lines[0]
			if got := strings.Contains(header, "REGION"); got == tt.grouped {
				t.Errorf("header %q: REGION column present = %v, want %v", header, got, !tt.grouped)
			}
			if tt.cut {
				limit := max(tt.o.Width, MinWidth)
				for _, l := range lines {
					if cells(l) > limit {
						t.Errorf("line is %d cells, more than %d: %q", cells(l), limit, l)
					}
				}
			} else if strings.Contains(buf.String(), "…") {
				t.Errorf("a title is cut:\n%s", buf.String())
			}
			for _, p := range tt.ps {
				if !strings.Contains(buf.String(), p.ID+"  ") && !strings.Contains(buf.String(), "  "+p.ID+"\n") {
					t.Errorf("ID %s missing or cut", p.ID)
				}
				if !tt.cut && !strings.Contains(buf.String(), i18n.Get("en").Pick(p.Title)) {
					t.Errorf("title %q missing or cut", i18n.Get("en").Pick(p.Title))
				}
			}
			if tt.grouped && tt.ps[0] == long && !strings.Contains(buf.String(), "\nhr-koprivnica-krizevci — hr-koprivnica-krizevci\n") {
				t.Errorf("no heading for the unknown region:\n%s", buf.String())
			}
		})
	}
}

// TestPracticeTableShapeIgnoresFilters: at any width, the full list and
// every single practice of it come out in the same shape (flat or grouped).
func TestPracticeTableShapeIgnoresFilters(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	long := &catalogue.Practice{ID: "hr-a-rather-long-practice-identifier", Region: "hr-koprivnica-krizevci", Confidence: "unverified",
		Title: catalogue.NewText(map[string]string{"en": "A title long enough that it must be cut somewhere on an eighty column terminal"})}
	all := append([]*catalogue.Practice{long}, cat.Practices...)
	flat := func(ps []*catalogue.Practice, width int) bool {
		var buf bytes.Buffer
		if err := PracticeList(&buf, cat, ps, FormatText, i18n.Get("en"), Options{Width: width}); err != nil {
			t.Fatal(err)
		}
		return strings.HasPrefix(buf.String(), "ID ")
	}
	for width := MinWidth - 5; width <= MaxWidth+20; width++ {
		want := flat(all, width)
		if want != (width >= FlatTableWidth) {
			t.Errorf("width %d: flat = %v", width, want)
		}
		for _, p := range all {
			if got := flat([]*catalogue.Practice{p}, width); got != want {
				t.Errorf("width %d: %s alone is flat = %v, the full list %v", width, p.ID, got, want)
			}
		}
	}
}

// TestPracticeListFitsWidth: on a terminal of any width from MinWidth (40)
// up, every line of the list fits it; below StackedWidth each ID stands on
// a line of its own with the title wrapped under it, never cut.
func TestPracticeListFitsWidth(t *testing.T) {
	t.Parallel()
	cat := miniCatalogue(t)
	long := &catalogue.Practice{ID: "hr-a-rather-long-practice-identifier", Region: "hr-koprivnica-krizevci", Confidence: "unverified",
		Title: catalogue.NewText(map[string]string{"en": "A title long enough that it must be cut somewhere on an eighty column terminal"})}
	all := append([]*catalogue.Practice{long}, cat.Practices...)
	for width := MinWidth; width <= MaxWidth+20; width++ {
		var buf bytes.Buffer
		if err := PracticeList(&buf, cat, all, FormatText, i18n.Get("en"), Options{Width: width}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for i, l := range strings.Split(out, "\n") {
			if cells(l) > width {
				t.Errorf("width %d: line %d is %d cells: %q", width, i+1, cells(l), l)
			}
		}
		stacked := strings.Contains(out, "\n  "+long.ID+"\n")
		if stacked != (width < StackedWidth) {
			t.Errorf("width %d: stacked = %v", width, stacked)
		}
		if stacked && !strings.Contains(strings.Join(strings.Fields(out), " "), "A title long enough that it must be cut somewhere on an eighty column terminal") {
			t.Errorf("width %d: the stacked list cut a title:\n%s", width, out)
		}
	}
}

// TestListStatus: the list says which programmes are not current — historic,
// ended, or closing within a year — before their titles, in each language.
func TestListStatus(t *testing.T) {
	t.Parallel()
	today := time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC)
	date := func(s string) *catalogue.Date {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		dt := catalogue.DateOf(d)
		return &dt
	}
	for _, tt := range []struct {
		p    catalogue.Practice
		lang string
		want string
	}{
		{catalogue.Practice{Status: "historic", ValidUntil: date("2020-12-31")}, "en", "historic"},
		{catalogue.Practice{Status: "historic"}, "da", "historisk"},
		{catalogue.Practice{ValidUntil: date("2026-12-01")}, "en", "ended 2026-12-01"},
		{catalogue.Practice{ValidUntil: date("2026-12-02")}, "en", "closes 2026-12-02"},
		{catalogue.Practice{ValidUntil: date("2027-07-20")}, "da", "lukker 2027-07-20"},
		{catalogue.Practice{ValidUntil: date("2027-12-02")}, "en", ""},
		{catalogue.Practice{}, "en", ""},
	} {
		if got := listStatus(&tt.p, i18n.Get(tt.lang), today); got != tt.want {
			t.Errorf("%+v in %s: %q, want %q", tt.p, tt.lang, got, tt.want)
		}
	}
	// Without a date only historic is said.
	if got := listStatus(&catalogue.Practice{ValidUntil: date("2020-01-01")}, i18n.Get("en"), time.Time{}); got != "" {
		t.Errorf("no today: %q", got)
	}
}
