package answers

import (
	"bytes"
	"fmt"

	"github.com/eis-project/eis/internal/fsutil"
	"github.com/eis-project/eis/internal/safetext"
	"go.yaml.in/yaml/v3"
)

// Header is the comment written at the top of every answers file.
const Header = "# eis answers file: business-confidential; it never leaves this machine unless you send it.\n"

// Marshal encodes f as YAML, keys in a fixed order and answers sorted by
// question ID, so the same answers always give the same bytes.
func Marshal(f *File) ([]byte, error) {
	if f == nil {
		return nil, fmt.Errorf("answers: nothing to save")
	}
	f = cleaned(f)
	var buf bytes.Buffer
	buf.WriteString(Header)
	var doc yaml.Node
	if err := doc.Encode(f); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	quoteForOtherTools(&doc)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	return buf.Bytes(), nil
}

// quoteForOtherTools writes in double quotes the scalars that YAML tools
// other than eis read as something else than the text eis wrote: created
// and updated (a plain 2026-12-02T17:46:59Z is a timestamp to YAML 1.1
// loaders such as js-yaml, so ajv-cli found every saved file invalid
// against eis schema answers, which says string) and the question hashes
// (a plain 9788e435 is a float to YAML 1.2 core loaders; yaml.v3 leaves
// it plain because it overflows). eis reads both forms.
func quoteForOtherTools(doc *yaml.Node) {
	top := doc
	if top.Kind == yaml.DocumentNode && len(top.Content) == 1 {
		top = top.Content[0]
	}
	if top.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "created", "updated":
			quote(v)
		case "catalogue":
			if v.Kind != yaml.MappingNode {
				continue
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				if v.Content[j].Value != "questions" || v.Content[j+1].Kind != yaml.MappingNode {
					continue
				}
				hashes := v.Content[j+1].Content
				for h := 1; h < len(hashes); h += 2 {
					quote(hashes[h])
				}
			}
		}
	}
}

func quote(n *yaml.Node) {
	if n.Kind == yaml.ScalarNode {
		n.Tag = "!!str"
		n.Style = yaml.DoubleQuotedStyle
	}
}

// cleaned is f with its free texts (respondent, notes) as Read would
// load them: no control or bidi character, and valid UTF-8 — a byte that
// is not would be written as !!binary, which Read refuses (the fuzzer
// found one typed as a company name).
func cleaned(f *File) *File {
	c := *f
	// Whatever version it was read as, it is written as this one's.
	c.Version = FormatVersion
	c.Respondent.Company = safetext.Clean(f.Respondent.Company)
	c.Respondent.Advisor = safetext.Clean(f.Respondent.Advisor)
	if f.Notes != nil {
		c.Notes = make(map[string]string, len(f.Notes))
		for k, v := range f.Notes {
			c.Notes[safetext.Clean(k)] = safetext.Clean(v)
		}
	}
	return &c
}

// Save writes f to path atomically (a temporary file in the same folder,
// synced, then renamed over path) with mode 0600, so a crash leaves either
// the old file or the new one, never half of one, and no one else can read
// the answers.
func Save(path string, f *File) error {
	data, err := Marshal(f)
	if err != nil {
		return err
	}
	return fsutil.WriteFileAtomic(path, data, 0o600)
}
