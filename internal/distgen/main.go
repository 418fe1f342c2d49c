// Command distgen writes the files a release ships besides the eis binary —
// man pages, shell completions and the third-party licence notices — and
// keeps the command reference in README.md in step with the command tree.
//
// goreleaser runs it before it builds (before.hooks in .goreleaser.yaml). It
// is a program of its own, not an eis command, so cobra/doc and its
// Markdown-to-roff converter add nothing to the binary users download.
//
//	go run ./internal/distgen -out .build -date 2026-12-02 -version 1.2.3
//	go run ./internal/distgen -readme README.md
//
// With -out it writes, in a fresh DIR (replaced as a whole):
//
//	DIR/man/eis.1.gz, DIR/man/eis-assess.1.gz, …   one page per command
//	DIR/completions/eis.bash, _eis, eis.fish, eis.ps1
//	DIR/THIRD_PARTY_NOTICES                          licences of the Go modules linked in
//
// Everything it writes depends only on the source, the modules and the
// flags, never on the environment it runs in (language, config, clock), so
// two runs at the same commit give the same bytes.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "distgen:", err)
		os.Exit(1)
	}
}

// run parses the command line and does what it asks.
func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("distgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "", "write man pages, completions and THIRD_PARTY_NOTICES into this `folder` (replaced as a whole)")
	date := fs.String("date", "", "the release's `date` for the man pages (YYYY-MM-DD or RFC 3339, e.g. goreleaser's {{ .CommitDate }}); needed with -out")
	version := fs.String("version", "", "the release's `version`, for the man pages' footer")
	goos := fs.String("goos", "linux,darwin,windows", "the release's operating `systems`: the notices cover the modules linked into any of them")
	readme := fs.String("readme", "", "rewrite the command reference in this `file` (README.md), between its markers")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q; see -h", fs.Arg(0))
	}
	if *out == "" && *readme == "" {
		return errors.New("nothing to do: give -out FOLDER and/or -readme README.md")
	}
	if *readme != "" {
		if err := updateReadme(*readme); err != nil {
			return err
		}
	}
	if *out == "" {
		return nil
	}
	if *date == "" {
		return errors.New("-out needs -date: the man pages carry the release's date (goreleaser: -date {{ .CommitDate }})")
	}
	d, err := parseDate(*date)
	if err != nil {
		return err
	}
	return writeOut(*out, d, strings.TrimPrefix(*version, "v"), strings.Split(*goos, ","))
}

// parseDate reads YYYY-MM-DD or an RFC 3339 time.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("-date %q: want YYYY-MM-DD or an RFC 3339 time such as 2026-12-02T10:00:00Z", s)
	}
	return t.UTC(), nil
}

// writeOut fills a temporary folder beside dir and then puts it in dir's
// place, so dir is never left half-written.
func writeOut(dir string, date time.Time, version string, goos []string) error {
	dir = filepath.Clean(dir)
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+"-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := writeManPages(filepath.Join(tmp, "man"), date, version); err != nil {
		return fmt.Errorf("man pages: %w", err)
	}
	if err := writeCompletions(filepath.Join(tmp, "completions")); err != nil {
		return fmt.Errorf("completions: %w", err)
	}
	mods, err := linkedModules(".", goos)
	if err != nil {
		return fmt.Errorf("third-party notices: %w", err)
	}
	notices, err := buildNotices(mods)
	if err != nil {
		return fmt.Errorf("third-party notices: %w", err)
	}
	if err := os.WriteFile(filepath.Join(tmp, noticesFile), notices, 0o644); err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return os.Rename(tmp, dir)
}
