package assessment

import (
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"math"
)

// DimScore is the readiness of one dimension: the mean score of its answered
// questions (nil when none was), with the counts behind it.
type DimScore struct {
	Score *float64
	// Answered counts the questions that went into the score.
	Answered int
	// Excluded counts the questions left out: don't know, not applicable,
	// not asked, or not answered yet.
	Excluded int
}

// scores is everything computed from a set of answers.
type scores struct {
	dims    map[string]*DimScore
	axes    map[string]*float64
	overall *float64
	stage   stageResult
}

// QuestionScore returns the score of an answer to a scored question: the
// chosen option's score, or for multiple choice the sum of the chosen
// options' scores capped at 1. It is false for an answer that does not count:
// don't know, not applicable, or no option with a score. Score overrides
// (score_when) are not applied: see Facts.QuestionScore.
func QuestionScore(q *catalogue.Question, v answers.Value) (float64, bool) {
	return questionScore(q, v, func(o *catalogue.Option) float64 { return *o.Score })
}

// QuestionScore is the score of an answer to q as the firm's profile and
// markets make it: an option's score_when entry whose rule holds replaces
// its score (English material scores fully when every target market speaks
// English or the firm's language).
func (fx *Facts) QuestionScore(q *catalogue.Question, v answers.Value) (float64, bool) {
	if q.ID == QuestionLanguages && v.Has("basic") && q.Option("english") != nil && fx.Firm().HomeEnglish() {
		v = answers.Single("english")
	}
	return questionScore(q, v, fx.optionScore)
}

// optionScore is o's score, or that of its first score_when entry whose
// rule holds.
func (fx *Facts) optionScore(o *catalogue.Option) float64 {
	for _, sw := range o.ScoreWhen {
		if sw != nil && fx.holds(sw.When) {
			return sw.Score
		}
	}
	return *o.Score
}

// Gap is the gap text of option o for this firm: o's gap, or that of its
// first gap_when entry whose rule holds (a firm that sells only services
// reads no customs in its VAT gap).
func (fx *Facts) Gap(o *catalogue.Option) catalogue.Text {
	for _, gw := range o.GapWhen {
		if gw != nil && fx.holds(gw.When) && gw.Gap != "" {
			return gw.Gap
		}
	}
	return o.Gap
}

// Unknown is the text of question q's "don't know" for this firm: q's
// unknown, or that of its first unknown_when entry whose rule holds.
func (fx *Facts) Unknown(q *catalogue.Question) catalogue.Text {
	for _, uw := range q.UnknownWhen {
		if uw != nil && fx.holds(uw.When) && uw.Unknown != "" {
			return uw.Unknown
		}
	}
	return q.Unknown
}

// leadStep is which of practice p's steps leads for this firm, counting
// from 1: that of p's first first_step_when entry whose rule holds (a firm
// that does not know its VAT rules starts with the invoicing step) and
// whose step is for the firm; else, when the first step is not for the
// firm (step_when), the first step that is; 0 when the first step leads.
func (fx *Facts) leadStep(p *catalogue.Practice) int {
	for _, fw := range p.FirstStepWhen {
		if fw != nil && fw.Step >= 1 && fw.Step <= len(p.Steps) && fx.holds(fw.When) && fx.stepFor(p, fw.Step) {
			return fw.Step
		}
	}
	if !fx.stepFor(p, 1) {
		for n := 2; n <= len(p.Steps); n++ {
			if fx.stepFor(p, n) {
				return n
			}
		}
	}
	return 0
}

// stepFor reports whether step n of practice p (counting from 1) is for
// this firm: p's step_when names it with a rule that holds, or does not
// name it (a British firm's web-shop step has no "For Great Britain" VAT
// step).
func (fx *Facts) stepFor(p *catalogue.Practice, n int) bool {
	for _, sw := range p.StepWhen {
		if sw != nil && sw.Step == n {
			return fx.holds(sw.When)
		}
	}
	return true
}

func questionScore(q *catalogue.Question, v answers.Value, score func(*catalogue.Option) float64) (float64, bool) {
	if v.Reserved() != "" {
		return 0, false
	}
	sum, n := 0.0, 0
	for _, id := range v.Options {
		o := q.Option(id)
		if o == nil || o.Score == nil {
			continue
		}
		sum += score(o)
		n++
	}
	if q.Kind == catalogue.KindMulti {
		// An empty choice ("none of these") is an answer worth 0.
		if n == 0 && len(v.Options) > 0 {
			return 0, false
		}
		if sum > 1 {
			sum = 1
		}
		return sum, true
	}
	if n != 1 {
		return 0, false
	}
	return sum, true
}

// computeScores scores every dimension from the answers of asked questions
// (with the score overrides the firm's profile and markets decide), then the
// axes and the overall readiness as weighted means (the declared dimension
// weights are the only weights), then the stage.
func computeScores(fx *Facts) *scores {
	cat := fx.cat
	s := &scores{dims: map[string]*DimScore{}, axes: map[string]*float64{}}
	sums := map[string]float64{}
	for _, d := range cat.Dimensions {
		s.dims[d.ID] = &DimScore{}
	}
	for _, q := range cat.Questions {
		ds := s.dims[q.Dimension]
		if ds == nil {
			continue // a dimension the catalogue does not declare: the validator reports it
		}
		v, ok := fx.given[q.ID]
		if !fx.asked[q.ID] || !ok {
			ds.Excluded++
			continue
		}
		x, counts := fx.QuestionScore(q, v)
		if !counts {
			ds.Excluded++
			continue
		}
		sums[q.Dimension] += x
		ds.Answered++
	}
	for id, ds := range s.dims {
		if ds.Answered > 0 {
			m := sums[id] / float64(ds.Answered)
			ds.Score = &m
		}
	}
	axisSum, axisW := map[string]float64{}, map[string]float64{}
	var allSum, allW float64
	// Weights are taken relative to the largest, so the sums stay within
	// the number of dimensions whatever the weights are (the validator
	// bounds them; two weights of 1e308 summed would be +Inf, and every
	// share of it 0).
	var maxW float64
	for _, d := range cat.Dimensions {
		if ds := s.dims[d.ID]; ds.Score != nil && d.Weight > maxW && !math.IsInf(d.Weight, 1) {
			maxW = d.Weight
		}
	}
	for _, d := range cat.Dimensions {
		ds := s.dims[d.ID]
		if ds.Score == nil || d.Weight <= 0 || d.Weight > maxW {
			continue
		}
		w := d.Weight / maxW
		axisSum[d.Axis] += w * *ds.Score
		axisW[d.Axis] += w
		allSum += w * *ds.Score
		allW += w
	}
	for _, d := range cat.Dimensions {
		if _, done := s.axes[d.Axis]; done {
			continue
		}
		if w := axisW[d.Axis]; w > 0 {
			m := axisSum[d.Axis] / w
			s.axes[d.Axis] = &m
		} else {
			s.axes[d.Axis] = nil
		}
	}
	if allW > 0 {
		m := allSum / allW
		s.overall = &m
	}
	s.stage = computeStage(fx, s.overall)
	return s
}
