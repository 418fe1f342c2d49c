package catalogue

import (
	"io/fs"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// GlossaryDir is the folder of a catalogue folder that holds the
// translators' glossaries, one file per language (practices/glossary): not
// catalogue content, so the loader does not read it.
const GlossaryDir = "glossary"

// catalogueFiles lists the files the loader reads: every *.yaml below the
// root, sorted by path, skipping files and folders whose name starts with "."
// or "_" (as go:embed does), folders named testdata (as the go tool does) and
// the glossary folder (GlossaryDir). Files it skips that look like catalogue content
// (*.yml, *.YAML, _draft.yaml, .hidden.yaml) are returned as ignored. A file or
// folder whose name is not UTF-8 is returned as a file (a folder is not
// entered): an fs.FS cannot open it, and readFile says so at its name.
func catalogueFiles(fsys fs.FS) (files, ignored []string, err error) {
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		hidden := p != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_"))
		if !hidden && !utf8.ValidString(name) && (d.IsDir() || strings.EqualFold(path.Ext(name), ".yaml")) {
			files = append(files, p)
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			// testdata holds test fixtures, as for the go tool; it is no
			// more part of the catalogue than it is of the embedded one.
			if hidden || (p != "." && name == "testdata") || p == GlossaryDir {
				return fs.SkipDir
			}
			return nil
		}
		ext := path.Ext(name)
		switch {
		case !hidden && ext == ".yaml":
			files = append(files, p)
		case strings.EqualFold(ext, ".yaml") || strings.EqualFold(ext, ".yml"):
			ignored = append(ignored, p)
		}
		return nil
	})
	sort.Strings(files)
	sort.Strings(ignored)
	return files, ignored, err
}

// displayPath is the name a diagnostic gives a file: its path below the
// catalogue folder, prefixed with the folder as the user named it.
func displayPath(root, p string) string {
	if root == "" || root == "." {
		return p
	}
	return path.Join(root, p)
}
