package cli

import (
	"strings"

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
}

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
			if err := checkFormat(opts.Locale, opts.Format, render.QuestionFormats); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return questionsRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", render.FormatText, hl.T("help.questions.flag.format", strings.Join(render.QuestionFormats, ", ")))
	return cmd
}

func questionsRun(opts *QuestionsOptions) error {
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	return render.Questions(opts.IO.Out, cat, opts.Format, opts.Locale, renderOptions(opts.IO))
}
