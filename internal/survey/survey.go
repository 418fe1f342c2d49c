// Package survey owns the interactive questionnaire of `eis assess`: it lays
// the catalogue out as pages (the profile, then one page per dimension),
// builds each page as a huh form bound to an answers file, and runs the pages
// one at a time — full-screen on a terminal, or in an accessible mode for
// screen readers and scripted input — saving after every page. It is the only
// package that imports huh.
package survey

import (
	"context"
	"errors"
	"io"
	"time"

	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// ErrInterrupted means the user stopped the questionnaire (Ctrl-C, a signal,
// or the end of input in accessible mode). What was answered has been saved.
var ErrInterrupted = errors.New("questionnaire interrupted")

// Options configure a run of the questionnaire.
type Options struct {
	// Catalogue the questions come from.
	Catalogue *catalogue.Catalogue
	// Locale of every prompt ("en", "da").
	Locale i18n.Locale
	// OfferLanguage offers, once the answers name the firm's region (or,
	// outside the regions, its home country) and eis speaks its language
	// but the questionnaire is in another, to go on in that language
	// (RegionLanguage; Alentejo → Portuguese): Enter takes it, one key
	// keeps the current one. For a run whose language nobody chose (no
	// --lang, EIS_LANG, config or answers file). Taken, the rest of the
	// questionnaire is in it, the answers file records it as the plan's
	// language, and LanguageChanged is told.
	OfferLanguage bool
	// LanguageChanged is called with the new Locale when the user takes
	// the offered language; nil for nobody.
	LanguageChanged func(i18n.Locale)
	// Accessible runs the accessible mode: plain numbered prompts, one line
	// of input each; input may be a pipe.
	Accessible bool
	// In and Out are the terminal (or, in accessible mode, any reader and
	// writer). Out carries the UI only: it should be stderr.
	In  io.Reader
	Out io.Writer
	// Width is the widest the form is drawn, in columns (terminal mode); a
	// narrower terminal gets a narrower form, re-wrapped as it is resized.
	// 0: as wide as the terminal.
	Width int
	// Color allows a coloured theme (terminal mode).
	Color bool
	// Resume asks only the applicable questions that have no answer yet
	// (so a page left with Ctrl-C shows only its remaining questions);
	// otherwise every applicable question is asked, earlier answers
	// pre-selected.
	Resume bool
	// Defaults are earlier answers (eis assess --answers) shown pre-selected
	// but recorded only once the user confirms them, page by page: a run
	// stopped halfway saves only what was confirmed, so that --resume asks
	// the rest instead of taking the defaults for answers. nil for none.
	Defaults *answers.File
	// Respondent asks for the company name on the first page.
	Respondent bool
	// Notes asks for the advisor's name and a short note on every page.
	Notes bool
	// Now is the clock for the answers' timestamps.
	Now func() time.Time
	// Save writes the answers file; it is called after every page, and
	// before returning ErrInterrupted unless nothing at all has been
	// recorded (no answer, respondent or note: Ctrl-C on the very first
	// field leaves no empty file behind).
	Save func(*answers.File) error
	// Session shows the terminal pages (not used in accessible mode). Share
	// one between AskExisting and Run so that a single Bubble Tea program
	// reads every key (see Session); the caller closes it. nil: each call
	// runs, and closes, a session of its own.
	Session *Session
	// Notices are said at the top of the first screen, as the notices of
	// dropped answers are: in terminal mode what was printed before the
	// form (an interrupted save recovered) is drawn over at once, so the
	// user would learn it only after the questionnaire. nil for none.
	Notices []string
	// Review shows, after the last page, a summary of every page where the
	// user picks a page to revisit or confirms (see review).
	Review bool
	// StartAtReview opens the review at once (eis assess --review FILE);
	// questions that apply but have no answer are asked first.
	StartAtReview bool
	// Applies decides whether a question is asked given the answers so far;
	// nil uses the assessment engine's rules.
	Applies func(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File) bool

	runner pageRunner // tests drive forms at model level
}

// Run asks the questionnaire page by page, recording answers in f and saving
// after every page. When every applicable question has an answer (and, with
// Review, the user has confirmed the summary) it marks f complete, saves it
// and returns nil. It returns ErrInterrupted, after saving, when the user
// stops; the fields of the current page that the user had completed are
// kept (see settle).
//
// The user may go back: Shift+Tab on the first field of a page (or the back
// word in accessible mode) shows the page before, whole, with its answers
// pre-selected and the last field focused; going forward again shows the
// pages up to where the user was whole too. An answer that no longer
// applies once an earlier answer has changed is removed when its page is
// reached, and the next screen says so (see Notice).
func Run(ctx context.Context, opts Options, f *answers.File) error {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Applies == nil {
		opts.Applies = applies
	}
	if f.Answers == nil {
		f.Answers = map[string]answers.Value{}
	}
	runner, cfg, done := opts.setup()
	defer done()
	save := func() error {
		if opts.Save == nil {
			return nil
		}
		return opts.Save(f)
	}
	interrupted := func() error {
		if recorded(f) {
			if serr := save(); serr != nil {
				return serr
			}
		}
		return ErrInterrupted
	}
	n := &navigator{opts: &opts, pages: Plan(opts.Catalogue), f: f}
	// Pages up to fullUntil (after going back, or revisiting a page from
	// the review) are shown whole; beyond it, whole unless resuming.
	baseFull, fullUntil := !opts.Resume, -1
	// focus is the field to focus on the page entered ("" the first): the
	// last one when going back.
	focus := ""
	notices := append([]string(nil), opts.Notices...)
	// shown counts the questions asked on each part when it was last
	// completed, for the count of questions on a page ("3 of 5").
	shown := map[int]int{}
	i := 0
	if opts.StartAtReview {
		i = len(n.pages)
	}
	for {
		if i >= len(n.pages) {
			notices = append(notices, n.pruneAll()...)
			if j := n.firstMissing(); j >= 0 {
				// Something applies that has no answer (a file opened for
				// review, or a question a changed answer brought in).
				baseFull, fullUntil, focus, i = false, -1, "", j
				continue
			}
			if !opts.Review {
				break
			}
			choice, err := n.review(ctx, runner, cfg, notices)
			notices = nil
			switch {
			case errors.Is(err, errBack):
				i, focus = n.back(len(n.pages))
				fullUntil = len(n.pages) - 1
				continue
			case errors.Is(err, ErrInterrupted):
				return interrupted()
			case err != nil:
				return err
			}
			if choice < 0 {
				break
			}
			// Revisit the chosen page; then on to the end, asking only what
			// has no answer, and back to the review.
			baseFull, fullUntil, focus, i = false, n.lastPart(choice), "", choice
			continue
		}
		p := n.pages[i]
		full := baseFull || i <= fullUntil
		asked, dropped := n.askable(i, full)
		notices = append(notices, dropped...)
		pc := cfg
		before := n.before(i, full, shown)
		// A part that later parts of its page follow: the count runs over
		// the whole page, and enter leads on, it does not end the page.
		pc.Before, pc.Later = before, mayFollow(n.pages, i, f, !full)
		if pc.Later > 0 {
			pc.KeyMap = partKeyMap(opts.Locale)
		}
		pc.Respondent, pc.Advisor = n.respondent(i, full)
		lastPart := i+1 == len(n.pages) || n.pages[i+1].Kind != p.Kind || n.pages[i+1].Dimension != p.Dimension
		pc.Note = opts.Notes && lastPart && len(asked) > 0
		pc.NoteKey, pc.LegacyNoteKey = noteKey(opts.Catalogue, p)
		if len(asked) == 0 && !pc.Respondent && !pc.Advisor {
			i++
			continue
		}
		if !full && len(asked) > 0 && len(asked) < len(n.applicable(i)) {
			// Some answered questions were left out: going back shows
			// this page whole first, focused before the first one asked.
			pc.BackTo = n.keyBefore(i, asked[0])
		}
		pc.CanGoBack = pc.BackTo != "" || n.hasBefore(i)
		pc.Focus, focus = focus, ""
		pc.Notice, notices = notices, nil
		pf := BuildPageForm(p, asked, withDefaults(f, opts.Defaults), pc)
		err := runner.run(ctx, pf, func(key string) { pf.Values.Apply(key, f, opts.Now()) })
		switch {
		case errors.Is(err, errBack):
			if recorded(f) {
				if err := save(); err != nil {
					return err
				}
			}
			fullUntil = max(fullUntil, i)
			if pc.BackTo != "" {
				focus = pc.BackTo
				continue
			}
			i, focus = n.back(i)
			continue
		case errors.Is(err, ErrInterrupted):
			return interrupted()
		case err != nil:
			return err
		}
		if err := save(); err != nil {
			return err
		}
		shown[i] = len(asked)
		if loc, err := n.offerLanguage(ctx, runner, cfg); err != nil {
			if errors.Is(err, ErrInterrupted) {
				return interrupted()
			}
			return err
		} else if loc != opts.Locale {
			runner, cfg = opts.switchLocale(runner, cfg, loc, f)
			if err := save(); err != nil {
				return err
			}
		}
		i++
	}
	f.Complete = true
	f.Updated = opts.Now().UTC().Truncate(time.Second)
	if opts.Review {
		// The user has seen every answer in the review and confirmed it:
		// the answers are now given against this catalogue. A file kept
		// the catalogue it was started against, so eis plan went on
		// saying "the catalogue changed …; review those answers" after
		// the review that did it.
		f.Catalogue = answers.Ref(opts.Catalogue)
	}
	return save()
}

// switchLocale makes loc the language of the rest of the run: the
// prompts, the key help, the answers file's language (the plan's).
func (opts *Options) switchLocale(r pageRunner, cfg FormConfig, loc i18n.Locale, f *answers.File) (pageRunner, FormConfig) {
	opts.Locale = loc
	cfg.Locale, cfg.KeyMap = loc, KeyMap(loc)
	f.Language = loc.Code()
	if opts.LanguageChanged != nil {
		opts.LanguageChanged(loc)
	}
	return withLocale(r, loc), cfg
}

// errBack is what a page runner returns when the user went back from the
// first field of a page (Shift+Tab, or the back word in accessible mode),
// after committing the fields the user had completed.
var errBack = errors.New("back to the previous page")

// navigator answers Run's questions about the pages and the answers so far.
type navigator struct {
	opts  *Options
	pages []Page
	f     *answers.File
	// offered are the languages offered so far (see offerLanguage).
	offered map[string]bool
}

// applicable lists the questions of page i that apply given the answers.
func (n *navigator) applicable(i int) []*catalogue.Question {
	var qs []*catalogue.Question
	for _, q := range n.pages[i].Questions {
		if n.opts.Applies(n.opts.Catalogue, q, n.f) {
			qs = append(qs, q)
		}
	}
	return qs
}

// askable lists the questions of page i to ask — every applicable one when
// full, else those without an answer — after removing the answers of its
// questions that no longer apply (an earlier answer changed), which it
// returns as notices for the user.
func (n *navigator) askable(i int, full bool) (asked []*catalogue.Question, dropped []string) {
	for _, q := range n.pages[i].Questions {
		if !n.opts.Applies(n.opts.Catalogue, q, n.f) {
			// An answer to a question that no longer applies would be
			// read as part of this assessment.
			if _, ok := n.f.Answers[q.ID]; ok {
				delete(n.f.Answers, q.ID)
				dropped = append(dropped, n.opts.Locale.T("survey.dropped", n.opts.Locale.Pick(q.Text)))
			}
			continue
		}
		if !full && answered(q, n.f) {
			continue
		}
		asked = append(asked, q)
	}
	return asked, dropped
}

// pruneAll removes, page by page, the answers that no longer apply, and
// returns the notices saying so.
func (n *navigator) pruneAll() []string {
	var notices []string
	for i := range n.pages {
		_, d := n.askable(i, true)
		notices = append(notices, d...)
	}
	return notices
}

// firstMissing is the first page with an applicable question that has no
// answer, or -1.
func (n *navigator) firstMissing() int {
	for i := range n.pages {
		for _, q := range n.applicable(i) {
			if !answered(q, n.f) {
				return i
			}
		}
	}
	return -1
}

// shows reports whether page i has something to show when entered whole:
// an applicable question, or the respondent's name.
func (n *navigator) shows(i int) bool {
	if r, a := n.respondent(i, true); r || a {
		return true
	}
	return len(n.applicable(i)) > 0
}

// hasBefore reports whether a page before i has something to show.
func (n *navigator) hasBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if n.shows(j) {
			return true
		}
	}
	return false
}

