// Package answers owns the answers file: a versioned YAML record of one
// assessment (catalogue identity, language, respondent, timestamps, answers by
// question ID, notes), its strict loading against a catalogue and its atomic,
// private (0600) saving.
package answers

import "time"

// FormatVersion is the answers file format this build writes.
const FormatVersion = 1

// File is one assessment as saved on disk.
type File struct {
	Version int `yaml:"version" json:"version"`
	// Catalogue identifies the catalogue the answers were given against.
	Catalogue CatalogueRef `yaml:"catalogue" json:"catalogue"`
	// Language the questionnaire was run in ("en", "da").
	Language   string     `yaml:"language" json:"language"`
	Respondent Respondent `yaml:"respondent" json:"respondent"`
	Created    time.Time  `yaml:"created" json:"created"`
	Updated    time.Time  `yaml:"updated" json:"updated"`
	// Complete is true once every applicable question has been answered.
	Complete bool `yaml:"complete" json:"complete"`
	// Answers maps question ID to an option ID (single, yesno, scale) or a
	// list of option IDs (multi). Profile answers are here too.
	Answers map[string]Value `yaml:"answers" json:"answers"`
	// Notes maps a question ID, or "general", to a free-text note.
	Notes map[string]string `yaml:"notes,omitempty" json:"notes,omitempty"`
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
