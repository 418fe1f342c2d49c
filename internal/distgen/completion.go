package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
)

// shells are the completion scripts eis ships, each as `eis completion
// SHELL` prints it (with descriptions), in the file name its shell's
// package layout expects.
var shells = []struct {
	name, file string
	gen        func(root *cobra.Command, w io.Writer) error
}{
	{"bash", "eis.bash", func(root *cobra.Command, w io.Writer) error { return root.GenBashCompletionV2(w, true) }},
	{"zsh", "_eis", func(root *cobra.Command, w io.Writer) error { return root.GenZshCompletion(w) }},
	{"fish", "eis.fish", func(root *cobra.Command, w io.Writer) error { return root.GenFishCompletion(w, true) }},
	{"powershell", "eis.ps1", func(root *cobra.Command, w io.Writer) error { return root.GenPowerShellCompletionWithDesc(w) }},
}

// writeCompletions writes the completion script of every shell into dir.
func writeCompletions(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root := newTree()
	for _, sh := range shells {
		var buf bytes.Buffer
		if err := sh.gen(root, &buf); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, sh.file), buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
