package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/translate"
)

// copyTree copies the repository's catalogue and the countries
// generator's facts into a temporary repository layout.
func copyTree(t *testing.T) (root string) {
	t.Helper()
	root = t.TempDir()
	cp := func(src, dst string) {
		err := filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			target := filepath.Join(dst, rel)
			if d.IsDir() {
				return os.MkdirAll(target, 0o755)
			}
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return os.WriteFile(target, data, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	cp(filepath.Join("..", "..", "..", "practices"), filepath.Join(root, "practices"))
	facts := filepath.Join(root, "internal", "catalogue", "countrygen")
	os.MkdirAll(facts, 0o755)
	data, err := os.ReadFile(filepath.Join("..", "..", "catalogue", "countrygen", "facts.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(facts, "facts.yaml"), data, 0o644)
	return root
}

func runCattr(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

// TestRealCatalogueRoundTrip is the round trip on the real catalogue:
// extract every text, give each one in a dummy language, apply it to a
// copy; the copy then validates as cleanly as before (no error, no
// warning), every text reads back, applying again changes nothing, and a
// new extraction has every text done.
func TestRealCatalogueRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("copies and validates the whole catalogue")
	}
	root := copyTree(t)
	dir := filepath.Join(root, "practices")
	x := filepath.Join(root, "zz.yaml")
	if code, _, errOut := runCattr(t, "extract", "-lang", "zz", "-dir", dir, "-o", x); code != 0 {
		t.Fatalf("extract: %d %s", code, errOut)
	}
	data, _ := os.ReadFile(x)
	// Fill in: the English, marked, as a translator would write it.
	en := regexp.MustCompile(`(?m)^    en: (".*")$`)
	var last string
	var b strings.Builder
	for _, line := range strings.Split(string(data), "\n") {
		if m := en.FindStringSubmatch(line); m != nil {
			last = m[1]
		}
		if line == `    zz: ""` {
			line = `    zz: "[zz] ` + last[1:]
		}
		if line == `translator: ""` {
			line = `translator: "round trip"`
		}
		b.WriteString(line + "\n")
	}
	os.WriteFile(x, []byte(b.String()), 0o644)
	code, out, errOut := runCattr(t, "apply", "-lang", "zz", "-dir", dir, x)
	if code != 0 {
		t.Fatalf("apply: %d\n%s\n%s", code, out, errOut)
	}
	c, diags, _, err := catalogue.OpenWith(os.DirFS(dir), catalogue.Options{Now: time.Now(), Validate: true})
	if err != nil || c == nil || len(diags) > 0 {
		t.Fatalf("the catalogue after apply: %v %v", err, diags)
	}
	if c.Meta.Translations.Get("zz") == nil || c.Meta.Translations.Get("zz").Translator != "round trip" {
		t.Errorf("zz not declared: %+v", c.Meta.Translations)
	}
	cat, err := translate.Load(dir, filepath.Join(root, "internal", "catalogue", "countrygen", "facts.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range cat.Sites {
		if s.Texts["zz"] != "[zz] "+s.Texts["en"] {
			t.Errorf("%s: zz = %q", s.Key, s.Texts["zz"])
		}
	}
	if len(cat.Sites) < 1000 {
		t.Errorf("only %d texts; is the walk missing some?", len(cat.Sites))
	}
	// Again: nothing to write.
	before, _ := os.ReadFile(filepath.Join(dir, "regions", "pt-alentejo.yaml"))
	if code, out, _ := runCattr(t, "apply", "-lang", "zz", "-dir", dir, x); code != 0 || !strings.Contains(out, "zz: 0 texts written") {
		t.Errorf("second apply: %d %s", code, out)
	}
	after, _ := os.ReadFile(filepath.Join(dir, "regions", "pt-alentejo.yaml"))
	if !bytes.Equal(before, after) {
		t.Error("the second apply changed a file")
	}
	if code, _, errOut := runCattr(t, "extract", "-lang", "zz", "-dir", dir, "-o", x); code != 0 || !strings.Contains(errOut, "0 new, 0 changed, "+strconv.Itoa(len(cat.Sites))+" done") {
		t.Errorf("extract after apply: %s", errOut)
	}
}

// TestApplyRefuses: an extraction whose English changed since is refused
// whole (nothing written) unless -partial; -rest gives the refused texts
// back; a new language needs a translator.
func TestApplyRefuses(t *testing.T) {
	root := copyTree(t)
	dir := filepath.Join(root, "practices")
	x := filepath.Join(root, "zx.yaml")
	runCattr(t, "extract", "-lang", "zx", "-dir", dir, "-o", x)
	data, _ := os.ReadFile(x)
	s := strings.Replace(string(data), "    zx: \"\"", "    zx: \"Titolo\"", 2)
	os.WriteFile(x, []byte(s), 0o644)
	if code, _, errOut := runCattr(t, "apply", "-lang", "zx", "-dir", dir, x); code != 1 || !strings.Contains(errOut, "translator: is empty") {
		t.Errorf("no translator: %d %s", code, errOut)
	}
	os.WriteFile(x, []byte(strings.Replace(s, `translator: ""`, `translator: "T"`, 1)), 0o644)
	// The English of the second text changes.
	dims := filepath.Join(dir, "dimensions.yaml")
	d, _ := os.ReadFile(dims)
	os.WriteFile(dims, []byte(strings.Replace(string(d), "{en: Strategy and commitment,", "{en: Strategy and will,", 1)), 0o644)
	cat := filepath.Join(dir, "catalogue.yaml")
	old, _ := os.ReadFile(cat)
	code, _, errOut := runCattr(t, "apply", "-lang", "zx", "-dir", dir, "-rest", filepath.Join(root, "rest.yaml"), x)
	if code != 1 || !strings.Contains(errOut, "refused: the English changed") || !strings.Contains(errOut, "nothing written") {
		t.Errorf("refusal: %d %s", code, errOut)
	}
	if now, _ := os.ReadFile(cat); !bytes.Equal(now, old) {
		t.Error("a refused apply wrote catalogue.yaml")
	}
	if r, err := os.ReadFile(filepath.Join(root, "rest.yaml")); err != nil || !strings.Contains(string(r), "status: changed") || !strings.Contains(string(r), `zx: "Titolo"`) {
		t.Errorf("rest: %v\n%s", err, r)
	}
	code, out, errOut := runCattr(t, "apply", "-lang", "zx", "-dir", dir, "-partial", x)
	if code != 0 || !strings.Contains(out, "zx: 1 texts written") {
		t.Errorf("-partial: %d %s %s", code, out, errOut)
	}
	if now, _ := os.ReadFile(cat); !strings.Contains(string(now), "zx: \"Titolo\"") || !strings.Contains(string(now), "    zx: {translator: \"T\"}") {
		t.Errorf("catalogue.yaml after -partial:\n%s", now)
	}
	sums, _ := translate.ReadSums(translate.SumsPath(dir, "zx"))
	if len(sums) != 1 {
		t.Errorf("sums: %v", sums)
	}
}

// TestCheck: check finds a number written the English way, and nothing
// else new when one text is spoilt; record marks the Danish done.
func TestCheck(t *testing.T) {
	root := copyTree(t)
	dir := filepath.Join(root, "practices")
	x := filepath.Join(root, "da.yaml")
	if code, out, errOut := runCattr(t, "record", "-lang", "da", "-dir", dir); code != 0 || !strings.Contains(out, "texts recorded") {
		t.Fatal(out, errOut)
	}
	if code, _, errOut := runCattr(t, "extract", "-lang", "da", "-dir", dir, "-o", x); code != 0 || !strings.Contains(errOut, " 0 unchecked") {
		t.Fatal(errOut)
	}
	_, before, _ := runCattr(t, "check", "-lang", "da", "-dir", dir, x)
	data, _ := os.ReadFile(x)
	s := string(data)
	old, spoilt := "op til 2,5 mio. euro", "op til 2.5 mio. euro"
	if !strings.Contains(s, old) {
		t.Fatalf("the extraction lacks %q", old)
	}
	os.WriteFile(x, []byte(strings.Replace(s, old, spoilt, 1)), 0o644)
	code, after, errOut := runCattr(t, "check", "-lang", "da", "-dir", dir, x)
	if code != 1 {
		t.Errorf("check: exit %d %s", code, errOut)
	}
	var fresh []string
	for _, l := range strings.Split(after, "\n") {
		if !strings.Contains(before, l) {
			fresh = append(fresh, l)
		}
	}
	if len(fresh) != 1 || !strings.Contains(fresh[0], "[number] 2.5 of the English is missing (written the da way: 2,5)") {
		t.Errorf("new problems: %q", fresh)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"frob"}, {"extract"}, {"extract", "-lang", "en"}, {"apply", "-lang", "it"}, {"check", "-lang", "it", "a", "b"}} {
		if code, _, _ := runCattr(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestRecordOnly: record -only records the texts a maintainer checked —
// named by an item's ID, a file's path as typed from the repository's
// root, or a key's start — and leaves every other text's sum as it was;
// a name that matches no text records nothing.
func TestRecordOnly(t *testing.T) {
	root := copyTree(t)
	dir := filepath.Join(root, "practices")
	p := translate.SumsPath(dir, "da")
	const stale = "0000000000000000"
	a := "regions/dk-central.yaml: practices[dk-eifo-export-finance].description"
	b := "regions/dk-central.yaml: practices[dk-erhvervshus-midtjylland].idea"
	other := "dimensions.yaml: dimensions[finance].title"
	spoil := func() translate.Sums {
		t.Helper()
		sums, err := translate.ReadSums(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{a, b, other} {
			if sums[k] == "" {
				t.Fatalf("no sum for %s in %s", k, p)
			}
			sums[k] = stale
		}
		if err := os.WriteFile(p, sums.Bytes("da"), 0o644); err != nil {
			t.Fatal(err)
		}
		return sums
	}
	check := func(name string, recorded ...string) {
		t.Helper()
		sums, _ := translate.ReadSums(p)
		for _, k := range []string{a, b, other} {
			if want := slices.Contains(recorded, k); (sums[k] != stale) != want {
				t.Errorf("%s: %s recorded %v, want %v", name, k, sums[k] != stale, want)
			}
		}
	}

	before := spoil()
	code, out, errOut := runCattr(t, "record", "-lang", "da", "-dir", dir, "-only", "dk-eifo-export-finance")
	if code != 0 || !strings.Contains(out, "of the") || !strings.Contains(out, "texts of dk-eifo-export-finance recorded") {
		t.Fatalf("-only ID: %d %s %s", code, out, errOut)
	}
	check("-only ID", a)
	after, _ := translate.ReadSums(p)
	for k, h := range before {
		if !strings.Contains(k, "[dk-eifo-export-finance]") && after[k] != h {
			t.Errorf("-only ID: %s changed from %s to %s", k, h, after[k])
		}
	}

	spoil()
	if code, out, errOut := runCattr(t, "record", "-lang", "da", "-dir", dir, "-only", filepath.Join(dir, "regions", "dk-central.yaml")); code != 0 {
		t.Fatalf("-only path: %d %s %s", code, out, errOut)
	}
	check("-only path", a, b)

	spoil()
	if code, out, errOut := runCattr(t, "record", "-lang", "da", "-dir", dir, "-only", "regions/dk-central.yaml: practices[dk-erhvervshus", "-only", "dimensions.yaml"); code != 0 {
		t.Fatalf("-only keys: %d %s %s", code, out, errOut)
	}
	check("-only keys", b, other)

	spoil()
	data, _ := os.ReadFile(p)
	code, out, errOut = runCattr(t, "record", "-lang", "da", "-dir", dir, "-only", "dimensions.yaml", "-only", "dk-no-such-practice")
	if code != 1 || !strings.Contains(errOut, "-only dk-no-such-practice matches no text") || out != "" {
		t.Errorf("-only nothing: %d %q %s", code, out, errOut)
	}
	if now, _ := os.ReadFile(p); !bytes.Equal(now, data) {
		t.Error("-only nothing: the sums changed")
	}
}
