package catalogue

import "testing"

func TestQuestionAcceptsExclusive(t *testing.T) {
	t.Parallel()
	q := &Question{ID: "q", Kind: KindMulti, DontKnow: true, Options: []*Option{
		{ID: "a"}, {ID: "b"}, {ID: "none", Exclusive: true},
	}}
	tests := []struct {
		id                string
		accepts, excludes bool
	}{
		{"a", true, false},
		{"none", true, true},
		{DontKnow, true, true},
		{NotApplicable, false, true}, // not offered, but alone if it were
		{"c", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := q.Accepts(tt.id); got != tt.accepts {
			t.Errorf("Accepts(%q) = %v, want %v", tt.id, got, tt.accepts)
		}
		if got := q.Exclusive(tt.id); got != tt.excludes {
			t.Errorf("Exclusive(%q) = %v, want %v", tt.id, got, tt.excludes)
		}
	}
	q.NotApplicable = true
	if !q.Accepts(NotApplicable) {
		t.Error("Accepts(not-applicable) = false with NotApplicable set")
	}
}
