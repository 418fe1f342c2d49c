package translate

import (
	"fmt"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Refusal is an entry apply does not write, and why.
type Refusal struct {
	Entry  Entry
	Reason string
	// Current is the English there now, when the key still exists.
	Current string
}

// Plan is what applying an extraction does.
type Plan struct {
	// Edits write new or changed texts.
	Edits []Edit
	// Recorded are the keys whose source English is recorded (sums), with
	// its hash: every written text, and texts confirmed done unchanged.
	Recorded map[string]string
	// Refused lists entries that cannot be written: the key no longer
	// exists, or its English changed since the extraction.
	Refused []Refusal
	// Untranslated counts entries with no text; Unchanged those whose
	// text is the catalogue's already; Unreviewed those marked changed or
	// unchecked whose text was left as it was (not confirmed).
	Untranslated, Unchanged, Unreviewed int
	// New and Replaced count the edits that add a text and that replace one.
	New, Replaced int
}

// Plan works out what applying x does to c: every entry with a text in
// x.Lang is written, unless its key no longer exists or the English
// changed since x was extracted (refused); a text marked changed or
// unchecked that is left as it was is not taken as checked, unless its
// status was set to done.
func (c *Catalogue) Plan(x *Extraction) *Plan {
	p := &Plan{Recorded: map[string]string{}}
	for _, e := range x.Entries {
		t := e.Texts[x.Lang]
		if strings.TrimSpace(t) == "" {
			p.Untranslated++
			continue
		}
		s := c.Site(e.Key)
		if s == nil {
			p.Refused = append(p.Refused, Refusal{Entry: e, Reason: "the text is no longer in the catalogue (its entry was renamed or removed)"})
			continue
		}
		if h := Hash(s.Texts["en"]); h != e.Hash {
			p.Refused = append(p.Refused, Refusal{Entry: e, Reason: "the English changed since the extraction; translate the new English", Current: s.Texts["en"]})
			continue
		}
		cur, has := s.Texts[x.Lang]
		switch {
		case has && cur == t && (e.Status == StatusChanged || e.Status == StatusUnchecked):
			p.Unreviewed++
		case has && cur == t:
			p.Unchanged++
			p.Recorded[e.Key] = e.Hash
		default:
			p.Edits = append(p.Edits, Edit{Site: s, Lang: x.Lang, Text: t})
			p.Recorded[e.Key] = e.Hash
			if has && strings.TrimSpace(cur) != "" {
				p.Replaced++
			} else {
				p.New++
			}
		}
	}
	return p
}

// Rest is an extraction of the refused entries whose key still exists,
// with the English there now and the translator's text kept, marked
// changed: what the translator does next.
func (p *Plan) Rest(x *Extraction, c *Catalogue) *Extraction {
	r := &Extraction{Lang: x.Lang, Translator: x.Translator, ReviewedBy: x.ReviewedBy, Refs: x.Refs}
	for _, f := range p.Refused {
		s := c.Site(f.Entry.Key)
		if s == nil {
			continue
		}
		e := Entry{Key: s.Key, Status: StatusChanged, Hash: Hash(s.Texts["en"]), Texts: map[string]string{"en": s.Texts["en"], x.Lang: f.Entry.Texts[x.Lang]}}
		for _, ref := range x.Refs {
			e.Texts[ref] = s.Texts[ref]
		}
		r.Entries = append(r.Entries, e)
	}
	return r
}

// Declare returns the content of the catalogue.yaml file data after
// declaring lang in its translations: section, as a language in progress
// ({translator: …, reviewed_by: …} on a line of its own, after the last
// language there; the section is made after languages: if there is none).
// It changes nothing when lang is declared already.
func Declare(data []byte, lang, translator, reviewedBy string) ([]byte, error) {
	f := &File{Name: "catalogue.yaml", Path: "catalogue.yaml", Data: data}
	if err := f.parse(); err != nil {
		return nil, err
	}
	if len(f.root.Content) == 0 {
		return nil, fmt.Errorf("catalogue.yaml is empty")
	}
	cat := mapValue(f.root.Content[0], "catalogue")
	if cat == nil || cat.Kind != yaml.MappingNode || cat.Style&yaml.FlowStyle != 0 {
		return nil, fmt.Errorf("no catalogue: section written as a block; declare %s in translations: by hand", lang)
	}
	value := "{translator: " + quote(translator)
	if reviewedBy != "" {
		value += ", reviewed_by: " + quote(reviewedBy)
	}
	value += "}"
	tr := mapValue(cat, "translations")
	var pos int
	var line string
	switch {
	case tr != nil && mapValue(tr, lang) != nil:
		return data, nil
	case tr != nil && tr.Kind == yaml.MappingNode && tr.Style&yaml.FlowStyle == 0 && len(tr.Content) >= 2:
		k := tr.Content[len(tr.Content)-2]
		end, err := f.valueEnd(tr.Content[len(tr.Content)-1], k.Column)
		if err != nil {
			return nil, err
		}
		pos, line = end, strings.Repeat(" ", k.Column-1)+lang+": "+value+"\n"
	case tr == nil:
		k := cat.Content[len(cat.Content)-2]
		end, err := f.valueEnd(cat.Content[len(cat.Content)-1], k.Column)
		if err != nil {
			return nil, err
		}
		ind := strings.Repeat(" ", k.Column-1)
		pos, line = end, ind+"translations:\n"+ind+"  "+lang+": "+value+"\n"
	default:
		return nil, fmt.Errorf("catalogue.yaml:%d: translations: is not a block mapping; declare %s there by hand", tr.Line, lang)
	}
	if pos == len(data) && (len(data) == 0 || data[len(data)-1] != '\n') {
		line = "\n" + line
	}
	out := applyChanges(data, []change{{start: pos, end: pos, text: line}})
	// Prove it: the same file with the language declared.
	g := &File{Name: f.Name, Path: f.Path, Data: out}
	if err := g.parse(); err != nil {
		return nil, fmt.Errorf("declaring %s broke catalogue.yaml (%v); nothing was written: this is a bug in cattr", lang, err)
	}
	gcat := mapValue(g.root.Content[0], "catalogue")
	gtr := mapValue(gcat, "translations")
	if d := mapValue(gtr, lang); d == nil || mapValue(d, "translator") == nil || mapValue(d, "translator").Value != translator {
		return nil, fmt.Errorf("declaring %s in catalogue.yaml did not read back; nothing was written: this is a bug in cattr", lang)
	}
	return out, nil
}

// valueEnd is the offset just after the line end of the last line of the
// value v (any kind) of a block mapping whose keys stand at column keyCol:
// where a new key of that mapping goes.
func (f *File) valueEnd(v *yaml.Node, keyCol int) (int, error) {
	n, flow, kc := v, false, keyCol
	for len(n.Content) > 0 {
		if n.Style&yaml.FlowStyle != 0 {
			flow = true
		}
		switch n.Kind {
		case yaml.MappingNode:
			kc = n.Content[len(n.Content)-2].Column
		case yaml.SequenceNode:
			kc = n.Column
		}
		n = n.Content[len(n.Content)-1]
	}
	_, end, err := f.scalarSpan(n, flow, kc)
	if err != nil {
		return 0, err
	}
	if e := lineEnd(f.Data, end); e < len(f.Data) {
		return e + 1, nil
	}
	return len(f.Data), nil
}
