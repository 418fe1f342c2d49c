package assessment

import (
	"strings"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// Check makes the checks of an answers file that need rule evaluation, as
// positioned diagnostics in lang: an answer to a question that is not asked
// given the other answers (a warning: it is ignored), and, when the file
// says complete: true, questions that apply but have no answer (an error).
func Check(cat *catalogue.Catalogue, f *answers.File, lang string) catalogue.Diagnostics {
	var ds catalogue.Diagnostics
	fx := NewFacts(cat, f, lang)
	for _, q := range allQuestions(cat) {
		if _, ok := f.Answer(q.ID); ok && !fx.Asked(q.ID) {
			p := f.Pos(q.ID)
			ds = append(ds, catalogue.Diagnostic{File: f.Source(), Line: p.Line, Col: p.Col,
				Severity: catalogue.SevWarning, Rule: "not-asked",
				Message: i18n.T(lang, "answers.answer.notAsked", q.ID)})
		}
	}
	if f.Complete {
		if m := fx.missing(); len(m) > 0 {
			ids := make([]string, len(m))
			for i, q := range m {
				ids[i] = q.ID
			}
			p := f.KeyPos("complete")
			ds = append(ds, catalogue.Diagnostic{File: f.Source(), Line: p.Line, Col: p.Col,
				Severity: catalogue.SevError, Rule: "missing-answer",
				Message: i18n.N(lang, "answers.answer.missing", len(m), len(m), strings.Join(ids, ", "))})
		}
	}
	ds.Sort()
	return ds
}
