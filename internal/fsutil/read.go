package fsutil

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// ErrOutside means a symbolic link leads out of the folder it is in (a
// catalogue folder's file that is a link to a file elsewhere).
var ErrOutside = errors.New("a symbolic link to a file outside the folder")

// ErrLoop means symbolic links lead round in a loop.
var ErrLoop = errors.New("symbolic links that lead round in a loop")

// NotRegularError means a file is not a regular file: a named pipe, a
// device, a socket or a folder, which eis never reads (a named pipe would
// block the read for ever).
type NotRegularError struct {
	// Mode is the file's mode; Kind names it.
	Mode fs.FileMode
}

// Error says what the file is, in English.
func (e *NotRegularError) Error() string {
	if e.Mode.IsDir() {
		return syscall.EISDIR.Error()
	}
	return "not a regular file (" + e.Kind() + ")"
}

// Unwrap is syscall.EISDIR for a folder, as reading one says elsewhere.
func (e *NotRegularError) Unwrap() error {
	if e.Mode.IsDir() {
		return syscall.EISDIR
	}
	return nil
}

// Kind names what the file is: "fifo", "device", "socket", "folder" or
// "other".
func (e *NotRegularError) Kind() string { return Kind(e.Mode) }

// Kind names what a file that is not regular is: "fifo", "device",
// "socket", "folder" or "other".
func Kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "fifo"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "device"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m.IsDir():
		return "folder"
	}
	return "other"
}

// ReadFile reads the file at path, a file the user named (a symbolic link
// to one is followed), at most limit+1 bytes, so a caller can tell a file
// larger than limit without reading it all. Only a regular file is read: it
// is checked before it is opened and again, on the open file, after; and
// it is opened without blocking, so a named pipe put there in between
// cannot hang the read. The error for a file that is not regular wraps a
// *NotRegularError; for links in a loop, ErrLoop; both in an
// *fs.PathError naming path.
func ReadFile(path string, limit int64) ([]byte, error) {
	if st, err := os.Stat(path); err != nil {
		return nil, classify(path, err)
	} else if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: path, Err: &NotRegularError{Mode: st.Mode()}}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, classify(path, err)
	}
	defer f.Close()
	st, err := regular(f, path)
	if err != nil {
		return nil, err
	}
	// Read into a buffer of the size the file says it has (io.ReadAll
	// grows one from 512 bytes, copying it at each step); it may have
	// grown since.
	buf := bytes.NewBuffer(make([]byte, 0, min(max(st.Size(), 0), limit)+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, &fs.PathError{Op: "read", Path: path, Err: err}
	}
	return buf.Bytes(), nil
}

// regular checks an open file's own mode (not its name's, which may have
// changed since it was checked).
func regular(f *os.File, name string) (fs.FileInfo, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	if !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{Mode: st.Mode()}}
	}
	return st, nil
}

// classify makes an error from the file system say ErrLoop for links in
// a loop.
func classify(name string, err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return &fs.PathError{Op: "open", Path: name, Err: ErrLoop}
	}
	return err
}

// Dir is a folder of files from elsewhere (a catalogue folder the user
// names), read as an fs.FS with the guarantees of ReadFile for every file
// in it, and one more: a symbolic link may lead only to a file inside the
// folder (one that leads out gives ErrOutside). It is backed by os.Root,
// which refuses every path that leaves the folder.
type Dir struct {
	root *os.Root
	fsys fs.FS
}

// OpenDir opens the folder at path as a Dir.
func OpenDir(path string) (*Dir, error) {
	r, err := os.OpenRoot(path)
	if err != nil {
		return nil, err
	}
	return &Dir{root: r, fsys: r.FS()}, nil
}

// Close releases the folder.
func (d *Dir) Close() error { return d.root.Close() }

// Open opens name, a folder or a regular file, without blocking.
func (d *Dir) Open(name string) (fs.File, error) {
	st, err := d.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() && !st.Mode().IsRegular() {
		return nil, &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{Mode: st.Mode()}}
	}
	f, err := d.root.OpenFile(name, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, d.classify(name, err)
	}
	st, err = f.Stat()
	if err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		err = &fs.PathError{Op: "open", Path: name, Err: &NotRegularError{Mode: st.Mode()}}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Stat describes name, following a symbolic link that stays inside.
func (d *Dir) Stat(name string) (fs.FileInfo, error) {
	st, err := fs.Stat(d.fsys, name)
	if err != nil {
		return nil, d.classify(name, err)
	}
	return st, nil
}

// ReadDir lists the folder name.
func (d *Dir) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(d.fsys, name) }

// ReadFile reads name whole (fs.ReadFileFS), with Open's checks.
func (d *Dir) ReadFile(name string) ([]byte, error) {
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// Lstat describes name itself, a symbolic link included.
func (d *Dir) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(d.fsys, name) }

// ReadLink says where the symbolic link name leads.
func (d *Dir) ReadLink(name string) (string, error) { return fs.ReadLink(d.fsys, name) }

// classify makes os.Root's error for a link that leaves the folder say
// ErrOutside (os.Root has no error value of its own for it), and links in
// a loop ErrLoop.
func (d *Dir) classify(name string, err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return &fs.PathError{Op: "open", Path: name, Err: ErrLoop}
	}
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return err
	}
	if st, lerr := fs.Lstat(d.fsys, name); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
		return &fs.PathError{Op: "open", Path: name, Err: ErrOutside}
	}
	return err
}

var _ interface {
	fs.StatFS
	fs.ReadDirFS
	fs.ReadFileFS
	fs.ReadLinkFS
} = (*Dir)(nil)
