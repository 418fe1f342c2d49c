package assessment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
)

// TestFilingWhereBuyerWaits: the brand's filing is the one that covers the
// market where the buyer waits, and for samples it comes before the firm's
// other steps of the same priority (advisor review 13:
// dk-design-furniture-jp's mark went to --all while a Tokyo shop waited for
// samples; the EU trade mark was the action, the Madrid filing designating
// Japan only its alternative).
func TestFilingWhereBuyerWaits(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	for _, c := range []struct {
		name    string
		replace [][2]string
		want    string // the ip-protection action
		shown   bool
	}{
		{"samples for Tokyo: the Madrid filing for Japan, shown", nil, "global-madrid-designation", true},
		{"samples for a German buyer: the EU trade mark", [][2]string{{"buyer-market: JP", "buyer-market: DE"}}, "global-eu-trademark", true},
		{"an enquiry from Tokyo: the Madrid filing, but no earlier than before", [][2]string{{"waiting-buyer: samples", "waiting-buyer: enquiry"}}, "global-madrid-designation", false},
		{"buyer outside the targets: the EU trade mark for Germany, the market suggested", [][2]string{{"buyer-market: JP", "buyer-market: KR"}}, "global-eu-trademark", true},
	} {
		path := filepath.Join("..", "..", "practices", "testdata", "profiles", "dk-design-furniture-jp.yaml")
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		for _, r := range c.replace {
			if !strings.Contains(s, r[0]) {
				t.Fatalf("%s: no %q", c.name, r[0])
			}
			s = strings.Replace(s, r[0], r[1], 1)
		}
		path = filepath.Join(t.TempDir(), "firm.yaml")
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		f, _, err := answers.Load(path, cat)
		if err != nil || f == nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		p, err := Build(cat, f, BuildOptions{Now: time.Date(2026, 12, 4, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range p.Actions {
			if a.Group != "ip-protection" {
				continue
			}
			found = true
			if a.Practice != c.want || a.Shown != c.shown {
				t.Errorf("%s: ip-protection action %s (shown %v), want %s (shown %v)", c.name, a.Practice, a.Shown, c.want, c.shown)
			}
		}
		if !found {
			t.Errorf("%s: no ip-protection action", c.name)
		}
	}
}
