package cli

import (
	"os"
	"path/filepath"
)

// samePath reports whether a and b name the same file (or would): the same
// file on disk when both exist (hard and symbolic links included), else the
// same cleaned absolute path.
func samePath(a, b string) bool {
	if a == b {
		return true
	}
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(sa, sb)
	}
	aa, errA := filepath.Abs(a)
	ab, errB := filepath.Abs(b)
	return errA == nil && errB == nil && aa == ab
}
