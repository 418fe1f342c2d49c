package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
)

// assessNow is the fixed clock of the assess tests.
var assessNow = time.Date(2026, 11, 18, 10, 0, 0, 0, time.UTC)

// assessFactory is a factory on the survey package's tiny catalogue (so
// exact answers do not change with the real content), with stdin holding
// input and every stream a terminal or none.
func assessFactory(t *testing.T, input string, tty bool) (*Factory, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	configEnv(t)
	t.Setenv("ACCESSIBLE", "")
	ios, in, out, errOut := iostreams.Test()
	in.WriteString(input)
	ios.SetTTY(tty, tty, tty)
	return &Factory{IOStreams: ios, Getenv: os.Getenv, Embedded: os.DirFS("../survey/testdata/tiny"), Now: func() time.Time { return assessNow }}, out, errOut
}

// tinyScript answers the tiny catalogue in accessible mode: company,
// region (home), markets (north), sector (goods), size (micro), exports
// (none), alpha.one (some), alpha.two (don't know),
// alpha.three (yes), beta.one (not applicable), beta.two (web, fair).
// The last line confirms the review.
const tinyScript = "Acme ApS\n1\n1\n0\n1\n1\n1\n2\n3\n2\n3\n1\n3\n0\n1\n"

// tinyPartial stops after alpha.one: the profile and alpha.one are saved.
const tinyPartial = "Acme ApS\n1\n1\n0\n1\n1\n1\n2\n"

