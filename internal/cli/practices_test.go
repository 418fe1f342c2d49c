package cli

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/render"
)

func TestNewCmdPracticesList(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		lang     string
		want     PracticesListOptions
		wantErr  string
		wantCode int
	}{
		{name: "no filters", want: PracticesListOptions{Format: "text", Locale: i18n.Get("en")}},
		{name: "every filter", args: []string{"--region", "dk-central", "--dimension", "strategy", "--stage", "exploring", "--format", "json"},
			want: PracticesListOptions{Regions: []string{"dk-central"}, Dimensions: []string{"strategy"}, Stages: []string{"exploring"}, Format: "json", Locale: i18n.Get("en")}},
		{name: "lists and short flags", args: []string{"-r", "dk-central,eu", "-r", "global", "-s", "exploring,expanding"}, lang: "da",
			want: PracticesListOptions{Regions: []string{"dk-central", "eu", "global"}, Stages: []string{"exploring", "expanding"}, Format: "text", Locale: i18n.Get("da")}},
		{name: "markdown is not a list format", args: []string{"--format", "markdown"},
			wantErr: `--format "markdown" is not known; use one of: text, json`, wantCode: ExitUsage},
		{name: "no arguments", args: []string{"dk"}, wantErr: "unknown command", wantCode: ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, _, _ := rtFactory(t)
			f.Locale = i18n.Get(tt.lang)
			var got *PracticesListOptions
			cmd := NewCmdPracticesList(f, func(o *PracticesListOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || exitCode(err) != tt.wantCode {
					t.Fatalf("err = %v (exit %d), want %q (exit %d)", err, exitCode(err), tt.wantErr, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Regions, tt.want.Regions) || !slices.Equal(got.Dimensions, tt.want.Dimensions) ||
				!slices.Equal(got.Stages, tt.want.Stages) || got.Format != tt.want.Format || got.Locale != tt.want.Locale {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestPracticesListRun(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name       string
		opts       PracticesListOptions
		tty        bool // stdout is a terminal (80 columns)
		cols       int  // $COLUMNS (SetWidth); 0 for unset
		wantOut    string
		wantStderr string
		wantErr    string
		wantCode   int
	}{
		{name: "all, text, to a pipe: flat, no title cut", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en")}, wantOut: `ID                  REGION             TITLE                                                                    CONFIDENCE
dk-screening        dk-central         Screening of international growth potential                              verified
method-export-plan  global             Write a one-page export plan with market, customers, channel and budget  partial
it-fair-vouchers    it-emilia-romagna  (historic) Trade-fair vouchers                                           verified
eu-een              eu                 Enterprise Europe Network partner search                                 unverified
`},
		{name: "by dimension and stage, to a pipe", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Dimensions: []string{"digital-sales"}, Stages: []string{"expanding"}},
			wantOut: `ID                REGION             TITLE                                     CONFIDENCE
it-fair-vouchers  it-emilia-romagna  (historic) Trade-fair vouchers            verified
eu-een            eu                 Enterprise Europe Network partner search  unverified
`},
		{name: "by region, Danish, to a pipe", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("da"), Regions: []string{"dk-central", "global"}},
			wantOut: `ID                  REGION      TITEL                                                                PÅLIDELIGHED
dk-screening        dk-central  Screening af internationalt vækstpotentiale                          efterprøvet
method-export-plan  global      Skriv en eksportplan på én side med marked, kunder, kanal og budget  delvis
`},
		{name: "on an 80-column terminal: grouped by region, titles cut", tty: true, opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en")},
			wantOut: `  ID                  TITLE                                           CONFIDENCE

dk-central — Central Denmark
  dk-screening        Screening of international growth potential     verified

global — Any firm, anywhere
  method-export-plan  Write a one-page export plan with market, cus…  partial

it-emilia-romagna — Emilia-Romagna
  it-fair-vouchers    (historic) Trade-fair vouchers                  verified

eu — EU-wide
  eu-een              Enterprise Europe Network partner search        unverified
`},
		{name: "filtered on the same terminal: still grouped", tty: true, opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Regions: []string{"eu"}},
			wantOut: `  ID      TITLE                                     CONFIDENCE

eu — EU-wide
  eu-een  Enterprise Europe Network partner search  unverified
`},
		{name: "COLUMNS=120 on a terminal: flat, titles cut to 120", tty: true, cols: 120, opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en")},
			wantOut: `ID                  REGION             TITLE                                                                  CONFIDENCE
dk-screening        dk-central         Screening of international growth potential                            verified
method-export-plan  global             Write a one-page export plan with market, customers, channel and bud…  partial
it-fair-vouchers    it-emilia-romagna  (historic) Trade-fair vouchers                                         verified
eu-een              eu                 Enterprise Europe Network partner search                               unverified
`},
		{name: "COLUMNS=80 to a pipe: grouped, nothing cut", cols: 80, opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Regions: []string{"global"}},
			wantOut: `  ID                  TITLE                                                                    CONFIDENCE

global — Any firm, anywhere
  method-export-plan  Write a one-page export plan with market, customers, channel and budget  partial
`},
		{name: "nothing matches", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Regions: []string{"eu"}, Stages: []string{"exploring"}},
			wantStderr: "no practices match these filters\n"},
		{name: "nothing matches, json", opts: PracticesListOptions{Format: "json", Locale: i18n.Get("en"), Regions: []string{"eu"}, Stages: []string{"exploring"}},
			wantOut: "{\n  \"schema_version\": 1,\n  \"language\": \"en\",\n  \"practices\": []\n}\n"},
		{name: "unknown region", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Regions: []string{"dk-central", "mars"}},
			wantErr: `--region "mars" is not in the catalogue; use one of: dk-central, it-emilia-romagna, eu, global`, wantCode: ExitUsage},
		{name: "unknown dimension", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Dimensions: []string{"luck"}},
			wantErr: `--dimension "luck" is not in the catalogue; use one of: strategy, digital-sales`, wantCode: ExitUsage},
		{name: "unknown stage", opts: PracticesListOptions{Format: "text", Locale: i18n.Get("en"), Stages: []string{"done"}},
			wantErr: `--stage "done" is not in the catalogue; use one of: exploring, first-exports, expanding, established`, wantCode: ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, out, errOut := rtFactory(t)
			f.IOStreams.SetTTY(false, tt.tty, false)
			if tt.cols > 0 {
				f.IOStreams.SetWidth(tt.cols)
			}
			opts := tt.opts
			opts.IO, opts.Catalogue = f.IOStreams, f.Catalogue
			err := practicesListRun(&opts)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr || exitCode(err) != tt.wantCode {
					t.Fatalf("err = %v (exit %d), want %q (exit %d)", err, exitCode(err), tt.wantErr, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.wantOut {
				t.Errorf("stdout =\n%s\nwant\n%s", out, tt.wantOut)
			}
			if errOut.String() != tt.wantStderr {
				t.Errorf("stderr = %q, want %q", errOut, tt.wantStderr)
			}
		})
	}
}

func TestPracticesListJSON(t *testing.T) {
	t.Parallel()
	f, out, _ := rtFactory(t)
	opts := &PracticesListOptions{IO: f.IOStreams, Catalogue: f.Catalogue, Locale: i18n.Get("da"), Format: "json", Regions: []string{"it-emilia-romagna"}}
	if err := practicesListRun(opts); err != nil {
		t.Fatal(err)
	}
	var list render.PracticeListJSON
	if err := json.Unmarshal(out.Bytes(), &list); err != nil {
		t.Fatal(err)
	}
	if list.SchemaVersion != render.PracticesSchemaVersion || list.Language != "da" {
		t.Errorf("schema_version %d, language %q; want %d, da", list.SchemaVersion, list.Language, render.PracticesSchemaVersion)
	}
	items := list.Practices
	want := render.PracticeItem{
		ID: "it-fair-vouchers", Region: "it-emilia-romagna", RegionName: "Emilia-Romagna", Title: "Messevouchers",
		Summary: "En del af standudgifterne på internationale messer.", Organisation: "Regione Emilia-Romagna",
		Type: "programme", Stages: []string{"first-exports", "expanding"}, Dimensions: []string{"digital-sales"}, Needs: []string{},
		Status: "historic", Confidence: "verified", Effort: "high", Cost: "medium", Impact: "medium",
		LastVerified: "2026-03-10", ValidUntil: "2020-12-31",
	}
	if len(items) != 1 {
		t.Fatalf("got %d items, want 1", len(items))
	}
	g, _ := json.Marshal(items[0])
	w, _ := json.Marshal(want)
	if !bytes.Equal(g, w) {
		t.Errorf("item =\n%s\nwant\n%s", g, w)
	}
	for _, key := range []string{`"url": ""`, `"needs": []`} {
		if !strings.Contains(out.String(), key) {
			t.Errorf("JSON lacks %s (keys are always present, lists never null)", key)
		}
	}
}

func TestNewCmdPracticesShow(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		args     []string
		want     PracticesShowOptions
		wantErr  string
		wantCode int
	}{
		{name: "id", args: []string{"dk-screening"}, want: PracticesShowOptions{ID: "dk-screening", Format: "text"}},
		{name: "json", args: []string{"eu-een", "-f", "json"}, want: PracticesShowOptions{ID: "eu-een", Format: "json"}},
		{name: "no id", args: nil, wantErr: "accepts 1 arg(s), received 0", wantCode: ExitUsage},
		{name: "two ids", args: []string{"a", "b"}, wantErr: "accepts 1 arg(s), received 2", wantCode: ExitUsage},
		{name: "bad format", args: []string{"a", "--format", "html"}, wantErr: `--format "html" is not known; use one of: text, json`, wantCode: ExitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, _, _ := rtFactory(t)
			var got *PracticesShowOptions
			cmd := NewCmdPracticesShow(f, func(o *PracticesShowOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{}, tt.args...)) // never nil: cobra would read os.Args
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || exitCode(err) != tt.wantCode {
					t.Fatalf("err = %v (exit %d), want %q (exit %d)", err, exitCode(err), tt.wantErr, tt.wantCode)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.ID != tt.want.ID || got.Format != tt.want.Format {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestPracticesShowRun(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		id, lang string
		format   string
		wantHead string // the start of stdout
		wantErr  string
	}{
		{name: "text", id: "eu-een", lang: "en", format: "text",
			wantHead: "Enterprise Europe Network partner search\neu-een\n\nRegion:        EU-wide (eu)\nOrganisation:  Enterprise Europe Network\n"},
		{name: "Danish", id: "eu-een", lang: "da", format: "text",
			wantHead: "Enterprise Europe Network partnersøgning\neu-een\n\nRegion:             Hele EU (eu)\n"},
		{name: "json keeps every language", id: "it-fair-vouchers", lang: "en", format: "json",
			wantHead: "{\n  \"schema_version\": 1,\n  \"practice\": {\n    \"id\": \"it-fair-vouchers\",\n    \"region\": \"it-emilia-romagna\",\n    \"type\": \"programme\",\n    \"title\": {\n      \"da\": \"Messevouchers\",\n      \"en\": \"Trade-fair vouchers\"\n    },\n"},
		{name: "unknown, with a suggestion", id: "dk-screen", lang: "en", format: "text",
			wantErr: "no practice \"dk-screen\"; run 'eis practices list'\ndid you mean: dk-screening?"},
		{name: "unknown, typo", id: "eu-eem", lang: "en", format: "text",
			wantErr: "no practice \"eu-eem\"; run 'eis practices list'\ndid you mean: eu-een?"},
		{name: "unknown, nothing close", id: "zzzzzzzz", lang: "da", format: "text",
			wantErr: "der er ingen praksis med ID'et \"zzzzzzzz\"; kør 'eis practices list'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f, out, _ := rtFactory(t)
			opts := &PracticesShowOptions{IO: f.IOStreams, Catalogue: f.Catalogue, Locale: i18n.Get(tt.lang), ID: tt.id, Format: tt.format}
			err := practicesShowRun(opts)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr || exitCode(err) != ExitFailure {
					t.Fatalf("err = %q (exit %d), want %q (exit 1)", err, exitCode(err), tt.wantErr)
				}
				if out.Len() != 0 {
					t.Errorf("stdout = %q on failure", out)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(out.String(), tt.wantHead) {
				t.Errorf("stdout starts\n%s\nwant\n%s", out.String()[:min(len(out.String()), len(tt.wantHead)+40)], tt.wantHead)
			}
		})
	}
}
