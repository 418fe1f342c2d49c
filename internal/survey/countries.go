package survey

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode"

	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// The country kinds (issue 8): a question of kind country takes one
// country, one of kind countries several (at most its max_choices), from
// the catalogue's countries: section, besides the question's own extra
// options (such as "not decided yet"). On a terminal they are a select
// and a multi-select of every country, "Name (CODE)" in the user's
// language sorted by name, with '/' to filter and a few lines shown at a
// time; in accessible mode the answer is typed: names or codes, separated
// by commas.

// countryLines is how many options a country field shows at a time.
const countryLines = 10

// countrySelectHeight is the height of a country select: its options'
// lines and four for its title and description.
const countrySelectHeight = countryLines + 4

// countryCats holds, for each country-kind question of a catalogue given to
// Run or BuildPageForm (FormConfig.Catalogue), that catalogue: optionsOf
// needs its countries and is called with the question only.
var countryCats sync.Map // *catalogue.Question → *catalogue.Catalogue

// countryOpts caches the options of a question in a language (sorting some
// 250 names for every page built would be wasted work).
var countryOpts sync.Map // countryOptsKey → []huh.Option[string]

type countryOptsKey struct {
	q    *catalogue.Question
	lang string
}

// useCountries records cat's country-kind questions for optionsOf.
func useCountries(cat *catalogue.Catalogue) {
	if cat == nil {
		return
	}
	for _, list := range [][]*catalogue.Question{cat.Profile, cat.Questions} {
		for _, q := range list {
			if countryKind(q) {
				countryCats.Store(q, cat)
			}
		}
	}
}

// countryKind reports whether q takes countries.
func countryKind(q *catalogue.Question) bool {
	return q.Kind == catalogue.KindCountry || q.Kind == catalogue.KindCountries
}

// multiKind reports whether q's answer is a list.
func multiKind(q *catalogue.Question) bool {
	return q.Kind == catalogue.KindMulti || q.Kind == catalogue.KindCountries
}

// countryOptions are q's extra options, then every country of its
// catalogue as "Name (CODE)" in loc, sorted by name; nil when q's
// catalogue is not known.
func countryOptions(q *catalogue.Question, loc i18n.Locale) []huh.Option[string] {
	v, ok := countryCats.Load(q)
	if !ok {
		return nil
	}
	cat := v.(*catalogue.Catalogue)
	key := countryOptsKey{q, loc.Code()}
	if o, ok := countryOpts.Load(key); ok {
		return slices.Clone(o.([]huh.Option[string]))
	}
	opts := make([]huh.Option[string], 0, len(q.Options)+len(cat.Countries))
	for _, o := range q.Options {
		opts = append(opts, huh.NewOption(loc.Pick(o.Label), o.ID))
	}
	type named struct{ name, label, code string }
	list := make([]named, 0, len(cat.Countries))
	for _, c := range cat.Countries {
		name := loc.Pick(c.Name)
		list = append(list, named{name, fmt.Sprintf("%s (%s)", name, c.Code), c.Code})
	}
	// The language's own alphabetical order (Danish Æ, Ø, Å after Z;
	// Polish Ł after L; Croatian Č, Ć after C), by the CLDR collation.
	col := collate.New(language.Make(loc.Code()), collate.IgnoreCase)
	slices.SortStableFunc(list, func(a, b named) int { return col.CompareString(a.name, b.name) })
	list = containersAfter(list, func(n named) (string, string) { return n.name, n.label })
	for _, n := range list {
		opts = append(opts, huh.NewOption(n.label, n.code))
	}
	countryOpts.Store(key, opts)
	return slices.Clone(opts)
}

