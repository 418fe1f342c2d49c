package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// PlanOptions are the inputs of `eis plan`.
type PlanOptions struct{}

// NewCmdPlan is a placeholder until its issue lands.
func NewCmdPlan(f *Factory, runF func(*PlanOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:    "plan",
		Hidden: true,
		RunE:   func(cmd *cobra.Command, args []string) error { return errors.New("not built yet") },
	}
}
