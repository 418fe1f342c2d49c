package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// checkHTML parses an HTML report with golang.org/x/net/html (as a browser
// would) and checks what every report must be: a whole document in lang
// with a title and one h1 in one main; headings that do not skip a level;
// self-contained (no script, no external style sheet, image, font or
// frame; a Content-Security-Policy that forbids loading anything); links
// only to web pages, e-mail or phone; unique IDs; every chart an SVG image
// with a title, beside a table of the same numbers; A4 print CSS with page
// breaks before the sections marked "page".
func checkHTML(t *testing.T, data []byte, lang string) *html.Node {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("<!DOCTYPE html>\n")) {
		t.Errorf("the document does not start with <!DOCTYPE html>")
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	count := map[atom.Atom]int{}
	ids := map[string]bool{}
	var lastHeading int
	var csp, css string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			count[n.DataAtom]++
			if id := attr(n, "id"); id != "" {
				if ids[id] {
					t.Errorf("id %q is used twice", id)
				}
				ids[id] = true
			}
			switch n.DataAtom {
			case atom.Html:
				if attr(n, "lang") != lang {
					t.Errorf("<html lang=%q>, want %q", attr(n, "lang"), lang)
				}
			case atom.Script, atom.Iframe, atom.Object, atom.Embed, atom.Link, atom.Base:
				t.Errorf("<%s> in a self-contained report", n.Data)
			case atom.Img:
				if !strings.HasPrefix(attr(n, "src"), "data:") {
					t.Errorf("<img src=%q> loads from outside the file", attr(n, "src"))
				}
			case atom.A:
				h := attr(n, "href")
				if !(strings.HasPrefix(h, "https://") || strings.HasPrefix(h, "http://") || strings.HasPrefix(h, "mailto:") || strings.HasPrefix(h, "tel:") || strings.HasPrefix(h, "#")) {
					t.Errorf("link to %q", h)
				}
			case atom.Title:
				if n.Parent == nil || n.Parent.DataAtom != atom.Head {
					count[atom.Title]-- // an SVG's title, checked below
				}
			case atom.Meta:
				if attr(n, "http-equiv") == "Content-Security-Policy" {
					csp = attr(n, "content")
				}
			case atom.Style:
				if n.FirstChild != nil {
					css += n.FirstChild.Data
				}
			case atom.H1, atom.H2, atom.H3, atom.H4:
				level := int(n.Data[1] - '0')
				if level > lastHeading+1 {
					t.Errorf("<%s> %q follows an h%d: a heading level is skipped", n.Data, textOf(n), lastHeading)
				}
				lastHeading = level
				if strings.TrimSpace(textOf(n)) == "" {
					t.Errorf("an empty <%s>", n.Data)
				}
			case atom.Svg:
				if attr(n, "role") != "img" {
					t.Errorf("an <svg> without role=img")
				}
				label := attr(n, "aria-labelledby")
				title := find(n, func(c *html.Node) bool { return c.Data == "title" && attr(c, "id") == label })
				if label == "" || title == nil || strings.TrimSpace(textOf(title)) == "" {
					t.Errorf("an <svg> without a <title> it is labelled by")
				}
				if next := nextElement(n.Parent); next == nil || next.DataAtom != atom.Table {
					t.Errorf("a chart without a table of its numbers after it")
				}
			}
			for _, a := range n.Attr {
				if a.Key == "style" || strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s %s=%q>: inline styles and event handlers are not allowed", n.Data, a.Key, a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for a, want := range map[atom.Atom]int{atom.Head: 1, atom.Title: 1, atom.Main: 1, atom.H1: 1, atom.Style: 1} {
		if count[a] != want {
			t.Errorf("%d <%s> elements, want %d", count[a], a, want)
		}
	}
	if !strings.Contains(csp, "default-src 'none'") {
		t.Errorf("Content-Security-Policy %q does not forbid loading", csp)
	}
	for _, want := range []string{"@page", "size: A4", "@media print", "break-before: page"} {
		if !strings.Contains(css, want) {
			t.Errorf("the style sheet lacks %q", want)
		}
	}
	if strings.Contains(css, "url(") || strings.Contains(css, "@import") || strings.Contains(css, "@font-face") {
		t.Errorf("the style sheet loads something (url(), @import or @font-face)")
	}
	if find(doc, func(n *html.Node) bool { return n.Data == "section" && hasClass(n, "page") }) == nil {
		t.Errorf("no section starts a printed page")
	}
	return doc
}

