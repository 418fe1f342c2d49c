package catalogue

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
)

// extension is a folder with no catalogue: section: practices that refer to
// the base's regions, dimensions and questions.
func extension(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, body := range files {
		m[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return m
}

const extPractice = `version: 1
practices:
  - id: %s
    region: %s
    type: method
    title: {en: My coach%s}
    summary: {en: A coach., da: En coach.}
    dimensions: [strategy]
    stages: [exploring]
    effort: low
    cost: free
    impact: low
    steps:
      - {en: Call., da: Ring.}
    sources:
      - title: Me
    last_verified: 2026-06-01
    confidence: unverified
    when:
      answer: {question: strategy.decision, in: [%s]}
`

func practiceYAML(id, region, da, option string) string {
	r := strings.NewReplacer("%s", "\x00")
	parts := strings.Split(r.Replace(extPractice), "\x00")
	return parts[0] + id + parts[1] + region + parts[2] + da + parts[3] + option + parts[4]
}

// TestOpenExtension: a folder without a catalogue: section extends the base
// and is reported on alone; one with a section stands alone; Replace
// requires the section.
func TestOpenExtension(t *testing.T) {
	t.Parallel()
	base := mustDir(t, "testdata/valid")
	// A warning in the base (no Danish name) that an extension must not show.
	base["regions-extra.yaml"] = &fstest.MapFile{Data: []byte("version: 1\nregions:\n  - {id: far, name: {en: Far}, scope: other}\n")}
	now := testutil.Today
	whole := mustDir(t, "testdata/valid")

	tests := []struct {
		name    string
		user    fstest.MapFS
		replace bool
		wantErr error
		wantCat bool
		diags   []string // String() of every diagnostic
		notices []string // String() of every notice
		prac    int      // practices in the result
	}{
		{
			name:    "an extension that only adds gets one notice",
			user:    extension(map[string]string{"practices.yaml": practiceYAML("my-coach", "home", ", da: Min coach", "fully")}),
			wantCat: true,
			notices: []string{"notice: using 1 entry from mine"},
			prac:    3,
		},
		{
			name: "an extension that replaces names the folder's file",
			user: extension(map[string]string{
				"regions/x.yaml": practiceYAML("home-coaching", "home", ", da: Min coach", "fully"),
				"more.yaml":      practiceYAML("my-coach", "home", ", da: Min coach", "fully"),
			}),
			wantCat: true,
			notices: []string{`notice: mine/regions/x.yaml: practice "home-coaching" replaces the built-in one`},
			prac:    3,
		},
		{
			name:    "an extension's problems are in its own files only",
			user:    extension(map[string]string{"practices.yaml": practiceYAML("my-coach", "nowhere", "", "fully")}),
			diags:   []string{`mine/practices.yaml:4:5: error: unknown region "nowhere"; known regions: far, home, away [reference]`, `mine/practices.yaml:6:5: warning: title has no "da" text; add da: … next to en: [translation]`},
			notices: []string{"notice: using 1 entry from mine"},
		},
		{
			name: "an error it causes in a built-in file is shown as built-in",
			user: extension(map[string]string{"q.yaml": "version: 1\nquestions:\n  - {id: strategy.decision, dimension: strategy, kind: single, text: {en: D, da: B}, options: [{id: a, score: 1, label: {en: A, da: A}}, {id: b, score: 0, label: {en: B, da: B}, gap: {en: G, da: G}}]}\n"}),
			diags: []string{
				`built-in:questions.yaml:17:52: error: question "strategy.decision" has no option "no"; its options are: a, b [reference]`,
			},
			notices: []string{`notice: mine/q.yaml: question "strategy.decision" replaces the built-in one`},
		},
		{
			// Issue 13 item 11: the second entry gave a bogus "replaces
			// the built-in one" notice.
			name: "an ID used twice in the extension replaces nothing built in",
			user: extension(map[string]string{
				"a.yaml": practiceYAML("my-coach", "home", ", da: Min coach", "fully"),
				"b.yaml": practiceYAML("my-coach", "home", ", da: Min coach", "fully"),
			}),
			diags:   []string{`mine/b.yaml:3:5: error: practice ID "my-coach" is already used (practice at mine/a.yaml:3); IDs must be unique across the catalogue [duplicate-id]`},
			notices: []string{"notice: using 2 entries from mine"},
		},
		{
			name:    "a folder with a catalogue: section stands alone",
			user:    whole,
			wantCat: true,
			prac:    2,
		},
		{
			name:    "replace accepts a whole catalogue",
			user:    whole,
			replace: true,
			wantCat: true,
			prac:    2,
		},
		{
			name:    "replace refuses an extension",
			user:    extension(map[string]string{"practices.yaml": practiceYAML("my-coach", "home", ", da: Min coach", "fully")}),
			replace: true,
			wantErr: ErrNotWhole,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c, diags, notices, err := OpenWith(base, Options{User: tt.user, UserRoot: "mine", Replace: tt.replace, Now: now, Validate: true})
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			var got []string
			for _, d := range diags {
				got = append(got, i18n.English.Diagnostic(d))
			}
			if strings.Join(got, "\n") != strings.Join(tt.diags, "\n") {
				t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.diags, "\n"))
			}
			got = nil
			for _, n := range notices {
				got = append(got, i18n.English.Format(n.Message()))
			}
			if strings.Join(got, "\n") != strings.Join(tt.notices, "\n") {
				t.Errorf("notices:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.notices, "\n"))
			}
			if (c != nil) != tt.wantCat {
				t.Fatalf("catalogue returned: %v, want %v", c != nil, tt.wantCat)
			}
			if c != nil && len(c.Practices) != tt.prac {
				t.Errorf("%d practices, want %d", len(c.Practices), tt.prac)
			}
		})
	}
}

