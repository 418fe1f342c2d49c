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

// validateOnly are the messages of the problems that eis validate
// refuses but a command that uses the catalogue only warns about
// (Options.Validate): no practices at all, and a date in the future (a
// typo, or a wrong system clock, neither of which should stop a firm's
// plan). The checker makes them with checker.validateOnly.
var validateOnly = map[string]bool{
	"validate.catalogue.no-practices":       true,
	"validate.stale.future":                 true,
	"validate.source.read.future":           true,
	"validate.source.date.future":           true,
	"validate.translations.reviewed.future": true,
}

// ValidateOnly reports whether d is a warning that eis validate gives as an
// error (see Options.Validate): a command uses the catalogue all the same,
// and says so with d, since nothing else would tell the user that a plan
// is empty or a date wrong. The catalogue's other warnings are for eis
// validate to list.
func ValidateOnly(d diag.Diagnostic) bool {
	return d.Severity == diag.SevWarning && validateOnly[d.Message.ID]
}

func errorf(ds *diag.Diagnostics, at Pos, rule, key string, args ...any) {
	add(ds, newDiag(at, diag.SevError, rule, key, args...))
}

func warnf(ds *diag.Diagnostics, at Pos, rule, key string, args ...any) {
	add(ds, newDiag(at, diag.SevWarning, rule, key, args...))
}

// compactAt is the size from which a list of diagnostics is kept short
// while it grows (see add).
const compactAt = 4096

// add appends d to ds. A hostile file (2 MiB of bad practices: 100,000
// problems) would otherwise hold every diagnostic until the end only for
// Limit to keep 50 a file: so when ds is full at compactAt or more, it is
// sorted and limited first (Limit merges its own "…and N more" lines, so
// limiting again later gives what limiting once would), into a list with
// room to double before the next time.
func add(ds *diag.Diagnostics, d diag.Diagnostic) {
	if len(*ds) >= compactAt && len(*ds) == cap(*ds) {
		ds.Sort()
		kept := Limit(*ds, MaxDiagnosticsPerFile)
		*ds = append(make(diag.Diagnostics, 0, max(2*len(kept), compactAt)), kept...)
	}
	*ds = append(*ds, d)
}

// Limit keeps at most n diagnostics per file of ds (in the order given,
// which should be sorted) and replaces the rest of a file's with one line
// saying how many more there are. Errors beyond the cap keep the file
// failing: the summary line is an error when any dropped diagnostic was one.
// Such a line already in ds (ds was limited before) counts the
// diagnostics it stands for, so limiting twice is limiting once.
func Limit(ds diag.Diagnostics, n int) diag.Diagnostics {
	count := map[string]int{}
	for _, d := range ds {
		count[d.File] += weight(d)
	}
	var out diag.Diagnostics
	seen := map[string]int{}
	dropErr := map[string]bool{}
	var last = map[string]diag.Diagnostic{}
	for _, d := range ds {
		if w := weight(d); w != 1 || seen[d.File] >= n {
			if d.Severity == diag.SevError {
				dropErr[d.File] = true
			}
			last[d.File] = d
			continue
		}
		seen[d.File]++
		out = append(out, d)
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
		more := count[f] - seen[f]
		out = append(out, diag.At(f, l.Line, l.Col, sev, "limit", diag.N("validate.limit", more, more)))
	}
	out.Sort()
	return out
}

// weight is how many diagnostics d stands for: the count of an
// "…and N more" line that Limit made, else 1.
func weight(d diag.Diagnostic) int {
	if d.Rule == "limit" && d.Message.ID == "validate.limit" && d.Message.Count != nil {
		return *d.Message.Count
	}
	return 1
}
