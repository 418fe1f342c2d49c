package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/practices"
)

// planted names are in every answers file of the population below; no
// output of eis aggregate may show any of them.
var planted = []string{"Zebracorp Planted", "Advisor Quintessa", "SECRET-NOTE-7731", "note on a dimension 4471", "planted-file-name"}

// aggPopulation writes 9 answers files of Central Denmark — 5 small firms
// and 4 micro firms — each with a planted company, advisor and notes, and
// returns their folder. File names carry a planted word too: names go to
// stderr only.
func aggPopulation(t *testing.T) (string, *catalogue.Catalogue) {
	t.Helper()
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		t.Fatalf("embedded catalogue: %v %v", err, diags)
	}
	dir := t.TempDir()
	for i := range 9 {
		f := firm.Varied(cat, "en", firm.Epoch, uint64(100+i))
		f.Set("region", answers.Single("dk-central"), firm.Epoch)
		size := "small"
		if i >= 5 {
			size = "micro"
		}
		f.Set("size", answers.Single(size), firm.Epoch)
		f.Respondent = answers.Respondent{Company: planted[0], Advisor: planted[1]}
		f.Notes = map[string]string{"general": planted[2], "strategy": planted[3]}
		data, err := answers.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%d.yaml", planted[4], i)), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir, cat
}

func aggRun(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	f := &Factory{IOStreams: ios, Embedded: practices.FS(), Now: func() time.Time { return testutil.Today }, Global: GlobalOptions{CatalogueMode: "extend"}}
	code = Run(f, args)
	return out.String(), errOut.String(), code
}

// TestAggregateNeverShowsIdentity: in every format, with and without
// --region, no company, advisor, note or file name reaches the output;
// the group of 4 micro firms is suppressed ("< 5"), the 5 small firms are
// counted.
func TestAggregateNeverShowsIdentity(t *testing.T) {
	t.Parallel()
	dir, _ := aggPopulation(t)
	for _, format := range []string{"text", "markdown", "csv", "json", "html"} {
		for _, extra := range [][]string{nil, {"--region", "dk-central"}} {
			args := append([]string{"aggregate", dir, "--format", format}, extra...)
			out, errOut, code := aggRun(t, args...)
			if code != 0 {
				t.Fatalf("%v: exit %d\n%s", args, code, errOut)
			}
			for _, p := range planted {
				if strings.Contains(out, p) || strings.Contains(errOut, p) {
					t.Errorf("%v: the output shows %q", args, p)
				}
			}
			if !strings.Contains(out, "9") {
				t.Errorf("%v: the output does not count 9 firms:\n%s", args, out)
			}
			switch format {
			case "text":
				if !strings.Contains(out, "1–9 (micro)") || !regexpMatch(`1–9 \(micro\)\s+< 5`, out) {
					t.Errorf("%v: the 4 micro firms are not suppressed:\n%s", args, out)
				}
				if !regexpMatch(`10–49 \(small\)\s+5\b`, out) {
					t.Errorf("%v: the 5 small firms are not counted:\n%s", args, out)
				}
			case "csv":
				if !strings.Contains(out, ",size,") || !regexpMatch(`(?m)^1,size,[^,]*,micro,[^,]*,,true,`, out) {
					t.Errorf("%v: micro is not suppressed in CSV:\n%s", args, out)
				}
			case "json":
				if !regexpMatch(`"id": "micro",\s+"label": "[^"]+",\s+"n": 0,\s+"suppressed": true`, out) {
					t.Errorf("%v: micro is not suppressed in JSON:\n%s", args, out)
				}
			}
		}
	}
}

// TestAggregateSkipsBrokenFiles: a broken file, a catalogue file and a
// file that is not YAML are named on stderr and left out; the run goes on
// and says how many were left out; with nothing readable it fails.
func TestAggregateSkipsBrokenFiles(t *testing.T) {
	t.Parallel()
	dir, _ := aggPopulation(t)
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("broken.yaml", "version: 1\nanswers: [\n")
	write("foreign.yaml", "version: 1\ndimensions:\n  - id: x\n")
	write("binary.yml", "\x00\x01\x02")
	out, errOut, code := aggRun(t, "aggregate", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, name := range []string{"broken.yaml", "foreign.yaml", "binary.yml"} {
		if !strings.Contains(errOut, "skipped "+filepath.Join(dir, name)+": ") {
			t.Errorf("stderr does not name %s:\n%s", name, errOut)
		}
	}
	if !strings.Contains(out, "3 files could not be read and are left out") {
		t.Errorf("the report does not say 3 files were left out:\n%s", out)
	}
	if strings.Contains(out, "broken.yaml") {
		t.Errorf("a file name is in the report:\n%s", out)
	}

	bad := t.TempDir()
	if err := os.WriteFile(filepath.Join(bad, "x.yaml"), []byte("nope: 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, errOut, code = aggRun(t, "aggregate", bad)
	if code != 1 || !strings.Contains(errOut, "none of the 1 files could be read") {
		t.Errorf("all broken: exit %d\n%s", code, errOut)
	}
	_, errOut, code = aggRun(t, "aggregate", t.TempDir())
	if code != 1 || !strings.Contains(errOut, "no answers files (*.yaml, *.yml) in") {
		t.Errorf("empty folder: exit %d\n%s", code, errOut)
	}
	_, errOut, code = aggRun(t, "aggregate", dir, "--region", "dk")
	if code != 2 || !strings.Contains(errOut, `no review for region "dk"`) {
		t.Errorf("unknown region: exit %d\n%s", code, errOut)
	}
}

// TestAggregateTooFew: four firms show nothing but that there are fewer than five.
func TestAggregateTooFew(t *testing.T) {
	t.Parallel()
	dir, _ := aggPopulation(t)
	var files []string
	for i := 5; i < 9; i++ {
		files = append(files, filepath.Join(dir, fmt.Sprintf("%s-%d.yaml", planted[4], i)))
	}
	out, errOut, code := aggRun(t, append([]string{"aggregate"}, files...)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	if !strings.Contains(out, "Fewer than 5 firms: nothing more is shown") || strings.Contains(out, "Readiness") {
		t.Errorf("4 firms:\n%s", out)
	}
}

func regexpMatch(re, s string) bool { return regexp.MustCompile(re).MatchString(s) }