func TestNoticeText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n      Notice
		en, da string
	}{
		{Notice{Kind: NoticeAdded, Count: 1, At: Pos{File: "mine"}}, "notice: using 1 entry from mine", "bemærk: bruger 1 post fra mine"},
		{Notice{Kind: NoticeAdded, Count: 3, At: Pos{File: "mine"}}, "notice: using 3 entries from mine", "bemærk: bruger 3 poster fra mine"},
		{Notice{Kind: "profile-question", ID: "size", At: Pos{File: "mine/p.yaml"}}, `notice: mine/p.yaml: profile question "size" replaces the built-in one`, `bemærk: mine/p.yaml: profilspørgsmål "size" erstatter den indbyggede udgave`},
	}
	for _, tt := range tests {
		if got := i18n.English.Format(tt.n.Message()); got != tt.en {
			t.Errorf("en: %q, want %q", got, tt.en)
		}
		if got := i18n.Get("da").Format(tt.n.Message()); got != tt.da {
			t.Errorf("da: %q, want %q", got, tt.da)
		}
	}
}

// TestOpenWithCountsFiles: Options.Files gets the number of files read in
// the folder checked (the user's when given, else the embedded one's),
// ignored ones left out, from the walk that parses them.
func TestOpenWithCountsFiles(t *testing.T) {
	t.Parallel()
	now := testutil.Today
	ext := extension(map[string]string{
		"a.yaml":     practiceYAML("my-coach", "home", ", da: Min coach", "fully"),
		"draft.yml":  "version: 1\n",
		"_off.yaml":  "version: 1\n",
		"sub/b.yaml": "version: 1\n",
	})
	tests := []struct {
		name string
		user fstest.MapFS
		want int
	}{
		{"embedded alone", nil, 6},
		{"an extension counts its own files", ext, 2},
		{"an empty folder", fstest.MapFS{"x.yml": {Data: []byte("version: 1\n")}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			n := -1
			o := Options{Now: now, Files: &n, UserRoot: "ext"}
			if tt.user != nil {
				o.User = tt.user
			}
			_, _, _, _ = OpenWith(mustDir(t, "testdata/valid"), o)
			if n != tt.want {
				t.Errorf("Files = %d, want %d", n, tt.want)
			}
		})
	}
}
