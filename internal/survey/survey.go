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
	// Lang of every prompt ("en", "da").
	Locale i18n.Locale
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
	// Applies decides whether a question is asked given the answers so far;
	// nil uses the assessment engine's rules.
	Applies func(cat *catalogue.Catalogue, q *catalogue.Question, f *answers.File) bool

	runner pageRunner // tests drive forms at model level
}

// Run asks the questionnaire page by page, recording answers in f and saving
// after every page. When every applicable question has an answer it marks f
// complete, saves it and returns nil. It returns ErrInterrupted, after
// saving, when the user stops; the fields of the current page that the user
// had completed are kept (see settle).
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
	pages := Plan(opts.Catalogue)
	before := 0 // questions asked in the earlier parts of this page
	for i, p := range pages {
		if p.Part == 0 {
			before = 0
		}
		var asked []*catalogue.Question
		for _, q := range p.Questions {
			if !opts.Applies(opts.Catalogue, q, f) {
				// An answer to a question that no longer applies (an earlier
				// answer changed) would be read as part of this assessment.
				delete(f.Answers, q.ID)
				continue
			}
			if opts.Resume && answered(q, f) {
				continue
			}
			asked = append(asked, q)
		}
		pc := cfg
		// A part that later parts of its page follow: the count runs over
		// the whole page, and enter leads on, it does not end the page.
		pc.Before, pc.Later = before, mayFollow(pages, i, f, opts.Resume)
		before += len(asked)
		if pc.Later > 0 {
			pc.KeyMap = partKeyMap(opts.Locale)
		}
		// On resume the company and advisor are asked again only if the
		// page was left before anything on it was recorded; a name given
		// before Ctrl-C is kept, not asked again.
		first := p.Kind == ProfilePage && p.Part == 0 && (!opts.Resume || !anyAnswered(p.Questions, f))
		pc.Respondent = opts.Respondent && first && (!opts.Resume || f.Respondent.Company == "")
		pc.Advisor = opts.Respondent && opts.Notes && first && (!opts.Resume || f.Respondent.Advisor == "")
		lastPart := i+1 == len(pages) || pages[i+1].Kind != p.Kind || pages[i+1].Dimension != p.Dimension
		pc.Note = opts.Notes && lastPart && len(asked) > 0
		pc.NoteKey, pc.LegacyNoteKey = noteKey(opts.Catalogue, p)
		if len(asked) == 0 && !pc.Respondent && !pc.Advisor {
			continue
		}
		pf := BuildPageForm(p, asked, withDefaults(f, opts.Defaults), pc)
		err := runner.run(ctx, pf, func(key string) { pf.Values.Apply(key, f, opts.Now()) })
		if errors.Is(err, ErrInterrupted) {
			if recorded(f) {
				if serr := save(); serr != nil {
					return serr
				}
			}
			return ErrInterrupted
		}
		if err != nil {
			return err
		}
		if err := save(); err != nil {
			return err
		}
	}
	f.Complete = true
	f.Updated = opts.Now().UTC().Truncate(time.Second)
	return save()
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
	cfg = FormConfig{Locale: opts.Locale, Accessible: opts.Accessible, Width: opts.Width, KeyMap: KeyMap(opts.Locale)}
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
