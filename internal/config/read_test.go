package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestReadLang reads lang: from the file Bind would read, and keeps every
// problem for Bind instead of failing.
func TestReadLang(t *testing.T) {
	xdg := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", xdg)
	t.Setenv("EIS_CONFIG", "")
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	da := write("da.yaml", "catalogue-mode: replace\nlang: da\n")
	upper := write("upper.yaml", "LANG: da\n")
	none := write("none.yaml", "catalogue-mode: replace\n")
	bad := write("bad.yaml", "lang: [da\n")
	list := write("list.yaml", "lang:\n  nested: da\n")
	fr := write("fr.yaml", "lang: fr\n")
	missing := filepath.Join(dir, "missing.yaml")

	tests := []struct {
		name, explicit, env, want string
		wantPath                  string
		wantErr                   bool
	}{
		{"explicit file", da, "", "da", da, false},
		{"keys are case-insensitive, as in Bind", upper, "", "da", upper, false},
		{"no lang key", none, "", "", none, false},
		{"malformed file", bad, "", "", "", true},
		{"lang is not text", list, "", "", list, false},
		{"unsupported value is returned as is", fr, "", "fr", fr, false},
		{"missing explicit file", missing, "", "", "", true},
		{"a folder, not a file", dir, "", "", "", true},
		{"EIS_CONFIG when no --config", "", da, "da", da, false},
		{"--config beats EIS_CONFIG", none, da, "", none, false},
		{"default path absent", "", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("EIS_CONFIG", tt.env)
			f := Read(tt.explicit, os.Getenv)
			if got := f.Lang(); got != tt.want {
				t.Errorf("Read(%q).Lang() with EIS_CONFIG=%q = %q, want %q", tt.explicit, tt.env, got, tt.want)
			}
			if f.Path != tt.wantPath {
				t.Errorf("Path = %q, want %q", f.Path, tt.wantPath)
			}
			if (f.Err() != nil) != tt.wantErr {
				t.Errorf("Err() = %v, want an error: %v", f.Err(), tt.wantErr)
			}
		})
	}

	// The default path, $XDG_CONFIG_HOME/eis/config.yaml.
	if err := os.MkdirAll(filepath.Join(xdg, "eis"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(xdg, "eis", "config.yaml"), []byte("lang: da\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := Read("", os.Getenv).Lang(); got != "da" {
		t.Errorf("default path: got %q, want da", got)
	}
}

// TestReadOnce: Bind uses what Read read and does not read the file again
// (a file gone, or a pipe drained, since Read still binds), and reports
// Read's error once, typed.
func TestReadOnce(t *testing.T) {
	t.Setenv("EIS_CONFIG", "")
	t.Setenv("EIS_LANG", "")
	dir := t.TempDir()
	p := filepath.Join(dir, "c.yaml")
	if err := os.WriteFile(p, []byte("lang: da\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	file := Read(p, os.Getenv)
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	bind := func(file *File) (string, *Result, error) {
		var lang string
		root := &cobra.Command{Use: "eis", Run: func(*cobra.Command, []string) {}}
		root.PersistentFlags().StringVar(&lang, "lang", "", "")
		sub := &cobra.Command{Use: "sub", Run: func(*cobra.Command, []string) {}}
		root.AddCommand(sub)
		var res *Result
		var err error
		root.PersistentPreRunE = func(cmd *cobra.Command, _ []string) error {
			res, err = Bind(cmd, file)
			return nil
		}
		root.SetArgs([]string{"sub"})
		if xerr := root.Execute(); xerr != nil {
			t.Fatal(xerr)
		}
		return lang, res, err
	}
	lang, res, err := bind(file)
	if err != nil || lang != "da" || res.File != p {
		t.Errorf("Bind after the file was removed: lang %q, file %q, err %v; want da from %s", lang, res.File, err, p)
	}
	// The same File binds again the same (a fresh viper each time).
	if lang, _, err := bind(file); err != nil || lang != "da" {
		t.Errorf("second Bind: lang %q, err %v", lang, err)
	}
	// Now it is missing: Read keeps the error, Bind returns it.
	_, _, err = bind(Read(p, os.Getenv))
	var fe *FileError
	if !errors.As(err, &fe) || fe.Path != p || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Bind of a missing explicit file: %v; want a *FileError for %s wrapping fs.ErrNotExist", err, p)
	}
	if lang, _, err := bind(nil); err != nil || lang != "" {
		t.Errorf("Bind(nil): lang %q, err %v", lang, err)
	}
}

// TestReadLines: every key of the file, dotted below its section and in
// lower case as viper reports keys, is found on its line, so an error can
// say file:line.
func TestReadLines(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.yaml")
	body := "# settings\nlang: da\nPlan:\n  format: pdf\npractices:\n  list:\n\n    format: json\n"
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	f := Read(p, nil)
	for key, want := range map[string]int{"lang": 2, "plan": 3, "plan.format": 4, "practices.list": 6, "practices.list.format": 8, "plan.missing": 0} {
		if got := f.Line(key); got != want {
			t.Errorf("Line(%q) = %d, want %d", key, got, want)
		}
	}
	if got := (*File)(nil).Line("lang"); got != 0 {
		t.Errorf("nil File: Line = %d", got)
	}
}

// TestReadDefaultUnreadable: a default config location that cannot be read
// (here a folder where the file should be) is a warning, not an error that
// stops every command; the same file named by --config is an error.
func TestReadDefaultUnreadable(t *testing.T) {
	xdg := t.TempDir()
	if err := os.MkdirAll(filepath.Join(xdg, "eis", "config.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	env := func(k string) string {
		if k == "XDG_CONFIG_HOME" {
			return xdg
		}
		return ""
	}
	f := Read("", env)
	if f.Err() != nil {
		t.Errorf("default location: Err() = %v, want nil", f.Err())
	}
	if w := f.Warning(); w == nil || w.Path != filepath.Join(xdg, "eis", "config.yaml") {
		t.Errorf("default location: Warning() = %v, want the folder", w)
	}
	explicit := Read(filepath.Join(xdg, "eis", "config.yaml"), env)
	if explicit.Err() == nil || explicit.Warning() != nil {
		t.Errorf("--config: Err() = %v, Warning() = %v; want an error and no warning", explicit.Err(), explicit.Warning())
	}
}

// TestMalformedPlace: a config file yaml.v3 refuses without naming a line
// — an alias bomb (found while decoding) or nesting past its 10000 levels
// on the first line (a line it counts as 0 and leaves out) — is placed at
// the line and column where the parser stopped: the end of the list whose
// aliases are one expansion too many, the bracket one level too deep.
// Errors yaml.v3 places keep its line, and get a column.
func TestMalformedPlace(t *testing.T) {
	t.Parallel()
	bomb := []string{"lang: en", `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`}
	for i, c := range "bcdefghi" {
		bomb = append(bomb, fmt.Sprintf("%c: &%c [%s]", c, c, strings.TrimSuffix(strings.Repeat("*"+string("abcdefghi"[i])+",", 9), ",")))
	}
	deep := strings.Repeat("[", 10001)
	tests := []struct {
		name, data, loc, msg string
	}{
		{"an alias bomb", strings.Join(bomb, "\n") + "\n", ":5:34", "document contains excessive aliasing"},
		{"an alias bomb, indented", strings.Join(bomb[:2], "\n") + "\nx:\n  " + strings.Join(bomb[2:], "\n  ") + "\n", ":6:36", "document contains excessive aliasing"},
		{"too deep on the first line", deep + "\n", ":1:10001", "exceeded max depth of 10000"},
		{"too deep after a key, no line break at the end", "x: " + deep, ":1:10004", "exceeded max depth of 10000"},
		{"too deep after a multi-byte character", "é: " + deep, ":1:10004", "exceeded max depth of 10000"},
		{"too deep on a later line (yaml.v3's line)", "lang: en\nx: " + deep + "\n", ":2:10004", "exceeded max depth of 10000"},
		{"an unclosed list (where it opens)", "lang: [da\n", ":1:7", "["},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, me := readMalformed(t, tt.data)
			if me.Loc() != p+tt.loc || me.Detail != tt.msg {
				t.Errorf("%s: %s, want %s%s: %s", me.Loc(), me.Detail, p, tt.loc, tt.msg)
			}
		})
	}
}

// TestMalformedProblems: a broken config file is placed at a line and
// column and said as what is wrong (a Problem, which cli words in the
// user's language, each with what to do), not as yaml.v3's English.
func TestMalformedProblems(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, data, loc, problem, detail string
		n                                int
	}{
		{"a tab", "lang: da\n\tcatalogue-mode: replace\n", ":2:1", ProblemTab, "", 0},
		{"a colon in a value", "lang: da: x\n", ":1:9", ProblemColon, "", 0},
		{"a key indented too deep", "plan:\n  format: json\n    max-actions: 3\n", ":3:16", ProblemColon, "", 0},
		// Where the list, mapping or quote opens, not where yaml.v3 gives
		// up (the file's end, or the first line's start).
		{"an unclosed list", "lang: [da\n", ":1:7", ProblemUnclosed, "[", 0},
		{"an unclosed mapping", "plan: {format: json\n", ":1:7", ProblemUnclosed, "{", 0},
		{"an unclosed quote", "lang: \"da\n", ":1:7", ProblemUnclosed, "\"", 0},
		{"an unclosed quote, no line break at the end", "lang: 'da", ":1:7", ProblemUnclosed, "'", 0},
		{"an unclosed quote on a later line", "lang: da\nplan:\n  format: \"json\nno-color: true\n\n", ":3:11", ProblemUnclosed, "\"", 0},
		{"an unclosed quote after one that closes", "lang: \"da\"\ncatalogue: 'C:\\eis''s\nno-color: true\n", ":2:12", ProblemUnclosed, "'", 0},
		{"an unclosed mapping on a later line", "lang: da\nplan: {format: json,\n  max-actions: 3\n", ":2:7", ProblemUnclosed, "{", 0},
		{"a line without a colon", "lang: da\ncatalogue\n", ":2:1", ProblemIndent, "", 0},
		{"a key indented too little", "plan:\n  format: json\n format: x\n", ":3:2", ProblemIndent, "", 0},
		{"a list item after a key", "lang: da\n- x\n", ":2:1", ProblemIndent, "", 0},
		{"a reserved character", "lang: @da\n", ":1:7", ProblemToken, "", 0},
		{"a list, not settings", "- lang\n- da\n", ":1:1", ProblemNotMapping, "", 0},
		{"a text, not settings", "hello\n", ":1:1", ProblemNotMapping, "", 0},
		{"a key set twice", "lang: da\nlang: en\n", ":2:1", ProblemDuplicate, "", 1},
		{"a control character", "lang: da\a\n", ":1:9", ProblemControl, "U+0007", 0},
		{"a byte not UTF-8", "lang: d\xe9\n", ":1:8", ProblemEncoding, "0xE9", 0},
		{"other YAML", "lang: ]\n", ":1:1", ProblemSyntax, "did not find expected node content", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			p, me := readMalformed(t, tt.data)
			if me.Loc() != p+tt.loc || me.Problem != tt.problem || me.N != tt.n || tt.detail != "" && me.Detail != tt.detail {
				t.Errorf("%s: %s (%q, %d), want %s%s: %s (%q, %d)", me.Loc(), me.Problem, me.Detail, me.N, p, tt.loc, tt.problem, tt.detail, tt.n)
			}
		})
	}
}

// readMalformed writes data as a config file in a temporary folder and
// reads it, which must fail with a *MalformedError; it returns the file's
// path and the error.
func readMalformed(t *testing.T, data string) (string, *MalformedError) {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var me *MalformedError
	if err := Read(p, nil).Err(); !errors.As(err, &me) {
		t.Fatalf("Err() = %v, want a *MalformedError", err)
	}
	return p, me
}
