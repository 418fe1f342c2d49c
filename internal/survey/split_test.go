package survey

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// footerRunner records each page's first view (its footer says what enter
// does), then lets keyRunner answer it.
type footerRunner struct {
	*keyRunner
	views []string
}

func (r *footerRunner) run(ctx context.Context, pf *PageForm, commit func(string)) error {
	f := pf.Form
	drive(f, f.Init())
	drive(f, func() tea.Msg { return tea.WindowSizeMsg{Width: 100, Height: 40} })
	r.views = append(r.views, ansi.Strip(f.View()))
	return r.keyRunner.run(ctx, pf, commit)
}

// TestSplitPageFooter: the first part of the alpha page, which a later
// question of the same page depends on, leads on with "enter next"; the
// part that ends the page says "save page". With alpha.one "none" each part
// has one question, so the first view shows the footer of the page's end.
func TestSplitPageFooter(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	choices := Choices{}
	for k, v := range fullChoices {
		choices[k] = v
	}
	choices["alpha.one"] = []string{"none"}
	delete(choices, "alpha.two")
	for _, tt := range []struct{ lang, next, save string }{
		{"en", "enter next", "enter save page"},
		{"da", "enter næste", "enter gem siden"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			t.Parallel()
			r := &footerRunner{keyRunner: &keyRunner{t: t, cat: cat, lang: tt.lang, choices: choices}}
			if err := Run(context.Background(), Options{Catalogue: cat, Locale: i18n.Get(tt.lang), Respondent: true, Now: fixedNow, runner: r}, answers.New(cat, tt.lang, testNow)); err != nil {
				t.Fatal(err)
			}
			// profile, alpha part 1 (alpha.one), alpha part 2 (alpha.three), beta
			if len(r.views) != 4 || len(r.asked) != 10 {
				t.Fatalf("%d pages, want 4: %v; asked %v", len(r.views), r.pages, r.asked)
			}
			first, last := r.views[1], r.views[2]
			if !strings.Contains(first, tt.next) || strings.Contains(first, tt.save) {
				t.Errorf("first part: want %q, not %q:\n%s", tt.next, tt.save, first)
			}
			if !strings.Contains(last, tt.save) || strings.Contains(last, tt.next) {
				t.Errorf("last part: want %q, not %q:\n%s", tt.save, tt.next, last)
			}
		})
	}
}

// TestSplitPageCount: in accessible mode the count runs over the whole
// dimension page: "of up to" while questions that depend on the answers
// may follow, then exact, numbered on from the earlier part.
func TestSplitPageCount(t *testing.T) {
	t.Parallel()
	cat := tiny(t)
	tests := []struct {
		name   string
		lang   string
		resume func(f *answers.File)
		input  string
		want   []string
		absent []string
	}{
		{
			name:  "alpha.one makes alpha.two apply",
			lang:  "en",
			input: "Acme ApS\n1\n1\n0\n1\n1\n1\n2\n3\n2\n3\n1\n3\n0\n",
			want: []string{
				"Question 1 of up to 3 on this page.\nHow far along are you?",
				"Question 2 of 3 on this page.\nIs it written down?",
				"Question 3 of 3 on this page.\nDo you review it?",
			},
			absent: []string{"Question 1 of 1 on this page.\nHow far along"},
		},
		{
			name:  "in Danish",
			lang:  "da",
			input: "Acme ApS\n1\n1\n0\n1\n1\n1\n2\n3\n2\n3\n1\n3\n0\n",
			want:  []string{"Spørgsmål 1 af op til 3 på denne side.\n"},
		},
		{
			name: "resuming counts only what may still be asked",
			lang: "en",
			resume: func(f *answers.File) {
				f.Respondent.Company = "Acme ApS"
				for id, v := range map[string]answers.Value{"region": answers.Single("home"), "markets": answers.Multiple("north"),
					"sector": answers.Single("goods"), "size": answers.Single("micro"), "exports": answers.Single("none"),
					"alpha.three": answers.Single("no")} {
					f.Answers[id] = v
				}
			},
			input: "2\n" + "1\n" + "1\n" + "1\n0\n",
			want:  []string{"Question 1 of up to 2 on this page.\nHow far along are you?", "Question 2 of 2 on this page.\nIs it written down?"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := answers.New(cat, tt.lang, testNow)
			if tt.resume != nil {
				tt.resume(f)
			}
			err, _, out := runAccessible(t, cat, tt.lang, f, tt.resume != nil, tt.input, false)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.absent {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}
