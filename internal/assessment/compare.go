package assessment

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// CompareSchemaVersion is the version of the comparison's JSON form (eis compare).
const CompareSchemaVersion = 1

// GapBelow is the score below which an answer is a gap (eis compare's
// "new gaps", eis aggregate's "most common gaps").
const GapBelow = 0.5

// AnswerScores returns the score of every asked, scored question that f
// answers with something that counts (not "don't know" or "not
// applicable"), by question ID: the scores readiness is made of.
func AnswerScores(cat *catalogue.Catalogue, f *answers.File) map[string]float64 {
	return NewFacts(cat, f).answerScores()
}

func (fx *Facts) answerScores() map[string]float64 {
	out := map[string]float64{}
	for _, q := range fx.cat.Questions {
		if !fx.asked[q.ID] {
			continue
		}
		v, ok := fx.given[q.ID]
		if !ok {
			continue
		}
		if s, counts := QuestionScore(q, v); counts {
			out[q.ID] = s
		}
	}
	return out
}

// Comparison is progress between two assessments of one firm (eis
// compare, and plan --since): readiness then and now, the stage then and
// now, the actions of the old plan that the new answers no longer call
// for, gaps that are new, answers that changed, and the questions the
// catalogue gained or lost since the old answers were given. Texts
// (titles, labels) are for the output to fill in (render.LocalizeComparison).
type Comparison struct {
	SchemaVersion int       `json:"schema_version"`
	Language      string    `json:"language"`
	Generated     time.Time `json:"generated"`
	Catalogue     CatRef    `json:"catalogue"`
	Company       string    `json:"company,omitempty"`
	// Then and Now are when the old and the new answers were last updated.
	Then time.Time `json:"then"`
	Now  time.Time `json:"now"`
	// ThenCatalogue is the catalogue version the old answers were given against.
	ThenCatalogue string `json:"then_catalogue"`
	Overall       Change `json:"overall"`
	// Dimensions in catalogue order.
	Dimensions []DimensionChange `json:"dimensions"`
	StageThen  StageRef          `json:"stage_then"`
	StageNow   StageRef          `json:"stage_now"`
	// StageMove is "up", "down" or "same" (stage order: exploring … established).
	StageMove string `json:"stage_move"`
	// Resolved are actions the old plan showed that the new answers no longer call for.
	Resolved []ActionRef `json:"resolved"`
	// NewActions are actions the new plan shows that the old one did not.
	NewActions []ActionRef `json:"new_actions"`
	// NewGaps are questions whose answer is a gap now and was not then.
	NewGaps []AnswerChange `json:"new_gaps"`
	// Closed are questions whose answer was a gap then and is not now.
	Closed []AnswerChange `json:"closed"`
	// Changed are every answer that differs (profile and scored), in question order.
	Changed []AnswerChange `json:"changed"`
	// Added are questions the old answers' catalogue did not have; Removed
	// are questions it had that the catalogue no longer has (answers to
	// them are left out); Reworded are questions changed since (from the
	// question hashes the old answers file pins).
	Added    []QuestionRef `json:"added"`
	Removed  []string      `json:"removed"`
	Reworded []QuestionRef `json:"reworded"`
	// OtherFirm lists what identifies a firm (its company name, region and
	// sector) and differs between the two files; not empty, the files look
	// like the answers of two firms rather than one firm's then and now,
	// and every output says so. The comparison is made all the same.
	OtherFirm []FirmDiff `json:"other_firm"`
	// Unfinished are the files compared that leave areas unanswered (an
	// assessment stopped before its last page), the earlier first; empty
	// when both answer every area. An area not answered has no score in
	// that file, so it is left out of the comparison, and an action on it
	// can look done (or new) only because it was not answered: every
	// output says so. The comparison is made all the same.
	Unfinished []UnfinishedFile `json:"unfinished"`
}

// UnfinishedFile is one of the two files compared, unfinished: how many
// areas (dimensions) it answers in full, and which it answers in part or
// not at all.
type UnfinishedFile struct {
	// File is "then" (the earlier answers) or "now" (the later).
	File string `json:"file" jsonschema:"enum=then,enum=now"`
	// AnsweredDimensions is how many dimensions it answers in full
	// ("don't know" counts as an answer), of TotalDimensions.
	AnsweredDimensions int `json:"answered_dimensions"`
	TotalDimensions    int `json:"total_dimensions"`
	// Unanswered are the dimensions it answers no question of, in
	// catalogue order: they have no score in this file.
	Unanswered []DimensionRef `json:"unanswered"`
	// Partly are the dimensions it answers some questions of: their score
	// rests on those.
	Partly []DimensionRef `json:"partly"`
}

