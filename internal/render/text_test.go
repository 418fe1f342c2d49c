package render

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
)

// TestPlanTextKeepsLinksWhole renders plans whose links are short, too long
// to follow their label but short enough for a line of their own, and longer
// than any line, at every width. A link must appear whole at the end of a
// line, and a line may be wider than the width only when it ends in a link
// too long for any line: a terminal as wide as the text would otherwise
// break the link where its edge falls (…/internationalisation-of | -smes),
// and copy-paste would give half a link.
func TestPlanTextKeepsLinksWhole(t *testing.T) {
	t.Parallel()
	links := []string{
		"https://een.ec.europa.eu/",
		"https://www.interregeurope.eu/find-policy-solutions/policy-briefs/internationalisation-of-smes",
		"https://www.interregeurope.eu/policylearning/good-practices/item/240/incentive-to-the-internationalisation-of-smes-individual-projects/",
	}
	ansi := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, color := range []bool{false, true} {
		for width := MinWidth; width <= MaxWidth; width++ {
			p := richPlan("en")
			for i := range p.Actions {
				p.Actions[i].URL = links[i%len(links)]
			}
			for i := range p.Ideas {
				p.Ideas[i].URL = links[(i+1)%len(links)]
			}
			var buf bytes.Buffer
			if err := PlanText(&buf, p, Options{Locale: i18n.Get(p.Language), Width: width, Color: color}); err != nil {
				t.Fatal(err)
			}
			out := ansi.ReplaceAllString(buf.String(), "")
			lines := strings.Split(out, "\n")
			name := fmt.Sprintf("width %d, colour %v", width, color)
			for _, u := range links {
				if !strings.Contains(out, u+"\n") {
					t.Errorf("%s: link %s is not whole at the end of a line", name, u)
				}
			}
			for i, l := range lines {
				if cells(l) <= width {
					continue
				}
				f := strings.Fields(l)
				if u := f[len(f)-1]; !strings.HasPrefix(u, "https://") || cells(u) <= width {
					t.Errorf("%s: line %d is %d cells wide: %q", name, i+1, cells(l), l)
				}
			}
		}
	}
}

func TestLinkLines(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		ind   string
		url   string
		width int
		want  []string
	}{
		{"fits after the label", "   ", "https://a.eu/x", 30, []string{"   Link: https://a.eu/x"}},
		{"exactly fits", "  ", "https://a.eu/x", 22, []string{"  Link: https://a.eu/x"}},
		{"own line at the indent", "  ", "https://a.eu/xyz", 20, []string{"  Link:", "  https://a.eu/xyz"}},
		{"own line, from the margin", "     ", "https://a.eu/xyz/1", 20, []string{"     Link:", "https://a.eu/xyz/1"}},
		{"fills the line", "    ", "https://a.eu/xyz/123", 20, []string{"    Link:", "https://a.eu/xyz/123"}},
		{"longer than any line", "    ", "https://a.eu/xyz/1234", 20, []string{"    Link: https://a.eu/xyz/1234"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := linkLines(tt.ind, "Link:", tt.url, tt.width)
			var lines []string
			for _, l := range got {
				lines = append(lines, l.prefix+l.url)
			}
			if strings.Join(lines, "|") != strings.Join(tt.want, "|") {
				t.Errorf("linkLines(%q, %q, %d) = %q, want %q", tt.ind, tt.url, tt.width, lines, tt.want)
			}
		})
	}
}

// TestPlanMoreNamesTheCommand: when not every action is shown, text and
// Markdown name the command that shows them all, whole and on a line of its
// own so it can be copied; without one, a generic command.
func TestPlanMoreNamesTheCommand(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, lang, format, cmd string
		want                    []string
	}{
		{"text", "en", FormatText, "eis plan --answers 'acme plan.yaml' --all --lang en",
			[]string{"\n  2 more actions meet needs of yours; to see them, and the programmes that are\n  not for you, run:\n    eis plan --answers 'acme plan.yaml' --all --lang en\n"}},
		{"text, Danish, generic", "da", FormatText, "",
			[]string{"\n    eis plan --answers FIL --all\n"}},
		{"markdown", "en", FormatMarkdown, "eis plan --answers my_`x`.yaml --all --format markdown",
			[]string{"*2 more actions meet needs of yours; to see them, and the programmes that are not for you, run:*\n\n```\neis plan --answers my_`x`.yaml --all --format markdown\n```\n"}},
		{"markdown, generic", "en", FormatMarkdown, "",
			[]string{"\n```\neis plan --answers FILE --all\n```\n"}},
		{"markdown, a fence in the file name", "en", FormatMarkdown, "eis plan --answers '```.yaml' --all",
			[]string{"\n````\neis plan --answers '```.yaml' --all\n````\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p := richPlan(tt.lang)
			p.Actions[2].Shown = false
			var buf bytes.Buffer
			if err := Plan(&buf, p, tt.format, Options{Locale: i18n.Get(p.Language), Width: 80, AllCommand: tt.cmd}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(buf.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, buf.String())
				}
			}
		})
	}
}

