package survey

import (
	"context"
	"errors"
	"slices"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TargetLevels are the readiness targets offered for the areas chosen, in percent.
var TargetLevels = []int{50, 75, 100}

// AskTargets asks, once the questionnaire is done, whether the firm wants
// to set targets (optional: "no" is the default) and, if so, the stage it
// aims for, the areas it wants to strengthen and to what level; it sets
// f.Targets (an answer of no target anywhere clears them; "no" keeps the
// file's own). In accessible mode, input that has ended means no.
func AskTargets(ctx context.Context, opts Options, f *answers.File) error {
	runner, cfg, done := opts.setup()
	defer done()
	loc := opts.Locale
	if lr, ok := opts.In.(*LineReader); ok && opts.Accessible && lr.Ended() {
		return nil
	}
	theme := cached(cfg.Theme)
	km := targetsKeyMap(loc)
	// Both pages carry the page's title, as the questions' pages do: the
	// accessible runner says it, and the form's group shows it (it showed
	// only in accessible mode, and the form opened on a bare question).
	title := loc.T("survey.targets.title")
	form := func(fields ...huh.Field) *huh.Form {
		fm := huh.NewForm(huh.NewGroup(fields...).Title(title)).WithTheme(theme).WithKeyMap(km)
		if cfg.Width > 0 {
			fm.WithWidth(cfg.Width)
		}
		return fm
	}
	ended := func(err error) bool {
		lr, ok := opts.In.(*LineReader)
		return errors.Is(err, ErrInterrupted) && ok && opts.Accessible && lr.Ended()
	}

	want := "no"
	if !f.Targets.Empty() {
		want = "yes"
	}
	askOpts := []huh.Option[string]{huh.NewOption(loc.T("survey.targets.no"), "no"), huh.NewOption(loc.T("survey.targets.yes"), "yes")}
	var ask huh.Field = themed(huh.NewSelect[string](), theme).Title(loc.T("survey.targets.ask")).Description(loc.T("survey.targets.why")).Options(askOpts...).Value(&want)
	if !cfg.Accessible {
		ask = &unfiltered{Field: ask, filter: km.Select.Filter}
	}
	if cfg.Accessible {
		labels, values := optionTexts(askOpts)
		ask = &a11yChoice{Field: ask, loc: loc, title: loc.T("survey.targets.ask"), labels: labels, values: values, value: &want, keep: true}
	}
	pf := &PageForm{Form: form(ask), Title: title, Fields: []huh.Field{ask}, Values: &Values{keys: []string{"_targets"}}}
	if err := runner.run(ctx, pf, func(string) {}); err != nil {
		if ended(err) {
			return nil
		}
		return err
	}
	if want != "yes" {
		return nil
	}

	stage, level := "", strconv.Itoa(TargetLevels[1])
	var dims []string
	if t := f.Targets; t != nil {
		stage = t.Stage
		for _, d := range opts.Catalogue.Dimensions {
			if pct, ok := t.Readiness[d.ID]; ok {
				dims = append(dims, d.ID)
				level = strconv.Itoa(pct)
			}
		}
	}
	stageOpts := []huh.Option[string]{huh.NewOption(loc.T("survey.targets.stage.none"), "")}
	for _, s := range catalogue.Stages {
		stageOpts = append(stageOpts, huh.NewOption(loc.T("assessment.stage."+s), s))
	}
	var dimOpts []huh.Option[string]
	for _, d := range opts.Catalogue.Dimensions {
		dimOpts = append(dimOpts, huh.NewOption(loc.Pick(d.Title), d.ID))
	}
	var levelOpts []huh.Option[string]
	for _, l := range TargetLevels {
		levelOpts = append(levelOpts, huh.NewOption(loc.Percent(float64(l)/100), strconv.Itoa(l)))
	}
	if !containsOption(levelOpts, level) {
		levelOpts = append(levelOpts, huh.NewOption(loc.Percent(float64(atoi(level))/100), level))
	}
	noCheck := func([]string) error { return nil }
	var fields []huh.Field
	stageField := huh.Field(themed(huh.NewSelect[string](), theme).Title(loc.T("survey.targets.stage")).Options(stageOpts...).Value(&stage))
	dimSelect := themed(huh.NewMultiSelect[string](), theme).Title(loc.T("survey.targets.dimensions")).Description(loc.T("survey.targets.dimensions.help")).Options(dimOpts...).Value(&dims)
	dimField := huh.Field(dimSelect)
	if !cfg.Accessible {
		// As the questions' multi-selects: huh alone sized the options'
		// view as the options' lines less the title's and description's,
		// so the last two areas (Legal…, Logistics…) were never shown, and
		// a terminal too low for the page cuts the list with a line that
		// says how many are out of view.
		touched := false
		mf := &multiField{MultiSelect: dimSelect, touched: &touched, title: loc.T("survey.targets.dimensions"), desc: loc.T("survey.targets.dimensions.help"),
			optionLines: optionLines(dimOpts), optionCount: len(dimOpts), loc: loc}
		if cfg.Width > 0 {
			mf.WithWidth(cfg.Width)
		}
		dimField = mf
	}
	levelField := huh.Field(themed(huh.NewSelect[string](), theme).Title(loc.T("survey.targets.level")).Options(levelOpts...).Value(&level))
	if !cfg.Accessible {
		stageField = &unfiltered{Field: stageField, filter: km.Select.Filter}
		levelField = &unfiltered{Field: levelField, filter: km.Select.Filter}
	}
	if cfg.Accessible {
		l, v := optionTexts(stageOpts)
		stageField = &a11yChoice{Field: stageField, loc: loc, title: loc.T("survey.targets.stage"), labels: l, values: v, value: &stage, keep: true}
		l, v = optionTexts(dimOpts)
		dimField = &a11yMulti{Field: dimField, loc: loc, title: loc.T("survey.targets.dimensions"), labels: l, values: v, value: &dims, validate: noCheck}
		l, v = optionTexts(levelOpts)
		levelField = &a11yChoice{Field: levelField, loc: loc, title: loc.T("survey.targets.level"), labels: l, values: v, value: &level, keep: true}
	}
	fields = append(fields, stageField, dimField, levelField)
	pf = &PageForm{Form: form(fields...), Title: title, Fields: fields, Values: &Values{keys: []string{"_stage", "_dimensions", "_level"}}}
	if err := runner.run(ctx, pf, func(string) {}); err != nil {
		if ended(err) {
			return nil
		}
		return err
	}
	t := &answers.Targets{Stage: stage}
	if len(dims) > 0 {
		t.Readiness = map[string]int{}
		for _, d := range dims {
			t.Readiness[d] = atoi(level)
		}
	}
	if t.Empty() {
		t = nil
	}
	f.Targets = t
	return nil
}

// targetsKeyMap is KeyMap for the targets' pages. Enter there shows the
// plan or asks for the targets, and the targets are no page of answers:
// its help says "confirm", not "save page" (ux24, under "Set targets for
// next time?").
func targetsKeyMap(loc i18n.Locale) *huh.KeyMap {
	k := KeyMap(loc)
	confirm := loc.T("survey.key.confirm")
	for _, b := range []*key.Binding{&k.Select.Submit, &k.MultiSelect.Submit} {
		b.SetHelp(b.Help().Key, confirm)
	}
	return k
}

// unfiltered is a select of a few options, which need no filter: '/'
// does nothing, and the key help does not offer it (huh enables a
// select's filter key whenever no filter is being typed).
type unfiltered struct {
	huh.Field
	filter key.Binding
}

// KeyBinds are the select's, less the filter key.
func (u *unfiltered) KeyBinds() []key.Binding {
	return slices.DeleteFunc(u.Field.KeyBinds(), func(b key.Binding) bool { return slices.Equal(b.Keys(), u.filter.Keys()) })
}

// Update passes every key on but the filter key.
func (u *unfiltered) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, u.filter) {
		return u, nil
	}
	m, cmd := u.Field.Update(msg)
	if f, ok := m.(huh.Field); ok {
		u.Field = f
	}
	return u, cmd
}

func containsOption(opts []huh.Option[string], v string) bool {
	for _, o := range opts {
		if o.Value == v {
			return true
		}
	}
	return false
}

// atoi is s as a number, 0 when it is none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
