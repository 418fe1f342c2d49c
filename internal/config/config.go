// Package config owns eis's settings: it binds a config file and EIS_*
// environment variables onto a command's flags, so commands only ever read
// typed flag values. Precedence: flag > environment > config file > default.
// Top-level keys and EIS_<FLAG> set only the global flags (the root's
// persistent flags: lang, catalogue, catalogue-mode, no-color); a command's own flags
// come from its section (plan: {format: markdown}, practices: {list:
// {format: json}}) and EIS_<COMMAND>_<FLAG> (EIS_PLAN_FORMAT), so a setting
// meant for one command never reaches another. This is the only package that
// imports viper.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/suggest"
	"github.com/eis-project/eis/internal/yamlsafe"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// EnvPrefix is the prefix of environment variables (EIS_LANG, EIS_CATALOGUE, ...).
const EnvPrefix = "EIS"

// DefaultPath is $XDG_CONFIG_HOME/eis/config.yaml, or in the OS's config
// folder (as os.UserConfigDir finds it: ~/.config, ~/Library/Application
// Support, %AppData%), with the environment read through getenv; "" when
// the environment names no such folder.
func DefaultPath(getenv func(string) string) string {
	getenv = orEmpty(getenv)
	dir := getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(dir) {
		// Unset, or relative, which the XDG spec says to ignore.
		dir = userConfigDir(runtime.GOOS, getenv)
		if dir == "" {
			return ""
		}
	}
	return filepath.Join(dir, "eis", "config.yaml")
}

// userConfigDir is os.UserConfigDir for goos without XDG_CONFIG_HOME, with
// the environment read through getenv.
func userConfigDir(goos string, getenv func(string) string) string {
	switch goos {
	case "windows":
		return getenv("AppData")
	case "plan9":
		if h := getenv("home"); h != "" {
			return filepath.Join(h, "lib")
		}
		return ""
	}
	home := getenv("HOME")
	if home == "" {
		return ""
	}
	if goos == "darwin" || goos == "ios" {
		return filepath.Join(home, "Library", "Application Support")
	}
	return filepath.Join(home, ".config")
}

// ErrMalformed wraps a config file that exists but cannot be parsed.
var ErrMalformed = errors.New("malformed config file")

// Errors a ValueError wraps when a value has the wrong shape.
var (
	// ErrList is a list where the flag takes one value (lang: [da]).
	ErrList = errors.New("a list where one value is expected")
	// ErrMapping is a section (key: value lines) where the flag takes a value.
	ErrMapping = errors.New("a section where a value is expected")
)

// Kind says where a setting came from.
type Kind int

// Where a flag's value can come from, weakest first.
const (
	FromDefault Kind = iota
	FromFile
	FromEnv
	FromFlag
)

// String names the kind for tools: "default", "file", "env" or "flag".
func (k Kind) String() string {
	switch k {
	case FromFile:
		return "file"
	case FromEnv:
		return "env"
	case FromFlag:
		return "flag"
	}
	return "default"
}

// Source is where one flag's value came from.
type Source struct {
	Kind Kind
	// Flag is the flag's name.
	Flag string
	// Name is the environment variable (FromEnv) or the config file (FromFile).
	Name string
	// Key is the flag's key in the config file: "lang", "plan.format".
	Key string
	// Line is the key's line in the config file (FromFile; 0 if unknown).
	Line int
	// Value is the value as found there (a list or section is shown as YAML-ish text).
	Value string
}

// String names the source in English: `F:line: key`, `EIS_X=value`,
// `--flag value`, or "the default".
func (s Source) String() string {
	switch s.Kind {
	case FromFile:
		if s.Line > 0 {
			return fmt.Sprintf("%s:%d: %s", s.Name, s.Line, s.Key)
		}
		return fmt.Sprintf("config file %s: %s", s.Name, s.Key)
	case FromEnv:
		return s.Name + "=" + s.Value
	case FromFlag:
		return "--" + s.Flag + " " + s.Value
	}
	return "the default"
}

