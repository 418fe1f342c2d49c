package survey

import (
	"unicode"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// tracked wraps a field of a terminal page and records, in the same Update
// as the key press, that the user moved past it and with what value.
//
// Why: huh records a field's value (Form.Get) only when its nextFieldMsg
// comes back, and that message is the result of a command that Bubble Tea
// runs on another goroutine. Ctrl-C pressed right after Enter (a quick
// finger, a paste, tmux send-keys) can reach the form first: the form is then
// aborted and ignores the message, and huh has no record of the field the
// user did complete. The field's Update returns huh.NextField exactly when
// the key moved past it with a value that passed validation; seeing that
// command here needs no guess at key bindings.
type tracked struct {
	huh.Field
	key string
	pf  *PageForm
	// first is the page's first field: going back from it leaves the page
	// (when the page allows it; see WithPosition).
	first bool
	// typeFilter starts the filter with the first letter typed, as if '/'
	// came first: a list of some 250 countries is found by name.
	typeFilter bool
}

// WithPosition tells the field where it stands. The first field of a page
// that may go back is told it is not the form's first, so that huh lets
// Shift+Tab through and shows "shift+tab back" in the help.
func (t *tracked) WithPosition(p huh.FieldPosition) huh.Field {
	if t.first && t.pf.canBack && p.IsFirst() {
		p.FirstGroup = p.Group - 1
	}
	// Not kept: a wrapper's promoted WithPosition returns the field it
	// wraps, and every field here is a pointer.
	t.Field.WithPosition(p)
	return t
}

// selectOf is the select f is or wraps (a country question's headedSelect),
// or nil for any other field.
func selectOf(f huh.Field) *huh.Select[string] {
	switch x := f.(type) {
	case *huh.Select[string]:
		return x
	case *headedSelect:
		return x.Select
	}
	return nil
}

// WithHeight cuts the field to height lines (the group does, when the
// terminal is too low for it). A select keeps one of those lines for the
// line that says how many options are out of view (see View), so the page
// is no taller than the terminal and its help line stays in view.
func (t *tracked) WithHeight(height int) huh.Field {
	if selectOf(t.Field) != nil {
		height = max(height-1, 1)
	}
	t.Field.WithHeight(height)
	return t
}

// View is the field's, and for a select whose options do not all fit the
// height it has (cut to a low terminal, or a list of countries that
// scrolls) a line below that says how many are out of view above and
// below, as a multi-select has (multiField.moreLine): huh's select shows
// no sign that the list goes on. A select with every option in view has
// no such line, so a taller terminal gives the line back with the options.
func (t *tracked) View() string {
	v := t.Field.View()
	sel := selectOf(t.Field)
	if sel == nil {
		return v
	}
	above, below, ok := outOfView(sel)
	if !ok || above+below == 0 {
		return v
	}
	return v + "\n" + lipgloss.NewStyle().Faint(true).Render("  "+moreText(t.pf.loc, above, below))
}

// Update updates the field, records the move past it, and marks the page
// as leaving the field (see host) when a key moved on or back from it.
func (t *tracked) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	var hovered string
	var wasHovered bool
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "esc" {
		hovered, wasHovered = hoveredOf(t.Field)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch filterable, filtering := filterState(t.Field); {
		case filterable && !filtering && k.Text == "/":
			// '/' starts a new filter. huh would resume the one Enter left
			// in place, and the letters typed next would be added to it
			// ("italpol"), matching nothing (TestFilterAgain).
			t.Field.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyEscape}))
		case filtering && k.Code == tea.KeyEnter && k.Mod == 0:
			if _, any := hoveredOf(t.Field); !any {
				// A filter that matches nothing stays open: huh's Enter
				// would show the whole list with the cursor on its first
				// option, which the user never saw and an x would choose.
				return t, nil
			}
		}
	}
	var start tea.Cmd
	if k, ok := msg.(tea.KeyPressMsg); ok && t.typeFilter && startsFilter(t.Field, k) {
		// A filter left in place (Enter ends one, keeping what it
		// found) is cleared first (Esc), so the letters start afresh.
		t.Field.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyEscape}))
		_, start = t.Field.Update(tea.KeyPressMsg(tea.Key{Code: '/', Text: "/"}))
	}
	m, cmd := t.Field.Update(msg)
	if f, ok := m.(huh.Field); ok {
		t.Field = f
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && t.typeFilter && editsFilter(k) && leavesField(cmd) == 0 {
		if _, filtering := filterState(t.Field); filtering {
			if focus := toFirstFound(t.Field); focus != nil {
				cmd = tea.Batch(cmd, focus)
			}
		}
	}
	if start != nil {
		cmd = tea.Batch(start, cmd)
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "esc" && wasHovered {
		// Leaving a filter with Esc: huh keeps the cursor's row, not
		// its option, so the cursor would land on another option.
		keepHovered(t.Field, hovered)
	}
	if _, key := msg.(tea.KeyPressMsg); !key || cmd == nil {
		return t, cmd
	}
	if leavesField(cmd) != 0 {
		// A filter used to find the answer is cleared once the field is
		// left, so that coming back shows every option, the cursor on the
		// one chosen (Esc clears a filter that is no longer being typed).
		if h, ok := hoveredOf(t.Field); ok {
			t.Field.Update(tea.KeyPressMsg(tea.Key{Code: tea.KeyEscape}))
			keepHovered(t.Field, h)
		}
	}
	switch leavesField(cmd) {
	case 1:
		if t.pf.moved == nil {
			t.pf.moved = map[string]any{}
		}
		t.pf.moved[t.key] = t.Field.GetValue()
		t.pf.leaving = true
	case -1:
		t.pf.leaving = true
		if t.first && t.pf.canBack {
			// Back from the first field: the page ends, and the runner
			// shows the one before. huh's own move would only come back
			// here.
			t.pf.back = true
		}
	}
	return t, cmd
}

// KeyBinds are the field's keys for the help line, without Up and Down
// (the arrows need no saying), so that the help fits 60 columns with
// "/ filter" and "shift+tab back" in it.
func (t *tracked) KeyBinds() []key.Binding {
	var out []key.Binding
	for _, b := range t.Field.KeyBinds() {
		if k := b.Help().Key; k != "↑" && k != "↓" {
			out = append(out, b)
		}
	}
	return out
}

// hovered is a choice field: the option under its cursor.
type hovered interface {
	Hovered() (string, bool)
}

// hoveredOf is the option under f's cursor, if f is a choice field with
// one. (huh's multi-select panics when a filter has left no option: that
// counts as none.)
func hoveredOf(f huh.Field) (value string, ok bool) {
	h, is := f.(hovered)
	if !is {
		return "", false
	}
	defer func() {
		if recover() != nil {
			value, ok = "", false
		}
	}()
	return h.Hovered()
}

// keepHovered moves f's cursor back onto option want, by f's own keys
// (huh has no call to move it), if it moved away. A multi-select is moved
// directly, so that the move does not count as the user's touch.
func keepHovered(f huh.Field, want string) {
	var move func(tea.Msg)
	var count int
	switch x := f.(type) {
	case *multiField:
		move = func(m tea.Msg) { x.MultiSelect.Update(m) }
		count = x.optionCount
	case *huh.Select[string]:
		move = func(m tea.Msg) { x.Update(m) }
		count = 1000
	case *headedSelect:
		// Through the wrapper, which steps over the headings.
		move = func(m tea.Msg) { x.Update(m) }
		count = len(x.headed)
	default:
		return
	}
	for range count {
		if h, ok := hoveredOf(f); !ok || h == want {
			return
		}
		move(tea.KeyPressMsg(tea.Key{Code: tea.KeyDown}))
	}
}

// filterState reports whether f is a choice field with a filter, and
// whether that filter is being typed.
func filterState(f huh.Field) (filterable, filtering bool) {
	switch x := f.(type) {
	case *multiField:
		return true, x.GetFiltering()
	case *huh.Select[string]:
		return true, x.GetFiltering()
	case *headedSelect:
		return true, x.GetFiltering()
	}
	return false, false
}

// startsFilter reports whether k, typed on f, should start f's filter: a
// letter (other than x, which chooses in a multi-select) while f is not
// filtering yet.
func startsFilter(f huh.Field, k tea.KeyPressMsg) bool {
	r := []rune(k.Text)
	if len(r) != 1 || !unicode.IsLetter(r[0]) || k.Mod&(tea.ModCtrl|tea.ModAlt) != 0 {
		return false
	}
	switch x := f.(type) {
	case *multiField:
		return r[0] != 'x' && !x.GetFiltering()
	case *huh.Select[string]:
		return !x.GetFiltering()
	case *headedSelect:
		return !x.GetFiltering()
	}
	return false
}

// editsFilter reports whether k, typed while a filter is, changes its
// text: a character, or one taken back.
func editsFilter(k tea.KeyPressMsg) bool {
	return k.Text != "" || k.Code == tea.KeyBackspace || k.Code == tea.KeyDelete
}

// toFirstFound puts the cursor of f, whose filter is being typed, on the
// first option the filter found. huh keeps the cursor's row as the
// filter narrows (min(row, found-1)), so the letters found the first
// country only when the cursor stood at the top: after an earlier answer
// far down the list, "fra" took the last country found. huh moves the
// cursor to the top only when no filter is typed: the filter is set aside
// a moment (Esc keeps what it found and its text), the cursor goes home,
// and '/' takes the filter up again as it was. It returns the command of
// that '/' (the filter's cursor). A filter that found nothing is left
// alone: huh's Esc would clear it.
func toFirstFound(f huh.Field) tea.Cmd {
	if _, any := hoveredOf(f); !any {
		return nil
	}
	var update func(tea.Msg) tea.Cmd
	switch x := f.(type) {
	case *multiField:
		// Straight to huh: moving the cursor is no choice of the user's.
		update = func(m tea.Msg) tea.Cmd { _, c := x.MultiSelect.Update(m); return c }
	case *headedSelect:
		update = func(m tea.Msg) tea.Cmd { _, c := x.Update(m); return c }
	case *huh.Select[string]:
		update = func(m tea.Msg) tea.Cmd { _, c := x.Update(m); return c }
	default:
		return nil
	}
	update(tea.KeyPressMsg(tea.Key{Code: tea.KeyEscape}))
	update(tea.KeyPressMsg(tea.Key{Code: tea.KeyHome}))
	return update(tea.KeyPressMsg(tea.Key{Code: '/', Text: "/"}))
}

// escapesFilter reports whether msg is Esc pressed while f's filter is
// being typed. huh (v2.0.3) takes two Escs to leave a filter: the first
// ends the typing and keeps what it found (SetFilter), with the filter's
// text glued to the question's title ("…grow?/Austr") and, on a country
// question, the next letter starting a filter anew; only the second shows
// every option again (ClearFilter). Both keys are Esc, enabled in turn
// (setFilter in field_select.go and field_multiselect.go), so no key map
// can make one press do both: the host hands such an Esc to the form
// twice. Enter still ends the typing of a multi-select's filter and keeps
// what it found, to choose among it with x.
func escapesFilter(f huh.Field, msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || k.Code != tea.KeyEscape || k.Mod != 0 {
		return false
	}
	if t, ok := f.(*tracked); ok {
		f = t.Field
	}
	x, ok := f.(interface{ GetFiltering() bool })
	return ok && x.GetFiltering()
}
