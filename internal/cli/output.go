package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/safetext"
	"github.com/spf13/cobra"
)

// The output contract. Every command that prints data takes -f/--format
// (its formats, completed with what each one is for) and -o/--output (a
// file written atomically, readable by its owner only, instead of stdout),
// through one outputSpec; its JSON is an object with a schema_version, and
// `eis schema NAME` prints its JSON Schema. A command's formats and schema
// are recorded in its annotations, so TestEveryJSONOutputMatchesItsSchema
// finds every command that prints JSON (new ones included) and checks
// what it prints against that schema.

// Annotations an outputSpec puts on its command.
const (
	// annotationFormats lists the command's formats, comma-separated.
	annotationFormats = "eis.formats"
	// annotationSchema names the `eis schema` of the command's JSON.
	annotationSchema = "eis.schema"
)

// outputSpec is what one command prints: its formats and default, the
// schema of its json format, and the stem of the file name suggested when
// --output names a folder.
type outputSpec struct {
	formats []string
	// def is the default format; "" lets the command decide (validate:
	// github under GitHub Actions, else text).
	def string
	// schema is the `eis schema` name of the json format ("" without one).
	schema string
	// stem is the suggested file name without extension ("plan").
	stem string
}

// formatExt is the usual file extension of each format.
func formatExt(format string) string {
	switch format {
	case render.FormatText, formatGitHub:
		return ".txt"
	case render.FormatMarkdown, render.FormatStats:
		return ".md"
	case render.FormatJSON:
		return ".json"
	case render.FormatHTML:
		return ".html"
	case "csv":
		return ".csv"
	}
	return ""
}

