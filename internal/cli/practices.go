package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// NewCmdPractices is a placeholder until its issue lands.
func NewCmdPractices(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "practices",
		Hidden: true,
		RunE:   func(cmd *cobra.Command, args []string) error { return errors.New("not built yet") },
	}
}
