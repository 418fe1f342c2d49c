package assessment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
)

// editedProfile loads the firm profile of practices/testdata/profiles
// named profile, with each edit's old text replaced by its new once (t
// fails when the file lacks an old text, so an edit cannot silently stop
// applying when a profile changes).
func editedProfile(t *testing.T, cat *catalogue.Catalogue, profile string, edits ...[2]string) *answers.File {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "practices", "testdata", "profiles", profile+".yaml"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	for _, e := range edits {
		if !strings.Contains(s, e[0]) {
			t.Fatalf("%s: no %q", profile, e[0])
		}
		s = strings.Replace(s, e[0], e[1], 1)
	}
	f, _, err := answers.ReadBytes([]byte(s), profile+".yaml", cat)
	if err != nil || f == nil {
		t.Fatalf("%s: %v", profile, err)
	}
	return f
}
