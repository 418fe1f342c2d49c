package cli

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/practices"
)

// TestProblemMatcher runs .github/eis-matcher.json, the GitHub Actions
// problem matcher for eis validate's plain output, over real output in
// English and Danish: every diagnostic line must give back its file, line,
// column, severity, message and rule, and no other line may match.
func TestProblemMatcher(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../../.github/eis-matcher.json")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		ProblemMatcher []struct {
			Owner   string `json:"owner"`
			Pattern []struct {
				Regexp                                      string
				File, Line, Column, Severity, Message, Code int
			} `json:"pattern"`
		} `json:"problemMatcher"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if len(m.ProblemMatcher) != 1 || len(m.ProblemMatcher[0].Pattern) != 1 || m.ProblemMatcher[0].Owner == "" {
		t.Fatalf("want one matcher with an owner and one pattern: %+v", m)
	}
	p := m.ProblemMatcher[0].Pattern[0]
	// GitHub runs the pattern as a JavaScript regular expression; this one
	// uses only syntax that Go's RE2 reads the same way.
	re := regexp.MustCompile(p.Regexp)

	for _, lang := range i18n.Languages {
		dir := brokenCatalogue(t, true)
		ios, _, out, _ := iostreams.Test()
		_ = validateRun(&ValidateOptions{IO: ios, Embedded: practices.FS(), Now: validateNow, Locale: i18n.Get(lang), Dir: dir, Format: formatText})
		o := catalogueOptions(dir, false, validateNow)
		o.Validate = true
		_, diags, _, _ := catalogue.OpenWith(practices.FS(), o)
		lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if len(diags) == 0 || len(lines) != len(diags)+1 {
			t.Fatalf("%s: %d lines for %d diagnostics:\n%s", lang, len(lines), len(diags), out)
		}
		for i, d := range diags {
			g := re.FindStringSubmatch(lines[i])
			if g == nil {
				t.Errorf("%s: the matcher misses %q", lang, lines[i])
				continue
			}
			got := [...]string{g[p.File], g[p.Line], g[p.Column], g[p.Severity], g[p.Message], g[p.Code]}
			want := [...]string{d.File, strconv.Itoa(d.Line), strconv.Itoa(d.Col), string(d.Severity), i18n.Get(lang).Format(d.Message), d.Rule}
			if got != want {
				t.Errorf("%s: %q\nmatched as %q\nwant       %q", lang, lines[i], got, want)
			}
		}
		if summary := lines[len(lines)-1]; re.MatchString(summary) {
			t.Errorf("%s: the summary line %q matches", lang, summary)
		}
	}

	// A Windows path (with its drive colon) and a message with brackets.
	g := re.FindStringSubmatch(`C:\cat\x.yaml:12:3: warning: see [this] and that [stale]`)
	if g == nil || g[p.File] != `C:\cat\x.yaml` || g[p.Line] != "12" || g[p.Message] != "see [this] and that" || g[p.Code] != "stale" {
		t.Errorf("Windows path: %q", g)
	}
}