// back is where going back from page i leads: the nearest page before it
// with something to show, focused on its last field.
func (n *navigator) back(i int) (int, string) {
	for j := i - 1; j >= 0; j-- {
		if n.shows(j) {
			return j, focusLast
		}
	}
	return 0, ""
}

// focusLast asks for a page's last field to be focused.
const focusLast = "\x00last"

// lastPart is the index of the last part of the page that starts at i.
func (n *navigator) lastPart(i int) int {
	j := i
	for j+1 < len(n.pages) && n.pages[j+1].Part > 0 && n.pages[j+1].Kind == n.pages[i].Kind && n.pages[j+1].Dimension == n.pages[i].Dimension {
		j++
	}
	return j
}

// before counts the questions asked in the earlier parts of page i's page:
// as many as were asked when each was completed (shown), else those that
// would be (whole, or those without an answer).
func (n *navigator) before(i int, full bool, shown map[int]int) int {
	count := 0
	for j := i - 1; j >= 0 && n.pages[j+1].Part > 0; j-- {
		if k, ok := shown[j]; ok {
			count += k
			continue
		}
		for _, q := range n.applicable(j) {
			if full || !answered(q, n.f) {
				count++
			}
		}
	}
	return count
}

// respondent says whether page i asks for the company's and the advisor's
// name: the first part of the profile does, whole; when resuming, only if
// nothing on it was recorded yet and the name is not known (a name given
// before Ctrl-C is kept, not asked again).
func (n *navigator) respondent(i int, full bool) (company, advisor bool) {
	p := n.pages[i]
	if !n.opts.Respondent || p.Kind != ProfilePage || p.Part != 0 {
		return false, false
	}
	if full {
		return true, n.opts.Notes
	}
	if anyAnswered(p.Questions, n.f) {
		return false, false
	}
	return n.f.Respondent.Company == "", n.opts.Notes && n.f.Respondent.Advisor == ""
}

