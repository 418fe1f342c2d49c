package assessment

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
)

// TestDecisiveNoActionSaysWhomToAsk: a decisive need the catalogue has no
// action for is said above the actions, and after such needs one notice
// names whom to ask — the door the plan shows (advisor review 13b:
// uk-cyber-eu was told "you need partners … and have no one there yet to
// introduce you" and nothing more). A plan without such a need, or without
// a door shown, gets no such notice.
func TestDecisiveNoActionSaysWhomToAsk(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tc := range []struct {
		profile string
		needs   int    // decisive needs without an action
		door    string // the organisation named, "" for no notice
	}{
		// Its partner need is met by the agent or distributor check, which
		// lists that need (also), and its payment need by the proposal's
		// own payment step (svc26, session 26): it was this test's case of
		// two needs.
		{"uk-cyber-eu", 0, ""},
		{"dk-toys-us", 1, "Erhvervshus Midtjylland"},
		// A web shop that sells only to consumers needs no partners to
		// introduce it: its "no contacts" is how a web shop sells (session
		// 15; it was this test's one-need case).
		{"ie-knitwear-online", 0, ""},
		{"uk-medtech-us", 0, ""}, // its partner need met by the agent or distributor check (svc26)
		{"ie-food-producer", 0, ""},
	} {
		t.Run(tc.profile, func(t *testing.T) {
			t.Parallel()
			f, _, err := answers.Load(filepath.Join("..", "..", "practices", "testdata", "profiles", tc.profile+".yaml"), cat)
			if err != nil {
				t.Fatal(err)
			}
			p, err := Build(cat, f, BuildOptions{Now: f.Updated})
			if err != nil {
				t.Fatal(err)
			}
			needs, at := 0, -1
			for i, m := range p.Notices {
				switch m.ID {
				case "assessment.reason.decisive":
					needs++
					if at >= 0 {
						t.Errorf("a decisive need after the notice of whom to ask: %+v", p.Notices)
					}
				case "assessment.notice.decisiveNoAction":
					at = i
				}
			}
			if needs != tc.needs {
				t.Errorf("%d decisive needs without an action, want %d: %+v", needs, tc.needs, p.Notices)
			}
			if tc.door == "" {
				if at >= 0 {
					t.Errorf("a notice of whom to ask: %+v", p.Notices[at])
				}
				return
			}
			if at < 0 {
				t.Fatalf("no notice of whom to ask after the needs: %+v", p.Notices)
			}
			m := p.Notices[at].Message
			if m.Count == nil || *m.Count != tc.needs || !slices.Contains(m.Args, any(tc.door)) {
				t.Errorf("the notice counts %v needs with %v, want %d with %q", m.Count, m.Args, tc.needs, tc.door)
			}
		})
	}
}