// ValueError is a value from the config file or the environment that a
// flag cannot take.
type ValueError struct {
	Source Source
	// Err is the flag's own error, ErrList or ErrMapping.
	Err error
}

// Error names the source, the value and what is wrong with it, in English.
func (e *ValueError) Error() string {
	if errors.Is(e.Err, ErrList) || errors.Is(e.Err, ErrMapping) {
		return fmt.Sprintf("%s: %v", e.Source, e.Err)
	}
	return fmt.Sprintf("%s: %q is not a valid value for --%s: %v", e.Source, e.Source.Value, e.Source.Flag, e.Err)
}

// Unwrap returns the flag's error, ErrList or ErrMapping.
func (e *ValueError) Unwrap() error { return e.Err }

// Warning is a key of the config file that eis does not use.
type Warning struct {
	// File is the config file.
	File string
	// Key is the key as viper reports it: lower case, dotted below a section.
	Key string
	// Line is the key's line in File (0 if unknown).
	Line int
	// Section is set when Key is a command (or a command's path): its
	// settings go in a section below it, not in a value of its own.
	Section bool
	// Suggest lists keys that may have been meant, best first.
	Suggest []string
	// More, when not 0, makes this Warning stand for that many more
	// unknown keys, not named (see MaxWarnings); Key is then "".
	More int
}

// Result is what Bind read.
type Result struct {
	// File is the config file read, or "" when there was none.
	File string
	// Warnings are the unknown keys of the config file, sorted.
	Warnings []Warning
	sources  map[string]Source
}

// Source returns where a flag's value came from: the environment or the
// config file when Bind set it, else the command line (when the flag was
// given there) or the default.
func (r *Result) Source(cmd *cobra.Command, flag string) Source {
	if r != nil {
		if s, ok := r.sources[flag]; ok {
			return s
		}
	}
	if f := cmd.Flags().Lookup(flag); f != nil && f.Changed {
		return Source{Kind: FromFlag, Flag: flag, Value: f.Value.String()}
	}
	return Source{Kind: FromDefault, Flag: flag}
}

// Bind binds the config file that Read read (file, nil for none) and the
// environment onto a fresh viper, then sets every flag of cmd that the user
// did not give on the command line: a global flag (one of the root's
// persistent flags) from its top-level key and EIS_<FLAG>, any other flag
// from the command's section and EIS_<COMMAND>_<FLAG> (see Key and EnvName).
// An error of Read (a *FileError or a *MalformedError) is returned here.
// Unknown keys of the file become Warnings. A value a flag cannot take is a
// *ValueError.
func Bind(cmd *cobra.Command, file *File) (*Result, error) {
	return bind(cmd, file, false)
}

// BindLenient binds as Bind does, as far as it can, and never fails: for
// shell completion, which must offer what it can whatever is wrong, and for
// `eis config list`, which shows what is wrong. A file that cannot be read
// or parsed is left out (the environment still applies; file.Err() says
// why), and a value a flag cannot take is skipped, the flag keeping its
// value.
func BindLenient(cmd *cobra.Command, file *File) *Result {
	res, _ := bind(cmd, file, true)
	return res
}

