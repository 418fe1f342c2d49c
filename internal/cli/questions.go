package cli

import (
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/spf13/cobra"
)

// QuestionsOptions are the inputs of `eis questions`.
type QuestionsOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Locale    i18n.Locale

	// Only names the questions to print: question IDs, dimension IDs (all
	// their questions) or render.GuideProfile; none means all.
	Only []string
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
		Use:     "questions [ID...] [--format text|markdown|json]",
		Short:   hl.T("help.questions.short"),
		Long:    hl.T("help.questions.long"),
		Example: hl.T("help.questions.example"),
		// Any number of IDs, checked against the catalogue when it is read.
		Args: usageArgs(cobra.ArbitraryArgs),
		// Dimension and question IDs with their titles, and profile.
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			loc := f.completing(cmd)
			cands := []cobra.Completion{cobra.CompletionWithDesc(render.GuideProfile, loc.T("render.guide.profile"))}
			cands = append(cands, f.candidates(loc, idDimension)...)
			cands = append(cands, f.candidates(loc, idQuestion)...)
			return matching(cands, "", toComplete, args), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Locale = f.Locale
			opts.Only = args
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
	loc := opts.Locale
	g := render.NewGuide(cat, loc)
	if len(opts.Only) > 0 {
		ids := []string{render.GuideProfile}
		var dims []string
		for _, d := range cat.Dimensions {
			ids, dims = append(ids, d.ID), append(dims, d.ID)
		}
		for _, q := range cat.Profile {
			ids = append(ids, q.ID)
		}
		for _, q := range cat.Questions {
			ids = append(ids, q.ID)
		}
		for _, id := range opts.Only {
			if !slices.Contains(ids, id) {
				ue := &UsageError{Err: errors.New(loc.T("questions.unknown", id, strings.Join(dims, ", ")))}
				if near := suggest.For(id, ids, 1); len(near) > 0 {
					ue.Hint = didYouMean("eis questions " + near[0])
				}
				return ue
			}
		}
		g = g.Only(opts.Only)
	}
	return writeOutput(opts.IO, loc, opts.Output, func(w io.Writer, ro render.Options) error {
		return render.QuestionsGuide(w, g, opts.Format, loc, ro)
	})
}
