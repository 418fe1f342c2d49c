package catalogue_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// Issue 13's hostile sizes, as `eis validate DIR` meets them (an extension
// folder over the embedded catalogue). The goals — each under a second and
// 150 MiB — are measured, not asserted: go test -bench Hostile -benchmem,
// or the command itself under /usr/bin/time -v on the files that
// HostileUnknownRefs and HostileBadPractices write.

// HostileUnknownRefs is a file of 4,000 after: references to practices
// that do not exist (128 kB): each asks for a did-you-mean.
func HostileUnknownRefs() []byte {
	var b strings.Builder
	b.WriteString("version: 1\npractices:\n")
	for p := 0; p < 100; p++ {
		fmt.Fprintf(&b, "  - id: ref-test-%d\n    region: dk-central\n    after:\n", p)
		for i := 0; i < 40; i++ {
			fmt.Fprintf(&b, "      - unknown-practice-%d-%d\n", p, i)
		}
	}
	return []byte(b.String())
}

// HostileBadPractices is a file of bad practices just under the 2 MiB a
// catalogue file may have (12,588 practices, 8 problems each).
func HostileBadPractices() []byte {
	var b strings.Builder
	b.WriteString("version: 1\npractices:\n")
	for i := 0; b.Len() < catalogue.MaxFileSize-300; i++ {
		fmt.Fprintf(&b, "  - id: Bad_%d\n    region: nowhere-%d\n    type: bogus\n    title: plain text %d\n    after: [missing-%d]\n    effort: huge\n    colour: red\n    url: ftp://x/%d\n", i, i, i, i, i)
	}
	return []byte(b.String())
}

// HostileManyKeys is a file of 150,000 unknown top-level keys (1.6 MB):
// each key was compared with every key before it (eis validate took
// minutes on 190,000).
func HostileManyKeys() []byte {
	var b strings.Builder
	b.WriteString("version: 1\n")
	for i := 0; i < 150000; i++ {
		fmt.Fprintf(&b, "k%06d: 1\n", i)
	}
	return []byte(b.String())
}

// HostileBigEntry is one practice whose eligibility names 60,000 profile
// questions that do not exist (1.3 MB): the position of each diagnostic
// was found by scanning the practice's 60,000 positions (24 s).
func HostileBigEntry() []byte {
	var b strings.Builder
	b.WriteString("version: 1\npractices:\n  - id: big-entry\n    region: dk-central\n    eligibility:\n      profile:\n")
	for i := 0; i < 60000; i++ {
		fmt.Fprintf(&b, "        q%06d: [a]\n", i)
	}
	return []byte(b.String())
}

func benchHostile(b *testing.B, data []byte) {
	fsys := fstest.MapFS{"hostile.yaml": {Data: data}}
	now := time.Now()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		_, diags, _, err := catalogue.OpenWith(practices.FS(), catalogue.Options{User: fsys, UserRoot: "hostile", Now: now, Validate: true, DiagnosticsOnly: true})
		if err != nil || !diags.HasErrors() || len(diags) > catalogue.MaxDiagnosticsPerFile+2 {
			b.Fatalf("%v: %d diagnostics", err, len(diags))
		}
	}
}

// BenchmarkHostileUnknownRefs: 4,000 unknown after: references.
func BenchmarkHostileUnknownRefs(b *testing.B) { benchHostile(b, HostileUnknownRefs()) }

// BenchmarkHostileBadPractices: 2 MiB of bad practices.
func BenchmarkHostileBadPractices(b *testing.B) { benchHostile(b, HostileBadPractices()) }

// BenchmarkHostileManyKeys: 150,000 unknown keys in one mapping.
func BenchmarkHostileManyKeys(b *testing.B) { benchHostile(b, HostileManyKeys()) }

// BenchmarkHostileBigEntry: one entry of 60,000 keys, each a diagnostic.
func BenchmarkHostileBigEntry(b *testing.B) { benchHostile(b, HostileBigEntry()) }