// containersAfter moves each country whose label holds another country's
// whole name (case aside) to just after that country (after the last of
// them, should it hold several), in one pass: huh's filter keeps
// the options whose label holds the letters typed, in list order, and the
// cursor goes to the first (see TestFilterFindsFirst), so in alphabetical
// order the whole name typed took another country — "Netherlands" the
// Caribbean Netherlands, Danish "Kina" Burkina Faso, "Rusland"
// Hviderusland (Belarus), "India" the British Indian Ocean Territory.
// After it, a country's whole name typed finds that country first
// (TestWholeNameFindsIt); every other country keeps its place.
func containersAfter[T any](list []T, text func(T) (name, label string)) []T {
	n := len(list)
	names, labels := make([]string, n), make([]string, n)
	for i, x := range list {
		name, label := text(x)
		names[i], labels[i] = strings.ToLower(name), strings.ToLower(label)
	}
	// waits[y] counts the countries whose whole name y's label holds and
	// that are not listed yet; holders[x] are the countries whose label
	// holds x's name, in list order. Two names that hold each other are
	// one name, left alone, so no country waits for itself in a circle.
	waits, holders := make([]int, n), make([][]int, n)
	for x := range n {
		for y := range n {
			if x != y && names[x] != names[y] && strings.Contains(labels[y], names[x]) {
				waits[y]++
				holders[x] = append(holders[x], y)
			}
		}
	}
	out := make([]T, 0, n)
	done := make([]bool, n)
	at := 0 // the place in list being listed: a holder before it waited
	var put func(x int)
	put = func(x int) {
		done[x] = true
		out = append(out, list[x])
		for _, y := range holders[x] {
			if waits[y]--; waits[y] == 0 && y < at && !done[y] {
				put(y)
			}
		}
	}
	for at = range n {
		if waits[at] == 0 && !done[at] {
			put(at)
		}
	}
	for x := range n { // none is left; should one be, it still is listed
		if !done[x] {
			out = append(out, list[x])
		}
	}
	return out
}

// countryLabel is how an answer to a country question reads: the
// country's name in loc, or the extra option's label; "" if unknown.
func countryLabel(q *catalogue.Question, id string, loc i18n.Locale) string {
	if o := q.Option(id); o != nil {
		return loc.Pick(o.Label)
	}
	if v, ok := countryCats.Load(q); ok {
		if c := v.(*catalogue.Catalogue).Country(id); c != nil {
			return loc.Pick(c.Name)
		}
	}
	return ""
}

// homeCountry is the firm's own country as far as f says: its region's
// country, or the home-country answer.
func homeCountry(cat *catalogue.Catalogue, f *answers.File) string {
	if cat == nil {
		return ""
	}
	if v, ok := f.Answer("region"); ok && len(v.Options) == 1 {
		if r := cat.Region(v.Options[0]); r != nil && r.Country != "" {
			return r.Country
		}
	}
	if v, ok := f.Answer(assessment.ProfileHomeCountry); ok && len(v.Options) == 1 && cat.Country(v.Options[0]) != nil {
		return v.Options[0]
	}
	return ""
}

// countryValidator keeps the firm's own country out of the answer to a
// question of kind country other than assessment.ProfileHomeCountry — the country
// where a buyer waits is abroad, as the markets are (countriesValidator) —
// and refuses the list's headings.
func countryValidator(q *catalogue.Question, loc i18n.Locale, home string) func(string) error {
	heading := notHeading(loc)
	return func(chosen string) error {
		if err := heading(chosen); err != nil {
			return err
		}
		if home != "" && chosen == home && q.ID != assessment.ProfileHomeCountry {
			return errors.New(loc.T("survey.country.homeAbroad", countryLabel(q, home, loc)))
		}
		return nil
	}
}

// countriesValidator keeps the firm's own country out of its markets, the
// extra options and "don't know" on their own, and the number of countries
// within max_choices.
func countriesValidator(q *catalogue.Question, loc i18n.Locale, home string, skip func() bool, only []string) func([]string) error {
	multi := multiValidator(q, loc, skip)
	return func(chosen []string) error {
		if skip() {
			return nil
		}
		if home != "" && slices.Contains(chosen, home) {
			return errors.New(loc.T("survey.country.home", countryLabel(q, home, loc)))
		}
		for _, c := range chosen {
			if only != nil && q.Option(c) == nil && !slices.Contains(only, c) {
				return errors.New(loc.T("survey.country.notTarget", countryLabel(q, c, loc)))
			}
		}
		if q.MaxChoices == 1 && len(chosen) > 1 {
			return errors.New(loc.T("survey.country.one"))
		}
		if q.MaxChoices > 0 && len(chosen) > q.MaxChoices {
			return errors.New(loc.T("survey.country.tooMany", q.MaxChoices))
		}
		for _, c := range chosen {
			if q.Option(c) != nil && len(chosen) > 1 {
				return errors.New(loc.T("survey.multi.exclusive", loc.Pick(q.Option(c).Label)))
			}
		}
		return multi(chosen)
	}
}

