package main

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/cli"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/testutil"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run the real eis binary's main as the command "eis".
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"eis": func() { os.Exit(cli.Main()) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script, one per area
// (validate_*, plan_*, assess_*, ...). Run with -update (or
// UPDATE_SCRIPTS=1) to refresh their expected output.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: testutil.Update() || os.Getenv("UPDATE_SCRIPTS") == "1",
		Setup: func(env *testscript.Env) error {
			// Byte-stable output: a fixed clock, no colour, English unless a script says otherwise.
			env.Setenv("SOURCE_DATE_EPOCH", strconv.FormatInt(testutil.Today.Unix(), 10)) // the tests' clock
			env.Setenv("NO_COLOR", "1")
			env.Setenv("LANG", "C")
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/.config")
			// The languages eis speaks, as its messages list them, so that
			// adding one changes no script.
			env.Setenv("LANGS", strings.Join(i18n.Languages, ", "))
			return nil
		},
	})
}
