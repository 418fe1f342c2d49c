package catalogue

import (
	"bytes"
	"io/fs"
	"strings"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/yamlsafe"
)

// Validating a large catalogue folder (Options.DiagnosticsOnly) streams it:
// the practices, nearly all of a large catalogue, are checked file by file,
// in parallel, and only what checks across files need is kept of a file
// once it is done — each practice's ID and `after` references, with where
// they stand. Memory is then bounded by the files in flight and those
// facts, not by the catalogue, and time grows with its size.
//
//  1. Every file is read, in parallel. A file that can hold nothing but
//     practices (practicesOnly) is put aside for step 3, unparsed; any
//     other is decoded.
//  2. Those others are added in path order, as Parse adds them: the
//     catalogue section, dimensions, questions and regions, and any
//     practices they hold, are checked.
//  3. The files put aside are read again and decoded in parallel; each
//     one's practices are checked against what step 2 knows (forkFile),
//     and the file is let go.
//  4. IDs used twice and the `after` links between practices are checked
//     over every file, in path order.
//
// The diagnostics are those Parse and Check give for the whole catalogue.
// A folder without a catalogue: section (an extension, merged over the
// embedded catalogue) and a file that practicesOnly took for practices but
// holds more are checked the whole-catalogue way instead.

// streamed is what validation keeps of a practice file (step 3).
type streamed struct {
	diags diag.Diagnostics
	// broken says the file could not be read; it is reported in diags.
	broken bool
	// more says the file holds more than practices (see practicesOnly).
	more  bool
	ids   []idEntry
	links []practiceLink
}

// validateStream checks the whole catalogue in fsys file by file (see
// above). ok is false when it cannot: the folder is not a whole catalogue,
// or a file holds more than practicesOnly said; the caller then checks it
// the whole-catalogue way.
func validateStream(fsys fs.FS, root string, o Options) (diags diag.Diagnostics, sc scanned, ok bool, err error) {
	p, files, sc, err := newParser(fsys, root)
	if err != nil {
		return p.diags, sc, true, err
	}

	// Steps 1 and 2. IDs are registered in step 4, in path order.
	ids := make([][]idEntry, len(files))
	links := make([][]practiceLink, len(files))
	broken := make([]string, len(files)) // the name of each broken file
	var aside []int
	inOrder(len(files), func(i int) loaded {
		shown := displayPath(root, files[i])
		l := loaded{name: files[i], shown: shown}
		data, ok := readFile(fsys, files[i], Pos{File: shown, Line: 1, Col: 1}, &l.diags)
		if !ok {
			return l
		}
		l.read = true
		if practicesOnly(data) {
			l.aside = true
			return l
		}
		l.pos = posTable{}
		l.file = parseFile(shown, data, l.pos, &l.diags)
		return l
	}, func(i int, l loaded) {
		p.diags = append(p.diags, l.diags...)
		switch {
		case l.file != nil:
			for k, v := range l.pos {
				p.c.pos[k] = v
			}
			from := len(p.c.Practices)
			ids[i] = p.add(l.file)
			links[i] = linksOf(p.c.pos, p.c.Practices[from:])
		case l.aside:
			aside = append(aside, i)
		default:
			broken[i] = l.shown
		}
	})
	if !p.c.whole() {
		return nil, sc, false, nil
	}
	p.c.orderQuestions()
	p.c.indexCountries()
	ch := newChecker(p.c, o)
	ch.globals()
	for _, pr := range p.c.Practices {
		ch.practice(pr)
	}

	// Step 3.
	more := false
	inOrder(len(aside), func(j int) streamed {
		i := aside[j]
		shown := displayPath(root, files[i])
		var r streamed
		data, ok := readFile(fsys, files[i], Pos{File: shown, Line: 1, Col: 1}, &r.diags)
		if !ok {
			r.broken = true
			return r
		}
		pos := posTable{}
		f := parseFile(shown, data, pos, &r.diags)
		switch {
		case f == nil:
			r.broken = true
			return r
		case f.Catalogue != nil || len(f.Dimensions) > 0 || len(f.Profile) > 0 || len(f.Questions) > 0 || len(f.Regions) > 0,
			len(f.Countries) > 0 || len(f.Languages) > 0 || len(f.Groups) > 0 || len(f.MarketNotes) > 0:
			r.more = true
			return r
		}
		fc := ch.forkFile(pos)
		ps := nonNil(f.Practices)
		for _, pr := range ps {
			fc.practice(pr)
			r.ids = append(r.ids, idEntry{id: strings.Clone(pr.ID), at: pos.at(pr, "id"), kind: "practice"})
		}
		r.links = linksOf(pos, ps)
		// What is kept must not hold on to the file: the parser's strings
		// share its bytes.
		for i := range r.links {
			r.links[i].id = r.ids[i].id
			r.links[i].after = cloneAll(r.links[i].after)
		}
		r.diags = append(r.diags, fc.diags...)
		return r
	}, func(j int, r streamed) {
		i := aside[j]
		more = more || r.more
		p.diags = append(p.diags, r.diags...)
		ids[i], links[i] = r.ids, r.links
		if r.broken {
			broken[i] = displayPath(root, files[i])
		}
	})
	if more {
		return nil, sc, false, nil
	}

	// Step 4.
	for i := range files {
		p.register(ids[i])
		if broken[i] != "" {
			p.broken(broken[i])
		}
	}
	var all []practiceLink
	for _, ls := range links {
		all = append(all, ls...)
	}
	ch.links(all)
	ch.empty(len(all))
	_, diags, err = finish(p.c, p.diags, ch.diags)
	return diags, sc, true, err
}

