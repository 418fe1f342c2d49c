package assessment

import (
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
)

// TestMarketsAtLeast: a markets condition with at_least counts — two or
// more target markets new to the firm, not one; with all, every market of
// the pool matches and there are at least that many; at_least alone counts
// the target markets whatever they are. Eval and holds agree.
func TestMarketsAtLeast(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		current, target string
		ref             catalogue.MarketsRef
		want            bool
	}{
		{"ES,FR,", "BR,US", catalogue.MarketsRef{New: true, AtLeast: 2}, true},
		{"ES,FR,", "BR,", catalogue.MarketsRef{New: true, AtLeast: 2}, false},
		{"XI,", "XI,GB", catalogue.MarketsRef{New: true, AtLeast: 2}, false},
		{"XI,", "XI,GB", catalogue.MarketsRef{New: true}, true},
		{"XI,", "XI,GB", catalogue.MarketsRef{AtLeast: 2}, true},
		{"XI,", "GB,", catalogue.MarketsRef{AtLeast: 2}, false},
		{"", "BR,US", catalogue.MarketsRef{Kinds: []string{"far"}, AtLeast: 2}, true},
		{"", "BR,DE", catalogue.MarketsRef{Kinds: []string{"far"}, AtLeast: 2}, false},
		{"", "BR,US", catalogue.MarketsRef{Kinds: []string{"far"}, All: true, AtLeast: 3}, false},
		{"", "BR,US", catalogue.MarketsRef{Kinds: []string{"far"}, All: true, AtLeast: 2}, true},
		{"SE,", "DE,US", catalogue.MarketsRef{Kinds: []string{"far"}, All: true, AtLeast: 2}, false},
	} {
		f := file(cat, "region=pt-alentejo", "current-markets="+c.current, "target-markets="+c.target+",")
		fx := NewFacts(cat, f)
		r := &catalogue.Rule{Markets: &c.ref}
		got, _ := fx.Eval(r)
		if got != c.want {
			t.Errorf("selling in %q, targets %q, %+v: %v, want %v", c.current, c.target, c.ref, got, c.want)
		}
		if h := fx.holds(r); h != got {
			t.Errorf("selling in %q, targets %q, %+v: holds %v, Eval %v", c.current, c.target, c.ref, h, got)
		}
	}
}
