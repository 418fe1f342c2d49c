package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/eis-project/eis/internal/fsutil"
	"github.com/spf13/viper"
	"go.yaml.in/yaml/v3"
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
	// Want is the file looked for (read or not): Explicit, else
	// DefaultPath; "" when the environment names no config folder.
	Want string
	// NamedBy says what chose Want: FromFlag (--config), FromEnv
	// (EIS_CONFIG) or FromDefault.
	NamedBy Kind

	data []byte
	v    *viper.Viper
	err  error
	// warn is why the file at the default path could not be read (a
	// folder, no permission): a warning, since the user never named it.
	warn *FileError
	// lines maps each key, dotted and in lower case as viper reports it,
	// to the line it stands on.
	lines map[string]int
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

// MaxSize bounds a config file: it holds a few settings.
const MaxSize = 64 << 10

// ErrTooLarge means a config file is larger than MaxSize.
var ErrTooLarge = errors.New("larger than a config file can be")

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
	named := FromFlag
	if explicit == "" {
		// --config has no flag-to-env binding of its own: it picks the file
		// the others are read from.
		explicit, named = getenv(EnvPrefix+"_CONFIG"), FromEnv
	}
	path := explicit
	if path == "" {
		path, named = DefaultPath(getenv), FromDefault
	}
	f := &File{Explicit: explicit, Want: path, NamedBy: named, getenv: getenv}
	if path == "" {
		return f
	}
	// Only a regular file, without blocking (a named pipe named as the
	// config would hang every command), and bounded.
	data, err := fsutil.ReadFile(path, MaxSize)
	if err == nil && len(data) > MaxSize {
		err = &fs.PathError{Op: "read", Path: path, Err: ErrTooLarge}
	}
	if err != nil {
		var perr *fs.PathError
		fe := &FileError{Path: path, Err: err}
		if errors.As(err, &perr) {
			fe.Err = perr.Err
		}
		switch {
		case explicit == "" && errors.Is(err, fs.ErrNotExist):
			// no config file at the default place: fine
		case explicit == "":
			// A default place the user never named that cannot be read
			// (a folder, no permission) must not stop every command.
			f.warn = fe
		default:
			f.err = fe
		}
		return f
	}
	v, err := parse(data)
	if err != nil {
		f.err = malformed(path, data, err)
		return f
	}
	f.Path, f.data, f.v = path, data, v
	f.lines = keyLines(data)
	return f
}

// keyLines maps every key of a config file's YAML mapping (dotted below a
// section, lower case as viper reports keys) to its line; nil when data is
// not a mapping.
func keyLines(data []byte) map[string]int {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return nil
	}
	lines := map[string]int{}
	var walk func(n *yaml.Node, prefix string)
	walk = func(n *yaml.Node, prefix string) {
		if n.Kind != yaml.MappingNode {
			return
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := prefix + strings.ToLower(n.Content[i].Value)
			if _, seen := lines[k]; !seen {
				lines[k] = n.Content[i].Line
			}
			walk(n.Content[i+1], k+".")
		}
	}
	walk(doc.Content[0], "")
	return lines
}

// Line is the line the key (dotted: "plan.format") stands on in the file,
// or 0 when it is not there.
func (f *File) Line(key string) int {
	if f == nil {
		return 0
	}
	return f.lines[strings.ToLower(key)]
}

// Warning is why the file at the default path (one that neither --config
// nor EIS_CONFIG named) could not be read, or nil: eis runs without it.
func (f *File) Warning() *FileError {
	if f == nil {
		return nil
	}
	return f.warn
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
