package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// QuestionsOptions are the inputs of `eis questions`.
type QuestionsOptions struct{}

// NewCmdQuestions is a placeholder until its issue lands.
func NewCmdQuestions(f *Factory, runF func(*QuestionsOptions) error) *cobra.Command {
	return &cobra.Command{
		Use:    "questions",
		Hidden: true,
		RunE:   func(cmd *cobra.Command, args []string) error { return errors.New("not built yet") },
	}
}
