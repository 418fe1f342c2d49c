package render

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
)

// PracticeItem is one practice in `eis practices list --format json`, its
// texts in the chosen language.
type PracticeItem struct {
	ID           string   `json:"id"`
	Region       string   `json:"region"`
	RegionName   string   `json:"region_name"`
	Title        string   `json:"title"`
	Summary      string   `json:"summary"`
	Organisation string   `json:"organisation,omitempty"`
	URL          string   `json:"url"`
	Type         string   `json:"type"`
	Stages       []string `json:"stages"`
	Dimensions   []string `json:"dimensions"`
	Needs        []string `json:"needs"`
	Status       string   `json:"status"`
	Confidence   string   `json:"confidence"`
	Effort       string   `json:"effort"`
	Cost         string   `json:"cost"`
	Impact       string   `json:"impact"`
	LastVerified string   `json:"last_verified,omitempty"`
	ValidUntil   string   `json:"valid_until,omitempty"`
}

// PracticesSchemaVersion is the version of PracticeListJSON's form.
const PracticesSchemaVersion = 1

// PracticeListJSON is `eis practices list --format json`: the practices
// listed (after the filters), their texts in Language.
type PracticeListJSON struct {
	SchemaVersion int `json:"schema_version"`
	// Language is the code of the language the texts are in.
	Language  string         `json:"language"`
	Practices []PracticeItem `json:"practices"`
}

// PracticeSchemaVersion is the version of PracticeJSON's form.
const PracticeSchemaVersion = 1

// PracticeJSON is `eis practices show ID --format json`: the catalogue
// entry as the catalogue holds it, with every language.
type PracticeJSON struct {
	SchemaVersion int                 `json:"schema_version"`
	Practice      *catalogue.Practice `json:"practice"`
}

// NewPracticeItem flattens a practice into its list item in loc.
func NewPracticeItem(cat *catalogue.Catalogue, p *catalogue.Practice, loc i18n.Locale) PracticeItem {
	it := PracticeItem{
		ID: p.ID, Region: p.Region, RegionName: regionName(cat, p.Region, loc),
		Title: oneLine(loc.Pick(p.Title)), Summary: oneLine(loc.Pick(p.Summary)),
		Organisation: p.Organisation, URL: p.URL, Type: p.Type,
		Stages: nonNil(p.Stages), Dimensions: nonNil(p.Dimensions), Needs: nonNil(p.Needs),
		Status: practiceStatus(p), Confidence: p.Confidence,
		Effort: p.Effort, Cost: p.Cost, Impact: p.Impact,
	}
	if p.LastVerified != nil {
		it.LastVerified = p.LastVerified.String()
	}
	if p.ValidUntil != nil {
		it.ValidUntil = p.ValidUntil.String()
	}
	return it
}

// practiceStatus is the practice's status; empty means active.
func practiceStatus(p *catalogue.Practice) string {
	if p.Status == "" {
		return "active"
	}
	return p.Status
}

// regionName is a region's name in loc, or its ID when unknown.
func regionName(cat *catalogue.Catalogue, id string, loc i18n.Locale) string {
	if cat != nil {
		if r := cat.Region(id); r != nil {
			if n := oneLine(loc.Pick(r.Name)); n != "" {
				return n
			}
		}
	}
	return id
}

