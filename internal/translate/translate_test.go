package translate

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

// copyDir copies the fixture folder src into a temporary folder.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// write writes Apply's output to disk.
func write(t *testing.T, out map[*File][]byte) {
	t.Helper()
	for f, data := range out {
		if err := os.WriteFile(f.Path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestKeys(t *testing.T) {
	c, err := Load("testdata/mini", "")
	if err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, s := range c.Sites {
		keys = append(keys, s.Key)
	}
	want := []string{
		"catalogue.yaml: catalogue.title",
		"dimensions.yaml: dimensions[strategy].title",
		"dimensions.yaml: dimensions[strategy].description",
		"dimensions.yaml: dimensions[strategy].clarify_with",
		"regions/xx-test.yaml: practices[xx-grant].title",
		"regions/xx-test.yaml: practices[xx-grant].summary",
		"regions/xx-test.yaml: practices[xx-grant].description",
		"regions/xx-test.yaml: practices[xx-grant].idea",
		"regions/xx-test.yaml: practices[xx-grant].steps[0]",
		"regions/xx-test.yaml: practices[xx-grant].steps[1]",
		"regions/xx-test.yaml: practices[xx-grant].steps[2]",
	}
	if !slices.Equal(keys, want) {
		t.Errorf("keys:\n%s\nwant:\n%s", strings.Join(keys, "\n"), strings.Join(want, "\n"))
	}
	if got := c.Site("dimensions.yaml: dimensions[strategy].clarify_with").Texts["en"]; got != "the owners' board" {
		t.Errorf("single-quoted text: %q", got)
	}
	if got := c.Order; !slices.Equal(got, []string{"en", "da"}) {
		t.Errorf("order %v", got)
	}
}

// tricky are texts that need care in YAML: quotes, backslashes, a colon
// and blank, a hash after a blank, unicode, a long text, a text that
// would be a boolean or a number plain.
// long is a text longer than a line.
var long = strings.Repeat("Una descrizione lunga che si ripete, ", 12) + "fine."

var tricky = []string{
	`Sovvenzione "grande" — l'impresa`,
	`path C:\dir\file and a tab	here`,
	"key: value # not a comment",
	"Ærø → Łódź, Koprivnica-Križevci, 50 000 zł, 2,5 mln €",
	strings.Repeat("Una descrizione lunga che si ripete, ", 12) + "fine.",
	"no",
	"1.5",
	"- a dash first",
	"multi\nline",
}

// TestRoundTrip: extract, fill in a new language, apply; the files then
// hold exactly the new texts (read back by yaml.v3 and by the catalogue
// loader), every old line and comment is still there in order, the
// language is declared in progress, and applying again changes nothing.
func TestRoundTrip(t *testing.T) {
	dir := copyDir(t, "testdata/mini")
	c, err := Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	before := map[string][]byte{}
	for _, f := range c.Files {
		before[f.Path] = f.Data
	}
	x := c.Extract("xx", Sums{}, []string{"da"})
	want := map[string]string{}
	for i := range x.Entries {
		e := &x.Entries[i]
		if e.Status != StatusNew {
			t.Errorf("%s: status %s, want new", e.Key, e.Status)
		}
		e.Texts["xx"] = tricky[i%len(tricky)]
		if strings.HasSuffix(e.Key, ".description") {
			e.Texts["xx"] = long
		}
		want[e.Key] = e.Texts["xx"]
	}
	x.Translator = "Tester"
	p := c.Plan(x)
	if len(p.Edits) != len(x.Entries) || p.New != len(x.Entries) || len(p.Refused) > 0 {
		t.Fatalf("plan: %d edits, %d new, refused %v", len(p.Edits), p.New, p.Refused)
	}
	out, err := c.Apply(p.Edits)
	if err != nil {
		t.Fatal(err)
	}
	cf := c.catalogueFile()
	d, err := Declare(out[cf], "xx", "Tester", "")
	if err != nil {
		t.Fatal(err)
	}
	out[cf] = d
	write(t, out)

	// Every line of each file is still there, in order, comments included.
	for path, old := range before {
		now, _ := os.ReadFile(path)
		nl := strings.Split(inserted.ReplaceAllString(string(now), ""), "\n")
		j := 0
		for _, l := range strings.Split(string(old), "\n") {
			for j < len(nl) && nl[j] != l {
				j++
			}
			if j == len(nl) {
				t.Errorf("%s: line %q is gone or moved", path, l)
				break
			}
			j++
		}
	}
	// The texts read back, through this package and the catalogue loader.
	c2, err := Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c2.Sites {
		if s.Texts["xx"] != want[s.Key] {
			t.Errorf("%s: xx = %q, want %q", s.Key, s.Texts["xx"], want[s.Key])
		}
		if s.Texts["en"] != c.Site(s.Key).Texts["en"] || s.Texts["da"] != c.Site(s.Key).Texts["da"] {
			t.Errorf("%s: the other languages changed", s.Key)
		}
	}
	cat, diags, err := catalogue.Parse(os.DirFS(dir))
	if err != nil || diags.HasErrors() {
		t.Fatalf("the catalogue loader: %v %v", err, diags)
	}
	if tr := cat.Meta.Translations.Get("xx"); tr == nil || tr.Translator != "Tester" {
		t.Errorf("xx is not declared: %+v", cat.Meta.Translations)
	}
	if got := cat.Dimensions[0].Title.In("xx"); got != want["dimensions.yaml: dimensions[strategy].title"] {
		t.Errorf("loader reads %q", got)
	}
	if !c2.Declared["xx"] || !slices.Equal(c2.Order, []string{"en", "da", "xx"}) {
		t.Errorf("declared %v, order %v", c2.Declared, c2.Order)
	}
	// The folded English gets a folded translation, at the same indentation.
	data, _ := os.ReadFile(filepath.Join(dir, "regions", "xx-test.yaml"))
	if !strings.Contains(string(data), "\n      xx: >-\n        Una descrizione lunga") {
		t.Errorf("the long text is not folded like the English:\n%s", data)
	}
	for _, l := range strings.Split(string(data), "\n") {
		if len([]rune(l)) > FoldWidth && strings.Contains(l, "lunga") && !strings.Contains(l, "title") && strings.HasPrefix(l, "        ") {
			t.Errorf("folded line longer than %d: %q", FoldWidth, l)
		}
	}

	// Idempotent.
	p2 := c2.Plan(x)
	if len(p2.Edits) != 0 || p2.Unchanged != len(x.Entries) {
		t.Errorf("second apply: %d edits, %d unchanged", len(p2.Edits), p2.Unchanged)
	}
	if d2, err := Declare(mustRead(t, filepath.Join(dir, "catalogue.yaml")), "xx", "Tester", ""); err != nil || string(d2) != string(mustRead(t, filepath.Join(dir, "catalogue.yaml"))) {
		t.Errorf("declaring again changed the file: %v", err)
	}
}

// inserted is what Apply adds to a flow mapping.
var inserted = regexp.MustCompile(`, xx: "(?:[^"\\]|\\.)*"`)

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestReplace: texts already there are replaced in place, whatever their
// style (plain over two lines, single-quoted, folded, flow), and nothing
// else moves.
func TestReplace(t *testing.T) {
	dir := copyDir(t, "testdata/mini")
	c, err := Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	x := c.Extract("da", Sums{}, nil)
	want := map[string]string{}
	for i := range x.Entries {
		e := &x.Entries[i]
		if e.Texts["da"] == "" {
			continue
		}
		e.Texts["da"] = "NY " + tricky[i%len(tricky)]
		want[e.Key] = e.Texts["da"]
	}
	p := c.Plan(x)
	if p.Replaced != len(want) {
		t.Fatalf("replaced %d, want %d", p.Replaced, len(want))
	}
	out, err := c.Apply(p.Edits)
	if err != nil {
		t.Fatal(err)
	}
	write(t, out)
	c2, err := Load(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c2.Sites {
		if w, ok := want[s.Key]; ok && s.Texts["da"] != w {
			t.Errorf("%s: da = %q, want %q", s.Key, s.Texts["da"], w)
		}
	}
	data := string(mustRead(t, filepath.Join(dir, "regions", "xx-test.yaml")))
	for _, keep := range []string{"# Practices of a test region.", "      # a comment between the English and the Danish", "# a comment at the end", "      en: A plain text\n        that runs over two lines."} {
		if !strings.Contains(data, keep) {
			t.Errorf("lost %q:\n%s", keep, data)
		}
	}
	// A short text beside a folded English is one quoted line.
	if !strings.Contains(data, "\n      da: \"NY 1.5\"\n") {
		t.Errorf("the short text is not one quoted line:\n%s", data)
	}
	if strings.Contains(data, "to linjer") || strings.Contains(data, "120 kolonner") {
		t.Errorf("old Danish left behind:\n%s", data)
	}
}

// TestStatusAndRefusals: a sums file marks texts done; an English edited
// since makes them changed; apply refuses an extraction made before the
// edit and a key that is gone, and Rest gives them back with the new
// English.
func TestStatusAndRefusals(t *testing.T) {
	dir := copyDir(t, "testdata/mini")
	c, _ := Load(dir, "")
	x := c.Extract("da", Sums{}, nil)
	sums := Sums{}
	for _, e := range x.Entries {
		if e.Texts["da"] != "" {
			sums[e.Key] = e.Hash
		}
	}
	if err := os.WriteFile(SumsPath(dir, "da"), nil, 0o644); err == nil {
		t.Fatal("the translations folder should not exist yet")
	}
	os.MkdirAll(filepath.Join(dir, "translations"), 0o755)
	if err := os.WriteFile(SumsPath(dir, "da"), sums.Bytes("da"), 0o644); err != nil {
		t.Fatal(err)
	}
	read, err := ReadSums(SumsPath(dir, "da"))
	if err != nil || !reflect.DeepEqual(read, sums) {
		t.Fatalf("sums read back %v, %v", read, err)
	}
	// Edit one English text.
	path := filepath.Join(dir, "dimensions.yaml")
	old := mustRead(t, path)
	os.WriteFile(path, []byte(strings.Replace(string(old), "Strategy and commitment", "Strategy and will", 1)), 0o644)
	c2, _ := Load(dir, "")
	x2 := c2.Extract("da", read, nil)
	status := map[string]string{}
	for _, e := range x2.Entries {
		status[e.Key] = e.Status
	}
	if status["dimensions.yaml: dimensions[strategy].title"] != StatusChanged || status["catalogue.yaml: catalogue.title"] != StatusDone || status["regions/xx-test.yaml: practices[xx-grant].steps[2]"] != StatusNew {
		t.Errorf("statuses: %v", status)
	}
	// The old extraction, with a text for a key that is gone.
	for i := range x.Entries {
		x.Entries[i].Texts["da"] = "x " + x.Entries[i].Texts["en"]
	}
	x.Entries = append(x.Entries, Entry{Key: "dimensions.yaml: dimensions[gone].title", Hash: Hash("Gone"), Texts: map[string]string{"en": "Gone", "da": "Væk"}})
	p := c2.Plan(x)
	var reasons []string
	for _, r := range p.Refused {
		reasons = append(reasons, r.Entry.Key+": "+r.Reason)
	}
	if len(p.Refused) != 2 || !strings.Contains(reasons[0], "English changed") || !strings.Contains(reasons[1], "no longer in the catalogue") {
		t.Errorf("refused: %v", reasons)
	}
	rest := p.Rest(x, c2)
	if len(rest.Entries) != 1 || rest.Entries[0].Texts["en"] != "Strategy and will" || rest.Entries[0].Texts["da"] != "x Strategy and commitment" || rest.Entries[0].Status != StatusChanged {
		t.Errorf("rest: %+v", rest.Entries)
	}
	// A text marked changed and left as it was is not taken as checked,
	// until its status says done.
	x3 := c2.Extract("da", read, nil)
	p3 := c2.Plan(x3)
	if p3.Unreviewed != 1 || p3.Untranslated != 1 || len(p3.Edits) != 0 || p3.Recorded["dimensions.yaml: dimensions[strategy].title"] != "" {
		t.Errorf("plan of an untouched extraction: %+v", p3)
	}
	for i := range x3.Entries {
		if x3.Entries[i].Status == StatusChanged {
			x3.Entries[i].Status = StatusDone
		}
	}
	if p := c2.Plan(x3); p.Unreviewed != 0 || p.Recorded["dimensions.yaml: dimensions[strategy].title"] != Hash("Strategy and will") {
		t.Errorf("a changed text confirmed done: %+v", p)
	}
}

// TestExtractionFile: what Write writes, ReadExtraction reads back, lines
// included; a broken file names its line.
func TestExtractionFile(t *testing.T) {
	c, _ := Load("testdata/mini", "")
	x := c.Extract("it", Sums{}, []string{"da"})
	x.Translator = `Anna "A." Rossi`
	x.Entries[1].Texts["it"] = tricky[1]
	p := filepath.Join(t.TempDir(), "it.yaml")
	f, _ := os.Create(p)
	if err := x.Write(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	y, err := ReadExtraction(p)
	if err != nil {
		t.Fatal(err)
	}
	if y.Lang != "it" || y.Translator != x.Translator || len(y.Entries) != len(x.Entries) || y.Entries[1].Texts["it"] != tricky[1] || y.Entries[0].Texts["da"] != "Minikatalog" || y.Entries[0].Line == 0 {
		t.Errorf("read back: %+v", y)
	}
	for _, tt := range []struct{ in, err string }{
		{"version: 1\nlanguage: it\nentries:\n  - key: a\n    hash: b\n    status: nouveau\n", "status \"nouveau\""},
		{"version: 1\nlanguage: it\nentries:\n  - key: a\n    hash: b\n  - key: a\n    hash: b\n", ":6:5: \"a\" is here twice"},
		{"version: 1\nlanguage: italian\nentries: []\n", "language code"},
		{"version: 1\nlanguage: it\nentries:\n  - key: a\n    hash: b\n    it: [x]\n", "put a text in quotes"},
	} {
		os.WriteFile(p, []byte(tt.in), 0o644)
		if _, err := ReadExtraction(p); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%q: got %v, want %q", tt.in, err, tt.err)
		}
	}
}

func TestQuoteAndFold(t *testing.T) {
	for _, s := range append(tricky, "\u2028", "\x1b[31m", "") {
		var got struct{ K string }
		if err := unmarshal("k: "+quote(s)+"\n", &got); err != nil || got.K != s {
			t.Errorf("quote(%q) = %s reads back as %q (%v)", s, quote(s), got.K, err)
		}
	}
	if _, ok := fold("a  b", 4); ok {
		t.Error("a double blank cannot be folded")
	}
	if _, ok := fold("multi\nline", 4); ok {
		t.Error("a line break cannot be folded")
	}
	s, ok := fold(long, 8)
	if !ok || !strings.HasPrefix(s, ">-\n        Una") {
		t.Errorf("fold: %q %v", s, ok)
	}
}

func unmarshal(s string, v any) error { return yaml.Unmarshal([]byte(s), v) }

func TestChecker(t *testing.T) {
	en, err := LoadGlossary("testdata/glossary/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	it, err := LoadGlossary("testdata/glossary/it.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ck := &Checker{Lang: "it", En: en, G: it}
	for _, tt := range []struct {
		key, in, en, it string
		want            []string // kinds, in order
	}{
		{"k", InCatalogue, "Up to €2.5 million, 45% of costs.", "Fino a 2,5 milioni di euro, 45% dei costi.", nil},
		{"k", InCatalogue, "Up to €2.5 million.", "Fino a 2.5 milioni di euro.", []string{"number"}},
		{"k", InCatalogue, "Up to €2.5 million.", "Fino a 2,5 milioni.", []string{"currency"}},
		{"k", InCatalogue, "Measure 2.25 of FENG, action 3.4.1.", "Misura 2.25 del FENG, azione 3.4.1.", nil},
		{"k", InCatalogue, "From 1,000 to 50,000 firms.", "Da 1.000 a 50 000 imprese.", nil},
		{"k", InCatalogue, "See https://example.org/a.", "Vedi https://example.org/b.", []string{"url"}},
		{"k", InCatalogue, "Ask SIMEST.", "Chiedete a Simest.", []string{"name"}},
		{"k", InCatalogue, "Read Your Europe.", "Leggete La tua Europa.", nil},
		{"k", InCatalogue, "Find an agent abroad.", "Trovate un rappresentante.", []string{"term"}},
		{"k", InCatalogue, "Ask your customs agent.", "Chiedete allo spedizioniere.", []string{"term"}}, // customs agent: no it rendering yet
		{"k", InCatalogue, "The IP SME Helpdesk helps.", "L'IP SME Helpdesk aiuta.", nil},
		{"k", InCatalogue, "Your readiness matters.", "Conta.", nil}, // readiness: messages only
		{"render.x", InMessages, "Your readiness", "La vostra prontezza", nil},
		{"help.x", InMessages, "Your readiness", "Altro", nil},
		{"render.y", InMessages, "Your readiness", "Altro", []string{"term"}},
		{"k", InCatalogue, "Write the plan down in full", "Write the plan down in full", []string{"same"}},
		{"k", InCatalogue, "Enterprise Ireland", "Enterprise Ireland", nil},
		{"k", InCatalogue, "A text", " Un  testo", []string{"space"}},
	} {
		var kinds []string
		for _, p := range ck.Text(tt.key, tt.in, tt.en, tt.it) {
			kinds = append(kinds, p.Kind)
		}
		if !slices.Equal(kinds, tt.want) {
			t.Errorf("%q → %q: %v, want %v (%v)", tt.en, tt.it, kinds, tt.want, ck.Text(tt.key, tt.in, tt.en, tt.it))
		}
	}
	if _, err := LoadGlossary("testdata/glossary/bad.yaml"); err == nil || !strings.Contains(err.Error(), "field colour not found") {
		t.Errorf("bad glossary: %v", err)
	}
	if p := it.Check(en, true); len(p) != 1 || !strings.Contains(p[0], "term customs-agent") {
		t.Errorf("it against en: %v", p)
	}
}
