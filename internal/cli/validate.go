package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// ValidateOptions are the inputs of `eis validate`.
type ValidateOptions struct{}

// NewCmdValidate is a placeholder until its issue lands.
func NewCmdValidate(f *Factory, runF func(*ValidateOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:    "validate",
		Hidden: true,
		RunE:   func(cmd *cobra.Command, args []string) error { return errors.New("not built yet") },
	}
}
