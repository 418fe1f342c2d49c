package catalogue

import (
	"sort"

	"github.com/eis-project/eis/internal/diag"
)

// MaxDiagnosticsPerFile caps the diagnostics reported for one file; the rest
// are summed up in one last "…and N more" line.
const MaxDiagnosticsPerFile = 50

// word is a message argument that is itself a message: a noun such as
// "practice", said in the output language as validate.word.<word>.
type word string

// message is the diag.Message key with args, a word argument as the
// message it names.
func message(key string, args ...any) diag.Message {
	for i, a := range args {
		if w, ok := a.(word); ok {
			args[i] = diag.M("validate.word." + string(w))
		}
	}
	return diag.M(key, args...)
}

// newDiag builds a diagnostic at at whose message is key with args.
func newDiag(at Pos, sev diag.Severity, rule, key string, args ...any) diag.Diagnostic {
	return diag.At(at.File, at.Line, at.Col, sev, rule, message(key, args...))
}

func errorf(ds *diag.Diagnostics, at Pos, rule, key string, args ...any) {
	*ds = append(*ds, newDiag(at, diag.SevError, rule, key, args...))
}

func warnf(ds *diag.Diagnostics, at Pos, rule, key string, args ...any) {
	*ds = append(*ds, newDiag(at, diag.SevWarning, rule, key, args...))
}

// Limit keeps at most n diagnostics per file of ds (in the order given,
// which should be sorted) and replaces the rest of a file's with one line
// saying how many more there are. Errors beyond the cap keep the file
// failing: the summary line is an error when any dropped diagnostic was one.
func Limit(ds diag.Diagnostics, n int) diag.Diagnostics {
	count := map[string]int{}
	for _, d := range ds {
		count[d.File]++
	}
	var out diag.Diagnostics
	seen := map[string]int{}
	dropErr := map[string]bool{}
	var last = map[string]diag.Diagnostic{}
	for _, d := range ds {
		seen[d.File]++
		if seen[d.File] <= n {
			out = append(out, d)
			continue
		}
		if d.Severity == diag.SevError {
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
		sev := diag.SevWarning
		if dropErr[f] {
			sev = diag.SevError
		}
		l := last[f]
		more := count[f] - n
		out = append(out, diag.At(f, l.Line, l.Col, sev, "limit", diag.N("validate.limit", more, more)))
	}
	out.Sort()
	return out
}
