package survey

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
)

// buyerPage is the buyer-market question of a Central Denmark firm that
// aims at the United States, Germany and Japan and sells in Sweden, Norway
// and Germany, in language lang.
func buyerPage(t *testing.T, lang string) *PageForm {
	t.Helper()
	f := answers.New(embedded(t), lang, testNow)
	f.Set("region", answers.Single("pl-pomorskie"), testNow)
	f.Set("target-markets", answers.Multiple("US", "DE", "JP"), testNow)
	f.Set("current-markets", answers.Multiple("SE", "NO", "DE"), testNow)
	return countryPageIn(t, "buyer-market", lang, f)
}

// headedOf is the page's select with headings.
func headedOf(t *testing.T, pf *PageForm) *headedSelect {
	t.Helper()
	for _, f := range pf.Fields {
		if h, ok := f.(*headedSelect); ok {
			return h
		}
	}
	t.Fatal("no select with headings on the page")
	return nil
}

// shownRows are the option rows in view, top down: a heading as its
// text, a country as its code.
func shownRows(pf *PageForm) []string {
	var rows []string
	for _, l := range strings.Split(ansi.Strip(pf.Form.View()), "\n") {
		l = strings.TrimRight(l, " │┃")
		if i := strings.Index(l, "── "); i >= 0 {
			rows = append(rows, strings.TrimSpace(l[i:]))
		} else if m := shownCode.FindStringSubmatch(l); m != nil {
			rows = append(rows, m[1])
		}
	}
	return rows
}

// TestBuyerMarketHeadings: the firm's target markets, its current ones
// and every other country stand under a heading each, in the user's
// language; a question that offers nothing first has none.
func TestBuyerMarketHeadings(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang string
		want []string
	}{
		{"en", []string{"── Your target markets ──", "DE", "JP", "US", "── Markets you sell to now ──", "NO", "SE", "── Every other country ──", "AF"}},
		{"da", []string{"── Jeres målmarkeder ──", "JP", "DE", "US", "── Markeder, I sælger til nu ──", "NO", "SE", "── Alle andre lande ──", "AF"}},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			t.Parallel()
			got := shownRows(buyerPage(t, tt.lang))
			if len(got) < len(tt.want) || !slices.Equal(got[:len(tt.want)], tt.want) {
				t.Errorf("rows start %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("nothing first", func(t *testing.T) {
		t.Parallel()
		cat := embedded(t)
		f := answers.New(cat, "en", testNow)
		f.Set("region", answers.Single("dk-central"), testNow)
		for _, r := range shownRows(countryPageIn(t, "buyer-market", "en", f)) {
			if strings.HasPrefix(r, "──") {
				t.Errorf("heading %q with no markets named", r)
			}
		}
	})
}

// TestHeadingsNotChosen: whatever the keys, the cursor rests on no
// heading and the answer is a country: the arrows step over a heading in
// their direction (wrapping as huh does), home and end, half pages; a
// filter finds countries only, the first of them under the cursor, even
// when a heading's words hold the letters typed ("mark", "every").
func TestHeadingsNotChosen(t *testing.T) {
	t.Parallel()
	up, down := code(tea.KeyUp), code(tea.KeyDown)
	for _, tt := range []struct {
		name, lang string
		keys       []tea.KeyPressMsg
		want       string // "" when the field must not be left
	}{
		{"enter", "en", nil, "DE"},
		{"down over a heading", "en", []tea.KeyPressMsg{down, down, down}, "NO"},
		{"up over a heading", "en", []tea.KeyPressMsg{down, down, down, up}, "US"},
		{"up from the first wraps", "en", []tea.KeyPressMsg{up}, "ZW"},
		{"down from the last wraps", "en", []tea.KeyPressMsg{up, down}, "DE"},
		{"home", "en", []tea.KeyPressMsg{down, down, down, code(tea.KeyHome)}, "DE"},
		{"end", "en", []tea.KeyPressMsg{code(tea.KeyEnd)}, "ZW"},
		{"filter", "en", typed("braz"), "BR"},
		{"filter after moving", "en", append([]tea.KeyPressMsg{down, down, down, down}, typed("swe")...), "SE"},
		{"filter edited", "en", append(typed("swed"), code(tea.KeyBackspace), code(tea.KeyBackspace), keypress('i')), "CH"},
		{"filter matching a heading", "da", typed("mark"), "DK"},
		{"filter in danish", "da", typed("land"), "DE"},
		{"filter matching only a heading", "en", typed("every"), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pf := buyerPage(t, tt.lang)
			h := headedOf(t, pf)
			for i, k := range tt.keys {
				drive(pf.Form, keyCmd(k))
				if v, ok, _ := h.raw(); ok && isHeading(v) && !h.GetFiltering() {
					t.Fatalf("after key %d (%s) the cursor rests on a heading", i, k)
				}
			}
			drive(pf.Form, keyCmd(code(tea.KeyEnter)))
			if tt.want == "" {
				if focused(pf) != "buyer-market" {
					t.Fatalf("Enter left the question, on %q", focused(pf))
				}
				// Esc ends the filter; the cursor is back on a country.
				drive(pf.Form, keyCmd(code(tea.KeyEscape)))
				drive(pf.Form, keyCmd(code(tea.KeyEnter)))
			}
			v, _ := pf.Values.Single("buyer-market")
			if isHeading(v) {
				t.Fatalf("answer is a heading %q", v)
			}
			if tt.want != "" && v != tt.want {
				t.Errorf("buyer-market = %q, want %q", v, tt.want)
			}
		})
	}
}

