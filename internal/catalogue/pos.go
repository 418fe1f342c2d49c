package catalogue

// posKey names one place in the catalogue: an entry (a pointer to a
// Dimension, Question, Option, Region, Practice, Rule, AnswerIn, ScoreRef,
// Eligibility or Meta) and a dotted path of keys and list indexes below it
// ("" for the entry itself, "title", "steps.2", "sources.0.url").
type posKey struct {
	owner any
	path  string
}

// posTable records where every decoded value stands, so semantic checks on
// the merged catalogue can point at the exact line.
type posTable map[posKey]Pos

// at returns the position of owner's path, falling back to the closest
// recorded parent path and finally to the entry itself.
func (c *Catalogue) at(owner any, path string) Pos {
	if c.pos == nil {
		return Pos{}
	}
	for {
		if p, ok := c.pos[posKey{owner, path}]; ok {
			return p
		}
		if path == "" {
			return Pos{}
		}
		i := len(path) - 1
		for i >= 0 && path[i] != '.' {
			i--
		}
		if i < 0 {
			path = ""
		} else {
			path = path[:i]
		}
	}
}

// failedPrefix marks, in the position table, a value that could not be
// decoded (already reported), so checks of its meaning stay quiet.
const failedPrefix = "!"

// failed reports whether owner's path held a value that could not be decoded.
func (c *Catalogue) failed(owner any, path string) bool {
	_, bad := c.pos[posKey{owner, failedPrefix + path}]
	return bad
}

// metaOwner keys the positions of the catalogue: section (Catalogue.Meta is
// a value, so it has no pointer of its own that survives Merge).
type metaOwner struct{}

// firstFile keys the first file read, where problems of the catalogue as a
// whole (a missing section) are reported.
type firstFile struct{}

// brokenFile keys the first file that could not be read (syntax, encoding,
// size): references to entries it may hold are not checked.
type brokenFile struct{}
