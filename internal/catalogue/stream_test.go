package catalogue

import (
	"io/fs"
	"os"
	"path"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/i18n"
)

// TestStreamingSameDiagnostics: eis validate checks a catalogue folder file
// by file (Options.DiagnosticsOnly, validateStream); its diagnostics must
// be exactly those of the whole-catalogue check. Every fixture is checked
// both ways, as it is and with its practice files split into one file per
// practice (so IDs used twice, `after` references and cycles cross files),
// and so is the embedded catalogue.
func TestStreamingSameDiagnostics(t *testing.T) {
	t.Parallel()
	base := dirFS(t, "testdata/valid")
	dirs := []string{"testdata/valid"}
	entries, err := os.ReadDir("testdata/invalid")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		dirs = append(dirs, path.Join("testdata/invalid", e.Name()))
	}
	streamed := 0
	check := func(t *testing.T, fsys fstest.MapFS) {
		t.Helper()
		o := Options{User: fsys, UserRoot: "cat", Now: testNow, Validate: true}
		_, want, _, wantErr := OpenWith(base, o)
		o.DiagnosticsOnly = true
		c, got, _, gotErr := OpenWith(base, o)
		if c != nil {
			t.Error("DiagnosticsOnly returned a catalogue")
		}
		say := func(ds []string, err error) string {
			if err != nil {
				ds = append(ds, "error: "+err.Error())
			}
			return strings.Join(ds, "\n")
		}
		var w, g []string
		for _, d := range want {
			w = append(w, i18n.English.Diagnostic(d))
		}
		for _, d := range got {
			g = append(g, i18n.English.Diagnostic(d))
		}
		if say(g, gotErr) != say(w, wantErr) {
			t.Errorf("file by file:\n%s\nwhole catalogue:\n%s", say(g, gotErr), say(w, wantErr))
		}
		if _, _, ok, _ := validateStream(fsys, "cat", o); ok {
			streamed++
		}
	}
	for _, dir := range dirs {
		fsys := dirFS(t, "testdata/valid")
		if dir != "testdata/valid" {
			fsys = fixtureFS(t, dir)
		}
		t.Run(path.Base(dir), func(t *testing.T) { check(t, fsys) })
		if split := splitPractices(fsys); split != nil {
			t.Run(path.Base(dir)+"/split", func(t *testing.T) { check(t, split) })
		}
	}
	t.Run("embedded", func(t *testing.T) {
		m := fstest.MapFS{}
		// The embedded catalogue's files (practices/embed.go), read from
		// the folder: package practices imports this one.
		err := fsWalk(os.DirFS("../../practices"), func(name string, data []byte) {
			if !strings.Contains(name, "/") && path.Ext(name) == ".yaml" || strings.HasPrefix(name, "questions/") || strings.HasPrefix(name, "regions/") {
				m[name] = &fstest.MapFile{Data: data}
			}
		})
		if err != nil {
			t.Fatal(err)
		}
		check(t, m)
	})
	if streamed < len(dirs) {
		t.Errorf("only %d of the %d+ layouts were checked file by file", streamed, len(dirs))
	}
}

// splitPractices puts each practice of each practices-only file of fsys in
// a file of its own (shape: "practices:" then items at two spaces), or
// returns nil when no file has that shape.
func splitPractices(fsys fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	split := false
	for name, f := range fsys {
		text := string(f.Data)
		head, items, ok := strings.Cut(text, "\npractices:\n")
		if !ok || !practicesOnly(f.Data) || !strings.HasPrefix(items, "  - ") {
			out[name] = f
			continue
		}
		parts := strings.Split(items, "\n  - ")
		for i, p := range parts {
			if i > 0 {
				p = "  - " + p
			}
			out[strings.TrimSuffix(name, ".yaml")+"-"+strconv.Itoa(i)+".yaml"] = &fstest.MapFile{Data: []byte(head + "\npractices:\n" + p + "\n")}
		}
		split = true
	}
	if !split {
		return nil
	}
	return out
}

// TestPracticesOnly: the classification of files that validation checks
// file by file says yes only for files whose top level holds version and
// practices alone.
func TestPracticesOnly(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"version: 1\npractices:\n  - id: a\n", true},
		{"# c\nversion: 1\n\npractices:\n- id: a\n-\n  id: b\n", true},
		{"version: 1\r\npractices: []\r\n", true},
		{"version: 1\npractices:\n  - id: a\ndimensions: []\n", false},
		{"version: 1\rdimensions: []\r", false},
		{"version: 1\npractices: []\u2028regions: []\n", false},
		{"version: 1\npractices: []\u0085catalogue: {}\n", false},
		{"{version: 1, dimensions: []}\n", false},
		{"---\nversion: 1\npractices: []\n", false},
		{"version: 1\n\tpractices: []\n", false},
		{"versions: 1\n", false},
		{"version:1\n", false},
		{"\ufeffversion: 1\npractices: []\n", false},
		{"version: 1\n\"dimensions\": []\n", false},
		{"version: 1\n-x\n", false},
	} {
		if got := practicesOnly([]byte(tt.in)); got != tt.want {
			t.Errorf("practicesOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// fsWalk calls fn with every regular file of fsys and its bytes.
func fsWalk(fsys fs.FS, fn func(name string, data []byte)) error {
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		fn(p, data)
		return nil
	})
}