// TestHeadingsRandomKeys: no run of keys leaves the cursor on a heading
// outside a filter, and none makes a heading the answer.
func TestHeadingsRandomKeys(t *testing.T) {
	t.Parallel()
	keys := []tea.KeyPressMsg{code(tea.KeyUp), code(tea.KeyDown), code(tea.KeyHome), code(tea.KeyEnd),
		code(tea.KeyPgUp), code(tea.KeyPgDown), tea.KeyPressMsg(tea.Key{Code: 'd', Mod: tea.ModCtrl}),
		tea.KeyPressMsg(tea.Key{Code: 'u', Mod: tea.ModCtrl}), keypress('k'), keypress('j'), keypress('/'),
		keypress('e'), keypress('a'), keypress('r'), keypress('o'), code(tea.KeyBackspace), code(tea.KeyEscape)}
	r := rand.New(rand.NewPCG(14, 14))
	for run := range 8 {
		pf := buyerPage(t, []string{"en", "da"}[run%2])
		h := headedOf(t, pf)
		var seq []string
		for range 40 {
			k := keys[r.IntN(len(keys))]
			seq = append(seq, k.String())
			drive(pf.Form, keyCmd(k))
			if v, ok, _ := h.raw(); ok && isHeading(v) && !h.GetFiltering() {
				t.Fatalf("keys %v: the cursor rests on a heading", seq)
			}
			if v, _ := pf.Values.Single("buyer-market"); isHeading(v) && !h.GetFiltering() {
				t.Fatalf("keys %v: the bound answer is a heading", seq)
			}
		}
		drive(pf.Form, keyCmd(code(tea.KeyEnter)))
		if v, _ := pf.Values.Single("buyer-market"); isHeading(v) {
			t.Fatalf("keys %v, Enter: the answer is a heading", seq)
		}
	}
}

// TestApplySkipsHeading: a heading bound to a select never reaches the
// answers file.
func TestApplySkipsHeading(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	f := answers.New(cat, "en", testNow)
	f.Set("region", answers.Single("dk-central"), testNow)
	f.Set("target-markets", answers.Multiple("US"), testNow)
	pf := countryPageIn(t, "buyer-market", "en", f)
	*pf.Values.single["buyer-market"] = headingValue(0)
	pf.Values.Apply("buyer-market", f, testNow)
	if v, ok := f.Answer("buyer-market"); ok {
		t.Errorf("buyer-market answered %v", v)
	}
	if err := notHeading(i18n.Get("da"))(headingValue(1)); err == nil || !strings.Contains(err.Error(), "overskrift") {
		t.Errorf("validator on a heading: %v", err)
	}
}

// TestHeadingsLeaveWithFilter: while a filter is typed, and while one
// ended with Esc still narrows the list, no heading is shown; clearing
// it brings them back, the cursor on the country it was on.
func TestHeadingsLeaveWithFilter(t *testing.T) {
	t.Parallel()
	pf := buyerPage(t, "en")
	headings := func() (n int) {
		for _, r := range shownRows(pf) {
			if strings.HasPrefix(r, "──") {
				n++
			}
		}
		return n
	}
	if n := headings(); n != 3 {
		t.Fatalf("%d headings before the filter, want 3", n)
	}
	for _, k := range typed("mark") {
		drive(pf.Form, keyCmd(k))
	}
	if got := shownRows(pf); !slices.Equal(got, []string{"DK"}) {
		t.Errorf("filter \"mark\" shows %q, want only Denmark", got)
	}
	drive(pf.Form, keyCmd(code(tea.KeyEscape))) // ends the filter, still shown
	if got := shownRows(pf); !slices.Equal(got, []string{"DK"}) {
		t.Errorf("filter ended shows %q, want only Denmark", got)
	}
	drive(pf.Form, keyCmd(code(tea.KeyEscape))) // clears it
	if v, ok := headedOf(t, pf).Hovered(); !ok || v != "DK" {
		t.Errorf("cursor on %q, want DK", v)
	}
	drive(pf.Form, keyCmd(code(tea.KeyHome)))
	if n := headings(); n != 3 {
		t.Errorf("%d headings after the filter, want 3", n)
	}
}

// TestGroupHeadingsSaid: every question whose answer a country question
// offers first has a heading for its group (the message ID is built from
// the question's ID, which the i18n tests cannot see; they see that every
// English message is in every language).
func TestGroupHeadingsSaid(t *testing.T) {
	t.Parallel()
	for _, from := range offerFirst {
		for _, id := range from {
			if !i18n.English.Has("survey.country.group." + id) {
				t.Errorf("no heading for the group of %s (survey.country.group.%s)", id, id)
			}
		}
	}
}
