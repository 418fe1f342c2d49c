// Package diag holds what the domain packages (catalogue, answers,
// assessment) have to say, as data: a Message is a message ID with typed
// arguments, and a Diagnostic is a Message about a position in a file, with
// a severity and the rule that found it. Nothing here chooses words: the
// output side (internal/i18n's Locale.Format, used by render and cli) turns
// a Message into a sentence in the language chosen for the run.
//
// Arguments are plain values (strings, numbers: printed as they are) or one
// of the types below, which the Locale formats in its language: a nested
// Message (a translated word or clause), a Text (a catalogue text given per
// language), a Percent, or a List of such.
package diag

import (
	"fmt"
	"slices"
	"strings"
)

// Message is a message ID (a key of internal/i18n's message files) with
// the arguments its format takes, in order.
type Message struct {
	ID   string
	Args []any
	// Count chooses the plural form of a message that has them (see N);
	// nil for a message without plural forms.
	Count *int
}

// M is the message id with args.
func M(id string, args ...any) Message { return Message{ID: id, Args: args} }

// N is the message id about n things: its plural form is chosen by n in
// the output language (CLDR rules: one/few/many/other).
func N(id string, n int, args ...any) Message { return Message{ID: id, Args: args, Count: &n} }

// IsZero reports whether m is empty (no ID).
func (m Message) IsZero() bool { return m.ID == "" }

// MidSentence is an argument (a catalogue title, say) that stands in the
// middle of a sentence: a language that writes common nouns in lower case
// there (Danish) says it with its first letter lowered.
type MidSentence struct{ Arg any }

// Percent is a share (0–1) said as a percentage with Decimals decimals;
// Trim drops trailing zeros of the decimals ("25%", not "25.0%").
type Percent struct {
	Value    float64
	Decimals int
	Trim     bool
}

// Euro is a sum of money in euro, said in the language's way ("€2.5
// million", Danish "2,5 mio. euro").
type Euro float64

// List is an argument made of several, each formatted on its own, then
// joined: by the output language's "and" or "or" when Join says so (a list
// inside a sentence: "France, Germany and the United States"), else by Sep
// (labels, quoted answers, parts of a sentence).
type List struct {
	Items []any
	Sep   string
	Join  Join
}

// Join is how a List that stands in running text joins its items; the
// words are the output language's (internal/i18n).
type Join int

// Joins of a List: JoinSep (its Sep), JoinAnd ("A, B and C"), JoinOr ("A,
// B or C").
const (
	JoinSep Join = iota
	JoinAnd
	JoinOr
)

// And is a list of items in running text, joined as the output language
// joins them with "and".
func And(items ...any) List { return List{Items: items, Join: JoinAnd} }

// Or is a list of alternatives in running text, joined as the output
// language joins them with "or".
func Or(items ...any) List { return List{Items: items, Join: JoinOr} }

// Severity of a diagnostic.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Diagnostic is one problem found in a file, at a position.
type Diagnostic struct {
	File     string
	Line     int
	Col      int
	Severity Severity
	// Rule names the check, e.g. "unknown-key".
	Rule    string
	Message Message
}

// At returns a diagnostic at file:line:col (each at least 1).
func At(file string, line, col int, sev Severity, rule string, m Message) Diagnostic {
	return Diagnostic{File: file, Line: max(line, 1), Col: max(col, 1), Severity: sev, Rule: rule, Message: m}
}

// Diagnostics is a list of problems.
type Diagnostics []Diagnostic

// Sort orders diagnostics by file, line, column, then message ID and
// arguments, then rule: the same order in every language.
func (ds Diagnostics) Sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		switch {
		case a.File != b.File:
			return strings.Compare(a.File, b.File)
		case a.Line != b.Line:
			return a.Line - b.Line
		case a.Col != b.Col:
			return a.Col - b.Col
		case a.Message.ID != b.Message.ID:
			return strings.Compare(a.Message.ID, b.Message.ID)
		}
		if c := strings.Compare(fmt.Sprint(a.Message.Args...), fmt.Sprint(b.Message.Args...)); c != 0 {
			return c
		}
		return strings.Compare(a.Rule, b.Rule)
	})
}

// Count returns the number of errors and warnings.
func (ds Diagnostics) Count() (errs, warns int) {
	for _, d := range ds {
		if d.Severity == SevError {
			errs++
		} else {
			warns++
		}
	}
	return
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	e, _ := ds.Count()
	return e > 0
}

// Warnings returns the warnings' messages, in order.
func (ds Diagnostics) Warnings() []Message {
	var out []Message
	for _, d := range ds {
		if d.Severity == SevWarning {
			out = append(out, d.Message)
		}
	}
	return out
}

// String shows m for debugging, as its ID and arguments; output says it
// with internal/i18n's Locale.Format.
func (m Message) String() string {
	if len(m.Args) == 0 {
		return m.ID
	}
	return fmt.Sprintf("%s%v", m.ID, m.Args)
}

// String shows d for debugging: path:line:col: severity: message [rule],
// the message as its ID and arguments (see Message.String).
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", d.File, d.Line, d.Col, d.Severity, d.Message, d.Rule)
}
