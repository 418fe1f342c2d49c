package survey

import (
	"charm.land/bubbles/v2/key"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// Field keys of the fields that are not catalogue questions.
const (
	KeyCompany = "_company"
	KeyAdvisor = "_advisor"
	KeyNote    = "_note"
)

// NoteLimit bounds a page note: notes are meant to be short.
const NoteLimit = 280

// FormConfig says how a page is turned into a form.
type FormConfig struct {
	// Lang is the language of every text ("en", "da").
	Locale i18n.Locale
	// Accessible builds fields for accessible mode (see a11yChoice): titles
	// carry the help text and the position, and unanswered questions have
	// no default.
	Accessible bool
	// Respondent asks for the company name at the top of the page.
	Respondent bool
	// Advisor asks for the advisor's name at the top of the page (after the
	// company name).
	Advisor bool
	// Note asks for an optional short note at the end of the page.
	Note bool
	// NoteKey is the notes map key the page note is saved under: "general"
	// or a dimension ID.
	NoteKey string
	// LegacyNoteKey is where older files kept the page's note (a question
	// ID), or "". When the file has no note under NoteKey, the one under
	// LegacyNoteKey is shown, and saving the page moves it to NoteKey.
	LegacyNoteKey string
	// Catalogue is the catalogue the questions are of: country questions
	// take their options from its countries (nil: such questions have only
	// their own options).
	Catalogue *catalogue.Catalogue
	// Width of the form in columns (0: huh's default, the terminal's width).
	Width int
	// Theme of the form; nil for huh's default.
	Theme huh.Theme
	// KeyMap of the form; nil for huh's default.
	KeyMap *huh.KeyMap
	// Before is how many questions of the page were asked in its earlier
	// parts, and Later how many of its later parts may still be asked (a
	// dimension page split for conditions; see Page): the accessible count
	// runs over the whole page, "question 1 of up to 4" while Later > 0.
	Before, Later int
	// Stopped reports that input has ended; validators then let a field go so
	// that the accessible prompt returns (its answer is thrown away).
	Stopped func() bool
	// CanGoBack lets the user go back from the page's first field
	// (Shift+Tab, or the back word in accessible mode) to what came before.
	CanGoBack bool
	// BackTo is, on a page that shows only its unanswered questions, the
	// field that going back from the first one focuses once the page is
	// shown whole (Run's business; "" for the page before).
	BackTo string
	// Focus is the key of the field focused first ("" the first field;
	// focusLast the last): the last one when the user came back to the page.
	Focus string
	// Notice is said at the top of the page: answers removed because they
	// no longer apply.
	Notice []string
}

// PageForm is a page built as a huh form, with the values its fields are
// bound to. The form is built, never run, here (gh's buildXForm pattern):
// the runner decides how.
type PageForm struct {
	// Form is the page as one huh group.
	Form *huh.Form
	// Title and Description head the page (the group's title and description).
	Title, Description string
	// Values are the bound values, one per field.
	Values *Values
	// Fields are the form's fields in order; Values.Keys() matches them.
	// On a terminal page the form holds each wrapped (see tracked).
	Fields []huh.Field

	// moved holds, by field key, the value each field had when the user
	// moved past it (terminal pages; see tracked).
	moved map[string]any
	// leaving is set by a tracked field when a key moved on (or back) from
	// it, until the host has seen it (see host.forward).
	leaving bool

	// canBack lets the first field go back (see FormConfig.CanGoBack), and
	// back is set by it, when it did, until the runner has seen it.
	canBack, back bool
	// focus is the key of the field to focus first (FormConfig.Focus).
	focus string
	// loc is the language of the page's words.
	loc i18n.Locale

	// width is what the texts are wrapped to; rewrap re-wraps them (a
	// terminal page; see resize).
	width  int
	group  *huh.Group
	rewrap []func(width int)
}

// resize re-wraps the page's texts (heading, titles, help, option labels)
// to width and sets the form's width, so that a terminal made narrower in
// the middle of a page cuts no line. Accessible pages and width 0 are left
// as they are.
func (pf *PageForm) resize(width int) {
	if width <= 0 || width == pf.width {
		return
	}
	pf.width = width
	for _, f := range pf.rewrap {
		f(width)
	}
	pf.Form.WithWidth(width)
}

// fit gives every choice field of the page back the height it had before
// the form cut it to a terminal too low for it (the group cuts a field
// taller than the room it has, but never gives the lines back: it measures
// the page by what its fields show, so a list cut once stayed cut on a
// taller terminal). The next tea.WindowSizeMsg cuts again what is still
// too tall.
func (pf *PageForm) fit() {
	for _, f := range pf.Fields {
		switch x := f.(type) {
		case *multiField:
			x.fit()
		case *headedSelect:
			x.Select.Height(countrySelectHeight)
		case *huh.Select[string]:
			x.Height(0)
		case *huh.MultiSelect[string]:
			x.Height(0)
		}
	}
}

// Values holds what the fields of a page are bound to, keyed by field key
// (the question ID, or KeyCompany, KeyAdvisor, KeyNote).
type Values struct {
	keys      []string
	questions map[string]*catalogue.Question
	single    map[string]*string
	multi     map[string]*[]string
	text      map[string]*string
	noteKey   string
	// legacyKey is the notes key the page's note was read from when that
	// is not noteKey (an older file); saving the note removes it there.
	legacyKey string
}

// Keys returns the field keys in the order the fields are asked.
func (v *Values) Keys() []string { return append([]string(nil), v.keys...) }

// Single returns the option chosen for a single, yes/no or scale question.
func (v *Values) Single(key string) (string, bool) {
	p, ok := v.single[key]
	if !ok {
		return "", false
	}
	return *p, true
}

// Multi returns the options chosen for a multiple-choice question.
func (v *Values) Multi(key string) ([]string, bool) {
	p, ok := v.multi[key]
	if !ok {
		return nil, false
	}
	return append([]string(nil), *p...), true
}

// Text returns the text typed into KeyCompany, KeyAdvisor or KeyNote.
func (v *Values) Text(key string) (string, bool) {
	p, ok := v.text[key]
	if !ok {
		return "", false
	}
	return *p, true
}

// restore sets the bound value of field key to v, a value huh recorded for
// it (Form.Get), and reports whether v was one: nil (never recorded) or a
// value of the wrong type leaves the bound value as it is.
func (v *Values) restore(key string, val any) bool {
	switch x := val.(type) {
	case string:
		if p, ok := v.single[key]; ok {
			*p = x
			return true
		}
		if p, ok := v.text[key]; ok {
			*p = x
			return true
		}
	case []string:
		if p, ok := v.multi[key]; ok {
			*p = append([]string{}, x...)
			return true
		}
	}
	return false
}

// Apply records the bound value of one field in f.
func (v *Values) Apply(key string, f *answers.File, now time.Time) {
	switch key {
	case KeyCompany:
		f.Respondent.Company = strings.TrimSpace(*v.text[key])
		return
	case KeyAdvisor:
		f.Respondent.Advisor = strings.TrimSpace(*v.text[key])
		return
	case KeyNote:
		note := strings.TrimSpace(*v.text[key])
		if v.legacyKey != "" {
			delete(f.Notes, v.legacyKey)
		}
		if note == "" {
			delete(f.Notes, v.noteKey)
			return
		}
		if f.Notes == nil {
			f.Notes = map[string]string{}
		}
		f.Notes[v.noteKey] = note
		return
	}
	q := v.questions[key]
	if q == nil {
		return
	}
	if multiKind(q) {
		f.Set(key, answers.Multiple(*v.multi[key]...), now)
		return
	}
	if isHeading(*v.single[key]) {
		return // a heading is never an answer (see headedSelect)
	}
	f.Set(key, answers.Single(*v.single[key]), now)
}

// BuildPageForm builds the form of page p asking the questions asked (the
// applicable ones the runner chose), pre-selecting the answers already in f.
func BuildPageForm(p Page, asked []*catalogue.Question, f *answers.File, cfg FormConfig) *PageForm {
	loc := cfg.Locale
	cfg.Theme = cached(cfg.Theme)
	useCountries(cfg.Catalogue)
	home := homeCountry(cfg.Catalogue, f)
	v := &Values{
		questions: map[string]*catalogue.Question{},
		single:    map[string]*string{},
		multi:     map[string]*[]string{},
		text:      map[string]*string{},
		noteKey:   cfg.NoteKey,
	}
	pf := &PageForm{Values: v, width: cfg.Width, canBack: cfg.CanGoBack, focus: cfg.Focus, loc: loc}
	pf.Title, pf.Description = pageHeading(p, loc)
	if len(cfg.Notice) > 0 {
		pf.Description = strings.Join(cfg.Notice, "\n") + "\n\n" + pf.Description
	}
	if !cfg.Accessible {
		desc := pf.Description
		pf.Description = prewrap(desc, cfg.Width, 0)
		pf.onResize(func(w int) { pf.group.Description(prewrap(desc, w, 0)) })
	}
	if cfg.Respondent {
		company := f.Respondent.Company
		pf.add(v, KeyCompany, &company, pf.textField(cfg, KeyCompany, &company, loc.T("survey.company.title"), loc.T("survey.company.desc"), 120))
	}
	if cfg.Advisor {
		advisor := f.Respondent.Advisor
		pf.add(v, KeyAdvisor, &advisor, pf.textField(cfg, KeyAdvisor, &advisor, loc.T("survey.advisor.title"), loc.T("survey.advisor.desc"), 120))
	}
	for i, q := range asked {
		q = offeredOnly(cfg.Catalogue, q, f)
		q = withCurrencyHelp(cfg.Catalogue, q, f, home, loc)
		v.questions[q.ID] = q
		v.keys = append(v.keys, q.ID)
		prev, _ := f.Answer(q.ID)
		prev = validPrevious(q, prev)
		title, help, opts := questionTexts(q, loc, cfg.Width)
		if cfg.Accessible {
			// Unwrapped: a screen reader reads lines, not a layout.
			title = accessibleTitle(q, prev, cfg.Before+i+1, cfg.Before+len(asked)+cfg.Later, cfg.Later > 0, loc)
			help = ""
			opts = optionsOf(q, loc)
		}
		if countryKind(q) && cfg.Catalogue != nil {
			var only []string
			q, only, prev = orderChoices(cfg.Catalogue, q, f, prev)
			v.questions[q.ID] = q
			if only != nil {
				title, help, opts = questionTexts(q, loc, cfg.Width)
				if cfg.Accessible {
					title = accessibleTitle(q, prev, cfg.Before+i+1, cfg.Before+len(asked)+cfg.Later, cfg.Later > 0, loc)
					help = ""
					opts = optionsOf(q, loc)
				}
			}
			pf.countryField(q, prev, home, firstCountries(cfg.Catalogue, q, f, home), only, cfg, title, help, opts)
			continue
		}
		if multiKind(q) {
			chosen := append([]string{}, prev.Options...)
			v.multi[q.ID] = &chosen
			touched := cfg.Accessible
			backing := false
			stopped := cfg.Stopped
			validate := multiValidator(q, loc, func() bool {
				return !touched || backing || stopped != nil && stopped()
			})
			field := &multiField{
				// Value before Options: Options then puts the cursor on
				// the first chosen option (bound after, it stayed on the
				// first option, and a page gone back to showed "Not
				// decided yet" with the chosen Germany out of sight).
				MultiSelect: themed(huh.NewMultiSelect[string](), cfg.Theme).
					Key(q.ID).
					Title(title).
					Description(help).
					Value(&chosen).
					Options(opts...).
					Validate(validate),
				touched: &touched, backing: &backing, prev: prevKey(cfg.KeyMap),
				title: title, desc: help, optionLines: optionLines(opts), optionCount: len(opts), loc: loc,
			}
			if cfg.Width > 0 {
				field.WithWidth(cfg.Width)
			}
			if cfg.Accessible {
				labels, values := optionTexts(opts)
				pf.Fields = append(pf.Fields, &a11yMulti{Field: field, loc: loc, title: title, labels: labels, values: values, value: &chosen, validate: validate, back: true})
				continue
			}
			pf.onResize(func(w int) { field.rewrap(questionTexts(q, loc, w)) })
			pf.Fields = append(pf.Fields, field)
			continue
		}
		var chosen string
		if len(prev.Options) == 1 {
			chosen = prev.Options[0]
		}
		v.single[q.ID] = &chosen
		// Before the field is built: huh moves a bound value that is no
		// option (none yet) to the first option.
		answered := chosen != ""
		field := themed(huh.NewSelect[string](), cfg.Theme).
			Key(q.ID).
			Title(title).
			Description(help).
			Options(opts...).
			Value(&chosen)
		if cfg.Accessible {
			// Enter alone keeps an earlier answer; a question never
			// answered must not be answered by Enter alone.
			labels, values := optionTexts(opts)
			pf.Fields = append(pf.Fields, &a11yChoice{Field: field, loc: loc, title: title, labels: labels, values: values, value: &chosen, keep: answered, back: true})
			continue
		}
		pf.onResize(func(w int) {
			title, help, opts := questionTexts(q, loc, w)
			// Options puts the cursor back on the bound value, which
			// follows the cursor; Height(0) lets the group cut the field
			// again to the new terminal's height.
			field.Title(title).Description(help).Options(opts...).Height(0)
		})
		pf.Fields = append(pf.Fields, field)
	}
	if cfg.Note {
		note, ok := f.Notes[cfg.NoteKey]
		if old, found := f.Notes[cfg.LegacyNoteKey]; !ok && found && cfg.LegacyNoteKey != "" {
			note, v.legacyKey = old, cfg.LegacyNoteKey
		}
		pf.add(v, KeyNote, &note, pf.textField(cfg, KeyNote, &note, loc.T("survey.note.title"), loc.T("survey.note.desc"), NoteLimit))
	}
	fields := pf.Fields
	if !cfg.Accessible {
		fields = make([]huh.Field, len(pf.Fields))
		for i, f := range pf.Fields {
			q := v.questions[v.keys[i]]
			fields[i] = &tracked{Field: f, key: v.keys[i], pf: pf, first: i == 0, typeFilter: q != nil && countryKind(q)}
		}
	}
	for _, f := range fields {
		themed(f, cfg.Theme)
	}
	group := huh.NewGroup(fields...).Title(pf.Title).Description(pf.Description)
	pf.group = group
	pf.Form = newForm(group, cfg)
	return pf
}

// newForm makes a page's form of group, with cfg's theme, key map and
// width, showing the key help and errors.
func newForm(group *huh.Group, cfg FormConfig) *huh.Form {
	form := huh.NewForm(group).WithShowHelp(true).WithShowErrors(true)
	if cfg.Theme != nil {
		form.WithTheme(cfg.Theme)
	}
	if cfg.KeyMap != nil {
		form.WithKeyMap(cfg.KeyMap)
	}
	if cfg.Width > 0 {
		form.WithWidth(cfg.Width)
	}
	return form
}

// add records a text field.
func (pf *PageForm) add(v *Values, key string, p *string, field huh.Field) {
	v.keys = append(v.keys, key)
	v.text[key] = p
	pf.Fields = append(pf.Fields, field)
}

// onResize records how to re-wrap part of the page (see resize).
func (pf *PageForm) onResize(f func(width int)) { pf.rewrap = append(pf.rewrap, f) }

// textField is an optional one-line text input, keyed key (settle finds
// what huh recorded for it by that key).
func (pf *PageForm) textField(cfg FormConfig, key string, p *string, title, desc string, limit int) huh.Field {
	// A text already longer than limit (edited into the file by hand, or a
	// note a migration added to) is kept whole: huh's input cuts its value
	// to the limit, and passing the field with Enter saved it cut.
	limit = max(limit, utf8.RuneCountInString(*p))
	if cfg.Accessible {
		// The last line is the prompt the answer is typed after.
		title = desc + "\n" + cfg.Locale.T("survey.a11y.text") + "\n" + title + ":"
		desc = ""
	}
	field := themed(huh.NewInput(), cfg.Theme).
		Key(key).
		Title(title).
		Description(desc).
		CharLimit(limit).
		Value(p)
	if cfg.Accessible {
		return &a11yText{Field: field, loc: cfg.Locale, prompt: title, value: p, limit: limit, back: true}
	}
	field.Description(prewrap(desc, cfg.Width, fieldFrame))
	pf.onResize(func(w int) { field.Description(prewrap(desc, w, fieldFrame)) })
	return field
}

// questionTexts are q's title, help and options in loc, wrapped for a
// terminal page width columns wide (0: not wrapped). A multiple-choice
// question's help ends with how to answer it: all that apply, or up to
// its max_choices (the field takes no more).
//
// huh wraps a long option label to a width that the field's frame then
// wraps again (a select: one word on a line of its own), or not at all (a
// multi-select: the label wraps under the checkbox and its last word is cut
// off). Labels wrapped beforehand with room to spare hang under themselves.
func questionTexts(q *catalogue.Question, loc i18n.Locale, width int) (title, help string, opts []huh.Option[string]) {
	title = prewrap(loc.Pick(q.Text), width, fieldFrame)
	help = prewrap(loc.Pick(q.Help), width, fieldFrame)
	prefix := selectPrefix
	if multiKind(q) {
		prefix = multiPrefix
		hint := loc.T("survey.multi.hint")
		switch {
		case q.MaxChoices == 1:
			hint = loc.T("survey.multi.hint.one")
		case q.MaxChoices > 0:
			hint = loc.T("survey.multi.hint.max", q.MaxChoices)
		}
		help = strings.TrimSpace(help + "\n\n" + hint)
	}
	opts = optionsOf(q, loc)
	for i := range opts {
		opts[i].Key = prewrap(opts[i].Key, width, fieldFrame+prefix)
	}
	return title, help, opts
}

// optionLines is the number of lines the labels of opts take.
func optionLines(opts []huh.Option[string]) int {
	n := 0
	for _, o := range opts {
		n += lipgloss.Height(o.Key)
	}
	return n
}

// fieldFrame is the columns a focused field's border and padding take.
const fieldFrame = 2

// selectPrefix and multiPrefix are the columns before an option's label:
// the cursor ("> ") and, in a multi-select, the checkbox ("[ ] "; "✓ " in
// the coloured theme).
const (
	selectPrefix = 2
	multiPrefix  = 6
)

// prewrap wraps s at spaces to fit width less frame (and a margin), so that
// huh's own wrapping, which breaks after commas and dashes and then wraps
// again inside the field's frame, has nothing left to break and leaves no
// one-word lines. Width 0 leaves s as it is.
func prewrap(s string, width, frame int) string {
	if width <= 0 || s == "" {
		return s
	}
	return lipgloss.Wrap(s, max(width-frame-2, 20), "")
}

// pageHeading is the title and description of a page, with its position.
func pageHeading(p Page, loc i18n.Locale) (string, string) {
	if p.Kind == ProfilePage {
		return loc.T("survey.profile.title"), loc.T("survey.profile.desc") + " " + loc.T("survey.stop.hint")
	}
	title := loc.T("survey.page.title", loc.Pick(p.Dimension.Title), p.Number, p.Total)
	return title, loc.Pick(p.Dimension.Description)
}

// offeredOnly is q with only the options offered to the firm of f (an
// option's when rule: buyer-reach's "some of them" is no choice with two
// target markets); q itself when no option has a rule, or without a
// catalogue.
func offeredOnly(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File) *catalogue.Question {
	if cat == nil || !slices.ContainsFunc(q.Options, func(o *catalogue.Option) bool { return o.When != nil }) {
		return q
	}
	fx := assessment.NewFacts(cat, f)
	c := *q
	c.Options = nil
	for _, o := range q.Options {
		if fx.Offered(o) {
			c.Options = append(c.Options, o)
		}
	}
	return &c
}

// withCurrencyHelp is the turnover question with a word on converting
// to euro added to its help in loc, for a firm whose home country (the
// region's, or the one it named) has another currency: the bands are in
// euro, and a firm in Hampshire, Central Denmark or Pomorskie keeps its
// accounts in pounds, kroner or złoty. A firm of another region whose
// country is not known yet (it is asked on the same page) gets the word
// for any currency. No rate is given: the firm's accounts have theirs.
// Any other question, a firm of the euro, or one whose region is not
// known, is q itself.
func withCurrencyHelp(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File, home string, loc i18n.Locale) *catalogue.Question {
	if cat == nil || q.ID != assessment.ProfileTurnover {
		return q
	}
	var word string
	switch c := cat.Country(home); {
	case home == "":
		if _, ok := f.Answer(assessment.ProfileRegion); !ok {
			return q
		}
		word = loc.T("survey.turnover.currency.other")
	case c == nil || c.Currency == "" || c.Currency == "EUR":
		return q
	default:
		word = loc.T("survey.turnover.currency", c.Currency)
	}
	// One paragraph: the accessible prompt says the help on one line
	// (a line break in it would be shown escaped).
	cq := *q
	cq.Help = diag.NewText(map[string]string{loc.Code(): strings.TrimSpace(loc.Pick(q.Help) + " " + word)})
	return &cq
}

// optionsOf lists a question's options, then "Don't know" and "Not
// applicable" when the question allows them.
func optionsOf(q *catalogue.Question, loc i18n.Locale) []huh.Option[string] {
	if countryKind(q) {
		if opts := countryOptions(q, loc); opts != nil {
			return opts
		}
	}
	opts := make([]huh.Option[string], 0, len(q.Options)+2)
	for _, o := range q.Options {
		opts = append(opts, huh.NewOption(loc.Pick(o.Label), o.ID))
	}
	if q.DontKnow {
		opts = append(opts, huh.NewOption(loc.Say(assessment.OptionText(q, catalogue.DontKnow)), catalogue.DontKnow))
	}
	if q.NotApplicable {
		opts = append(opts, huh.NewOption(loc.Say(assessment.OptionText(q, catalogue.NotApplicable)), catalogue.NotApplicable))
	}
	return opts
}

// validPrevious keeps an earlier answer only if it still fits the question
// (the catalogue may have changed since): known options, one for a
// single-choice question, any number for a multiple-choice one.
func validPrevious(q *catalogue.Question, v answers.Value) answers.Value {
	if len(v.Options) == 0 {
		return answers.Value{}
	}
	for _, o := range v.Options {
		if !q.Accepts(o) && !(countryKind(q) && catalogue.CountryCode(o)) {
			return answers.Value{}
		}
	}
	if !multiKind(q) && len(v.Options) != 1 {
		return answers.Value{}
	}
	return v
}

// accessibleTitle is what a screen reader hears before the options: the
// position on the page (of up to total when later questions depend on the
// answers: upTo), the question, why it matters, and how to answer.
func accessibleTitle(q *catalogue.Question, prev answers.Value, n, total int, upTo bool, loc i18n.Locale) string {
	var b strings.Builder
	if upTo {
		b.WriteString(loc.T("survey.a11y.question.upto", n, total))
	} else {
		b.WriteString(loc.T("survey.a11y.question", n, total))
	}
	b.WriteString("\n")
	b.WriteString(loc.Pick(q.Text))
	if h := strings.TrimSpace(loc.Pick(q.Help)); h != "" {
		b.WriteString("\n")
		b.WriteString(loc.T("survey.a11y.help", h))
	}
	if countryKind(q) {
		// a11yCountries says how to answer.
	} else if q.Kind == catalogue.KindMulti {
		b.WriteString("\n")
		b.WriteString(loc.T("survey.a11y.multi"))
		if q.MaxChoices > 0 {
			b.WriteString(" " + loc.T("survey.multi.hint.max", q.MaxChoices))
		}
		if len(prev.Options) > 0 {
			b.WriteString("\n")
			b.WriteString(loc.T("survey.a11y.keep-multi"))
		}
	} else if len(prev.Options) == 1 {
		b.WriteString("\n")
		b.WriteString(loc.T("survey.a11y.keep", loc.Say(assessment.OptionText(q, prev.Options[0]))))
	}
	return b.String()
}

// multiValidator requires at least one option and keeps "Don't know", "Not
// applicable" and the options marked exclusive ("None of these yet") on
// their own. It lets everything pass while skip() is true (the field is
// untouched, or the input has ended).
func multiValidator(q *catalogue.Question, loc i18n.Locale, skip func() bool) func([]string) error {
	return func(chosen []string) error {
		if skip() {
			return nil
		}
		if len(chosen) == 0 {
			return fmt.Errorf("%s", loc.T("survey.multi.none"))
		}
		if len(chosen) > 1 {
			for _, c := range chosen {
				if q.Exclusive(c) {
					return fmt.Errorf("%s", loc.T("survey.multi.exclusive", loc.Say(assessment.OptionText(q, c))))
				}
			}
		}
		return nil
	}
}

// optionTexts splits opts into their labels and values.
func optionTexts(opts []huh.Option[string]) (labels, values []string) {
	for _, o := range opts {
		labels = append(labels, o.Key)
		values = append(values, o.Value)
	}
	return labels, values
}

// prevKey is the key that goes back a field in km (huh's default when nil).
func prevKey(km *huh.KeyMap) key.Binding {
	if km == nil {
		km = huh.NewDefaultKeyMap()
	}
	return km.MultiSelect.Prev
}

// toggleKey is the key that chooses in a multi-select of km (huh's
// default keys when km is nil).
func toggleKey(km *huh.KeyMap) key.Binding {
	if km == nil {
		km = huh.NewDefaultKeyMap()
	}
	return km.MultiSelect.Toggle
}
