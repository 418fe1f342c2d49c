package main

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestBinaryDeps keeps build-time tools out of the binary: the JSON Schemas
// are generated from the Go types by a test (internal/schema), and eis
// serves the committed files, so neither the reflection library nor the
// YAML v4 release candidate it brings may be linked; nor may CLDR's names
// of countries (golang.org/x/text/language/display), from which a test
// generates practices/countries.yaml (check by hand with
// `go build -o /tmp/eis ./cmd/eis && go version -m /tmp/eis`).
func TestBinaryDeps(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 || !slices.Contains(deps, "github.com/spf13/cobra") {
		t.Fatalf("go list -deps listed %d packages without cobra: not the binary's dependencies", len(deps))
	}
	for _, banned := range []string{"github.com/invopop/jsonschema", "go.yaml.in/yaml/v4", "golang.org/x/text/language/display", "golang.org/x/net/html"} {
		for _, d := range deps {
			if d == banned || strings.HasPrefix(d, banned+"/") {
				t.Errorf("the eis binary links %s", d)
			}
		}
	}
}
