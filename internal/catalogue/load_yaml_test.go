package catalogue

import (
	"testing"
	"testing/fstest"

	"github.com/eis-project/eis/internal/i18n"
)

// TestYAMLProblemPositions: YAML and encoding problems in a catalogue file
// are placed where they are, as in an answers file (both use yamlsafe):
// yaml.v3 alone said 3:1 for a tab on line 4 and 1:1 for a C1 control
// character.
func TestYAMLProblemPositions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, data, want string
	}{
		{"a tab indents line 4", "version: 1\nregions:\n  - id: a\n\t  scope: other\n",
			"x.yaml:4:1: error: line 4 is indented with a tab; YAML needs spaces [yaml]"},
		{"U+0090 on line 4", "version: 1\nregions:\n  - id: a\n    scope: \"o\u0090\"\n",
			"x.yaml:4:14: error: control character U+0090 is not allowed; remove it (catalogue files are plain UTF-8 text) [encoding]"},
		{"invalid UTF-8 on line 3", "version: 1\nregions:\n  - id: caf\xe9\n",
			"x.yaml:3:12: error: the file is not valid UTF-8 (byte 0xE9 here); save it as UTF-8 [encoding]"},
		{"a key indented less on line 4", "version: 1\nregions:\n  - id: a\n scope: other\n",
			"x.yaml:4:2: error: this line does not fit the lines above it; write each line as key: value, and indent the keys of one item (such as id:, title: and when:) by the same number of spaces [yaml]"},
		{"a colon in a text on line 4", "version: 1\nregions:\n  - id: a\n    name: {en: A: B, da: A}\n",
			"x.yaml:4:17: error: a colon and a space inside a value, or a key indented deeper than the keys above it; put such a value (a title, a note) in quotes, or line the key up with the others [yaml]"},
		{"other YAML on line 3", "version: 1\nregions:\n  - id: ]\n",
			"x.yaml:3:3: error: YAML syntax: did not find expected node content [yaml]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, diags, err := Parse(fstest.MapFS{"x.yaml": {Data: []byte(tt.data)}})
			if err != nil {
				t.Fatal(err)
			}
			if len(diags) != 1 || i18n.English.Diagnostic(diags[0]) != tt.want {
				t.Errorf("got  %v\nwant %s", diags, tt.want)
			}
		})
	}
}
