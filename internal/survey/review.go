package survey

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// KeyReview is the field key of the review's choice.
const KeyReview = "_review"

// reviewConfirm is the review's choice that confirms the answers.
const reviewConfirm = "confirm"

// Section is one page of the questionnaire as the review shows it: the
// profile, or a dimension with all its parts.
type Section struct {
	// First is the index (in Plan's pages) of the section's first part.
	First int
	// Title is the page's title ("Strategy · 1 of 10").
	Title string
	// Lines are "question → answer" (and the respondent's names and the
	// page's note), in the order asked.
	Lines []string
}

// Summary lists, page by page, every question that applies given f with
// its answer in loc ("don't know" marked as to be clarified, a question
// with no answer as such), for the review before the plan.
func Summary(cat *catalogue.Catalogue, f *answers.File, loc i18n.Locale, applies func(*catalogue.Catalogue, *catalogue.Question, *answers.File) bool) []Section {
	if applies == nil {
		applies = defaultApplies
	}
	pages := Plan(cat)
	var out []Section
	for i, p := range pages {
		if p.Part == 0 {
			title, _ := pageHeading(p, loc)
			out = append(out, Section{First: i, Title: title})
			if p.Kind == ProfilePage {
				s := &out[len(out)-1]
				if c := f.Respondent.Company; c != "" {
					s.Lines = append(s.Lines, loc.T("survey.review.line", loc.T("survey.company.title"), c))
				}
				if a := f.Respondent.Advisor; a != "" {
					s.Lines = append(s.Lines, loc.T("survey.review.line", loc.T("survey.advisor.title"), a))
				}
			}
		}
		s := &out[len(out)-1]
		for _, q := range p.Questions {
			if !applies(cat, q, f) {
				continue
			}
			s.Lines = append(s.Lines, loc.T("survey.review.line", loc.Pick(q.Text), answerText(q, f, loc)))
		}
		last := i+1 == len(pages) || pages[i+1].Part == 0
		if key, legacy := noteKey(cat, p); last {
			note, ok := f.Notes[key]
			if !ok && legacy != "" {
				note = f.Notes[legacy]
			}
			if note != "" {
				s.Lines = append(s.Lines, loc.T("survey.review.line", loc.T("survey.note.title"), note))
			}
		}
	}
	return out
}

// answerText is q's answer in f as the review says it.
func answerText(q *catalogue.Question, f *answers.File, loc i18n.Locale) string {
	v, ok := f.Answer(q.ID)
	v = validPrevious(q, v)
	if !ok || len(v.Options) == 0 {
		return loc.T("survey.review.unanswered")
	}
	var parts []string
	for _, id := range v.Options {
		parts = append(parts, optionLabel(q, id, loc))
	}
	text := strings.Join(parts, ", ")
	if v.Reserved() == catalogue.DontKnow {
		return loc.T("survey.review.dontknow", text)
	}
	return text
}

// optionLabel is the label of option id of q in loc.
func optionLabel(q *catalogue.Question, id string, loc i18n.Locale) string {
	if id == catalogue.DontKnow || id == catalogue.NotApplicable {
		return loc.Say(assessment.OptionText(q, id))
	}
	for _, o := range q.Options {
		if o.ID == id {
			return loc.Pick(o.Label)
		}
	}
	if countryKind(q) {
		if l := countryLabel(q, id, loc); l != "" {
			return l
		}
	}
	return id
}

// review shows the summary and returns the index of the first part of the
// page the user chose to revisit, or -1 when the user confirmed. errBack
// means the user went back (to the last page); ErrInterrupted that the user
// stopped.
func (n *navigator) review(ctx context.Context, runner pageRunner, cfg FormConfig, notices []string) (int, error) {
	sections := Summary(n.opts.Catalogue, n.f, n.opts.Locale, n.opts.Applies)
	cfg.Notice = notices
	cfg.CanGoBack = true
	pf := buildReview(sections, cfg)
	if err := runner.run(ctx, pf, func(string) {}); err != nil {
		return 0, err
	}
	choice, _ := pf.Values.Single(KeyReview)
	if choice == reviewConfirm {
		return -1, nil
	}
	i, err := strconv.Atoi(choice)
	if err != nil || i < 0 || i >= len(n.pages) {
		return 0, fmt.Errorf("review: no page %q", choice)
	}
	return i, nil
}