// bind is Bind, or BindLenient when lenient.
func bind(cmd *cobra.Command, file *File, lenient bool) (*Result, error) {
	res := &Result{sources: map[string]Source{}}
	if err := file.Err(); err != nil && !lenient {
		return res, err
	}
	// With no config file there is nothing for viper to find: no
	// viper is made, and only the environment is looked at.
	var v *viper.Viper
	getenv := orEmpty(nil)
	if file != nil {
		getenv = orEmpty(file.getenv)
	}
	if file != nil && file.Path != "" && file.v != nil {
		v = file.v
		res.File = file.Path
		res.Warnings = unknownKeys(v, file.Path, cmd.Root())
		for i := range res.Warnings {
			res.Warnings[i].Line = file.Line(res.Warnings[i].Key)
		}
	}

	global := cmd.Root().PersistentFlags()
	var firstErr error
	apply := func(f *pflag.Flag) {
		if f.Changed || firstErr != nil || skip(f.Name) {
			return
		}
		key := Key(cmd, f, global)
		env := EnvName(key)
		// The environment (read through the File's getenv, never os's
		// directly) beats the file.
		var raw any
		var src Source
		if s := getenv(env); s != "" {
			raw, src = s, Source{Kind: FromEnv, Flag: f.Name, Name: env, Key: key, Value: s}
		} else if v == nil {
			return
		} else if raw = v.Get(key); raw != nil {
			src = Source{Kind: FromFile, Flag: f.Name, Name: res.File, Key: key, Line: file.Line(key), Value: show(raw)}
		} else {
			return
		}
		var err error
		// pflag's Set can change the value even when it fails (an int
		// becomes 0): the lenient binding puts the old one back.
		prev := f.Value.String()
		var prevItems []string
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			prevItems = sv.GetSlice()
		}
		if sv, ok := f.Value.(pflag.SliceValue); ok {
			var items []string
			switch x := raw.(type) {
			case string:
				items = splitList(x)
			case map[string]any:
				err = ErrMapping
			default:
				items = v.GetStringSlice(key)
			}
			if err == nil {
				err = sv.Replace(items)
			}
		} else {
			switch x := raw.(type) {
			case []any:
				err = ErrList
			case map[string]any:
				err = ErrMapping
			case string:
				err = f.Value.Set(x)
			default:
				err = f.Value.Set(v.GetString(key))
			}
		}
		if err != nil {
			if !lenient {
				firstErr = &ValueError{Source: src, Err: err}
				return
			}
			if sv, ok := f.Value.(pflag.SliceValue); ok {
				_ = sv.Replace(prevItems)
			} else {
				_ = f.Value.Set(prev)
			}
			return
		}
		res.sources[f.Name] = src
	}
	cmd.Flags().VisitAll(apply)
	cmd.InheritedFlags().VisitAll(apply)
	return res, firstErr
}

// skip names the flags that are never read from a file or the environment.
func skip(name string) bool { return name == "help" || name == "config" || name == "version" }

// Key is a flag's key in the config file: its name for a global flag (one
// of global, the root's persistent flags), else the command's path below the
// root and the name, dotted: "plan.format", "practices.list.format".
func Key(cmd *cobra.Command, f *pflag.Flag, global *pflag.FlagSet) string {
	if g := global.Lookup(f.Name); g == f {
		return f.Name
	}
	return strings.Join(append(commandPath(cmd), f.Name), ".")
}

// EnvName is the environment variable of a config key: EIS_ and the key in
// capitals with "." and "-" as "_": EIS_LANG, EIS_PLAN_FORMAT.
func EnvName(key string) string {
	return EnvPrefix + "_" + strings.ToUpper(strings.Map(func(r rune) rune {
		if r == '.' || r == '-' {
			return '_'
		}
		return r
	}, key))
}

// commandPath is cmd's path below the root: ["practices", "list"].
func commandPath(cmd *cobra.Command) []string {
	var path []string
	for c := cmd; c != nil && c.HasParent(); c = c.Parent() {
		path = append([]string{c.Name()}, path...)
	}
	return path
}

// show writes a config value for a message.
func show(raw any) string {
	switch x := raw.(type) {
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = fmt.Sprint(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		return "{…}"
	}
	return fmt.Sprint(raw)
}

// knownKeys lists every key the config file may hold: the global flags at
// the top, and each command's flags in its section. commands lists the
// command paths ("plan", "practices.list").
func knownKeys(root *cobra.Command) (keys map[string]bool, commands map[string]bool) {
	keys, commands = map[string]bool{}, map[string]bool{}
	root.PersistentFlags().VisitAll(func(f *pflag.Flag) {
		if !skip(f.Name) {
			keys[f.Name] = true
		}
	})
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			p := strings.Join(commandPath(sub), ".")
			commands[p] = true
			sub.LocalFlags().VisitAll(func(f *pflag.Flag) {
				if !skip(f.Name) && root.PersistentFlags().Lookup(f.Name) == nil {
					keys[p+"."+f.Name] = true
				}
			})
			walk(sub)
		}
	}
	walk(root)
	return keys, commands
}

