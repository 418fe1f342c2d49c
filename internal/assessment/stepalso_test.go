package assessment

import (
	"slices"
	"testing"
)

// TestStepAlsoInLeftOutOnlyBesideTheOther: the labour-leasing check's A1
// step (step 4) is the posting action's own; the plan leaves it out of the
// check only while it shows the posting action (advisor review 15b:
// it-erp-consultants-de read it twice). A firm that did not say where its
// people work gets no posting action, and keeps the step in the check.
func TestStepAlsoInLeftOutOnlyBesideTheOther(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		name    string
		edit    [2]string
		posting bool
		left    []int
	}{
		{"consultants on site, posting shown", [2]string{"  work-on-site: on-site\n", "  work-on-site: on-site\n"}, true, []int{4}},
		{"where its people work not said", [2]string{"  work-on-site: on-site\n", ""}, false, nil},
	} {
		f := editedProfile(t, cat, "it-erp-consultants-de", c.edit)
		p, err := Build(cat, f, BuildOptions{Now: planDay})
		if err != nil {
			t.Fatal(err)
		}
		var check *Action
		posting := false
		for i, a := range p.Actions {
			switch a.Practice {
			case "global-de-labour-leasing-check":
				check = &p.Actions[i]
			case "global-posted-workers-a1":
				posting = a.Shown
			}
		}
		if check == nil {
			t.Fatalf("%s: the labour-leasing check is not an action", c.name)
		}
		if posting != c.posting {
			t.Errorf("%s: the posting action shown %v, want %v", c.name, posting, c.posting)
		}
		if !slices.Equal(check.LeftOutSteps, c.left) {
			t.Errorf("%s: the check leaves out steps %v, want %v", c.name, check.LeftOutSteps, c.left)
		}
	}
}
