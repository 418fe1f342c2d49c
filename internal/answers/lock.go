package answers

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/fsutil"
	"github.com/gofrs/flock"
)

// An answers file is owned by one `eis assess` at a time: two runs on one
// file would each save their own pages over the other's. The owner holds
// an advisory lock (flock; LockFileEx on Windows) on a lock file beside
// it, .NAME.lock, which also says who holds it; the operating system
// releases the lock when the process ends, however it ends.

// Holder says who holds the lock of an answers file, as its lock file
// records it (zero values when it could not be read).
type Holder struct {
	PID   int
	Host  string
	Since time.Time
}

// LockedError means another process holds the lock of an answers file.
type LockedError struct {
	// Path is the answers file.
	Path   string
	Holder Holder
}

// Error says who holds the file, in English.
func (e *LockedError) Error() string {
	return fmt.Sprintf("%s is in use by another eis assess (pid %d on %s since %s)", e.Path, e.Holder.PID, e.Holder.Host, e.Holder.Since.Format(time.RFC3339))
}

// Lock is the lock of one answers file, held by this process.
type Lock struct {
	fl   *flock.Flock
	path string
}

// LockPath is the lock file of the answers file at path: .NAME.lock in
// the same folder.
func LockPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lock")
}

// TakeLock takes the lock of the answers file at path (which need not
// exist yet) for this process, recording its process ID, host name and
// now. When another process holds it, the error is a *LockedError naming
// that process; the answers file is not touched either way.
func TakeLock(path string, now time.Time) (*Lock, error) {
	lp := LockPath(path)
	for range 10 {
		fl := flock.New(lp, flock.SetPermissions(0o600))
		ok, err := fl.TryLock()
		if err != nil {
			return nil, err
		}
		if !ok {
			fl.Close()
			return nil, &LockedError{Path: path, Holder: readHolder(lp)}
		}
		// The previous holder may have removed the lock file between our
		// open and our lock: then we hold a file no one else will open.
		held, err1 := fl.Stat()
		named, err2 := os.Stat(lp)
		if err1 != nil || err2 != nil || !os.SameFile(held, named) {
			fl.Close()
			continue
		}
		host, _ := os.Hostname()
		rec := fmt.Sprintf("pid: %d\nhost: %s\nsince: %s\n", os.Getpid(), strings.ReplaceAll(host, "\n", " "), now.UTC().Format(time.RFC3339))
		if err := os.WriteFile(lp, []byte(rec), 0o600); err != nil {
			fl.Close()
			return nil, err
		}
		return &Lock{fl: fl, path: lp}, nil
	}
	return nil, fmt.Errorf("%s: the lock file keeps being replaced", lp)
}

// Release removes the lock file and releases the lock. It may be called
// more than once, and on a nil Lock.
func (l *Lock) Release() error {
	if l == nil || l.fl == nil {
		return nil
	}
	var err error
	if runtime.GOOS == "windows" {
		// An open file cannot be removed there.
		err = l.fl.Close()
		_ = os.Remove(l.path)
	} else {
		// Removed while held, so no one locks a file that is about to go.
		_ = os.Remove(l.path)
		err = l.fl.Close()
	}
	l.fl = nil
	return err
}

// readHolder reads what a lock file says about its holder.
func readHolder(lp string) Holder {
	var h Holder
	data, err := fsutil.ReadFile(lp, 4096)
	if err != nil {
		return h
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ": ")
		switch k {
		case "pid":
			h.PID, _ = strconv.Atoi(v)
		case "host":
			h.Host = v
		case "since":
			h.Since, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}

// Leftover is a temporary file that an interrupted save of an answers
// file left beside it (.NAME.tmp-*): the save was killed before it could
// rename the file over the answers file.
type Leftover struct {
	// Path is the temporary file.
	Path string
	// Modified is when it was written.
	Modified time.Time
	// Newer says it was written after the answers file (or there is no
	// answers file), so it may hold answers the file lacks.
	Newer bool
	// Readable says it reads as an answers file (Recognisable): a save
	// killed before it finished writing leaves one that does not.
	Readable bool
}

// Leftovers lists the temporary files an interrupted save left beside the
// answers file at path. Call it with the lock held, so that no save in
// progress is taken for an interrupted one.
func Leftovers(path string) ([]Leftover, error) {
	matches, err := filepath.Glob(filepath.Join(filepath.Dir(path), "."+globEscape(filepath.Base(path))+".tmp-*"))
	if err != nil {
		return nil, err
	}
	var file time.Time
	if st, err := os.Stat(path); err == nil {
		file = st.ModTime()
	}
	var out []Leftover
	for _, m := range matches {
		st, err := os.Lstat(m)
		if err != nil || !st.Mode().IsRegular() {
			continue
		}
		lo := Leftover{Path: m, Modified: st.ModTime(), Newer: file.IsZero() || st.ModTime().After(file)}
		if data, err := fsutil.ReadFile(m, MaxSize); err == nil {
			lo.Readable = Recognisable(data)
		}
		out = append(out, lo)
	}
	return out, nil
}

// RecoveredPath is where a leftover with newer answers is kept for the
// user: NAME.recovered.yaml beside the answers file (NAME.recovered-2.yaml
// … when that exists).
func RecoveredPath(path string) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext)
	if ext == "" {
		ext = ".yaml"
	}
	p := stem + ".recovered" + ext
	for i := 2; ; i++ {
		if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
			return p
		}
		p = stem + ".recovered-" + strconv.Itoa(i) + ext
	}
}

// globEscape escapes the characters filepath.Match treats specially.
func globEscape(s string) string {
	if runtime.GOOS == "windows" {
		return strings.NewReplacer("*", "?", "[", "?").Replace(s)
	}
	return strings.NewReplacer(`\`, `\\`, "*", `\*`, "?", `\?`, "[", `\[`).Replace(s)
}
