package i18n

import (
	"fmt"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/diag"
)

func TestT(t *testing.T) {
	t.Parallel()
	da, en := Get("da"), Get("en")
	if got := da.T("cli.usage.hint", "eis"); got != "Kør 'eis --help' for at få hjælp." {
		t.Errorf("da: got %q", got)
	}
	if got := en.T("cli.usage.hint", "eis"); got != "Run 'eis --help' for usage." {
		t.Errorf("en with args: got %q", got)
	}
	if got := (Locale{}).T("cli.usage.hint", "eis"); got != "Run 'eis --help' for usage." {
		t.Errorf("the zero Locale is English: got %q", got)
	}
	if got := Get("fr").Code(); got != "en" {
		t.Errorf("Get(fr) = %s, want English", got)
	}
}

func TestN(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		loc  Locale
		n    int
		want string
	}{
		{English, 1, "1 file"},
		{English, 0, "0 files"},
		{English, 2, "2 files"},
		{Get("da"), 1, "1 fil"},
		{Get("da"), 3, "3 filer"},
	} {
		if got := tt.loc.N("validate.files", tt.n, tt.n); got != tt.want {
			t.Errorf("%s %d: got %q, want %q", tt.loc, tt.n, got, tt.want)
		}
	}
}

// TestPluralForms: the CLDR rules choose the forms, including the few and
// many of Polish and Croatian.
func TestPluralForms(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang string
		n    []int
		want string
	}{
		{"en", []int{1}, "one"}, {"en", []int{0, 2, 5, 21}, "other"},
		{"da", []int{1}, "one"}, {"da", []int{0, 2, 11}, "other"},
		// The EIS regions' languages: Portuguese as Portugal says it (0 is
		// plural), Polish one/few/many, Croatian one/few/other with 21, 31 …
		// singular.
		{"it", []int{1}, "one"}, {"it", []int{0, 2, 5, 21}, "other"},
		{"pt", []int{1}, "one"}, {"pt", []int{0, 2, 5, 21}, "other"},
		{"pl", []int{1}, "one"}, {"pl", []int{2, 3, 4, 22, 24, 34, 102}, "few"}, {"pl", []int{0, 5, 11, 12, 14, 21, 25, 112}, "many"},
		{"hr", []int{1, 21, 31, 101}, "one"}, {"hr", []int{2, 3, 4, 22, 34}, "few"}, {"hr", []int{0, 5, 11, 12, 14, 25}, "other"},
	} {
		l := Locale{lang: tt.lang} // a language without a file yet: only its rules
		for _, n := range tt.n {
			if got := l.pluralForm(n); got != tt.want {
				t.Errorf("%s %d: form %q, want %q", tt.lang, n, got, tt.want)
			}
		}
	}
}

func TestFormat(t *testing.T) {
	t.Parallel()
	m := diag.M("validate.required", diag.M("validate.word.practice"), "organisation")
	if got := Get("da").Format(m); got != `dette element (praksis) mangler "organisation"; tilføj den` {
		t.Errorf("da: got %q", got)
	}
	if got := English.Format(diag.N("validate.limit", 2, 2)); got != "…and 2 more problems in this file" {
		t.Errorf("plural: got %q", got)
	}
	txt := diag.NewText(map[string]string{"en": "Central Denmark", "da": "Region Midtjylland"})
	if got := Get("da").Format(diag.M("assessment.profile.targets", txt)); got != "Målmarkeder: Region Midtjylland" {
		t.Errorf("text: got %q", got)
	}
	l := diag.List{Items: []any{diag.M("assessment.answer.dontKnow"), "x"}, Sep: ", "}
	if got := Get("da").Format(diag.M("validate.rule.none", l)); got != "tom regel; brug en af: Ved ikke, x" {
		t.Errorf("list: got %q", got)
	}
}

func TestPercent(t *testing.T) {
	t.Parallel()
	da := Get("da")
	for _, tt := range []struct {
		loc  Locale
		p    diag.Percent
		want string
	}{
		{English, diag.Percent{Value: 0.4375}, "44%"},
		{da, diag.Percent{Value: 0.4375}, "44\u00a0%"},
		{English, diag.Percent{Value: 0.125}, "13%"}, // half away from zero
		{English, diag.Percent{Value: 0.2457, Decimals: 1}, "24.6%"},
		{da, diag.Percent{Value: 0.2457, Decimals: 1}, "24,6\u00a0%"},
		{English, diag.Percent{Value: 0.25, Decimals: 1, Trim: true}, "25%"},
		{English, diag.Percent{Value: 0.25, Decimals: 1}, "25.0%"},
		{English, diag.Percent{Value: -0.0001}, "0%"},
		{English, diag.Percent{Value: 1}, "100%"},
	} {
		if got := tt.loc.Format(diag.M("render.plan.noscore.clarify", 1)); got == "" {
			t.Fatal("no message")
		}
		if got := tt.loc.arg(tt.p); got != tt.want {
			t.Errorf("%s %+v: got %q, want %q", tt.loc, tt.p, got, tt.want)
		}
	}
}