// PracticeList writes practices as an aligned table that fits o.Width
// (text; see practiceTable), as JSON (PracticeListJSON), or as counts
// by region, status and confidence (stats; see practiceStats).
func PracticeList(w io.Writer, cat *catalogue.Catalogue, ps []*catalogue.Practice, format string, loc i18n.Locale, o Options) error {
	w = o.writer(w, format)
	switch format {
	case FormatJSON:
		items := make([]PracticeItem, len(ps))
		for i, p := range ps {
			items[i] = NewPracticeItem(cat, p, loc)
		}
		return writeJSON(w, PracticeListJSON{SchemaVersion: PracticesSchemaVersion, Language: loc.Code(), Practices: items})
	case FormatText:
		return practiceTable(w, cat, ps, loc, o)
	case FormatStats:
		return practiceStats(w, cat, ps, loc)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// FlatTableWidth is the narrowest width at which the practice list is a
// flat table with a region column; narrower, practices are grouped under
// region headings, and below StackedWidth each practice's title, status
// and confidence go on lines of their own under its ID. The choice depends
// on the width alone, never on which practices are listed, so filtering
// does not change the table's shape.
const (
	FlatTableWidth = 100
	StackedWidth   = 72
)

// maxListTitle is the widest the title column of the practice list grows
// when titles are not cut (the catalogue's longest is some 260 characters).
const maxListTitle = 400

// practiceTable writes ID, region, title (after the status of a programme
// that is not current) and confidence in aligned columns. At FlatTableWidth or wider (or with no width and o.NoTruncate)
// it is a flat table; narrower, the region moves from a column to a heading
// above its practices; below StackedWidth the title is wrapped under the
// ID. IDs and region IDs are never cut: they are what you type next.
// Titles are cut to fit the width, ending in "…", unless o.NoTruncate (a
// pipe or a file: tools read every title whole).
func practiceTable(w io.Writer, cat *catalogue.Catalogue, ps []*catalogue.Practice, loc i18n.Locale, o Options) error {
	width := o.Width
	switch {
	case width <= 0 && o.NoTruncate:
		width = 0 // no limit
	case width <= 0:
		width = DefaultWidth
	default:
		width = max(width, MinWidth)
	}
	fit := func(wTitle, room int) int {
		if o.NoTruncate || width == 0 {
			// Every title whole; one longer than maxListTitle runs past
			// its column rather than pad every row to its length (an
			// extension catalogue's title of 50,000 characters made
			// eis practices list | less 7.6 MB).
			return min(wTitle, maxListTitle)
		}
		return min(wTitle, room)
	}
	cut := func(title string, wTitle int) string {
		if o.NoTruncate || width == 0 {
			return title
		}
		return truncate(title, wTitle)
	}
	const gap = "  "
	hID, hRegion, hTitle, hConf := loc.T("render.list.id"), loc.T("render.list.region"),
		loc.T("render.list.title"), loc.T("render.list.confidence")
	wID, wRegion, wTitle, wConf := cells(hID), cells(hRegion), cells(hTitle), cells(hConf)
	// A programme that is not current says so before its title, where
	// cutting the title to fit cannot take it away.
	title := map[*catalogue.Practice]string{}
	for _, p := range ps {
		title[p] = oneLine(loc.Pick(p.Title))
		if st := listStatus(p, loc, o.Today); st != "" {
			title[p] = loc.T("render.list.with-status", st, title[p])
		}
		wID = max(wID, cells(p.ID))
		wRegion = max(wRegion, cells(p.Region))
		wTitle = max(wTitle, cells(title[p]))
		wConf = max(wConf, cells(confidenceShort(p.Confidence, loc)))
	}
	bw := bufio.NewWriter(w)
	row := func(cols ...string) {
		bw.WriteString(strings.TrimRight(strings.Join(cols, gap), " ") + "\n")
	}
	if width == 0 || width >= FlatTableWidth {
		wTitle = fit(wTitle, max(width-wID-wRegion-wConf-3*len(gap), 16))
		row(pad(hID, wID), pad(hRegion, wRegion), pad(hTitle, wTitle), hConf)
		for _, p := range ps {
			row(pad(p.ID, wID), pad(p.Region, wRegion), pad(cut(title[p], wTitle), wTitle),
				confidenceShort(p.Confidence, loc))
		}
		return bw.Flush()
	}
	// Grouped: a heading per region (in order of first appearance), then
	// ID, title and confidence indented under it.
	const indent = "  "
	var order []string
	groups := map[string][]*catalogue.Practice{}
	for _, p := range ps {
		if _, ok := groups[p.Region]; !ok {
			order = append(order, p.Region)
		}
		groups[p.Region] = append(groups[p.Region], p)
	}
	heading := func(r string) {
		for _, l := range wrap(r+" — "+regionName(cat, r, loc), width, "", "  ") {
			bw.WriteString(l + "\n")
		}
	}
	if width < StackedWidth {
		// Stacked: the ID on a line of its own (never cut), then the
		// title and confidence wrapped below it.
		for i, r := range order {
			if i > 0 {
				bw.WriteString("\n")
			}
			heading(r)
			for _, p := range groups[r] {
				bw.WriteString(indent + p.ID + "\n")
				for _, l := range wrap(title[p]+" · "+confidenceShort(p.Confidence, loc), width, indent+indent, indent+indent) {
					bw.WriteString(l + "\n")
				}
			}
		}
		return bw.Flush()
	}
	wTitle = fit(wTitle, max(width-len(indent)-wID-wConf-2*len(gap), 16))
	row(indent+pad(hID, wID), pad(hTitle, wTitle), hConf)
	for _, r := range order {
		bw.WriteString("\n")
		heading(r)
		for _, p := range groups[r] {
			row(indent+pad(p.ID, wID), pad(cut(title[p], wTitle), wTitle), confidenceShort(p.Confidence, loc))
		}
	}
	return bw.Flush()
}

// closingWithin is how far ahead a practice's end (valid_until) makes the
// list say when it closes: 12 months, as the region report.
const closingWithin = 12

// listStatus says, for the list, whether a practice is current: it is
// historic, has ended (valid_until before today), or closes on a date
// within closingWithin months; "" for a running practice. Without today
// (zero), only historic is said.
func listStatus(p *catalogue.Practice, loc i18n.Locale, today time.Time) string {
	if p.Status == "historic" {
		return loc.T("render.list.status.historic")
	}
	if today.IsZero() || p.ValidUntil == nil {
		return ""
	}
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	switch until := p.ValidUntil.Time(); {
	case until.Before(day):
		return loc.T("render.list.status.ended", p.ValidUntil.String())
	case until.Before(day.AddDate(0, closingWithin, 0)):
		return loc.T("render.list.status.closes", p.ValidUntil.String())
	}
	return ""
}

// confidenceShort names a confidence level in one word.
func confidenceShort(c string, loc i18n.Locale) string { return word("render.conf.", c, loc) }

// PracticeShow writes everything about one practice: as text (every
// Interreg field, eligibility, steps, sources, dates, confidence and the
// rule in words), or as JSON (the catalogue entry with every language).
func PracticeShow(w io.Writer, cat *catalogue.Catalogue, p *catalogue.Practice, format string, loc i18n.Locale, o Options) error {
	w = o.writer(w, format)
	switch format {
	case FormatJSON:
		return writeJSON(w, PracticeJSON{SchemaVersion: PracticeSchemaVersion, Practice: p})
	case FormatText:
		bw := bufio.NewWriter(w)
		t := &textWriter{w: bw, loc: loc, width: o.width(), c: styler(o.Color)}
		t.practice(cat, p)
		return bw.Flush()
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

func (t *textWriter) practice(cat *catalogue.Catalogue, p *catalogue.Practice) {
	loc := t.loc
	t.styled(ansiBold, oneLine(loc.Pick(p.Title)), "", "")
	t.line(t.c.s(ansiDim, p.ID))
	t.blank()

	type field struct{ label, value string }
	var fs []field
	add := func(key, v string) {
		if v != "" {
			fs = append(fs, field{t.tr(key), v})
		}
	}
	add("render.label.region", regionName(cat, p.Region, loc)+" ("+p.Region+")")
	add("render.show.organisation", oneLine(p.Organisation))
	typ := word("render.type.", p.Type, loc)
	if p.Level != "" {
		typ += " · " + t.tr("render.show.level") + ": " + word("render.impl.", p.Level, loc)
	}
	add("render.show.type", typ)
	add("render.show.status", word("render.status.", practiceStatus(p), loc))
	conf := word("render.confidence.", p.Confidence, loc)
	add("render.label.confidence", conf)
	if p.LastVerified != nil {
		add("render.show.verified", p.LastVerified.String())
	}
	if p.ValidFrom != nil || p.ValidUntil != nil {
		from, until := "…", "…"
		if p.ValidFrom != nil {
			from = p.ValidFrom.String()
		}
		if p.ValidUntil != nil {
			until = p.ValidUntil.String()
		}
		add("render.show.valid", from+" – "+until)
	}
	var dims []string
	for _, d := range p.Dimensions {
		dims = append(dims, ruleWords{cat: cat, loc: loc}.dimension(d))
	}
	add("render.show.dimensions", strings.Join(dims, ", "))
	var needs []string
	for _, n := range p.Needs {
		needs = append(needs, word("render.need.", n, loc))
	}
	add("render.show.needs", strings.Join(needs, ", "))
	var groups []string
	for _, g := range append([]string{p.Group}, p.Also...) {
		if g != "" {
			groups = append(groups, cmp.Or(oneLine(groupTitle(cat, g, loc)), g))
		}
	}
	add("render.show.group", strings.Join(groups, "; "))
	add("render.show.markets", strings.Join(countryNames(cat, p.Markets, loc, nil), ", "))
	add("render.show.stages", strings.Join(ruleWords{loc: loc}.stageNames(p.Stages), ", "))
	add("render.show.effort", t.tr("render.label.effort")+": "+levelWord(p.Effort, loc)+" · "+
		t.tr("render.label.cost")+": "+levelWord(p.Cost, loc)+" · "+
		t.tr("render.label.impact")+": "+levelWord(p.Impact, loc))
	add("render.label.link", p.URL)
	var after []string
	for _, id := range p.After {
		name := id
		if cat != nil {
			if a := cat.Practice(id); a != nil {
				name = oneLine(loc.Pick(a.Title)) + " (" + id + ")"
			}
		}
		after = append(after, name)
	}
	add("render.label.after", strings.Join(after, "; "))
	if cat != nil {
		if pos, ok := cat.Sources()[p.ID]; ok && pos.File != "" {
			add("render.show.file", pos.File)
		}
	}
	col := 0
	for _, f := range fs {
		col = max(col, cells(f.label)+2)
	}
	for _, f := range fs {
		label := pad(f.label+":", col)
		if strings.HasPrefix(f.value, "http://") || strings.HasPrefix(f.value, "https://") {
			t.line(label + t.c.s(ansiCyan, f.value)) // never break a link
			continue
		}
		t.para(f.value, label, strings.Repeat(" ", col))
	}

	section := func(key string, txt catalogue.Text) {
		if s := loc.Pick(txt); strings.TrimSpace(s) != "" {
			t.blank()
			t.heading(t.tr(key))
			t.para(s, "  ", "  ")
		}
	}
	section("render.show.summary", p.Summary)
	section("render.show.description", p.Description)
	section("render.show.resources", p.ResourcesNeeded)
	section("render.show.evidence", p.EvidenceOfSuccess)
	section("render.show.idea", p.Idea)
	section("render.show.transfer", p.TransferPotential)

	if e := p.Eligibility; e != nil {
		lines := eligibilityLines(cat, e, loc)
		if len(lines) > 0 {
			t.blank()
			t.heading(t.tr("render.show.eligibility"))
			for _, l := range lines {
				t.para(l, "  ", "    ")
			}
		}
	}

	if len(p.Steps) > 0 {
		t.blank()
		t.heading(t.tr("render.label.steps"))
		for i, s := range p.Steps {
			first := fmt.Sprintf("  %d. ", i+1)
			// A step that names the firm's target markets says "your
			// target markets" where no firm is known.
			t.para(fillTargets(loc.Pick(s), targetsText(nil, cat, loc)), first, strings.Repeat(" ", cells(first)))
		}
	}

	t.blank()
	t.heading(t.tr("render.show.when"))
	t.ruleLines(RuleLines(cat, p.When, loc), "  ")

	// Which step leads, for the firms first_step_when names.
	if len(p.FirstStepWhen) > 0 {
		var items []stepRule
		for _, fw := range p.FirstStepWhen {
			if fw != nil {
				items = append(items, stepRule{t.tr("render.show.firstStep.when", fw.Step), fw.When})
			}
		}
		t.stepRules(cat, t.tr("render.show.firstStep"), items)
		t.para(t.tr("render.show.firstStep.else"), "  - ", "    ")
	}

	// Which steps are for some firms only (step_when).
	if len(p.StepWhen) > 0 {
		var items []stepRule
		for _, sw := range p.StepWhen {
			if sw != nil {
				items = append(items, stepRule{t.tr("render.show.stepWhen.item", sw.Step), sw.When})
			}
		}
		t.stepRules(cat, t.tr("render.show.stepWhen"), items)
	}

	// Which steps another shown action says instead (step_also_in).
	if len(p.StepAlsoIn) > 0 {
		t.blank()
		t.heading(t.tr("render.show.stepAlsoIn"))
		for _, sa := range p.StepAlsoIn {
			if sa == nil {
				continue
			}
			other := sa.Practice
			if o := cat.Practice(sa.Practice); o != nil {
				other = loc.Pick(o.Title) + " (" + sa.Practice + ")"
			}
			t.para(t.tr("render.show.stepAlsoIn.item", sa.Step, other), "  - ", "    ")
		}
	}

	if len(p.Sources) > 0 {
		t.blank()
		t.heading(t.tr("render.show.sources"))
		for _, s := range p.Sources {
			title := oneLine(s.Title)
			if s.Date != nil {
				title += " (" + s.Date.String() + ")"
			}
			t.para(title, "  - ", "    ")
			if s.URL != "" {
				t.line("    " + t.c.s(ansiCyan, s.URL))
			}
		}
	}
}

// stepRule is a line about one of a practice's steps and the rule it
// holds for (first_step_when, step_when).
type stepRule struct {
	text string
	when *catalogue.Rule
}

// stepRules writes a heading and, under it, each step's line with its
// rule.
func (t *textWriter) stepRules(cat *catalogue.Catalogue, heading string, items []stepRule) {
	t.blank()
	t.heading(heading)
	for _, it := range items {
		t.para(it.text, "  - ", "    ")
		t.ruleLines(RuleLines(cat, it.when, t.loc), "    ")
	}
}

// ruleLines writes the lines of a rule (RuleLines), each indented by
// indent and its own depth, a list item's continuation under its text.
func (t *textWriter) ruleLines(lines []string, indent string) {
	for _, l := range lines {
		trimmed := strings.TrimLeft(l, " ")
		ind := indent + l[:len(l)-len(trimmed)]
		rest := ind
		if strings.HasPrefix(trimmed, "- ") {
			rest += "  "
		}
		t.para(trimmed, ind, rest)
	}
}

// profileLabels maps option IDs of a profile question to their labels.
// eligibility lines say whom a practice is for: per profile question the
// answers it takes (and those to check with the organisation), home
// countries, target markets, and the note.
func eligibilityLines(cat *catalogue.Catalogue, e *catalogue.Eligibility, loc i18n.Locale) []string {
	var out []string
	if len(e.Sizes) > 0 {
		out = append(out, loc.T("render.show.sizes")+": "+strings.Join(profileLabels(cat, "size", e.Sizes, loc), ", "))
	}
	if len(e.Sectors) > 0 {
		out = append(out, loc.T("render.show.sectors")+": "+strings.Join(profileLabels(cat, "sector", e.Sectors, loc), ", "))
	}
	ids := make([]string, 0, len(e.Profile))
	for _, x := range e.Profile {
		ids = append(ids, x.Key)
	}
	// In questionnaire order.
	sort.SliceStable(ids, func(i, j int) bool { return profileOrder(cat, ids[i]) < profileOrder(cat, ids[j]) })
	for _, id := range ids {
		b := e.Profile.Get(id)
		if b == nil {
			continue
		}
		name := id
		if cat != nil {
			if q := cat.Question(id); q != nil {
				name = oneLine(loc.Pick(q.Text))
			}
		}
		line := name + " " + strings.Join(profileLabels(cat, id, b.In, loc), "; ")
		if len(b.Check) > 0 {
			line += " — " + loc.T("render.show.checkBands", strings.Join(profileLabels(cat, id, b.Check, loc), "; "))
		}
		out = append(out, line)
	}
	if len(e.HomeCountries) > 0 {
		out = append(out, loc.T("render.show.homeCountries", strings.Join(countryNames(cat, e.HomeCountries, loc, nil), ", ")))
	}
	if tm := e.TargetMarkets; tm != nil {
		m := catalogue.MarketsRef{Kinds: tm.Kinds, New: tm.New, Of: tm.Of}
		if tm.Named {
			named := true
			m.Named = &named
		}
		out = append(out, loc.T("render.show.targetMarkets", ruleWords{cat: cat, loc: loc}.markets(&m)))
	}
	if a := e.ExportRevenue; a != nil {
		switch {
		case a.Min > 0 && a.Max > 0:
			out = append(out, loc.T("render.show.exportRevenue.range", loc.Say(diag.Euro(a.Min)), loc.Say(diag.Euro(a.Max))))
		case a.Max > 0:
			out = append(out, loc.T("render.show.exportRevenue.max", loc.Say(diag.Euro(a.Max))))
		default:
			out = append(out, loc.T("render.show.exportRevenue.min", loc.Say(diag.Euro(a.Min))))
		}
	}
	if e.Check {
		out = append(out, loc.T("render.show.checkTerms"))
	}
	if s := loc.Pick(e.Note); s != "" {
		out = append(out, s)
	}
	return out
}

// profileOrder is where question id stands in the profile (unknown last).
func profileOrder(cat *catalogue.Catalogue, id string) int {
	if cat != nil {
		for i, q := range cat.Profile {
			if q.ID == id {
				return i
			}
		}
	}
	return 1 << 30
}

// countryNames are the names of the countries codes in loc (codes the
// catalogue does not know stay codes), as name gives them (nil: the
// label's name, countryName).
func countryNames(cat *catalogue.Catalogue, codes []string, loc i18n.Locale, name func(string) string) []string {
	if name == nil {
		name = func(code string) string { return countryName(cat, code, loc) }
	}
	out := make([]string, len(codes))
	for i, code := range codes {
		out[i] = code
		if cat != nil {
			out[i] = name(code)
		}
	}
	return out
}

func profileLabels(cat *catalogue.Catalogue, question string, ids []string, loc i18n.Locale) []string {
	var q *catalogue.Question
	if cat != nil {
		q = cat.Question(question)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = ruleWords{cat: cat, loc: loc}.optionLabel(q, id)
	}
	return out
}