// DimensionRef is a dimension by ID, with its title.
type DimensionRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// unfinishedFile is what file ("then" or "now") leaves unanswered, as fx
// reads it; nil when it answers every area in full — an unfinished file
// that lacks only profile answers (a question added since it was
// written) leaves no area out of the comparison.
func unfinishedFile(file string, fx *Facts) *UnfinishedFile {
	partly, unanswered := fx.openDimensions(fx.missing())
	if len(partly)+len(unanswered) == 0 {
		return nil
	}
	refs := func(ids []string) []DimensionRef {
		out := []DimensionRef{}
		for _, id := range ids {
			out = append(out, DimensionRef{ID: id})
		}
		return out
	}
	total := len(fx.cat.Dimensions)
	return &UnfinishedFile{File: file, AnsweredDimensions: total - len(partly) - len(unanswered), TotalDimensions: total,
		Unanswered: refs(unanswered), Partly: refs(partly)}
}

// FirmDiff is one thing that identifies a firm — its company name
// ("company"), or a profile answer: "region" or "sector" — as the old
// and the new answers file give it, with their labels (a company name is
// its own label).
type FirmDiff struct {
	What      string `json:"what" jsonschema:"enum=company,enum=region,enum=sector"`
	Then      string `json:"then"`
	Now       string `json:"now"`
	ThenLabel string `json:"then_label"`
	NowLabel  string `json:"now_label"`
}

// firmQuestions are the profile answers that identify a firm beside its
// name: a firm seldom moves region or changes sector (its size, exports
// and markets change as it grows, so they say nothing).
var firmQuestions = []string{"region", "sector"}

// FirmDifferences is what identifies a firm and differs between old and
// new: when both name the company, the name decides — two names that
// differ (compared without case, punctuation and extra spaces, and
// where one is the other with more words after it, "Fjord Foods" and
// "Fjord Foods ApS", they are the same) give the names and every
// identifying answer that differs too; when either names none, the
// region and the sector decide. Nil when the files look like one firm's.
func FirmDifferences(old, new *answers.File) []FirmDiff {
	var out []FirmDiff
	co, cn := old.Respondent.Company, new.Respondent.Company
	named := len(nameWords(co)) > 0 && len(nameWords(cn)) > 0
	if named {
		if sameName(co, cn) {
			return nil
		}
		out = append(out, FirmDiff{What: "company", Then: co, Now: cn, ThenLabel: co, NowLabel: cn})
	}
	for _, id := range firmQuestions {
		vo, okO := old.Answers[id]
		vn, okN := new.Answers[id]
		if okO && okN && !slices.Equal(vo.Options, vn.Options) && len(vo.Options) == 1 && len(vn.Options) == 1 {
			out = append(out, FirmDiff{What: id, Then: vo.Options[0], Now: vn.Options[0]})
		}
	}
	return out
}

// sameName reports whether a and b name the same company: the same words
// (letters and digits, any case), or the words of one followed by more
// (a legal form added or dropped).
func sameName(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	return slices.Equal(wa, wb[:len(wa)])
}

// nameWords are the words of a company name, folded to lower case, with
// everything but letters and digits between them; empty for a name with none.
func nameWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// Change is a score then and now (0–1; nil: no score) and the difference.
type Change struct {
	Then  *float64 `json:"then"`
	Now   *float64 `json:"now"`
	Delta *float64 `json:"delta"`
}

// DimensionChange is one dimension's readiness then and now (0–1; nil:
// no score) and the difference.
type DimensionChange struct {
	ID    string   `json:"id"`
	Title string   `json:"title"`
	Then  *float64 `json:"then"`
	Now   *float64 `json:"now"`
	Delta *float64 `json:"delta"`
}

// Scores is the dimension's Change.
func (d DimensionChange) Scores() Change { return Change{Then: d.Then, Now: d.Now, Delta: d.Delta} }

// StageRef is a stage by ID, with its title.
type StageRef struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// ActionRef is an action by practice ID, with its title.
type ActionRef struct {
	Practice string `json:"practice"`
	Title    string `json:"title"`
}

// QuestionRef is a question by ID, with its text.
type QuestionRef struct {
	Question string `json:"question"`
	Text     string `json:"text"`
}

// AnswerChange is a question's answer then and now (option IDs; empty:
// not answered, or not asked), with their labels.
type AnswerChange struct {
	Question  string   `json:"question"`
	Text      string   `json:"text"`
	Dimension string   `json:"dimension,omitempty"`
	Then      []string `json:"then"`
	Now       []string `json:"now"`
	ThenLabel string   `json:"then_label"`
	NowLabel  string   `json:"now_label"`
}

