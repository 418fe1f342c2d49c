// Package answers owns the answers file: a versioned YAML record of one
// assessment (catalogue identity, language, respondent, timestamps, answers by
// question ID, notes), its strict loading against a catalogue and its atomic,
// private (0600) saving.
package answers

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

// FormatVersion is the answers file format this build writes. Version 1
// files (before the profile named countries and the business model) still
// load: see Migration.
const FormatVersion = 2

// OldestVersion is the oldest answers file format this build reads.
const OldestVersion = 1

// File is one assessment as saved on disk.
type File struct {
	// Version is the file format: 2, or 1 for a file saved before the profile named countries (it loads; see Migration).
	Version int `yaml:"version" json:"version" jsonschema:"enum=1,enum=2"`
	// Catalogue identifies the catalogue the answers were given against.
	Catalogue CatalogueRef `yaml:"catalogue" json:"catalogue"`
	// Language the questionnaire was run in, as a code: "en", "da", …
	Language string `yaml:"language" json:"language"`
	// StartedFrom is the answers file this assessment started from (eis
	// assess --answers), relative to this file's folder where it can be:
	// its answers are shown as defaults when the assessment is resumed.
	StartedFrom string     `yaml:"started_from,omitempty" json:"started_from,omitempty"`
	Respondent  Respondent `yaml:"respondent" json:"respondent"`
	Created     time.Time  `yaml:"created" json:"created"`
	Updated     time.Time  `yaml:"updated" json:"updated"`
	// Complete is true once every applicable question has been answered.
	Complete bool `yaml:"complete" json:"complete"`
	// Answers maps question ID to an option ID (single, yesno, scale) or a
	// list of option IDs (multi). Profile answers are here too.
	Answers map[string]Value `yaml:"answers" json:"answers"`
	// Notes maps "general", a question ID or a dimension ID to a free-text note.
	Notes map[string]string `yaml:"notes,omitempty" json:"notes,omitempty"`
	// Targets are the stage and readiness the firm aims for (optional).
	Targets *Targets `yaml:"targets,omitempty" json:"targets,omitempty"`

	// migration says what loading a version 1 file changed (nil otherwise).
	migration *Migration
	// change says how the catalogue's questions changed since the answers
	// were given (nil when they did not, or the file does not say).
	change *CatalogueChange
	// source, pos and keyPos record where the file and each answer and
	// top-level key stood when it was loaded (for diagnostics).
	source string
	pos    map[string]catalogue.Pos
	keyPos map[string]catalogue.Pos
}

// CatalogueRef pins the catalogue: its ID, content version, digest, and a
// short hash per question so a changed question can be named.
type CatalogueRef struct {
	ID        string            `yaml:"id" json:"id"`
	Version   string            `yaml:"version" json:"version"`
	Digest    string            `yaml:"digest" json:"digest"`
	Questions map[string]string `yaml:"questions,omitempty" json:"questions,omitempty"`
}

// Respondent says who answered.
type Respondent struct {
	Company string `yaml:"company,omitempty" json:"company,omitempty"`
	Advisor string `yaml:"advisor,omitempty" json:"advisor,omitempty"`
}

// Value is one answer: a single option ID or, for multi-choice, several.
type Value struct {
	// Options chosen; exactly one for single, yesno and scale questions.
	Options []string
	// Multi records that the value was written as a list.
	Multi bool
}

// Single returns the answer of a single-choice, yes/no or scale question (or
// a reserved answer such as catalogue.DontKnow).
func Single(option string) Value { return Value{Options: []string{option}} }

// Multiple returns the answer of a multiple-choice question; it may be empty
// (none of the options applies).
func Multiple(options ...string) Value {
	return Value{Options: append([]string{}, options...), Multi: true}
}

// Has reports whether option was chosen.
func (v Value) Has(option string) bool {
	for _, o := range v.Options {
		if o == option {
			return true
		}
	}
	return false
}

// Reserved returns catalogue.DontKnow or catalogue.NotApplicable when the
// answer is that reserved answer alone, else "".
func (v Value) Reserved() string {
	if len(v.Options) == 1 && (v.Options[0] == catalogue.DontKnow || v.Options[0] == catalogue.NotApplicable) {
		return v.Options[0]
	}
	return ""
}

// New starts an empty answers file for cat in language lang (a code) at now: version, the
// catalogue's identity with a hash per question, and both timestamps.
func New(cat *catalogue.Catalogue, lang string, now time.Time) *File {
	now = now.UTC().Truncate(time.Second)
	return &File{
		Version:   FormatVersion,
		Catalogue: Ref(cat),
		Language:  lang,
		Created:   now,
		Updated:   now,
		Answers:   map[string]Value{},
	}
}

// Ref returns the identity of cat as an answers file records it.
func Ref(cat *catalogue.Catalogue) CatalogueRef {
	r := CatalogueRef{ID: cat.Meta.ID, Version: cat.Meta.Version, Digest: cat.Digest, Questions: map[string]string{}}
	for _, q := range cat.Profile {
		r.Questions[q.ID] = QuestionHash(q)
	}
	for _, q := range cat.Questions {
		r.Questions[q.ID] = QuestionHash(q)
	}
	return r
}