// practicesOnly reports whether data, a catalogue file, can hold nothing
// but `version` and `practices` at its top level: every line that starts
// in its first column is blank, a comment, a list item or one of those two
// keys. (A key of a block mapping at the top level starts in the first
// column; a flow mapping, a document marker, a tab or anything unexpected
// there says no.) It need only be right when it says yes, and validation
// checks that it was.
func practicesOnly(data []byte) bool {
	if bytes.IndexByte(data, '\r') < 0 && !bytes.Contains(data, []byte("\u0085")) &&
		!bytes.Contains(data, []byte("\u2028")) && !bytes.Contains(data, []byte("\u2029")) {
		// Lines end with LF only: look at each line's start.
		for len(data) > 0 {
			if !practicesLine(data) {
				return false
			}
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				break
			}
			data = data[i+1:]
		}
		return true
	}
	start := true // at the start of a line
	for i := 0; i < len(data); i++ {
		if n := yamlsafe.LineBreak(data[i:]); n > 0 {
			start = true
			i += n - 1
			continue
		}
		if !start {
			continue
		}
		start = false
		if !practicesLine(data[i:]) {
			return false
		}
	}
	return true
}

// practicesLine reports whether a line that starts at line[0] may be in a
// file of practices only (see practicesOnly): blank, a comment, a list
// item, or the key version or practices.
func practicesLine(line []byte) bool {
	if len(line) == 0 {
		return true
	}
	switch line[0] {
	case ' ', '#', '\n':
		return true
	case '-':
		return len(line) == 1 || line[1] == ' ' || yamlsafe.LineBreak(line[1:]) > 0 // a list item at the top level: practices' own
	}
	return hasKey(line, "version") || hasKey(line, "practices")
}

// hasKey reports whether b starts with the key k and a colon that ends it.
func hasKey(b []byte, k string) bool {
	if len(b) < len(k)+1 || string(b[:len(k)]) != k || b[len(k)] != ':' {
		return false
	}
	rest := b[len(k)+1:]
	return len(rest) == 0 || rest[0] == ' ' || yamlsafe.LineBreak(rest) > 0
}

// cloneAll copies each string of ss, so that they hold on to no larger
// string.
func cloneAll(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strings.Clone(s)
	}
	return out
}
