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
		// Each firm its own name: one name is one firm (its assessments
		// count once).
		f.Respondent = answers.Respondent{Company: fmt.Sprintf("%s %d", planted[0], i), Advisor: planted[1]}
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

// flat is s with its line breaks (a wrapped text report's) as spaces.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func regexpMatch(re, s string) bool { return regexp.MustCompile(re).MatchString(s) }

// TestAggregateCountsAFirmOnce: an advisor's "then" and "now" of one firm
// in one folder count as one firm, the latest — told apart by company name
// (case and spacing aside) and region, each earlier file named on stderr
// beside the latest, the report saying how many were left out (ux23 found
// two assessments of one firm counted as two firms). The same name in
// another region is another firm. Files without a company name each count,
// and the report says so rather than guess; with every name given it says
// nothing of it.
func TestAggregateCountsAFirmOnce(t *testing.T) {
	t.Parallel()
	dir, cat := aggPopulation(t)
	write := func(name string, company, region, size string, updated time.Time) string {
		t.Helper()
		f := firm.Varied(cat, "en", firm.Epoch, 100)
		f.Set("region", answers.Single(region), firm.Epoch)
		f.Set("size", answers.Single(size), firm.Epoch)
		f.Respondent = answers.Respondent{Company: company}
		f.Updated = updated
		data, err := answers.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	// Firm 0 (small) was micro half a year ago; firm 5 (micro) is small
	// now: 5 small firms become 6, 4 micro ones 3.
	before := write("a-then.yaml", "  ZEBRACORP   planted 0 ", "dk-central", "micro", firm.Epoch.AddDate(0, -6, 0))
	after := write("b-now.yaml", planted[0]+" 5", "dk-central", "small", firm.Epoch.AddDate(0, 0, 1))
	out, errOut, code := aggRun(t, "aggregate", dir)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, want := range []string{"9 firms.", "2 earlier assessments of firms are left out: each firm counts once, with its latest assessment"} {
		if !strings.Contains(flat(out), want) {
			t.Errorf("the report does not say %q:\n%s", want, out)
		}
	}
	if !regexpMatch(`10–49 \(small\)\s+6\b`, out) || strings.Contains(out, "company name, so") {
		t.Errorf("the latest assessments are not the ones counted, or unnamed files are said to be:\n%s", out)
	}
	for _, want := range []string{
		before + ": an earlier assessment of the same firm as " + filepath.Join(dir, planted[4]+"-0.yaml") + " (company name and region); only the latest is counted",
		filepath.Join(dir, planted[4]+"-5.yaml") + ": an earlier assessment of the same firm as " + after,
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not say %q:\n%s", want, errOut)
		}
	}
	for _, format := range []struct{ name, re string }{{"csv", `(?m)^1,earlier,,,,2,false,`}, {"json", `"earlier": 2,\s+"unnamed": 0,`}} {
		out, errOut, code := aggRun(t, "aggregate", dir, "--format", format.name)
		if code != 0 || !regexpMatch(format.re, out) {
			t.Errorf("%s: exit %d, no %s:\n%s\n%s", format.name, code, format.re, out, errOut)
		}
	}

	// The same name in another region is another firm.
	write("c-elsewhere.yaml", planted[0]+" 1", "ie-donegal", "small", firm.Epoch)
	if out, errOut, _ := aggRun(t, "aggregate", dir); !strings.Contains(out, "10 firms.") || !strings.Contains(flat(out), "2 earlier assessments") {
		t.Errorf("a firm of the same name in Donegal is not a firm of its own:\n%s\n%s", out, errOut)
	}

	// Without company names nothing tells two files of one firm apart:
	// each counts, and the report says so.
	anon := t.TempDir()
	for i := range 6 {
		f := firm.Varied(cat, "en", firm.Epoch, uint64(200+i))
		f.Set("region", answers.Single("dk-central"), firm.Epoch)
		f.Respondent = answers.Respondent{}
		data, err := answers.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(anon, fmt.Sprintf("f%d.yaml", i)), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, _ = aggRun(t, "aggregate", anon)
	if !strings.Contains(out, "6 firms.") || !strings.Contains(flat(out), "6 of them give no company name, so each counts as a firm of its own") || strings.Contains(flat(out), "earlier assessment") {
		t.Errorf("unnamed files:\n%s\n%s", out, errOut)
	}
}