// QuestionHash is the first 8 hex digits of a SHA-256 over what an answer
// depends on: the question's kind, dimension, English text, reserved answers
// and each option's ID, English label and score. Translations and help texts
// do not count, so fixing a Danish typo does not flag the question as changed.
func QuestionHash(q *catalogue.Question) string {
	// Each field as its length, ':', itself and ';', into one buffer
	// hashed at once (fmt.Fprintf to the hash a field at a time cost eis
	// plan a twentieth of its CPU on a file answered against an older
	// catalogue, which hashes every question).
	buf := make([]byte, 0, 512)
	field := func(s string) {
		buf = strconv.AppendInt(buf, int64(len(s)), 10)
		buf = append(buf, ':')
		buf = append(buf, s...)
		buf = append(buf, ';')
	}
	field(q.ID)
	field(q.Kind)
	field(q.Dimension)
	field(q.Text.In("en"))
	field(strconv.FormatBool(q.DontKnow))
	field(strconv.FormatBool(q.NotApplicable))
	for _, o := range q.Options {
		field(o.ID)
		field(o.Label.In("en"))
		if o.Score == nil {
			field("-")
		} else {
			field(strconv.FormatFloat(*o.Score, 'g', -1, 64))
		}
	}
	sum := sha256.Sum256(buf)
	return hex.EncodeToString(sum[:4])
}

// Migration is what loading a version 1 answers file changed in memory.
// Version 1 asked one question, "markets", for current and target markets
// together, as coarse groups; version 2 asks for named countries, current
// and target apart. Only exact mappings are made: "undecided" becomes the
// target-markets answer "undecided" and "china" becomes [CN]; every other
// group (a neighbour, other EU countries, the UK, …) names no country and
// is not guessed. The old answer is kept here for the plan to mention, and
// for assess to keep as a note when it saves the file (as version 2).
type Migration struct {
	// From is the file's version (1).
	From int
	// OldMarkets are the option IDs of the old markets answer.
	OldMarkets []string
	// Mapped are the question IDs the migration answered.
	Mapped []string
	// at is where the old markets answer stood: the answer it is mapped
	// to stands there.
	at catalogue.Pos
}

// Migrated returns what loading changed in an older file, or nil.
func (f *File) Migrated() *Migration {
	if f == nil {
		return nil
	}
	return f.migration
}

// LegacyQuestions are answers of version 1 files to questions version 2
// no longer has: markets (see Migration) and networks.grants (grant use
// says nothing about having the money; strategy.funding asks that).
var LegacyQuestions = []string{"markets", "networks.grants"}

// Answer returns the answer to question id and whether there is one.
func (f *File) Answer(id string) (Value, bool) {
	if f == nil || f.Answers == nil {
		return Value{}, false
	}
	v, ok := f.Answers[id]
	return v, ok
}

// Set records an answer and moves Updated to now.
func (f *File) Set(id string, v Value, now time.Time) {
	if f.Answers == nil {
		f.Answers = map[string]Value{}
	}
	f.Answers[id] = v
	f.Updated = now.UTC().Truncate(time.Second)
}

// Pos returns where the answer to question id stands in the file it was
// loaded from (zero when it was not loaded from a file).
func (f *File) Pos(id string) catalogue.Pos {
	if f == nil {
		return catalogue.Pos{}
	}
	return f.pos[id]
}

// KeyPos returns where a top-level key such as "complete" stood in the file
// it was loaded from; line 1, column 1 when it was absent.
func (f *File) KeyPos(key string) catalogue.Pos {
	if f == nil {
		return catalogue.Pos{Line: 1, Col: 1}
	}
	if p, ok := f.keyPos[key]; ok {
		return p
	}
	return catalogue.Pos{File: f.source, Line: 1, Col: 1}
}

// CatalogueChange is how the catalogue's questions changed since the
// answers were given, as loading found it; nil when they did not.
func (f *File) CatalogueChange() *CatalogueChange { return f.change }

// Source returns the name of the file the answers were loaded from ("" when
// made in memory).
func (f *File) Source() string {
	if f == nil {
		return ""
	}
	return f.source
}

// MarshalYAML writes a plain string for a single answer and a list for a
// multiple-choice one.
func (v Value) MarshalYAML() (any, error) {
	if v.Multi {
		if v.Options == nil {
			return []string{}, nil
		}
		return v.Options, nil
	}
	if len(v.Options) != 1 {
		return nil, fmt.Errorf("a single answer needs exactly one option, not %d", len(v.Options))
	}
	return v.Options[0], nil
}

// UnmarshalYAML reads a string (single answer) or a list of strings
// (multiple choice).
func (v *Value) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		if n.Tag != "!!str" || n.Value == "" {
			return fmt.Errorf("line %d: an answer must be an option ID or a list of option IDs", n.Line)
		}
		*v = Single(n.Value)
		return nil
	case yaml.SequenceNode:
		opts := make([]string, 0, len(n.Content))
		for _, c := range n.Content {
			if c.Kind != yaml.ScalarNode || c.Tag != "!!str" || c.Value == "" {
				return fmt.Errorf("line %d: a list answer must hold option IDs only", c.Line)
			}
			opts = append(opts, c.Value)
		}
		*v = Value{Options: opts, Multi: true}
		return nil
	}
	return fmt.Errorf("line %d: an answer must be an option ID or a list of option IDs", n.Line)
}

// MarshalJSON writes a string for a single answer and an array for a
// multiple-choice one.
func (v Value) MarshalJSON() ([]byte, error) {
	x, err := v.MarshalYAML()
	if err != nil {
		return nil, err
	}
	return json.Marshal(x)
}

// UnmarshalJSON reads a string or an array of strings.
func (v *Value) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		if s == "" {
			return fmt.Errorf("an answer must not be empty")
		}
		*v = Single(s)
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("an answer must be an option ID or a list of option IDs")
	}
	if l == nil {
		l = []string{}
	}
	*v = Value{Options: l, Multi: true}
	return nil
}
