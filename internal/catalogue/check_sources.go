package catalogue

import (
	"net/mail"
	"slices"
	"strconv"
	"strings"
)

// EvidenceYears is how far back a source may have been read (or, for what
// it says about status, published) and still count as evidence: a
// practice is verified only by official sources read within this many
// years, and an active programme needs a source from this window that
// shows it running.
const EvidenceYears = 2

// officialKind reports whether a source of this kind can verify a practice:
// the body's own page or document, a legal text, official statistics.
func officialKind(kind string) bool {
	return kind == SourceOfficial || kind == SourceLegal || kind == SourceStatistics
}

// evidenceDate is the day a source speaks for: its publication date if
// known, else the day it was read (a page without a date says what holds
// when it is read). A legal text speaks for the day it was read (a law in
// force), whatever its date. Zero if neither is known.
func evidenceDate(s Source) Date {
	switch {
	case s.Kind == SourceLegal && s.Read != nil:
		return *s.Read
	case s.Date != nil:
		return *s.Date
	case s.Read != nil:
		return *s.Read
	}
	return 0
}

// sources checks a practice's sources, contact and markets, and whether
// its confidence and status are borne out by its sources (rules source,
// contact, no-contact, url-news, markets, confidence, status-evidence).
func (ch *checker) sources(p *Practice) {
	for i, s := range p.Sources {
		ch.sourceDates(p, i, s)
	}
	if c := p.Contact; c != nil && !ch.dayOnly {
		if c.URL == "" && c.Email == "" && c.Phone == "" {
			errorf(&ch.diags, ch.at(p, "contact"), "contact", "validate.contact.empty", p.ID)
		}
		if c.URL != "" {
			ch.url(c.URL, func() Pos { return ch.at(c, "url") })
		}
		if c.Email != "" {
			if a, err := mail.ParseAddress(c.Email); err != nil || a.Address != c.Email || !strings.Contains(c.Email[strings.LastIndex(c.Email, "@")+1:], ".") {
				errorf(&ch.diags, ch.at(c, "email"), "contact", "validate.contact.email", c.Email)
			}
		}
		if c.Phone != "" && !phoneLike(c.Phone) {
			errorf(&ch.diags, ch.at(c, "phone"), "contact", "validate.contact.phone", c.Phone)
		}
	}
	running := p.Status != "historic" && (p.ValidUntil == nil || !p.ValidUntil.Before(ch.today))
	if p.Type == "programme" && running && p.URL == "" && p.Contact == nil {
		warnf(&ch.diags, ch.at(p, ""), "no-contact", "validate.no-contact", p.ID)
	}
	if p.Type == "programme" && running && newsLink(p.URL) {
		warnf(&ch.diags, ch.at(p, "url"), "url-news", "validate.url-news", p.ID, p.URL)
	}
	for i, m := range p.Markets {
		if ch.dayOnly {
			break
		}
		at := "markets." + strconv.Itoa(i)
		if m == "" && ch.posOf(p).failed(p, at) {
			continue // not text: reported when it was read
		}
		ch.market(m, func() Pos { return ch.at(p, at) })
	}
	ch.confidence(p)
}

// sourceDates checks the dates of s, source i of owner (a practice or a
// market note): read and published dates in the future, and a read date
// before the publication date.
func (ch *checker) sourceDates(owner any, i int, s Source) {
	// The key path is made only for a diagnostic (made for every source,
	// it was a third of the date checks every plan runs).
	ch.sourceDatesAt(owner, func() string { return "sources." + strconv.Itoa(i) }, s)
}

// sourceDatesAt is sourceDates for the source at key of owner (key made
// only for a diagnostic): a list's source, or a trade agreement's one.
func (ch *checker) sourceDatesAt(owner any, key func() string, s Source) {
	at := func(field string) string { return key() + field }
	if s.Read != nil {
		switch {
		case s.Read.After(ch.future):
			ch.validateOnly(ch.at(owner, at(".read")), "source", "validate.source.read.future", s.Read.String(), ch.future.String())
		case s.Date != nil && s.Read.Before(*s.Date):
			errorf(&ch.diags, ch.at(owner, at(".read")), "source", "validate.source.read.before", s.Read.String(), s.Date.String())
		}
	}
	if s.Date != nil && s.Date.After(ch.future) {
		ch.validateOnly(ch.at(owner, at(".date")), "source", "validate.source.date.future", s.Date.String(), ch.future.String())
	}
}

