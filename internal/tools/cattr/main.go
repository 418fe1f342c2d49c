// Command cattr moves the catalogue's texts to translators and back, so
// that translators never edit the catalogue's YAML (and several can work
// at once without conflicts):
//
//	go run ./internal/tools/cattr extract -lang it [-o it.yaml]
//	go run ./internal/tools/cattr check -lang it it.yaml
//	go run ./internal/tools/cattr apply -lang it it.yaml
//	go run ./internal/tools/cattr record -lang da [-only WHAT]...
//
// extract lists every catalogue text (every text of practices/**/*.yaml but
// generated files, and the country-name overrides of the countries
// generator) with a stable key, the English, Danish as a reference, the
// language's text and a status: new, changed (the English changed since
// the text was translated), done or unchecked. check reports what is left
// to translate and what a translation lost: numbers, amounts, links,
// proper names, glossary terms (practices/glossary). apply writes the
// texts into the catalogue in place, keeping every file's formatting and
// comments, declares the language as in progress in catalogue.yaml's
// translations: if it is not yet, records which English each text was
// translated from (practices/translations/LANG.sums), and refuses texts
// whose key is gone or whose English changed since the extraction; it
// writes nothing unless the catalogue is as valid afterwards as before.
// record marks every text of a language as translated from the English
// there now (a baseline, after checking them); with -only, only the texts
// named (a file or folder, a key's start, an item's ID: see onlyTexts),
// the sums of the others kept as they are.
//
// Run it from the repository's root (or give -dir). Exit status: 0 done
// (check: no problem), 1 problems found or refused, 2 usage.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/translate"
)

const usage = `cattr: catalogue texts to translators and back.

  cattr extract -lang LL [-o FILE] [-refs da]    every text to translate into LL, as a YAML file to fill in
  cattr check   -lang LL FILE                    what FILE (an extraction, or a message file LL.toml) still lacks or lost
  cattr apply   -lang LL [-partial] [-rest FILE] [-n] FILE
                                                 write FILE's LL texts into the catalogue
  cattr record  -lang LL [-only WHAT]...         record every LL text in the catalogue as translated from
                                                 the English there now (after checking them all by hand);
                                                 -only (repeatable): only the texts of WHAT, a file or folder
                                                 (regions/dk-central.yaml), a key's start or an item's ID
                                                 (dk-eifo-export-finance): the ones you checked

Common flags: -dir DIR (the catalogue folder, default practices),
-facts FILE (the countries generator's facts, default
internal/catalogue/countrygen/facts.yaml beside DIR; "" for none).
`

// errUsage is a usage error (exit 2).
var errUsage = errors.New("usage")

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run runs cattr with args and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	var err error
	switch args[0] {
	case "extract":
		err = extract(args[1:], stdout, stderr)
	case "apply":
		err = apply(args[1:], stdout, stderr)
	case "check":
		err = check(args[1:], stdout, stderr)
	case "record":
		err = record(args[1:], stdout, stderr)
	default:
		fmt.Fprintf(stderr, "cattr: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	var pe problemsError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.As(err, &pe):
		fmt.Fprintln(stderr, "cattr: "+err.Error())
		return 1
	}
	fmt.Fprintln(stderr, "cattr: "+err.Error())
	return 1
}

// problemsError is a run that found problems (exit 1).
type problemsError struct{ msg string }

func (e problemsError) Error() string { return e.msg }

// common are the flags every command takes.
type common struct {
	fs          *flag.FlagSet
	lang, dir   string
	facts       string
	factsGiven  bool
	stderr      io.Writer
	needOneFile bool
}

func newCommon(name string, stderr io.Writer) *common {
	c := &common{fs: flag.NewFlagSet("cattr "+name, flag.ContinueOnError), stderr: stderr}
	c.fs.SetOutput(stderr)
	c.fs.StringVar(&c.lang, "lang", "", "the language: an ISO 639-1 code such as it, pt, pl, hr")
	c.fs.StringVar(&c.dir, "dir", "practices", "the catalogue folder")
	c.fs.Func("facts", "the countries generator's facts.yaml (\"\" for none)", func(s string) error {
		c.facts, c.factsGiven = s, true
		return nil
	})
	return c
}