// a11yCountries asks a country question in accessible mode: the answer is
// typed — country names or codes in any catalogue language, separated by
// commas, or the number of an extra option. Enter alone keeps an earlier
// answer.
type a11yCountries struct {
	huh.Field
	cat   *catalogue.Catalogue
	q     *catalogue.Question
	loc   i18n.Locale
	title string
	home  string
	// only, when not nil, are the only countries the answer may name
	// (see orderChoices).
	only []string
	// first are the countries offered first (see offerFirst), numbered
	// after the extra options, under a heading per group.
	first []marketGroup
	// value is the bound answer: *single for kind country, *multi for
	// kind countries.
	single *string
	multi  *[]string
	back   bool
	// answered says the question has an answer (an earlier one, or one
	// given here): a fresh one has none, whatever huh made of the bound
	// value (it moves an empty one to the first option).
	answered bool
}

// RunAccessible prints the title and the extra options, and reads
// countries until they are all known (with a did-you-mean for the others).
func (a *a11yCountries) RunAccessible(w io.Writer, r io.Reader) error {
	fmt.Fprintln(w, a.title)
	extras := a.extras()
	// Each group of countries offered first is headed by what it is
	// ("Your target markets:"), as on a terminal: a plain line, without the
	// terminal's rules, which a screen reader would spell out.
	heads := map[int]string{}
	at := len(a.q.Options)
	for _, g := range a.first {
		heads[at] = a.loc.T("survey.country.group." + g.from)
		at += len(g.codes)
	}
	for i, o := range extras {
		if h, ok := heads[i]; ok {
			fmt.Fprintln(w, a.loc.T("survey.country.heading", h))
		}
		fmt.Fprintf(w, "%d. %s\n", i+1, o.Key)
	}
	current := a.current()
	if len(current) > 0 {
		var names []string
		for _, c := range current {
			names = append(names, a.label(c))
		}
		fmt.Fprintln(w, a.loc.T("survey.a11y.text-current", strings.Join(names, ", ")))
	}
	prompt := a.loc.T("survey.a11y.countries")
	switch {
	case a.q.Kind == catalogue.KindCountry && len(extras) > 0:
		prompt = a.loc.T("survey.a11y.country-numbered")
	case a.q.Kind == catalogue.KindCountry:
		prompt = a.loc.T("survey.a11y.country")
	case a.q.MaxChoices > 0:
		// The question's text does not say how many; the prompt does.
		prompt = a.loc.N("survey.a11y.countries.max", a.q.MaxChoices, a.q.MaxChoices)
	}
	var got []string
	_, err := promptLine(w, r, a.loc, prompt+" ", "", a.back, func(s string) error {
		if strings.TrimSpace(s) == "" {
			if len(current) > 0 {
				got = current
				return nil
			}
			return errors.New(a.loc.T("survey.multi.none"))
		}
		var err error
		got, err = a.parse(s, extras)
		return err
	})
	if err != nil {
		return err
	}
	if len(got) == 0 {
		return nil // the end of input: the caller drops the answer
	}
	if a.single != nil {
		*a.single = got[0]
	} else {
		*a.multi = got
	}
	a.answered = true
	return nil
}

// label is how the answer id reads: its country's name, or the extra
// option's label.
func (a *a11yCountries) label(id string) string {
	if o := a.q.Option(id); o != nil {
		return a.loc.Pick(o.Label)
	}
	if c := a.cat.Country(id); c != nil {
		return a.loc.Pick(c.Name)
	}
	return id
}

// extras are the question's own options, then the countries offered
// first, numbered in the prompt.
func (a *a11yCountries) extras() []huh.Option[string] {
	var opts []huh.Option[string]
	for _, o := range a.q.Options {
		opts = append(opts, huh.NewOption(a.loc.Pick(o.Label), o.ID))
	}
	for _, g := range a.first {
		for _, c := range g.codes {
			opts = append(opts, huh.NewOption(fmt.Sprintf("%s (%s)", a.label(c), c), c))
		}
	}
	return opts
}