// newsSegment reports whether s is a path segment that marks a page as a
// news item or press release, in the languages of the catalogue's regions.
func newsSegment(s string) bool {
	switch s {
	case "news", "newsroom", "press", "press-releases", "pressrelease",
		"nyheder", "nyhed", // da
		"noticia", "noticias", // pt
		"notizie", "notizia", // it
		"aktualnosci", "wiadomosci", // pl
		"novosti", "vijesti": // hr
		return true
	}
	return false
}

// newsLink reports whether u links a news item or press release rather than
// the programme's own page: a firm reads the news of one call, not where to
// apply now (rule url-news). The news item belongs in sources.
func newsLink(u string) bool {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	// Segment by segment, not the host; strings.ToLower of a segment
	// with no capital is the segment itself (no copy of every URL).
	_, u, more := strings.Cut(u, "/")
	for more {
		var s string
		s, u, more = strings.Cut(u, "/")
		if newsSegment(strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// phoneLike reports whether s is written like a phone number: digits,
// spaces, + ( ) - / and at least six digits.
func phoneLike(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case strings.ContainsRune("+()-/. ", r):
		default:
			return false
		}
	}
	return digits >= 6
}

// market checks one entry of markets: an ISO 3166-1 alpha-2 code (or XI).
func (ch *checker) market(m string, at func() Pos) {
	if CountryCode(m) {
		return
	}
	up := strings.ToUpper(m)
	switch {
	case CountryCode(up):
		errorf(&ch.diags, at(), "markets", "validate.markets.case", m, up)
	case countryHint(up) != "":
		errorf(&ch.diags, at(), "markets", "validate.markets.mean", m, countryHint(up))
	default:
		errorf(&ch.diags, at(), "markets", "validate.markets", m)
	}
}

// confidence checks that a verified practice is borne out by official
// sources read in the last EvidenceYears years that together cover owner,
// offer, terms and status — and, for one still running, that one of them
// shows it running in that window (rule confidence, an error) — and that an
// active programme that is not marked unverified has some source, of any
// kind, from that window that shows it running (rule status-evidence, a
// warning). Without the age checks (Options.SkipAge) any read date counts.
func (ch *checker) confidence(p *Practice) {
	since := ch.since
	recent := func(t Date) bool { return ch.skipAge || (t != 0 && !t.Before(since)) }
	running := p.Status != "historic" && (p.ValidUntil == nil || !p.ValidUntil.Before(ch.today))
	switch p.Confidence {
	case "verified":
		var covered uint // bit i: Covers[i]
		status := false
		for _, s := range p.Sources {
			if !officialKind(s.Kind) || s.Read == nil || !recent(*s.Read) {
				continue
			}
			for _, c := range s.Covers {
				if i := slices.Index(Covers, c); i >= 0 {
					covered |= 1 << i
				}
			}
			if slices.Contains(s.Covers, "status") && recent(evidenceDate(s)) {
				status = true
			}
		}
		var missing []string
		for i, c := range Covers {
			if covered&(1<<i) == 0 {
				missing = append(missing, c)
			}
		}
		switch {
		case len(missing) > 0:
			errorf(&ch.diags, ch.at(p, "confidence"), "confidence", "validate.confidence", p.ID, strings.Join(missing, ", "), since.String())
		case running && !status:
			errorf(&ch.diags, ch.at(p, "confidence"), "confidence", "validate.confidence.status", p.ID, since.String())
		}
	case "partial":
		if p.Type != "programme" || !running || ch.skipAge {
			return
		}
		for _, s := range p.Sources {
			if slices.Contains(s.Covers, "status") && recent(evidenceDate(s)) {
				return
			}
		}
		warnf(&ch.diags, ch.at(p, "confidence"), "status-evidence", "validate.status-evidence", p.ID, since.String())
	}
}