// parse parses args; it checks -lang and works out -facts.
func (c *common) parse(args []string) error {
	if err := c.fs.Parse(args); err != nil {
		return errUsage
	}
	if len(c.lang) != 2 || strings.ToLower(c.lang) != c.lang || c.lang == "en" {
		fmt.Fprintln(c.stderr, "cattr: -lang must be the two-letter code of the language to translate into (it, pt, pl, hr); en is the source")
		return errUsage
	}
	if c.needOneFile && c.fs.NArg() != 1 {
		fmt.Fprintf(c.stderr, "cattr %s: give one file\n", c.fs.Name())
		return errUsage
	}
	if !c.factsGiven {
		p := filepath.Join(c.dir, "..", "internal", "catalogue", "countrygen", "facts.yaml")
		if _, err := os.Stat(p); err == nil {
			c.facts = p
		}
	}
	return nil
}

func (c *common) load() (*translate.Catalogue, error) {
	return translate.Load(c.dir, c.facts)
}

// extract writes the extraction of one language.
func extract(args []string, stdout, stderr io.Writer) error {
	c := newCommon("extract", stderr)
	out := c.fs.String("o", "", "write to FILE instead of stdout")
	refs := c.fs.String("refs", "da", "languages shown beside the English, comma-separated")
	if err := c.parse(args); err != nil {
		return err
	}
	if c.fs.NArg() != 0 {
		fmt.Fprintln(stderr, "cattr extract: takes no file; write to one with -o FILE")
		return errUsage
	}
	cat, err := c.load()
	if err != nil {
		return err
	}
	sums, err := translate.ReadSums(translate.SumsPath(c.dir, c.lang))
	if err != nil {
		return err
	}
	x := cat.Extract(c.lang, sums, splitList(*refs))
	var b bytes.Buffer
	if err := x.Write(&b); err != nil {
		return err
	}
	counts, chars := x.Counts()
	summary := fmt.Sprintf("%s: %d texts (%d new, %d changed, %d done, %d unchecked); %d characters of English to translate",
		c.lang, len(x.Entries), counts[translate.StatusNew], counts[translate.StatusChanged], counts[translate.StatusDone], counts[translate.StatusUnchecked], chars)
	if *out == "" {
		_, err := stdout.Write(b.Bytes())
		fmt.Fprintln(stderr, summary)
		return err
	}
	if err := fsutil.WriteFileAtomic(*out, b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "%s; written to %s\n", summary, *out)
	return nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// apply writes an extraction's texts into the catalogue.
func apply(args []string, stdout, stderr io.Writer) error {
	c := newCommon("apply", stderr)
	c.needOneFile = true
	partial := c.fs.Bool("partial", false, "write the texts that can be written even when some are refused")
	rest := c.fs.String("rest", "", "write the refused texts whose key still exists to FILE, with the English there now, for another round")
	dry := c.fs.Bool("n", false, "say what would be written, write nothing")
	if err := c.parse(args); err != nil {
		return err
	}
	x, err := translate.ReadExtraction(c.fs.Arg(0))
	if err != nil {
		return err
	}
	if x.Lang != c.lang {
		return fmt.Errorf("%s is an extraction for %q, not %q", x.Path, x.Lang, c.lang)
	}
	cat, err := c.load()
	if err != nil {
		return err
	}
	plan := cat.Plan(x)
	for _, r := range plan.Refused {
		fmt.Fprintf(stderr, "%s:%d: %s: refused: %s\n", x.Path, r.Entry.Line, r.Entry.Key, r.Reason)
	}
	if *rest != "" && len(plan.Refused) > 0 {
		var b bytes.Buffer
		if err := plan.Rest(x, cat).Write(&b); err != nil {
			return err
		}
		if err := fsutil.WriteFileAtomic(*rest, b.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "the refused texts whose key still exists are in %s, with the English there now\n", *rest)
	}
	if len(plan.Refused) > 0 && !*partial {
		return problemsError{fmt.Sprintf("%d texts refused; nothing written (-partial writes the others)", len(plan.Refused))}
	}
	if strings.TrimSpace(x.Translator) == "" && !cat.Declared[c.lang] {
		return problemsError{fmt.Sprintf("%s: translator: is empty; say who translated the texts (a person, a team, or a tool and who checked its output) — catalogue.yaml records it", x.Path)}
	}
	out, err := cat.Apply(plan.Edits)
	if err != nil {
		return err
	}
	// Declare the language (in progress) where it is not yet.
	if !cat.Declared[c.lang] {
		f := catalogueFile(cat)
		if f == nil {
			return errors.New("no catalogue.yaml with a catalogue: section in " + c.dir)
		}
		data := f.Data
		if d, ok := out[f]; ok {
			data = d
		}
		d, err := translate.Declare(data, c.lang, x.Translator, x.ReviewedBy)
		if err != nil {
			return err
		}
		out[f] = d
	}
	// Nothing is written unless the catalogue is as valid as before.
	if err := stillValid(c.dir, out, stderr); err != nil {
		return err
	}
	sumsPath := translate.SumsPath(c.dir, c.lang)
	sums, err := translate.ReadSums(sumsPath)
	if err != nil {
		return err
	}
	for k := range sums {
		if cat.Site(k) == nil {
			delete(sums, k)
		}
	}
	for k, h := range plan.Recorded {
		sums[k] = h
	}
	var files []string
	for f := range out {
		files = append(files, f.Path)
	}
	sort.Strings(files)
	summary := fmt.Sprintf("%s: %d texts written (%d new, %d replaced), %d unchanged, %d not translated yet, %d marked changed or unchecked left as they were, %d refused",
		c.lang, len(plan.Edits), plan.New, plan.Replaced, plan.Unchanged, plan.Untranslated, plan.Unreviewed, len(plan.Refused))
	if *dry {
		fmt.Fprintf(stdout, "%s; would change %s\n", summary, strings.Join(files, ", "))
		return nil
	}
	for f, data := range out {
		perm := os.FileMode(0o644)
		if st, err := os.Stat(f.Path); err == nil {
			perm = st.Mode().Perm()
		}
		if err := fsutil.WriteFileAtomic(f.Path, data, perm); err != nil {
			return err
		}
	}
	if len(plan.Recorded) > 0 {
		if err := os.MkdirAll(filepath.Dir(sumsPath), 0o755); err != nil {
			return err
		}
		if err := fsutil.WriteFileAtomic(sumsPath, sums.Bytes(c.lang), 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(stdout, "%s; changed %s\n", summary, strings.Join(files, ", "))
	if len(out) > 0 {
		fmt.Fprintln(stdout, "next: go generate ./practices (the compiled catalogue), and, once the language is in catalogue.yaml's languages:, go test ./internal/catalogue/countrygen -update (country names)")
	}
	return nil
}

// catalogueFile is the file of cat with the catalogue: section.
func catalogueFile(cat *translate.Catalogue) *translate.File {
	for _, f := range cat.Files {
		if f.Name != translate.FactsName && bytes.Contains(f.Data, []byte("\ncatalogue:")) {
			return f
		}
	}
	return nil
}

// stillValid loads the catalogue folder dir with the new contents out and
// fails when that gives an error or warning the folder as it is does not.
func stillValid(dir string, out map[*translate.File][]byte, stderr io.Writer) error {
	before, err := folderFS(dir, nil)
	if err != nil {
		return err
	}
	after, err := folderFS(dir, out)
	if err != nil {
		return err
	}
	now := time.Now()
	o := catalogue.Options{Now: now, Validate: true}
	_, old, _, err := catalogue.OpenWith(before, o)
	if err != nil {
		return err
	}
	_, got, _, err := catalogue.OpenWith(after, o)
	if err != nil {
		return err
	}
	seen := map[string]int{}
	for _, d := range old {
		seen[diagKey(d)]++
	}
	var fresh []string
	for _, d := range got {
		if k := diagKey(d); seen[k] > 0 {
			seen[k]--
			continue
		}
		fresh = append(fresh, i18n.English.Diagnostic(d))
	}
	if len(fresh) > 0 {
		for _, l := range fresh {
			fmt.Fprintln(stderr, path.Join(dir, l))
		}
		return problemsError{fmt.Sprintf("the texts would make %d new problems in the catalogue (above); nothing written", len(fresh))}
	}
	return nil
}

// diagKey identifies a diagnostic regardless of its line (texts inserted
// above it move it).
func diagKey(d diag.Diagnostic) string {
	return d.File + "\x00" + string(d.Severity) + "\x00" + d.Rule + "\x00" + i18n.English.Format(d.Message)
}

// folderFS is the catalogue folder dir in memory, with the files of out
// (those in dir) replaced.
func folderFS(dir string, out map[*translate.File][]byte) (fs.FS, error) {
	m := fstest.MapFS{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		m[filepath.ToSlash(rel)] = &fstest.MapFile{Data: data, Mode: 0o644}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for f, data := range out {
		if f.Name == translate.FactsName {
			continue
		}
		m[f.Name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return m, nil
}

// check reports what a translation lacks or lost.
func check(args []string, stdout, stderr io.Writer) error {
	c := newCommon("check", stderr)
	c.needOneFile = true
	all := c.fs.Bool("all", false, "list every text not translated yet, not only how many")
	if err := c.parse(args); err != nil {
		return err
	}
	en, err := translate.LoadGlossary(translate.GlossaryPath(c.dir, "en"))
	if err != nil {
		return err
	}
	g, err := translate.LoadGlossary(translate.GlossaryPath(c.dir, c.lang))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var problems []translate.Problem
	if err == nil {
		for _, p := range g.Check(en, false) {
			fmt.Fprintln(stdout, p)
		}
	}
	ck := &translate.Checker{Lang: c.lang, En: en, G: g}
	file := c.fs.Arg(0)
	if strings.HasSuffix(file, ".toml") {
		problems, err = checkMessages(ck, file)
		if err != nil {
			return err
		}
	} else {
		x, err := translate.ReadExtraction(file)
		if err != nil {
			return err
		}
		if x.Lang != c.lang {
			return fmt.Errorf("%s is an extraction for %q, not %q", file, x.Lang, c.lang)
		}
		cat, err := c.load()
		if err != nil {
			return err
		}
		current := map[string]string{}
		for _, s := range cat.Sites {
			if t, ok := s.Texts[c.lang]; ok {
				current[s.Key] = t
			}
		}
		problems = ck.Extraction(x, current)
		for _, e := range x.Entries {
			if s := cat.Site(e.Key); s == nil {
				problems = append(problems, translate.Problem{Key: e.Key, Line: e.Line, Kind: "gone", Msg: "no longer in the catalogue; extract again"})
			} else if translate.Hash(s.Texts["en"]) != e.Hash {
				problems = append(problems, translate.Problem{Key: e.Key, Line: e.Line, Kind: "stale", Msg: "the English changed since the extraction; extract again (your texts are kept)"})
			}
		}
	}
	return report(stdout, file, problems, *all)
}

// report prints problems as FILE:LINE: key: [kind] message, the texts
// still to translate counted (or listed with all), and a summary.
func report(w io.Writer, file string, problems []translate.Problem, all bool) error {
	kinds := map[string]int{}
	missing := 0
	for _, p := range problems {
		kinds[p.Kind]++
		if p.Kind == "missing" {
			missing++
			if !all {
				continue
			}
		}
		fmt.Fprintf(w, "%s:%d: %s: [%s] %s\n", file, p.Line, p.Key, p.Kind, p.Msg)
	}
	if len(problems) == 0 {
		fmt.Fprintf(w, "%s: no problems\n", file)
		return nil
	}
	var parts []string
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range kinds {
			if !yield(k) {
				return
			}
		}
	}) {
		parts = append(parts, fmt.Sprintf("%d %s", kinds[k], k))
	}
	msg := fmt.Sprintf("%s: %s", file, strings.Join(parts, ", "))
	if missing > 0 && !all {
		msg += " (-all lists the missing ones)"
	}
	return problemsError{msg}
}

// checkMessages checks a message file (LL.toml) against English's: every
// message there (missing ones counted), each text as Checker.Text does.
func checkMessages(ck *translate.Checker, file string) ([]translate.Problem, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	m, err := i18n.ReadMessages(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	en, err := i18n.Messages("en")
	if err != nil {
		return nil, err
	}
	lines := map[string]int{}
	for i, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, `"`) {
			if id, _, ok := strings.Cut(l[1:], `"`); ok {
				lines[id] = i + 1
			}
		}
	}
	var out []translate.Problem
	ids := make([]string, 0, len(en))
	for k := range en {
		ids = append(ids, k)
	}
	sort.Strings(ids)
	for _, k := range ids {
		id, form, plural := strings.Cut(k, "#")
		t, ok := m[k]
		if !ok && plural {
			// Another language has other forms: check against "other".
			if form != "other" {
				continue
			}
			for _, f := range []string{"other", "many", "few", "one"} {
				if t, ok = m[id+"#"+f]; ok {
					break
				}
			}
		}
		if !ok {
			out = append(out, translate.Problem{Key: id, Line: lines[id], Kind: "missing", Msg: "not translated yet"})
			continue
		}
		for _, p := range ck.Text(id, translate.InMessages, en[k], t) {
			p.Line = lines[id]
			out = append(out, p)
		}
	}
	return out, nil
}

// record records every text of a language in the catalogue as translated
// from the English there now: a baseline for texts written before the
// record was kept (Danish), or after fixing texts in the YAML by hand.
func record(args []string, stdout, stderr io.Writer) error {
	c := newCommon("record", stderr)
	var only []string
	c.fs.Func("only", "record only the texts of WHAT (repeatable): a file or folder, a key's start, or an item's ID", func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("give a file, a folder, a key or an ID")
		}
		only = append(only, s)
		return nil
	})
	if err := c.parse(args); err != nil {
		return err
	}
	if c.fs.NArg() != 0 {
		fmt.Fprintln(stderr, "cattr record: takes no file; to record only some texts, name them with -only")
		return errUsage
	}
	cat, err := c.load()
	if err != nil {
		return err
	}
	p := translate.SumsPath(c.dir, c.lang)
	if len(only) == 0 {
		sums := translate.Sums{}
		for _, s := range cat.Sites {
			if strings.TrimSpace(s.Texts[c.lang]) != "" {
				sums[s.Key] = translate.Hash(s.Texts["en"])
			}
		}
		if err := writeSums(p, sums, c.lang); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d of %d texts recorded as translated from the English there now, in %s\n", c.lang, len(sums), len(cat.Sites), p)
		return nil
	}
	// Only the texts named: the others keep what the sums say of them.
	sums, err := translate.ReadSums(p)
	if err != nil {
		return err
	}
	match := newOnly(only, cat)
	matched, recorded := 0, 0
	var untranslated []string
	for _, s := range cat.Sites {
		if !match.site(s) {
			continue
		}
		matched++
		if strings.TrimSpace(s.Texts[c.lang]) == "" {
			// Nothing to record; a sum left from an earlier text goes.
			delete(sums, s.Key)
			untranslated = append(untranslated, s.Key)
			continue
		}
		sums[s.Key] = translate.Hash(s.Texts["en"])
		recorded++
	}
	if none := match.unused(); len(none) > 0 {
		return problemsError{fmt.Sprintf("record: -only %s matches no text of the catalogue in %s (give a file or folder such as regions/dk-central.yaml, a key's start such as \"regions/dk-central.yaml: practices[ID]\", or an item's ID); nothing recorded", strings.Join(none, ", "), c.dir)}
	}
	if err := writeSums(p, sums, c.lang); err != nil {
		return err
	}
	for _, k := range untranslated {
		fmt.Fprintf(stderr, "%s: %s: no %s text; not recorded\n", p, k, c.lang)
	}
	fmt.Fprintf(stdout, "%s: %d of the %d texts of %s recorded as translated from the English there now (the other texts unchanged), in %s\n", c.lang, recorded, matched, strings.Join(only, ", "), p)
	return nil
}

// writeSums writes the sums file p of lang.
func writeSums(p string, sums translate.Sums, lang string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return fsutil.WriteFileAtomic(p, sums.Bytes(lang), 0o644)
}

// onlyTexts is what record -only names: each WHAT selects the texts whose
// key starts with it (a file or folder below the catalogue folder, as in
// keys: "regions/", "regions/dk-central.yaml", or a key's start:
// "regions/dk-central.yaml: practices[dk-eifo-export-finance]"), the texts
// of the items with that ID (dk-eifo-export-finance: the key holds
// "[ID]"), and the texts of a file or folder named by its path on disk
// (practices/regions/dk-central.yaml, as typed from the repository's root).
type onlyTexts struct {
	whats []string
	abs   []string          // each WHAT as an absolute path on disk, or ""
	files map[string]string // a file's name in keys → its absolute path
	used  []bool
}

func newOnly(whats []string, cat *translate.Catalogue) *onlyTexts {
	o := &onlyTexts{whats: whats, abs: make([]string, len(whats)), files: map[string]string{}, used: make([]bool, len(whats))}
	for i, w := range whats {
		if _, err := os.Stat(w); err == nil {
			if a, err := filepath.Abs(w); err == nil {
				o.abs[i] = a
			}
		}
	}
	for _, f := range cat.Files {
		if a, err := filepath.Abs(f.Path); err == nil {
			o.files[f.Name] = a
		}
	}
	return o
}

// site reports whether s is among the texts named (and notes which WHAT
// named it).
func (o *onlyTexts) site(s *translate.Site) bool {
	in := false
	for i, w := range o.whats {
		ok := strings.HasPrefix(s.Key, w) || strings.Contains(s.Key, "["+w+"]")
		if !ok && o.abs[i] != "" {
			f := o.files[s.File]
			ok = f != "" && (f == o.abs[i] || strings.HasPrefix(f, o.abs[i]+string(filepath.Separator)))
		}
		if ok {
			o.used[i], in = true, true
		}
	}
	return in
}

// unused is every WHAT that named no text.
func (o *onlyTexts) unused() []string {
	var none []string
	for i, w := range o.whats {
		if !o.used[i] {
			none = append(none, w)
		}
	}
	return none
}