// MaxWarnings bounds the unknown keys named for one config file; one more
// Warning counts the rest (More), as a catalogue file's diagnostics are
// bounded: a file of thousands of keys would otherwise bury the output in
// a line each (and a did-you-mean search each).
const MaxWarnings = 20

// unknownKeys warns about the keys of the file that no flag reads: the
// first MaxWarnings in key order, and how many more there are.
func unknownKeys(v *viper.Viper, file string, root *cobra.Command) []Warning {
	keys, commands := knownKeys(root)
	var unknown []string
	for _, k := range v.AllKeys() {
		if keys[k] {
			continue
		}
		if commands[k] {
			// A command's section is fine; only a value in its place is not.
			if val := v.Get(k); val == nil {
				continue
			} else if _, isMap := val.(map[string]any); isMap {
				continue
			}
		}
		unknown = append(unknown, k)
	}
	sort.Strings(unknown)
	var near *suggest.Index // built for the first unknown key
	var out []Warning
	for i, k := range unknown {
		if i == MaxWarnings {
			out = append(out, Warning{File: file, More: len(unknown) - i})
			break
		}
		if commands[k] {
			out = append(out, Warning{File: file, Key: k, Section: true, Suggest: flagsOf(keys, k)})
			continue
		}
		if near == nil {
			near = suggest.New(slices.Collect(maps.Keys(keys)))
		}
		out = append(out, Warning{File: file, Key: k, Suggest: meant(k, keys, near)})
	}
	return out
}

