package survey

import (
	"context"
	"slices"

	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// Field key of the question that offers the region's language.
const keyLanguage = "_language"

// RegionLanguage is the language eis would speak to a firm with f's
// answers: the first of its home languages (the plan's: its region's,
// Alentejo → pt, else its home country's, for a firm from another region)
// that eis speaks. "" when the answers name no such language yet.
func RegionLanguage(cat *catalogue.Catalogue, f *answers.File) string {
	langs := assessment.NewFacts(cat, f).Firm().HomeLanguages
	if i := slices.IndexFunc(langs, i18n.Supported); i >= 0 {
		return langs[i]
	}
	return ""
}

// offerLanguage asks, once the answers name a region whose language eis
// speaks and the questionnaire is in another (see Options.OfferLanguage),
// whether to go on in that language: Enter (or y) takes it, n (or 2 in
// accessible mode) keeps the current one. Each language is offered once a
// run. It reports the Locale chosen, which is the current one when nothing
// was offered or the offer was declined.
func (n *navigator) offerLanguage(ctx context.Context, runner pageRunner, cfg FormConfig) (i18n.Locale, error) {
	opts := n.opts
	cur := opts.Locale
	lang := RegionLanguage(opts.Catalogue, n.f)
	if !opts.OfferLanguage || lang == "" || lang == cur.Code() || n.offered[lang] {
		return cur, nil
	}
	if n.offered == nil {
		n.offered = map[string]bool{}
	}
	n.offered[lang] = true
	to := i18n.Get(lang)
	// The question is in the offered language (whoever reads it is who
	// it is for), the reason and the way out in the current one.
	title := to.T("survey.language.offer")
	desc := cur.T("survey.language.desc", languageName(opts.Catalogue, cur, lang), placeName(opts.Catalogue, cur, n.f))
	yes, no := to.T("survey.language.switch"), cur.T("survey.language.keep")
	take := true
	var field huh.Field = themed(huh.NewConfirm(), cfg.Theme).
		Title(title).
		Description(desc).
		Affirmative(yes).
		Negative(no).
		Value(&take)
	choice := "switch"
	if cfg.Accessible {
		field = &a11yChoice{Field: field, loc: cur, title: title + "\n" + desc, labels: []string{yes, no}, values: []string{"switch", "keep"}, value: &choice, keep: true}
	}
	km := KeyMap(cur)
	km.Confirm.Submit.SetHelp(km.Confirm.Submit.Help().Key, cur.T("survey.key.select"))
	form := huh.NewForm(huh.NewGroup(field)).WithTheme(cached(cfg.Theme)).WithKeyMap(km)
	if cfg.Width > 0 {
		form.WithWidth(cfg.Width)
	}
	pf := &PageForm{Form: form, Title: to.T("survey.language.heading"), Fields: []huh.Field{field}, Values: &Values{keys: []string{keyLanguage}}}
	if err := runner.run(ctx, pf, func(string) {}); err != nil {
		return cur, err
	}
	if cfg.Accessible {
		take = choice == "switch"
	}
	if !take {
		return cur, nil
	}
	return to, nil
}

// languageName is the name of the language code in loc: the catalogue's
// name for it, else its name in itself.
func languageName(cat *catalogue.Catalogue, loc i18n.Locale, code string) string {
	if l := cat.LanguageName(code); l != nil {
		if s := loc.Pick(l.Name); s != "" {
			return s
		}
	}
	if a, err := i18n.AboutLanguage(code); err == nil {
		return a.Name
	}
	return code
}

// placeName names where f's firm is, in loc: its region, or, when the
// region is a catch-all (another EU region, outside the EU), its home
// country.
func placeName(cat *catalogue.Catalogue, loc i18n.Locale, f *answers.File) string {
	fm := assessment.NewFacts(cat, f).Firm()
	if r := cat.Region(fm.Region); r != nil && (r.Country != "" || len(r.Languages) > 0) {
		return loc.Pick(r.Name)
	}
	if c := cat.Country(fm.Home); c != nil {
		return loc.Pick(c.Name)
	}
	return ""
}

// withLocale is r speaking loc from now on.
func withLocale(r pageRunner, loc i18n.Locale) pageRunner {
	switch x := r.(type) {
	case accessibleRunner:
		x.loc = loc
		return x
	case sessionRunner:
		x.loc = loc
		return x
	}
	return r
}
