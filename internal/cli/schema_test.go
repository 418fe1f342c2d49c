package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/schema"
)

func TestNewCmdSchema(t *testing.T) {
	t.Parallel()
	tests := []struct {
		args     []string
		wantName string
		wantErr  string
	}{
		{args: nil, wantName: "catalogue"},
		{args: []string{"catalogue"}, wantName: "catalogue"},
		{args: []string{"plan"}, wantName: "plan"},
		{args: []string{"answers"}, wantName: "answers"},
		// the name is checked when run, so runF still sees it
		{args: []string{"nope"}, wantName: "nope"},
		{args: []string{"plan", "answers"}, wantErr: "accepts at most 1 arg"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			t.Parallel()
			ios, _, _, _ := iostreams.Test()
			f := &Factory{IOStreams: ios, Locale: i18n.Get("da")}
			var got *SchemaOptions
			cmd := NewCmdSchema(f, func(o *SchemaOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				var ue *UsageError
				if err == nil || !errors.As(err, &ue) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want a usage error containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Name != tt.wantName || got.Locale != i18n.Get("da") || got.IO != ios {
				t.Errorf("options = %+v, want name %q, lang da and the factory's streams", got, tt.wantName)
			}
		})
	}
}

// TestSchemaRun: each schema prints exactly the committed file; an unknown
// name is a usage error in the user's language that lists the choices.
func TestSchemaRun(t *testing.T) {
	t.Parallel()
	for _, name := range schema.Names() {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			ios, _, out, errOut := iostreams.Test()
			if err := schemaRun(&SchemaOptions{IO: ios, Locale: i18n.Get("en"), Name: name}); err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(schema.Dir), schema.FileName(name)))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("eis schema %s differs from %s/%s; run: go generate ./internal/schema", name, schema.Dir, schema.FileName(name))
			}
			if errOut.Len() != 0 {
				t.Errorf("stderr = %q, want nothing", errOut)
			}
			var doc map[string]any
			if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			if doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
				t.Errorf("$schema = %v", doc["$schema"])
			}
		})
	}
	for _, tt := range []struct{ lang, want string }{
		{"en", `unknown schema "nope"; choose one of: catalogue, plan, answers, region, aggregate, compare, validate, practices, practice, questions, version, config`},
		{"da", `ukendt skema "nope"; vælg et af: catalogue, plan, answers, region, aggregate, compare, validate, practices, practice, questions, version, config`},
	} {
		t.Run("unknown/"+tt.lang, func(t *testing.T) {
			t.Parallel()
			ios, _, out, _ := iostreams.Test()
			err := schemaRun(&SchemaOptions{IO: ios, Locale: i18n.Get(tt.lang), Name: "nope"})
			var ue *UsageError
			if !errors.As(err, &ue) {
				t.Fatalf("err = %v, want a usage error", err)
			}
			if err.Error() != tt.want {
				t.Errorf("err = %q, want %q", err, tt.want)
			}
			if out.Len() != 0 {
				t.Errorf("stdout = %q, want nothing", out)
			}
		})
	}
}

// TestSchemaExitCodes runs the whole command tree.
func TestSchemaExitCodes(t *testing.T) {
	tests := []struct {
		args       []string
		wantCode   int
		wantOut    string
		wantStderr string
	}{
		{[]string{"schema"}, ExitOK, `"$id": "https://github.com/eis-project/eis/schema/catalogue-v1.json"`, ""},
		{[]string{"schema", "plan"}, ExitOK, `"title": "eis plan"`, ""},
		{[]string{"schema", "answers"}, ExitOK, `"title": "eis answers file"`, ""},
		{[]string{"schema", "bogus"}, ExitUsage, "", "eis: unknown schema \"bogus\"; choose one of: catalogue, plan, answers, region, aggregate, compare, validate, practices, practice, questions, version, config\nRun 'eis schema --help' for usage.\n"},
		{[]string{"--lang", "da", "schema", "bogus"}, ExitUsage, "", "eis: ukendt skema \"bogus\"; vælg et af: catalogue, plan, answers, region, aggregate, compare, validate, practices, practice, questions, version, config\nKør 'eis schema --help' for at få hjælp.\n"},
		{[]string{"schema", "plan", "answers"}, ExitUsage, "", "accepts at most 1 arg(s), received 2"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			ios, _, out, errOut := iostreams.Test()
			f := &Factory{IOStreams: ios}
			if code := Run(f, tt.args); code != tt.wantCode {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.wantCode, errOut)
			}
			if !strings.Contains(out.String(), tt.wantOut) {
				t.Errorf("stdout does not contain %q:\n%.300s", tt.wantOut, out)
			}
			if tt.wantStderr == "" && errOut.Len() != 0 {
				t.Errorf("stderr = %q, want nothing", errOut)
			}
			if tt.wantStderr != "" && !strings.Contains(errOut.String(), tt.wantStderr) {
				t.Errorf("stderr = %q, want it to contain %q", errOut, tt.wantStderr)
			}
		})
	}
}
