package assessment

import (
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
)

// TestMissingProfileNotice: the notice for profile answers a file lacks
// says programmes are marked "check" only for the questions eligibility
// reads (turnover), and for the firm's situation (where the buyer waits,
// work at clients' premises, clients' personal data) that the plan is made
// without them; each unanswered profile question is in the notice, not
// also in "to clarify".
func TestMissingProfileNotice(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, tt := range []struct {
		profile string
		missing []string
		id      string
		checked []string // named as what "check" programmes depend on, before the others
	}{
		{"dk-design-furniture-jp", []string{ProfileBuyerMarket}, "assessment.notice.missingProfile.situation", nil},
		{"uk-cyber-eu", []string{ProfileWorkOnSite, ProfileClientData}, "assessment.notice.missingProfile.situation", nil},
		{"dk-design-furniture-jp", []string{ProfileTurnover}, "assessment.notice.missingProfile", nil},
		{"dk-design-furniture-jp", []string{ProfileTurnover, ProfileBuyerMarket}, "assessment.notice.missingProfile.mixed", []string{ProfileTurnover}},
	} {
		t.Run(tt.profile+"/"+strings.Join(tt.missing, "+"), func(t *testing.T) {
			t.Parallel()
			f := signalProfile(t, cat, tt.profile, tt.missing[0])
			for _, id := range tt.missing[1:] {
				delete(f.Answers, id)
			}
			p, err := Build(cat, f, BuildOptions{Now: f.Updated})
			if err != nil {
				t.Fatal(err)
			}
			var notice []string
			for _, n := range p.Notices {
				if strings.HasPrefix(n.ID, "assessment.notice.missingProfile") {
					notice = append(notice, n.ID)
					text := say("en", n.Message)
					for _, id := range tt.missing {
						if strings.Count(text, i18n.Get("en").T("assessment.profile.name."+id)) != 1 {
							t.Errorf("the notice does not name %s once: %s", id, text)
						}
					}
					marked := strings.Contains(text, `"check"`)
					if want := tt.id != "assessment.notice.missingProfile.situation"; marked != want {
						t.Errorf("says programmes are marked check: %v, want %v: %s", marked, want, text)
					}
					for _, id := range tt.checked {
						if !strings.Contains(text, "("+i18n.Get("en").T("assessment.profile.name."+id)+") are marked") {
							t.Errorf("does not say %s makes programmes check: %s", id, text)
						}
					}
				}
			}
			if !slices.Equal(notice, []string{tt.id}) {
				t.Errorf("notices %v, want [%s]", notice, tt.id)
			}
			for _, c := range p.ToClarify {
				if slices.Contains(tt.missing, c.Question) {
					t.Errorf("to clarify repeats %s beside the notice", c.Question)
				}
			}
		})
	}
}
