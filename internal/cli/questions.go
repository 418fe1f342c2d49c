package cli

import (
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/spf13/cobra"
)

// QuestionsOptions are the inputs of `eis questions`.
type QuestionsOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Lang      string

	// Format is text, markdown (a printable interview guide) or json.
	Format string
}

// NewCmdQuestions builds `eis questions`: the whole questionnaire.
func NewCmdQuestions(f *Factory, runF func(*QuestionsOptions) error) *cobra.Command {
	opts := &QuestionsOptions{}
	cmd := &cobra.Command{
		Use:   "questions [--format text|markdown|json]",
		Short: "Print the whole questionnaire, e.g. as an interview guide",
		Long: `Print every question eis can ask: the profile first, then the scored questions
by dimension, each with why it matters, its options and their scores, whether
"Don't know" and "Not applicable" are allowed, and when it is asked.

--format markdown gives a printable interview guide for advisors, with a box
to tick for each option; --format json gives the questions with their IDs,
kinds, options and scores.`,
		Example: `  eis questions --format markdown > guide.md
  eis --lang da questions`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Lang = f.Lang()
			if err := checkFormat(opts.Lang, opts.Format, render.QuestionFormats); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return questionsRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", render.FormatText, "output format: "+strings.Join(render.QuestionFormats, ", "))
	return cmd
}

func questionsRun(opts *QuestionsOptions) error {
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	return render.Questions(opts.IO.Out, cat, opts.Format, opts.Lang,
		render.Options{Width: opts.IO.TerminalWidth(), Color: opts.IO.ColorEnabled()})
}
