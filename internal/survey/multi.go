package survey

import (
	"reflect"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"github.com/eis-project/eis/internal/i18n"
)

// multiField is huh's multi-select with two fixes for the questionnaire:
//
//   - huh validates a multi-select as soon as it is focused, so "choose at
//     least one option" would greet the user before they pressed a key; the
//     field counts as touched only after a key press, and its validator
//     lets an untouched field be.
//   - without an explicit height, huh sizes the options' viewport as the
//     options' height minus the title's and description's, so the last
//     options would be cut off; the field sets the height it needs for the
//     width it is given (BuildPageForm wraps long labels beforehand).
type multiField struct {
	*huh.MultiSelect[string]
	touched *bool
	// backing is set while the key that goes back (prev) is handled: going
	// back needs no valid answer, so the validator lets the field be.
	backing     *bool
	prev        key.Binding
	title, desc string
	optionLines int // lines the options' labels take
	optionCount int // how many options there are
	// maxLines, when above 0, is how many option lines are shown at a
	// time (a list of countries scrolls).
	maxLines int
	// limit, when above 0, is how many options may be chosen, and toggle
	// the key that chooses (see limitToggle).
	limit  int
	toggle key.Binding
	// bound is the field's value and opts its options, when known: a
	// field that takes one option (limit 1) then chooses another in its
	// place (see limitToggle).
	bound *[]string
	opts  []huh.Option[string]
	// loc says how many options are out of view (see moreLine); reserve
	// is set while the field's height leaves options out of view, so one
	// line of that height is kept for it.
	loc     i18n.Locale
	reserve bool
	// width is the width the field was last given (see fit).
	width int
}

// KeyBinds are huh's, less the key that chooses while a filter is being
// typed: huh takes x (and space) as letters of the filter then, so "x
// choose" on the help line emptied the list ("Germanyx"). Ending the
// filter (Enter) brings it back. huh's Toggle is the binding on x.
// While the filter is typed they also say that Esc clears it (the host
// makes it; see escapesFilter): huh enables its binding, the one on Esc
// alone, only once the typing has ended.
func (m *multiField) KeyBinds() []key.Binding {
	binds := m.MultiSelect.KeyBinds()
	if !m.GetFiltering() {
		return binds
	}
	for i, b := range binds {
		if slices.Equal(b.Keys(), []string{"esc"}) {
			binds[i].SetEnabled(true) // a copy: the key map is not changed
		}
	}
	return slices.DeleteFunc(binds, func(b key.Binding) bool { return slices.Contains(b.Keys(), "x") })
}

// Update marks the field touched on a key press, except the one that
// goes back, which no answer need stop.
func (m *multiField) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		if m.backing != nil && key.Matches(k, m.prev) {
			*m.backing = true
			defer func() { *m.backing = false }()
		} else {
			*m.touched = true
		}
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.limit > 0 && !m.GetFiltering() && key.Matches(k, m.toggle) {
		return m, m.limitToggle(msg)
	}
	_, cmd := m.MultiSelect.Update(msg)
	return m, cmd
}

// limitToggle chooses or unchooses the option under the cursor of a
// field with a limit. huh checks the limit against the option at the
// cursor's row of the whole list, not of the filtered list it shows
// (field_multiselect.go, v2.0.3): behind a filter, a chosen option could
// not be unchosen at the limit, and one more could be chosen past it
// (TestFilterAtLimit). Here the option under the cursor decides: one more
// is not chosen at the limit; a chosen one is unchosen, huh's check off.
func (m *multiField) limitToggle(msg tea.Msg) tea.Cmd {
	hovered, ok := hoveredOf(m.MultiSelect)
	if !ok {
		return nil
	}
	chosen, _ := m.GetValue().([]string)
	if !slices.Contains(chosen, hovered) {
		if len(chosen) >= m.limit && m.limit == 1 && m.bound != nil && len(m.opts) > 0 {
			// One to choose: the option under the cursor takes the
			// chosen one's place, as in a list of radio buttons — the
			// key did nothing until that one was unchosen first.
			*m.bound = []string{hovered}
			fresh := make([]huh.Option[string], len(m.opts))
			for i, o := range m.opts {
				fresh[i] = huh.NewOption(o.Key, o.Value) // huh marks the options it is given
			}
			// Options marks the bound value chosen and puts the cursor
			// on it, the option it is on.
			m.MultiSelect.Options(fresh...)
			return nil
		}
		if len(chosen) >= m.limit {
			return nil
		}
		_, cmd := m.MultiSelect.Update(msg)
		return cmd
	}
	m.MultiSelect.Limit(0)
	defer m.MultiSelect.Limit(m.limit)
	_, cmd := m.MultiSelect.Update(msg)
	return cmd
}

// WithWidth sets the width, and the height the title, description and
// every option (as wrapped by BuildPageForm) need at that width.
func (m *multiField) WithWidth(width int) huh.Field {
	m.MultiSelect.WithWidth(width)
	m.width = width
	m.fit()
	// The cursor starts on the first chosen option (see BuildPageForm), but
	// huh scrolled to it before the field had a height.
	m.showCursor()
	return m
}

