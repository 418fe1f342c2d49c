package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/spf13/viper"
)

// File is the config file of one run, read once before the command line is
// parsed (the help texts need its lang: first) and bound onto the flags
// later by Bind.
type File struct {
	// Path is the file that was read; "" when there is none (the default
	// path is absent) or it could not be read.
	Path string
	// Explicit is what named the file: --config, else $EIS_CONFIG; "" when
	// it is the default path.
	Explicit string

	data []byte
	v    *viper.Viper
	err  error
	// getenv is how Read read the environment; Bind reads EIS_* with it.
	getenv func(string) string
}

// orEmpty is getenv, or an empty environment when nil.
func orEmpty(getenv func(string) string) func(string) string {
	if getenv == nil {
		return func(string) string { return "" }
	}
	return getenv
}

// FileError is a config file named by --config or $EIS_CONFIG that cannot
// be read (missing, a folder, no permission).
type FileError struct {
	Path string
	// Err is the reason: fs.ErrNotExist, fs.ErrPermission, or another.
	Err error
}

// Error says which file and why, in English.
func (e *FileError) Error() string { return fmt.Sprintf("config file %s: %v", e.Path, e.Err) }

// Unwrap returns the reason.
func (e *FileError) Unwrap() error { return e.Err }

// Read reads the config file that Bind binds: explicit (--config), else
// $EIS_CONFIG, else DefaultPath, which may be absent; getenv reads the
// environment (nil: an empty one). It reads the file once and never fails:
// an error (an explicit file that cannot be read, or a *MalformedError) is
// kept for Bind to report, once, when the command runs.
func Read(explicit string, getenv func(string) string) *File {
	getenv = orEmpty(getenv)
	if explicit == "" {
		// --config has no flag-to-env binding of its own: it picks the file
		// the others are read from.
		explicit = getenv(EnvPrefix + "_CONFIG")
	}
	f := &File{Explicit: explicit, getenv: getenv}
	path := explicit
	if path == "" {
		path = DefaultPath(getenv)
	}
	if path == "" {
		return f
	}
	data, err := os.ReadFile(path)
	if err != nil {
		var perr *fs.PathError
		switch {
		case explicit == "" && errors.Is(err, fs.ErrNotExist):
			// no config file at the default place: fine
		case errors.As(err, &perr):
			f.err = &FileError{Path: path, Err: perr.Err}
		default:
			f.err = &FileError{Path: path, Err: err}
		}
		return f
	}
	v, err := parse(data)
	if err != nil {
		f.err = malformed(path, err)
		return f
	}
	f.Path, f.data, f.v = path, data, v
	return f
}

// parse reads config data into a fresh viper.
func parse(data []byte) (*viper.Viper, error) {
	v := viper.New()
	v.SetConfigType("yaml")
	if err := v.ReadConfig(bytes.NewReader(data)); err != nil {
		return nil, err
	}
	return v, nil
}

// Lang is the file's lang: setting, or "" when there is none or the file
// could not be read (Bind reports why).
func (f *File) Lang() string {
	if f == nil || f.v == nil {
		return ""
	}
	return f.v.GetString("lang")
}

// Err is why the file could not be read or parsed, or nil.
func (f *File) Err() error {
	if f == nil {
		return nil
	}
	return f.err
}
