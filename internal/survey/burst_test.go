package survey

import (
	"reflect"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// burstPage shows the tiny catalogue's profile page, with the company
// name, in a host: _company, region (home, away), markets (multi: north,
// south, east), sector (goods, services), size (micro, small), exports
// (none, occasional).
func burstPage(t *testing.T) (*host, *PageForm, chan huh.FormState) {
	t.Helper()
	cat := tiny(t)
	page := Plan(cat)[0]
	pf := BuildPageForm(page, page.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80, Respondent: true, Theme: huh.ThemeFunc(huh.ThemeBase)})
	h := &host{}
	reply := make(chan huh.FormState, 1)
	hostDrive(h, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 60} })
	hostDrive(h, func() tea.Msg { return showMsg{pf: pf, width: 80, reply: reply} })
	return h, pf, reply
}

// typeAhead feeds keys to h as a burst does: the commands that key i's
// update returned (huh's move to the next field among them) run only once
// key i+lag has reached the model. lag 0 is typing with pauses; a lag past
// the last key is every key arriving before any command has run.
func typeAhead(h *host, keys []tea.KeyPressMsg, lag int) {
	var late []tea.Cmd
	for _, k := range keys {
		_, cmd := h.Update(k)
		late = append(late, cmd)
		if len(late) > lag {
			hostDrive(h, late[0])
			late = late[1:]
		}
	}
	for _, c := range late {
		hostDrive(h, c)
	}
}

func enter() tea.KeyPressMsg { return code(tea.KeyEnter) }
func down() tea.KeyPressMsg  { return code(tea.KeyDown) }

// TestTypeAheadGoesToNextField: keys typed right after Enter (a paste, key
// repeat, tmux send-keys 20 ms apart) reached the field just completed,
// because huh moves the focus by a command that runs later: a Down after
// Enter on the region moved the region's cursor, so its saved answer
// changed (home → away → …) and every later answer slid along. The keys
// must go to the next field, whatever the lag, and each field keep the
// value it had when it was completed.
func TestTypeAheadGoesToNextField(t *testing.T) {
	t.Parallel()
	keys := []tea.KeyPressMsg{}
	for _, r := range "Firma" {
		keys = append(keys, keypress(r))
	}
	keys = append(keys,
		enter(),         // company: Firma
		down(), enter(), // region: away
		down(), keypress('x'), enter(), // markets: south
		down(), enter(), // sector: services
		enter(),         // size: micro
		down(), enter(), // exports: occasional
	)
	want := map[string]any{
		KeyCompany: "Firma", "region": "away", "markets": []string{"south"},
		"sector": "services", "size": "micro", "exports": "occasional",
	}
	for _, lag := range []int{0, 1, 2, 3, len(keys)} {
		t.Run("lag "+itoa(lag), func(t *testing.T) {
			t.Parallel()
			h, pf, reply := burstPage(t)
			typeAhead(h, keys, lag)
			select {
			case st := <-reply:
				if st != huh.StateCompleted {
					t.Fatalf("page ended %v, want completed", st)
				}
			default:
				t.Fatalf("the page did not end; focused: %s", h.page.Form.GetFocusedField().GetKey())
			}
			for k, w := range want {
				var got any
				if s, ok := pf.Values.Single(k); ok {
					got = s
				} else if m, ok := pf.Values.Multi(k); ok {
					got = m
				} else {
					got, _ = pf.Values.Text(k)
				}
				if !equalValue(got, w) {
					t.Errorf("%s saved as %v, want %v", k, got, w)
				}
				if r := pf.Form.Get(k); !equalValue(r, w) {
					t.Errorf("%s recorded by huh as %v, want %v", k, r, w)
				}
			}
			if len(h.pending) != 0 {
				t.Errorf("keys left over: %v", h.pending)
			}
		})
	}
}

