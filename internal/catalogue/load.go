package catalogue

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MaxFileSize bounds one catalogue file; larger files are refused unread.
const MaxFileSize = 2 << 20


// catalogueFiles lists the files the loader reads: every *.yaml below the root,
// sorted by path.
func catalogueFiles(fsys fs.FS) ([]string, error) {
	var out []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && path.Ext(p) == ".yaml" {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// Load reads every catalogue file in fsys, checks it, and returns the merged
// catalogue. When the diagnostics contain errors the catalogue is nil.
func Load(fsys fs.FS) (*Catalogue, Diagnostics, error) {
	paths, err := catalogueFiles(fsys)
	if err != nil {
		return nil, nil, err
	}
	if len(paths) == 0 {
		return nil, nil, fmt.Errorf("no catalogue files (*.yaml) found")
	}
	c := &Catalogue{Sources: map[string]Pos{}}
	var diags Diagnostics
	h := sha256.New()
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, nil, err
		}
		if len(data) > MaxFileSize {
			diags = append(diags, Diagnostic{File: p, Line: 1, Col: 1, Severity: SevError, Rule: "file-size",
				Message: fmt.Sprintf("file is %d bytes, more than the %d allowed; split it", len(data), MaxFileSize)})
			continue
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
		h.Write(data)
		var f File
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			diags = append(diags, Diagnostic{File: p, Line: 1, Col: 1, Severity: SevError, Rule: "yaml",
				Message: strings.TrimPrefix(err.Error(), "yaml: ")})
			continue
		}
		if f.Catalogue != nil {
			c.Meta = *f.Catalogue
		}
		c.Dimensions = append(c.Dimensions, f.Dimensions...)
		c.Profile = append(c.Profile, f.Profile...)
		c.Questions = append(c.Questions, f.Questions...)
		c.Regions = append(c.Regions, f.Regions...)
		c.Practices = append(c.Practices, f.Practices...)
		for _, d := range f.Dimensions {
			c.Sources[d.ID] = Pos{File: p}
		}
		for _, q := range f.Profile {
			c.Sources[q.ID] = Pos{File: p}
		}
		for _, q := range f.Questions {
			c.Sources[q.ID] = Pos{File: p}
		}
		for _, r := range f.Regions {
			c.Sources[r.ID] = Pos{File: p}
		}
		for _, pr := range f.Practices {
			c.Sources[pr.ID] = Pos{File: p}
		}
	}
	c.Digest = "sha256:" + hex.EncodeToString(h.Sum(nil))
	diags.Sort()
	if diags.HasErrors() {
		return nil, diags, nil
	}
	return c, diags, nil
}
