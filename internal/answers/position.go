package answers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// encodingError finds the first character yaml.v3 refuses, so it can be
// reported where it is (yaml.v3 says neither line nor column): a byte that
// is not UTF-8, or a character outside YAML's printable set (NUL and other
// control characters). It returns its line and column (1-based, counted in
// characters), the message key and its argument; key is empty when data is
// clean. The printable set is yaml.v3's: tab, LF, CR, U+0020–U+007E, U+0085,
// U+00A0–U+D7FF, U+E000–U+FFFD and U+10000 up.
func encodingError(data []byte) (line, col int, key string, arg string) {
	line, col = 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return line, col, "answers.file.utf8", fmt.Sprintf("0x%02X", data[i])
		case !yamlPrintable(r):
			return line, col, "answers.file.control", fmt.Sprintf("U+%04X", r)
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return 0, 0, "", ""
}

// yamlPrintable reports whether yaml.v3 accepts r in a document.
func yamlPrintable(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
	case r >= 0x20 && r <= 0x7E:
	case r == 0x85:
	case r >= 0xA0 && r <= 0xD7FF:
	case r >= 0xE000 && r <= 0xFFFD:
	case r >= 0x10000 && r <= utf8.MaxRune:
	default:
		return false
	}
	return true
}

// yamlLineRE matches the position yaml.v3 puts in front of a syntax error.
var yamlLineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Bounds of locateYAMLError's search: how many lines past yaml.v3's line
// it looks, and how many bytes it parses in all (a large file with an error
// far from where yaml.v3 says keeps yaml.v3's line rather than take long).
const (
	maxLocateLines = 200
	maxLocateBytes = 8 << 20
)

// yamlProblem is a YAML syntax error placed where it is.
type yamlProblem struct {
	line, col int
	// tab is set when the problem is a tab used for indentation.
	tab bool
	msg string
}

// locateYAMLError places a yaml.v3 syntax error on the line and column
// where it is. yaml.v3 reports the line of the construct it was parsing
// (the context), counted from 0 for parser errors: a tab on line 102 comes
// out as line 101, a badly indented key as the line of the mapping above
// it, an unclosed bracket as line 1. So this parses ever longer prefixes of
// data, from yaml.v3's line on, and takes the first line whose prefix fails
// with the same message: that is where the parser met the problem. The
// column is that of the tab when the line is indented with one, else that
// of the line's first character that is not a space.
func locateYAMLError(data []byte, err error) yamlProblem {
	full := strings.TrimPrefix(err.Error(), "yaml: ")
	msg, reported := full, 1
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		msg = m[2]
		if n, e := strconv.Atoi(m[1]); e == nil && n > 0 {
			reported = n
		}
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	line, parsed := 0, 0
	for l := reported; l <= len(lines) && l <= reported+maxLocateLines && parsed <= maxLocateBytes; l++ {
		prefix := bytes.Join(lines[:l], nil)
		parsed += len(prefix)
		perr := decodeErr(prefix)
		if perr == nil {
			continue
		}
		if pm := yamlLineRE.FindStringSubmatch(perr.Error()); pm != nil && pm[2] == msg {
			line = l
			break
		}
	}
	if line == 0 {
		return yamlProblem{line: min(reported, max(len(lines), 1)), col: 1, msg: msg}
	}
	text := string(lines[line-1])
	indent := text[:len(text)-len(strings.TrimLeft(text, " \t"))]
	if i := strings.IndexByte(indent, '\t'); i >= 0 {
		return yamlProblem{line: line, col: i + 1, tab: true, msg: msg}
	}
	col := 1
	if strings.TrimSpace(text) != "" {
		col = len(indent) + 1
	}
	if strings.Contains(msg, "cannot start any token") {
		// A reserved indicator (@ or `) at the start of a value.
		if i := strings.IndexAny(text, "@`"); i >= 0 {
			col = utf8.RuneCountInString(text[:i]) + 1
		}
	}
	return yamlProblem{line: line, col: col, msg: msg}
}

// decodeErr is the error yaml.v3 gives for the first document of data (nil
// when it parses, or is empty); a panic in the parser is an error too.
func decodeErr(data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml parser panic: %v", r)
		}
	}()
	var n yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&n); err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	return nil
}
