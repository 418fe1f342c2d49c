package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/google/licensecheck"
)

// noticesFile is the name of the third-party notices in a release.
const noticesFile = "THIRD_PARTY_NOTICES"

// allowedLicences are the licences a module linked into eis may have: the
// permissive ones whose notice is all they ask of a binary, and MPL-2.0
// (file-level copyleft: unchanged files, source on request), plus Google's
// PATENTS file of the Go project, a patent grant that asks nothing more.
// Anything else stops the release until someone has read its terms and
// added it here.
var allowedLicences = map[string]bool{
	"MIT": true, "BSD-2-Clause": true, "BSD-3-Clause": true, "Apache-2.0": true,
	"ISC": true, "MPL-2.0": true, "Unlicense": true, "CC0-1.0": true,
	"GooglePatentsFile": true,
}

// module is one Go module linked into eis: its path, version and the
// folder its source is in.
type module struct {
	Path, Version, Dir string
}

// goListModule is what `go list -json=Module` says of a package's module.
type goListModule struct {
	Module *struct {
		Path, Version, Dir string
		Main               bool
		Replace            *struct{ Path, Version, Dir string }
	}
}

// linkedModules lists the modules whose packages are linked into
// ./cmd/eis for any of the systems goos (they differ: x/sys/windows,
// mousetrap, …), plus the Go standard library as module "std", from `go
// list` run in the main module's folder dir. It never lists test-only
// modules, which do not end up in the binary.
func linkedModules(dir string, goos []string) ([]module, error) {
	byPath := map[string]module{}
	for _, g := range goos {
		cmd := exec.Command("go", "list", "-deps", "-json=Module", "./cmd/eis")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOOS="+strings.TrimSpace(g), "CGO_ENABLED=0", "GOFLAGS=-mod=readonly")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, fmt.Errorf("go list for GOOS=%s: %v\n%s", g, err, stderr.Bytes())
		}
		dec := json.NewDecoder(bytes.NewReader(out))
		for {
			var p goListModule
			if err := dec.Decode(&p); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				return nil, fmt.Errorf("reading go list: %v", err)
			}
			m := p.Module
			if m == nil || m.Main {
				continue // the standard library, or eis itself
			}
			mod := module{Path: m.Path, Version: m.Version, Dir: m.Dir}
			if r := m.Replace; r != nil {
				mod = module{Path: m.Path, Version: r.Version, Dir: r.Dir}
			}
			if mod.Dir == "" {
				return nil, fmt.Errorf("module %s %s is not downloaded; run go mod download", mod.Path, mod.Version)
			}
			byPath[mod.Path] = mod
		}
	}
	root, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	version, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOVERSION: %v", err)
	}
	mods := []module{{Path: "std", Version: strings.TrimSpace(string(version)), Dir: strings.TrimSpace(string(root))}}
	for _, m := range byPath {
		mods = append(mods, m)
	}
	sort.Slice(mods[1:], func(i, j int) bool { return mods[1+i].Path < mods[1+j].Path })
	return mods, nil
}

// licenceFileName matches the files at a module's root that carry its
// licence terms and notices: LICENSE, LICENCE, COPYING, NOTICE and PATENTS,
// with or without an extension or a suffix (LICENSE.md, LICENSE-MIT).
var licenceFileName = regexp.MustCompile(`(?i)^(licen[cs]e|copying|notice|patents)([.-][a-z0-9.-]+)?$`)

// licenceFile is one licence or notice file of a module.
type licenceFile struct {
	Name string
	Text []byte
	IDs  []string // the licences licensecheck recognised, if it is a licence
}

// moduleLicences reads the licence and notice files at the root of m.Dir
// and names the licences they hold. A module must have at least one
// recognised licence, and only allowed ones.
func moduleLicences(m module) ([]licenceFile, error) {
	entries, err := os.ReadDir(m.Dir)
	if err != nil {
		return nil, err
	}
	var files []licenceFile
	var ids []string
	for _, e := range entries {
		if e.IsDir() || !licenceFileName.MatchString(e.Name()) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(m.Dir, e.Name()))
		if err != nil {
			return nil, err
		}
		lf := licenceFile{Name: e.Name(), Text: text}
		cov := licensecheck.Scan(text)
		for _, match := range cov.Match {
			if !match.IsURL && !slices.Contains(lf.IDs, match.ID) {
				lf.IDs = append(lf.IDs, match.ID)
			}
		}
		ids = append(ids, lf.IDs...)
		files = append(files, lf)
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("%s %s (in %s): no licence file that names a known licence; check its terms before shipping it", m.Path, m.Version, m.Dir)
	}
	for _, id := range ids {
		if !allowedLicences[id] {
			return nil, fmt.Errorf("%s %s is under %s, which is not among the licences eis ships (allowedLicences in internal/distgen/notices.go); read its terms before adding it there", m.Path, m.Version, id)
		}
	}
	return files, nil
}

// buildNotices writes the third-party notices for mods: a table of every
// module, its version and licences, then each module's licence and notice
// files in full.
func buildNotices(mods []module) ([]byte, error) {
	type entry struct {
		m     module
		files []licenceFile
		ids   []string
	}
	var entries []entry
	for _, m := range mods {
		files, err := moduleLicences(m)
		if err != nil {
			return nil, err
		}
		var ids []string
		for _, f := range files {
			for _, id := range f.IDs {
				if !slices.Contains(ids, id) {
					ids = append(ids, id)
				}
			}
		}
		entries = append(entries, entry{m, files, ids})
	}
	var b bytes.Buffer
	b.WriteString(`Third-party software in eis

eis is built with Go and with the Go modules below, whose licences ask that
their notices travel with the program. eis itself is under the Apache
License 2.0 (the file LICENSE).

`)
	width, vwidth := len("Go standard library"), 0
	for _, e := range entries {
		width, vwidth = max(width, len(e.m.Path)), max(vwidth, len(e.m.Version))
	}
	for _, e := range entries {
		name := e.m.Path
		if name == "std" {
			name = "Go standard library"
		}
		fmt.Fprintf(&b, "  %-*s  %-*s  %s\n", width, name, vwidth, e.m.Version, strings.Join(e.ids, ", "))
	}
	for _, e := range entries {
		name := e.m.Path + " " + e.m.Version
		if e.m.Path == "std" {
			name = "Go standard library (" + e.m.Version + ")"
		}
		for _, f := range e.files {
			fmt.Fprintf(&b, "\n%s\n%s — %s\n%s\n\n", strings.Repeat("=", 78), name, f.Name, strings.Repeat("-", 78))
			b.Write(bytes.TrimRight(f.Text, "\n"))
			b.WriteString("\n")
		}
	}
	return b.Bytes(), nil
}
