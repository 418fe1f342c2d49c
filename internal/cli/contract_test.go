package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/schema"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/eis-project/eis/practices"
	jsv "github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/spf13/cobra"
)

// jsonCases are the command lines (after "eis") that make each command
// print JSON, by command path; {answers}, {profiles} and {broken} stand for
// an answers file, a folder of them and a catalogue folder with errors. A command that gains a json
// format needs a line here (TestEveryJSONOutputMatchesItsSchema says so).
var jsonCases = map[string][][]string{
	"eis plan":           {{"plan", "--answers", "{answers}"}, {"plan", "--answers", "{answers}", "--all"}, {"plan", "--answers", "{answers}", "--since", "{answers}"}},
	"eis region":         {{"region", "dk-central"}, {"region", "ie-donegal"}},
	"eis compare":        {{"compare", "{answers}", "{answers}"}},
	"eis aggregate":      {{"aggregate", "{answers}"}, {"aggregate", "{profiles}"}, {"aggregate", "--region", "dk-central", "{profiles}"}},
	"eis practices list": {{"practices", "list"}, {"practices", "list", "--region", "dk-central", "--stage", "exploring"}},
	"eis practices show": {{"practices", "show", "dk-screening-growth-potential"}},
	"eis questions":      {{"questions"}},
	"eis validate":       {{"validate"}, {"validate", "{broken}"}},
	"eis version":        {{"version"}},
	"eis config list":    {{"config", "list"}},
	"eis schema":         {{"schema"}, {"schema", "plan"}, {"schema", "config"}},
}

// TestEveryJSONOutputMatchesItsSchema is the output contract's test. It
// walks the command tree for every command with a json format (the
// annotations outputSpec sets, so a new command is found by itself), runs
// each of its jsonCases with --format json in every language, to stdout
// and to --output, and checks that what it prints is an object with the
// schema_version that `eis schema NAME` pins, and valid against that
// schema with formats asserted. `eis schema` prints JSON Schemas: each
// must compile as one.
func TestEveryJSONOutputMatchesItsSchema(t *testing.T) {
	configEnv(t)
	dir := t.TempDir()
	answers := filepath.Join(dir, "answers.yaml")
	profile, err := os.ReadFile(exampleProfile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(answers, profile, 0o600); err != nil {
		t.Fatal(err)
	}
	broken := brokenCatalogue(t, true)

	ios, _, _, _ := iostreams.Test()
	root := NewRootCmd(&Factory{IOStreams: ios})
	found := 0
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		if !slices.Contains(strings.Split(c.Annotations[annotationFormats], ","), "json") {
			return
		}
		found++
		path := c.CommandPath()
		cases, ok := jsonCases[path]
		if !ok {
			t.Errorf("%s prints JSON but has no line in jsonCases", path)
			return
		}
		name := c.Annotations[annotationSchema]
		if name == "" && path != "eis schema" {
			t.Errorf("%s prints JSON with no schema (outputSpec.schema)", path)
			return
		}
		for _, args := range cases {
			for _, lang := range i18n.Languages {
				for _, toFile := range []bool{false, true} {
					args := slices.Clone(args)
					for i, a := range args {
						args[i] = strings.NewReplacer("{answers}", answers, "{profiles}", filepath.Dir(exampleProfile), "{broken}", broken).Replace(a)
					}
					args = append(args, "--format", "json", "--lang", lang)
					out := filepath.Join(dir, "out.json")
					os.Remove(out)
					if toFile {
						args = append(args, "--output", out)
					}
					t.Run(strings.Join(args, " "), func(t *testing.T) {
						got, code := runJSON(t, args)
						if code != ExitOK && !(path == "eis validate" && code == ExitFailure) {
							t.Fatalf("exit %d", code)
						}
						if toFile {
							if len(got) != 0 {
								t.Errorf("printed %d bytes on stdout with --output", len(got))
							}
							st, err := os.Stat(out)
							if err != nil {
								t.Fatal(err)
							}
							if st.Mode().Perm() != 0o600 {
								t.Errorf("%s has mode %v, want 0600", out, st.Mode().Perm())
							}
							if got, err = os.ReadFile(out); err != nil {
								t.Fatal(err)
							}
						}
						if path == "eis schema" {
							testutil.CompileSchema(t, "test:"+strings.Join(args, "-"), got)
							return
						}
						checkAgainstSchema(t, name, got)
					})
				}
			}
		}
	}
	walk(root)
	if found < len(jsonCases) {
		t.Errorf("found %d commands that print JSON, jsonCases has %d: a case names a command that is gone or lost its json format", found, len(jsonCases))
	}
}

// runJSON runs eis with args and the embedded catalogue; it returns stdout
// and the exit code.
func runJSON(t *testing.T, args []string) ([]byte, int) {
	t.Helper()
	ios, _, out, errOut := iostreams.Test()
	code := Run(&Factory{IOStreams: ios, Embedded: practices.FS(), Now: time.Now}, args)
	if code != ExitOK {
		t.Logf("stderr:\n%s", errOut)
	}
	return out.Bytes(), code
}

// checkAgainstSchema checks data: a JSON object whose schema_version is
// the one schema name pins, valid against that schema.
func checkAgainstSchema(t *testing.T, name string, data []byte) {
	t.Helper()
	var head struct {
		SchemaVersion *int `json:"schema_version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		t.Fatalf("not a JSON object: %v\n%.200s", err, data)
	}
	id, err := schema.ID(name)
	if err != nil {
		t.Fatal(err)
	}
	if head.SchemaVersion == nil || !strings.HasSuffix(id, "-v"+strconv.Itoa(*head.SchemaVersion)+".json") {
		t.Errorf("schema_version %v does not match the schema %s", head.SchemaVersion, id)
	}
	b, err := schema.Bytes(name)
	if err != nil {
		t.Fatal(err)
	}
	s := testutil.CompileSchema(t, id, b)
	inst, err := jsv.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("does not match the %s schema:\n%v", name, err)
	}
}

// TestEveryFormatIsDescribed: completion describes every format of every
// command, every language and catalogue mode, and every schema, in every
// language (the message IDs are built at run time, so the i18n tests do not
// see them).
func TestEveryFormatIsDescribed(t *testing.T) {
	ios, _, _, _ := iostreams.Test()
	root := NewRootCmd(&Factory{IOStreams: ios})
	keys := map[string]bool{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, f := range strings.Split(c.Annotations[annotationFormats], ",") {
			if f != "" {
				keys["complete.format."+f] = true
			}
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if len(keys) < 4 {
		t.Fatalf("found %d formats; are the annotations still set?", len(keys))
	}
	keys["complete.catalogue-mode.extend"], keys["complete.catalogue-mode.replace"] = true, true
	for _, n := range schema.Names() {
		keys["complete.schema."+n] = true
	}
	for _, lang := range i18n.Languages {
		for k := range keys {
			if !i18n.Get(lang).Has(k) {
				t.Errorf("%s: no message %s", lang, k)
			}
		}
	}
}
