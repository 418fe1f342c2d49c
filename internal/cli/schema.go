package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// SchemaOptions are the inputs of `eis schema`.
type SchemaOptions struct{}

// NewCmdSchema is a placeholder until its issue lands.
func NewCmdSchema(f *Factory, runF func(*SchemaOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:    "schema",
		Hidden: true,
		RunE:   func(cmd *cobra.Command, args []string) error { return errors.New("not built yet") },
	}
}
