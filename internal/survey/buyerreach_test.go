package survey

import (
	"slices"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestBuyerReachChoicesFitTheTargets: whether the waiting buyer's order
// is for more than one of the firm's target markets offers "some of them"
// only to a firm with three or more (session 19): with two, "some" is one
// of them, and the choices are all (both) or one. An earlier "some" of a
// firm that has since dropped a target is not kept as the field's value.
func TestBuyerReachChoicesFitTheTargets(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	loc := i18n.Get("en")
	q := cat.Question("buyer-reach")
	if q == nil {
		t.Fatal("no question buyer-reach")
	}
	for _, tt := range []struct {
		name    string
		targets []string
		want    []string
	}{
		{"two targets", []string{"DE", "AT"}, []string{"all", "one", catalogue.DontKnow}},
		{"three targets", []string{"DE", "AT", "SE"}, []string{"all", "some", "one", catalogue.DontKnow}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := answers.New(cat, "en", testNow)
			f.Set("region", answers.Multiple("it-emilia-romagna"), testNow)
			f.Set("target-markets", answers.Multiple(tt.targets...), testNow)
			f.Set("buyer-reach", answers.Multiple("some"), testNow)
			pf := BuildPageForm(Page{Kind: ProfilePage}, []*catalogue.Question{q}, f, FormConfig{Locale: loc, KeyMap: KeyMap(loc), Width: 80, Catalogue: cat, Theme: charmTheme})
			var got []string
			for _, o := range optionsOf(pf.Values.questions["buyer-reach"], loc) {
				got = append(got, o.Value)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("choices %v, want %v", got, tt.want)
			}
			kept := *pf.Values.single["buyer-reach"] == "some"
			if want := slices.Contains(tt.want, "some"); kept != want {
				t.Errorf("the earlier answer some kept: %v, want %v", kept, want)
			}
		})
	}
}
