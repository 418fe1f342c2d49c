package practices_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/eis-project/eis/practices"
	"go.yaml.in/yaml/v3"
)

// TestDatesQuoted: every date in the embedded catalogue is a quoted string,
// so YAML 1.1 tools (ajv-cli, check-jsonschema) read a string the schema
// accepts rather than a timestamp it rejects. eis itself reads both.
func TestDatesQuoted(t *testing.T) {
	t.Parallel()
	fsys := practices.FS()
	n := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".yaml") {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			return err
		}
		var walk func(*yaml.Node)
		walk = func(x *yaml.Node) {
			if x.Kind == yaml.ScalarNode {
				if x.ShortTag() == "!!timestamp" {
					t.Errorf("%s:%d:%d: date %s is not quoted; write \"%s\"", p, x.Line, x.Column, x.Value, x.Value)
				}
				if x.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && isDate(x.Value) {
					n++
				}
			}
			for _, c := range x.Content {
				walk(c)
			}
		}
		walk(&root)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("found no quoted dates at all: the walk read nothing")
	}
}

// isDate reports whether s looks like YYYY-MM-DD.
func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}
