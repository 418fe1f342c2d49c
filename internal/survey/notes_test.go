package survey

import (
	"bytes"
	"context"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestPageNoteKeys: page notes are kept under "general" and the dimension's
// ID, for every part of a split dimension.
func TestPageNoteKeys(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	var got []string
	for _, p := range Plan(cat) {
		key, legacy := noteKey(cat, p)
		got = append(got, key+"|"+legacy)
	}
	// profile, alpha (two parts: alpha.two depends on alpha.one), beta.
	want := []string{"general|", "alpha|alpha.one", "alpha|alpha.one", "beta|beta.one"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("note keys %v, want %v", got, want)
	}
}

// TestNoteFieldPrefill: the page's note field shows the note under the
// dimension's key, else the one under the legacy key.
func TestNoteFieldPrefill(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	p := Plan(cat)[2] // alpha's second part, where its note is asked
	for _, tt := range []struct {
		notes map[string]string
		want  string
	}{
		{map[string]string{"alpha.one": "old"}, "old"},
		{map[string]string{"alpha": "new", "alpha.one": "old"}, "new"},
		{map[string]string{"beta.one": "other page"}, ""},
		{nil, ""},
	} {
		f := answers.New(cat, "en", testNow)
		f.Notes = tt.notes
		pf := BuildPageForm(p, p.Questions, f, FormConfig{Locale: i18n.Get("en"), Width: 80, Note: true, NoteKey: "alpha", LegacyNoteKey: "alpha.one"})
		if got, _ := pf.Values.Text(KeyNote); got != tt.want {
			t.Errorf("notes %v: note field holds %q, want %q", tt.notes, got, tt.want)
		}
	}
}

// TestLegacyPageNote resumes files whose alpha page note is kept the old
// way, under the dimension's first question: the note is shown on the page
// and, once the page is saved, kept under the dimension's ID only. A file
// that already has a dimension note keeps its question note untouched.
func TestLegacyPageNote(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		notes map[string]string
		typed string // the line typed for the alpha page's note
		want  map[string]string
	}{
		{"kept as it is", map[string]string{"alpha.one": "old note"}, "", map[string]string{"alpha": "old note"}},
		{"changed", map[string]string{"alpha.one": "old note"}, "new note", map[string]string{"alpha": "new note"}},
		{"dimension note first", map[string]string{"alpha": "page", "alpha.one": "about alpha.one"}, "", map[string]string{"alpha": "page", "alpha.one": "about alpha.one"}},
		{"none", nil, "a note", map[string]string{"alpha": "a note"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cat := tiny(t)
			f := answeredButAlphaThree(cat)
			f.Notes = maps.Clone(tt.notes)
			// Resumed: only alpha.three is asked, then the alpha page note.
			input := "2\n" + tt.typed + "\n"
			var out bytes.Buffer
			s := &memSaver{}
			err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Accessible: true, In: strings.NewReader(input), Out: &out, Resume: true, Notes: true, Now: fixedNow, Save: s.save}, f)
			if err != nil {
				t.Fatalf("%v\n%s", err, out.String())
			}
			if !maps.Equal(f.Notes, tt.want) {
				t.Errorf("notes %v, want %v", f.Notes, tt.want)
			}
			if _, diags, err := answers.Read(strings.NewReader(s.last()), "x.yaml", cat); err != nil || len(diags) > 0 {
				t.Errorf("the saved file gives diagnostics: %v %v", err, diags)
			}
		})
	}
}

// answeredButAlphaThree is an answers file of cat for Acme ApS with every
// question of fullChoices answered but alpha.three: resumed, alpha.three
// is asked, then the alpha page's note.
func answeredButAlphaThree(cat *catalogue.Catalogue) *answers.File {
	f := answers.New(cat, "en", testNow)
	for id, v := range fullChoices {
		if q := cat.Question(id); q != nil && id != "alpha.three" {
			if q.Kind == catalogue.KindMulti {
				f.Answers[id] = answers.Multiple(v...)
			} else {
				f.Answers[id] = answers.Single(v[0])
			}
		}
	}
	f.Respondent.Company = "Acme ApS"
	return f
}

// TestLongNoteKept: a note longer than NoteLimit (written into the file by
// hand, or grown by the note a migration adds) is kept whole when its page
// is passed with Enter on a terminal — huh's input cut its value to the
// limit, and the page saved the note cut, its end lost without a word.
func TestLongNoteKept(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	long := strings.Repeat("word ", NoteLimit/5+40) + "END"
	f := answeredButAlphaThree(cat)
	f.Notes = map[string]string{"alpha": long}
	kr := &keyRunner{t: t, cat: cat, lang: "en", choices: fullChoices}
	// Resumed: alpha.three is asked, then the alpha page's note (Enter).
	err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get("en"), Resume: true, Notes: true, Now: fixedNow, Save: (&memSaver{}).save, runner: kr}, f)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(kr.asked, KeyNote) {
		t.Fatalf("the note was not asked: %v", kr.asked)
	}
	if got := f.Notes["alpha"]; got != long {
		t.Errorf("note kept as %d characters ending %q, want all %d", len(got), got[max(len(got)-20, 0):], len(long))
	}
}