// showCursor scrolls the options so that the cursor's is in view: one
// step up and back (when there is an up) makes huh scroll to it. huh's
// multi-select scrolls to the cursor when it moves, not when its height
// changes (updateViewportSize, v2.0.3). A key clears the field's error, so
// a field that shows one is left as it is: the error came with a key on
// the field, which scrolled it.
func (m *multiField) showCursor() {
	if m.MultiSelect.Error() != nil {
		return
	}
	if before, ok := hoveredOf(m.MultiSelect); ok {
		m.MultiSelect.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyUp}))
		if after, _ := hoveredOf(m.MultiSelect); after != before {
			m.MultiSelect.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyDown}))
		}
	}
}

// fit gives the field the height its title, description and options need
// at its width (every option, or maxLines of them), undoing a cut
// (WithHeight): the group cuts it again if the terminal is still too low.
func (m *multiField) fit() {
	width := m.width
	if width <= 0 {
		return // not sized yet: huh's own height
	}
	// The focused style has a border and a padding column; the title may get
	// an error marker (" *").
	inner := max(width-2, 10)
	lines := m.optionLines
	if m.maxLines > 0 {
		lines = min(lines, m.maxLines)
	}
	h := lipgloss.Height(lipgloss.Wrap(m.title+" *", inner, ",.-; ")) + lines
	if m.desc != "" {
		h += lipgloss.Height(lipgloss.Wrap(m.desc, inner, ",.-; "))
	}
	// A list that scrolls (countries) takes one line more, for moreLine.
	m.reserve = lines < m.optionLines
	m.MultiSelect.Height(h)
}

// WithHeight cuts the field to height lines (the group does, when the
// terminal is too low for it): huh then scrolls the options, and one line
// of the height is kept for moreLine, so the page is no taller than the
// terminal and its help line stays in view.
func (m *multiField) WithHeight(height int) huh.Field {
	m.reserve = true
	m.MultiSelect.WithHeight(max(height-1, 1))
	// Scrolled for the full height, the list could have its cursor in the
	// lines cut off (a page gone back to, a chosen country far down).
	m.showCursor()
	return m
}

// View is huh's, with a line below that says how many options are out of
// view above and below (huh's multi-select has no sign that the list
// goes on), while a line is kept for it.
func (m *multiField) View() string {
	v := m.MultiSelect.View()
	if !m.reserve {
		return v
	}
	return v + "\n" + m.moreLine()
}

// moreLine is "↑ 3 more  ↓ 15 more", or the parts of it that apply, or
// "" while every option is in view. huh keeps where the options' view is
// scrolled to, and which options the filter leaves, to itself
// (field_multiselect.go, v2.0.3); they are read by reflection, and a huh
// that keeps them otherwise gets no line (TestMoreLine fails then).
func (m *multiField) moreLine() string {
	above, below, ok := outOfView(m.MultiSelect)
	if !ok {
		return ""
	}
	text := moreText(m.loc, above, below)
	if text == "" {
		return ""
	}
	return lipgloss.NewStyle().Faint(true).Render("  " + text)
}

// moreText is "↑ 3 more   ↓ 15 more" in loc, each part in the plural
// form its number takes (Italian "↓ 1 altra", not "↓ altre 1"), or the
// part that applies, or "" when none does.
func moreText(loc i18n.Locale, above, below int) string {
	var parts []string
	if above > 0 {
		parts = append(parts, loc.N("survey.multi.above", above, above))
	}
	if below > 0 {
		parts = append(parts, loc.N("survey.multi.below", below, below))
	}
	return strings.Join(parts, "   ")
}

// outOfView counts the options (of those the filter leaves) wholly above
// and wholly below the part of the list field shows: field is a
// *huh.MultiSelect[string] or a *huh.Select[string], which keep the
// options' view and the filtered options alike (v2.0.3).
func outOfView(field any) (above, below int, ok bool) {
	v := reflect.ValueOf(field)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return 0, 0, false
	}
	s := v.Elem()
	vp := s.FieldByName("viewport")
	opts := s.FieldByName("filteredOptions")
	if vp.Kind() != reflect.Struct || opts.Kind() != reflect.Slice {
		return 0, 0, false
	}
	y, h := vp.FieldByName("yOffset"), vp.FieldByName("height")
	if y.Kind() != reflect.Int || h.Kind() != reflect.Int {
		return 0, 0, false
	}
	top, bottom := int(y.Int()), int(y.Int()+h.Int())
	line := 0
	for i := range opts.Len() {
		o := opts.Index(i)
		if o.Kind() != reflect.Struct {
			return 0, 0, false
		}
		k := o.FieldByName("Key")
		if k.Kind() != reflect.String {
			return 0, 0, false
		}
		n := lipgloss.Height(k.String())
		switch {
		case line+n <= top:
			above++
		case line >= bottom:
			below++
		}
		line += n
	}
	return above, below, true
}

// rewrap sets the field's texts, wrapped anew for another width (see
// PageForm.resize), keeping the choices and the cursor.
func (m *multiField) rewrap(title, desc string, opts []huh.Option[string]) {
	hovered, _ := m.Hovered()
	m.title, m.desc, m.optionLines, m.optionCount = title, desc, optionLines(opts), len(opts)
	if m.opts != nil {
		m.opts = opts
	}
	// Options marks the bound (chosen) values selected, and moves the
	// cursor to the first of them: move it back to where it was, with the
	// field's own keys (straight to huh, so the field is not touched).
	m.MultiSelect.Title(title).Description(desc).Options(opts...)
	at := 0
	for i, o := range opts {
		if o.Value == hovered {
			at = i
		}
	}
	for range opts {
		m.MultiSelect.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyUp}))
	}
	for range at {
		m.MultiSelect.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyDown}))
	}
}
