package catalogue

import (
	"fmt"
	"sort"

	"github.com/eis-project/eis/internal/i18n"
)

// Severity of a diagnostic.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// MaxDiagnosticsPerFile caps the diagnostics reported for one file; the rest
// are summed up in one last "…and N more" line.
const MaxDiagnosticsPerFile = 50

// Diagnostic is one problem found in a catalogue, at a position.
type Diagnostic struct {
	File     string   `json:"file"`
	Line     int      `json:"line"`
	Col      int      `json:"column"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	// Rule names the check, e.g. "unknown-key".
	Rule string `json:"rule"`

	// key and args make the message again in another language (see Localize).
	key  string
	args []any
}

// String formats the diagnostic as path:line:col: severity: message [rule].
func (d Diagnostic) String() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s [%s]", d.File, d.Line, d.Col, d.Severity, d.Message, d.Rule)
}

// Text returns the diagnostic's message in lang ("en", "da").
func (d Diagnostic) Text(lang string) string {
	if d.key == "" {
		return d.Message
	}
	return i18n.T(lang, d.key, localArgs(lang, d.args)...)
}

// word is a message argument that is itself translated: the i18n key
// "validate.word.<word>".
type word string

func localArgs(lang string, args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		if w, ok := a.(word); ok {
			out[i] = i18n.T(lang, "validate.word."+string(w))
			continue
		}
		out[i] = a
	}
	return out
}

// newDiag builds a diagnostic whose message is the i18n message key with args.
func newDiag(at Pos, sev Severity, rule, key string, args ...any) Diagnostic {
	line, col := at.Line, at.Col
	if line < 1 {
		line = 1
	}
	if col < 1 {
		col = 1
	}
	return Diagnostic{File: at.File, Line: line, Col: col, Severity: sev, Rule: rule,
		Message: i18n.T("en", key, localArgs("en", args)...), key: key, args: args}
}

// Diagnostics is a list of problems.
type Diagnostics []Diagnostic

func (ds *Diagnostics) add(d Diagnostic) { *ds = append(*ds, d) }

func (ds *Diagnostics) errorf(at Pos, rule, key string, args ...any) {
	*ds = append(*ds, newDiag(at, SevError, rule, key, args...))
}

func (ds *Diagnostics) warnf(at Pos, rule, key string, args ...any) {
	*ds = append(*ds, newDiag(at, SevWarning, rule, key, args...))
}

// Sort orders diagnostics by file, line, column, then message.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Col != b.Col {
			return a.Col < b.Col
		}
		if a.Message != b.Message {
			return a.Message < b.Message
		}
		return a.Rule < b.Rule
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

// Localize returns the diagnostics with their messages in lang.
func (ds Diagnostics) Localize(lang string) Diagnostics {
	out := make(Diagnostics, len(ds))
	for i, d := range ds {
		d.Message = d.Text(lang)
		out[i] = d
	}
	return out
}

// Limit keeps at most n diagnostics per file (in the order given, which
// should be sorted) and replaces the rest of a file's with one line saying
// how many more there are. Errors beyond the cap keep the file failing: the
// summary line is an error when any dropped diagnostic was one.
func (ds Diagnostics) Limit(n int) Diagnostics {
	count := map[string]int{}
	for _, d := range ds {
		count[d.File]++
	}
	var out Diagnostics
	seen := map[string]int{}
	dropErr := map[string]bool{}
	var last = map[string]Diagnostic{}
	for _, d := range ds {
		seen[d.File]++
		if seen[d.File] <= n {
			out = append(out, d)
			continue
		}
		if d.Severity == SevError {
			dropErr[d.File] = true
		}
		last[d.File] = d
	}
	var files []string
	for f := range last {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		sev := SevWarning
		if dropErr[f] {
			sev = SevError
		}
		l := last[f]
		key := "validate.limit.many"
		if count[f]-n == 1 {
			key = "validate.limit.one"
		}
		out = append(out, newDiag(Pos{File: f, Line: l.Line, Col: l.Col}, sev, "limit", key, count[f]-n))
	}
	out.Sort()
	return out
}