// keyBefore is the key of the field shown, when page i is shown whole,
// just before q: the answered question before it, or the respondent's name.
func (n *navigator) keyBefore(i int, q *catalogue.Question) string {
	prev := ""
	if c, a := n.respondent(i, true); a {
		prev = KeyAdvisor
	} else if c {
		prev = KeyCompany
	}
	for _, x := range n.applicable(i) {
		if x == q {
			break
		}
		prev = x.ID
	}
	return prev
}

// mayFollow counts the questions of the parts after pages[i] of the same
// page that may still be asked: whether they are depends on the answers
// to come, so each counts unless resuming skips it as answered.
func mayFollow(pages []Page, i int, f *answers.File, resume bool) int {
	n := 0
	for _, p := range pages[i+1:] {
		if p.Part == 0 || p.Kind != pages[i].Kind || p.Dimension != pages[i].Dimension {
			break
		}
		for _, q := range p.Questions {
			if !resume || !answered(q, f) {
				n++
			}
		}
	}
	return n
}

// setup picks the runner and the form settings for opts; done closes what
// setup opened (a session of its own).
func (opts *Options) setup() (runner pageRunner, cfg FormConfig, done func()) {
	cfg = FormConfig{Locale: opts.Locale, Accessible: opts.Accessible, Width: opts.Width, KeyMap: KeyMap(opts.Locale), Catalogue: opts.Catalogue}
	useCountries(opts.Catalogue)
	done = func() {}
	if opts.Color && !opts.Accessible {
		cfg.Theme = charmTheme
	} else {
		cfg.Theme = baseTheme
	}
	if opts.runner != nil {
		return opts.runner, cfg, done
	}
	if opts.Accessible {
		lr, ok := opts.In.(*LineReader)
		if !ok {
			lr = NewLineReader(opts.In)
			opts.In = lr
		}
		cfg.Stopped = lr.Ended
		return accessibleRunner{in: lr, out: opts.Out, loc: opts.Locale}, cfg, done
	}
	s := opts.Session
	if s == nil {
		s = NewSession(opts.In, opts.Out)
		done = func() { _ = s.Close() }
	}
	return sessionRunner{s: s, width: opts.Width, loc: opts.Locale}, cfg, done
}