// TestPercentPerLanguage: each language says a share as its norm writes
// it, as the catalogue's texts of that language do (practices:
// TestTextsKeepTheirForm) — English, Italian and Polish with % after the
// number, Danish, Croatian and Portugal's Portuguese with a no-break space
// before it (CLDR's tables in golang.org/x/text give Croatian and
// Portuguese none) — whole or with a decimal, and at 100 and 0.
func TestPercentPerLanguage(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		lang                 string
		whole, decimal, full string
	}{
		{"en", "28%", "28.5%", "100%"},
		{"da", "28\u00a0%", "28,5\u00a0%", "100\u00a0%"},
		{"it", "28%", "28,5%", "100%"},
		{"pl", "28%", "28,5%", "100%"},
		{"pt", "28\u00a0%", "28,5\u00a0%", "100\u00a0%"},
		{"hr", "28\u00a0%", "28,5\u00a0%", "100\u00a0%"},
	} {
		l := Get(tt.lang)
		got := [4]string{l.Percent(0.28), l.Say(diag.Percent{Value: 0.285, Decimals: 1}), l.Percent(1), l.Percent(0)}
		want := [4]string{tt.whole, tt.decimal, tt.full, strings.Replace(tt.whole, "28", "0", 1)}
		if got != want {
			t.Errorf("%s: got %q, want %q", tt.lang, got, want)
		}
	}
}

func TestPickFallsBackToEnglish(t *testing.T) {
	t.Parallel()
	if got := Get("da").Pick(diag.NewText(map[string]string{"en": "x"})); got != "x" {
		t.Errorf("got %q", got)
	}
	if got := Get("da").Pick(diag.NewText(map[string]string{"en": "x", "da": "y"})); got != "y" {
		t.Errorf("got %q", got)
	}
}

// TestArgsBreakCommands: a value said in a message, by %s or %q, cannot be
// a CI runner's command ("##vso[", "##[", "##teamcity["): its '[' is
// written \x5b.
func TestArgsBreakCommands(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ id, arg, want string }{
		{"survey.country.home", "##vso[task.setvariable variable=PATH]/tmp", `##vso\x5btask.setvariable variable=PATH]/tmp is your own country`},
		{"survey.country.home", "##VSO[x ##[y", `##VSO\x5bx ##\x5by is your own country`},
		{"survey.country.unknown", "##vso[task.complete result=Failed]", `"##vso\x5btask.complete result=Failed]" is not a country`},
		{"survey.country.unknown", "##[add-mask]x", `"##\x5badd-mask]x" is not a country`},
		{"survey.country.unknown", "#vso[x]", `"#vso[x]" is not a country`},
		{"survey.country.home", "##teamcity[setParameter name='env.PATH' value='/tmp']", `##teamcity\x5bsetParameter name='env.PATH' value='/tmp'] is your own country`},
		{"survey.country.unknown", "##TeamCity[buildStatus status='FAILURE']", `"##TeamCity\x5bbuildStatus status='FAILURE']" is not a country`},
	} {
		got := English.T(tt.id, tt.arg)
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("T(%s, %q) = %q, want it to start %q", tt.id, tt.arg, got, tt.want)
		}
	}
}

// TestLongValueQuotedShort: a value a message quotes is cut at MaxQuoted
// characters (multi-byte ones counted as one), with an ellipsis after the
// quote; a value at the bound is quoted whole.
func TestLongValueQuotedShort(t *testing.T) {
	t.Parallel()
	at := strings.Repeat("é", MaxQuoted)
	for _, tt := range []struct{ arg, want string }{
		{at, `"` + at + `" is not a country`},
		{at + "xyz", `"` + at + `"… is not a country`},
		{strings.Repeat("x", 300000), `"` + strings.Repeat("x", MaxQuoted) + `"… is not a country`},
		{strings.Repeat("\a", MaxQuoted+1), `"` + strings.Repeat(`\a`, MaxQuoted) + `"… is not a country`},
	} {
		got := English.T("survey.country.unknown", tt.arg)
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("T(%.20q…) = %.300q, want it to start %.300q", tt.arg, got, tt.want)
		}
	}
}

// TestDiagnosticSeverity: a diagnostic's line for a person says its
// severity in the language ("fejl:", not "error:"); eis validate's
// StableDiagnostic keeps "error" and "warning" for the tools that parse
// it, and says only the message in the language.
func TestDiagnosticSeverity(t *testing.T) {
	t.Parallel()
	e := diag.At("a.yaml", 3, 7, diag.SevError, "yaml", diag.M("answers.file.token"))
	w := diag.At("a.yaml", 1, 1, diag.SevWarning, "catalogue-unpinned", diag.M("answers.catalogue.missing"))
	words := map[string][2]string{
		"en": {"error", "warning"},
		"da": {"fejl", "advarsel"},
		"it": {"errore", "attenzione"},
		"pl": {"błąd", "uwaga"},
		"pt": {"erro", "aviso"},
		"hr": {"pogreška", "upozorenje"},
	}
	for _, lang := range Languages {
		loc := Get(lang)
		want, ok := words[lang]
		if !ok {
			t.Errorf("%s: no severity words in this test", lang)
			continue
		}
		for i, d := range []diag.Diagnostic{e, w} {
			msg := loc.Format(d.Message)
			prefix := fmt.Sprintf("a.yaml:%d:%d: ", d.Line, d.Col)
			if got, line := loc.Diagnostic(d), prefix+want[i]+": "+msg+" ["+d.Rule+"]"; got != line {
				t.Errorf("%s Diagnostic:\ngot  %s\nwant %s", lang, got, line)
			}
			if got, line := loc.StableDiagnostic(d), prefix+string(d.Severity)+": "+msg+" ["+d.Rule+"]"; got != line {
				t.Errorf("%s StableDiagnostic:\ngot  %s\nwant %s", lang, got, line)
			}
		}
	}
}