// current is the answer given so far.
func (a *a11yCountries) current() []string {
	if !a.answered {
		return nil
	}
	if a.single != nil {
		if *a.single == "" {
			return nil
		}
		return []string{*a.single}
	}
	return slices.Clone(*a.multi)
}

// parse reads the typed answer: the number of an extra option alone, or
// countries by name or code.
func (a *a11yCountries) parse(s string, extras []huh.Option[string]) ([]string, error) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' })
	var got []string
	// Every name that is not a country is said at once ("Germny, Frnce"),
	// each with what it may have meant, so one retry can fix them all.
	var unknown []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if n := atoiSmall(p); n > 0 && n <= len(extras) {
			got = append(got, extras[n-1].Value)
			continue
		}
		c := a.cat.FindCountry(p)
		if c == nil {
			if near := a.cat.NearCountries(p); len(near) > 0 {
				for i, code := range near {
					near[i] = fmt.Sprintf("%s (%s)", a.label(code), code)
				}
				unknown = append(unknown, a.loc.T("survey.country.unknownMean", p, a.loc.Or(near)))
			} else {
				unknown = append(unknown, a.loc.T("survey.country.unknown", p))
			}
			continue
		}
		if !slices.Contains(got, c.Code) {
			got = append(got, c.Code)
		}
	}
	if len(unknown) > 0 {
		return nil, errors.New(strings.Join(unknown, "\n"))
	}
	if a.q.Kind == catalogue.KindCountry && len(got) > 1 {
		return nil, errors.New(a.loc.T("survey.country.one"))
	}
	v := countriesValidator(a.q, a.loc, a.home, func() bool { return false }, a.only)
	if a.q.Kind == catalogue.KindCountry {
		one := countryValidator(a.q, a.loc, a.home)
		v = func(chosen []string) error {
			if len(chosen) == 0 {
				return nil
			}
			return one(chosen[0])
		}
	}
	if err := v(got); err != nil {
		return nil, err
	}
	return got, nil
}