// flagsOf lists the keys of a command's section.
func flagsOf(keys map[string]bool, command string) []string {
	var out []string
	for k := range keys {
		if strings.HasPrefix(k, command+".") && !strings.Contains(k[len(command)+1:], ".") {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// meant finds the keys an unknown key may have meant: those with the same
// last part (format → plan.format, practices.list.format, …), else the
// one that near, the index of keys, suggests.
func meant(key string, keys map[string]bool, near *suggest.Index) []string {
	last := key[strings.LastIndex(key, ".")+1:]
	var same []string
	for k := range keys {
		if k != key && k[strings.LastIndex(k, ".")+1:] == last {
			same = append(same, k)
		}
	}
	if len(same) > 0 {
		sort.Strings(same)
		return same
	}
	return near.Lookup(key, 1)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// Problems of a malformed config file: what MalformedError.Problem holds.
// The words are chosen at output (cli, in the user's language); each
// says what to do.
const (
	// ProblemTab: a tab indents the line (YAML indents with spaces).
	ProblemTab = yamlsafe.SyntaxTab
	// ProblemEncoding: a byte that is not UTF-8 (Detail: the byte, 0xE9).
	ProblemEncoding = "encoding"
	// ProblemControl: a character YAML does not allow, such as a control
	// character (Detail: U+0007).
	ProblemControl = "control"
	// ProblemColon: ": " inside a value, or a key indented deeper than
	// the keys around it (yaml.v3: mapping values are not allowed).
	ProblemColon = yamlsafe.SyntaxColon
	// ProblemUnclosed: a [, { or quote that is not closed (Detail: that
	// character, where it opens, when it is found; else yaml.v3's words).
	ProblemUnclosed = yamlsafe.SyntaxUnclosed
	// ProblemIndent: a line that does not fit the lines above it: no
	// colon, or indented differently from the keys of its section.
	ProblemIndent = yamlsafe.SyntaxIndent
	// ProblemToken: a value starts with a character YAML reserves (@, `).
	ProblemToken = yamlsafe.SyntaxToken
	// ProblemNotMapping: the file is YAML, but not key: value settings.
	ProblemNotMapping = "not-mapping"
	// ProblemDuplicate: a key set twice (N: the line of the first).
	ProblemDuplicate = "duplicate"
	// ProblemAliases: aliases that expand too far (an alias bomb).
	ProblemAliases = "aliases"
	// ProblemDepth: nesting past the parser's bound (N: the bound).
	ProblemDepth = "depth"
	// ProblemSyntax: any other YAML error (Detail: the parser's words,
	// in English).
	ProblemSyntax = yamlsafe.SyntaxOther
)

// malformed turns viper's parse error on data into a *MalformedError:
// where the file is wrong (line and column, from yamlsafe, which finds
// the line yaml.v3 means and a column it does not give; an error yaml.v3
// gives without a line is placed by stopped) and what is wrong.
func malformed(path string, data []byte, err error) *MalformedError {
	raw := parseMsg(err)
	msg := raw
	if rest, ok := strings.CutPrefix(msg, "unmarshal errors:"); ok {
		msg, _, _ = strings.Cut(strings.TrimSpace(rest), "\n")
	}
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, m, ok := strings.Cut(rest, ": "); ok && n != "" && strings.Trim(n, "0123456789") == "" {
			line, _ = strconv.Atoi(n)
			msg = m
		}
	}
	e := &MalformedError{Path: path, Line: line, Problem: ProblemSyntax, Detail: msg}
	switch {
	case strings.Contains(msg, "cannot unmarshal"):
		// YAML, but a list or a text where the settings should be.
		e.Problem, e.Detail = ProblemNotMapping, "settings must be written as key: value, one per line"
		if n, _ := yamlsafe.Parse(data, yamlsafe.Limits{}); n != nil {
			e.Line, e.Col = n.Line, n.Column
		}
	case strings.Contains(msg, "already defined at line "):
		e.Problem = ProblemDuplicate
		_, first, _ := strings.Cut(msg, "already defined at line ")
		e.N, _ = strconv.Atoi(first)
		e.Col = firstColumn(data, line)
	case msg == "document contains excessive aliasing" || strings.HasPrefix(msg, "exceeded max depth of "):
		e.Problem = ProblemAliases
		if d, ok := strings.CutPrefix(msg, "exceeded max depth of "); ok {
			e.Problem = ProblemDepth
			e.N, _ = strconv.Atoi(d)
		}
		if l, c := stopped(data, raw); l > 0 && (line == 0 || l == line) {
			e.Line, e.Col = l, c
		}
	default:
		_, probs := yamlsafe.Parse(data, yamlsafe.Limits{})
		if len(probs) == 0 {
			break
		}
		p := probs[0]
		switch p.Code {
		case yamlsafe.CodeTab, yamlsafe.CodeSyntax:
			// The answers loader says the same problems with the same
			// yamlsafe.Syntax; an unclosed quote or bracket is named
			// when yamlsafe places it where it opens (yaml.v3 names the
			// file's end when that is the first line).
			kind, opener := yamlsafe.Syntax(data, p)
			e.Line, e.Col, e.Detail, e.Problem = p.Line, p.Col, p.Detail, kind
			if opener != "" {
				e.Detail = opener
			}
		case yamlsafe.CodeUTF8:
			e.Line, e.Col, e.Detail, e.Problem = p.Line, p.Col, p.Detail, ProblemEncoding
		case yamlsafe.CodeNUL, yamlsafe.CodeControl:
			e.Line, e.Col, e.Detail, e.Problem = p.Line, p.Col, p.Detail, ProblemControl
		}
	}
	// Still unplaced (a file yamlsafe refuses for another reason, such
	// as an alias, before it finds this one): where the parser stopped,
	// else yaml.v3's line at its first character, else the start.
	if e.Line == 0 {
		e.Line, e.Col = stopped(data, raw)
	}
	e.Line = max(e.Line, 1)
	if e.Col == 0 {
		e.Col = max(firstColumn(data, e.Line), 1)
	}
	return e
}

// firstColumn is the column of the first character of line (1-based)
// that is not a space, or 0 when there is no such line.
func firstColumn(data []byte, line int) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if line < 1 || line > len(lines) {
		return 0
	}
	text := lines[line-1]
	return utf8.RuneCount(text[:len(text)-len(bytes.TrimLeft(text, " "))]) + 1
}

// parseMsg is yaml.v3's message in viper's parse error err, without its
// "yaml: " prefix.
func parseMsg(err error) string {
	var pe viper.ConfigParseError
	if errors.As(err, &pe) {
		err = pe.Unwrap()
	}
	return strings.TrimPrefix(err.Error(), "yaml: ")
}

// stopped finds where the parser stopped on data with the error msg, for
// an error yaml.v3 gives without a line: excessive aliasing (found while
// it decodes, where it keeps no position) and anything on the first line,
// such as nesting past its bound of 10000 levels (it counts lines from 0
// and names none for line 0). That is where the shortest prefix of data
// that fails with msg ends: in whole lines first, then within the last of
// them. It returns the line and column (1-based; the column counts
// characters) of the character whose reading makes the prefix fail: the
// bracket past the bound, or the end of the list (or alias) whose
// decoding expands too many aliases. 0, 0 when data does not fail with
// msg.
func stopped(data []byte, msg string) (line, col int) {
	fails := func(n int) bool {
		_, err := parse(data[:n])
		return err != nil && parseMsg(err) == msg
	}
	if len(data) == 0 || !fails(len(data)) {
		return 0, 0
	}
	var ends []int // where each line ends, after its line break
	for i, b := range data {
		if b == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(data) {
		ends = append(ends, len(data))
	}
	// The whole data fails, so the search ends at a line whose prefix
	// fails and whose previous line's does not.
	l := sort.Search(len(ends), func(i int) bool { return fails(ends[i]) })
	start := 0
	if l > 0 {
		start = ends[l-1]
	}
	text := data[start:ends[l]]
	// The byte whose reading makes the prefix fail.
	n := sort.Search(len(text), func(i int) bool { return fails(start + i + 1) })
	return l + 1, utf8.RuneCount(text[:n]) + 1
}

// MalformedError is a config file that exists but cannot be parsed: where
// (Path, and Line and Col when known, 1-based; Col counts characters) and
// what is wrong: Problem, one of the Problem* constants, with Detail (the
// offending byte or character, or yaml.v3's words in English) and N (a
// number the message needs). cli says it in the user's language.
type MalformedError struct {
	Path      string
	Line, Col int
	Problem   string
	Detail    string
	N         int
}

// Loc is "file:line:col", "file:line" or "file", as far as it is known.
func (e *MalformedError) Loc() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d", e.Path, e.Line, e.Col)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	return e.Path
}

// Error is "malformed config file LOC: DETAIL", in English.
func (e *MalformedError) Error() string {
	return fmt.Sprintf("%s %s: %s", ErrMalformed, e.Loc(), e.Detail)
}

// Is makes errors.Is(err, ErrMalformed) true.
func (e *MalformedError) Is(target error) bool { return target == ErrMalformed }

// EnvWarning is an EIS_* environment variable that no setting reads.
type EnvWarning struct {
	// Name is the variable.
	Name string
	// Suggest lists the variables that may have been meant, best first.
	Suggest []string
}

// UnknownEnv lists, sorted, the EIS_* variables of environ ("NAME=value"
// entries, as os.Environ gives them) that no flag of root's command tree
// reads and that are not EIS_CONFIG or empty, each with what it may have meant: a
// misspelt variable is otherwise ignored without a sign.
func UnknownEnv(root *cobra.Command, environ []string) []EnvWarning {
	set := false
	for _, kv := range environ {
		name, value, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(name, EnvPrefix+"_") && value != "" {
			set = true
			break
		}
	}
	if !set {
		return nil // no EIS_ variable: nothing to walk the tree for
	}
	var known []string
	keys, _ := knownKeys(root)
	for k := range keys {
		known = append(known, EnvName(k))
	}
	known = append(known, EnvPrefix+"_CONFIG")
	isKnown := map[string]bool{}
	for _, k := range known {
		isKnown[k] = true
	}
	var near *suggest.Index
	var out []EnvWarning
	for _, kv := range environ {
		name, value, _ := strings.Cut(kv, "=")
		// Empty counts as unset, as in Bind.
		if !strings.HasPrefix(name, EnvPrefix+"_") || isKnown[name] || value == "" {
			continue
		}
		if near == nil {
			near = suggest.New(known)
		}
		out = append(out, EnvWarning{Name: name, Suggest: near.Lookup(name, 1)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
