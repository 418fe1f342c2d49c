package survey

import (
	"errors"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/i18n"
)

// Tests of what huhglue.go relies on, against the real huh: if an upgrade
// changes any of it, these fail (and the questionnaire would have started
// to lose or change answers under fast typing and Ctrl-C).

// msgsOf runs cmd and the commands it batches, breadth first, and returns
// the messages they make (the cursor's blink timer is skipped).
func msgsOf(cmd tea.Cmd) []tea.Msg {
	var out []tea.Msg
	queue := []tea.Cmd{cmd}
	for n := 0; len(queue) > 0 && n < 100; n++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil || isBlink(c) {
			continue
		}
		msg := c()
		if b, ok := msg.(tea.BatchMsg); ok {
			queue = append(queue, b...)
			continue
		}
		if cmds, ok := asCmds(msg); ok {
			queue = append(queue, cmds...)
			continue
		}
		out = append(out, msg)
	}
	return out
}

// glueFields are the kinds of field eis puts on a page, each first of two
// so that it can move on, in a form with eis's key map.
func glueFields() map[string]func() (huh.Field, *huh.Form) {
	form := func(first huh.Field) *huh.Form {
		f := huh.NewForm(huh.NewGroup(first, huh.NewInput().Key("second"))).WithKeyMap(KeyMap(i18n.Get("en")))
		f.Init()
		return f
	}
	return map[string]func() (huh.Field, *huh.Form){
		"select": func() (huh.Field, *huh.Form) {
			s := ""
			f := huh.NewSelect[string]().Key("first").Options(huh.NewOptions("a", "b")...).Value(&s)
			return f, form(f)
		},
		"multi-select": func() (huh.Field, *huh.Form) {
			m := []string{"a"}
			f := huh.NewMultiSelect[string]().Key("first").Options(huh.NewOptions("a", "b")...).Value(&m)
			return f, form(f)
		},
		"input": func() (huh.Field, *huh.Form) {
			s := "x"
			f := huh.NewInput().Key("first").Value(&s)
			return f, form(f)
		},
	}
}

// TestHuhLeavesByItsCommands: a field's Update returns huh.NextField itself
// when a key moves on, huh.PrevField when one moves back, and neither for
// other keys (tracked relies on it through leavesField).
func TestHuhLeavesByItsCommands(t *testing.T) {
	t.Parallel()
	for name, mk := range glueFields() {
		field, form := mk()
		if _, cmd := field.Update(code(tea.KeyDown)); leavesField(cmd) != 0 {
			t.Errorf("%s: Down leaves the field", name)
		}
		if _, cmd := field.Update(code(tea.KeyEnter)); leavesField(cmd) != 1 {
			t.Errorf("%s: Enter returned %v, not huh.NextField itself: leavesField no longer sees a field completed", name, cmd)
		}
		// On the second field, Shift+Tab goes back.
		form.Update(huh.NextField())
		second := form.GetFocusedField()
		if second == field {
			t.Fatalf("%s: huh.NextField's message did not move the focus", name)
		}
		if _, cmd := second.Update(shiftTab()); leavesField(cmd) != -1 {
			t.Errorf("%s: Shift+Tab returned %v, not huh.PrevField itself", name, cmd)
		}
	}
	// A field that does not pass validation does not move on.
	s := ""
	in := huh.NewInput().Key("first").Value(&s).Validate(func(string) error { return errors.New("no") })
	huh.NewForm(huh.NewGroup(in, huh.NewInput())).WithKeyMap(KeyMap(i18n.Get("en"))).Init()
	if _, cmd := in.Update(code(tea.KeyEnter)); leavesField(cmd) != 0 {
		t.Error("an invalid field moved on")
	}
}

// TestHuhMovesFocusByMessages: huh moves the focus to another field by the
// messages of huh.NextField and huh.PrevField, and past a page's last
// field or back from a group's first by group messages that huhMove tells
// by name; the form records a field's value (Form.Get, which settle reads)
// when the field's message arrives, not before.
func TestHuhMovesFocusByMessages(t *testing.T) {
	t.Parallel()
	if huhMove(huh.NextField()) != fieldMove || huhMove(huh.PrevField()) != fieldMove {
		t.Error("huh.NextField's or huh.PrevField's message is not a field move")
	}
	for _, msg := range []tea.Msg{nil, code(tea.KeyEnter), tea.WindowSizeMsg{}, tea.BatchMsg{}, struct{}{}} {
		if huhMove(msg) != noMove {
			t.Errorf("%T is taken for a move", msg)
		}
	}

	// One page of two fields: the value is recorded on the field's message;
	// moving past the last field is a group move that completes the form.
	a, b := "", ""
	form := huh.NewForm(huh.NewGroup(
		huh.NewSelect[string]().Key("a").Options(huh.NewOptions("x", "y")...).Value(&a),
		huh.NewSelect[string]().Key("b").Options(huh.NewOptions("x", "y")...).Value(&b),
	)).WithKeyMap(KeyMap(i18n.Get("en")))
	form.Init()
	_, cmd := form.Update(code(tea.KeyDown))
	msgsOf(cmd)
	_, cmd = form.Update(code(tea.KeyEnter))
	if form.Get("a") != nil {
		t.Error("huh recorded the field before its message came")
	}
	var groupMsgs []tea.Msg
	for _, msg := range msgsOf(cmd) {
		_, next := form.Update(msg)
		msgsOf(next)
	}
	if got := form.Get("a"); got != "y" {
		t.Errorf("after its message huh recorded %v for the field, want y", got)
	}
	_, cmd = form.Update(code(tea.KeyEnter))
	for _, msg := range msgsOf(cmd) {
		_, next := form.Update(msg)
		for _, m := range msgsOf(next) {
			if huhMove(m) == groupMove {
				groupMsgs = append(groupMsgs, m)
			}
		}
	}
	if len(groupMsgs) != 1 {
		t.Fatalf("moving past the last field made %d group moves, want 1: huh's nextGroupMsg is no longer told", len(groupMsgs))
	}
	form.Update(groupMsgs[0])
	if form.State != huh.StateCompleted {
		t.Errorf("the group move left the form %v, want completed", form.State)
	}

	// Back from a group's first field to the previous group.
	two := huh.NewForm(huh.NewGroup(huh.NewInput().Key("p")), huh.NewGroup(huh.NewInput().Key("q"))).WithKeyMap(KeyMap(i18n.Get("en")))
	two.Init()
	for _, msg := range msgsOf(func() tea.Msg { return huh.NextField() }) {
		_, next := two.Update(msg)
		for _, m := range msgsOf(next) {
			two.Update(m)
		}
	}
	if two.GetFocusedField().GetKey() != "q" {
		t.Fatalf("focus on %q, want the second group's field", two.GetFocusedField().GetKey())
	}
	var back int
	_, cmd = two.GetFocusedField().Update(shiftTab())
	for _, msg := range msgsOf(cmd) {
		_, next := two.Update(msg)
		for _, m := range msgsOf(next) {
			if huhMove(m) == groupMove {
				back++
			}
		}
	}
	if back != 1 {
		t.Errorf("going back from a group's first field made %d group moves, want 1: huh's prevGroupMsg is no longer told", back)
	}
}
