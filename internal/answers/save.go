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
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("answers: %w", err)
	}
	return buf.Bytes(), nil
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
