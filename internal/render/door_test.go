package render

import (
	"testing"

	"github.com/eis-project/eis/internal/assessment"
)

// TestDoorLabel: "start here" only on the door where the firm starts; a
// door the catalogue could not confirm says to ask whether it can help;
// a door an exporter comes to after its decisive steps, and any other
// action, has no label (advisor review 5).
func TestDoorLabel(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a    assessment.Action
		want string
	}{
		{assessment.Action{Door: true, StartHere: true, Confidence: "verified"}, "render.label.startHere"},
		{assessment.Action{Door: true, Confidence: "unverified"}, "render.label.doorAsk"},
		{assessment.Action{Door: true, Confidence: "partial"}, ""},
		{assessment.Action{Confidence: "unverified"}, ""},
	} {
		if got := doorLabel(c.a); got != c.want {
			t.Errorf("%+v: %q, want %q", c.a, got, c.want)
		}
	}
}
