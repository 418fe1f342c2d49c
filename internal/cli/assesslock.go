package cli

import (
	"errors"
	"os"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
)

// lockAnswers takes the lock of the answers file at path for this run of
// eis assess (answers.TakeLock): a second run on the same file would save
// its pages over this one's, so it is refused, and told who holds the
// file, before anything is read or written. With the lock held, the
// leftovers of an interrupted save are tidied (tidyLeftovers).
//
// It returns the notices of leftovers kept for the user (printed already),
// for the terminal form to repeat on its first screen, which draws over
// what was printed before it.
func lockAnswers(ios *iostreams.IOStreams, path string, now time.Time, loc i18n.Locale) (*answers.Lock, []string, error) {
	lock, err := answers.TakeLock(path, now)
	var le *answers.LockedError
	switch {
	case errors.As(err, &le):
		h := le.Holder
		if h.PID == 0 {
			return nil, nil, errors.New(loc.T("assess.locked.unknown", path))
		}
		return nil, nil, errors.New(loc.T("assess.locked", path, h.PID, h.Host, h.Since.Local().Format("2006-01-02 15:04")))
	case err != nil:
		return nil, nil, errors.New(loc.T("assess.save-dir", path, unwrapPathError(err)))
	}
	return lock, tidyLeftovers(ios, path, loc), nil
}

// tidyLeftovers deals with the temporary files an interrupted save (a
// kill -9, a power cut) left beside the answers file at path: one that
// holds answers newer than the file's is kept for the user as
// NAME.recovered.yaml, and said so, with the command that continues from
// it; any other is removed. Either way no temporary file stays behind.
// It returns the notices of the files kept.
func tidyLeftovers(ios *iostreams.IOStreams, path string, loc i18n.Locale) []string {
	los, err := answers.Leftovers(path)
	if err != nil {
		return nil
	}
	var kept []string
	for _, lo := range los {
		if lo.Newer && lo.Readable {
			to := answers.RecoveredPath(path)
			if err := os.Rename(lo.Path, to); err == nil {
				msg := loc.T("assess.leftover.recovered", path, lo.Modified.Local().Format("2006-01-02 15:04"), to, shellQuote(to))
				hint(ios, msg, "eis assess --resume "+shellQuote(to))
				kept = append(kept, msg)
				continue
			}
		}
		if err := os.Remove(lo.Path); err == nil {
			hint(ios, loc.T("assess.leftover.removed", lo.Path))
		}
	}
	return kept
}