// Compare compares the assessments old and new of one firm against cat:
// both are planned with cat (so old answers are read as today's catalogue
// reads them), and the questions cat gained or lost since old was given
// are listed from old's pinned question hashes.
func Compare(cat *catalogue.Catalogue, old, new *answers.File, opts BuildOptions) (Comparison, error) {
	po, err := Build(cat, old, BuildOptions{Now: opts.Now})
	if err != nil {
		return Comparison{}, err
	}
	pn, err := Build(cat, new, BuildOptions{Now: opts.Now})
	if err != nil {
		return Comparison{}, err
	}
	c := Comparison{
		SchemaVersion: CompareSchemaVersion, Generated: opts.Now.UTC(), Catalogue: pn.Catalogue,
		Company: new.Respondent.Company, Then: old.Updated, Now: new.Updated, ThenCatalogue: old.Catalogue.Version,
		Overall:   change(po.Overall, pn.Overall),
		StageThen: StageRef{ID: po.Stage.ID}, StageNow: StageRef{ID: pn.Stage.ID},
		Resolved: []ActionRef{}, NewActions: []ActionRef{}, NewGaps: []AnswerChange{}, Closed: []AnswerChange{},
		Changed: []AnswerChange{}, Added: []QuestionRef{}, Removed: []string{}, Reworded: []QuestionRef{},
		OtherFirm: append([]FirmDiff{}, FirmDifferences(old, new)...), Unfinished: []UnfinishedFile{},
	}
	for i, d := range pn.Dimensions {
		var then *float64
		if i < len(po.Dimensions) && po.Dimensions[i].ID == d.ID {
			then = po.Dimensions[i].Score
		}
		ch := change(then, d.Score)
		c.Dimensions = append(c.Dimensions, DimensionChange{ID: d.ID, Then: ch.Then, Now: ch.Now, Delta: ch.Delta})
	}
	ti, ni := slices.Index(catalogue.Stages, po.Stage.ID), slices.Index(catalogue.Stages, pn.Stage.ID)
	switch {
	case ni > ti:
		c.StageMove = "up"
	case ni < ti:
		c.StageMove = "down"
	default:
		c.StageMove = "same"
	}
	inNew, shownOld := map[string]bool{}, map[string]bool{}
	for _, a := range pn.Actions {
		inNew[a.Practice] = true
	}
	for _, a := range po.Actions[:min(po.TopActions, len(po.Actions))] {
		shownOld[a.Practice] = true
		if !inNew[a.Practice] {
			c.Resolved = append(c.Resolved, ActionRef{Practice: a.Practice})
		}
	}
	for _, a := range pn.Actions[:min(pn.TopActions, len(pn.Actions))] {
		if !shownOld[a.Practice] {
			c.NewActions = append(c.NewActions, ActionRef{Practice: a.Practice})
		}
	}

	fo, fn := NewFacts(cat, old), NewFacts(cat, new)
	for _, u := range []*UnfinishedFile{unfinishedFile("then", fo), unfinishedFile("now", fn)} {
		if u != nil {
			c.Unfinished = append(c.Unfinished, *u)
		}
	}
	so, sn := fo.answerScores(), fn.answerScores()
	for _, q := range allQuestions(cat) {
		vo, okO := fo.given[q.ID]
		vn, okN := fn.given[q.ID]
		ch := AnswerChange{Question: q.ID, Dimension: q.Dimension, Then: options(vo, okO), Now: options(vn, okN)}
		if !slices.Equal(ch.Then, ch.Now) {
			c.Changed = append(c.Changed, ch)
		}
		if q.Dimension == "" {
			continue
		}
		xo, gotO := so[q.ID]
		xn, gotN := sn[q.ID]
		switch {
		case gotN && xn < GapBelow && (!gotO || xo >= GapBelow):
			c.NewGaps = append(c.NewGaps, ch)
		case gotO && xo < GapBelow && gotN && xn >= GapBelow:
			c.Closed = append(c.Closed, ch)
		}
	}
	// Only a file pinned to another catalogue (its digest) can be behind it.
	if ref := old.Catalogue.Questions; len(ref) > 0 && old.Catalogue.Digest != "" && old.Catalogue.Digest != cat.Digest {
		for _, q := range allQuestions(cat) {
			h, ok := ref[q.ID]
			switch {
			case !ok:
				c.Added = append(c.Added, QuestionRef{Question: q.ID})
			case h != answers.QuestionHash(q):
				c.Reworded = append(c.Reworded, QuestionRef{Question: q.ID})
			}
		}
		for id := range ref {
			if cat.Question(id) == nil {
				c.Removed = append(c.Removed, id)
			}
		}
		slices.Sort(c.Removed)
	}
	return c, nil
}

// options is an answer's option IDs (empty when there is none).
func options(v answers.Value, ok bool) []string {
	if !ok {
		return []string{}
	}
	return append([]string{}, v.Options...)
}

// change is then and now with now − then (rounded to 4 decimals) when both are known.
func change(then, now *float64) Change {
	c := Change{Then: then, Now: now}
	if then != nil && now != nil {
		d := roundTo(*now-*then, 4)
		c.Delta = &d
	}
	return c
}
