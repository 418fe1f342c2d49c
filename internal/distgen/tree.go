package main

import (
	"time"

	"github.com/eis-project/eis/internal/cli"
	"github.com/eis-project/eis/practices"
	"github.com/spf13/cobra"
)

// newTree builds eis's command tree with its help texts in English and
// nothing read from the environment (no LANG, config file or clock), as
// the files made from it must be the same wherever they are made.
func newTree() *cobra.Command {
	// The zero Locale is English, and a Factory without Getenv reads an
	// empty environment.
	f := &cli.Factory{
		Embedded: practices.FS(),
		Now:      func() time.Time { return time.Unix(0, 0).UTC() },
	}
	return cli.NewRootCmd(f)
}

// visible calls fn for c and each command below it that `eis help` lists
// (not hidden, not deprecated, not the help command), parents first, in
// cobra's order.
func visible(c *cobra.Command, fn func(*cobra.Command) error) error {
	if err := fn(c); err != nil {
		return err
	}
	for _, sub := range c.Commands() {
		if !sub.IsAvailableCommand() || sub.IsAdditionalHelpTopicCommand() {
			continue
		}
		if err := visible(sub, fn); err != nil {
			return err
		}
	}
	return nil
}
