package survey

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// exclusiveCat is the tiny catalogue with beta.two's "agent" option marked
// exclusive, as "None of these yet" is in the real one (a fresh copy: tiny
// is shared by parallel tests).
func exclusiveCat(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	c, diags, err := catalogue.Load(os.DirFS("testdata/tiny"))
	if err != nil || diags.HasErrors() {
		t.Fatalf("loading testdata/tiny: %v %v", err, diags)
	}
	c.Question("beta.two").Option("agent").Exclusive = true
	return c
}

// TestExclusiveOptionStandsAlone: in the terminal form an exclusive option
// ticked with another is refused with a message naming it, in en and da,
// and the page does not move on until one of them is unticked.
func TestExclusiveOptionStandsAlone(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ lang, msg string }{
		{"en", `"Agent" cannot be combined with other options; untick it or the others`},
		{"da", `"Agent" kan ikke kombineres med andre muligheder; fjern markeringen fra den eller fra de andre`},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			t.Parallel()
			cat := exclusiveCat(t)
			p := Plan(cat)[3]
			pf := BuildPageForm(p, p.Questions, answers.New(cat, tt.lang, testNow), FormConfig{Locale: i18n.Get(tt.lang), KeyMap: KeyMap(i18n.Get(tt.lang)), Theme: huh.ThemeFunc(huh.ThemeBase), Width: 80})
			drive(pf.Form, pf.Form.Init())
			drive(pf.Form, func() tea.Msg { return tea.WindowSizeMsg{Width: 80, Height: 40} })
			// beta.one: No; beta.two: Web shop and Agent, Enter.
			press(pf.Form, code(tea.KeyEnter), keypress('x'), code(tea.KeyDown), keypress('x'), code(tea.KeyEnter))
			if pf.Form.State != huh.StateNormal {
				t.Fatalf("the page moved on with an exclusive option among others (state %v)", pf.Form.State)
			}
			if view := strings.Join(strings.Fields(pf.Form.View()), " "); !strings.Contains(view, tt.msg) {
				t.Errorf("view lacks %q:\n%s", tt.msg, pf.Form.View())
			}
			// Untick Agent: the page is saved with Web shop alone.
			press(pf.Form, keypress('x'), code(tea.KeyEnter))
			if pf.Form.State != huh.StateCompleted {
				t.Fatalf("state %v after unticking, errors %v", pf.Form.State, pf.Form.Errors())
			}
			if two, _ := pf.Values.Multi("beta.two"); !reflect.DeepEqual(two, []string{"web"}) {
				t.Errorf("beta.two = %v, want [web]", two)
			}
		})
	}
	// Alone, an exclusive option is a fine answer.
	cat := exclusiveCat(t)
	p := Plan(cat)[3]
	pf := BuildPageForm(p, p.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), KeyMap: KeyMap(i18n.Get("en")), Width: 80})
	drive(pf.Form, pf.Form.Init())
	press(pf.Form, code(tea.KeyEnter), code(tea.KeyDown), keypress('x'), code(tea.KeyEnter))
	if two, _ := pf.Values.Multi("beta.two"); pf.Form.State != huh.StateCompleted || !reflect.DeepEqual(two, []string{"agent"}) {
		t.Errorf("state %v, beta.two %v; want completed, [agent]", pf.Form.State, two)
	}
}

// TestExclusiveOptionAccessible: in accessible mode the combination is
// refused when confirmed (0), the message is printed, and the prompt asks
// again until one of them is unticked.
func TestExclusiveOptionAccessible(t *testing.T) {
	t.Parallel()
	cat := exclusiveCat(t)
	p := Plan(cat)[3]
	pf := BuildPageForm(p, p.Questions, answers.New(cat, "en", testNow), FormConfig{Locale: i18n.Get("en"), Accessible: true})
	var out bytes.Buffer
	// beta.one: 1 (No); beta.two: 1 (Web shop), 2 (Agent), 0 → refused;
	// 2 (untick Agent), 0.
	in := NewLineReader(strings.NewReader("1\n1\n2\n0\n2\n0\n"))
	var committed []string
	err := accessibleRunner{in: in, out: &out, loc: i18n.English}.run(context.Background(), pf, func(k string) { committed = append(committed, k) })
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), `"Agent" cannot be combined with other options`) {
		t.Errorf("the refusal was not printed:\n%s", out.String())
	}
	if two, _ := pf.Values.Multi("beta.two"); !reflect.DeepEqual(two, []string{"web"}) || !reflect.DeepEqual(committed, []string{"beta.one", "beta.two"}) {
		t.Errorf("beta.two %v, committed %v; want [web], both", two, committed)
	}
}
