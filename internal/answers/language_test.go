package answers

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestReadAfterLanguage: Read of the data Language has just read (which
// takes Language's tree instead of parsing again) gives the file and the
// diagnostics Read alone gives, for every fixture, valid or not; and Read
// of other data is not given that tree.
func TestReadAfterLanguage(t *testing.T) {
	cat := testCat(t)
	paths, _ := filepath.Glob("testdata/*.yaml")
	if len(paths) < 20 {
		t.Fatalf("%d fixtures", len(paths))
	}
	for i, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		alone, dsAlone, errAlone := Read(bytes.NewReader(data), path, cat)
		Language(data)
		after, dsAfter, errAfter := Read(bytes.NewReader(data), path, cat)
		if !reflect.DeepEqual(after, alone) || !reflect.DeepEqual(dsAfter, dsAlone) || (errAfter == nil) != (errAlone == nil) {
			t.Errorf("%s: Read after Language gives %v %v %v, alone %v %v %v", path, after, dsAfter, errAfter, alone, dsAlone, errAlone)
		}
		// Language of another file, then Read of this one.
		other, _ := os.ReadFile(paths[(i+1)%len(paths)])
		Language(other)
		again, dsAgain, _ := Read(bytes.NewReader(data), path, cat)
		if !reflect.DeepEqual(again, alone) || !reflect.DeepEqual(dsAgain, dsAlone) {
			t.Errorf("%s: Read after Language of another file differs", path)
		}
	}
}