// TestBarShrinks: a readiness bar is 10 cells from 60 columns up and
// shrinks to 5 at 40, so a narrow terminal keeps room for the labels.
func TestBarShrinks(t *testing.T) {
	t.Parallel()
	for width, want := range map[int]int{40: 5, 45: 6, 50: 7, 55: 8, 59: 9, 60: 10, 100: 10} {
		if got := barLen(width); got != want {
			t.Errorf("barLen(%d) = %d, want %d", width, got, want)
		}
	}
	var buf bytes.Buffer
	if err := PlanText(&buf, richPlan("en"), Options{Locale: i18n.Get("en"), Width: 40}); err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(buf.String(), "\n") {
		if n := strings.Count(l, "█") + strings.Count(l, "░"); n != 0 && n != 5 {
			t.Errorf("bar of %d cells at 40 columns: %q", n, l)
		}
	}
}

// TestUnverifiedImpactQualified: an action whose facts are unverified does
// not state its impact as a fact — "Impact: high" beside "unverified" claimed
// a confidence the sources had not earned (advisor review 5).
func TestUnverifiedImpactQualified(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		confidence, want string
	}{
		{"unverified", "Impact: high, if confirmed"},
		{"partial", "Impact: high"},
		{"verified", "Impact: high"},
	} {
		fs := effortFields(assessment.Action{Effort: "low", Cost: "free", Impact: "high", Confidence: tt.confidence}, i18n.English)
		if got := fs[len(fs)-1]; got != tt.want {
			t.Errorf("%s: %q, want %q", tt.confidence, got, tt.want)
		}
	}
}

// TestNarrowHeadingsWrap: on a narrow terminal every line of a plan (with
// --all), a comparison and a region's review fits, in every language —
// headings included ("Programmes that match a need of yours, but not your
// situation"; Danish "Gjort eller ikke længere nødvendigt (handlinger fra
// den tidligere plan)" ran 12 columns past a 60-column terminal). Only a
// link, or a word longer than the line, may stick out.
func TestNarrowHeadingsWrap(t *testing.T) {
	t.Parallel()
	ansi := regexp.MustCompile("\x1b\\[[0-9;]*m")
	for _, lang := range i18n.Languages {
		for _, width := range []int{MinWidth, 50, 60} {
			for _, color := range []bool{false, true} {
				o := Options{Locale: i18n.Get(lang), Width: width, Color: color}
				p := richPlan(lang)
				p.ShowAll = true
				outs := map[string]func(*bytes.Buffer) error{
					"plan":    func(b *bytes.Buffer) error { return PlanText(b, p, o) },
					"compare": func(b *bytes.Buffer) error { return Compare(b, richComparison(lang), FormatText, o) },
					"region":  func(b *bytes.Buffer) error { return Region(b, richRegion(lang), FormatText, o) },
				}
				for name, write := range outs {
					var buf bytes.Buffer
					if err := write(&buf); err != nil {
						t.Fatal(err)
					}
					for _, l := range strings.Split(ansi.ReplaceAllString(buf.String(), ""), "\n") {
						if cells(l) <= width {
							continue
						}
						long := false
						for _, f := range strings.Fields(l) {
							long = long || strings.HasPrefix(f, "https://") || cells(f) > width/2
						}
						if !long {
							t.Errorf("%s %s, %d columns, colour %v: %d cells: %q", name, lang, width, color, cells(l), l)
						}
					}
				}
			}
		}
	}
}
