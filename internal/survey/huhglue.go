package survey

// The one place eis relies on huh beyond its public API (huh v2.0.3).
// Everything else goes through what huh exports: fields, KeyMap, themes,
// Form.Get, GetFocusedField, Field.RunAccessible. huhglue_test.go checks
// each behaviour relied on here against the real huh, so an upgrade that
// changes one fails that test, not the questionnaire.
//
// Why eis needs more: huh leaves a field by a command (huh.NextField,
// huh.PrevField) that Bubble Tea runs on another goroutine, and its message
// moves the focus later. Keys typed in between, and Ctrl-C, must not reach
// the field just completed (see host and tracked), so eis must know, in the
// Update that handles a key, that the key left the field, and later, which
// message moved the focus.

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
)

// Code addresses of huh.NextField and huh.PrevField: a field's Update
// returns one of them itself, as its command, exactly when a key moved on
// (with a value that passed validation) or back. No public API says so.
var (
	nextFieldCode = reflect.ValueOf(tea.Cmd(huh.NextField)).Pointer()
	prevFieldCode = reflect.ValueOf(tea.Cmd(huh.PrevField)).Pointer()
)

// leavesField tells a field's command: +1 moves on to the next field, -1
// back to the previous one, 0 neither.
func leavesField(cmd tea.Cmd) int {
	if cmd == nil {
		return 0
	}
	switch reflect.ValueOf(cmd).Pointer() {
	case nextFieldCode:
		return 1
	case prevFieldCode:
		return -1
	}
	return 0
}

// Focus moves: what a message that huh sends itself does to the focus.
const (
	noMove    = iota
	fieldMove // to another field of the page (huh.NextField, huh.PrevField)
	groupMove // past the page's last field or back from its first
)

// huhMove tells the message that moves the focus. Field moves are the
// messages of huh's public commands; a group move is an unexported type
// (nextGroupMsg, prevGroupMsg) with no public constructor, told by name.
func huhMove(msg tea.Msg) int {
	switch msg {
	case nil:
		return noMove
	case nextFieldMsg, prevFieldMsg:
		return fieldMove
	}
	if t := reflect.TypeOf(msg); t.PkgPath() == huhPath {
		switch t.Name() {
		case "nextGroupMsg", "prevGroupMsg":
			return groupMove
		}
	}
	return noMove
}

var (
	// The messages huh.NextField and huh.PrevField make (comparable: each
	// is an empty struct).
	nextFieldMsg = huh.NextField()
	prevFieldMsg = huh.PrevField()
	// huhPath is the import path of huh's message types.
	huhPath = reflect.TypeOf(nextFieldMsg).PkgPath()
)
