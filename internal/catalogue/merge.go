package catalogue

import "github.com/eis-project/eis/internal/diag"

// Notice tells the user about an extension folder: that one of its entries
// replaces a built-in one, or (Kind NoticeAdded) that its entries are in use.
type Notice struct {
	// ID of the replaced entry; empty for NoticeAdded.
	ID string
	// Kind is dimension, profile-question, question, region, practice, or NoticeAdded.
	Kind string
	// At is where the folder's entry stands (for NoticeAdded, At.File is the folder).
	At Pos
	// Count is how many entries the folder adds (NoticeAdded only).
	Count int
}

// NoticeAdded is the kind of the notice an extension that only adds entries
// gets, so the user knows it is in use.
const NoticeAdded = "added"

// Message is what the notice says.
func (n Notice) Message() diag.Message {
	if n.Kind == NoticeAdded {
		return diag.N("validate.notice.added", n.Count, n.Count, n.At.File)
	}
	return message("validate.notice", n.At.File, word(n.Kind), n.ID)
}

// Merge lays overlay over base by ID: entries with the same ID replace the
// base's in place, new ones are appended, and the scored questions are put
// back in the order they are asked (see orderQuestions). The overlay's
// catalogue section, if it has an ID, replaces base's. Neither input is
// modified.
func Merge(base, overlay *Catalogue) (*Catalogue, []Notice) {
	out := &Catalogue{Meta: base.Meta, sources: map[string]Pos{}, Digest: base.Digest + "+" + overlay.Digest}
	if overlay.Meta.ID != "" {
		out.Meta = overlay.Meta
	}
	for k, v := range base.Sources() {
		out.sources[k] = v
	}
	for k, v := range overlay.Sources() {
		out.sources[k] = v
	}
	// Positions are keyed by entry pointers, so both tables can be kept
	// whole; only the catalogue section's (keyed by metaOwner) must follow
	// the Meta that wins.
	out.pos = posTable{}
	for k, v := range base.pos {
		out.pos[k] = v
	}
	for k, v := range overlay.pos {
		if _, meta := k.(metaOwner); meta && overlay.Meta.ID == "" {
			continue
		}
		if _, first := k.(firstFile); first {
			continue
		}
		out.pos[k] = v
	}
	var notices []Notice
	note := func(kind, id string) {
		notices = append(notices, Notice{ID: id, Kind: kind, At: overlay.Sources()[id]})
	}
	out.Dimensions = mergeByID(base.Dimensions, overlay.Dimensions, func(d *Dimension) string { return d.ID }, func(id string) { note("dimension", id) })
	out.Profile = mergeByID(base.Profile, overlay.Profile, func(q *Question) string { return q.ID }, func(id string) { note("profile-question", id) })
	out.Questions = mergeByID(base.Questions, overlay.Questions, func(q *Question) string { return q.ID }, func(id string) { note("question", id) })
	out.Regions = mergeByID(base.Regions, overlay.Regions, func(r *Region) string { return r.ID }, func(id string) { note("region", id) })
	out.Practices = mergeByID(base.Practices, overlay.Practices, func(p *Practice) string { return p.ID }, func(id string) { note("practice", id) })
	out.Countries = mergeByID(base.Countries, overlay.Countries, func(x *Country) string { return x.Code }, func(id string) { note("country", id) })
	out.Languages = mergeByID(base.Languages, overlay.Languages, func(x *Language) string { return x.Code }, func(id string) { note("language", id) })
	out.Groups = mergeByID(base.Groups, overlay.Groups, func(g *Group) string { return g.ID }, func(id string) { note("group", id) })
	out.MarketNotes = mergeByID(base.MarketNotes, overlay.MarketNotes, func(n *MarketNote) string { return n.ID }, func(id string) { note("market-note", id) })
	out.indexCountries()
	// A replaced question may move to another dimension, and a new one
	// belongs with its dimension, not at the end.
	out.orderQuestions()
	return out, notices
}

func mergeByID[T any](base, over []T, id func(T) string, shadow func(string)) []T {
	out := append([]T(nil), base...)
	at := map[string]int{}
	for i, b := range out {
		at[id(b)] = i
	}
	seen := map[string]bool{}
	for _, o := range over {
		k := id(o)
		if seen[k] {
			// A second entry with this ID in the overlay (Parse reported
			// it as duplicate-id): it replaces nothing built in.
			continue
		}
		seen[k] = true
		if i, ok := at[k]; ok {
			out[i] = o
			shadow(k)
			continue
		}
		out = append(out, o)
	}
	return out
}
