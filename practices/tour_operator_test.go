package practices_test

import (
	"regexp"
	"strings"
	"testing"
)

// TestTourOperatorAnswerFitsTourFirms: the reply to a tour operator's
// enquiry is for accommodation and for firms that sell tours and
// activities alike — the questionnaire does not tell them apart (sells
// what: tourism). Its title, summary and the steps that name what is held
// for the operator speak of rooms or places on tour departures, and its
// VAT step of the travel agents' margin scheme for tours made of bought-in
// nights, transport or meals, beside accommodation taxed where it is
// (bev27, session 27, after svc26: ie-walking-tours-us-de, a walking-holiday
// operator, read only of rooms, allotments and "your accommodation").
func TestTourOperatorAnswerFitsTourFirms(t *testing.T) {
	t.Parallel()
	c := openEmbedded(t)
	p := c.Practice("global-answer-tour-operator")
	if p == nil {
		t.Fatal("no global-answer-tour-operator")
	}
	places := map[string]*regexp.Regexp{
		"en": regexp.MustCompile(`tour (places|departures)`),
		"da": regexp.MustCompile(`turpladser|turafgange`),
		"it": regexp.MustCompile(`posti nei tour|partenze (di|dei vostri) tour`),
		"pl": regexp.MustCompile(`miejsc(a)? na (wycieczkach|terminach wycieczek)|terminów wycieczek`),
		"pt": regexp.MustCompile(`lugares nos passeios|partidas (de|dos seus) passeios`),
		"hr": regexp.MustCompile(`mjesta na turama|polazaka tura|polascima Vaših tura`),
	}
	scheme := map[string]string{
		"en": "scheme for tour operators", "da": "rejsebureauer", "it": "agenzie di viaggio",
		"pl": "biur podróży", "pt": "agências de viagens", "hr": "putničke agencije",
	}
	if len(p.Steps) < 4 {
		t.Fatalf("%d steps, want at least 4", len(p.Steps))
	}
	for lang, re := range places {
		for what, text := range map[string]string{
			"title":   p.Title.In(lang),
			"summary": p.Summary.In(lang),
			"step 1":  p.Steps[0].In(lang),
			"step 3":  p.Steps[2].In(lang),
		} {
			if !re.MatchString(text) {
				t.Errorf("%s %s speaks only of rooms: %q", lang, what, text)
			}
		}
		if s := p.Steps[3].In(lang); !strings.Contains(s, scheme[lang]) {
			t.Errorf("%s step 4 says nothing of the travel agents' scheme (%q): %q", lang, scheme[lang], s)
		}
	}

	plan := planWith(t, c, "ie-walking-tours-us-de", whatIf{})
	for _, a := range plan.Actions {
		if a.Practice == "global-answer-tour-operator" {
			if !a.Shown || len(a.Steps) == 0 || !places["en"].MatchString(a.Steps[0]) {
				t.Errorf("ie-walking-tours-us-de: the operator's answer shown %v, first step %q", a.Shown, a.Steps)
			}
			return
		}
	}
	t.Error("ie-walking-tours-us-de: no answer to the tour operator")
}