// atoiSmall reads a small positive number, or returns 0.
func atoiSmall(s string) int {
	if len(s) == 0 || len(s) > 3 {
		return 0
	}
	n := 0
	for _, r := range s {
		if !unicode.IsDigit(r) || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// offerFirst names, for a country question, the country questions whose
// answers it offers first: the buyer waiting for an answer is nearly
// always in a market the firm aims at, or already sells to.
var offerFirst = map[string][]string{
	assessment.ProfileBuyerMarket: {assessment.ProfileTargetMarkets, assessment.ProfileCurrentMarkets},
	// The markets the buyer's order is for are some of the targets.
	assessment.ProfileBuyerOrderMarkets: {assessment.ProfileTargetMarkets},
}

// marketGroup is a group of countries a question offers first (see
// offerFirst): the countries, and the question whose answer named them.
type marketGroup struct {
	from  string
	codes []string
}

// has reports whether the group holds country code c.
func (g marketGroup) has(c string) bool { return slices.Contains(g.codes, c) }

// firstCountries are the countries q offers before the others, by the
// answers in f (see offerFirst), in groups — the target markets, then the
// current ones —, each country once, known to cat and not home.
func firstCountries(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File, home string) []marketGroup {
	var groups []marketGroup
	seen := map[string]bool{}
	for _, id := range offerFirst[q.ID] {
		v, _ := f.Answer(id)
		var g []string
		for _, c := range v.Options {
			if c != home && !seen[c] && cat.Country(c) != nil {
				seen[c] = true
				g = append(g, c)
			}
		}
		if len(g) > 0 {
			groups = append(groups, marketGroup{from: id, codes: g})
		}
	}
	return groups
}

// putFirst moves the options of the countries in first ahead of the other
// countries, group by group, each in the order of opts (the language's
// alphabetical one), behind q's own extra options: a reordered copy of
// the cached list, with no sorting, so building the page stays cheap.
// With loc given (headed), a heading in loc stands above each group and
// above the other countries (see headedSelect; only a select steps over
// them).
func putFirst(q *catalogue.Question, opts []huh.Option[string], first []marketGroup, headed *i18n.Locale) []huh.Option[string] {
	if len(first) == 0 {
		return opts
	}
	group := func(c string) int {
		for i, g := range first {
			if g.has(c) {
				return i
			}
		}
		return len(first)
	}
	out := make([]huh.Option[string], 0, len(opts)+len(first)+1)
	for _, o := range opts {
		if q.Option(o.Value) != nil {
			out = append(out, o)
		}
	}
	for i := 0; i <= len(first); i++ {
		if headed != nil {
			// The question that named the group says what it is; the
			// last heading is over every other country.
			title := headed.T("survey.country.group.other")
			if i < len(first) {
				title = headed.T("survey.country.group." + first[i].from)
			}
			out = append(out, huh.NewOption("── "+title+" ──", headingValue(i)))
		}
		for _, o := range opts {
			if q.Option(o.Value) == nil && group(o.Value) == i {
				out = append(out, o)
			}
		}
	}
	return out
}

// orderChoices narrows q, when it asks which of its target markets the
// waiting buyer's order is for, to what the firm can answer
// (assessment.Facts.OrderMarketChoices): a copy of q whose max_choices is
// how many may be named — one when the firm said the order is for one of
// them —, and the countries it may name, its target markets; after "for
// one of them only" every country was offered, five of them allowed
// (ux24). Any other question, or one nothing narrows, is q itself and nil.
// An earlier answer is kept as far as it fits.
func orderChoices(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File, prev answers.Value) (*catalogue.Question, []string, answers.Value) {
	if cat == nil || q.ID != assessment.ProfileBuyerOrderMarkets {
		return q, nil, prev
	}
	markets, most := assessment.NewFacts(cat, f).OrderMarketChoices()
	if len(markets) == 0 {
		return q, nil, prev
	}
	c := narrowed(cat, q, most)
	kept := slices.DeleteFunc(slices.Clone(prev.Options), func(o string) bool { return q.Option(o) == nil && !slices.Contains(markets, o) })
	if len(kept) > most {
		kept = nil
	}
	prev.Options = kept
	if len(kept) == 0 {
		prev = answers.Value{}
	}
	return c, markets, prev
}

// narrowings holds the copies of a question narrowed to fewer choices
// (see narrowed), one per question and number, so that a page built
// again finds the copy's countries in countryOpts, not sorted anew.
var narrowings sync.Map // narrowKey → *catalogue.Question

type narrowKey struct {
	q    *catalogue.Question
	most int
}

// narrowed is country question q of cat taking at most most countries.
func narrowed(cat *catalogue.Catalogue, q *catalogue.Question, most int) *catalogue.Question {
	k := narrowKey{q, most}
	if c, ok := narrowings.Load(k); ok {
		return c.(*catalogue.Question)
	}
	c := *q
	c.MaxChoices = most
	v, _ := narrowings.LoadOrStore(k, &c)
	countryCats.Store(v, cat)
	return v.(*catalogue.Question)
}

// onlyThese leaves in opts only q's own options and the countries in only;
// all of opts when only is nil.
func onlyThese(q *catalogue.Question, opts []huh.Option[string], only []string) []huh.Option[string] {
	if only == nil {
		return opts
	}
	return slices.DeleteFunc(slices.Clone(opts), func(o huh.Option[string]) bool {
		return q.Option(o.Value) == nil && !slices.Contains(only, o.Value)
	})
}

// abroadOnly leaves the firm's own country out of the options of a
// country question other than assessment.ProfileHomeCountry: its markets
// and the country where a buyer waits are abroad, and offering home only
// to refuse it (countriesValidator) wasted a turn. An earlier answer that
// holds it keeps it on offer — the region was changed after the markets
// were chosen —, so the user sees it and the validator says why to take
// it out. A hand-written answers file with it is refused when loaded.
func abroadOnly(q *catalogue.Question, opts []huh.Option[string], home string, prev answers.Value) []huh.Option[string] {
	if home == "" || q.ID == assessment.ProfileHomeCountry || slices.Contains(prev.Options, home) {
		return opts
	}
	return slices.DeleteFunc(opts, func(o huh.Option[string]) bool { return o.Value == home })
}

// countryField adds the field of the country question q to the page (see
// BuildPageForm, whose parts it follows): prev is the earlier answer, home
// the firm's own country, first the countries to offer first.
func (pf *PageForm) countryField(q *catalogue.Question, prev answers.Value, home string, first []marketGroup, only []string, cfg FormConfig, title, help string, opts []huh.Option[string]) {
	v, loc := pf.Values, cfg.Locale
	opts = onlyThese(q, abroadOnly(q, opts, home, prev), only)
	if cfg.Accessible {
		a := &a11yCountries{cat: cfg.Catalogue, q: q, loc: loc, title: title, home: home, only: only, back: true, answered: len(prev.Options) > 0}
		// Each group in the order of opts (the language's alphabetical
		// one), as on a terminal.
		for _, g := range first {
			sorted := marketGroup{from: g.from}
			for _, o := range opts {
				if q.Option(o.Value) == nil && g.has(o.Value) {
					sorted.codes = append(sorted.codes, o.Value)
				}
			}
			a.first = append(a.first, sorted)
		}
		opts = putFirst(q, opts, first, nil)
		if q.Kind == catalogue.KindCountry {
			chosen := ""
			if len(prev.Options) == 1 {
				chosen = prev.Options[0]
			}
			v.single[q.ID] = &chosen
			a.single = &chosen
			a.Field = themed(huh.NewSelect[string](), cfg.Theme).Key(q.ID).Title(title).Options(opts...).Value(&chosen)
		} else {
			chosen := slices.Clone(prev.Options)
			v.multi[q.ID] = &chosen
			a.multi = &chosen
			a.Field = themed(huh.NewMultiSelect[string](), cfg.Theme).Key(q.ID).Title(title).Options(opts...).Value(&chosen)
		}
		pf.Fields = append(pf.Fields, a)
		return
	}
	if q.Kind == catalogue.KindCountry {
		chosen := ""
		if len(prev.Options) == 1 {
			chosen = prev.Options[0]
		}
		v.single[q.ID] = &chosen
		opts = putFirst(q, opts, first, &loc)
		field := newHeadedSelect(themed(huh.NewSelect[string](), cfg.Theme).
			Key(q.ID).
			Title(title).
			Description(help).
			Options(opts...).
			Value(&chosen).
			Height(countrySelectHeight).
			Validate(countryValidator(q, loc, home)), opts)
		pf.onResize(func(w int) {
			title, help, _ := questionTexts(q, loc, w)
			field.Title(title).Description(help)
		})
		pf.Fields = append(pf.Fields, field)
		return
	}
	// No multi-select offers countries first today (see offerFirst); one
	// that did would get them first without headings, which only a
	// select steps over.
	opts = putFirst(q, opts, first, nil)
	chosen := slices.Clone(prev.Options)
	v.multi[q.ID] = &chosen
	touched, backing := false, false
	stopped := cfg.Stopped
	ms := themed(huh.NewMultiSelect[string](), cfg.Theme).
		Key(q.ID).
		Title(title).
		Description(help).
		// Value before Options: the cursor on the first chosen country
		// (see the multi choice in BuildPageForm).
		Value(&chosen).
		Options(opts...).
		Filterable(true).
		Validate(countriesValidator(q, loc, home, func() bool { return !touched || backing || stopped != nil && stopped() }, only))
	if q.MaxChoices > 0 {
		ms.Limit(q.MaxChoices)
	}
	field := &multiField{MultiSelect: ms, touched: &touched, backing: &backing, prev: prevKey(cfg.KeyMap), title: title, desc: help,
		optionLines: optionLines(opts), optionCount: len(opts), maxLines: countryLines, limit: q.MaxChoices, toggle: toggleKey(cfg.KeyMap), loc: loc,
		bound: &chosen, opts: opts}
	if cfg.Width > 0 {
		field.WithWidth(cfg.Width)
	}
	pf.onResize(func(w int) {
		title, help, opts := questionTexts(q, loc, w)
		field.rewrap(title, help, putFirst(q, onlyThese(q, abroadOnly(q, opts, home, prev), only), first, nil))
	})
	pf.Fields = append(pf.Fields, field)
}
