package assessment

import (
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

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

func TestBuildFacts(t *testing.T) {
	t.Parallel()
	cat := testCat(t)
	p, err := Build(cat, goldenFile(cat), BuildOptions{Now: testNow, Warnings: []diag.Message{diag.M("passed in")}})
	if err != nil {
		t.Fatal(err)
	}
	// q1=o0 hides q2 and asks q5, which is open.
	wantClarify := []Clarify{
		{Question: "q4", Dimension: "d3", Answer: catalogue.DontKnow},
		{Question: "q5", Dimension: "d3", Answer: ClarifyUnanswered},
	}
	// Whom to ask is the output's to say (render.Localize).
	if !reflect.DeepEqual(p.ToClarify, wantClarify) {
		t.Errorf("ToClarify = %+v", p.ToClarify)
	}
	if p.Complete {
		t.Error("Complete with q5 open")
	}
	if w := says("en", p.WarningMessages); len(w) != 2 || w[0] != "passed in" || !strings.Contains(w[1], "1 question that applies is not answered yet") {
		t.Errorf("warnings = %q", w)
	}
	// General first, then questionnaire order (profile; each dimension's
	// own note before its questions'), unknown IDs last; blank notes left
	// out; each titled in the plan's language.
	wantNotes := []Note{
		{Ref: "general", Text: "First meeting."},
		{Ref: "region", Text: "Two sites."},
		{Ref: "q1", Text: "Owner is unsure."},
		{Ref: "d3", Text: "The offer needs work."},
		{Ref: "q4", Text: "Ask the sales team."},
		{Ref: "zz.gone", Text: "From an older catalogue."},
	}
	if !reflect.DeepEqual(p.Notes, wantNotes) {
		t.Errorf("notes =\n%+v\nwant\n%+v", p.Notes, wantNotes)
	}
	// Names and titles are the output's to say (render.Localize).
	wantWho := Who{Company: "Nordic Widgets ApS", Advisor: "A. Adviser", Region: "r-home",
		Sector: "s2", Size: "small", Exports: "few-markets"}
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
	first, err := Build(cat, f, BuildOptions{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		again, _ := Build(cat, f, BuildOptions{Now: testNow})
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
	p, err := Build(cat, f, BuildOptions{Now: testNow})
	if err != nil {
		t.Fatal(err)
	}
	if p.Respondent.Region != "mars" {
		t.Errorf("unknown region: %q", p.Respondent.Region)
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
			f, ds, err := loadChecked(filepath.Join("testdata", "answers", tt.file), cat)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range ds {
				got = append(got, i18n.English.Diagnostic(d))
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

// TestHugeWeightsKeepTheMean: weights of 1e308 (which the validator now
// refuses, but a catalogue from elsewhere may carry) give the same
// readiness as equal small weights; summed as they are they overflowed
// to +Inf and the plan said 0 % overall while dimensions were 8–100 %.
func TestHugeWeightsKeepTheMean(t *testing.T) {
	t.Parallel()
	overall := func(weight float64) float64 {
		cat := testCat(t)
		for _, d := range cat.Dimensions {
			d.Weight = weight
		}
		f := file(cat, "region=r-home", "size=small", "sector=s2", "exports=few-markets", "markets=m-near,m-far",
			"q1=o2", "q3=c", "q4=yes", "q5=x")
		p, err := Build(cat, f, BuildOptions{Now: testNow})
		if err != nil || p.Overall == nil {
			t.Fatalf("weight %g: %v, overall %v", weight, err, p.Overall)
		}
		return *p.Overall
	}
	small, huge := overall(1), overall(1e308)
	if small <= 0 || !(math.Abs(small-huge) <= 1e-12) {
		t.Errorf("overall with weights 1e308 = %v, with weights 1 = %v; want the same, above 0", huge, small)
	}
}