// add gives cmd -f/--format and -o/--output, bound to format and output,
// with completion of the formats (and file names for --output); f gives
// the help texts' language and the completion's.
func (s outputSpec) add(cmd *cobra.Command, f *Factory, format, output *string) {
	hl := helpLocale(f)
	fl := cmd.Flags()
	*format = s.def
	fl.VarP(&formatValue{p: format, formats: s.formats}, "format", "f", hl.T("help.output.flag.format", strings.Join(s.formats, ", ")))
	*output = ""
	fl.VarP((*outputValue)(output), "output", "o", hl.T("help.output.flag.output"))
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[annotationFormats] = strings.Join(s.formats, ",")
	if s.schema != "" {
		cmd.Annotations[annotationSchema] = s.schema
	}
	_ = cmd.RegisterFlagCompletionFunc("format", func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		loc := completionLocale(f, c)
		var out []cobra.Completion
		for _, name := range s.formats {
			desc := loc.T("complete.format." + name)
			if name == render.FormatJSON && s.schema != "" {
				desc = loc.T("complete.format.json.schema", s.schema)
			}
			out = append(out, cobra.CompletionWithDesc(name, desc))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.MarkFlagFilename("output")
}

// formatValue is the --format flag: a string, with md taken for markdown
// (the file extension, which users type) where markdown is a format.
type formatValue struct {
	p       *string
	formats []string
}

func (v *formatValue) String() string { return *v.p }
func (v *formatValue) Type() string   { return "string" }
func (v *formatValue) Set(s string) error {
	if strings.EqualFold(strings.TrimSpace(s), "md") && slices.Contains(v.formats, render.FormatMarkdown) {
		s = render.FormatMarkdown
	}
	*v.p = s
	return nil
}

// outputValue is the --output flag: a file name, where "-" is stdout, as
// it is for most tools (it made a file named "-").
type outputValue string

func (v *outputValue) String() string { return string(*v) }
func (v *outputValue) Type() string   { return "string" }
func (v *outputValue) Set(s string) error {
	if s == "-" {
		s = ""
	}
	*v = outputValue(s)
	return nil
}

// check is a usage error for a format not among s's formats, or for an
// --output that is a folder or an answers file (eis compare OLD NEW
// --output OLD, an aggregate written into the folder it reads: the
// answers would be lost); all are found before anything is read.
func (s outputSpec) check(loc i18n.Locale, format, output string) error {
	if err := checkFormat(loc, format, s.formats); err != nil {
		return err
	}
	if output == "" {
		return nil
	}
	if st, err := os.Stat(output); err == nil && st.IsDir() {
		return usageErrorf("%s", loc.T("output.isDir", output, filepath.Join(output, s.stem+formatExt(format))))
	}
	if data, err := readAnswersFile(output); err == nil && answers.Recognisable(data) {
		return usageErrorf("%s", loc.T("output.isAnswers", output, s.stem+formatExt(format)))
	}
	return nil
}

// checkFormat is a usage error for a format not in formats.
func checkFormat(loc i18n.Locale, format string, formats []string) error {
	if slices.Contains(formats, format) {
		return nil
	}
	return valueError("--format", format, formats, loc.T("render.format.unknown", format, strings.Join(formats, ", ")))
}

// writeOutput renders with fn and sends the result to stdout, or, when
// output is set, to that file: written whole or not at all (temp file and
// rename), mode 0600 (outputs can hold a firm's confidential answers),
// and said on stderr. Rendering goes to memory first, so a failure
// half-way prints nothing. fn gets render options for the destination:
// stdout's width and colour, or none of either for a file (every table
// cell whole, as for a pipe).
func writeOutput(ios *iostreams.IOStreams, loc i18n.Locale, output string, fn func(w io.Writer, ro render.Options) error) error {
	return writeOutputTo(ios, loc, output, false, fn)
}

// writeRendered is writeOutput for an fn that writes only through
// internal/render with the options it is given, whose writers sanitise
// what they write as stdout's sanitiser would: it goes to stdout without a
// second pass (iostreams.SanitisedOut).
func writeRendered(ios *iostreams.IOStreams, loc i18n.Locale, output string, fn func(w io.Writer, ro render.Options) error) error {
	return writeOutputTo(ios, loc, output, true, fn)
}

func writeOutputTo(ios *iostreams.IOStreams, loc i18n.Locale, output string, rendered bool, fn func(w io.Writer, ro render.Options) error) error {
	ro := render.Options{Locale: loc, NoTruncate: true}
	if output == "" {
		ro = renderOptions(ios)
		ro.Locale = loc
	}
	var buf chunks
	if err := fn(&buf, ro); err != nil {
		return err
	}
	if output == "" {
		if rendered {
			return buf.writeTo(ios.SanitisedOut())
		}
		return buf.writeTo(ios.Out)
	}
	data := buf.bytes()
	if !rendered {
		// What fn wrote itself, not through render's writers (eis
		// validate's annotations name a file as GitHub escapes it, no
		// more), is sanitised as stdout's sanitiser would: the file is
		// as clean as the terminal's copy.
		var clean chunks
		if err := buf.writeTo(safetext.NewWriter(&clean, nil)); err != nil {
			return err
		}
		data = clean.bytes()
	}
	if err := fsutil.WriteFileAtomic(output, data, 0o600); err != nil {
		return fmt.Errorf("%s", loc.T("output.write", output, unwrapPathError(err)))
	}
	fmt.Fprintln(ios.ErrOut, loc.T("output.done", output))
	return nil
}

// chunkSize is the size of a chunks' chunk.
const chunkSize = 64 << 10

// chunks holds what is written to it in chunks of chunkSize that are never
// copied again: a bytes.Buffer doubles, so a plan's 190 KB of JSON took
// some 450 KB of fresh memory, a page fault for each new page.
type chunks struct {
	full [][]byte
	last []byte
}

func (c *chunks) Write(p []byte) (int, error) {
	n := len(p)
	if n > 0 && n <= cap(c.last)-len(c.last) && &p[0] == &c.last[:len(c.last)+1][len(c.last)] {
		// What was appended to AvailableBuffer's slice: already in place.
		c.last = c.last[:len(c.last)+n]
		return n, nil
	}
	for len(p) > 0 {
		if len(c.last) == cap(c.last) {
			if c.last != nil {
				c.full = append(c.full, c.last)
			}
			c.last = make([]byte, 0, chunkSize)
		}
		k := min(len(p), cap(c.last)-len(c.last))
		c.last = append(c.last, p[:k]...)
		p = p[k:]
	}
	return n, nil
}

// AvailableBuffer returns the free end of the last chunk, empty, with at
// least n bytes' room (a new chunk when the last has less, n at most
// chunkSize): a Write of what is appended to it keeps it where it is
// (render's JSON writer appends there rather than to a buffer of its own).
func (c *chunks) AvailableBuffer(n int) []byte {
	n = min(n, chunkSize)
	if cap(c.last)-len(c.last) < n {
		if len(c.last) > 0 {
			c.full = append(c.full, c.last)
		}
		c.last = make([]byte, 0, chunkSize)
	}
	return c.last[len(c.last):len(c.last):cap(c.last)]
}

// writeTo writes what c holds to w, in order.
func (c *chunks) writeTo(w io.Writer) error {
	for _, b := range append(c.full, c.last) {
		if len(b) == 0 {
			continue
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// bytes returns what c holds, in one slice.
func (c *chunks) bytes() []byte {
	if len(c.full) == 0 {
		return c.last
	}
	b := make([]byte, 0, len(c.full)*chunkSize+len(c.last))
	for _, f := range c.full {
		b = append(b, f...)
	}
	return append(b, c.last...)
}
