package survey

import (
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
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
	m.MultiSelect.Height(h)
	// The cursor starts on the first chosen option (see BuildPageForm), but
	// huh scrolled to it before the field had a height: one step up and
	// back (when there is an up), now that it has one, brings it into view.
	if before, ok := m.Hovered(); ok {
		m.MultiSelect.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyUp}))
		if after, _ := m.Hovered(); after != before {
			m.MultiSelect.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyDown}))
		}
	}
	return m
}

// rewrap sets the field's texts, wrapped anew for another width (see
// PageForm.resize), keeping the choices and the cursor.
func (m *multiField) rewrap(title, desc string, opts []huh.Option[string]) {
	hovered, _ := m.Hovered()
	m.title, m.desc, m.optionLines, m.optionCount = title, desc, optionLines(opts), len(opts)
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
