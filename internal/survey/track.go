package survey

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
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
}

// Update updates the field, records the move past it, and marks the page
// as leaving the field (see host) when a key moved on or back from it.
func (t *tracked) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	m, cmd := t.Field.Update(msg)
	if f, ok := m.(huh.Field); ok {
		t.Field = f
	}
	if _, key := msg.(tea.KeyPressMsg); !key || cmd == nil {
		return t, cmd
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
	}
	return t, cmd
}