// buildReview builds the review as a page with one choice: confirm, or a
// page to revisit, each page's option listing its questions and answers.
// In accessible mode the summary is said first, as text, and the options
// are the page titles.
func buildReview(sections []Section, cfg FormConfig) *PageForm {
	loc := cfg.Locale
	choice := reviewConfirm
	v := &Values{keys: []string{KeyReview}, single: map[string]*string{KeyReview: &choice}, questions: map[string]*catalogue.Question{}, multi: map[string]*[]string{}, text: map[string]*string{}}
	pf := &PageForm{Values: v, width: cfg.Width, canBack: cfg.CanGoBack, loc: loc}
	pf.Title = loc.T("survey.review.title")
	desc := loc.T("survey.review.desc")
	if len(cfg.Notice) > 0 {
		desc = strings.Join(cfg.Notice, "\n") + "\n\n" + desc
	}
	pf.Description = desc
	if cfg.Accessible {
		pf.Description = desc + "\n\n" + summaryText(sections)
	}
	options := func(width int) []huh.Option[string] {
		opts := []huh.Option[string]{huh.NewOption(prewrap(loc.T("survey.review.confirm"), width, fieldFrame+selectPrefix), reviewConfirm)}
		for _, s := range sections {
			label := s.Title
			if !cfg.Accessible {
				label = sectionLabel(s, width)
			}
			opts = append(opts, huh.NewOption(label, strconv.Itoa(s.First)))
		}
		return opts
	}
	opts := options(cfg.Width)
	field := huh.NewSelect[string]().Key(KeyReview).Options(opts...).Value(&choice)
	var asked huh.Field = field
	if cfg.Accessible {
		labels, values := optionTexts(opts)
		asked = &a11yChoice{Field: field, loc: loc, title: loc.T("survey.review.choose"), labels: labels, values: values, value: &choice, back: true}
	} else {
		pf.Description = prewrap(desc, cfg.Width, 0)
		pf.onResize(func(w int) {
			pf.group.Description(prewrap(desc, w, 0))
			field.Options(options(w)...).Height(0)
		})
	}
	pf.Fields = []huh.Field{asked}
	fields := []huh.Field{asked}
	if !cfg.Accessible {
		fields = []huh.Field{&tracked{Field: asked, key: KeyReview, pf: pf, first: true}}
	}
	pf.group = huh.NewGroup(fields...).Title(pf.Title).Description(pf.Description)
	// A key map of its own: the pages' one is shared, and Enter here
	// chooses, it does not save a page.
	cfg.KeyMap = KeyMap(loc)
	cfg.KeyMap.Select.Submit.SetHelp(cfg.KeyMap.Select.Submit.Help().Key, loc.T("survey.key.select"))
	pf.Form = newForm(pf.group, cfg)
	return pf
}

// sectionLabel is a page's option in the review: its title, then each line
// indented, wrapped to width with a hanging indent.
func sectionLabel(s Section, width int) string {
	var b strings.Builder
	b.WriteString(prewrap(s.Title, width, fieldFrame+selectPrefix))
	for _, l := range s.Lines {
		b.WriteString("\n")
		b.WriteString(hang(l, width-fieldFrame-selectPrefix-2, "  ", "      "))
	}
	return b.String()
}

// summaryText is the summary as plain lines, for accessible mode.
func summaryText(sections []Section) string {
	var b strings.Builder
	for i, s := range sections {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.Title + "\n")
		for _, l := range s.Lines {
			b.WriteString("  " + l + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// hang wraps s at spaces to width columns, the first line after first and
// the others after rest (0 or less: not wrapped).
func hang(s string, width int, first, rest string) string {
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != '\u00a0' && r != '\u202f' })
	if width <= 0 || len(words) == 0 {
		return first + s
	}
	var lines []string
	line := first
	empty := true
	for _, w := range words {
		if !empty && lipgloss.Width(line)+1+lipgloss.Width(w) > width {
			lines = append(lines, line)
			line, empty = rest, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	return strings.Join(append(lines, line), "\n")
}
