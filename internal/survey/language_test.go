package survey

import (
	"bytes"
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

// TestRegionLanguage: the language offered is the region's (Alentejo →
// Portuguese), else the home country's for a firm from elsewhere — and
// only a language eis speaks, so each EIS region's language lights up as
// it is added to i18n.Languages.
func TestRegionLanguage(t *testing.T) {
	t.Parallel()
	cat := embedded(t)
	speaks := func(l string) string {
		if i18n.Supported(l) {
			return l
		}
		return ""
	}
	for _, tt := range []struct {
		region, home string
		want         string
	}{
		{"dk-central", "", "da"},
		{"uk-hampshire", "", "en"},
		{"ie-donegal", "", "en"}, // en, ga: the first eis speaks
		{"it-emilia-romagna", "", speaks("it")},
		{"pt-alentejo", "", speaks("pt")},
		{"pl-pomorskie", "", speaks("pl")},
		{"hr-koprivnica-krizevci", "", speaks("hr")},
		{"other-eu", "", ""},
		{"other-eu", "DK", "da"},
		{"other-eu", "AT", ""}, // German: not (yet) a language of eis
		{"non-eu", "GB", "en"},
	} {
		f := answers.New(cat, "en", testNow)
		f.Answers["region"] = answers.Single(tt.region)
		if tt.home != "" {
			f.Answers["home-country"] = answers.Single(tt.home)
		}
		if got := RegionLanguage(cat, f); got != tt.want {
			t.Errorf("%s %s: got %q, want %q", tt.region, tt.home, got, tt.want)
		}
	}
	if got := RegionLanguage(cat, answers.New(cat, "en", testNow)); got != "" {
		t.Errorf("no region yet: got %q", got)
	}
}

// tinyDanishHome is the tiny catalogue with its home region speaking
// Danish, read afresh (tests share tiny's).
func tinyDanishHome(t *testing.T) *catalogue.Catalogue {
	t.Helper()
	cat, diags, err := catalogue.Load(os.DirFS("testdata/tiny"))
	if err != nil || diags.HasErrors() {
		t.Fatalf("loading testdata/tiny: %v %v", err, diags)
	}
	cat.Region("home").Languages = []string{"da"}
	return cat
}

// TestOfferLanguage: on the terminal, once the firm's region is known, eis
// offers its language; Enter takes it (the next pages and the file's
// language follow), n keeps the current one in a keystroke; nothing is
// offered when the run's language was chosen, nor when it is already the
// region's.
func TestOfferLanguage(t *testing.T) {
	t.Parallel()
	cat := tinyDanishHome(t)
	for _, tt := range []struct {
		name     string
		lang     string
		offer    bool
		key      []string // typed on the offer; none: Enter
		want     string   // the file's language
		wantPage string   // a page title after the profile
		offered  bool
	}{
		{name: "enter takes it", lang: "en", offer: true, want: "da", wantPage: "Alfa · 1 af 2", offered: true},
		{name: "n keeps the current one", lang: "en", offer: true, key: []string{"n"}, want: "en", wantPage: "Alpha · 1 of 2", offered: true},
		{name: "chosen language", lang: "en", offer: false, want: "en", wantPage: "Alpha · 1 of 2"},
		{name: "already the region's", lang: "da", offer: true, want: "da", wantPage: "Alfa · 1 af 2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			choices := Choices{}
			for k, v := range fullChoices {
				choices[k] = v
			}
			if tt.key != nil {
				choices[keyLanguage] = tt.key
			}
			kr := &keyRunner{t: t, cat: cat, lang: tt.lang, choices: choices}
			s := &memSaver{}
			var told []string
			f := answers.New(cat, tt.lang, testNow)
			err := Run(context.Background(), Options{
				Catalogue: cat, Locale: i18n.Get(tt.lang), Respondent: true, Now: fixedNow, Save: s.save, runner: kr,
				OfferLanguage: tt.offer, LanguageChanged: func(l i18n.Locale) { told = append(told, l.Code()) },
			}, f)
			if err != nil {
				t.Fatal(err)
			}
			if got := slices.Contains(kr.asked, keyLanguage); got != tt.offered {
				t.Errorf("offered: %v, want %v (fields %v)", got, tt.offered, kr.asked)
			}
			if tt.offered && kr.asked[slices.Index(kr.asked, keyLanguage)-1] != "exports" {
				t.Errorf("offered at the wrong place: %v", kr.asked)
			}
			if !slices.Contains(kr.pages, tt.wantPage) {
				t.Errorf("pages %q lack %q", kr.pages, tt.wantPage)
			}
			if !strings.Contains(s.last(), "\nlanguage: "+tt.want+"\n") {
				t.Errorf("saved file's language is not %s:\n%s", tt.want, s.last())
			}
			if tt.want != tt.lang && !slices.Equal(told, []string{tt.want}) {
				t.Errorf("LanguageChanged told %v, want [%s]", told, tt.want)
			}
			if tt.want == tt.lang && told != nil {
				t.Errorf("LanguageChanged told %v, want nothing", told)
			}
			if !strings.Contains(s.last(), "complete: true") {
				t.Errorf("not complete:\n%s", s.last())
			}
		})
	}
}

// TestOfferLanguageAccessible: in accessible mode the offer is a numbered
// choice, its question in the offered language, the reason in the
// current one; Enter alone takes it, 2 keeps the current language. (The
// tiny catalogue names no languages: the offered one is named in itself.)
func TestOfferLanguageAccessible(t *testing.T) {
	t.Parallel()
	cat := tinyDanishHome(t)
	order := fieldOrder(t, cat, fullChoices, true, false)
	at := slices.Index(order, "exports") + 1
	order = slices.Insert(order, at, keyLanguage)
	for _, tt := range []struct {
		line       string
		want       string
		wantPrompt string
	}{
		{"", "da", "Skriv et tal mellem 1 og 3: "},
		{"2", "en", "Enter a number between 1 and 3: "},
	} {
		choices := Choices{keyLanguage: {tt.line}}
		for k, v := range fullChoices {
			choices[k] = v
		}
		input := accessibleScript(t, cat, "en", order, choices, nil)
		var out bytes.Buffer
		s := &memSaver{}
		f := answers.New(cat, "en", testNow)
		err := Run(context.Background(), Options{
			Catalogue: cat, Locale: i18n.English, Accessible: true, In: iotest.OneByteReader(strings.NewReader(input)), Out: &out,
			Respondent: true, Now: fixedNow, Save: s.save, OfferLanguage: true,
		}, f)
		if err != nil {
			t.Fatalf("%q: %v\n%s", tt.line, err, out.String())
		}
		o := out.String()
		offer := "Fortsæt på dansk?\neis can ask the rest of the questions and write your plan in dansk, the language of Home region.\n1. Ja, på dansk\n2. No, keep English\nEnter a number between 1 and 2: "
		if !strings.Contains(o, offer) {
			t.Errorf("%q: the offer is not\n%s\nin\n%s", tt.line, offer, o)
		}
		if after := o[strings.Index(o, offer):]; !strings.Contains(after, tt.wantPrompt) {
			t.Errorf("%q: after the offer, no %q:\n%s", tt.line, tt.wantPrompt, after)
		}
		if !strings.Contains(s.last(), "\nlanguage: "+tt.want+"\n") || !strings.Contains(s.last(), "complete: true") {
			t.Errorf("%q: saved file is not complete in %s:\n%s", tt.line, tt.want, s.last())
		}
	}
}
