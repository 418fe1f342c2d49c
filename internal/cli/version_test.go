package cli

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/iostreams"
)

// setBuildVars stands in for -ldflags "-X ...version=..." for one test. It
// changes package variables, so tests using it do not run in parallel.
func setBuildVars(t *testing.T, v, c, d string) {
	t.Helper()
	ov, oc, od := version, commit, date
	version, commit, date = v, c, d
	t.Cleanup(func() { version, commit, date = ov, oc, od })
}

func TestBuildInfo(t *testing.T) {
	tests := []struct {
		name          string
		ver, com, dat string
		want          VersionOptions
	}{
		{
			name: "from ldflags, as goreleaser sets them",
			ver:  "1.2.3", com: "0a1b2c3d", dat: "2026-11-18T10:00:00Z",
			want: VersionOptions{Version: "1.2.3", Commit: "0a1b2c3d", Date: "2026-11-18T10:00:00Z"},
		},
		{
			// A test binary has no module version and no VCS stamp, so
			// every fallback shows.
			name: "nothing known",
			want: VersionOptions{Version: "dev", Commit: "unknown", Date: "unknown"},
		},
		{
			name: "only a version",
			ver:  "0.1.0-rc1",
			want: VersionOptions{Version: "0.1.0-rc1", Commit: "unknown", Date: "unknown"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setBuildVars(t, tt.ver, tt.com, tt.dat)
			if got := BuildInfo(); got != tt.want {
				t.Errorf("BuildInfo() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestNewCmdVersion(t *testing.T) {
	setBuildVars(t, "1.2.3", "abc123", "2026-11-18T10:00:00Z")
	tests := []struct {
		args    []string
		want    VersionOptions
		wantErr string
	}{
		{args: nil, want: VersionOptions{Version: "1.2.3", Commit: "abc123", Date: "2026-11-18T10:00:00Z", Format: "text"}},
		{args: []string{"-f", "json", "-o", "v.json"}, want: VersionOptions{Version: "1.2.3", Commit: "abc123", Date: "2026-11-18T10:00:00Z", Format: "json", Output: "v.json"}},
		{args: []string{"--format", "yaml"}, wantErr: `--format "yaml" is not known; use one of: text, json`},
		{args: []string{"extra"}, wantErr: `unknown command "extra" for "version"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			ios, _, out, _ := iostreams.Test()
			f := &Factory{IOStreams: ios}
			var got *VersionOptions
			cmd := NewCmdVersion(f, func(o *VersionOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(out)
			cmd.SetErr(out)
			err := cmd.Execute()
			if tt.wantErr != "" {
				var ue *UsageError
				if !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want a usage error containing %q", err, tt.wantErr)
				}
				if got != nil {
					t.Error("runF was called despite the error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got == nil || *got != tt.want {
				t.Errorf("options = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestVersionOutput(t *testing.T) {
	tests := []struct {
		name          string
		ver, com, dat string
		want          string
	}{
		{"release", "1.2.3", "0a1b2c3d4e5f", "2026-11-18T10:00:00Z", "eis 1.2.3 (commit 0a1b2c3d4e5f, built 2026-11-18T10:00:00Z)\n"},
		{"development build", "", "", "", "eis dev (commit unknown, built unknown)\n"},
	}
	line := regexp.MustCompile(`^eis \S+ \(commit \S+, built \S+\)\n$`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			setBuildVars(t, tt.ver, tt.com, tt.dat)
			ios, _, out, errOut := iostreams.Test()
			if code := Run(&Factory{IOStreams: ios}, []string{"version"}); code != ExitOK {
				t.Fatalf("exit %d; stderr: %s", code, errOut)
			}
			if out.String() != tt.want {
				t.Errorf("stdout = %q, want %q", out, tt.want)
			}
			if !line.MatchString(out.String()) {
				t.Errorf("stdout %q is not the one-line format scripts rely on", out)
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr = %q, want nothing", errOut)
			}
		})
	}
}