func TestNewCmdAssess(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		env     map[string]string
		want    AssessOptions
		wantErr string
	}{
		{name: "defaults", args: nil, want: AssessOptions{SavePath: "eis-answers.yaml", Locale: i18n.Get("en")}},
		{name: "save", args: []string{"--save", "a.yaml"}, want: AssessOptions{SavePath: "a.yaml", Locale: i18n.Get("en")}},
		{name: "resume saves to the resumed file", args: []string{"--resume", "r.yaml"}, want: AssessOptions{SavePath: "r.yaml", ResumePath: "r.yaml", Locale: i18n.Get("en")}},
		{name: "resume with save", args: []string{"--resume", "r.yaml", "--save", "s.yaml"}, want: AssessOptions{SavePath: "s.yaml", ResumePath: "r.yaml", Locale: i18n.Get("en")}},
		{name: "answers", args: []string{"--answers", "old.yaml"}, want: AssessOptions{SavePath: "eis-answers.yaml", AnswersPath: "old.yaml", Locale: i18n.Get("en")}},
		{name: "accessible flag", args: []string{"--accessible"}, want: AssessOptions{SavePath: "eis-answers.yaml", Accessible: true, Locale: i18n.Get("en")}},
		{name: "ACCESSIBLE=1", env: map[string]string{"ACCESSIBLE": "1"}, want: AssessOptions{SavePath: "eis-answers.yaml", Accessible: true, Locale: i18n.Get("en")}},
		{name: "flag beats ACCESSIBLE", args: []string{"--accessible=false"}, env: map[string]string{"ACCESSIBLE": "1"}, want: AssessOptions{SavePath: "eis-answers.yaml", Locale: i18n.Get("en")}},
		{name: "EIS_ASSESS_ACCESSIBLE", env: map[string]string{"EIS_ASSESS_ACCESSIBLE": "true"}, want: AssessOptions{SavePath: "eis-answers.yaml", Accessible: true, Locale: i18n.Get("en")}},
		{name: "notes", args: []string{"--notes"}, want: AssessOptions{SavePath: "eis-answers.yaml", Notes: true, Locale: i18n.Get("en")}},
		{name: "lang", args: []string{"--lang", "da"}, want: AssessOptions{SavePath: "eis-answers.yaml", Locale: i18n.Get("da")}},
		{name: "EIS_LANG", env: map[string]string{"EIS_LANG": "da"}, want: AssessOptions{SavePath: "eis-answers.yaml", Locale: i18n.Get("da")}},
		{name: "LANG", env: map[string]string{"LANG": "da_DK.UTF-8"}, want: AssessOptions{SavePath: "eis-answers.yaml", Locale: i18n.Get("da")}},
		{name: "resume and answers", args: []string{"--resume", "a", "--answers", "b"}, wantErr: "--resume and --answers cannot be used together"},
		{name: "arguments", args: []string{"extra"}, wantErr: `unknown command "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, errOut := assessFactory(t, "", true)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var got *AssessOptions
			root := NewRootCmd(f)
			for i, c := range root.Commands() {
				if c.Name() == "assess" {
					root.RemoveCommand(root.Commands()[i])
					break
				}
			}
			root.AddCommand(NewCmdAssess(f, func(o *AssessOptions) error { got = o; return nil }))
			root.SetArgs(append([]string{"assess"}, tt.args...))
			root.SetOut(errOut)
			root.SetErr(errOut)
			err := root.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want %q", err, tt.wantErr)
				}
				if exitCode(err) != ExitUsage {
					t.Errorf("exit %d, want %d", exitCode(err), ExitUsage)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			type view struct {
				save, resume, answers string
				lang                  i18n.Locale
				accessible, notes     bool
			}
			g := view{got.SavePath, got.ResumePath, got.AnswersPath, got.Locale, got.Accessible, got.Notes}
			w := view{tt.want.SavePath, tt.want.ResumePath, tt.want.AnswersPath, tt.want.Locale, tt.want.Accessible, tt.want.Notes}
			if g != w {
				t.Errorf("got %+v\nwant %+v", g, w)
			}
			if got.IO == nil || got.Catalogue == nil || got.Now == nil || got.DecideLocale == nil {
				t.Error("streams, catalogue or clock not wired")
			}
		})
	}
}

func TestAssessNoTerminal(t *testing.T) {
	for _, lang := range []string{"en", "da"} {
		f, out, errOut := assessFactory(t, tinyScript, false)
		dir := t.TempDir()
		save := filepath.Join(dir, "a.yaml")
		code := Run(f, []string{"assess", "--lang", lang, "--save", save})
		if code != ExitFailure {
			t.Errorf("%s: exit %d, want %d", lang, code, ExitFailure)
		}
		if !strings.Contains(errOut.String(), "eis plan --answers") || !strings.Contains(errOut.String(), "--accessible") {
			t.Errorf("%s: the message does not name eis plan --answers and --accessible:\n%s", lang, errOut.String())
		}
		if lang == "da" && !strings.Contains(errOut.String(), "kræver en terminal") {
			t.Errorf("the message is not in Danish:\n%s", errOut.String())
		}
		if out.Len() != 0 {
			t.Errorf("%s: stdout not empty: %q", lang, out.String())
		}
		if _, err := os.Stat(save); err == nil {
			t.Errorf("%s: a file was written without a terminal", lang)
		}
	}
}

// TestAssessTerminalCheck: the form needs stdin, stdout and stderr all to be
// terminals (it is drawn on stderr, so 'eis assess 2>log' must not wait on a
// blank screen); any other combination fails at once with the message that
// names eis plan --answers and --accessible, before a catalogue is read or
// a file written. --accessible needs none.
func TestAssessTerminalCheck(t *testing.T) {
	for _, tt := range []struct {
		in, out, errOut bool
	}{
		{false, false, false},
		{false, false, true},
		{false, true, false},
		{false, true, true},
		{true, false, false},
		{true, false, true},
		{true, true, false},
		{true, true, true},
	} {
		name := fmt.Sprintf("stdin=%v,stdout=%v,stderr=%v", tt.in, tt.out, tt.errOut)
		// stdout carries only the plan: 'eis assess > plan.txt' asks.
		all := tt.in && tt.errOut
		t.Run(name, func(t *testing.T) {
			ios, _, _, _ := iostreams.Test()
			ios.SetTTY(tt.in, tt.out, tt.errOut)
			if got := canAsk(ios); got != all {
				t.Errorf("canAsk = %v, want %v", got, all)
			}
			for _, lang := range []string{"en", "da"} {
				catalogueRead := false
				save := filepath.Join(t.TempDir(), "a.yaml")
				ios, _, out, errOut := iostreams.Test()
				ios.SetTTY(tt.in, tt.out, tt.errOut)
				err := assessRun(&AssessOptions{
					IO: ios, Locale: i18n.Get(lang), SavePath: save, Now: func() time.Time { return assessNow },
					Catalogue: func() (*catalogue.Catalogue, error) { catalogueRead = true; return nil, errors.New("catalogue read") },
				})
				if all {
					// Past the check, on to the catalogue.
					if err == nil || err.Error() != "catalogue read" {
						t.Errorf("%s: err %v, want the form to go on to the catalogue", lang, err)
					}
					continue
				}
				if err == nil || err.Error() != i18n.Get(lang).T("assess.notty") {
					t.Fatalf("%s: err %v, want the terminal message", lang, err)
				}
				msg := err.Error()
				for _, w := range []string{"stdin", "stderr", "eis plan --answers", "eis assess --accessible"} {
					if !strings.Contains(msg, w) {
						t.Errorf("%s: message lacks %q:\n%s", lang, w, msg)
					}
				}
				// Run prints "eis: " before it: no "eis: eis assess …".
				if strings.HasPrefix(msg, "eis ") {
					t.Errorf("%s: message starts with eis, so it prints as eis: eis …:\n%s", lang, msg)
				}
				if catalogueRead || out.Len() > 0 || errOut.Len() > 0 {
					t.Errorf("%s: went on after the check (catalogue read %v, stdout %q, stderr %q)", lang, catalogueRead, out, errOut)
				}
				if _, err := os.Stat(save); err == nil {
					t.Errorf("%s: a file was written", lang)
				}
			}
			// --accessible asks on any streams.
			ios, _, _, _ = iostreams.Test()
			ios.SetTTY(tt.in, tt.out, tt.errOut)
			err := assessRun(&AssessOptions{IO: ios, Locale: i18n.Get("en"), Accessible: true, SavePath: "a.yaml",
				Catalogue: func() (*catalogue.Catalogue, error) { return nil, errors.New("catalogue read") }})
			if err == nil || err.Error() != "catalogue read" {
				t.Errorf("--accessible: err %v, want it to go on to the catalogue", err)
			}
		})
	}
}

func TestAssessAccessibleComplete(t *testing.T) {
	f, out, errOut := assessFactory(t, tinyScript, false)
	save := filepath.Join(t.TempDir(), "acme.yaml")
	if code := Run(f, []string{"assess", "--accessible", "--save", save}); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	data, err := os.ReadFile(save)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"complete: true", "company: Acme ApS", "alpha.two: dont-know", "beta.one: not-applicable", "beta.two:\n    - web\n    - fair", "markets:\n    - north"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("saved file lacks %q:\n%s", w, data)
		}
	}
	if st, _ := os.Stat(save); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	// The plan goes to stdout, the questionnaire and the hints to stderr.
	if !strings.Contains(out.String(), "Acme ApS") || strings.Contains(out.String(), "Question 1 of") {
		t.Errorf("stdout is not the plan:\n%s", out.String())
	}
	for _, w := range []string{"Answers saved to " + save, "eis plan --answers " + save + " --format html --output " + strings.TrimSuffix(save, ".yaml") + "-plan.html"} {
		if !strings.Contains(errOut.String(), w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut.String())
		}
	}
	// The same plan as eis plan prints for the saved file.
	f2, out2, _ := assessFactory(t, "", false)
	if code := Run(f2, []string{"plan", "--answers", save}); code != ExitOK {
		t.Fatalf("eis plan: exit %d", code)
	}
	if out2.String() != out.String() {
		t.Errorf("eis assess and eis plan print different plans\n--- assess\n%s\n--- plan\n%s", out.String(), out2.String())
	}
}

func TestAssessInterruptedThenResumed(t *testing.T) {
	for _, lang := range []string{"en", "da"} {
		t.Run(lang, func(t *testing.T) {
			// The input ends on the alpha page: profile and alpha.one saved.
			f, out, errOut := assessFactory(t, tinyPartial, false)
			save := filepath.Join(t.TempDir(), "my answers.yaml")
			code := Run(f, []string{"assess", "--accessible", "--lang", lang, "--save", save})
			if code != ExitInterrupted {
				t.Fatalf("exit %d, want 130\n%s", code, errOut.String())
			}
			want := map[string]string{
				"en": "Progress saved to " + save + ". Resume with: eis assess --resume '" + save + "'",
				"da": "Fremskridt gemt i " + save + ". Fortsæt med: eis assess --resume '" + save + "'",
			}[lang]
			if !strings.Contains(errOut.String(), want) {
				t.Errorf("stderr lacks %q:\n%s", want, errOut.String())
			}
			if out.Len() != 0 {
				t.Errorf("stdout not empty after an interruption: %q", out.String())
			}
			data, err := os.ReadFile(save)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(data), "complete: false") || !strings.Contains(string(data), "alpha.one: some") || strings.Contains(string(data), "\n  alpha.two:") {
				t.Errorf("partial file:\n%s", data)
			}

			// --resume asks from alpha.two on.
			f, out, errOut = assessFactory(t, "3\n2\n3\n1\n3\n0\n1\n", false)
			if code := Run(f, []string{"assess", "--accessible", "--lang", lang, "--resume", save}); code != ExitOK {
				t.Fatalf("resume: exit %d\n%s", code, errOut.String())
			}
			ui := errOut.String()
			// Up to the review, which lists every answer.
			ui = ui[:max(strings.Index(ui, i18n.Get(lang).T("survey.review.title")), 0)]
			if strings.Contains(ui, map[string]string{"en": "Where are you?", "da": "Hvor er I?"}[lang]) {
				t.Errorf("resume asked the profile again:\n%s", ui)
			}
			if !strings.Contains(ui, map[string]string{"en": "Is it written down?", "da": "Er det skrevet ned?"}[lang]) {
				t.Errorf("resume did not ask alpha.two:\n%s", ui)
			}
			data, _ = os.ReadFile(save)
			if !strings.Contains(string(data), "complete: true") || !strings.Contains(string(data), "alpha.two: dont-know") {
				t.Errorf("resumed file:\n%s", data)
			}
			if out.Len() == 0 {
				t.Error("no plan after resuming")
			}
		})
	}
}

// TestAssessFileLanguage: resuming a file, or starting from one with
// --answers, speaks the file's language unless one is chosen explicitly
// (--lang, EIS_LANG); the file's language is rewritten only then.
func TestAssessFileLanguage(t *testing.T) {
	// The rest of the tiny questionnaire after tinyPartial.
	const rest = "3\n2\n3\n1\n3\n0\n1\n"
	// Enter alone confirms each answer of tinyPartial (0 ends a multi-select).
	const confirm = "\n\n0\n\n\n\n\n"
	tests := []struct {
		name     string
		env      map[string]string
		args     []string // after assess --accessible
		input    string
		wantLang string // of the questions, the plan and the saved file
	}{
		{"resume, LANG=en", map[string]string{"LANG": "en_US.UTF-8"}, []string{"--resume", "FILE"}, rest, "da"},
		{"resume, LANG=C", nil, []string{"--resume", "FILE"}, rest, "da"},
		{"resume, --lang en", map[string]string{"LANG": "da_DK.UTF-8"}, []string{"--lang", "en", "--resume", "FILE"}, rest, "en"},
		{"resume, EIS_LANG=en", nil, []string{"--resume", "FILE"}, rest, "en"},
		{"existing file resumed", map[string]string{"LANG": "en_US.UTF-8"}, []string{"--save", "FILE"}, "1\n" + rest, "da"},
		{"answers, LANG=en", map[string]string{"LANG": "en_US.UTF-8"}, []string{"--answers", "FILE", "--save", "NEW"}, confirm + rest, "da"},
		{"answers, --lang en", nil, []string{"--lang", "en", "--answers", "FILE", "--save", "NEW"}, confirm + rest, "en"},
	}
	words := map[string]struct{ question, plan, saved string }{
		"en": {"Is it written down?", "Readiness", "Answers saved to"},
		"da": {"Er det skrevet ned?", "Parathed", "Svarene er gemt i"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A Danish file stopped after alpha.one.
			f, _, errOut := assessFactory(t, tinyPartial, false)
			dir := t.TempDir()
			file := filepath.Join(dir, "da.yaml")
			if code := Run(f, []string{"assess", "--accessible", "--lang", "da", "--save", file}); code != ExitInterrupted {
				t.Fatalf("setup: exit %d\n%s", code, errOut)
			}
			before, _ := os.ReadFile(file)
			if !strings.Contains(string(before), "\nlanguage: da\n") {
				t.Fatalf("setup file is not Danish:\n%s", before)
			}
			if strings.HasPrefix(tt.name, "resume, EIS") {
				tt.env = map[string]string{"EIS_LANG": "en"}
			}

			f, out, errOut := assessFactory(t, tt.input, false)
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			saved := file
			var args []string
			for _, a := range tt.args {
				switch a {
				case "FILE":
					a = file
				case "NEW":
					a = filepath.Join(dir, "new.yaml")
					saved = a
				}
				args = append(args, a)
			}
			if code := Run(f, append([]string{"assess", "--accessible"}, args...)); code != ExitOK {
				t.Fatalf("exit %d\n%s", code, errOut)
			}
			w := words[tt.wantLang]
			if !strings.Contains(errOut.String(), w.question) || !strings.Contains(errOut.String(), w.saved) {
				t.Errorf("the questions are not in %s:\n%s", tt.wantLang, errOut)
			}
			if !strings.Contains(out.String(), w.plan) {
				t.Errorf("the plan is not in %s:\n%s", tt.wantLang, out)
			}
			data, _ := os.ReadFile(saved)
			if !strings.Contains(string(data), "\nlanguage: "+tt.wantLang+"\n") {
				t.Errorf("saved file's language is not %s:\n%s", tt.wantLang, data)
			}
		})
	}
}

func TestAssessExistingFile(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		code     int
		changed  bool
		complete bool
	}{
		{"cancel", "3\n", ExitFailure, false, false},
		{"end of input", "", ExitInterrupted, false, false},
		{"start over", "2\n" + tinyScript, ExitOK, true, true},
		// Starting over and stopping before any answer replaces nothing.
		{"start over, stop at once", "2\n", ExitInterrupted, false, false},
		// Resume: the existing file has the profile; the rest is asked.
		{"resume", "1\n" + "3\n2\n3\n1\n3\n0\n1\n", ExitOK, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A partial file from an earlier run.
			f, _, _ := assessFactory(t, tinyPartial, false)
			dir := t.TempDir()
			save := filepath.Join(dir, "eis-answers.yaml")
			if code := Run(f, []string{"assess", "--accessible", "--save", save}); code != ExitInterrupted {
				t.Fatalf("setup: exit %d", code)
			}
			before, _ := os.ReadFile(save)

			f, _, errOut := assessFactory(t, tt.input, false)
			code := Run(f, []string{"assess", "--accessible", "--save", save})
			if code != tt.code {
				t.Fatalf("exit %d, want %d\n%s", code, tt.code, errOut.String())
			}
			if !strings.Contains(errOut.String(), save+" already exists") {
				t.Errorf("not asked about the existing file:\n%s", errOut.String())
			}
			after, _ := os.ReadFile(save)
			if changed := !bytes.Equal(before, after); changed != tt.changed {
				t.Errorf("file changed: %v, want %v", changed, tt.changed)
			}
			if complete := strings.Contains(string(after), "complete: true"); complete != tt.complete {
				t.Errorf("complete: %v, want %v\n%s", complete, tt.complete, after)
			}
		})
	}
}

func TestAssessAnswersPrefill(t *testing.T) {
	// A complete earlier assessment, kept as it is; the new one is saved
	// elsewhere. Enter alone keeps every earlier answer except the one changed.
	f, _, _ := assessFactory(t, tinyScript, false)
	dir := t.TempDir()
	old := filepath.Join(dir, "2025.yaml")
	if code := Run(f, []string{"assess", "--accessible", "--save", old}); code != ExitOK {
		t.Fatalf("setup: exit %d", code)
	}
	before, _ := os.ReadFile(old)
	f, _, errOut := assessFactory(t, "\n\n0\n\n\n\n\n\n1\n\n0\n1\n", false)
	now := filepath.Join(dir, "2026.yaml")
	if code := Run(f, []string{"assess", "--accessible", "--answers", old, "--save", now}); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut.String())
	}
	after, _ := os.ReadFile(old)
	if !bytes.Equal(before, after) {
		t.Error("--answers changed the earlier file")
	}
	data, _ := os.ReadFile(now)
	for _, w := range []string{"alpha.one: some", "alpha.two: dont-know", "alpha.three: \"no\"", "beta.two:\n    - web\n    - fair", "company: Acme ApS", "complete: true"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("new file lacks %q:\n%s", w, data)
		}
	}
}

// TestAssessAnswersThenInterrupted: answers from --answers are defaults,
// not answers, until confirmed: a run stopped halfway saves only what was
// confirmed, so --resume asks the rest instead of skipping it.
func TestAssessAnswersThenInterrupted(t *testing.T) {
	f, _, _ := assessFactory(t, tinyScript, false)
	dir := t.TempDir()
	old := filepath.Join(dir, "2025.yaml")
	if code := Run(f, []string{"assess", "--accessible", "--save", old}); code != ExitOK {
		t.Fatalf("setup: exit %d", code)
	}
	// Enter alone keeps the profile and alpha.one; the input ends at alpha.two.
	f, _, errOut := assessFactory(t, "\n\n0\n\n\n\n\n", false)
	now := filepath.Join(dir, "2026.yaml")
	if code := Run(f, []string{"assess", "--accessible", "--answers", old, "--save", now}); code != ExitInterrupted {
		t.Fatalf("exit %d, want 130\n%s", code, errOut.String())
	}
	data, _ := os.ReadFile(now)
	for _, w := range []string{"company: Acme ApS", "region: home", "alpha.one: some", "complete: false"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("new file lacks %q:\n%s", w, data)
		}
	}
	for _, w := range []string{"\n  alpha.two:", "\n  alpha.three:", "\n  beta.one:"} {
		if strings.Contains(string(data), w) {
			t.Errorf("new file has %q, never confirmed:\n%s", w, data)
		}
	}
	// The file says where it started from, relative to its own folder.
	if !strings.Contains(string(data), "\nstarted_from: 2025.yaml\n") {
		t.Errorf("new file does not record the file it started from:\n%s", data)
	}
	// --resume shows the earlier answers as defaults again: Enter alone
	// keeps each (0 a multi-select's), then the review is confirmed.
	f, _, errOut = assessFactory(t, "\n\n\n0\n1\n", false)
	if code := Run(f, []string{"assess", "--accessible", "--resume", now}); code != ExitOK {
		t.Fatalf("resume: exit %d\n%s", code, errOut.String())
	}
	if !strings.Contains(errOut.String(), "Is it written down?") {
		t.Errorf("resume did not ask alpha.two:\n%s", errOut.String())
	}
	data, _ = os.ReadFile(now)
	for _, w := range []string{"alpha.two: dont-know", "beta.one: not-applicable", "beta.two:\n    - web\n    - fair", "complete: true"} {
		if !strings.Contains(string(data), w) {
			t.Errorf("resumed file lacks %q, an earlier answer kept with Enter:\n%s", w, data)
		}
	}
}

// TestAssessStoppedAtOnce: stopped on the very first field, nothing is
// saved and no file is left behind to be asked about next time.
func TestAssessStoppedAtOnce(t *testing.T) {
	for _, lang := range []string{"en", "da"} {
		f, _, errOut := assessFactory(t, "", false)
		save := filepath.Join(t.TempDir(), "eis-answers.yaml")
		if code := Run(f, []string{"assess", "--accessible", "--lang", lang, "--save", save}); code != ExitInterrupted {
			t.Fatalf("%s: exit %d, want 130\n%s", lang, code, errOut.String())
		}
		if _, err := os.Stat(save); err == nil {
			t.Errorf("%s: a file was saved", lang)
		}
		want := map[string]string{"en": "Stopped before anything was answered: nothing was saved.", "da": "Stoppet, før noget blev besvaret: intet er gemt."}[lang]
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("%s: stderr lacks %q:\n%s", lang, want, errOut.String())
		}
	}
}

// TestAssessResumeErrors: every file the run needs is checked before the
// first question (no answers typed and then lost), and each problem is said
// in words that name the flag at fault, once prefixed with "eis: ".
func TestAssessResumeErrors(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "clients")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	plan := filepath.Join(dir, "plan.txt")
	if err := os.WriteFile(plan, []byte("Export readiness plan — Acme\nRegion: Central Denmark\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// An answers file cut short (a copy that stopped half-way): to resume
	// or review it, what is wrong is said by line, not "choose another
	// file with --save".
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte("version: 2\nlanguage: en\nanswers:\n  size: [small\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	unwritable := filepath.Join(dir, "locked", "a.yaml")
	if err := os.Mkdir(filepath.Dir(unwritable), 0o500); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() == 0 {
		// root writes into a read-only folder; /proc takes no new file.
		unwritable = "/proc/eis-answers.yaml"
		if _, err := os.Stat("/proc"); err != nil {
			unwritable = ""
		}
	}
	// Last time's answers, which a new assessment starts from (--answers)
	// and must not be saved over: eis compare needs them.
	last := filepath.Join(dir, "last.yaml")
	if err := os.WriteFile(last, []byte("version: 2\nlanguage: en\nanswers:\n  size: small\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A complete assessment to start from, and another client's, where
	// the new one would be saved.
	earlier, other := filepath.Join(dir, "earlier.yaml"), filepath.Join(dir, "other.yaml")
	for _, path := range []string{earlier, other} {
		f, _, errOut := assessFactory(t, tinyScript, false)
		if code := Run(f, []string{"assess", "--accessible", "--save", path}); code != ExitOK {
			t.Fatalf("exit %d\n%s", code, errOut)
		}
	}
	otherData, _ := os.ReadFile(other)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"missing file", []string{"--resume", filepath.Join(dir, "nope.yaml")}, "does not exist; start a new assessment with: eis assess --save"},
		{"start from answers into another assessment's file", []string{"--answers", earlier, "--save", other}, "eis: " + other + " already holds an assessment; the new one, starting from " + earlier + ", needs a file of its own: eis assess --answers " + earlier + " --save " + filepath.Join(dir, "earlier-2026-11.yaml") + " (to continue " + other + " instead: eis assess --resume " + other + ")\n"},
		{"save over the answers it starts from", []string{"--answers", last, "--save", dir + "/./last.yaml"}, "eis: " + last + " is both the answers the new assessment starts from (--answers) and the file it is saved to (--save): last time's answers would be replaced, and eis compare needs both; save the new one to another file: eis assess --answers " + last + " --save " + filepath.Join(dir, "last-2026-11.yaml") + " (to correct that file itself: eis assess --review " + last + ")\n"},
		{"no such folder", []string{"--save", filepath.Join(dir, "no", "a.yaml")}, "choose another file with --save FILE"},
		{"resume a folder", []string{"--resume", folder}, "eis: --resume " + folder + ": that is a folder; name the answers file in it, e.g. --resume " + filepath.Join(folder, "eis-answers.yaml") + "\n"},
		{"answers from a folder", []string{"--answers", folder}, "eis: --answers " + folder + ": that is a folder"},
		{"review a missing file", []string{"--review", filepath.Join(dir, "nope.yaml")}, "eis: cannot review " + filepath.Join(dir, "nope.yaml") + ": the file does not exist; check the name, or start a new assessment with: eis assess --save " + filepath.Join(dir, "nope.yaml") + "\n"},
		{"answers file missing", []string{"--answers", filepath.Join(dir, "nope.yaml")}, "eis: no answers file " + filepath.Join(dir, "nope.yaml") + " to start from; check the name, or leave out --answers to start a new assessment\n"},
		{"save over a plan", []string{"--save", plan}, "eis: " + plan + " exists and is not an answers file, so eis will not overwrite it; choose another file with --save FILE\n"},
		{"resume a damaged file", []string{"--resume", broken}, broken + ":4:9: error: this [ opens a list that is not closed; end the list with ] [yaml]\n"},
		{"review a damaged file", []string{"--review", broken}, broken + ":4:9: error: this [ opens a list that is not closed; end the list with ] [yaml]\n"},
		{"save where nothing can be written", []string{"--save", unwritable}, "eis: cannot save answers to " + unwritable + ": "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.args[len(tt.args)-1] == "" {
				t.Skip("no unwritable place on this system")
			}
			f, out, errOut := assessFactory(t, tinyScript, false)
			if code := Run(f, append([]string{"assess", "--accessible"}, tt.args...)); code != ExitFailure {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(errOut.String(), tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, errOut.String())
			}
			if strings.Contains(errOut.String(), "Question 1") || out.Len() > 0 {
				t.Errorf("asked questions before failing:\n%s", errOut.String())
			}
		})
	}
	if data, _ := os.ReadFile(plan); !strings.HasPrefix(string(data), "Export readiness plan") {
		t.Errorf("the plan file was overwritten:\n%s", data)
	}
	if data, _ := os.ReadFile(other); !bytes.Equal(data, otherData) {
		t.Errorf("the other assessment was overwritten:\n%s", data)
	}
	if data, _ := os.ReadFile(last); string(data) != "version: 2\nlanguage: en\nanswers:\n  size: small\n" {
		t.Errorf("the answers started from were overwritten:\n%s", data)
	}
}

// TestAssessDumbTerminal: TERM=dumb on a terminal gets the accessible
// prompts, and is told why, in lines as wide as the terminal (a dumb
// terminal breaks a longer one anywhere, mid-word).
func TestAssessDumbTerminal(t *testing.T) {
	f, _, errOut := assessFactory(t, tinyScript, true)
	f.IOStreams.SetWidth(60)
	t.Setenv("TERM", "dumb")
	save := filepath.Join(t.TempDir(), "a.yaml")
	if code := Run(f, []string{"assess", "--save", save}); code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	for _, w := range []string{"(TERM=dumb)", "Question 1 of", "Enter a number"} {
		if !strings.Contains(errOut.String(), w) {
			t.Errorf("stderr lacks %q:\n%s", w, errOut)
		}
	}
	out := errOut.String()
	notice := out[strings.Index(out, "This terminal"):]
	notice = notice[:strings.Index(notice, "--accessible).")]
	for _, l := range strings.Split(notice, "\n") {
		if utf8.RuneCountInString(l) > 60 {
			t.Errorf("line wider than 60: %q", l)
		}
	}
}

// TestAssessPlanToFile: with stdin and stderr a terminal and stdout a file
// ('eis assess > plan.txt'), eis asks; the plan goes to stdout alone.
func TestAssessPlanToFile(t *testing.T) {
	ios, _, _, _ := iostreams.Test()
	ios.SetTTY(true, false, true)
	if !canAsk(ios) {
		t.Fatal("canAsk refuses a terminal on stdin and stderr with stdout redirected")
	}
}

// TestResumeArgs: the resume command printed after Ctrl-C carries what the
// answers file does not keep: --notes, and a language the environment
// would not give.
func TestResumeArgs(t *testing.T) {
	tests := []struct {
		envLang string
		opts    AssessOptions
		want    string
	}{
		{"C", AssessOptions{SavePath: "a.yaml", Locale: i18n.Get("en")}, "a.yaml"},
		// The file keeps its language, which --resume follows: no --lang.
		{"C", AssessOptions{SavePath: "my answers.yaml", Locale: i18n.Get("da")}, "'my answers.yaml'"},
		{"da_DK.UTF-8", AssessOptions{SavePath: "a.yaml", Locale: i18n.Get("da")}, "a.yaml"},
		{"da_DK.UTF-8", AssessOptions{SavePath: "a.yaml", Locale: i18n.Get("en"), Notes: true}, "a.yaml --notes"},
		{"C", AssessOptions{SavePath: "a.yaml", Locale: i18n.Get("en"), Notes: true}, "a.yaml --notes"},
		// The catalogue is not kept in the file: without it, the answers
		// would be checked against the built-in one.
		{"C", AssessOptions{SavePath: "a.yaml", CatalogueDir: "our region", CatalogueMode: "replace"}, "a.yaml --catalogue 'our region' --catalogue-mode replace"},
	}
	for _, tt := range tests {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.envLang)
		if got := resumeArgs(&tt.opts); got != tt.want {
			t.Errorf("LANG=%s %+v: got %q, want %q", tt.envLang, tt.opts, got, tt.want)
		}
	}
}

func TestShellQuote(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"a.yaml":          "a.yaml",
		"/tmp/x-1_2.yaml": "/tmp/x-1_2.yaml",
		"my answers.yaml": "'my answers.yaml'",
		"it's.yaml":       `'it'\''s.yaml'`,
		"$HOME/x.yaml":    "'$HOME/x.yaml'",
		"svar-æøå.yaml":   "'svar-æøå.yaml'",
		"":                "''",
	}
	for in, want := range tests {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAssessResumeCompleteWithGaps: a file that says complete: true but
// lacks answers (the catalogue gained questions) is what resuming is for:
// both --resume and the "resume" choice for an existing file go on with the
// missing questions after a one-line notice, where eis plan refuses it.
func TestAssessResumeCompleteWithGaps(t *testing.T) {
	rest := "3\n2\n3\n1\n3\n0\n1\n"
	tests := []struct {
		name  string
		args  func(save string) []string
		input string
	}{
		{"--resume", func(save string) []string { return []string{"assess", "--accessible", "--resume", save} }, rest},
		{"resume the existing file", func(save string) []string { return []string{"assess", "--accessible", "--save", save} }, "1\n" + rest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _ := assessFactory(t, tinyPartial, false)
			save := filepath.Join(t.TempDir(), "gaps.yaml")
			if code := Run(f, []string{"assess", "--accessible", "--save", save}); code != ExitInterrupted {
				t.Fatalf("setup: exit %d", code)
			}
			data, _ := os.ReadFile(save)
			gaps := strings.Replace(string(data), "complete: false", "complete: true", 1)
			if gaps == string(data) {
				t.Fatalf("setup: no complete: false in\n%s", data)
			}
			if err := os.WriteFile(save, []byte(gaps), 0o600); err != nil {
				t.Fatal(err)
			}
			f, _, errOut := assessFactory(t, "", false)
			if code := Run(f, []string{"plan", "--answers", save}); code != ExitFailure || !strings.Contains(errOut.String(), "[missing-answer]") {
				t.Fatalf("eis plan: exit %d, want %d with [missing-answer]:\n%s", code, ExitFailure, errOut.String())
			}

			f, _, errOut = assessFactory(t, tt.input, false)
			if code := Run(f, tt.args(save)); code != ExitOK {
				t.Fatalf("exit %d, want %d\n%s", code, ExitOK, errOut.String())
			}
			notice := save + " says complete: true, but questions that apply have no answer"
			if n := strings.Count(errOut.String(), notice); n != 1 {
				t.Errorf("notice shown %d times, want once:\n%s", n, errOut.String())
			}
			if strings.Contains(errOut.String(), "missing-answer") || strings.Contains(errOut.String(), "Question 1 of 1 on this page.\nHow many people") {
				t.Errorf("the gap was an error, or answered questions were asked again:\n%s", errOut.String())
			}
			after, _ := os.ReadFile(save)
			for _, w := range []string{"complete: true", "alpha.one: some", "alpha.two: dont-know", "beta.two:\n    - web\n    - fair"} {
				if !strings.Contains(string(after), w) {
					t.Errorf("saved file lacks %q:\n%s", w, after)
				}
			}
		})
	}
}

// TestAssessHintsWrapped: the hints eis assess ends with on stderr are
// wrapped to stderr's terminal, as the plan is to stdout's: a command on
// one line where it fits, else broken with a shell's line continuation
// (never inside its quoted file name), so that it pastes as one; to a log
// file a hint stays one line.
func TestAssessHintsWrapped(t *testing.T) {
	save := filepath.Join(t.TempDir(), "my firm.yaml")
	for _, tc := range []struct {
		name, input string
		code        int
		hint, cmd   string // the hint's first words, its command
	}{
		{"interrupted", tinyPartial, ExitInterrupted, "Progress saved to", "eis assess --resume '" + save + "'"},
		{"done", tinyScript, ExitOK, "A report to hand over or print:", "eis plan --answers '" + save + "' --format html --output '" + strings.TrimSuffix(save, ".yaml") + "-plan.html'"},
	} {
		for _, width := range []int{0, 100, 40} {
			t.Run(fmt.Sprintf("%s/width=%d", tc.name, width), func(t *testing.T) {
				os.Remove(save)
				f, _, errOut := assessFactory(t, tc.input, false)
				f.IOStreams.SetTTY(false, false, width > 0)
				if width > 0 {
					f.IOStreams.SetWidth(width)
				}
				if code := Run(f, []string{"assess", "--accessible", "--save", save}); code != tc.code {
					t.Fatalf("exit %d, want %d\n%s", code, tc.code, errOut.String())
				}
				out := errOut.String()
				hint := strings.TrimRight(out[strings.LastIndex(out, tc.hint):], "\n")
				lines := strings.Split(hint, "\n")
				if width == 0 {
					if len(lines) != 1 {
						t.Errorf("to a log, the hint is not one line:\n%s", hint)
					}
					return
				}
				for _, l := range lines {
					// The temporary folder's name is longer than a line.
					if utf8.RuneCountInString(l) > width && !strings.Contains(l, filepath.Dir(save)) {
						t.Errorf("line wider than %d: %q", width, l)
					}
				}
				pasted := strings.Split(strings.ReplaceAll(hint, " \\\n  ", " "), "\n")
				if !slices.ContainsFunc(pasted, func(l string) bool { return strings.Contains(l, tc.cmd) }) || len(lines) < 2 {
					t.Errorf("not wrapped with the command to paste whole:\n%s", hint)
				}
			})
		}
	}
}

// TestAssessReviewStoppedBeforeNewQuestion: a complete file is reviewed, an
// answer changed brings in a question on a later page, and the user stops
// there. The file saved must say complete: false — eis plan refused the
// complete: true it kept ("1 question that applies has no answer") — and
// the hint is "Resume with", not "all your answers are saved".
func TestAssessReviewStoppedBeforeNewQuestion(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"catalogue.yaml", "practices.yaml"} {
		data, err := os.ReadFile(filepath.Join("../survey/testdata/tiny", name))
		if err != nil {
			t.Fatal(err)
		}
		if name == "catalogue.yaml" {
			data = append(data, `  - id: beta.three
    dimension: beta
    kind: yesno
    when:
      answer: {question: alpha.one, in: [done]}
    text: {en: "Do you export it?", da: "Eksporterer I det?"}
    options:
      - {id: no, score: 0, label: {en: No, da: Nej}}
      - {id: yes, score: 1, label: {en: Yes, da: Ja}}
`...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	factory := func(input string) (*Factory, *bytes.Buffer) {
		f, _, errOut := assessFactory(t, input, false)
		f.Embedded = os.DirFS(dir)
		return f, errOut
	}
	save := filepath.Join(t.TempDir(), "acme.yaml")
	f, errOut := factory(tinyScript)
	if code := Run(f, []string{"assess", "--accessible", "--save", save}); code != ExitOK {
		t.Fatalf("first run: exit %d\n%s", code, errOut.String())
	}
	// The review: the alpha page; "All the way" for alpha.one, the rest
	// kept; beta.three is asked next, and the input ends.
	f, errOut = factory("3\n3\n\n\n")
	if code := Run(f, []string{"assess", "--accessible", "--review", save}); code != ExitInterrupted {
		t.Fatalf("review: exit %d, want 130\n%s", code, errOut.String())
	}
	if !strings.Contains(errOut.String(), "Do you export it?") {
		t.Fatalf("beta.three was not asked:\n%s", errOut.String())
	}
	data, _ := os.ReadFile(save)
	if !strings.Contains(string(data), "complete: false") || !strings.Contains(string(data), "alpha.one: done") {
		t.Errorf("saved file:\n%s", data)
	}
	if !strings.Contains(errOut.String(), "Resume with: eis assess --resume") || strings.Contains(errOut.String(), "all your answers") {
		t.Errorf("hint:\n%s", errOut.String())
	}
	f, errOut = factory("")
	if code := Run(f, []string{"plan", "--answers", save}); code != ExitOK {
		t.Errorf("eis plan: exit %d\n%s", code, errOut.String())
	}

	// Stopped in the review of a complete file: all the answers are saved;
	// the hint names the plan and the review, not "Resume with".
	f, errOut = factory("1\n1\n")
	if code := Run(f, []string{"assess", "--accessible", "--resume", save}); code != ExitOK {
		t.Fatalf("resume: exit %d\n%s", code, errOut.String())
	}
	f, errOut = factory("")
	if code := Run(f, []string{"assess", "--accessible", "--review", save}); code != ExitInterrupted {
		t.Fatalf("review: exit %d, want 130\n%s", code, errOut.String())
	}
	want := "Stopped: all your answers are saved in " + save + ". For the plan: eis plan --answers " + save + " — to change an answer: eis assess --review " + save
	if !strings.Contains(errOut.String(), want) || strings.Contains(errOut.String(), "Resume with") {
		t.Errorf("hint lacks %q:\n%s", want, errOut.String())
	}
}
