package survey

import (
	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/i18n"
)

// KeyMap returns huh's default key bindings with their help in loc. The
// keys stay the same in every language; only the words change.
func KeyMap(loc i18n.Locale) *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	t := func(b *key.Binding, msg string) { b.SetHelp(b.Help().Key, loc.T(msg)) }

	t(&k.Select.Prev, "survey.key.back")
	t(&k.Select.Next, "survey.key.select")
	t(&k.Select.Submit, "survey.key.submit")
	t(&k.Select.Up, "survey.key.up")
	t(&k.Select.Down, "survey.key.down")
	t(&k.Select.HalfPageUp, "survey.key.halfup")
	t(&k.Select.HalfPageDown, "survey.key.halfdown")
	t(&k.Select.GotoTop, "survey.key.top")
	t(&k.Select.GotoBottom, "survey.key.bottom")
	t(&k.Select.Filter, "survey.key.filter")
	// Esc while a filter is typed clears it (the host presses it twice
	// for huh; see escapesFilter); a select has no other key that ends it.
	k.Select.SetFilter.SetHelp("esc", loc.T("survey.key.filter-clear"))
	t(&k.Select.ClearFilter, "survey.key.filter-clear")

	t(&k.MultiSelect.Prev, "survey.key.back")
	t(&k.MultiSelect.Next, "survey.key.confirm")
	t(&k.MultiSelect.Submit, "survey.key.submit")
	t(&k.MultiSelect.Toggle, "survey.key.toggle")
	t(&k.MultiSelect.Up, "survey.key.up")
	t(&k.MultiSelect.Down, "survey.key.down")
	t(&k.MultiSelect.HalfPageUp, "survey.key.halfup")
	t(&k.MultiSelect.HalfPageDown, "survey.key.halfdown")
	t(&k.MultiSelect.GotoTop, "survey.key.top")
	t(&k.MultiSelect.GotoBottom, "survey.key.bottom")
	t(&k.MultiSelect.SelectAll, "survey.key.all")
	t(&k.MultiSelect.SelectNone, "survey.key.none")
	t(&k.MultiSelect.Filter, "survey.key.filter")
	// A multi-select's Enter ends the typing and keeps what the filter
	// found, to choose among it; Esc clears it (see escapesFilter and
	// multiField.KeyBinds).
	k.MultiSelect.SetFilter.SetHelp("enter", loc.T("survey.key.filter-done"))
	t(&k.MultiSelect.ClearFilter, "survey.key.filter-clear")
	// Select-all (ctrl+a) makes no sense with "Don't know" among the options;
	// Unbind, because huh re-enables these bindings as options are toggled.
	k.MultiSelect.SelectAll.Unbind()
	k.MultiSelect.SelectNone.Unbind()

	t(&k.Input.Prev, "survey.key.back")
	t(&k.Input.Next, "survey.key.next")
	t(&k.Input.Submit, "survey.key.submit")

	t(&k.Confirm.Prev, "survey.key.back")
	t(&k.Confirm.Next, "survey.key.next")
	t(&k.Confirm.Submit, "survey.key.submit")
	t(&k.Confirm.Toggle, "survey.key.toggleyes")
	t(&k.Confirm.Accept, "survey.key.accept")
	t(&k.Confirm.Reject, "survey.key.reject")
	return k
}

// partKeyMap is KeyMap for a part of a page that is split for conditions
// and may go on (see Page): enter leads to the rest of the page, so its
// help says "next", not "save page".
func partKeyMap(loc i18n.Locale) *huh.KeyMap {
	k := KeyMap(loc)
	next := loc.T("survey.key.next")
	for _, b := range []*key.Binding{&k.Select.Submit, &k.MultiSelect.Submit, &k.Input.Submit, &k.Confirm.Submit} {
		b.SetHelp(b.Help().Key, next)
	}
	return k
}