// noteKey is where a page's note is kept: "general" for the profile, and
// the dimension's ID for every part of a dimension page (the plan titles a
// note by its key). legacy is where earlier versions kept a dimension
// page's note, the ID of the dimension's first question ("" for the
// profile): such a note is shown on the page and moved to the dimension's
// key once the page is saved.
func noteKey(cat *catalogue.Catalogue, p Page) (key, legacy string) {
	if p.Kind == ProfilePage {
		return "general", ""
	}
	if qs := cat.QuestionsIn(p.Dimension.ID); len(qs) > 0 {
		legacy = qs[0].ID
	}
	return p.Dimension.ID, legacy
}

// withDefaults is what a page pre-selects: f, over the defaults d (nil for
// none). Only f is ever recorded into.
func withDefaults(f, d *answers.File) *answers.File {
	if d == nil {
		return f
	}
	v := *f
	v.Answers = map[string]answers.Value{}
	for id, a := range d.Answers {
		v.Answers[id] = a
	}
	for id, a := range f.Answers {
		v.Answers[id] = a
	}
	v.Notes = map[string]string{}
	for k, n := range d.Notes {
		v.Notes[k] = n
	}
	for k, n := range f.Notes {
		v.Notes[k] = n
	}
	if v.Respondent.Company == "" {
		v.Respondent.Company = d.Respondent.Company
	}
	if v.Respondent.Advisor == "" {
		v.Respondent.Advisor = d.Respondent.Advisor
	}
	return &v
}