// TestEnterThenDownBeforeMove feeds the messages in the order the tester's
// burst produced them: Enter on the region, Down, and only then huh's move
// to the next field. The region keeps the answer it was confirmed with, and
// the Down moves the next field's cursor.
func TestEnterThenDownBeforeMove(t *testing.T) {
	t.Parallel()
	h, pf, _ := burstPage(t)
	typeAhead(h, []tea.KeyPressMsg{keypress('F'), enter()}, 0) // company done; region focused
	if got := pf.Form.GetFocusedField().GetKey(); got != "region" {
		t.Fatalf("focused %s, want region", got)
	}
	_, move := h.Update(enter()) // region confirmed with its first option
	confirmed, _ := pf.Values.Single("region")
	if confirmed != "home" {
		t.Fatalf("region confirmed as %q, want home", confirmed)
	}
	if !h.holding {
		t.Fatal("Enter on the region did not start a hold")
	}
	if _, cmd := h.Update(down()); cmd != nil {
		t.Error("the Down held back returned a command")
	}
	if got, _ := pf.Values.Single("region"); got != confirmed {
		t.Fatalf("the Down changed the confirmed region to %q", got)
	}
	hostDrive(h, move) // huh's nextFieldMsg arrives now
	if h.holding || len(h.pending) != 0 {
		t.Fatalf("after the move: holding %v, %d keys kept; want neither", h.holding, len(h.pending))
	}
	if got, _ := pf.Values.Single("region"); got != confirmed {
		t.Errorf("region saved as %q, want %q", got, confirmed)
	}
	if got := pf.Form.Get("region"); got != confirmed {
		t.Errorf("region recorded by huh as %v, want %q", got, confirmed)
	}
	f := pf.Form.GetFocusedField()
	if f.GetKey() != "markets" {
		t.Fatalf("focused %s, want markets", f.GetKey())
	}
	if hovered, _ := unwrap(f).(*multiField).Hovered(); hovered != "south" {
		t.Errorf("markets cursor on %q, want south (the Down went elsewhere)", hovered)
	}
}

// TestTypeAheadAtEdges: keys typed after the last field's Enter go to the
// next page (the page must not take them: the last field is still the
// focused one until huh's group move ends the page); keys after Shift+Tab
// go to the field gone back to; and a hold whose move never comes ends
// after its time limit, handing the keys on.
func TestTypeAheadAtEdges(t *testing.T) {
	t.Parallel()
	t.Run("after the last field", func(t *testing.T) {
		t.Parallel()
		h, pf, reply := burstPage(t)
		keys := []tea.KeyPressMsg{keypress('F'), enter(), enter(), keypress('x'), enter(), enter(), enter(), enter(), down(), keypress('q')}
		typeAhead(h, keys, len(keys))
		if st := <-reply; st != huh.StateCompleted {
			t.Fatalf("page ended %v, want completed", st)
		}
		if got, _ := pf.Values.Single("exports"); got != "none" {
			t.Errorf("exports saved as %q, want none", got)
		}
		if len(h.pending) != 2 || h.pending[0] != tea.Msg(down()) {
			t.Errorf("kept for the next page %v, want [down q]", h.pending)
		}
	})
	t.Run("shift+tab", func(t *testing.T) {
		t.Parallel()
		h, pf, _ := burstPage(t)
		keys := []tea.KeyPressMsg{keypress('F'), enter(), shiftTab(), keypress('x'), enter(), down(), enter()}
		typeAhead(h, keys, len(keys))
		if got, _ := pf.Values.Text(KeyCompany); got != "Fx" {
			t.Errorf("company %q, want Fx (changed after going back to it)", got)
		}
		if got, _ := pf.Values.Single("region"); got != "away" {
			t.Errorf("region %q, want away", got)
		}
		if got := pf.Form.GetFocusedField().GetKey(); got != "markets" {
			t.Errorf("focused %s, want markets", got)
		}
	})
	t.Run("time limit", func(t *testing.T) {
		t.Parallel()
		h, _, _ := burstPage(t)
		h.Update(keypress('F'))
		h.Update(enter()) // its move is never run
		h.Update(down())
		if !h.holding || len(h.pending) != 1 {
			t.Fatalf("holding %v with %d keys, want a hold with 1", h.holding, len(h.pending))
		}
		h.Update(holdExpiredMsg{gen: h.holdGen - 1}) // an older hold's limit
		if !h.holding {
			t.Fatal("an older hold's time limit ended this one")
		}
		h.Update(holdExpiredMsg{gen: h.holdGen})
		if h.holding || len(h.pending) != 0 {
			t.Errorf("after the time limit: holding %v, %d keys kept; want neither", h.holding, len(h.pending))
		}
	})
}

// equalValue compares a string or []string value.
func equalValue(a, b any) bool {
	if x, ok := a.([]string); ok {
		y, ok := b.([]string)
		return ok && slices.Equal(x, y)
	}
	return a == b
}

// isHoldTimer reports whether c is a hold's time limit (see holdTimer).
func isHoldTimer(c tea.Cmd) bool { return reflect.ValueOf(c).Pointer() == holdTimerCode }

var holdTimerCode = reflect.ValueOf(holdTimer(0)).Pointer()
