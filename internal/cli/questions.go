package cli

import (
	"io"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/spf13/cobra"
)

// QuestionsOptions are the inputs of `eis questions`.
type QuestionsOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Locale    i18n.Locale

	// Format is text, markdown (a printable interview guide) or json.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
}

// questionsOutput is what `eis questions` prints.
var questionsOutput = outputSpec{formats: render.QuestionFormats, def: render.FormatText, schema: "questions", stem: "questions"}

// NewCmdQuestions builds `eis questions`: the whole questionnaire.
func NewCmdQuestions(f *Factory, runF func(*QuestionsOptions) error) *cobra.Command {
	opts := &QuestionsOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "questions [--format text|markdown|json]",
		Short:   hl.T("help.questions.short"),
		Long:    hl.T("help.questions.long"),
		Example: hl.T("help.questions.example"),
		Args:    usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Locale = f.Locale
			if err := questionsOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return questionsRun(opts)
		},
	}
	questionsOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func questionsRun(opts *QuestionsOptions) error {
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	return writeOutput(opts.IO, opts.Locale, opts.Output, func(w io.Writer, ro render.Options) error {
		return render.Questions(w, cat, opts.Format, opts.Locale, ro)
	})
}
