// Command eis is a self-assessment of a small firm's readiness to sell abroad.
package main

import (
	"os"

	"github.com/eis-project/eis/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
