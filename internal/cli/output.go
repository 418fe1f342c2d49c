package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
)

// checkOutputPath refuses an --output that is a folder (a usage error,
// found before anything is read); example is a file name to suggest.
func checkOutputPath(loc i18n.Locale, output, example string) error {
	if output == "" {
		return nil
	}
	if st, err := os.Stat(output); err == nil && st.IsDir() {
		return usageErrorf("%s", loc.T("output.isDir", output, filepath.Join(output, example)))
	}
	return nil
}

// writeOutput writes data to stdout, or with an --output to that file
// (atomically: a temporary file renamed into place, with perm) and says
// so on stderr. Reports built from confidential answers use 0o600.
func writeOutput(ios *iostreams.IOStreams, loc i18n.Locale, output string, data []byte, perm os.FileMode) error {
	if output == "" {
		_, err := ios.Out.Write(data)
		return err
	}
	if err := fsutil.WriteFileAtomic(output, data, perm); err != nil {
		return fmt.Errorf("%s", loc.T("output.write", output, unwrapPathError(err)))
	}
	fmt.Fprintln(ios.ErrOut, loc.T("output.done", output))
	return nil
}

// formatExt is the usual file extension of each output format.
var formatExt = map[string]string{"text": ".txt", "markdown": ".md", "json": ".json", "html": ".html", "csv": ".csv"}
