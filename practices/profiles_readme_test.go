package practices_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/testutil"
)

// TestProfilesReadme keeps what testdata/profiles/README.md says of the
// profiles true: how many firms there are (in words, as its first line
// says them), the clock the golden plans are made at, and a table row
// for every answers file.
func TestProfilesReadme(t *testing.T) {
	t.Parallel()
	dir := filepath.Join("testdata", "profiles")
	b, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.Join(strings.Fields(string(b)), " ")
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		base := filepath.Base(f)
		if base == "expectations.yaml" {
			continue
		}
		n++
		if !strings.Contains(readme, "| `"+base+"`") {
			t.Errorf("testdata/profiles/README.md has no table row for %s; add one (| `%s` | firm | what the advisor expects |)", base, base)
		}
	}
	count := numberWords(n)
	count = strings.ToUpper(count[:1]) + count[1:]
	if want := count + " illustrative firms"; !strings.Contains(readme, want) {
		t.Errorf("testdata/profiles/README.md should say %q: there are %d profiles", want, n)
	}
	if want := "at " + testutil.Today.Format(time.RFC3339) + ","; !strings.Contains(readme, want) {
		t.Errorf("testdata/profiles/README.md should say the golden plans are made %q (testutil.Today)", want)
	}
}

// numberWords says 1 to 999 in English words: "eighty-eight".
func numberWords(n int) string {
	ones := []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens := []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	var s string
	if n >= 100 {
		s = ones[n/100] + " hundred"
		if n%100 == 0 {
			return s
		}
		s += " and "
		n %= 100
	}
	if n < 20 {
		return s + ones[n]
	}
	s += tens[n/10]
	if n%10 != 0 {
		s += "-" + ones[n%10]
	}
	return s
}
