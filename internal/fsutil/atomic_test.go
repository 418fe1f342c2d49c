package fsutil

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		existing string // "" = no file before
		data     string
		perm     os.FileMode
	}{
		{name: "new file", data: "hello\n", perm: 0o644},
		{name: "replace existing", existing: "old contents that are longer\n", data: "new\n", perm: 0o600},
		{name: "empty data", existing: "x", data: "", perm: 0o644},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			path := filepath.Join(dir, "out.txt")
			if tt.existing != "" {
				if err := os.WriteFile(path, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if err := WriteFileAtomic(path, []byte(tt.data), tt.perm); err != nil {
				t.Fatalf("WriteFileAtomic: %v", err)
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.data {
				t.Errorf("content = %q, want %q", got, tt.data)
			}
			if runtime.GOOS != "windows" {
				st, err := os.Stat(path)
				if err != nil {
					t.Fatal(err)
				}
				if st.Mode().Perm() != tt.perm {
					t.Errorf("perm = %v, want %v", st.Mode().Perm(), tt.perm)
				}
			}
			assertOnlyFile(t, dir, "out.txt")
		})
	}
}

func TestWriteFileAtomicMissingDir(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "no-such-dir", "out.txt")
	if err := WriteFileAtomic(path, []byte("x"), 0o644); err == nil {
		t.Fatal("want error for missing directory, got nil")
	}
	assertOnlyFile(t, dir, "")
}

func TestWriteFileAtomicTargetIsDir(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	target := filepath.Join(dir, "sub")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "keep"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(target, []byte("x"), 0o644); err == nil {
		t.Fatal("want error when the target is a non-empty directory, got nil")
	}
	assertOnlyFile(t, dir, "sub") // no temp file left behind
}

// assertOnlyFile fails unless dir holds exactly the named entry (or nothing when name is "").
func assertOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if name == "" {
		if len(names) != 0 {
			t.Errorf("dir has %v, want empty", names)
		}
		return
	}
	if len(names) != 1 || names[0] != name {
		t.Errorf("dir has %v, want only %q", names, name)
	}
}
