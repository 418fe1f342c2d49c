package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// AssessOptions are the inputs of `eis assess`.
type AssessOptions struct{}

// NewCmdAssess is a placeholder until its issue lands.
func NewCmdAssess(f *Factory, runF func(*AssessOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:    "assess",
		Hidden: true,
		RunE:   func(cmd *cobra.Command, args []string) error { return errors.New("not built yet") },
	}
}
