package cli

import (
	"errors"
	"io"
	"strings"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/schema"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/spf13/cobra"
)

// SchemaOptions are the inputs of `eis schema`.
type SchemaOptions struct {
	IO *iostreams.IOStreams
	// Locale is the language of messages.
	Locale i18n.Locale
	// Name of the schema: catalogue, plan, answers, … (schema.Names).
	Name string
	// Format is json, the only one: a schema is a JSON document.
	Format string
	// Output is the file to write the schema to; empty means stdout.
	Output string
}

// schemaOutput is what `eis schema` prints: a JSON Schema, which has no
// schema of its own here (it is a JSON Schema document).
var schemaOutput = outputSpec{formats: []string{render.FormatJSON}, def: render.FormatJSON, stem: "schema"}

// NewCmdSchema prints the JSON Schema of a catalogue file, the plan's JSON
// form or the answers file: the committed practices/schema file, embedded.
func NewCmdSchema(f *Factory, runF func(*SchemaOptions) error) *cobra.Command {
	names := schema.Names()
	hl := helpLocale(f)
	opts := &SchemaOptions{}
	cmd := &cobra.Command{
		Use:     "schema [NAME]",
		Short:   hl.T("help.schema.short"),
		Long:    hl.T("help.schema.long", strings.Join(names, ", ")),
		Example: hl.T("help.schema.example"),
		Args:    usageArgs(maxArgs(1)),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return completeChoices(f, "complete.schema.", names...)(cmd, args, toComplete)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO, opts.Locale, opts.Name = f.IOStreams, f.Locale, names[0]
			if len(args) == 1 {
				opts.Name = args[0]
			}
			if err := schemaOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
	schemaOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func schemaRun(opts *SchemaOptions) error {
	b, err := schema.Bytes(opts.Name)
	var unknown *schema.UnknownError
	if errors.As(err, &unknown) {
		ue := &UsageError{Err: errors.New(opts.Locale.T("schema.unknown", unknown.Name, strings.Join(schema.Names(), ", ")))}
		if near := suggest.For(unknown.Name, schema.Names(), 1); len(near) > 0 {
			ue.Hint = didYouMean("eis schema " + near[0])
		}
		return ue
	}
	if err != nil {
		return err
	}
	return writeOutput(opts.IO, opts.Locale, opts.Output, func(w io.Writer, _ render.Options) error {
		_, err := w.Write(b)
		return err
	})
}