// textsContaining returns the text nodes of doc that contain s.
func textsContaining(doc *html.Node, s string) []string {
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && strings.Contains(n.Data, s) {
			out = append(out, n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// nextElement is the next sibling element of n.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// TestHTMLEscapesCatalogueText: a practice title with markup shows as
// text in every place the region review puts it, never as an element.
func TestHTMLEscapesCatalogueText(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	if err := Region(&buf, richRegion("en"), FormatHTML, Options{}); err != nil {
		t.Fatal(err)
	}
	doc := checkHTML(t, buf.Bytes(), "en")
	if got := textsContaining(doc, "<script>alert(1)</script>"); len(got) < 3 {
		t.Errorf("the title with <script> shows as text %d times, want at least 3 (matrix, offer, closing, re-check): %q", len(got), got)
	}
	if !bytes.Contains(buf.Bytes(), []byte("&lt;script&gt;alert(1)&lt;/script&gt;")) {
		t.Errorf("the title with <script> is not escaped in the markup")
	}
}

// TestPlanHTMLEscapes: catalogue and answers text with markup (a practice
// title, a step, a company name, a note) shows as text in the plan's HTML.
func TestPlanHTMLEscapes(t *testing.T) {
	t.Parallel()
	p := richPlan("en")
	const evil = "<script>alert(1)</script>"
	p.Respondent.Company = "Evil " + evil
	p.Actions[0].Title = "Screening " + evil
	p.Actions[0].Steps[0] = "Call them " + evil
	p.Notes = append(p.Notes, assessment.Note{Ref: "general", Text: "Note " + evil})
	var buf bytes.Buffer
	if err := Plan(&buf, p, FormatHTML, Options{}); err != nil {
		t.Fatal(err)
	}
	doc := checkHTML(t, buf.Bytes(), "en")
	if got := textsContaining(doc, evil); len(got) < 5 {
		t.Errorf("markup shows as text %d times, want at least 5 (title, h1, action, step, first step): %q", len(got), got)
	}
}

// TestBarChartLabelsFit: a dimension's label is drawn right-aligned at
// LabelX, so the label column must be as wide as the label (about 7 units
// a character at 13px in DejaVu Sans, Debian's default font) or the label
// runs off the chart's left edge — as the Danish "Jura, immaterielle
// rettigheder og regler" did ("ura, immaterielle rettigheder og reg…").
// A label too long for the widest column is cut with "…" and fits too.
func TestBarChartLabelsFit(t *testing.T) {
	t.Parallel()
	loc := i18n.Get("da")
	for _, labels := range [][]string{
		{"Strategi og engagement", "Jura, immaterielle rettigheder og regler"},
		{"Digital presence and online sales"},
		{strings.Repeat("Internationaliseringsforberedelse ", 4)},
	} {
		var rows []barInput
		for _, l := range labels {
			s := 0.5
			rows = append(rows, barInput{Label: l, Score: &s})
		}
		c := newBarChart("c", "t", "a", rows, nil, nil, loc, "")
		for i, r := range c.Rows {
			if need := 7.0 * float64(cells(r.Label)); float64(c.LabelX) < need {
				t.Errorf("label %q needs about %.0f units, the column ends at %d", r.Label, need, c.LabelX)
			}
			if whole := oneLine(labels[i]); cells(whole) <= 40 && r.Label != whole {
				t.Errorf("label %q cut to %q", whole, r.Label)
			}
		}
		if c.BarW < 200 {
			t.Errorf("labels %q leave %d units for the bars", labels, c.BarW)
		}
	}
}

// escapeByTemplate is what html/template writes for s in an element's
// text and as a whole href (the pages were html/template's until
// htmlWriter took its place; tests only, so the binary does not link it).
func escapeByTemplate(t testing.TB, s string) string {
	t.Helper()
	tmpl := template.Must(template.New("").Parse(`<p>{{.}}</p><a href="{{.}}">`))
	var b strings.Builder
	if err := tmpl.Execute(&b, s); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// escapeByWriter is the same written by htmlWriter.
func escapeByWriter(s string) string {
	h := &htmlWriter{}
	h.raw("<p>")
	h.text(s)
	h.raw(`</p><a href="`)
	h.url(s)
	h.raw(`">`)
	return h.String()
}

// TestHTMLEscapeIsTemplates: htmlWriter escapes text and links byte for
// byte as html/template did (entities for " & ' + < >, U+FFFD for NUL;
// links of other schemes than http, https and mailto "#ZgotmplZ", bytes a
// URL cannot hold %-encoded), so the pages and their goldens are the same.
func TestHTMLEscapeIsTemplates(t *testing.T) {
	t.Parallel()
	for _, s := range []string{
		"", "plain", `<script>alert("x")</script>`, "a+b & 'c' \x00 d", "AT&T <b>",
		"https://example.org/a b?q=1&r=ü#frag", "http://x/%41%zz%", "mailto:a@b.c", "MAILTO:A@B.C",
		"javascript:alert(1)", "JavaScript:x", "data:text/html,<b>", "vbscript:x", "/relative:path", "tel:+4512345678",
		"//example.org", "#anchor", "?q=a+b", "\xff\xfe invalid", "\uFFFD\uFDD0\uFFFF", "x\ny\tz", "1e+06",
	} {
		if got, want := escapeByWriter(s), escapeByTemplate(t, s); got != want {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	}
}

// FuzzHTMLEscape holds htmlWriter's escaping to html/template's.
func FuzzHTMLEscape(f *testing.F) {
	for _, s := range []string{"<a href='x'>&amp;</a>", "https://a.b/c d?e=f&g=+#h", "javascript:x", "%", "%4", "%41", "\x00+\"'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := escapeByWriter(s), escapeByTemplate(t, s); got != want {
			t.Errorf("%q:\n got %q\nwant %q", s, got, want)
		}
	})
}

// TestHTMLLongWordsBreak: a word longer than the page — a German firm's
// name ("Donaudampfschifffahrtsgesellschaftskapitänsmützenfabrik GmbH"), an
// address pasted into a note — breaks inside the page instead of running
// past its edge. It did not: the h1 ran off the A4 page, and Chromium then
// printed the whole report shrunk to fit the widest line. Body text may
// break anywhere a word overflows, and the label/value lists (the firm's
// facts, the notes) let their value column shrink below its longest word.
func TestHTMLLongWordsBreak(t *testing.T) {
	t.Parallel()
	rule := func(css, selector string) string {
		i := strings.Index(css, "\n"+selector+" {")
		if i < 0 {
			t.Fatalf("no rule for %s in the style sheet", selector)
		}
		return css[i : i+strings.Index(css[i:], "}")]
	}
	if r := rule(htmlCSS, "body"); !strings.Contains(r, "overflow-wrap: break-word") && !strings.Contains(r, "overflow-wrap: anywhere") {
		t.Errorf("body does not break a word longer than the line:%s}", r)
	}
	if r := rule(htmlCSS, "dl.facts"); !strings.Contains(r, "minmax(0, 1fr)") {
		t.Errorf("dl.facts's value column cannot shrink below its longest word:%s}", r)
	}
}

// TestHTMLNotesShareAPage: the print style sheet starts a page before the
// ideas from other regions; without ideas, the notes (or questions to
// clarify, or warnings) follow on the page they start on — an advisor's
// two-line note was printed alone on a sheet of its own.
func TestHTMLNotesShareAPage(t *testing.T) {
	t.Parallel()
	for _, ideas := range []bool{true, false} {
		p := richPlan("en")
		if !ideas {
			p.Ideas = nil
		}
		if len(p.Notes) == 0 {
			t.Fatal("the fixture has no notes")
		}
		var buf bytes.Buffer
		if err := PlanHTML(&buf, p, Options{Locale: i18n.Get("en")}); err != nil {
			t.Fatal(err)
		}
		doc := checkHTML(t, buf.Bytes(), "en")
		more := find(doc, func(n *html.Node) bool { return n.Data == "section" && attr(n, "aria-labelledby") == "more" })
		if more == nil {
			t.Fatalf("ideas %v: no section for the notes", ideas)
		}
		if hasClass(more, "page") != ideas {
			t.Errorf("ideas %v: the notes' section starts a printed page: %v", ideas, hasClass(more, "page"))
		}
	}
}

// TestHTMLLeadKeepsWithWhatFollows: in print, a lead paragraph stays on the
// page of what it introduces. "Overall readiness: 49%" was printed alone at
// the foot of the first page, its chart on the next (an advisor's A4 print
// of a plan with a note and a stage reason of two lines).
func TestHTMLLeadKeepsWithWhatFollows(t *testing.T) {
	t.Parallel()
	i := strings.Index(htmlCSS, "@media print {")
	if i < 0 {
		t.Fatal("the style sheet has no print rules")
	}
	print := htmlCSS[i:]
	for _, line := range strings.Split(print, "\n") {
		sel, rule, ok := strings.Cut(line, "{")
		if !ok || !strings.Contains(rule, "break-after: avoid") {
			continue
		}
		for _, s := range strings.Split(sel, ",") {
			if strings.TrimSpace(s) == "p.lead" || strings.TrimSpace(s) == ".lead" {
				return
			}
		}
	}
	t.Errorf("the print style sheet lets a lead paragraph end a page apart from what it introduces (no break-after: avoid for .lead)")
}

// TestReportSpeaksToTheReader: the HTML report is the client's copy — a
// firm reads it, on screen or printed, and does not run eis — so it says
// that the rest of the actions are in the whole plan rather than naming
// the command line with --all; and the notices and market lines that
// every format shares say "the whole plan", not the flag. All languages.
func TestReportSpeaksToTheReader(t *testing.T) {
	t.Parallel()
	for _, lang := range i18n.Languages {
		loc := i18n.Get(lang)
		var b bytes.Buffer
		// richPlan is unfinished; with a notice that continuing the
		// assessment answers, and the progress since an earlier one.
		p := richPlan(lang)
		p.Notices = append(p.Notices, assessment.Msg{Kind: assessment.NoticeResume, ID: "assessment.notice.missingProfile", Text: loc.N("assessment.notice.missingProfile", 1, 1, "sector")})
		c := richComparison(lang)
		p.Since = &c
		if err := Plan(&b, p, FormatHTML, Options{Width: 80, Locale: loc}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, cmd := range []string{"--all", "eis plan", loc.T("render.plan.allCommand"), "eis assess", "--resume", loc.T("render.plan.resumeCommand"), "eis compare"} {
			if strings.Contains(out, cmd) {
				t.Errorf("%s: the HTML report tells its reader to run %q", lang, cmd)
			}
		}
		flat := strings.Join(strings.Fields(html.UnescapeString(out)), " ")
		if !strings.Contains(flat, loc.T("render.plan.unfinished.reader")) {
			t.Errorf("%s: the HTML report of an unfinished plan does not say how it is completed (render.plan.unfinished.reader)", lang)
		}
		// The comparison lists its two gap changes; one other changed.
		if !strings.Contains(flat, loc.N("render.compare.changedOtherCountReader", 1, 1)) {
			t.Errorf("%s: the HTML report does not count the one other answer changed (render.compare.changedOtherCountReader)", lang)
		}
		// richPlan holds one action more than the short plan shows.
		if flat := strings.Join(strings.Fields(html.UnescapeString(out)), " "); !strings.Contains(flat, loc.N("render.plan.moreReader", 1, 1)) {
			t.Errorf("%s: the HTML report does not say where the other actions are (render.plan.moreReader)", lang)
		}
		for _, key := range []string{"assessment.notice.noFullTime", "assessment.notice.noFullTime.partTime", "assessment.notice.undecided", "render.support.more"} {
			if s := loc.T(key); strings.Contains(s, "--all") {
				t.Errorf("%s: %s names the flag: %q", lang, key, s)
			}
		}
	}
}
