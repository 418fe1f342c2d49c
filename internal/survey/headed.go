package survey

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/i18n"
)

// Headings among a select's options. huh v2.0.3 has no option that cannot
// be chosen (an Option is a key and a value; no separator, group or
// disabled option), so a heading is an option whose value starts with
// headingMark — a byte no answer holds — and headedSelect keeps the
// cursor off it.
const headingMark = "\x00heading:"

// headingValue is the value of the i-th heading of a list.
func headingValue(i int) string { return headingMark + strconv.Itoa(i) }

// isHeading reports whether v is the value of a heading.
func isHeading(v string) bool { return strings.HasPrefix(v, headingMark) }

// notHeading is a select's validator that refuses a heading: the cursor
// never rests on one, but should it ever, no key must take it as the
// answer.
func notHeading(loc i18n.Locale) func(string) error {
	return func(v string) error {
		if isHeading(v) {
			return errors.New(loc.T("survey.country.pick"))
		}
		return nil
	}
}

// headedSelect is huh's select with headings among its options (see
// putFirst). After every key the cursor steps over a heading it landed
// on, on in the direction it was going (up for the keys that go up, down
// for every other: home, ½ page down), so a heading is shown but never
// chosen; huh's own keys move it, so wrapping at either end and
// scrolling stay huh's.
//
// While a filter is typed or shown, the options are the plain ones, with
// no heading: huh's filter matches an option's words, and headings would
// be found ("mark" found "Your target markets" above Denmark) with
// nothing under them. The plain list also starts with the first country
// offered, so the letters typed find what they find on every other
// country question (huh keeps the cursor's row; under a heading it is
// the second, and "braz" would take Congo - Brazzaville, not Brazil).
type headedSelect struct {
	*huh.Select[string]
	// headed are the options with headings, plain those without.
	headed, plain []huh.Option[string]
	// filtered says the options set are the plain ones.
	filtered bool
	// up are the keys that move the cursor up (the key map's Up and
	// HalfPageUp), clear the key that clears a filter (see WithKeyMap).
	up    []key.Binding
	clear key.Binding
}

// newHeadedSelect wraps s, whose options opts are set and bound, and
// moves its cursor off a heading (huh puts it on the first option when
// the bound value is none yet, and the first is a heading).
func newHeadedSelect(s *huh.Select[string], opts []huh.Option[string]) *headedSelect {
	h := &headedSelect{Select: s, headed: opts}
	for _, o := range opts {
		if !isHeading(o.Value) {
			h.plain = append(h.plain, o)
		}
	}
	// huh's keys until the form gives its own: the steps below are keys.
	h.WithKeyMap(huh.NewDefaultKeyMap())
	h.skipHeadings(false)
	return h
}

// WithKeyMap sets the key map, and records the keys that go up and the
// one that clears a filter.
func (h *headedSelect) WithKeyMap(k *huh.KeyMap) huh.Field {
	h.Select.WithKeyMap(k)
	h.up = []key.Binding{k.Select.Up, k.Select.HalfPageUp}
	h.clear = k.Select.ClearFilter
	return h
}

// Update updates the select, sets the options that go with its filter,
// and steps the cursor over a heading.
func (h *headedSelect) Update(msg tea.Msg) (huh.Model, tea.Cmd) {
	_, cmd := h.Select.Update(msg)
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return h, cmd
	}
	if filtered := h.GetFiltering() || h.filterShown(); filtered != h.filtered {
		// Options keeps the cursor on the option it was on (the bound
		// value follows the cursor), and shows them all: a filter
		// starts with none typed, and ends cleared.
		h.filtered = filtered
		if filtered {
			h.Select.Options(h.plain...)
		} else {
			h.Select.Options(h.headed...)
		}
	}
	h.skipHeadings(key.Matches(k, h.up...))
	return h, cmd
}

// filterShown reports whether a filter no longer typed still narrows the
// options: huh enables the key that clears a filter exactly then (its
// Select keeps the filter's text to itself). The key that ends the typing
// looks the same in eis's key map (Esc, "clear filter": see KeyMap) and is
// enabled only while the filter is typed.
func (h *headedSelect) filterShown() bool {
	if h.GetFiltering() {
		return false
	}
	for _, b := range h.Select.KeyBinds() {
		if b.Help() == h.clear.Help() && slices.Equal(b.Keys(), h.clear.Keys()) && b.Enabled() {
			return true
		}
	}
	return false
}

// Hovered is the option under the cursor; a heading is none.
func (h *headedSelect) Hovered() (string, bool) {
	v, ok, _ := h.raw()
	if !ok || isHeading(v) {
		return "", false
	}
	return v, true
}

// raw is huh's Hovered, heading or not. huh's panics when the cursor is
// above the first option (Up on a filter that found nothing puts it at
// -1, where the next letters leave it); lost says so.
func (h *headedSelect) raw() (v string, ok, lost bool) {
	defer func() {
		if recover() != nil {
			v, ok, lost = "", false, true
		}
	}()
	v, ok = h.Select.Hovered()
	return v, ok, false
}

// skipHeadings moves the cursor, up or down, until it is on no heading.
func (h *headedSelect) skipHeadings(up bool) {
	step := tea.KeyPressMsg(tea.Key{Code: tea.KeyDown})
	if up {
		step = tea.KeyPressMsg(tea.Key{Code: tea.KeyUp})
	}
	for range h.headed {
		if v, ok, _ := h.raw(); !ok || !isHeading(v) {
			return
		}
		h.Select.Update(step)
	}
}
