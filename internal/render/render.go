// Package render owns eis's output formats: the action plan as text,
// Markdown and JSON (one file per format, all fed the same
// assessment.Plan), the practice list and detail, and the questionnaire as
// an interview guide. Renderers write to an io.Writer and never read files,
// flags or the clock.
package render

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/safetext"
)

// Output formats.
const (
	FormatText     = "text"
	FormatMarkdown = "markdown"
	FormatJSON     = "json"
	// FormatHTML is one self-contained HTML page (inline CSS and SVG).
	FormatHTML = "html"
)

// PlanFormats are the formats Plan can write, in the order shown to users.
var PlanFormats = []string{FormatText, FormatMarkdown, FormatJSON, FormatHTML}

// QuestionFormats are the formats Questions can write.
var QuestionFormats = []string{FormatText, FormatMarkdown, FormatJSON}

// ListFormats are the formats PracticeList can write.
var ListFormats = []string{FormatText, FormatJSON, FormatStats}

// ShowFormats are the formats PracticeShow can write.
var ShowFormats = []string{FormatText, FormatJSON}

// Width limits for text output.
const (
	MinWidth     = 40
	MaxWidth     = 100
	DefaultWidth = 80
)

// ErrUnknownFormat reports a format name no renderer knows.
var ErrUnknownFormat = errors.New("unknown format")

// Options tune rendering for its destination.
type Options struct {
	// Locale is the language of every word (the zero Locale is English).
	Locale i18n.Locale
	// Width of the terminal in columns; text is wrapped to it, clamped to
	// MinWidth–MaxWidth (0 means DefaultWidth).
	Width int
	// Color allows ANSI colour and bold in text output.
	Color bool
	// NoTruncate keeps every cell of a table whole, however wide (output
	// read by tools: a pipe or a file).
	NoTruncate bool
	// Today is the date the practice list says "ended" and "closes" by;
	// zero says neither.
	Today time.Time
	// AllCommand is the command line that shows every action of the plan
	// (e.g. "eis plan --answers acme.yaml --all"), named in the text
	// formats' "N more actions" hint so it can be copied as it is; empty
	// means a generic "eis plan --answers FILE --all".
	AllCommand string
	// ResumeCommand is the command line that continues an unfinished
	// assessment (e.g. "eis assess --resume acme.yaml"), named in the text
	// formats' banner; empty means a generic "eis assess --resume FILE".
	ResumeCommand string
}

// allCommand is o.AllCommand, or the generic command in loc.
func (o Options) allCommand(loc i18n.Locale) string {
	if o.AllCommand != "" {
		return o.AllCommand
	}
	return loc.T("render.plan.allCommand")
}

// writer is w through the output sanitiser (see internal/safetext) for
// format: every exported renderer writes through it (a new one starts
// with w = o.writer(w, format)), so what came from a
// file (a catalogue text, an answers file's notes) cannot steer a
// terminal, also when the output goes to a file (--output) that is printed
// later. JSON keeps such characters as \u escapes; other formats lose
// them, and pass colour sequences only in text when o.Color allows them.
// Every format but JSON breaks a CI runner's command that a text from a
// file would make, a "::" at a line's start included (see safetext).
func (o Options) writer(w io.Writer, format string) io.Writer {
	switch format {
	case FormatJSON:
		if jw, ok := w.(*safetext.JSONWriter); ok {
			// Already through it (Plan, then PlanJSON): a second pass
			// would scan every byte again and change none.
			return jw
		}
		return safetext.NewJSONWriter(w)
	case FormatText:
		return safetext.NewWriter(w, func() bool { return o.Color })
	case FormatMarkdown, FormatStats:
		// A CI runner's command broken in a way Markdown shows as the
		// character itself (\: and \[); likewise HTML (&#58;).
		return safetext.NewWriterEscaping(w, nil, safetext.Markdown)
	case FormatHTML:
		return safetext.NewWriterEscaping(w, nil, safetext.HTML)
	}
	return safetext.NewWriter(w, nil)
}

// width returns the text width to wrap to.
func (o Options) width() int {
	switch {
	case o.Width <= 0:
		return DefaultWidth
	case o.Width < MinWidth:
		return MinWidth
	case o.Width > MaxWidth:
		return MaxWidth
	}
	return o.Width
}

// Plan writes p to w in the given format.
func Plan(w io.Writer, p assessment.Plan, format string, o Options) error {
	w = o.writer(w, format)
	switch format {
	case FormatText:
		return PlanText(w, p, o)
	case FormatMarkdown:
		return PlanMarkdown(w, p, o)
	case FormatJSON:
		return PlanJSON(w, p, o)
	case FormatHTML:
		return PlanHTML(w, p, o)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}
