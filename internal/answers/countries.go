package answers

import (
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"go.yaml.in/yaml/v3"
)

// Profile questions whose answers are countries, and those they depend on.
const (
	qRegion         = "region"
	qHomeCountry    = "home-country"
	qCurrentMarkets = "current-markets"
	qTargetMarkets  = "target-markets"
)

// country checks an answer id to a question of a country kind that is not
// one of its extra options: it must be a country code of the catalogue, in
// capitals. It reports the problem (with what was probably meant) and
// returns the code and whether it is one.
func (l *loader) country(q *catalogue.Question, n *yaml.Node, id string) (string, bool) {
	if l.cat.Country(id) != nil {
		return id, true
	}
	if up := strings.ToUpper(id); l.cat.Country(up) != nil && len(id) == 2 {
		l.errAt(n, "unknown-option", "answers.country.case", id, q.ID, up)
		return "", false
	}
	if x := l.cat.FindCountry(id); x != nil {
		// A name: the file holds codes.
		l.errAt(n, "unknown-option", "answers.country.name", id, q.ID, x.Code)
		return "", false
	}
	if near := l.cat.NearCountries(id); len(near) > 0 {
		l.errAt(n, "unknown-option", "answers.country.mean", id, q.ID, diag.Or(toAny(near)...))
		return "", false
	}
	l.errAt(n, "unknown-option", "answers.country.unknown", id, q.ID)
	return "", false
}

// legacy takes an answer of a version 1 file to a question version 2 no
// longer has (see Migration).
func (l *loader) legacy(f *File, k, v *yaml.Node) {
	if f.migration == nil {
		f.migration = &Migration{From: f.Version}
	}
	if k.Value != "markets" {
		l.warnf(k.Line, k.Column, "removed-question", "answers.question.removed", k.Value)
		return
	}
	var opts []string
	switch v.Kind {
	case yaml.ScalarNode:
		opts = []string{v.Value}
	case yaml.SequenceNode:
		for _, c := range v.Content {
			if c.Kind == yaml.ScalarNode && c.Value != "" {
				opts = append(opts, c.Value)
			}
		}
	}
	f.migration.OldMarkets = opts
	f.migration.at = l.pos(k)
}

// markets makes the checks of answers that are countries, once every answer
// is read: the firm's own country is not an export market, nor where a
// buyer waits (any country question but home-country's); a countries
// question takes at most its max_choices (more is a warning, and the first
// ones are kept); a region "in the EU" or "outside the EU" that the home
// country contradicts is a warning. For a version 1 file it maps the old
// markets answer where the mapping is exact (see Migration).
func (l *loader) markets(f *File) {
	if f.Version == OldestVersion && f.migration == nil {
		f.migration = &Migration{From: f.Version}
	}
	if m := f.migration; m != nil {
		l.migrate(f, m)
	}
	home := ""
	if v, ok := f.Answers[qRegion]; ok && len(v.Options) == 1 {
		if r := l.cat.Region(v.Options[0]); r != nil {
			home = r.Country
			if hv, ok := f.Answers[qHomeCountry]; ok && r.Scope == "other" && len(hv.Options) == 1 {
				if x := l.cat.Country(hv.Options[0]); x != nil && x.InGroup(catalogue.GroupEU) != r.EUMember {
					p := f.pos[qHomeCountry]
					key := "answers.country.region.eu"
					if !r.EUMember {
						key = "answers.country.region.noneu"
					}
					l.warnf(p.Line, p.Col, "home-country", key, x.Code)
				}
			}
		}
	}
	if home == "" {
		if v, ok := f.Answers[qHomeCountry]; ok && len(v.Options) == 1 && l.cat.Country(v.Options[0]) != nil {
			home = v.Options[0]
		}
	}
	// Every country question but the home country's asks about markets
	// abroad — the current and target markets, where a waiting buyer is —
	// so the home country is no answer to it; in the profile's order, so
	// the diagnostics come as the file's lines do.
	for _, q := range l.cat.Profile {
		id := q.ID
		v, ok := f.Answers[id]
		if !ok || id == qHomeCountry || q.Kind != catalogue.KindCountry && q.Kind != catalogue.KindCountries {
			continue
		}
		p := f.pos[id]
		if home != "" && v.Has(home) {
			l.errorf(p.Line, p.Col, "own-country", "answers.country.home", home, id)
		}
		if q.MaxChoices > 0 && len(v.Options) > q.MaxChoices {
			l.warnf(p.Line, p.Col, "too-many", "answers.country.tooMany", id, len(v.Options), q.MaxChoices)
			v.Options = slices.Clone(v.Options[:q.MaxChoices])
			f.Answers[id] = v
		}
	}
}

// migrate maps a version 1 markets answer where the mapping is exact.
func (l *loader) migrate(f *File, m *Migration) {
	q := l.cat.Question(qTargetMarkets)
	if _, answered := f.Answers[qTargetMarkets]; answered || q == nil || len(m.OldMarkets) == 0 {
		return
	}
	switch {
	case slices.Equal(m.OldMarkets, []string{"undecided"}) && q.Accepts("undecided"):
		f.Answers[qTargetMarkets] = Multiple("undecided")
	case slices.Contains(m.OldMarkets, "china") && l.cat.Country("CN") != nil:
		f.Answers[qTargetMarkets] = Multiple("CN")
	default:
		return
	}
	m.Mapped = append(m.Mapped, qTargetMarkets)
	f.pos[qTargetMarkets] = m.at
}

// legacyMarkets are the options of version 1's markets question.
var legacyMarkets = []string{"neighbour", "eu-single-market", "uk", "north-america", "china", "asia-other", "latin-america", "middle-east-africa", "undecided"}

// OldMarketsLabels names the options of the old markets answer (their
// labels are messages: the question is gone from the catalogue); an option
// version 1 did not have is shown as it was written.
func (m *Migration) OldMarketsLabels() diag.List {
	labels := diag.List{Sep: "; "}
	for _, o := range m.OldMarkets {
		if slices.Contains(legacyMarkets, o) {
			labels.Items = append(labels.Items, diag.M("legacy.markets."+o))
		} else {
			labels.Items = append(labels.Items, o)
		}
	}
	return labels
}

// MigrationNote is what the old markets answer said, as data for a note
// kept in the file when it is saved as version 2 (zero when there was none).
func (m *Migration) MigrationNote() diag.Message {
	if m == nil || len(m.OldMarkets) == 0 {
		return diag.Message{}
	}
	return diag.M("answers.migrated.marketsNote", m.OldMarketsLabels())
}
