package cli

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
)

func TestNewCmdQuestions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		args    []string
		lang    string
		want    QuestionsOptions
		wantErr string
	}{
		{name: "default text", want: QuestionsOptions{Format: "text", Locale: i18n.Get("en")}},
		{name: "markdown, Danish", args: []string{"--format", "markdown"}, lang: "da", want: QuestionsOptions{Format: "markdown", Locale: i18n.Get("da")}},
		{name: "json short", args: []string{"-f", "json"}, want: QuestionsOptions{Format: "json", Locale: i18n.Get("en")}},
		{name: "bad format", args: []string{"-f", "pdf"}, wantErr: `--format "pdf" is not known; use one of: text, markdown, json`},
		{name: "IDs", args: []string{"strategy", "digital.channels", "-f", "json"}, want: QuestionsOptions{Format: "json", Locale: i18n.Get("en"), Only: []string{"strategy", "digital.channels"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, _, _ := rtFactory(t)
			f.Locale = i18n.Get(tt.lang)
			var got *QuestionsOptions
			cmd := NewCmdQuestions(f, func(o *QuestionsOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || exitCode(err) != ExitUsage {
					t.Fatalf("err = %v (exit %d), want %q (exit 2)", err, exitCode(err), tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Format != tt.want.Format || got.Locale != tt.want.Locale || strings.Join(got.Only, ",") != strings.Join(tt.want.Only, ",") {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestQuestionsRun(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, format, lang string
		want               []string // lines or blocks that must appear, in order
		only               []string
		// not must not appear; for an error, the error (a usage error)
		not string
	}{
		{"text", "text", "en", []string{
			"Interview guide — Mini catalogue\nCatalogue mini 1.0 · 8 questions\n",
			"  1. Where is your firm based?\n     region · choose one\n     [ ] Central Denmark\n",
			"  7. Do you have a written export plan?\n     strategy.export-plan · choose one\n     Ask only if: the answer to \"Has the management decided that the firm will\n     sell abroad?\" is not \"We have not discussed it\"\n     [ ] No — score 0\n     [ ] Yes, written down — score 1\n     [ ] Don't know — not scored; to clarify\n",
		}, nil, ""},
		{"one question and the profile", "text", "en", []string{
			"Catalogue mini 1.0 · 6 questions\n",
			"Profile\n",
			"  1. Where is your firm based?\n",
			"  7. Do you have a written export plan?\n",
		}, []string{"profile", "strategy.export-plan"}, ""},
		{"a dimension, Danish Markdown: no profile heading", "markdown", "da", []string{
			"Katalog mini 1.0 · 1 spørgsmål\n",
			"### 8. ",
		}, []string{"digital-sales"}, "## Profil"},
		{"an unknown ID", "text", "en", nil, []string{"strategy", "strategi"}, `"strategi" is neither a question, a dimension nor profile; use one of: profile, strategy, digital-sales, or a question ID from 'eis questions'`},
		{"markdown, Danish", "markdown", "da", []string{
			"# Interviewguide — Minikatalog\n",
			"## Profil\n",
			"### 6. Har ledelsen besluttet, at virksomheden skal sælge i udlandet?\n\n`strategy.decision` · vælg ét trin på skalaen\n",
			"- [ ] Vi overvejer det — score 0,25\n",
			"- [ ] Ikke relevant — tæller ikke\n",
		}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, out, errOut := rtFactory(t)
			opts := &QuestionsOptions{IO: f.IOStreams, Catalogue: f.Catalogue, Locale: i18n.Get(tt.lang), Format: tt.format, Only: tt.only}
			err := questionsRun(opts)
			if tt.want == nil {
				if err == nil || err.Error() != tt.not || exitCode(err) != ExitUsage || out.Len() != 0 {
					t.Fatalf("err = %v (exit %d), stdout %q; want a usage error %q and nothing printed", err, exitCode(err), out, tt.not)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.not != "" && strings.Contains(out.String(), tt.not) {
				t.Errorf("output has %q:\n%s", tt.not, out)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr = %q", errOut)
			}
			rest := out.String()
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("output lacks (in order)\n%s\n--- output:\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestQuestionsRunJSON(t *testing.T) {
	t.Parallel()
	f, out, _ := rtFactory(t)
	if err := questionsRun(&QuestionsOptions{IO: f.IOStreams, Catalogue: f.Catalogue, Locale: i18n.Get("en"), Format: "json"}); err != nil {
		t.Fatal(err)
	}
	var g render.Guide
	if err := json.Unmarshal(out.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	if g.SchemaVersion != 1 || g.Count() != 8 || len(g.Profile) != 5 || len(g.Dimensions) != 2 {
		t.Fatalf("schema %d, %d questions, %d profile, %d dimensions", g.SchemaVersion, g.Count(), len(g.Profile), len(g.Dimensions))
	}
	q := g.Dimensions[1].Questions[0]
	if q.ID != "digital.channels" || q.Kind != "multi" || !q.DontKnow || !q.NotApplicable || q.When == nil || q.When.Any == nil {
		t.Errorf("digital.channels = %+v", q)
	}
	if len(q.Options) != 2 || q.Options[0].ID != "own-shop" || q.Options[0].Score == nil || *q.Options[0].Score != 0.5 {
		t.Errorf("options = %+v", q.Options)
	}
	if g.Profile[0].Options[0].Score != nil {
		t.Error("profile options carry no score")
	}
}
