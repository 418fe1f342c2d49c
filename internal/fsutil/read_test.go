package fsutil

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"github.com/eis-project/eis/internal/testutil"
)

// hostileDir makes a folder with a regular file, a link to it, a link
// out of the folder, two links in a loop, a named pipe and a socket.
func hostileDir(t *testing.T) (dir, outside string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("named pipes and sockets in a folder are Unix things")
	}
	base := t.TempDir()
	dir = filepath.Join(base, "cat")
	outside = filepath.Join(base, "secret.yaml")
	must(t, os.Mkdir(dir, 0o755))
	must(t, os.WriteFile(outside, []byte("secret"), 0o600))
	must(t, os.WriteFile(filepath.Join(dir, "ok.yaml"), []byte("version: 1\n"), 0o644))
	must(t, os.Symlink("ok.yaml", filepath.Join(dir, "in.yaml")))
	must(t, os.Symlink(outside, filepath.Join(dir, "abs.yaml")))
	must(t, os.Symlink("../secret.yaml", filepath.Join(dir, "rel.yaml")))
	must(t, os.Symlink("/dev/zero", filepath.Join(dir, "dev.yaml")))
	must(t, os.Symlink("loop2.yaml", filepath.Join(dir, "loop1.yaml")))
	must(t, os.Symlink("loop1.yaml", filepath.Join(dir, "loop2.yaml")))
	must(t, syscall.Mkfifo(filepath.Join(dir, "fifo.yaml"), 0o644))
	l, err := net.Listen("unix", filepath.Join(dir, "sock.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return dir, outside
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestDirRefuses: a Dir reads regular files and links to them inside the
// folder; a named pipe, a socket, a device, a link out of the folder and
// links in a loop are refused at once, each with its own error.
func TestDirRefuses(t *testing.T) {
	t.Parallel()
	dir, _ := hostileDir(t)
	d, err := OpenDir(dir)
	must(t, err)
	defer d.Close()
	tests := []struct {
		name string
		kind string // NotRegularError.Kind, or "" for a sentinel
		err  error
	}{
		{"ok.yaml", "", nil},
		{"in.yaml", "", nil},
		{"fifo.yaml", "fifo", nil},
		{"sock.yaml", "socket", nil},
		{"abs.yaml", "", ErrOutside},
		{"rel.yaml", "", ErrOutside},
		{"dev.yaml", "", ErrOutside},
		{"loop1.yaml", "", ErrLoop},
	}
	for _, tt := range tests {
		testutil.Returns(t, tt.name, func() {
			data, err := fs.ReadFile(d, tt.name)
			var nr *NotRegularError
			switch {
			case tt.kind != "":
				if !errors.As(err, &nr) || nr.Kind() != tt.kind {
					t.Errorf("%s: err = %v, want a %s", tt.name, err, tt.kind)
				}
			case tt.err != nil:
				if !errors.Is(err, tt.err) {
					t.Errorf("%s: err = %v, want %v", tt.name, err, tt.err)
				}
			case err != nil || string(data) != "version: 1\n":
				t.Errorf("%s: %q, %v", tt.name, data, err)
			}
		})
	}
}

// TestReadFile: a file the user names may be a link to anywhere, but it
// must be a regular file, and the read is bounded.
func TestReadFile(t *testing.T) {
	t.Parallel()
	dir, outside := hostileDir(t)
	testutil.Returns(t, "the link out", func() {
		data, err := ReadFile(filepath.Join(dir, "abs.yaml"), 100)
		if err != nil || string(data) != "secret" {
			t.Errorf("a link the user names is followed: %q, %v", data, err)
		}
	})
	testutil.Returns(t, "a bounded read", func() {
		data, err := ReadFile(outside, 3)
		if err != nil || string(data) != "secr" {
			t.Errorf("ReadFile(max 3) = %q, %v; want 4 bytes", data, err)
		}
	})
	for name, kind := range map[string]string{"fifo.yaml": "fifo", "sock.yaml": "socket", "dev.yaml": "device", ".": "folder"} {
		testutil.Returns(t, name, func() {
			_, err := ReadFile(filepath.Join(dir, name), 100)
			var nr *NotRegularError
			if !errors.As(err, &nr) || nr.Kind() != kind {
				t.Errorf("%s: err = %v, want a %s", name, err, kind)
			}
		})
	}
	testutil.Returns(t, "a loop", func() {
		if _, err := ReadFile(filepath.Join(dir, "loop1.yaml"), 100); !errors.Is(err, ErrLoop) {
			t.Errorf("loop: err = %v, want ErrLoop", err)
		}
	})
}
