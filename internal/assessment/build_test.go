package assessment

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// goldenFile is a mid-way assessment with every kind of answer: multi,
// don't know, not applicable, an unanswered question that applies, an
// answer to a question that is not asked, and notes.
func goldenFile(cat *catalogue.Catalogue) *answers.File {
	f := file(cat, "region=r-home", "size=small", "sector=s2", "exports=few-markets", "markets=m-near,m-far",
		"q1=o0", "q2=y", "q3=not-applicable", "q4=dont-know")
	f.Respondent = answers.Respondent{Company: "Nordic Widgets ApS", Advisor: "A. Adviser"}
	f.Notes = map[string]string{"q4": "Ask the sales team.", "general": "First meeting.", "q1": "Owner is unsure.", "q3": "  ",
		"d3": "The offer needs work.", "region": "Two sites.", "zz.gone": "From an older catalogue."}
	return f
}

func TestBuildGolden(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			t.Parallel()
			p, err := Build(cat, goldenFile(cat), BuildOptions{Lang: lang, Now: testNow, Warnings: []string{"passed in"}})
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(p, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "plan-"+lang+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("plan differs from %s (go test -update to accept):\n%s", path, got)
			}
		})
	}
}

func TestBuildFacts(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	p, err := Build(cat, goldenFile(cat), BuildOptions{Lang: "en", Now: testNow, Warnings: []string{"passed in"}})
	if err != nil {
		t.Fatal(err)
	}
	// q1=o0 hides q2 and asks q5, which is open.
	wantClarify := []Clarify{
		{Question: "q4", Text: "Is the offer adapted?", Dimension: "d3", Answer: catalogue.DontKnow},
		{Question: "q5", Text: "Do you need help pricing?", Dimension: "d3", Answer: ClarifyUnanswered},
	}
	if !reflect.DeepEqual(p.ToClarify, wantClarify) {
		t.Errorf("ToClarify = %+v", p.ToClarify)
	}
	if p.Complete {
		t.Error("Complete with q5 open")
	}
	if len(p.Warnings) != 2 || p.Warnings[0] != "passed in" || !strings.Contains(p.Warnings[1], "1 question that applies is not answered yet") {
		t.Errorf("warnings = %q", p.Warnings)
	}
	// General first, then questionnaire order (profile; each dimension's
	// own note before its questions'), unknown IDs last; blank notes left
	// out; each titled in the plan's language.
	wantNotes := []Note{
		{Ref: "general", Title: "General", Text: "First meeting."},
		{Ref: "region", Title: "Where is your firm based?", Text: "Two sites."},
		{Ref: "q1", Title: "Have you decided to export?", Text: "Owner is unsure."},
		{Ref: "d3", Title: "Offer", Text: "The offer needs work."},
		{Ref: "q4", Title: "Is the offer adapted?", Text: "Ask the sales team."},
		{Ref: "zz.gone", Title: "zz.gone", Text: "From an older catalogue."},
	}
	if !reflect.DeepEqual(p.Notes, wantNotes) {
		t.Errorf("notes =\n%+v\nwant\n%+v", p.Notes, wantNotes)
	}
	wantWho := Who{Company: "Nordic Widgets ApS", Advisor: "A. Adviser", Region: "r-home", RegionName: "Home Region",
		Sector: "s2", Size: "small", Exports: "few-markets", SectorName: "Services", SizeName: "Small",
		ExportsName: "Two to five markets", Markets: []string{"m-near", "m-far"}}
	if !reflect.DeepEqual(p.Respondent, wantWho) {
		t.Errorf("respondent = %+v", p.Respondent)
	}
	// d1 = 0 (q1 only), d2 excluded (N/A), d3 excluded (don't know, open):
	// overall 0 over d1 alone; few-markets below 25% → first exports.
	if p.Overall == nil || *p.Overall != 0 || p.Stage.ID != StageFirstExports {
		t.Errorf("overall %v stage %s", show(p.Overall), p.Stage.ID)
	}
	if d := p.Dimensions[1]; d.ID != "d2" || d.Score != nil || d.Answered != 0 || d.Excluded != 1 {
		t.Errorf("d2 = %+v", d)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := goldenFile(cat)
	first, err := Build(cat, f, BuildOptions{Lang: "da", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		again, _ := Build(cat, f, BuildOptions{Lang: "da", Now: testNow})
		if !reflect.DeepEqual(first, again) {
			t.Fatalf("run %d differs", i)
		}
	}
}

func TestBuildRefusesNil(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	if _, err := Build(nil, answers.New(cat, "en", testNow), BuildOptions{}); err == nil {
		t.Error("nil catalogue: no error")
	}
	if _, err := Build(cat, nil, BuildOptions{}); err == nil {
		t.Error("nil answers: no error")
	}
}

// TestBuildSurvivesJunk builds plans from answers that Load would refuse:
// unknown questions and options, wrong shapes. Build must not panic.
func TestBuildSurvivesJunk(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	f := answers.New(cat, "en", testNow)
	f.Answers["nope"] = answers.Single("x")
	f.Answers["q1"] = answers.Multiple("o1", "o2")
	f.Answers["q3"] = answers.Single("zz")
	f.Answers["region"] = answers.Single("mars")
	f.Answers["exports"] = answers.Multiple()
	p, err := Build(cat, f, BuildOptions{Lang: "xx", Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if p.Respondent.RegionName != "mars" {
		t.Errorf("unknown region name: %q", p.Respondent.RegionName)
	}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	tests := []struct {
		name string
		file string
		want []string // diagnostics as strings
		ok   bool     // loadChecked returns a file
	}{
		{"complete", "complete.yaml", nil, true},
		{"answer to a question not asked", "not-asked.yaml",
			[]string{`testdata/answers/not-asked.yaml:19:3: warning: question "q2" is not asked given your other answers (its condition is false); its answer is ignored [not-asked]`}, true},
		{"complete but missing answers", "incomplete.yaml",
			[]string{`testdata/answers/incomplete.yaml:5:1: error: the file says complete: true, but 2 questions that apply have no answer: markets, q4; answer them or set complete: false [missing-answer]`}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, ds, err := loadChecked(filepath.Join("testdata", "answers", tt.file), cat, "en")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range ds {
				got = append(got, d.String())
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("diagnostics:\n got %q\nwant %q", got, tt.want)
			}
			if (f != nil) != tt.ok {
				t.Errorf("file returned: %v, want %v", f != nil, tt.ok)
			}
		})
	}
}
