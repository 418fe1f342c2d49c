package cli

import (
	"errors"
	"strings"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/schema"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/spf13/cobra"
)

// SchemaOptions are the inputs of `eis schema`.
type SchemaOptions struct {
	IO *iostreams.IOStreams
	// Locale is the language of messages.
	Locale i18n.Locale
	// Name of the schema: catalogue, plan or answers.
	Name string
}

// NewCmdSchema prints the JSON Schema of a catalogue file, the plan's JSON
// form or the answers file: the committed practices/schema file, embedded.
func NewCmdSchema(f *Factory, runF func(*SchemaOptions) error) *cobra.Command {
	names := schema.Names()
	hl := helpLocale(f)
	return &cobra.Command{
		Use:       "schema [" + strings.Join(names, "|") + "]",
		Short:     hl.T("help.schema.short"),
		Long:      hl.T("help.schema.long"),
		Example:   hl.T("help.schema.example"),
		Args:      usageArgs(maxArgs(1)),
		ValidArgs: names,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts := &SchemaOptions{IO: f.IOStreams, Locale: f.Locale, Name: names[0]}
			if len(args) == 1 {
				opts.Name = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
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
	_, err = opts.IO.Out.Write(b)
	return err
}