// recorded reports whether f holds anything the user gave: an answer, a
// company or advisor name, or a note.
func recorded(f *answers.File) bool {
	return len(f.Answers) > 0 || f.Respondent != (answers.Respondent{}) || len(f.Notes) > 0
}

// answered reports whether q has an answer that still fits it.
func answered(q *catalogue.Question, f *answers.File) bool {
	v, ok := f.Answer(q.ID)
	return ok && len(validPrevious(q, v).Options) > 0
}

func anyAnswered(qs []*catalogue.Question, f *answers.File) bool {
	for _, q := range qs {
		if answered(q, f) {
			return true
		}
	}
	return false
}

// Existing is what to do with an answers file that is already there.
type Existing int

// Choices for an existing answers file.
const (
	ExistingResume Existing = iota
	ExistingRestart
	ExistingCancel
)

// AskExisting asks whether to resume the answers file at path, start over
// (replacing it) or cancel. It returns ErrInterrupted if the user stops.
func AskExisting(ctx context.Context, opts Options, path string) (Existing, error) {
	runner, cfg, done := opts.setup()
	defer done()
	loc := opts.Locale
	choice := "resume"
	title := loc.T("survey.existing.title", path)
	options := []huh.Option[string]{
		huh.NewOption(loc.T("survey.existing.resume"), "resume"),
		huh.NewOption(loc.T("survey.existing.restart"), "restart"),
		huh.NewOption(loc.T("survey.existing.cancel"), "cancel"),
	}
	theme := cached(cfg.Theme)
	var asked huh.Field = themed(huh.NewSelect[string](), theme).
		Title(title).
		Description(loc.T("survey.existing.desc")).
		Options(options...).
		Value(&choice)
	if cfg.Accessible {
		labels, values := optionTexts(options)
		asked = &a11yChoice{Field: asked, loc: loc, title: title, labels: labels, values: values, value: &choice, keep: true}
	}
	km := KeyMap(loc)
	km.Select.Submit.SetHelp(km.Select.Submit.Help().Key, loc.T("survey.key.select"))
	form := huh.NewForm(huh.NewGroup(asked)).WithTheme(theme).WithKeyMap(km)
	if cfg.Width > 0 {
		form.WithWidth(cfg.Width)
	}
	pf := &PageForm{Form: form, Fields: []huh.Field{asked}, Values: &Values{keys: []string{"_existing"}}}
	if err := runner.run(ctx, pf, func(string) {}); err != nil {
		return ExistingCancel, err
	}
	switch choice {
	case "restart":
		return ExistingRestart, nil
	case "cancel":
		return ExistingCancel, nil
	}
	return ExistingResume, nil
}
